// The package around the modules: pyproject.toml and __init__.py, which re-exports every enum.
import type { Model } from "../../../catalog/model.js";
import { file, quote, snake } from "../shared/common.js";
import { moduleName, python } from "./profile.js";

const header = python.header("scripts/emit/languages/python/package.ts");

/** What __init__ re-exports from the modules beside the enums. */
const DECISION_EXPORTS = [
  { module: "api_response", names: ["InvalidResponse", "parse_response"] },
  { module: "retry", names: ["Fail", "RefreshToken", "Retry", "RetryDecision", "advise_retry"] },
];

export function initModule(model: Model): string {
  const importName = moduleName(model);
  const modules = [
    ...model.families.map((f) => ({ module: snake(f.name), names: f === model.restFamily ? [f.name, "ErrorCode", "to_error_code"] : [f.name] })),
    ...DECISION_EXPORTS,
  ];
  const all = modules.flatMap((m) => m.names).sort();
  return file([
    header,
    '"""Error codes a VPN client meets, with their meaning and retry advice.',
    "",
    "The enums, parse_response and advise_retry (should I retry?) are importable from here; the envelope",
    `types live in \`\`${importName}.api_response\`\` and the catalog types in \`\`${importName}.catalog\`\`.`,
    '"""',
    "",
    ...modules.map((m) => `from .${m.module} import ${m.names.join(", ")}`),
    "",
    "__all__ = [",
    ...all.map((n) => `    ${quote(n)},`),
    "]",
  ]);
}

/** PEP 621 metadata, every field from model.package (package.json), so that a version bump reaches Python too. */
export function pyproject(model: Model): string {
  const pkg = model.package;
  const importName = moduleName(model);
  return file([
    header,
    "[build-system]",
    // 77 reads an SPDX expression in project.license (PEP 639).
    'requires = ["setuptools>=77"]',
    'build-backend = "setuptools.build_meta"',
    "",
    "[project]",
    `name = ${quote(pkg.languages.python.distribution)}`,
    `version = ${quote(pkg.version)}`,
    `description = ${quote(pkg.description)}`,
    'readme = "README.md"',
    'requires-python = ">=3.9"',
    `license = ${quote(pkg.license)}`,
    "dependencies = []",
    'classifiers = ["Programming Language :: Python :: 3", "Typing :: Typed"]',
    "",
    "[project.urls]",
    `Repository = ${quote(pkg.repository)}`,
    "",
    "[tool.setuptools]",
    `packages = [${quote(importName)}]`,
    "",
    "[tool.setuptools.package-data]",
    `${importName} = ["py.typed"]`,
  ]);
}
