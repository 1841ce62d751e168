// Python's profile: reserved names, # comments and docstrings, the import name.
import type { Model } from "../../../catalog/model.js";
import { commentLines, generatedBy, type Profile } from "../shared/common.js";

/** The import name, from package.json's languagePackages (model.package). */
export const moduleName = (model: Model): string => model.package.languages.python.module;

export const python: Profile = {
  language: "Python",
  // Keywords and soft keywords, plus the names Enum and our enums define on members.
  reserved: new Set([
    "False",
    "None",
    "True",
    "and",
    "as",
    "assert",
    "async",
    "await",
    "break",
    "class",
    "continue",
    "def",
    "del",
    "elif",
    "else",
    "except",
    "finally",
    "for",
    "from",
    "global",
    "if",
    "import",
    "in",
    "is",
    "lambda",
    "nonlocal",
    "not",
    "or",
    "pass",
    "raise",
    "return",
    "try",
    "while",
    "with",
    "yield",
    "match",
    "case",
    "type",
    "name",
    "value",
    "mro",
    "identifier",
    "retryable",
    "from_code",
    "parse",
  ]),
  header: (emitter) => commentLines("# ", [generatedBy(emitter)]),
};

/**
 * A line of catalog text inside a """ docstring: a backslash, a run of three quotes, a quote that would
 * meet the closing quotes and control characters are escaped, so that no text can end the string early
 * or make the module a SyntaxError (a NUL byte) — whatever the catalog holds.
 */
export function docText(line: string, last = false): string {
  let s = line.replace(/\\/g, "\\\\").replace(/"""/g, '""\\"');
  s = s.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
  return last && s.endsWith('"') ? `${s.slice(0, -1)}\\"` : s;
}

/** A docstring: one line, or an opening line, the rest indented, and the closing quotes alone. */
export function docstring(lines: readonly string[], indent: string): string[] {
  if (lines.length === 1) return [`${indent}"""${docText(lines[0]!, true)}"""`];
  return [`${indent}"""${docText(lines[0]!)}`, ...lines.slice(1).map((l) => (l ? `${indent}${docText(l)}` : "")), `${indent}"""`];
}

const LINE_LENGTH = 120;

/**
 * A call as ruff format lays it out: on one line when it fits after \`prefix\` at \`indent\` (with the
 * trailing comma of a collection), else one argument per line with a magic trailing comma.
 */
export function pyCall(name: string, args: readonly string[], indent: number, explode = false, prefix = 0): string {
  const one = `${name}(${args.join(", ")})`;
  if (!explode && !args.some((a) => a.includes("\n")) && indent + prefix + one.length + 1 <= LINE_LENGTH) return one;
  const pad = " ".repeat(indent + 4);
  return [`${name}(`, ...args.map((a) => `${pad}${a},`), `${" ".repeat(indent)})`].join("\n");
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
