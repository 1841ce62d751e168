// generated/python: a typed, dependency-free package for Python 3.9+. The runtime (runtime/python) is copied
// in as it is; the rest is catalog data: the enums, the default policies, quicktype's dataclasses, the manifest.
import type { Model } from "../../../catalog/model.js";
import { copyRuntimeTree } from "../../runtime-sources.js";
import { snake } from "../shared/common.js";
import { enumModule } from "./enum.js";
import { apiModule, catalogModule } from "./envelope.js";
import { initModule, pyproject, reconnectModule, retryModule } from "./package.js";
import { envelopePolicyModule, reconnectPolicyModule, retryPolicyModule } from "./policy.js";
import { moduleName } from "./profile.js";
import { readme } from "./readme.js";

/** The runtime project's package, under runtime/: its private modules are copied; its own __init__ and tests stay behind. */
const RUNTIME_PACKAGE = "python/vpn_error_codes";
const isRuntimeModule = (name: string) => /^_[a-z_]+\.py$/.test(name) && name !== "__init__.py";

export async function emitPython(model: Model): Promise<Record<string, string>> {
  const importName = moduleName(model);
  const files: Record<string, string> = {
    "python/README.md": readme(model),
    "python/pyproject.toml": pyproject(model),
    [`python/${importName}/__init__.py`]: initModule(model),
    [`python/${importName}/py.typed`]: "",
    [`python/${importName}/api_response.py`]: await apiModule(model),
    [`python/${importName}/catalog.py`]: await catalogModule(model),
    [`python/${importName}/retry_policy.py`]: retryPolicyModule(model),
    [`python/${importName}/envelope_policy.py`]: envelopePolicyModule(model),
    [`python/${importName}/retry.py`]: retryModule(model),
    [`python/${importName}/reconnect_policy.py`]: reconnectPolicyModule(model),
    [`python/${importName}/reconnect.py`]: reconnectModule(model),
    ...copyRuntimeTree(RUNTIME_PACKAGE, `python/${importName}`, "# ", isRuntimeModule, ["__pycache__"]),
  };
  for (const family of model.families) files[`python/${importName}/${snake(family.name)}.py`] = enumModule(model, family);
  return files;
}
