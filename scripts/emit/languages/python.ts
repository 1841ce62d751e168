// generated/python: a typed, dependency-free package for Python 3.9+ (IntEnum and str-mixin enums,
// quicktype dataclasses), checked with mypy --strict.
import type { Model as Catalog, ResolvedFamily as Family } from "../../catalog/model.js";
import {
  generatedBy,
  commentLines,
  extraLookupNames,
  familyDoc,
  file,
  isIntegerFamily,
  memberDoc,
  members,
  paragraphs,
  patch,
  quote,
  restFamily,
  snake,
} from "./common.js";
import { catalogTypes, envelopeTypes, only } from "./quicktype.js";

const HEADER = generatedBy("scripts/emit/languages/python.ts");

const PACKAGE = "vpn_error_codes";

// Keywords and soft keywords, plus the names Enum and our enums define on members.
const RESERVED = new Set([
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
  "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
  "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield", "match", "case", "type",
  "name", "value", "mro", "identifier", "retryable", "from_code", "parse",
]);

const header = commentLines("# ", [HEADER]);

function docstring(lines: readonly string[], indent: string): string[] {
  if (lines.length === 1) return [`${indent}"""${lines[0]}"""`];
  return [`${indent}"""${lines[0]}`, ...lines.slice(1).map((l) => (l ? `${indent}${l}` : "")), `${indent}"""`];
}

function enumModule(catalog: Catalog, family: Family): string {
  const integer = isIntegerFamily(family);
  const isRest = family === restFamily(catalog);
  const name = family.name;
  const list = members(family, RESERVED, "Python");
  const valueType = integer ? "int" : "str";
  const escaped = list.filter((m) => m.ident !== m.code.name);
  const extra = extraLookupNames(family);
  const retryable = list.filter((m) => m.code.retryable);
  const lines = [
    header,
    ...docstring([family.title + ".", "", ...paragraphs(familyDoc(family), 96)], ""),
    "",
    "from __future__ import annotations",
    "",
    integer ? "from enum import IntEnum" : "from enum import Enum",
    `from typing import Dict, FrozenSet, Optional${isRest ? ", Union" : ""}`,
    "",
    `__all__ = [${(isRest ? ["ErrorCode", name, "to_error_code"] : [name]).map(quote).join(", ")}]`,
    "",
    "",
    integer ? `class ${name}(IntEnum):` : `class ${name}(str, Enum):`,
    ...docstring(paragraphs(familyDoc(family), 92), "    "),
    "",
  ];
  for (const m of list) {
    lines.push(`    ${m.ident} = ${integer ? String(m.code.value) : quote(String(m.code.value))}`);
    lines.push(...docstring(paragraphs(memberDoc(m.code, m.escapeNote), 92), "    "), "");
  }
  if (!integer) {
    lines.push(
      "    def __str__(self) -> str:",
      '        """The wire value, as StrEnum gives it (Python 3.11+), on every supported version."""',
      "        return str(self.value)",
      "",
    );
  }
  const identifierBody = integer
    ? escaped.length > 0
      ? "        return _IDENTIFIERS.get(self, self.name)"
      : "        return self.name"
    : "        return str(self.value)";
  lines.push(
    "    @property",
    "    def identifier(self) -> str:",
    `        """The catalog's identifier, verbatim${escaped.length > 0 ? ` (${escaped.map((m) => `\`\`${m.ident}\`\` is \`\`${m.code.name}\`\``).join(", ")})` : ""}."""`,
    identifierBody,
    "",
    "    @property",
    "    def retryable(self) -> bool:",
    '        """True when a retry, after the step the retry advice names, can succeed."""',
    "        return self in _RETRYABLE",
    "",
    "    @classmethod",
    `    def from_code(cls, code: ${valueType}) -> Optional[${name}]:`,
    `        """The member whose value is \`\`code\`\`, or None for a code this catalog does not know."""`,
    "        try:",
    "            return cls(code)",
    "        except ValueError:",
    "            return None",
    "",
    "    @classmethod",
    `    def parse(cls, name: str) -> Optional[${name}]:`,
    `        """The member with this identifier${extra.length > 0 ? ", alias or older wire name" : ""}, or None."""`,
    "        return _BY_NAME.get(name)",
    "",
    "",
  );
  if (escaped.length > 0) {
    lines.push(`_IDENTIFIERS: Dict[${name}, str] = {`);
    for (const m of escaped) lines.push(`    ${name}.${m.ident}: ${quote(m.code.name)},`);
    lines.push("}", "");
  }
  lines.push(`_RETRYABLE: FrozenSet[${name}] = frozenset(${retryable.length > 0 ? "{" : ""}`);
  for (const m of retryable) lines.push(`    ${name}.${m.ident},`);
  lines.push(retryable.length > 0 ? "})" : ")", "");
  const byIdent = new Map(list.map((m) => [m.code.name, m.ident]));
  if (extra.length === 0) lines.push(`_BY_NAME: Dict[str, ${name}] = {member.identifier: member for member in ${name}}`);
  else
    lines.push(
      "# Identifiers win over aliases and older wire names.",
      `_BY_NAME: Dict[str, ${name}] = {`,
      ...extra.map(([alias, code]) => `    ${quote(alias)}: ${name}.${byIdent.get(code.name)},`),
      `    **{member.identifier: member for member in ${name}},`,
      "}",
    );
  if (isRest) lines.push(...errorCodeAddendum(catalog));
  return file(lines);
}

