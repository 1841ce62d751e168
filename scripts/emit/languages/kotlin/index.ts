// generated/kotlin: a Maven package. An enum class per family, the open ErrorCode, the envelope decoder and
// adviseRetry with the policy as data, and quicktype's Jackson data classes for the envelope and catalog.json.
import type { Model } from "../../../catalog/model.js";
import { enumFile, openCodeFile } from "./enum.js";
import { apiFile, catalogFile, errorCodeFile } from "./envelope.js";
import { pomFile } from "./package.js";
import { kotlinDir } from "./profile.js";
import { readme } from "./readme.js";
import { policyFile, retriesFile } from "./retry.js";

export async function emitKotlin(model: Model): Promise<Record<string, string>> {
  const dir = `kotlin/${kotlinDir(model)}`;
  const files: Record<string, string> = {
    "kotlin/README.md": readme(model),
    "kotlin/pom.xml": pomFile(model),
    [`${dir}/ErrorCode.kt`]: errorCodeFile(model),
    [`${dir}/OpenCode.kt`]: openCodeFile(model),
    [`${dir}/RetryPolicy.kt`]: policyFile(model),
    [`${dir}/Retries.kt`]: retriesFile(model),
    [`${dir}/api/Api.kt`]: await apiFile(model),
    [`${dir}/catalog/Catalog.kt`]: await catalogFile(model),
  };
  for (const family of model.families) files[`${dir}/${family.name}.kt`] = enumFile(model, family);
  return files;
}
