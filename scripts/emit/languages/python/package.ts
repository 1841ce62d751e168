// The package around the modules: pyproject.toml and __init__.py, which re-exports every enum.
import type { Model } from "../../../catalog/model.js";
import { file, quote, snake } from "../shared/common.js";
import { PACKAGE, python } from "./profile.js";

const header = python.header("scripts/emit/languages/python/package.ts");

export function initModule(model: Model): string {
  const modules = model.families.map((f) => ({ module: snake(f.name), names: f === model.restFamily ? [f.name, "ErrorCode", "to_error_code"] : [f.name] }));
  const all = modules.flatMap((m) => m.names).sort();
  return file([
    header,
    '"""Error codes a VPN client meets, with their meaning and retry advice.',
    "",
    `The enums are importable from here; the envelope types live in \`\`${PACKAGE}.api_response\`\``,
    `and the catalog types in \`\`${PACKAGE}.catalog\`\`.`,
    '"""',
    "",
    ...modules.map((m) => `from .${m.module} import ${m.names.join(", ")}`),
    "",
    "__all__ = [",
    ...all.map((n) => `    ${quote(n)},`),
    "]",
  ]);
}

export function pyproject(): string {
  return file([
    header,
    "[build-system]",
    'requires = ["setuptools>=61"]',
    'build-backend = "setuptools.build_meta"',
    "",
    "[project]",
    'name = "vpn-error-codes"',
    'version = "0.1.0"',
    'description = "Pango Unified VPN SDK (Windows) and OrbVPN REST API error codes, with retry advice."',
    'requires-python = ">=3.9"',
    'license = { text = "MIT" }',
    "dependencies = []",
    "",
    "[tool.setuptools]",
    `packages = [${quote(PACKAGE)}]`,
    "",
    "[tool.setuptools.package-data]",
    `${PACKAGE} = ["py.typed"]`,
  ]);
}
