// The REST envelope and catalog.json as quicktype dataclasses, patched to pass mypy --strict and to type
// error.code with the open ErrorCode; parse_response hands them to the runtime's decoder.
import type { Model } from "../../../catalog/model.js";
import { file, patch, snake } from "../shared/common.js";
import { detailsName } from "../../json-schema.js";
import { catalogTypes, envelopeTypes, only } from "../shared/quicktype.js";
import { docstring, isortNames, python } from "./profile.js";
import { ruffStyle } from "./ruff-style.js";

const header = python.header("scripts/emit/languages/python/envelope.ts");

/** ErrorCode and to_error_code, which the REST family's module defines after its enum. */
export function errorCodeAddendum(model: Model): string[] {
  const rest = model.restFamily.name;
  return [
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

/**
 * quicktype checks types with assert, which python -O strips: every check raises \`error\` instead, a
 * ValueError subclass the module defines, so that a wrong type is a typed exception in every mode.
 */
function raisingChecks(source: string, error: string): string {
  const asserts = source.match(/^\s*assert .+$/gm)?.length ?? 0;
  if (asserts === 0) throw new Error("quicktype output changed: no assert left to turn into a raise");
  return source.replace(/^(\s*)assert (.+)$/gm, (_, indent: string, condition: string) => {
    const raise = (message: string) => `${indent}    raise ${error}(${message})`;
    if (condition === "False") return `${indent}raise ${error}("the value matches none of the types the schema allows")`;
    if (condition === "x is None") return `${indent}if x is not None:\n${raise('f"expected null, got {type(x).__name__}"')}`;
    const type = /^isinstance\((\w+), \(?([\w, ]+?)\)?\)/.exec(condition);
    if (!type) throw new Error(`quicktype output changed: an assert this emitter cannot turn into a raise: ${condition}`);
    // to_class checks against its parameter c, a class.
    const expected = /^[a-z]$/.test(type[2]!) ? `{${type[2]}.__name__}` : type[2]!.replace(", ", " or ");
    const test = / and | or /.test(condition) ? `not (${condition})` : `not ${condition}`;
    return `${indent}if ${test}:\n${raise(`f"expected ${expected}, got {type(${type[1]}).__name__}"`)}`;
  });
}

/** Makes quicktype's Python pass mypy --strict: typed helpers, parameterized dicts, no bare except. */
function strictTyping(source: string): string {
  let s = patch(source, "def from_union(fs, x):", "def from_union(fs: Iterable[Callable[[Any], Any]], x: Any) -> Any:");
  s = patch(s, "        except:\n", "        except Exception:\n");
  // quicktype's to_enum returns the member's value, not the member.
  if (s.includes("def to_enum(")) s = patch(s, "def to_enum(c: Type[EnumT], x: Any) -> EnumT:", "def to_enum(c: Type[EnumT], x: Any) -> Any:");
  s = patch(s, "    return cast(Any, x).to_dict()", "    return cast(Dict[str, Any], cast(Any, x).to_dict())");
  s = s.replaceAll(") -> dict:", ") -> Dict[str, Any]:").replaceAll("result: dict = {}", "result: Dict[str, Any] = {}");
  return patch(
    s,
    /^from typing import (.*)$/m,
    (() => {
      const names = new Set(/^from typing import (.*)$/m.exec(s)![1]!.split(", "));
      names.add("Iterable");
      names.add("Dict");
      return `from typing import ${[...names].sort().join(", ")}`;
    })(),
  );
}

/**
 * quicktype copies a schema's descriptions into docstrings with their control characters as they are: a
 * NUL makes the module a SyntaxError and a CR turns into a line feed. Every such character stands inside
 * a string literal there, so its escape reads back as the same character.
 */
function escapeControls(source: string): string {
  return source.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}

/** A module of quicktype's types; its checks raise `error`, a class it defines (with doc) or imports. */
function quicktypeModule(docLines: string[], source: string, localImports: string[], error: { name: string; doc?: string }, extra: string[] = []): string {
  const body = raisingChecks(strictTyping(escapeControls(source)), error.name);
  const importEnd = body.indexOf("\n\n\n");
  const { imports, code } = ruffStyle(body.slice(0, importEnd), body.slice(importEnd + 3));
  const local = localImports.length > 0 ? ["", ...localImports] : [];
  const errorClass = error.doc === undefined ? [] : ["", "", `class ${error.name}(ValueError):`, `    """${error.doc}"""`];
  // One blank line after the imports before a statement, two before a class (isort and ruff format).
  const gap = errorClass.length > 0 ? ["", ""] : [""];
  return file([header, ...docstring(docLines, ""), "", ...imports, ...local, ...errorClass, ...gap, code, ...extra]);
}

/** The envelope's own rules that quicktype's types cannot say: which member each kind of envelope needs. */
const ENVELOPE_RULES = `        if success and "data" not in obj:
            raise InvalidResponse("a success envelope must have data")
        if not success and error is None:
            raise InvalidResponse("a failure envelope must have an error object")
`;

/**
 * parse_response: the runtime's decoder (runtime/python/vpn_error_codes/_envelope.py) with the default
 * envelope policy and quicktype's APIResponse; the rest of the module is quicktype's types.
 */
const PARSE_RESPONSE = [
  "",
  "",
  "InvalidResponse = EnvelopeError",
  '"""EnvelopeError\'s name before the runtime was its own module; code that catches it goes on working."""',
  "",
  "error_code_of = _envelope.error_code_of",
  '"""A failure\'s error code, read from the envelope\'s core alone as advise_retry reads it; None otherwise."""',
  "",
  "",
  "def parse_response(body: str | bytes) -> APIResponse:",
  '    """Decode the envelope of a response body, checked as the JSON Schema checks it.',
  "",
  "    Raises EnvelopeError (a ValueError) for a body that is not JSON (a proxy's HTML page, plain text)",
  "    or not the envelope (a wrong type, a failure without its error, details of the wrong shape for a",
  "    known code, an unknown code not shaped like one), never an AssertionError.",
  '    """',
  "    return _envelope.decode_envelope(body, ENVELOPE_POLICY, APIResponse.from_dict)",
];

/** `head[a, b]` on one line when it fits, else one item per line with a trailing comma, as ruff format has it. */
function pySubscript(head: string, items: readonly string[]): string[] {
  const one = `${head}[${items.join(", ")}]`;
  return one.length <= 120 ? [one] : [`${head}[`, ...items.map((i) => `    ${i},`), "]"];
}

/** Codes whose details have a type, each with its class name and its date-time properties. */
function detailsTypes(model: Model): Array<{ code: string; type: string; dateTimes: string[] }> {
  return model.restFamily.codes
    .filter((c) => c.details)
    .map((c) => {
      const properties = (c.details!.schema.properties ?? {}) as Record<string, { format?: string }>;
      return { code: String(c.value), type: detailsName(String(c.value)), dateTimes: Object.keys(properties).filter((p) => properties[p]!.format === "date-time") };
    });
}

/** A details class's date-time properties as datetimes, decoded and encoded by the runtime. */
function dateTimeFields(source: string, type: string, properties: readonly string[]): string {
  const start = source.indexOf(`\nclass ${type}:`);
  if (start < 0) throw new Error(`quicktype output changed: no class ${type}`);
  const end = source.indexOf("\n\n\n", start);
  let block = source.slice(start, end < 0 ? undefined : end);
  for (const p of properties) {
    const field = snake(p);
    block = patch(block, `    ${field}: str\n`, `    ${field}: datetime\n`);
    block = patch(block, `${field} = from_str(obj.get("${p}"))`, `${field} = date_time_of(obj.get("${p}"), ENVELOPE_POLICY.date_time_pattern)`);
    block = patch(block, `result["${p}"] = from_str(self.${field})`, `result["${p}"] = format_date_time(self.${field})`);
  }
  return source.slice(0, start) + block + (end < 0 ? "" : source.slice(end));
}

/**
 * A class of quicktype's made a FromJsonValue: it decodes from a JSON value another library parsed (and so
 * works as a pydantic field), through `body`, the package's own check.
 */
function fromJsonValue(source: string, type: string, summary: string, body: string): string {
  const withBase = patch(source, `\nclass ${type}:\n`, `\nclass ${type}(FromJsonValue):\n`);
  const method = [
    "    @classmethod",
    "    def from_json_value(cls, value: Any) -> $1:",
    `        """${summary}; raises EnvelopeError (a ValueError) for one it refuses."""`,
    `        return ${body.replace(/\$/g, "$$$$")}`,
    "",
    "    @staticmethod",
    "    def from_dict(obj: Any) -> $1:",
  ].join("\n");
  // Before the module is tidied, quicktype quotes the annotation ('TokenExpiredDetails').
  return patch(withBase, new RegExp(`    @staticmethod\\n    def from_dict\\(obj: Any\\) -> ('?${type}'?):`), method);
}

export async function apiModule(model: Model): Promise<string> {
  const types = detailsTypes(model);
  let source = only(await envelopeTypes(model, { lang: "python", rendererOptions: { "python-version": "3.7", "nice-property-names": true }, dateTimes: false }));
  source = patch(source, "    code: str\n", "    code: ErrorCode\n");
  source = patch(source, 'code = from_str(obj.get("code"))', 'code = to_error_code(from_str(obj.get("code")))');
  source = patch(source, 'result["code"] = from_str(self.code)', 'result["code"] = str(self.code)');
  source = patch(
    source,
    '        error = from_union([ErrorBody.from_dict, from_none], obj.get("error"))\n',
    `        error = from_union([ErrorBody.from_dict, from_none], obj.get("error"))\n${ENVELOPE_RULES}`,
  );
  source = patch(
    source,
    '    details: Optional[Dict[str, Any]] = None\n    """Extra facts about the error; its shape depends on the code."""\n',
    '    details: Optional[Dict[str, Any]] = None\n    """Extra facts about the error, as the JSON has them; their shape depends on the code."""\n\n' +
      '    typed_details: Optional[Details] = None\n    """The details as the code\'s type (TokenExpiredDetails for TOKEN_EXPIRED), decoded with the envelope; None when the code has none."""\n',
  );
  source = patch(source, "return ErrorBody(code, message, details)", "return ErrorBody(code, message, details, typed_details(code, details, DETAILS_TYPES))");
  for (const t of types) {
    source = dateTimeFields(source, t.type, t.dateTimes);
    source = fromJsonValue(
      source,
      t.type,
      `${t.code}'s details from a decoded JSON value, checked as parse_response checks them`,
      `checked_details(${JSON.stringify(t.code)}, value, ENVELOPE_POLICY, ${t.type}.from_dict)`,
    );
  }
  source = fromJsonValue(
    source,
    "APIResponse",
    "The envelope from a JSON document another library decoded (orjson, a framework's .json()), checked as parse_response checks a body",
    "_envelope.decode_document(value, ENVELOPE_POLICY, APIResponse.from_dict)",
  );
  const module = quicktypeModule(
    [
      "The OrbVPN REST envelope and the per-code details types.",
      "",
      "Types by quicktype from the schema in generated/schema/api-response.schema.json. Date-times are",
      "aware datetimes, decoded by the package itself, so that it needs nothing beyond the standard library.",
    ],
    source,
    [
      "from . import _envelope",
      "from ._body import EnvelopeError",
      "from ._details import checked_details, date_time_of, format_date_time, typed_details",
      "from ._json_value import FromJsonValue",
      "from .envelope_policy import ENVELOPE_POLICY",
      `from .${snake(model.restFamily.name)} import ${model.restFamily.name}`,
    ],
    { name: "EnvelopeError" },
    [
      "",
      "",
      ...pySubscript(
        "Details = Union",
        types.map((t) => t.type),
      ),
      '"""A known code\'s typed details."""',
      "",
      "DETAILS_TYPES: dict[str, Callable[[Any], Details]] = {",
      ...types.map((t) => `    ${JSON.stringify(t.code)}: ${t.type}.from_dict,`),
      "}",
      '"""Each code with typed details, by its wire value, to the decoder of its type."""',
      "",
      ...errorCodeAddendum(model),
      ...PARSE_RESPONSE,
    ],
  );
  // The lines added after quicktype's code use datetime and Union, which its imports did not need.
  const withDatetime = patch(module, "from dataclasses import dataclass\n", "from dataclasses import dataclass\nfrom datetime import datetime\n");
  return patch(withDatetime, /^from typing import (.*)$/m, `from typing import ${isortNames([.../^from typing import (.*)$/m.exec(withDatetime)![1]!.split(", "), "Union"]).join(", ")}`);
}

export async function catalogModule(model: Model): Promise<string> {
  const source = only(await catalogTypes(model, { lang: "python", rendererOptions: { "python-version": "3.7", "nice-property-names": true } }));
  const aliases = ["", "", "InvalidCatalog = CatalogError", '"""CatalogError\'s earlier name, kept so that code that catches it goes on working."""'];
  return quicktypeModule(
    ["Types of generated/catalog.json, by quicktype from generated/schema/resolved-catalog.schema.json."],
    source,
    [],
    {
      name: "CatalogError",
      doc: "The document is not of catalog.json's shape.",
    },
    aliases,
  );
}