function errorCodeAddendum(catalog: Catalog): string[] {
  const rest = restFamily(catalog).name;
  return [
    "",
    "",
    `ErrorCode = Union[${rest}, str]`,
    `"""The envelope's error.code: a ${rest}, or a code this catalog does not know yet, kept as its string."""`,
    "",
    "",
    "def to_error_code(code: str) -> ErrorCode:",
    '    """The member for a known code; an unknown code stays a plain string, so newer API codes still decode."""',
    `    member = ${rest}.from_code(code)`,
    "    return code if member is None else member",
  ];
}

/** Makes quicktype's Python pass mypy --strict: typed helpers, parameterized dicts, no bare except. */
function strictTyping(source: string): string {
  let s = patch(source, "def from_union(fs, x):", "def from_union(fs: Iterable[Callable[[Any], Any]], x: Any) -> Any:");
  s = patch(s, "        except:\n", "        except Exception:\n");
  // quicktype's to_enum returns the member's value, not the member.
  if (s.includes("def to_enum(")) s = patch(s, "def to_enum(c: Type[EnumT], x: Any) -> EnumT:", "def to_enum(c: Type[EnumT], x: Any) -> Any:");
  s = patch(s, "    return cast(Any, x).to_dict()", "    return cast(Dict[str, Any], cast(Any, x).to_dict())");
  s = s.replaceAll(") -> dict:", ") -> Dict[str, Any]:").replaceAll("result: dict = {}", "result: Dict[str, Any] = {}");
  return patch(s, /^from typing import (.*)$/m, (() => {
    const names = new Set(/^from typing import (.*)$/m.exec(s)![1]!.split(", "));
    names.add("Iterable");
    names.add("Dict");
    return `from typing import ${[...names].sort().join(", ")}`;
  })());
}

function quicktypeModule(docLines: string[], source: string, extraImports: string[]): string {
  const body = strictTyping(source);
  const importEnd = body.indexOf("\n\n\n");
  const local = extraImports.length > 0 ? ["", ...extraImports] : [];
  return file([header, ...docstring(docLines, ""), "", body.slice(0, importEnd), ...local, body.slice(importEnd + 1)]);
}

async function apiModule(catalog: Catalog): Promise<string> {
  let source = only(await envelopeTypes(catalog, { lang: "python", rendererOptions: { "python-version": "3.7", "nice-property-names": true }, dateTimes: false }));
  source = patch(source, "    code: str\n", "    code: ErrorCode\n");
  source = patch(source, 'code = from_str(obj.get("code"))', 'code = to_error_code(from_str(obj.get("code")))');
  source = patch(source, 'result["code"] = from_str(self.code)', 'result["code"] = str(self.code)');
  const rest = snake(restFamily(catalog).name);
  return quicktypeModule(
    [
      "The OrbVPN REST envelope and the per-code details types.",
      "",
      "Types by quicktype from the schema in generated/schema/api-response.schema.json. Timestamps stay",
      "RFC 3339 strings, so that the package needs nothing beyond the standard library.",
    ],
    source,
    [`from .${rest} import ErrorCode, to_error_code`],
  );
}

