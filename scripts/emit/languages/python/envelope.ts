// The REST envelope and catalog.json as quicktype dataclasses, patched to pass mypy --strict and to type
// error.code with the open ErrorCode.
import type { Model } from "../../../catalog/model.js";
import { file, patch, quote, snake } from "../shared/common.js";
import { DATE_TIME_PATTERN, URI_FORBIDDEN, URI_SCHEME_PATTERN, detailsChecks, unknownCodePattern, type FieldCheck } from "../../../catalog/details-checks.js";
import { catalogTypes, envelopeTypes, only } from "../shared/quicktype.js";
import { docstring, python } from "./profile.js";

const header = python.header("scripts/emit/languages/python/envelope.ts");

/** ErrorCode and to_error_code, which the REST family's module defines after its enum. */
export function errorCodeAddendum(model: Model): string[] {
  const rest = model.restFamily.name;
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
  return patch(s, /^from typing import (.*)$/m, (() => {
    const names = new Set(/^from typing import (.*)$/m.exec(s)![1]!.split(", "));
    names.add("Iterable");
    names.add("Dict");
    return `from typing import ${[...names].sort().join(", ")}`;
  })());
}

function quicktypeModule(docLines: string[], source: string, extraImports: string[], error: { name: string; doc: string }, extra: string[] = []): string {
  const body = raisingChecks(strictTyping(source), error.name);
  const importEnd = body.indexOf("\n\n\n");
  const local = extraImports.length > 0 ? ["", ...extraImports] : [];
  const errorClass = ["", "", `class ${error.name}(ValueError):`, `    """${error.doc}"""`];
  return file([header, ...docstring(docLines, ""), "", body.slice(0, importEnd), ...local, ...errorClass, body.slice(importEnd + 1), ...extra]);
}

/** The envelope's own rules that quicktype's types cannot say: which member each kind of envelope needs. */
const ENVELOPE_RULES = `        if success and "data" not in obj:
            raise InvalidResponse("a success envelope must have data")
        if not success and error is None:
            raise InvalidResponse("a failure envelope must have an error object")
`;

/** A Python literal for an optional check value. */
const literal = (value: string | number | undefined) => (value === undefined ? "None" : typeof value === "string" ? quote(value) : Number.isInteger(value) ? `${value}.0` : String(value));

const field = (f: FieldCheck) => `_Field(${quote(f.name)}, ${literal(f.type)}, ${literal(f.minimum)}, ${literal(f.format)}, ${literal(f.items)})`;

/** A regex character class of none of the code points, in \u escapes Python's re reads. */
const noneOf = (codes: readonly number[]) => `[^${codes.map((c) => `\\u${c.toString(16).padStart(4, "0")}`).join("")}]`;

/**
 * parse_response: the body text to an APIResponse, or InvalidResponse for anything that is not the
 * envelope, including what quicktype's types cannot say: a code the catalog does not know must be shaped
 * like one, and a known code's details must have the catalog's shape.
 */
