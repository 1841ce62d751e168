// One module per family: an IntEnum (integer families) or str-mixin Enum (name families) whose members are
// PEP 8 constants (TRAFFIC_LEAK) valued by the vendor's wire value, with the catalog's facts about each
// member and the family's lookup keys as data. What the members answer and how a key is found is runtime
// code (runtime/python/vpn_error_codes/_lookup.py); this renders the catalog's part only.
import type { Model, ResolvedCode, ResolvedFamily } from "../../../catalog/model.js";
import { familyDoc, file, isIntegerFamily, memberDoc, memberNaming, paragraphs, quote, snake, type Member } from "../shared/common.js";
import { docstring, pyCall, pyLiteral, python } from "./profile.js";

const header = python.header("scripts/emit/languages/python/enum.ts");

const naming = memberNaming(python.language, (name) => snake(name).toUpperCase(), python.reserved);

/** The family's members as PEP 8 constants (TRAFFIC_LEAK for TrafficLeak, TOKEN_EXPIRED as it is); fails if two codes give one constant. */
export const pyMembers = naming.members;

/** The constant for one code, as README examples name it. */
export const pyIdent = naming.ident;

/** The paragraphs of a member's docs: the catalog's, and the vendor's spelling where the constant differs. */
function docOf(m: Member, family: ResolvedFamily): string[] {
  const wire =
    m.ident === m.code.name
      ? undefined
      : `Wire value: ${isIntegerFamily(family) ? `${m.code.value}; the vendor's identifier is ${m.code.name}` : m.code.name}, which identifier, get, lookup and parse give and accept.`;
  return memberDoc(m.code, wire);
}

/** The status family's member for a documented status, so that .http_status has a phrase; the number otherwise. */
function statusOf(model: Model, code: ResolvedCode): { literal: string; family?: ResolvedFamily } {
  if (code.httpStatus === undefined) return { literal: "None" };
  const statuses = model.families.find((f) => f.role === "http-status");
  const member = statuses && pyMembers(statuses).find((m) => m.code.value === code.httpStatus);
  return member ? { literal: `${statuses!.name}.${member.ident}`, family: statuses } : { literal: String(code.httpStatus) };
}

function facts(model: Model, family: ResolvedFamily, m: Member): string {
  const c = m.code;
  const r = c.retry;
  const args = [
    `identifier=${pyLiteral(c.name)}`,
    `group=${pyLiteral(c.group)}`,
    `group_title=${pyLiteral(c.derived.groupTitle)}`,
    `description=${pyLiteral(c.description)}`,
    `retryable=${pyLiteral(c.retryable)}`,
    `retry_advice=${pyCall("RetryAdvice", [r.strategy, r.basis, r.note, ...(r.override === undefined ? [] : [r.override])].map(pyLiteral), 8, false, "retry_advice=".length)}`,
    `stability=${pyLiteral(c.stability)}`,
    `doc=${pyLiteral(docOf(m, family).join("\n\n"))}`,
    ...(c.label === undefined ? [] : [`label=${pyLiteral(c.label)}`]),
    ...(c.httpStatus === undefined ? [] : [`http_status=${statusOf(model, c).literal}`]),
    ...(c.action === undefined ? [] : [`action=${pyCall("Action", [pyLiteral(c.action.text), pyLiteral(c.action.basis)], 8, false, "action=".length)}`]),
    ...(c.deprecated === undefined
      ? []
      : [
          `deprecation=${pyCall(
            "Deprecation",
            [
              pyLiteral(c.deprecated.reason),
              pyLiteral(c.deprecated.note),
              ...(c.deprecated.replacement === undefined ? [] : [`replacement=${pyLiteral(c.deprecated.replacement)}`]),
              ...(c.deprecated.since === undefined ? [] : [`since=${pyLiteral(c.deprecated.since)}`]),
            ],
            8,
            false,
            "deprecation=".length,
          )}`,
        ]),
  ];
  return pyCall("Facts", args, 4, true);
}

export function enumModule(model: Model, family: ResolvedFamily): string {
  const integer = isIntegerFamily(family);
  const name = family.name;
  const list = pyMembers(family);
  const statusFamilies = new Set(list.map((m) => statusOf(model, m.code).family).filter((f) => f !== undefined && f !== family));
  const lines = [
    header,
    ...docstring([family.title + ".", "", ...paragraphs(familyDoc(family), 96)], ""),
    "",
    "from __future__ import annotations",
    "",
    integer ? "from enum import IntEnum" : "from enum import Enum",
    "",
    `from ._lookup import ${["Action", "CodeMember", "Deprecation", "Facts", "RetryAdvice", "bind"]
      .filter((n) => n !== "Action" || list.some((m) => m.code.action))
      .filter((n) => n !== "Deprecation" || list.some((m) => m.code.deprecated))
      .join(", ")}`,
    ...[...statusFamilies].map((f) => `from .${snake(f!.name)} import ${f!.name}`),
    "",
    `__all__ = [${quote(name)}]`,
    "",
    "",
    integer ? `class ${name}(CodeMember, IntEnum):` : `class ${name}(CodeMember, str, Enum):`,
    ...docstring([family.title + ".", "", ...paragraphs(familyDoc(family), 92)], "    "),
    "",
  ];
  for (const m of list) {
    lines.push(`    ${m.ident} = ${pyLiteral(m.code.value)}`);
    lines.push(...docstring(paragraphs(docOf(m, family), 92), "    "), "");
  }
  lines.push(
    "",
    "# Each member's facts, in the members' order.",
    "_FACTS = (",
    ...list.map((m) => `    ${facts(model, family, m)},`),
    ")",
    "",
    "# Every key a lookup accepts, the catalog's priority applied: the key, the member's index, how the key names it.",
    "_KEYS = (",
    ...family.derived.keys.map((k) => `    (${pyLiteral(k.key)}, ${k.index}, ${pyLiteral(k.kind)}),`),
    ")",
    "",
    `bind(${name}, _FACTS, _KEYS)`,
  );
  return file(lines);
}
