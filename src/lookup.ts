import type { CodeEntry, FamilyName, RetryAdvice } from "../generated/ts/catalog-types.js";
import { httpStatusByName, httpStatusByValue, httpStatusEntries } from "../generated/ts/http-status.table.js";
import { operationalErrorByName, operationalErrorByValue, operationalErrorEntries } from "../generated/ts/operational-error.table.js";
import { responseResultByName, responseResultByValue, responseResultEntries } from "../generated/ts/response-result.table.js";
import type { RestErrorCode } from "../generated/ts/rest-error-code.js";
import { restErrorCodeByName, restErrorCodeByValue, restErrorCodeEntries } from "../generated/ts/rest-error-code.table.js";
import { lookupKeys, type MatchedBy } from "./lookup-table.js";

interface FamilyTable {
  name: FamilyName;
  entries: readonly CodeEntry[];
  byValue(value: unknown): CodeEntry | undefined;
  byName(name: unknown): CodeEntry | undefined;
}

const FAMILIES: readonly FamilyTable[] = [
  { name: "HttpStatus", entries: httpStatusEntries, byValue: httpStatusByValue, byName: httpStatusByName },
  { name: "OperationalError", entries: operationalErrorEntries, byValue: operationalErrorByValue, byName: operationalErrorByName },
  { name: "ResponseResult", entries: responseResultEntries, byValue: responseResultByValue, byName: responseResultByName },
  { name: "RestErrorCode", entries: restErrorCodeEntries, byValue: restErrorCodeByValue, byName: restErrorCodeByName },
];

/** One family's entry for a looked-up code, and how the input matched it. */
export interface Match {
  family: FamilyName;
  entry: CodeEntry;
  /** "alias" and "legacyName" mean the input was not the current identifier: show the entry's name. */
  matchedBy: MatchedBy;
}

const NO_MATCHES: readonly Match[] = Object.freeze([]);

interface Index {
  /** Every key a caller may use (value, a value's decimal string, name, alias, older wire name) to its matches. */
  all: Map<unknown, readonly Match[]>;
  perFamily: Map<FamilyName, Map<unknown, readonly Match[]>>;
}
let index: Index | undefined;

/** Built once on first use. Results are frozen and shared, so that a lookup is one Map.get. */
function buildIndex(): Index {
  const all = new Map<unknown, Match[]>();
  const perFamily = new Map<FamilyName, Map<unknown, readonly Match[]>>();
  for (const table of FAMILIES) {
    const own = new Map<unknown, Match>();
    for (const [key, entry, matchedBy] of lookupKeys(table.entries)) own.set(key, Object.freeze({ family: table.name, entry, matchedBy }));
    perFamily.set(table.name, new Map([...own].map(([key, match]) => [key, Object.freeze([match])])));
    for (const [key, match] of own) all.set(key, [...(all.get(key) ?? []), match]);
  }
  for (const matches of all.values()) Object.freeze(matches);
  return { all, perFamily };
}

/**
 * Every family's entry for a value or a name: 8199, "8199", "TrafficLeak", "TOKEN_EXPIRED", 429.
 * A name in two families ("ConnectionTimeout") gives both. Unknown or garbage input gives [].
 * The result is frozen and shared between calls.
 */
export function describe(code: unknown, family?: FamilyName): readonly Match[] {
  index ??= buildIndex();
  if (family === undefined) return index.all.get(code) ?? NO_MATCHES;
  return index.perFamily.get(family)?.get(code) ?? NO_MATCHES;
}

/**
 * The full retry advice (strategy, basis, note, override) for a code. When the input matches codes in
 * several families whose advice differs, it is ambiguous and the result is undefined: pass `family`.
 */
export function retryAdvice(code: unknown, family?: FamilyName): RetryAdvice | undefined {
  const advice = describe(code, family).map((m) => m.entry.retry);
  if (advice.length === 0) return undefined;
  return advice.every((a) => a.strategy === advice[0]!.strategy) ? advice[0] : undefined;
}

/** The REST error codes the API documents for an HTTP status: 401 gives AUTH_REQUIRED, TOKEN_EXPIRED, TOKEN_INVALID. */
export function restErrorCodesForStatus(status: unknown): RestErrorCode[] {
  // A decimal string ("401" from a log line) means its number.
  const wanted = typeof status === "string" && /^[1-9]\d{2}$/.test(status) ? Number(status) : status;
  if (typeof wanted !== "number" || !Number.isInteger(wanted)) return [];
  return restErrorCodeEntries.filter((e) => e.httpStatus === wanted).map((e) => e.name as RestErrorCode);
}

/** Every entry of every family, or of one. */
export function entries(family?: FamilyName): readonly CodeEntry[] {
  return FAMILIES.filter((t) => family === undefined || t.name === family).flatMap((t) => t.entries);
}
