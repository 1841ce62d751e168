import type { FamilyName, RetryStrategy } from "../generated/ts/catalog-types.js";
import { RETRY_INDEX, STRATEGIES } from "../generated/ts/retry-index.js";
import { candidateValues } from "./input.js";

const RETRYING: ReadonlySet<RetryStrategy> = new Set<RetryStrategy>(["backoff", "wait-for-window", "refresh-credentials", "reconnect-tunnel"]);

/** The retry strategies of every code that `code` names (by value or name) in `family`, or in every family. */
export function retryStrategies(code: unknown, family?: FamilyName): RetryStrategy[] {
  const wanted = candidateValues(code);
  if (wanted.length === 0) return [];
  const out: RetryStrategy[] = [];
  for (const name of Object.keys(RETRY_INDEX) as FamilyName[]) {
    if (family !== undefined && name !== family) continue;
    for (const [codeName, strategy, value = codeName] of RETRY_INDEX[name]) {
      if (wanted.includes(value) || wanted.includes(codeName)) {
        out.push(STRATEGIES[strategy]!);
        break;
      }
    }
  }
  return out;
}

/**
 * Whether sending the request again (after the advice's step: backoff, token refresh, waiting for the
 * rate window, reconnecting) can succeed. A name in two families with different advice, such as
 * "TooManyRequests", is retryable only if every match is; pass `family` to be exact. Unknown input: false.
 */
export function isRetryable(code: unknown, family?: FamilyName): boolean {
  const strategies = retryStrategies(code, family);
  return strategies.length > 0 && strategies.every((s) => RETRYING.has(s));
}
