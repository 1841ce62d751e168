// generated/rust: the vpn-error-codes crate. The runtime's modules, copied from runtime/rust/src/, beside
// the rendered ones: an enum per family, the quicktype envelope and catalog types, and the policies.
import type { Model } from "../../../catalog/model.js";
import { copyRuntimeTree } from "../../runtime-sources.js";
import { snake } from "../shared/common.js";
import { enumModule } from "./enum.js";
import { apiModule, catalogModule } from "./envelope.js";
import { cargoToml, libRs } from "./package.js";
import { envelopePolicyModule, retryPolicyModule } from "./policy.js";
import { readme } from "./readme.js";
import { reconnectPolicyModule } from "./reconnect.js";

export async function emitRust(model: Model): Promise<Record<string, string>> {
  // runtime/rust's lib.rs is that crate's own root; this crate's is libRs.
  const runtime = copyRuntimeTree("rust/src", "rust/src", "// ", (name) => name.endsWith(".rs") && name !== "lib.rs");
  const runtimeModules = Object.keys(runtime).flatMap((path) => /^rust\/src\/(\w+)\.rs$/.exec(path)?.[1] ?? []);
  const rendered: Record<string, string> = {
    "rust/src/api.rs": await apiModule(model),
    "rust/src/catalog.rs": await catalogModule(model),
    "rust/src/envelope_policy.rs": envelopePolicyModule(model),
    "rust/src/retry_policy.rs": retryPolicyModule(model),
  };
  const reconnect = reconnectPolicyModule(model);
  if (reconnect) rendered["rust/src/reconnect_policy.rs"] = reconnect;
  for (const family of model.families) rendered[`rust/src/${snake(family.name)}.rs`] = enumModule(model, family);
  const renderedModules = Object.keys(rendered).map((path) => /^rust\/src\/(\w+)\.rs$/.exec(path)![1]!);
  return {
    "rust/Cargo.toml": cargoToml(model),
    "rust/README.md": readme(model),
    "rust/src/lib.rs": libRs(model, renderedModules, runtimeModules),
    ...rendered,
    ...runtime,
  };
}
