// generated/java: a Maven package for Java 11 or later. An enum per family, the open ErrorCode, the envelope
// decoder and adviseRetry with the policy as data, and quicktype's Jackson classes for the envelope and
// catalog.json.
import type { Model } from "../../../catalog/model.js";
import { enumFile, openCodeFile } from "./enum.js";
import { apiFiles, catalogFiles, errorCodeFile } from "./envelope.js";
import { pomFile } from "./package.js";
import { javaDir } from "./profile.js";
import { readme } from "./readme.js";
import { apiResponsesFile, decisionFile, decodedFile, policyFile, retriesFile, strategyFile } from "./retry.js";

export async function emitJava(model: Model): Promise<Record<string, string>> {
  const dir = `java/${javaDir(model)}`;
  const files: Record<string, string> = {
    "java/README.md": readme(model),
    "java/pom.xml": pomFile(model),
    [`${dir}/ErrorCode.java`]: errorCodeFile(model),
    [`${dir}/OpenCode.java`]: openCodeFile(model),
    [`${dir}/ApiResponses.java`]: apiResponsesFile(model),
    [`${dir}/DecodedResponse.java`]: decodedFile(model),
    [`${dir}/RetryStrategy.java`]: strategyFile(model),
    [`${dir}/RetryPolicyData.java`]: policyFile(model),
    [`${dir}/RetryDecision.java`]: decisionFile(model),
    [`${dir}/Retries.java`]: retriesFile(model),
    ...(await apiFiles(model)),
    ...(await catalogFiles(model)),
  };
  for (const family of model.families) files[`${dir}/${family.name}.java`] = enumFile(model, family);
  return files;
}
