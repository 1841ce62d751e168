// generated/rust: the vpn-error-codes crate. An enum per family, plus the quicktype envelope and
// catalog types.
import type { Model } from "../../../catalog/model.js";
import { snake } from "../shared/common.js";
import { enumModule } from "./enum.js";
import { apiModule, catalogModule } from "./envelope.js";
import { cargoToml, libRs } from "./package.js";
import { readme } from "./readme.js";
import { retryModule, retryPolicyModule } from "./retry.js";

export async function emitRust(model: Model): Promise<Record<string, string>> {
  const files: Record<string, string> = {
    "rust/Cargo.toml": cargoToml(model),
    "rust/README.md": readme(model),
    "rust/src/lib.rs": libRs(model),
    "rust/src/api.rs": await apiModule(model),
    "rust/src/catalog.rs": await catalogModule(model),
    "rust/src/retry.rs": retryModule(),
    "rust/src/retry_policy.rs": retryPolicyModule(model),
  };
  for (const family of model.families) files[`rust/src/${snake(family.name)}.rs`] = enumModule(model, family);
  return files;
}
