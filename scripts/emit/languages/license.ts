// LICENSE in every language package, as its ecosystem looks for it: at the module root for pkg.go.dev, beside
// pyproject.toml for License-File, in the crate, under META-INF in both jars (the poms copy it there), and in
// the NuGet package. The text is the root LICENSE's, read once into model.package.
import type { Model } from "../../catalog/model.js";
import { LICENSE_FILE } from "../../catalog/package-info.js";

/** The language folders under generated/ that are packages of their own. */
export const PACKAGE_FOLDERS = ["python", "go", "rust", "java", "kotlin", "csharp", "csharp-newtonsoft"] as const;

export function emitLicenses(model: Model): Record<string, string> {
  return Object.fromEntries(PACKAGE_FOLDERS.map((folder) => [`${folder}/${LICENSE_FILE}`, model.package.licenseText]));
}
