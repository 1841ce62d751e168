// Python's profile: reserved names, # comments and docstrings, the import name.
import type { Model } from "../../../catalog/model.js";
import { commentLines, generatedBy, type Profile } from "../shared/common.js";

/** The import name, from package.json's languagePackages (model.package). */
export const moduleName = (model: Model): string => model.package.languages.python.module;

export const python: Profile = {
  language: "Python",
  // Keywords and soft keywords, plus the names Enum and our enums define on members.
  reserved: new Set([
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
    "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield", "match", "case", "type",
    "name", "value", "mro", "identifier", "retryable", "from_code", "parse",
  ]),
  header: (emitter) => commentLines("# ", [generatedBy(emitter)]),
};

/** A docstring: one line, or an opening line, the rest indented, and the closing quotes alone. */
export function docstring(lines: readonly string[], indent: string): string[] {
  if (lines.length === 1) return [`${indent}"""${lines[0]}"""`];
  return [`${indent}"""${lines[0]}`, ...lines.slice(1).map((l) => (l ? `${indent}${l}` : "")), `${indent}"""`];
}

/**
 * A Python literal for a policy value, spelled as ruff format spells it: double quotes unless the text
 * holds more double quotes than single ones, None for an absent value, True/False.
 */
export function pyLiteral(value: string | number | boolean | undefined): string {
  if (value === undefined) return "None";
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`${value} has no Python literal`);
    return String(value);
  }
  const doubled = JSON.stringify(value);
  const doubles = [...value].filter((c) => c === '"').length;
  const singles = [...value].filter((c) => c === "'").length;
  if (doubles <= singles) return doubled;
  return `'${doubled.slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

/** Names in isort's order, which ruff checks in imports and __all__: CONSTANTS, then Classes, then the rest. */
export function isortNames(names: readonly string[]): string[] {
  const rank = (n: string) => (/^[A-Z0-9_]+$/.test(n) && n.length > 1 ? 0 : /^[A-Z]/.test(n) ? 1 : 2);
  return [...names].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}
