// The package around the modules: pyproject.toml, __init__.py, which re-exports every enum and the runtime's
// public names, and retry.py, which binds the runtime's decision to the default policy.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Model } from "../../../catalog/model.js";
import { LICENSE_FILE } from "../../../catalog/package-info.js";
import { RUNTIME_DIR } from "../../runtime-sources.js";
import { file, quote, snake } from "../shared/common.js";
import { docstring, isortNames, moduleName, python } from "./profile.js";

const header = python.header("scripts/emit/languages/python/package.ts");

/** What __init__ re-exports from the modules beside the enums. */
const DECISION_EXPORTS = [
  { module: "_body", names: ["EnvelopeError"] },
  { module: "api_response", names: ["Details", "ErrorCode", "InvalidResponse", "parse_response", "to_error_code"] },
  { module: "_lookup", names: ["Action", "Deprecation", "Match", "RetryAdvice"] },
  { module: "retry", names: ["Fail", "RefreshToken", "RetryAdvisor", "RetryDecision", "RetryLater", "advise_retry"] },
  { module: "_policy", names: ["ReconnectPolicy", "RetryPolicy"] },
  { module: "retry_policy", names: ["RETRY_POLICY"] },
  {
    module: "reconnect",
    names: ["Reconnect", "ReconnectAdvice", "ReconnectAdvisor", "ReconnectError", "ReconnectHistory", "StopReconnecting", "WaitForNetwork", "advise_reconnect"],
  },
  { module: "reconnect_policy", names: ["RECONNECT_POLICY"] },
];

/** What retry.py gives: the runtime's decision types, and its functions bound to the default policy. */
const RETRY_NAMES = ["Fail", "RefreshToken", "RetryLater", "RetryAdvisor", "RetryDecision", "advise_retry", "parse_http_date", "retry_delay_ms"];

export function retryModule(model: Model): string {
  return file([
    header,
    ...docstring(
      [
        "Should I retry? advise_retry and retry_delay_ms under the catalog's retry policy.",
        "",
        `Both are methods of a RetryAdvisor of RETRY_POLICY (${moduleName(model)}.retry_policy); RetryAdvisor(policy)`,
        "decides by another policy, such as RETRY_POLICY.replace(max_retries=2).",
      ],
      "",
    ),
    "",
    "from ._retry import Fail, RefreshToken, RetryAdvisor, RetryDecision, RetryLater",
    "from .retry_policy import RETRY_POLICY",
    "",
    "TYPE_CHECKING = False",
    "if TYPE_CHECKING:",
    "    from ._http_date import parse_http_date",
    "",
    "__all__ = [",
    ...isortNames(RETRY_NAMES).map((n) => `    ${quote(n)},`),
    "]",
    "",
    "_ADVISOR = RetryAdvisor(RETRY_POLICY)",
    "advise_retry = _ADVISOR.advise",
    "retry_delay_ms = _ADVISOR.delay_ms",
    "",
    "",
    "def __getattr__(name: str) -> object:",
    '    """parse_http_date, loaded on first use (PEP 562): a decision parses a date only when a Retry-After holds one."""',
    '    if name == "parse_http_date":',
    "        from ._http_date import parse_http_date  # noqa: PLC0415",
    "",
    "        return parse_http_date",
    '    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
    "",
    "",
    "def __dir__() -> list[str]:",
    '    """The module\'s names, parse_http_date among them before its first use."""',
    '    return sorted({*globals(), "parse_http_date"})',
  ]);
}

/** What reconnect.py gives: the runtime's reconnect types, and its decision bound to the default policy. */
const RECONNECT_NAMES = ["Reconnect", "ReconnectAdvice", "ReconnectAdvisor", "ReconnectError", "ReconnectHistory", "StopReconnecting", "WaitForNetwork", "advise_reconnect"];

