// The forgiving lookup, as one set of rules: the CLI applies them to the generated tables, and
// scripts/emit/html.ts embeds the terms computed here in the HTML page, whose script mirrors `matchTerms`.
import { foldKey, hexToDecimal, latinFold } from "./text.js";

/** What a search reads of a code besides its keys (a catalog code or a runtime entry). */
export interface Searchable {
  label?: string;
  description: string;
  httpStatus?: number;
}

/** A code as a search sees it. */
export interface Terms {
  /** Folded names (identifier, aliases, older wire names) and, for an integer value, its decimal string. */
  keys: string[];
  /** The HTTP status, as a decimal string. */
  status?: string;
  /** The words of its names (split at case changes and separators) and of its meaning, folded. */
  words: string[];
}

/** The words of a text or an identifier, folded: "TrafficLeak" gives traffic, leak; "TOKEN_EXPIRED" gives token, expired. */
export function splitWords(text: string): string[] {
  return latinFold(text)
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "");
}

/**
 * A code's search terms from its lookup keys, as the model resolved them (identifier, aliases, older wire
 * names, value and its decimal string), so that the search and the exact lookups know the same names.
 */
export function searchTerms(code: Searchable, keys: ReadonlyArray<string | number>): Terms {
  const names = keys.filter((k): k is string => typeof k === "string" && !/^\d+$/.test(k));
  const folded = keys.map((k) => (typeof k === "number" ? String(k) : foldKey(k)));
  const words = [...names.flatMap(splitWords), ...(code.label !== undefined ? splitWords(code.label) : []), ...splitWords(code.description)];
  return { keys: [...new Set(folded)], ...(code.httpStatus !== undefined ? { status: String(code.httpStatus) } : {}), words: [...new Set(words)] };
}

/** A query that is a number (decimal, signed, or hex) names a value, never words: "10" finds no "10 seconds". */
const NUMBER = /^\s*([-+]?\d+|0x[0-9a-f]+)\s*$/i;

/** The key an input names: a hex value's decimal string, else the folded input. */
export function queryKey(query: string): string {
  return hexToDecimal(query) ?? foldKey(query);
}

/**
 * The codes a query finds, by index into `terms`. "key": the query is a code's name in any case and with
 * any separators, its value in decimal or hex, or its HTTP status; only when no code has such a key and
 * the query is not a number, "words": every word of the query starts a word of the code's names or meaning.
 */
export function matchTerms(query: string, terms: readonly Terms[]): { how: "key" | "words"; indices: number[] } {
  const key = queryKey(query);
  const all = terms.map((_, i) => i);
  if (key === "") return { how: "key", indices: [] };
  const byKey = all.filter((i) => terms[i]!.keys.includes(key) || terms[i]!.status === key);
  if (byKey.length > 0 || NUMBER.test(query)) return { how: "key", indices: byKey };
  const wanted = splitWords(query);
  const byWords = all.filter((i) => wanted.every((w) => terms[i]!.words.some((t) => t.startsWith(w))));
  return { how: "words", indices: wanted.length > 0 ? byWords : [] };
}
