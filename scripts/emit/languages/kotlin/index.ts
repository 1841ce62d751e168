// generated/kotlin: a Maven package that builds on the Java package, as protobuf's Kotlin support builds on
// its Java runtime. It depends on the Java jar and adds Kotlin idioms only (sealed results, extension
// functions with default arguments, typed details), copied from runtime/kotlin; its enums, decoder,
// decision and default policy are the Java package's, so no class is defined twice on one classpath.
import type { Model } from "../../../catalog/model.js";
import { copyRuntimeTree } from "../../runtime-sources.js";
import { pomFile } from "./package.js";
import { kotlinDir, kotlinPackage } from "./profile.js";
import { readme } from "./readme.js";

/** runtime/kotlin's sources, which must declare the package that package.json names. */
function runtimeFiles(model: Model): Record<string, string> {
  const files = copyRuntimeTree(`kotlin/${kotlinDir(model)}`, `kotlin/${kotlinDir(model)}`, "// ", (name) => name.endsWith(".kt"));
  for (const [path, text] of Object.entries(files)) {
    if (!text.includes(`\npackage ${kotlinPackage(model)}\n`)) throw new Error(`${path}: runtime/kotlin declares another package than ${kotlinPackage(model)}, which package.json names`);
  }
  return files;
}

export async function emitKotlin(model: Model): Promise<Record<string, string>> {
  return {
    "kotlin/README.md": readme(model),
    "kotlin/pom.xml": pomFile(model),
    ...runtimeFiles(model),
  };
}
