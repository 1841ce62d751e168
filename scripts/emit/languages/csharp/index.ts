// generated/csharp: namespace VpnErrorCodes, written for C# 6 so that Mono's mcs builds it too. An enum
// per family, the open ErrorCode, and quicktype's Json.NET classes.
import type { Model } from "../../../catalog/model.js";
import { enumFile } from "./enum.js";
import { apiFile, catalogFile, errorCodeFile } from "./envelope.js";
import { readme } from "./readme.js";

export async function emitCSharp(model: Model): Promise<Record<string, string>> {
  const files: Record<string, string> = {
    "csharp/README.md": readme(model),
    "csharp/ErrorCode.cs": errorCodeFile(model),
    "csharp/Api.cs": await apiFile(model),
    "csharp/Catalog.cs": await catalogFile(model),
  };
  for (const family of model.families) files[`csharp/${family.name}.cs`] = enumFile(family);
  return files;
}
