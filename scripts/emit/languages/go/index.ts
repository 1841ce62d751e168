// generated/go: the hand-written runtime (runtime/go: packages retry, reconnect and api's checks) copied as it is,
// beside the rendered data: one package per family, the catalog's policies as literals of the runtime's
// types, and quicktype's envelope and catalog types. gofmt-clean; checked with go vet and staticcheck.
import type { Model } from "../../../catalog/model.js";
import { copyRuntimeTree } from "../../runtime-sources.js";
import { familyPackage } from "./enum.js";
import { apiPackage, catalogPackage } from "./envelope.js";
import { goMod } from "./package.js";
import { envelopePolicyFile, retryPolicyFile } from "./policy.js";
import { goPackage } from "./profile.js";
import { readme } from "./readme.js";
import { reconnectPolicyFile } from "./reconnect.js";

/**
 * The runtime's sources, and its examples (*_example_test.go), which pkg.go.dev shows beside the
 * documentation; its unit tests stay in runtime/go, where they run.
 */
const isRuntimeSource = (name: string) => name.endsWith(".go") && (!name.endsWith("_test.go") || name.endsWith("_example_test.go"));

/**
 * runtime/go copied, with a blank line after each copy's header, so that the header never joins a
 * package's doc comment.
 */
function runtimeCopies(): Record<string, string> {
  const copies = copyRuntimeTree("go", "go", "// ", isRuntimeSource);
  return Object.fromEntries(Object.entries(copies).map(([path, text]) => [path, text.replace("\n", "\n\n")]));
}

export async function emitGo(model: Model): Promise<Record<string, string>> {
  const files: Record<string, string> = {
    ...runtimeCopies(),
    "go/README.md": readme(model),
    "go/go.mod": goMod(model),
    "go/retry/default_policy.go": retryPolicyFile(model),
    "go/api/default_policy.go": envelopePolicyFile(model),
    "go/reconnect/default_policy.go": reconnectPolicyFile(model),
    "go/api/api.go": await apiPackage(model),
    "go/catalog/catalog.go": await catalogPackage(model),
  };
  for (const family of model.families) files[`go/${goPackage(family)}/${goPackage(family)}.go`] = familyPackage(model, family);
  return files;
}