async function catalogModule(catalog: Catalog): Promise<string> {
  const source = only(await catalogTypes(catalog, { lang: "python", rendererOptions: { "python-version": "3.7", "nice-property-names": true } }));
  return quicktypeModule(
    ["Types of generated/catalog.json, by quicktype from generated/schema/resolved-catalog.schema.json."],
    source,
    [],
  );
}

function initModule(catalog: Catalog): string {
  const modules = catalog.families.map((f) => ({ module: snake(f.name), names: f === restFamily(catalog) ? [f.name, "ErrorCode", "to_error_code"] : [f.name] }));
  const all = modules.flatMap((m) => m.names).sort();
  return file([
    header,
    '"""Error codes a VPN client meets, with their meaning and retry advice.',
    "",
    "The enums are importable from here; the envelope types live in ``vpn_error_codes.api_response``",
    'and the catalog types in ``vpn_error_codes.catalog``.',
    '"""',
    "",
    ...modules.map((m) => `from .${m.module} import ${m.names.join(", ")}`),
    "",
    "__all__ = [",
    ...all.map((n) => `    ${quote(n)},`),
    "]",
  ]);
}

function escapeNotes(catalog: Catalog): string[] {
  const escaped = catalog.families.flatMap((f) => members(f, RESERVED, "Python").filter((m) => m.ident !== m.code.name).map((m) => `\`${f.name}.${m.ident}\``));
  const lines = ["- Identifiers are verbatim, misspellings included, except where a name is reserved in Python: such a"];
  if (escaped.length === 0) return [...lines, "  member would get a trailing underscore (none does today)."];
  return [
    ...lines,
    `  member gets a trailing underscore: ${escaped.join(", ")}.`,
    "  `identifier` and `parse` keep the verbatim name.",
  ];
}

function pyproject(): string {
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

function readme(catalog: Catalog): string {
  const rest = restFamily(catalog).name;
  return file([
    "<!-- " + HEADER + " -->",
    "# vpn-error-codes for Python",
    "",
    "Typed enums of every code family, with each code's meaning and retry advice, and dataclasses for the",
    "OrbVPN REST envelope and for `catalog.json`. Python 3.9 or later; no dependencies; `py.typed` included.",
    "",
    "```sh",
    "pip install ./generated/python",
    "```",
    "",
    "```python",
    "import json",
    `from vpn_error_codes import OperationalError, ${rest}`,
    "from vpn_error_codes.api_response import api_response_from_dict",
    "",
    "error = OperationalError.from_code(8203)      # None for a code the catalog does not know",
    "if error is not None and error.retryable:",
    "    print(error.identifier)                      # InvalidTunnelNetworkIndefaceIndex",
    "",
    "response = api_response_from_dict(json.loads(body))",
    "if not response.success and response.error is not None:",
    `    code = response.error.code                   # a ${rest}, or the string of an unknown code`,
    `    if code is ${rest}.TOKEN_EXPIRED: ...`,
    "```",
    "",
    "- Integer families are `IntEnum`s; name families are `str` enums whose value is the identifier.",
    "- `from_code(value)` looks a value up; `parse(name)` looks a name up and also accepts the catalog's",
    "  aliases and older wire names. Both return `None` for an unknown code instead of raising.",
    "- `retryable` is true when a retry, after the step the catalog's advice names (backoff, token",
    "  refresh, reconnect), can succeed. Each member's docstring gives the advice itself.",
    ...escapeNotes(catalog),
    `- The error's \`code\` is typed \`ErrorCode = Union[${rest}, str]\`: a code this catalog does not know yet`,
    "  still decodes, as its string. Timestamps in the details types are RFC 3339 strings.",
  ]);
}

export async function emitPython(catalog: Catalog): Promise<Record<string, string>> {
  const files: Record<string, string> = {
    "python/README.md": readme(catalog),
    "python/pyproject.toml": pyproject(),
    [`python/${PACKAGE}/__init__.py`]: initModule(catalog),
    [`python/${PACKAGE}/py.typed`]: "",
    [`python/${PACKAGE}/api_response.py`]: await apiModule(catalog),
    [`python/${PACKAGE}/catalog.py`]: await catalogModule(catalog),
  };
  for (const family of catalog.families) files[`python/${PACKAGE}/${snake(family.name)}.py`] = enumModule(catalog, family);
  return files;
}
