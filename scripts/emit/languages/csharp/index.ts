// generated/csharp: an SDK-style project (netstandard2.0), written for C# 6 so that Mono's mcs builds it too.
// The runtime (runtime/csharp/src: the decision, the envelope decoder, their policy types) is copied in as
// it is; rendered beside it are an enum per family, the default policies with the entry points that use
// them, and a class per documented details shape. No JSON library: the runtime reads JSON itself. Each file's
// first line says which it is. generated/csharp-newtonsoft is the Json.NET adapter, a package of its own.
import type { Model } from "../../../catalog/model.js";
import { copyRuntimeTree } from "../../runtime-sources.js";
import { enumFile } from "./enum.js";
import { detailsFile } from "./details.js";
import { emitCSharpNewtonsoft } from "./newtonsoft.js";
import { csprojFile, csprojName } from "./package.js";
import { defaultsFile } from "./policy.js";
import { csharpNamespace } from "./profile.js";
import { readme } from "./readme.js";
import { reconnectFile } from "./reconnect.js";

/** The runtime's sources, each checked to declare the package's namespace, which the partial classes share. */
function runtimeFiles(model: Model): Record<string, string> {
  const files = copyRuntimeTree("csharp/src", "csharp", "// ", (name) => name.endsWith(".cs"), ["bin", "obj"]);
  const namespace = csharpNamespace(model);
  for (const [path, text] of Object.entries(files)) {
    const declared = /^namespace (\S+)$/m.exec(text)?.[1];
    if (declared !== namespace) throw new Error(`generated/${path}: the runtime declares namespace ${declared ?? "none"}, the package ${namespace}`);
  }
  return files;
}

export async function emitCSharp(model: Model): Promise<Record<string, string>> {
  const files: Record<string, string> = {
    "csharp/README.md": readme(model),
    [`csharp/${csprojName(model)}`]: csprojFile(model),
    "csharp/Defaults.cs": defaultsFile(model),
    "csharp/Details.cs": detailsFile(model),
  };
  for (const family of model.families) files[`csharp/${family.name}.cs`] = enumFile(model, family);
  const reconnect = reconnectFile(model);
  if (reconnect) files["csharp/ReconnectDefaults.cs"] = reconnect;
  const copies = runtimeFiles(model);
  for (const path of Object.keys(copies)) if (path in files) throw new Error(`generated/${path}: both rendered and copied from runtime/csharp/src`);
  return { ...files, ...copies, ...emitCSharpNewtonsoft(model) };
}
