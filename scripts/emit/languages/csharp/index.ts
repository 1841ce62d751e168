// generated/csharp: an SDK-style project (netstandard2.0), written for C# 6 so that Mono's mcs builds it too.
// An enum per family, the open ErrorCode, the envelope decoder and Retries.AdviseRetry with the policy as
// data, and quicktype's Json.NET classes.
import type { Model } from "../../../catalog/model.js";
import { enumFile, openCodeFile } from "./enum.js";
import { apiFile, catalogFile, errorCodeFile } from "./envelope.js";
import { csprojFile, csprojName } from "./package.js";
import { readme } from "./readme.js";
import { apiResponsesFile, policyFile, retriesFile } from "./retry.js";

export async function emitCSharp(model: Model): Promise<Record<string, string>> {
  const files: Record<string, string> = {
    "csharp/README.md": readme(model),
    [`csharp/${csprojName(model)}`]: csprojFile(model),
    "csharp/ErrorCode.cs": errorCodeFile(model),
    "csharp/OpenCode.cs": openCodeFile(model),
    "csharp/ApiResponses.cs": apiResponsesFile(model),
    "csharp/RetryPolicy.cs": policyFile(model),
    "csharp/Retries.cs": retriesFile(model),
    "csharp/Api.cs": await apiFile(model),
    "csharp/Catalog.cs": await catalogFile(model),
  };
  for (const family of model.families) files[`csharp/${family.name}.cs`] = enumFile(model, family);
  return files;
}
