// generated/python/README.md. Its example codes are the model's examples, not names written in here.
import type { Model } from "../../../catalog/model.js";
import { escapedMembers, file, identIn } from "../shared/common.js";
import { readmeExamples, readmeTitle } from "../shared/readme.js";
import { PACKAGE, python } from "./profile.js";

/** `code` padded so that its comment starts at `column` (or one space after a longer line). */
const commented = (code: string, comment: string, column: number) => `${code.padEnd(Math.max(column, code.length + 1))}# ${comment}`;

function escapeNotes(model: Model): string[] {
  const escaped = escapedMembers(model.families, python).map((m) => `\`${m}\``);
  const lines = ["- Identifiers are verbatim, misspellings included, except where a name is reserved in Python: such a"];
  if (escaped.length === 0) return [...lines, "  member would get a trailing underscore (none does today)."];
  return [...lines, `  member gets a trailing underscore: ${escaped.join(", ")}.`, "  `identifier` and `parse` keep the verbatim name."];
}

export function readme(model: Model): string {
  const { rest, events, event, refresh, refreshIdent } = readmeExamples(model, identIn(python));
  const imports = [...new Set([events.name, rest])].join(", ");
  return file([
    ...readmeTitle("scripts/emit/languages/python/readme.ts", python),
    "Typed enums of every code family, with each code's meaning and retry advice, and dataclasses for the",
    "OrbVPN REST envelope and for `catalog.json`. Python 3.9 or later; no dependencies; `py.typed` included.",
    "",
    "```sh",
    "pip install ./generated/python",
    "```",
    "",
    "```python",
    "import json",
    `from ${PACKAGE} import ${imports}`,
    `from ${PACKAGE}.api_response import api_response_from_dict`,
    "",
    commented(`error = ${events.name}.from_code(${event.value})`, "None for a code the catalog does not know", 46),
    "if error is not None and error.retryable:",
    commented("    print(error.identifier)", event.name, 49),
    "",
    "response = api_response_from_dict(json.loads(body))",
    "if not response.success and response.error is not None:",
    commented("    code = response.error.code", `a ${rest}, or the string of an unknown code`, 49),
    `    if code is ${refresh.name}.${refreshIdent}: ...`,
    "```",
    "",
    "- Integer families are `IntEnum`s; name families are `str` enums whose value is the identifier.",
    "- `from_code(value)` looks a value up; `parse(name)` looks a name up and also accepts the catalog's",
    "  aliases and older wire names. Both return `None` for an unknown code instead of raising.",
    "- `retryable` is true when a retry, after the step the catalog's advice names (backoff, token",
    "  refresh, reconnect), can succeed. Each member's docstring gives the advice itself.",
    ...escapeNotes(model),
    `- The error's \`code\` is typed \`ErrorCode = Union[${rest}, str]\`: a code this catalog does not know yet`,
    "  still decodes, as its string. Timestamps in the details types are RFC 3339 strings.",
  ]);
}