export function reconnectModule(model: Model): string {
  return file([
    header,
    ...docstring(
      [
        "Reconnect after an SDK error? advise_reconnect under the catalog's reconnect policy.",
        "",
        `It is the method of a ReconnectAdvisor of RECONNECT_POLICY (${moduleName(model)}.reconnect_policy);`,
        "ReconnectAdvisor(policy) decides by another policy, such as RECONNECT_POLICY.replace(max_reconnects=3).",
      ],
      "",
    ),
    "",
    "from ._reconnect import (",
    ...isortNames(RECONNECT_NAMES.filter((n) => n !== "advise_reconnect")).map((n) => `    ${n},`),
    ")",
    "from .reconnect_policy import RECONNECT_POLICY",
    "",
    "__all__ = [",
    ...isortNames(RECONNECT_NAMES).map((n) => `    ${quote(n)},`),
    "]",
    "",
    "_ADVISOR = ReconnectAdvisor(RECONNECT_POLICY)",
    "advise_reconnect = _ADVISOR.advise",
  ]);
}

/** Names of 0.x that the package still answers, with a DeprecationWarning, under their new names. */
const RENAMED: Record<string, string> = { Retry: "RetryLater" };

/**
 * __init__: every public name, each loaded from its module on first use (PEP 562), so that importing the
 * package or an enum loads no JSON, regex, typing or dataclasses machinery until the decoder or the
 * decision is used. Type checkers read the same names from the TYPE_CHECKING imports.
 */
export function initModule(model: Model): string {
  const importName = moduleName(model);
  const modules = [...model.families.map((f) => ({ module: snake(f.name), names: [f.name] })), ...DECISION_EXPORTS].sort((a, b) => (a.module < b.module ? -1 : 1));
  const all = isortNames(modules.flatMap((m) => m.names));
  const where = new Map(modules.flatMap((m) => m.names.map((n) => [n, m.module] as const)));
  return file([
    header,
    '"""Error codes a VPN client meets, with their meaning and retry advice.',
    "",
    "The enums, parse_response and advise_retry (should I retry?) are importable from here; the envelope",
    `types live in \`\`${importName}.api_response\`\` and the catalog types in \`\`${importName}.catalog\`\`. Each name`,
    "loads its own module when first used, so that a lookup does not pay for the decoder.",
    '"""',
    "",
    "from __future__ import annotations",
    "",
    "from ._lazy import lazy_exports",
    "",
    "TYPE_CHECKING = False",
    "if TYPE_CHECKING:",
    ...modules.flatMap((m) => {
      const line = `    from .${m.module} import ${isortNames(m.names).join(", ")}`;
      // Past ruff's line length, one name a line, as ruff format lays it out.
      return line.length <= 120 ? [line] : [`    from .${m.module} import (`, ...isortNames(m.names).map((n) => `        ${n},`), "    )"];
    }),
    "",
    "__all__ = [",
    ...all.map((n) => `    ${quote(n)},`),
    "]",
    "",
    "__getattr__, __dir__ = lazy_exports(",
    "    __name__,",
    "    {",
    ...all.map((n) => `        ${quote(n)}: ${quote(where.get(n)!)},`),
    "    },",
    `    renamed={${Object.entries(RENAMED)
      .map(([a, b]) => `${quote(a)}: ${quote(b)}`)
      .join(", ")}},`,
    ")",
  ]);
}

/** PEP 621 metadata, every field from model.package (package.json), so that a version bump reaches Python too. */
/** The runtime project's lint and type-check settings, one rule set for the runtime and the package. */
const RUNTIME_PYPROJECT = "python/pyproject.toml";

/**
 * The [tool.ruff*] and [tool.mypy] sections of runtime/python/pyproject.toml, verbatim, but for the
 * runtime's own per-file ignores (its tests), which the package has none of.
 */
