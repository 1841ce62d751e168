// The REST envelope and catalog.json as quicktype dataclasses, patched to pass mypy --strict and to type
// error.code with the open ErrorCode.
import type { Model } from "../../../catalog/model.js";
import { file, patch, snake } from "../shared/common.js";
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

export async function apiModule(model: Model): Promise<string> {
  let source = only(await envelopeTypes(model, { lang: "python", rendererOptions: { "python-version": "3.7", "nice-property-names": true }, dateTimes: false }));
  source = patch(source, "    code: str\n", "    code: ErrorCode\n");
  source = patch(source, 'code = from_str(obj.get("code"))', 'code = to_error_code(from_str(obj.get("code")))');
  source = patch(source, 'result["code"] = from_str(self.code)', 'result["code"] = str(self.code)');
  return quicktypeModule(
    [
      "The OrbVPN REST envelope and the per-code details types.",
      "",
      "Types by quicktype from the schema in generated/schema/api-response.schema.json. Timestamps stay",
      "RFC 3339 strings, so that the package needs nothing beyond the standard library.",
    ],
    source,
    [`from .${snake(model.restFamily.name)} import ErrorCode, to_error_code`],
  );
}

export async function catalogModule(model: Model): Promise<string> {
  const source = only(await catalogTypes(model, { lang: "python", rendererOptions: { "python-version": "3.7", "nice-property-names": true } }));
  return quicktypeModule(["Types of generated/catalog.json, by quicktype from generated/schema/resolved-catalog.schema.json."], source, []);
}
