// The facts a language's retry decision function needs, computed once from the model, so that each
// language only renders them as its own constants: the backoff schedule, the rate-limit headers and
// ceiling, each status's strategy and each REST code's strategy and documented status.
import type { Model, RetryAdvice, RetryPolicy, RetryStrategy } from "./model.js";

/**
 * Strategies under which the decision (src/decision/decide.ts) fails at once: nothing a client does at the HTTP
 * level (a wait, a token refresh) helps. A status or code the catalog does not list fails as well.
 */
export const FAILING_STRATEGIES: readonly RetryStrategy[] = ["no-retry", "not-applicable", "reconnect-tunnel"];

/** Why a code's advice says what it says, for a decision's detail: its override of the status rule, else its note. */
export function failureReason(advice: RetryAdvice): string {
  return advice.override ?? advice.note;
}

export interface CodeDecisionFacts {
  /** The code as it arrives in error.code. */
  wire: string;
  strategy: RetryStrategy;
  /** The status the catalog documents for the code; a code seen under another status is a conflict. */
  httpStatus: number | undefined;
  /** Why the code fails, for a decision's detail: its override of the status rule, else its note. */
  reason: string;
}

/** The backoff schedule as the catalog gives it, without its provenance. */
export interface DecisionPolicy extends Omit<RetryPolicy["backoff"], "basis" | "note"> {
  retryAfterHeader: string;
  resetHeader: string;
  /** The longest wait a client honours; a server asking for more gets "wait-too-long". */
  maxWaitMs: number;
  /** A reset value from this up is Unix ms rather than Unix seconds; undefined: always seconds. */
  resetMillisecondsFrom: number | undefined;
  /** Whether a known code under a foreign status takes the more cautious of the two answers. */
  mostCautious: boolean;
  /** Every status of the http-status family with its strategy, by status. */
  statuses: Array<{ status: number; strategy: RetryStrategy }>;
  /** Every REST code, in catalog order. */
  codes: CodeDecisionFacts[];
}

export function decisionPolicy(model: Model): DecisionPolicy {
  const { backoff, rateLimit, codeStatusConflict } = model.retryPolicy;
  return {
    initialDelayMs: backoff.initialDelayMs,
    multiplier: backoff.multiplier,
    jitterMinMs: backoff.jitterMinMs,
    jitterMaxMs: backoff.jitterMaxMs,
    maxRetries: backoff.maxRetries,
    maxDelayMs: backoff.maxDelayMs,
    retryAfterHeader: rateLimit.retryAfterHeader,
    resetHeader: rateLimit.resetHeader,
    maxWaitMs: rateLimit.maxWaitMs,
    resetMillisecondsFrom: rateLimit.resetMillisecondsFrom,
    mostCautious: codeStatusConflict?.rule === "most-cautious",
    statuses: [...model.statusStrategy].sort(([a], [b]) => a - b).map(([status, strategy]) => ({ status, strategy })),
    codes: model.restFamily.codes.map((c) => ({ wire: String(c.value), strategy: c.retry.strategy, httpStatus: c.httpStatus, reason: failureReason(c.retry) })),
  };
}