function runtimeToolSections(): string[] {
  const text = readFileSync(join(RUNTIME_DIR, ...RUNTIME_PYPROJECT.split("/")), "utf8");
  const sections = text.split(/^(?=\[)/m).filter((section) => {
    const name = /^\[([\w.-]+)\]/.exec(section)?.[1] ?? "";
    return (name.startsWith("tool.ruff") && name !== "tool.ruff.lint.per-file-ignores") || name === "tool.mypy";
  });
  if (sections.length === 0) throw new Error(`runtime/${RUNTIME_PYPROJECT} has no [tool.ruff] or [tool.mypy] section`);
  return sections.map((section) => section.trimEnd());
}

/** What the package's own modules ask of the shared rule set, and why. */
function packageIgnores(model: Model): string[] {
  const importName = moduleName(model);
  const quicktype = ["api_response", "catalog"].map((m) => `"${importName}/${m}.py"`);
  const enums = model.families.map((f) => `"${importName}/${snake(f.name)}.py"`);
  return [
    "[tool.ruff.lint.per-file-ignores]",
    "# quicktype's types: a JSON value is Any until a converter checks it, and its converters carry no docstrings.",
    ...quicktype.map((f) => `${f} = ["ANN401", "D102", "D103"]`),
    "# The enums quote the catalog's sources verbatim, look-alike letters included (a Cyrillic С in a heading),",
    "# and a member named like a secret (a token's code) is an error code, not a password.",
    ...enums.map((f) => `${f} = ["RUF001", "S105"]`),
  ];
}

const KEYWORDS = ["vpn", "error-codes", "retry", "orbvpn", "pango"];

/**
 * ">=3.9": the oldest of package.json's supported Pythons, which must be the runtime project's floor too
 * (its ruff and mypy settings check the code against it).
 */
function requiresPython(model: Model): string {
  const floor = `>=${model.package.languages.python.pythons[0]}`;
  const runtime = /^requires-python\s*=\s*"([^"]+)"/m.exec(readFileSync(join(RUNTIME_DIR, ...RUNTIME_PYPROJECT.split("/")), "utf8"))?.[1];
  if (runtime !== floor) throw new Error(`runtime/${RUNTIME_PYPROJECT} says requires-python = "${runtime}", package.json's languagePackages.python.pythons starts at ${floor}`);
  return floor;
}

/** Trove classifiers: maturity from the version, every supported Python, typed, OS independent. */
function classifiers(model: Model): string[] {
  const stable = !model.package.version.startsWith("0.");
  return [
    stable ? "Development Status :: 5 - Production/Stable" : "Development Status :: 4 - Beta",
    "Intended Audience :: Developers",
    "Operating System :: OS Independent",
    "Programming Language :: Python :: 3",
    "Programming Language :: Python :: 3 :: Only",
    ...model.package.languages.python.pythons.map((v) => `Programming Language :: Python :: ${v}`),
    "Topic :: Internet",
    "Topic :: Software Development :: Libraries",
    "Typing :: Typed",
  ];
}

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
    `requires-python = ${quote(requiresPython(model))}`,
    // PEP 639: an SPDX expression and the file, which the wheel and sdist carry as License-File. A
    // "License ::" classifier beside an expression is refused by setuptools, so the licence is not one.
    `license = ${quote(pkg.license)}`,
    `license-files = [${quote(LICENSE_FILE)}]`,
    `authors = [{ name = ${quote(pkg.author.name)} }]`,
    `keywords = [${KEYWORDS.map(quote).join(", ")}]`,
    "dependencies = []",
    "classifiers = [",
    ...classifiers(model).map((c) => `    ${quote(c)},`),
    "]",
    "",
    "[project.urls]",
    `Homepage = ${quote(pkg.homepage)}`,
    `Documentation = ${quote(`${pkg.repository}/tree/main/generated/python#readme`)}`,
    `Repository = ${quote(pkg.repository)}`,
    `Issues = ${quote(pkg.issues)}`,
    `Changelog = ${quote(`${pkg.repository}/blob/main/CHANGELOG.md`)}`,
    "",
    "[tool.setuptools]",
    `packages = [${quote(importName)}]`,
    "",
    "[tool.setuptools.package-data]",
    `${importName} = ["py.typed"]`,
    "",
    `# The linters a publisher runs (ruff check, ruff format --check, mypy): runtime/${RUNTIME_PYPROJECT}'s settings.`,
    ...runtimeToolSections().flatMap((section) => [section, ""]),
    ...packageIgnores(model),
  ]);
}
