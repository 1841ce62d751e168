// generated/python: a typed, dependency-free package for Python 3.9+ (IntEnum and str-mixin enums,
// quicktype dataclasses), checked with mypy --strict.
import type { Model } from "../../../catalog/model.js";
import { snake } from "../shared/common.js";
import { enumModule } from "./enum.js";
import { apiModule, catalogModule } from "./envelope.js";
import { initModule, pyproject } from "./package.js";
import { PACKAGE } from "./profile.js";
import { readme } from "./readme.js";

export async function emitPython(model: Model): Promise<Record<string, string>> {
  const files: Record<string, string> = {
    "python/README.md": readme(model),
    "python/pyproject.toml": pyproject(),
    [`python/${PACKAGE}/__init__.py`]: initModule(model),
    [`python/${PACKAGE}/py.typed`]: "",
    [`python/${PACKAGE}/api_response.py`]: await apiModule(model),
    [`python/${PACKAGE}/catalog.py`]: await catalogModule(model),
  };
  for (const family of model.families) files[`python/${PACKAGE}/${snake(family.name)}.py`] = enumModule(model, family);
  return files;
}
