// generated/python: a typed, dependency-free package for Python 3.9+ (IntEnum and str-mixin enums,
// quicktype dataclasses), checked with mypy --strict.
import type { Model } from "../../../catalog/model.js";
import { snake } from "../shared/common.js";
import { enumModule } from "./enum.js";
import { apiModule, catalogModule } from "./envelope.js";
import { initModule, pyproject } from "./package.js";
import { moduleName } from "./profile.js";
import { readme } from "./readme.js";
import { retryModule, retryPolicyModule } from "./retry.js";

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
    [`python/${importName}/retry.py`]: retryModule(),
  };
  for (const family of model.families) files[`python/${importName}/${snake(family.name)}.py`] = enumModule(model, family);
  return files;
}
