import type { CodeEntry, FamilyName, KeyKind, RetryAdvice } from "../../generated/ts/catalog-types.js";
import type { FamilyEnums } from "../../generated/ts/family-enums.js";
import { nameKeys, valueKeys } from "../../generated/ts/keys.js";
import { FAMILY_TABLES } from "../../generated/ts/lookup-index.js";
import { restCodeEntries, type RestCode } from "../../generated/ts/roles.js";

/** How an input found its entry: "alias" and "legacyName" mean it was not the current identifier. */
export type MatchedBy = KeyKind;

/** The identifiers of a family's codes (of every family by default), as literal types: what editors complete. */
export type CodeName<F extends FamilyName = FamilyName> = F extends FamilyName ? keyof FamilyEnums[F] & string : never;

/**
 * What the lookups accept: a known identifier (completed by editors), or any other string or number (a
 * value, an alias, an older wire name, or garbage, which finds nothing).
 */
export type LookupKey<F extends FamilyName = FamilyName> = CodeName<F> | (string & {}) | number;

/** A family's entry with its name and value typed as the family's enum: entry.value is an OperationalError. */
export type FamilyEntry<F extends FamilyName = FamilyName> = [F] extends [never]
  ? CodeEntry
  : F extends FamilyName
    ? Omit<CodeEntry, "family" | "name" | "value"> & { family: F; name: CodeName<F>; value: FamilyEnums[F][CodeName<F>] }
    : never;

/** One family's entry for a looked-up code, and how the input matched it. */
export interface Match {
  family: FamilyName;
  entry: CodeEntry;
  /** "alias" and "legacyName" mean the input was not the current identifier: show the entry's name. */
  matchedBy: MatchedBy;
}

/** A Match as describe() types it: narrowing `family` narrows `entry` to that family's names and enum. */
export type FamilyMatch<F extends FamilyName = FamilyName> = F extends FamilyName ? Omit<Match, "family" | "entry"> & { family: F; entry: FamilyEntry<F> } : never;

const NO_MATCHES: readonly Match[] = Object.freeze([]);

/** Every key of each entry, in the model's priority order: what describe() finds it by. */
const keysByEntry = new Map<CodeEntry, Array<string | number>>();

interface Index {
  /** Every key a caller may use (value, a value's decimal string, name, alias, older wire name) to its matches. */
  all: Map<unknown, readonly Match[]>;
  perFamily: Map<FamilyName, Map<unknown, readonly Match[]>>;
  /** retryAdvice()'s answers, decided once per key: a key whose families disagree has none. */
  advice: Map<unknown, RetryAdvice>;
  familyAdvice: Map<FamilyName, Map<unknown, RetryAdvice>>;
}
let index: Index | undefined;

/**
 * Built once on first use from the generated keys, in which the catalog's model has already applied the
 * priority rule. Names come before values only where they are the same key (a name family's identifier),
 * so that such a key keeps matchedBy "name". Results are frozen and shared: a lookup is one Map.get.
 */
function buildIndex(): Index {
  const all = new Map<unknown, Match[]>();
  const perFamily = new Map<FamilyName, Map<unknown, readonly Match[]>>();
  for (const { family, entries, keys } of FAMILY_TABLES) {
    const own = new Map<unknown, readonly Match[]>();
    const add = (key: string | number, i: number, matchedBy: MatchedBy) => {
      if (own.has(key)) return;
      own.set(key, Object.freeze([Object.freeze({ family, entry: entries[i]!, matchedBy })]));
      keysByEntry.set(entries[i]!, [...(keysByEntry.get(entries[i]!) ?? []), key]);
    };
    for (const [key, i, kind] of [...nameKeys(keys), ...valueKeys(keys)]) add(key, i, kind);
    perFamily.set(family, own);
    for (const [key, [match]] of own) all.set(key, [...(all.get(key) ?? []), match!]);
  }
  for (const matches of all.values()) Object.freeze(matches);
  return { all, perFamily, advice: adviceOf(all), familyAdvice: new Map([...perFamily].map(([family, own]) => [family, adviceOf(own)])) };
}

/** Each key's shared advice, where its matches agree on the strategy (the first match's, as describe() orders them). */
function adviceOf(matches: Map<unknown, readonly Match[]>): Map<unknown, RetryAdvice> {
  const out = new Map<unknown, RetryAdvice>();
  for (const [key, found] of matches) {
    const first = found[0]!.entry.retry;
    if (found.every((m) => m.entry.retry.strategy === first.strategy)) out.set(key, first);
  }
  return out;
}

/**
 * Every family's entry for a value or a name: 8199, "8199", "TrafficLeak", "TOKEN_EXPIRED", 429.
 * A name in two families ("ConnectionTimeout") gives both. Unknown or garbage input gives [].
 * The result is frozen and shared between calls.
 */
export function describe<F extends FamilyName>(code: LookupKey<F>, family: F): readonly FamilyMatch<F>[];
export function describe(code: LookupKey): readonly FamilyMatch[];
export function describe(code: unknown, family?: FamilyName): readonly FamilyMatch[];
export function describe(code: unknown, family?: FamilyName): readonly Match[] {
  index ??= buildIndex();
  if (family === undefined) return index.all.get(code) ?? NO_MATCHES;
  return index.perFamily.get(family)?.get(code) ?? NO_MATCHES;
}

/** The keys by which describe() finds `entry`: its identifier, aliases, older wire names and value. */
export function entryKeys(entry: CodeEntry): ReadonlyArray<string | number> {
  index ??= buildIndex();
  return keysByEntry.get(entry) ?? [];
}

/**
 * The full retry advice (strategy, basis, note, override) for a code. When the input matches codes in
 * several families whose advice differs, it is ambiguous and the result is undefined: pass `family`.
 */
export function retryAdvice(code: LookupKey, family?: FamilyName): RetryAdvice | undefined;
export function retryAdvice(code: unknown, family?: FamilyName): RetryAdvice | undefined;
export function retryAdvice(code: unknown, family?: FamilyName): RetryAdvice | undefined {
  index ??= buildIndex();
  // One Map.get of an answer decided when the index was built: no allocation, the shared frozen advice.
  if (family === undefined) return index.advice.get(code);
  return index.familyAdvice.get(family)?.get(code);
}

/** The REST error codes the API documents for an HTTP status: 401 gives AUTH_REQUIRED, TOKEN_EXPIRED, TOKEN_INVALID. */
export function restErrorCodesForStatus(status: unknown): RestCode[] {
  // A decimal string ("401" from a log line) means its number.
  const wanted = typeof status === "string" && /^[1-9]\d{2}$/.test(status) ? Number(status) : status;
  if (typeof wanted !== "number" || !Number.isInteger(wanted)) return [];
  return restCodeEntries.filter((e) => e.httpStatus === wanted).map((e) => e.name as RestCode);
}

let allEntries: readonly CodeEntry[] | undefined;
const NO_ENTRIES: readonly CodeEntry[] = Object.freeze([]);

/** Every entry of every family, or of one: shared and frozen, like every lookup result. */
export function entries<F extends FamilyName>(family: F): readonly FamilyEntry<F>[];
export function entries(family?: FamilyName): readonly FamilyEntry[];
export function entries(family?: FamilyName): readonly CodeEntry[] {
  if (family === undefined) return (allEntries ??= Object.freeze(FAMILY_TABLES.flatMap((t) => t.entries)));
  return FAMILY_TABLES.find((t) => t.family === family)?.entries ?? NO_ENTRIES;
}
