// generated/java: a Maven package for Java 11 or later. The runtime's sources copied from runtime/java
// (the decision, the rate-limit headers, HTTP dates, the envelope decoder and their result types) beside
// what is rendered from the catalog: an enum per family, DefaultPolicy, and a typed class per code that
// documents details (the api package). No object mapper: the runtime reads JSON itself.
import type { Model } from "../../../catalog/model.js";
import { copyRuntimeTree } from "../../runtime-sources.js";
import { enumFile } from "./enum.js";
import { detailsFiles } from "./details.js";
import { pomFile } from "./package.js";
import { policyFile } from "./policy.js";
import { javaDir, javaPackage } from "./profile.js";
import { readme } from "./readme.js";

/** runtime/java's sources, which must declare the package that package.json names. */
function runtimeFiles(model: Model): Record<string, string> {
  const files = copyRuntimeTree(`java/${javaDir(model)}`, `java/${javaDir(model)}`, "// ", (name) => name.endsWith(".java"));
  for (const [path, text] of Object.entries(files)) {
    if (!text.includes(`\npackage ${javaPackage(model)};\n`)) throw new Error(`${path}: runtime/java declares another package than ${javaPackage(model)}, which package.json names`);
  }
  return files;
}

export async function emitJava(model: Model): Promise<Record<string, string>> {
  const dir = `java/${javaDir(model)}`;
  const files: Record<string, string> = {
    "java/README.md": readme(model),
    "java/pom.xml": pomFile(model),
    [`${dir}/DefaultPolicy.java`]: policyFile(model),
    ...runtimeFiles(model),
    ...detailsFiles(model),
  };
  for (const family of model.families) {
    const path = `${dir}/${family.name}.java`;
    if (path in files) throw new Error(`${path}: the family ${family.name} has the name of a runtime class`);
    files[path] = enumFile(model, family);
  }
  return files;
}
