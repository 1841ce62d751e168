import type { FamilyName, RetryStrategy } from "../generated/ts/catalog-types.js";
import { RETRYING_STRATEGIES, RETRY_INDEX, STRATEGIES } from "../generated/ts/retry-index.js";

interface RetryTables {
  /** Every key (name, value, and a value's decimal string) to the strategies of all its matches. */
  strategies: Map<unknown, readonly RetryStrategy[]>;
  /** The same keys to the short answer: true only if every match can be retried. */
  retryable: Map<unknown, boolean>;
  perFamily: Map<FamilyName, Map<unknown, RetryStrategy>>;
}

let tables: RetryTables | undefined;

// Built on first use, so that the import costs nothing and a call is one Map lookup.
function build(): RetryTables {
  const strategies = new Map<unknown, RetryStrategy[]>();
  const perFamily = new Map<FamilyName, Map<unknown, RetryStrategy>>();
  for (const family of Object.keys(RETRY_INDEX) as FamilyName[]) {
    const own = new Map<unknown, RetryStrategy>();
    for (const [name, strategy, value] of RETRY_INDEX[family]) {
      const s = STRATEGIES[strategy]!;
      own.set(name, s);
      // "8199" from a log line means 8199.
      if (value !== undefined) own.set(value, s).set(String(value), s);
    }
    perFamily.set(family, own);
    for (const [key, s] of own) strategies.set(key, [...(strategies.get(key) ?? []), s]);
  }
  const retryable = new Map([...strategies].map(([key, all]) => [key, all.every((s) => RETRYING_STRATEGIES.includes(s))]));
  return { strategies, retryable, perFamily };
}

/** The retry strategies of every code that `code` names (by value or name) in `family`, or in every family. */
export function retryStrategies(code: unknown, family?: FamilyName): readonly RetryStrategy[] {
  tables ??= build();
  if (family === undefined) return tables.strategies.get(code) ?? [];
  const s = tables.perFamily.get(family)?.get(code);
  return s === undefined ? [] : [s];
}

/**
 * Whether sending the request again (after the advice's step: backoff, token refresh, waiting for the
 * rate window, reconnecting) can succeed. A name in two families with different advice, such as
 * "TooManyRequests", is retryable only if every match is; pass `family` to be exact. Unknown input: false.
 */
export function isRetryable(code: unknown, family?: FamilyName): boolean {
  tables ??= build();
  if (family === undefined) return tables.retryable.get(code) === true;
  const s = tables.perFamily.get(family)?.get(code);
  return s !== undefined && RETRYING_STRATEGIES.includes(s);
}
