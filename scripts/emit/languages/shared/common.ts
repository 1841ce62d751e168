// What every language emitter shares: the profile shape, headers, member doc text, keyword escapes, name lookups.
import type { ResolvedCode, ResolvedFamily } from "../../../catalog/model.js";
import { deprecationText as deprecationSentence, memberParagraphs } from "../../doc-text.js";
import { generatedBy } from "../../header.js";

export { generatedBy };
export { paragraphs } from "../../doc-text.js";

/** What a language's profile.ts states once, so that its renderers only lay code out. */
export interface Profile {
  /** As escape notes name it: "Python". */
  language: string;
  /** Names a member may not take; such a member gets escapeName's trailing underscore. */
  reserved: ReadonlySet<string>;
  /** The generated-file header in the language's comment syntax, naming the emitter file that wrote the file. */
  header(emitter: string): string;
}

/** The header of a generated Markdown file. */
export function markdownHeader(emitter: string): string {
  return `<!-- ${generatedBy(emitter)} -->`;
}

/** Prefixes every line of `text` (a header or doc block) with `prefix`, trimming the space on empty lines. */
export function commentLines(prefix: string, lines: readonly string[]): string {
  return lines.map((line) => (line === "" ? prefix.trimEnd() : `${prefix}${line}`)).join("\n");
}

/**
 * The paragraphs of a member's doc comment, as every language and the TypeScript say them. `deprecatedTag`
 * ("@deprecated") replaces "Deprecated:" where the doc syntax has a tag for it.
 */
export function memberDoc(code: ResolvedCode, escapeNote?: string, deprecatedTag?: string): string[] {
  return memberParagraphs(code.derived.doc, escapeNote ? { escapeNote } : {}).map((p) => (p.kind === "deprecated" && deprecatedTag ? `${deprecatedTag} ${deprecationText(code)}` : p.text));
}

/** The deprecation sentence of a deprecated code, for the language's own deprecation marker; undefined otherwise. */
export function deprecationText(code: ResolvedCode): string | undefined {
  return deprecationSentence(code.derived.doc);
}

/** The paragraphs of a family's doc comment. */
export function familyDoc(family: ResolvedFamily): string[] {
  return [family.description, `Source: ${family.derived.source}.`];
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
  code: ResolvedCode;
  /** The identifier in the target language. */
  ident: string;
  /** Set when the language's spelling is a reserved word and ident escapes it. */
  escapeNote?: string;
}

/**
 * `spell` computed once per family: the model is immutable once resolved, and README examples and cross-family
 * references (a code's HTTP status member) ask for one member at a time, which without it is quadratic in the
 * family's size. The result is frozen, since every caller shares it.
 */
export function perFamily<T>(spell: (family: ResolvedFamily) => readonly T[]): (family: ResolvedFamily) => readonly T[] {
  const cache = new WeakMap<ResolvedFamily, readonly T[]>();
  return (family) => {
    let spelled = cache.get(family);
    if (spelled === undefined) {
      spelled = Object.freeze(spell(family));
      cache.set(family, spelled);
    }
    return spelled;
  };
}

/**
 * The family's members with their language identifiers: `spell` gives the language's spelling of an identifier
 * (the identifier itself by default), escapeName escapes a reserved one, and two codes that end up alike fail
 * the build rather than one hiding the other.
 */
export function members(family: ResolvedFamily, reserved: ReadonlySet<string>, language: string, spell: (name: string) => string = (name) => name): Member[] {
  const seen = new Map<string, string>();
  return family.codes.map((code) => {
    const spelled = spell(code.name);
    const ident = escapeName(spelled, reserved);
    const clash = seen.get(ident);
    if (clash !== undefined) throw new Error(`${family.name}: ${code.name} and ${clash} are both ${ident} in ${language}`);
    seen.set(ident, code.name);
    return ident === spelled ? { code, ident } : { code, ident, escapeNote: `${spelled} is reserved in ${language}, so the member is spelled ${ident}; its identifier is still ${code.name}.` };
  });
}

/** How a language names members: each family's, spelled once (perFamily), and one code's, as README examples name it. */
export function memberNaming(
  language: string,
  spell: (name: string) => string,
  reserved: ReadonlySet<string> = new Set(),
): { members: (family: ResolvedFamily) => readonly Member[]; ident: (family: ResolvedFamily, code: ResolvedCode) => string } {
  const membersOf = perFamily((family) => members(family, reserved, language, spell));
  return { members: membersOf, ident: (family, code) => membersOf(family).find((m) => m.code === code)!.ident };
}

/** Every name a name lookup accepts, with the code it finds: the model's keys, priority already applied. */
export function lookupNames(family: ResolvedFamily): Array<[string, ResolvedCode]> {
  return family.derived.keys
    .filter((k) => k.kind !== "value")
    .map((k): [string, ResolvedCode] => [String(k.key), family.codes[k.index]!])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Extra names (aliases and older wire names) with the code they find, identifiers left out. */
export function extraLookupNames(family: ResolvedFamily): Array<[string, ResolvedCode]> {
  return lookupNames(family).filter(([name, code]) => name !== code.name);
}

export const isIntegerFamily = (family: ResolvedFamily) => family.valueKind === "integer";

/** "ResponseResult" -> "response_result". */
export function snake(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z])([A-Z][a-z])/g, "$1_$2")
    .toLowerCase();
}

/** Text safe in an XML or HTML doc comment (C#'s XML docs, Javadoc): the catalog's prose may hold & < >. */
export function escapeMarkup(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A JSON string literal, which is also a valid string literal in every target language for our text. */
/** "wait-for-window" -> "WaitForWindow". */
export function pascalName(wire: string): string {
  return wire.replace(/(^|-)([a-z])/g, (_, __, ch: string) => ch.toUpperCase());
}

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