function parseResponse(model: Model): string[] {
  const shapes = detailsChecks(model).map(
    (c) => `    ${quote(c.code)}: _Shape(\n        (${c.required.map((r) => `${quote(r)}, `).join("")}),\n        (\n${c.fields.map((f) => `            ${field(f)},`).join("\n")}\n        ),\n    ),`,
  );
  return `

def _no_constant(name: str) -> Any:
    raise InvalidResponse(f"{name} is not JSON")


_UNKNOWN_CODE = re.compile(${quote(unknownCodePattern(model))})
_DATE_TIME = re.compile(${quote(DATE_TIME_PATTERN)})
_URI = re.compile(${quote(`${URI_SCHEME_PATTERN}:${noneOf(URI_FORBIDDEN)}*`)})
_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


class _Field(NamedTuple):
    name: str
    type: Optional[str]
    minimum: Optional[float]
    format: Optional[str]
    items: Optional[str]


class _Shape(NamedTuple):
    required: Tuple[str, ...]
    fields: Tuple[_Field, ...]


# Each detailed code's details shape, from the catalog.
_SHAPES: Dict[str, _Shape] = {
${shapes.join("\n")}
}


def _is(value: Any, json_type: str) -> bool:
    # bool is an int in Python, never a JSON number; JSON Schema's integer is any number with no fraction.
    if json_type == "string":
        return isinstance(value, str)
    if json_type == "boolean":
        return isinstance(value, bool)
    if json_type == "array":
        return isinstance(value, list)
    if json_type == "object":
        return isinstance(value, dict)
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    return number and (json_type == "number" or float(value).is_integer())


def _has_format(text: str, string_format: str) -> bool:
    if string_format == "uri":
        return _URI.fullmatch(text) is not None
    m = _DATE_TIME.fullmatch(text)
    if m is None:
        return False
    year, month, day, hour, minute, second = (int(g) for g in m.groups()[:6])
    if not 1 <= month <= 12:
        return False
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    days = 29 if month == 2 and leap else _DAYS_IN_MONTH[month - 1]
    if not 1 <= day <= days or hour > 23 or minute > 59 or second > 60:
        return False
    return m.group(7) is None or (int(m.group(8)) <= 23 and int(m.group(9)) <= 59)


def _details_problem(shape: _Shape, details: Dict[str, Any]) -> Optional[str]:
    for name in shape.required:
        if name not in details:
            return f" must have required property '{name}'"
    for f in shape.fields:
        if f.name not in details:
            continue
        value = details[f.name]
        if f.type is not None and not _is(value, f.type):
            return f"/{f.name} must be {f.type}"
        if f.minimum is not None and _is(value, "number") and value < f.minimum:
            return f"/{f.name} must be >= {f.minimum:g}"
        if f.format is not None and isinstance(value, str) and not _has_format(value, f.format):
            return f"/{f.name} must match format {f.format}"
        if f.items is not None and isinstance(value, list) and not all(_is(item, f.items) for item in value):
            return f"/{f.name} items must be {f.items}"
    return None


def _error_problem(error: Dict[str, Any]) -> Optional[str]:
    """What the schema rejects in an error object that quicktype's types let through, or None."""
    code = error["code"]
    shape = _SHAPES.get(code)
    if isinstance(to_error_code(code), str) and _UNKNOWN_CODE.fullmatch(code) is None:
        return "/error/code is neither a known code nor shaped like one"
    if "details" not in error:
        return None
    details = error["details"]
    if not isinstance(details, dict):
        return "/error/details must be an object"
    problem = _details_problem(shape, details) if shape is not None else None
    return None if problem is None else f"/error/details{problem}"


def _load(body: Union[str, bytes]) -> Any:
    try:
        return json.loads(body, parse_constant=_no_constant)
    except (TypeError, ValueError, RecursionError) as e:
        text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body if isinstance(body, str) else ""
        kind = "HTML, not JSON (a proxy or gateway page?)" if text.lstrip().startswith("<") else "not valid JSON"
        raise InvalidResponse(f"the body is {kind}") from e


def parse_response(body: Union[str, bytes]) -> APIResponse:
    """The envelope of a response body, checked as the JSON Schema checks it.

    Raises InvalidResponse (a ValueError) for a body that is not JSON (a proxy's HTML page, plain text)
    or not the envelope (a wrong type, a failure without its error, details of the wrong shape for a
    known code), never an AssertionError.
    """
    document = _load(body)
    response = api_response_from_dict(document)
    problem = None if response.success else _error_problem(document["error"])
    if problem is not None:
        raise InvalidResponse(problem)
    return response


def error_code_of(body: Union[str, bytes]) -> Optional[str]:
    """A failure's error code as advise_retry reads it, or None for any other body.

    Only the envelope's core counts (success, error.code and error.message), as in the TypeScript
    reference, so that details of the wrong shape do not hide the code.
    """
    try:
        document = _load(body)
    except InvalidResponse:
        return None
    error = document.get("error") if isinstance(document, dict) and document.get("success") is False else None
    if not isinstance(error, dict) or not isinstance(error.get("code"), str) or not isinstance(error.get("message"), str):
        return None
    return cast(str, error["code"])`.split("\n");
}

export async function apiModule(model: Model): Promise<string> {
  let source = only(await envelopeTypes(model, { lang: "python", rendererOptions: { "python-version": "3.7", "nice-property-names": true }, dateTimes: false }));
  source = patch(source, "    code: str\n", "    code: ErrorCode\n");
  source = patch(source, 'code = from_str(obj.get("code"))', 'code = to_error_code(from_str(obj.get("code")))');
  source = patch(source, 'result["code"] = from_str(self.code)', 'result["code"] = str(self.code)');
  source = patch(source, '        error = from_union([ErrorBody.from_dict, from_none], obj.get("error"))\n', `        error = from_union([ErrorBody.from_dict, from_none], obj.get("error"))\n${ENVELOPE_RULES}`);
  source = patch(source, "from dataclasses import dataclass\n", "import json\nimport re\nfrom dataclasses import dataclass\n");
  source = patch(source, /^from typing import (.*)$/m, "from typing import $1, NamedTuple, Tuple, Union");
  return quicktypeModule(
    [
      "The OrbVPN REST envelope and the per-code details types.",
      "",
      "Types by quicktype from the schema in generated/schema/api-response.schema.json. Timestamps stay",
      "RFC 3339 strings, so that the package needs nothing beyond the standard library.",
    ],
    source,
    [`from .${snake(model.restFamily.name)} import ErrorCode, to_error_code`],
    { name: "InvalidResponse", doc: "The body is not the OrbVPN envelope: not JSON, or not of the schema's shape." },
    parseResponse(model),
  );
}

export async function catalogModule(model: Model): Promise<string> {
  const source = only(await catalogTypes(model, { lang: "python", rendererOptions: { "python-version": "3.7", "nice-property-names": true } }));
  return quicktypeModule(["Types of generated/catalog.json, by quicktype from generated/schema/resolved-catalog.schema.json."], source, [], {
    name: "InvalidCatalog",
    doc: "The document is not of catalog.json's shape.",
  });
}
