// generated/kotlin: package vpnerrorcodes. An enum class per family, the open ErrorCode, and quicktype's
// Jackson data classes for the envelope and catalog.json.
import type { Model } from "../../../catalog/model.js";
import { enumFile } from "./enum.js";
import { apiFile, catalogFile, errorCodeFile } from "./envelope.js";
import { KOTLIN_PACKAGE } from "./profile.js";
import { readme } from "./readme.js";

export async function emitKotlin(model: Model): Promise<Record<string, string>> {
  const files: Record<string, string> = {
    "kotlin/README.md": readme(model),
    [`kotlin/${KOTLIN_PACKAGE}/ErrorCode.kt`]: errorCodeFile(model),
    [`kotlin/${KOTLIN_PACKAGE}/api/Api.kt`]: await apiFile(model),
    [`kotlin/${KOTLIN_PACKAGE}/catalog/Catalog.kt`]: await catalogFile(model),
  };
  for (const family of model.families) files[`kotlin/${KOTLIN_PACKAGE}/${family.name}.kt`] = enumFile(family);
  return files;
}
