// A retry budget shared by calls: a token bucket, as gRPC's retry throttling keeps one per channel, so that
// a client stops multiplying its load once most of its attempts fail. The numbers are the catalog's
// (retryPolicy.retryBudget), with their basis and reason there.
import { retryPolicy } from "../../generated/ts/retry-policy.js";

/** The budget's numbers; see the catalog's retryBudget for what each means. */
export interface RetryBudgetSettings {
  maxTokens: number;
  failureCost: number;
  successRefund: number;
  retryAbove: number;
}

/** A budget's state, for metrics and logs. */
export interface RetryBudgetState extends RetryBudgetSettings {
  tokens: number;
  /** Retries the budget refused since it was made. */
  refused: number;
}

/** A retry budget that the calls sharing it draw on (withRetry's `budget` option); see createRetryBudget. */
export interface RetryBudget {
  /** Whether a retry may be made now: more than `retryAbove` tokens are left. */
  allowsRetry(): boolean;
  /** An attempt failed transiently (a retryable status, a network error): takes `failureCost`. */
  recordFailure(): void;
  /** An attempt succeeded: gives back `successRefund`, up to `maxTokens`. */
  recordSuccess(): void;
  /** A retry was refused: counted in the state. */
  recordRefusal(): void;
  /** The balance and the numbers, as a fresh object. */
  state(): RetryBudgetState;
}

const positive = (x: unknown, fallback: number, allowZero: boolean): number => (typeof x === "number" && Number.isFinite(x) && (allowZero ? x >= 0 : x > 0) ? x : fallback);

/**
 * A token bucket with the catalog's numbers (or yours): it starts full; each transiently failed attempt takes
 * `failureCost`, each success gives back `successRefund`, and a retry is allowed only while more than
 * `retryAbove` tokens are left, so the balance never goes below 0 and, once most attempts fail, calls make
 * one attempt each until successes refill it. Share one per API (or per client), not one per call.
 */
export function createRetryBudget(settings: Partial<RetryBudgetSettings> = {}): RetryBudget {
  // A catalog without a budget: one that never runs dry, unless the settings say otherwise.
  // Read here, not at module level, so that importing anything else from the package leaves the policy out.
  const base: RetryBudgetSettings = retryPolicy.retryBudget ?? { maxTokens: Number.MAX_VALUE, failureCost: 1, successRefund: 0, retryAbove: 0 };
  const maxTokens = positive(settings.maxTokens, base.maxTokens, false);
  const failureCost = positive(settings.failureCost, base.failureCost, false);
  const successRefund = positive(settings.successRefund, base.successRefund, true);
  const retryAbove = Math.min(positive(settings.retryAbove, base.retryAbove, true), maxTokens);
  let tokens = maxTokens;
  let refused = 0;
  return {
    allowsRetry: () => tokens > retryAbove,
    recordFailure() {
      tokens = Math.max(0, tokens - failureCost);
    },
    recordSuccess() {
      tokens = Math.min(maxTokens, tokens + successRefund);
    },
    recordRefusal() {
      refused++;
    },
    state: () => ({ tokens, refused, maxTokens, failureCost, successRefund, retryAbove }),
  };
}
