// What every language emitter shares: the header, member doc text, keyword escapes, name lookups.
import type { Catalog, Code, Family } from "../../catalog/model.js";
import { familyOf, httpStatusText, retryLine } from "../names.js";

/** The header line every generated file starts with, without the comment syntax. */
export const HEADER = "Generated from catalog/*.yaml by `npm run build`; do not edit.";

/** Prefixes every line of `text` (a header or doc block) with `prefix`, trimming the space on empty lines. */
export function commentLines(prefix: string, lines: readonly string[]): string {
  return lines.map((line) => (line === "" ? prefix.trimEnd() : `${prefix}${line}`)).join("\n");
}

/** Greedy word wrap; a word longer than the width stays whole on its own line. */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

/** Paragraphs wrapped to `width`, separated by empty lines. */
export function paragraphs(texts: readonly string[], width: number): string[] {
  const out: string[] = [];
  for (const text of texts) {
    if (out.length > 0) out.push("");
    out.push(...wrap(text, width));
  }
  return out;
}

/**
 * The paragraphs of a member's doc comment: meaning, HTTP mapping, retry advice, lookup aliases and
 * deprecation, in that order, so that every language documents a member alike.
 */
export function memberDoc(catalog: Catalog, code: Code, escapeNote?: string): string[] {
  const out = [code.description];
  if (code.httpStatus !== undefined) out.push(`HTTP mapping: ${httpStatusText(catalog, code.httpStatus)}.`);
  out.push(`Retry: ${retryLine(code)}.`);
  const lookupNames = [...(code.aliases ?? []), ...(code.legacyNames ?? []).map((l) => l.name)];
  if (lookupNames.length > 0) out.push(`Name lookups also accept ${lookupNames.join(", ")}.`);
  if (escapeNote) out.push(escapeNote);
  if (code.deprecated) out.push(`Deprecated: ${deprecationText(code)}`);
  return out;
}

export function deprecationText(code: Code): string {
  const d = code.deprecated!;
  const replacement = d.replacement ? ` Use ${d.replacement} instead.` : "";
  return `${d.note}${replacement}`;
}

/** The paragraphs of a family's doc comment. */
export function familyDoc(family: Family): string[] {
  const s = family.source;
  const source = `Source: ${[s.publisher, s.title].filter(Boolean).join(", ")}${s.section ? ` (section ${s.section})` : ""}.`;
  return [family.description, source];
}

/**
 * The language identifier for a catalog identifier: verbatim unless it is reserved, in which case it
 * gets a trailing underscore (PEP 8's convention, and readable in every other language too).
 */
export function escapeName(name: string, reserved: ReadonlySet<string>): string {
  let escaped = name;
  while (reserved.has(escaped)) escaped = `${escaped}_`;
  return escaped;
}

export interface Member {
  code: Code;
  /** The identifier in the target language. */
  ident: string;
  /** Set when ident differs from code.name. */
  escapeNote?: string;
}

/** The family's members with their language identifiers; fails if two escape to the same one. */
export function members(family: Family, reserved: ReadonlySet<string>, language: string): Member[] {
  const seen = new Map<string, string>();
  return family.codes.map((code) => {
    const ident = escapeName(code.name, reserved);
    const clash = seen.get(ident);
    if (clash !== undefined) throw new Error(`${family.name}: ${code.name} and ${clash} are both ${ident} in ${language}`);
    seen.set(ident, code.name);
    return ident === code.name
      ? { code, ident }
      : { code, ident, escapeNote: `${code.name} is reserved in ${language}, so the member is spelled ${ident}; its identifier is still ${code.name}.` };
  });
}

/**
 * Every name a name lookup accepts, with the code it finds. Identifiers win over aliases, and aliases
 * over older wire names, whatever the order in the catalog (as in the TypeScript lookups).
 */
export function lookupNames(family: Family): Array<[string, Code]> {
  const names = new Map<string, Code>();
  for (const c of family.codes) for (const l of c.legacyNames ?? []) names.set(l.name, c);
  for (const c of family.codes) for (const a of c.aliases ?? []) names.set(a, c);
  for (const c of family.codes) names.set(c.name, c);
  return [...names].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Extra names (aliases and older wire names) with the code they find, identifiers left out. */
export function extraLookupNames(family: Family): Array<[string, Code]> {
  return lookupNames(family).filter(([name, code]) => name !== code.name);
}

export const isIntegerFamily = (family: Family) => family.valueKind === "integer";

/** The REST family, whose codes the envelope's error.code carries. */
export const restFamily = (catalog: Catalog) => familyOf(catalog, catalog.retryPolicy.appliesTo);

/** "OperationalError" -> "operational_error". */
export function snake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/([A-Z])([A-Z][a-z])/g, "$1_$2").toLowerCase();
}

/** A JSON string literal, which is also a valid string literal in every target language for our text. */
export function quote(text: string): string {
  return JSON.stringify(text);
}

/**
 * Replaces `find` in quicktype's output, failing loudly if it does not occur exactly `times` times,
 * so that a quicktype upgrade that changes its output cannot slip a patch silently.
 */
export function patch(source: string, find: string | RegExp, replace: string, times = 1): string {
  const pattern = typeof find === "string" ? new RegExp(find.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "g") : new RegExp(find.source, find.flags.includes("g") ? find.flags : `${find.flags}g`);
  const found = source.match(pattern)?.length ?? 0;
  if (found !== times) throw new Error(`quicktype output changed: expected ${times} of ${String(find)}, found ${found}`);
  // A string patch is literal; a RegExp patch may use $1-style groups.
  return typeof find === "string" ? source.replace(pattern, () => replace) : source.replace(pattern, replace);
}

/** Joins lines with "\n" and ends the file with exactly one newline. */
export function file(lines: readonly string[]): string {
  return `${lines.join("\n").replace(/\s+$/, "")}\n`;
}
