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
