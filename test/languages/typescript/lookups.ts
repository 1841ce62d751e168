// The reference for the run-time lookups every language offers: for every key of every code (its value, the
// value's decimal string, its identifier, each alias and older wire name) what the TypeScript describe() and
// retryAdvice() answer, one line each, plus keys no family knows. Each language's consumer test prints the
// same lines through its own lookups and compares them with these, line for line.
// Run it directly to print the lines: npx tsx test/languages/typescript/lookups.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, retryAdvice, type FamilyName } from "../../../src/index.js";
import { ROOT } from "../../support/fixtures.js";

interface CatalogCode {
  name: string;
  value: number | string;
  aliases?: string[];
  legacyNames?: Array<{ name: string }>;
}

/** A value as the lines show it: JSON, which every language can write (non-ASCII left as it is). */
const json = (value: unknown) => JSON.stringify(value);

/** Keys that no family knows, in every family: absent, never an error. */
export const UNKNOWN_KEYS: readonly (string | number)[] = [-1, 65536, "NO_SUCH_CODE", "", " ", "__proto__", "constructor", "0x2007", "8199.0"];

/** Every key of the code that a lookup accepts, in a stable order. */
function keysOf(code: CatalogCode): Array<string | number> {
  const keys: Array<string | number> = [code.value];
  if (typeof code.value === "number") keys.push(String(code.value));
  if (code.name !== code.value) keys.push(code.name);
  for (const alias of code.aliases ?? []) keys.push(alias);
  for (const legacy of code.legacyNames ?? []) keys.push(legacy.name);
  return [...new Set(keys)];
}

/** One line: what a lookup of `key` in `family` answers. */
export function lookupLine(family: FamilyName, key: string | number): string {
  const match = describe(key, family)[0];
  const advice = retryAdvice(key, family);
  if (!match || !advice) return `lookup ${family} ${json(key)} -> unknown`;
  const e = match.entry;
  const deprecated = e.deprecated ? `${e.deprecated.reason}${e.deprecated.replacement ? `:${e.deprecated.replacement}` : ""}` : "none";
  return [
    `lookup ${family} ${json(key)} -> ${e.name}`,
    `by=${match.matchedBy}`,
    `value=${json(e.value)}`,
    `group=${e.group}`,
    `status=${e.httpStatus ?? "none"}`,
    `strategy=${advice.strategy}`,
    `basis=${advice.basis}`,
    `retryable=${e.retryable}`,
    `stability=${e.stability}`,
    `deprecated=${deprecated}`,
    `action=${e.action ? json(e.action.text) : "none"}`,
    `description=${json(e.description)}`,
    `note=${json(advice.note)}`,
    `override=${advice.override === undefined ? "none" : json(advice.override)}`,
  ].join(" ");
}

/** Every [family, key] the lines look up, in their order: what another language's consumer looks up too. */
export function lookupKeys(root: string = ROOT): Array<[FamilyName, string | number]> {
  const catalog = JSON.parse(readFileSync(join(root, "generated", "catalog.json"), "utf8")) as { families: Array<{ name: FamilyName; codes: CatalogCode[] }> };
  const keys: Array<[FamilyName, string | number]> = [];
  for (const family of catalog.families) {
    for (const code of family.codes) for (const key of keysOf(code)) keys.push([family.name, key]);
    for (const key of UNKNOWN_KEYS) keys.push([family.name, key]);
  }
  return keys;
}

export function lookupLines(root: string = ROOT): string[] {
  return lookupKeys(root).map(([family, key]) => lookupLine(family, key));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of lookupLines(process.argv[2] ?? ROOT)) console.log(line);
}
