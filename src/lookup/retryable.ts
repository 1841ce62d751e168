import type { FamilyName, RetryStrategy } from "../../generated/ts/catalog-types.js";
import { nameKeys, valueKeys } from "../../generated/ts/keys.js";
import { FAMILY_KEYS, RETRYING_STRATEGIES, STRATEGIES } from "../../generated/ts/retry-index.js";

interface RetryTables {
  /** Every key to the strategies of all its matches, across families. */
  strategies: Map<unknown, readonly RetryStrategy[]>;
  perFamily: Map<FamilyName, Map<unknown, RetryStrategy>>;
  /** isRetryable's answer for every key, decided once: a lookup is then one Map.get (bench/rows/lookups.ts). */
  retryable: Map<unknown, boolean>;
  retryableIn: Map<FamilyName, Map<unknown, boolean>>;
}

let tables: RetryTables | undefined;

const retrying = (s: RetryStrategy): boolean => RETRYING_STRATEGIES.includes(s);

// Built on first use from the same generated keys as describe(), so that the two agree on every input;
// the keys carry no prose, so that isRetryable stays small.
function build(): RetryTables {
  const strategies = new Map<unknown, RetryStrategy[]>();
  const perFamily = new Map<FamilyName, Map<unknown, RetryStrategy>>();
  const retryableIn = new Map<FamilyName, Map<unknown, boolean>>();
  for (const keys of FAMILY_KEYS) {
    const own = new Map<unknown, RetryStrategy>();
    for (const [key, i] of [...nameKeys(keys), ...valueKeys(keys)]) if (!own.has(key)) own.set(key, STRATEGIES[keys.strategies[i]!]!);
    perFamily.set(keys.family, own);
    retryableIn.set(keys.family, new Map([...own].map(([key, s]) => [key, retrying(s)])));
    for (const [key, s] of own) strategies.set(key, [...(strategies.get(key) ?? []), s]);
  }
  // A key in two families is retryable only if every match is.
  const retryable = new Map([...strategies].map(([key, all]) => [key, all.every(retrying)]));
  return { strategies, perFamily, retryable, retryableIn };
}

const NONE: readonly RetryStrategy[] = Object.freeze([]);

/** The retry strategies of every code that `code` names (by value or name) in `family`, or in every family. */
export function retryStrategies(code: unknown, family?: FamilyName): readonly RetryStrategy[] {
  tables ??= build();
  if (family === undefined) return tables.strategies.get(code) ?? NONE;
  const s = tables.perFamily.get(family)?.get(code);
  return s === undefined ? NONE : [s];
}

/**
 * Whether sending the request again (after the advice's step: backoff, token refresh, waiting for the
 * rate window, reconnecting) can succeed. A name in two families with different advice, such as
 * "TooManyRequests", is retryable only if every match is; pass `family` to be exact. Unknown input: false.
 */
export function isRetryable(code: unknown, family?: FamilyName): boolean {
  tables ??= build();
  return (family === undefined ? tables.retryable.get(code) : tables.retryableIn.get(family)?.get(code)) === true;
}
