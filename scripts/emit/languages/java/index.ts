// generated/java: package vpnerrorcodes for Java 11 or later. An enum per family, the open ErrorCode, and
// quicktype's Jackson classes for the envelope and catalog.json.
import type { Model } from "../../../catalog/model.js";
import { enumFile } from "./enum.js";
import { apiFiles, catalogFiles, errorCodeFile } from "./envelope.js";
import { JAVA_PACKAGE } from "./profile.js";
import { readme } from "./readme.js";

export async function emitJava(model: Model): Promise<Record<string, string>> {
  const files: Record<string, string> = {
    "java/README.md": readme(model),
    [`java/${JAVA_PACKAGE}/ErrorCode.java`]: errorCodeFile(model),
    ...(await apiFiles(model)),
    ...(await catalogFiles(model)),
  };
  for (const family of model.families) files[`java/${JAVA_PACKAGE}/${family.name}.java`] = enumFile(family);
  return files;
}
