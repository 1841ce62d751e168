// A code's documentation as every surface says it: doc comments in TypeScript and the six other
// languages, and the Markdown reference. The parts come from the model; this only phrases and orders them.
import { hex, latinFold, wrap } from "../../src/text.js";
import { ROLE_ORDER, type DocParts, type Model, type ResolvedCode, type ResolvedFamily } from "../catalog/model.js";

export type ParagraphKind = "meaning" | "group" | "http" | "retry" | "override" | "action" | "lookups" | "escape" | "deprecated";

export interface Paragraph {
  kind: ParagraphKind;
  text: string;
}

export interface DocOptions {
  /** How the target refers to another member of the same family (TypeScript: `{@link F.X}`). */
  reference?: (name: string) => string;
  /** Said when the target spells the identifier differently (a reserved word). */
  escapeNote?: string;
}

/** The deprecation sentence: the note, then the replacement. */
export function deprecationText(parts: DocParts, reference: (name: string) => string = (n) => n): string | undefined {
  const d = parts.deprecated;
  if (!d) return undefined;
  return `${d.note}${d.replacement ? ` Use ${reference(d.replacement)} instead.` : ""}`;
}

/** The names besides the identifier that a lookup accepts. */
export function lookupNames(parts: DocParts): string[] {
  return [...parts.aliases, ...parts.legacyNames.map((l) => l.name)];
}

/** A member's doc comment, paragraph by paragraph, in the one order every language uses. */
export function memberParagraphs(parts: DocParts, options: DocOptions = {}): Paragraph[] {
  const out: Paragraph[] = [
    { kind: "meaning", text: parts.meaning },
    { kind: "group", text: `Group: ${parts.group}.` },
  ];
  if (parts.http) out.push({ kind: "http", text: `HTTP mapping: ${parts.http}.` });
  out.push({ kind: "retry", text: `Retry: ${parts.retry}. ${parts.retryNote}` });
  if (parts.override) out.push({ kind: "override", text: `Departs from its status's rule: ${parts.override}` });
  if (parts.action) out.push({ kind: "action", text: `Action: ${parts.action}` });
  const names = lookupNames(parts);
  if (names.length > 0) out.push({ kind: "lookups", text: `Name lookups also accept ${names.join(", ")}.` });
  if (options.escapeNote) out.push({ kind: "escape", text: options.escapeNote });
  const deprecated = deprecationText(parts, options.reference);
  if (deprecated) out.push({ kind: "deprecated", text: `Deprecated: ${deprecated}` });
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

/** The families in the order references present them: by role (the SDK first, then the REST API). */
export function familiesInRoleOrder(model: Model): ResolvedFamily[] {
  return [...model.families].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
}

/** A code's permalink id in every reference: "OperationalError.TrafficLeak". */
export function codeId(family: ResolvedFamily, code: ResolvedCode): string {
  return `${family.name}.${code.name}`;
}

/** A code's value in hex, for a family with integer values. */
export function hexValue(code: ResolvedCode): string | undefined {
  return typeof code.value === "number" ? hex(code.value) : undefined;
}

/** A title as the vendor spells it, with its Latin spelling beside it when it has look-alike letters: "Сommon errors (Common errors)". */
export function titleWithLatin(title: string): string {
  const latin = latinFold(title);
  return latin === title ? title : `${title} (${latin})`;
}

/** For a code of the http-status family, the REST codes the API sends with that status; else none. */
export function restCodesUsing(model: Model, family: ResolvedFamily, code: ResolvedCode): ResolvedCode[] {
  if (family.role !== "http-status") return [];
  return model.restFamily.codes.filter((c) => c.httpStatus === code.value);
}
