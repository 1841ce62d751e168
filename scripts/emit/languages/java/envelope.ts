// quicktype's Jackson classes for the REST envelope and catalog.json, in the package's api and catalog
// sub-packages. error.code stays a String: each family's fromCode and decode look it up.
import type { Model } from "../../../catalog/model.js";
import { quicktypeFile } from "../shared/jvm.js";
import { catalogTypes, envelopeTypes } from "../shared/quicktype.js";
import { java, javaDir, javaPackage } from "./profile.js";

const header = java.header("scripts/emit/languages/java/envelope.ts");

const RENDERER = { "array-type": "list", "datetime-provider": "java8", "acronym-style": "camel" };

/** Each class of `files` under the package's `sub` folder, with our header and a note on where it comes from. */
function underPackage(model: Model, sub: string, files: ReadonlyMap<string, string>, note: string): Record<string, string> {
  return Object.fromEntries([...files].map(([name, source]) => [`java/${javaDir(model)}/${sub}/${name}`, quicktypeFile(header, source, note)]));
}

export async function apiFiles(model: Model): Promise<Record<string, string>> {
  const files = await envelopeTypes(model, { lang: "java", rendererOptions: { ...RENDERER, package: `${javaPackage(model)}.api` } });
  return underPackage(model, "api", files, "Types by quicktype from generated/schema/api-response.schema.json.");
}

export async function catalogFiles(model: Model): Promise<Record<string, string>> {
  const files = await catalogTypes(model, { lang: "java", rendererOptions: { ...RENDERER, package: `${javaPackage(model)}.catalog` } });
  return underPackage(model, "catalog", files, "Types by quicktype from generated/schema/resolved-catalog.schema.json.");
}
