// One module per family: an IntEnum (integer families) or str-mixin Enum (name families) with lookups and
// retryability; the REST family's module also defines the open ErrorCode.
import type { Model, ResolvedFamily } from "../../../catalog/model.js";
import { extraLookupNames, familyDoc, file, isIntegerFamily, memberDoc, membersIn, paragraphs, quote } from "../shared/common.js";
import { errorCodeAddendum } from "./envelope.js";
import { docstring, python } from "./profile.js";

const header = python.header("scripts/emit/languages/python/enum.ts");

export function enumModule(model: Model, family: ResolvedFamily): string {
  const integer = isIntegerFamily(family);
  const isRest = family === model.restFamily;
  const name = family.name;
  const list = membersIn(family, python);
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
    ...(isRest ? ["from typing import Union"] : []),
    "",
    `__all__ = [${(isRest ? ["ErrorCode", name, "to_error_code"] : [name]).map(quote).join(", ")}]`,
    "",
    "",
    integer ? `class ${name}(IntEnum):` : `class ${name}(str, Enum):`,
    ...docstring([family.title + ".", "", ...paragraphs(familyDoc(family), 92)], "    "),
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
    `    def from_code(cls, code: ${valueType}) -> ${name} | None:`,
    `        """The member whose value is \`\`code\`\`, or None for a code this catalog does not know."""`,
    "        try:",
    "            return cls(code)",
    "        except ValueError:",
    "            return None",
    "",
    "    @classmethod",
    `    def parse(cls, name: str) -> ${name} | None:`,
    `        """The member with this identifier${extra.length > 0 ? ", alias or older wire name" : ""}, or None."""`,
    "        return _BY_NAME.get(name)",
    "",
    "",
  );
  if (escaped.length > 0) {
    lines.push(`_IDENTIFIERS: dict[${name}, str] = {`);
    for (const m of escaped) lines.push(`    ${name}.${m.ident}: ${quote(m.code.name)},`);
    lines.push("}", "");
  }
  // One member per line, as ruff format lays out a collection with a trailing comma.
  if (retryable.length === 0) lines.push(`_RETRYABLE: frozenset[${name}] = frozenset()`, "");
  else lines.push(`_RETRYABLE: frozenset[${name}] = frozenset(`, "    {", ...retryable.map((m) => `        ${name}.${m.ident},`), "    }", ")", "");
  const byIdent = new Map(list.map((m) => [m.code.name, m.ident]));
  if (extra.length === 0) lines.push(`_BY_NAME: dict[str, ${name}] = {member.identifier: member for member in ${name}}`);
  else
    lines.push(
      "# Identifiers win over aliases and older wire names.",
      `_BY_NAME: dict[str, ${name}] = {`,
      ...extra.map(([alias, code]) => `    ${quote(alias)}: ${name}.${byIdent.get(code.name)},`),
      `    **{member.identifier: member for member in ${name}},`,
      "}",
    );
  if (isRest) lines.push(...errorCodeAddendum(model));
  return file(lines);
}
