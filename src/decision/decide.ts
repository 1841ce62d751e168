// The retry decision that every language's runtime mirrors (runtime/SPEC.md §6, §7): a response already
// read, its headers, the attempt and whether the token was refreshed give retry, refresh-token or fail.
import type { RetryStrategy } from "../../generated/ts/catalog-types.js";
import { FAILING_STRATEGIES, FAIL_REASON, MOST_CAUTIOUS, STATUS_STRATEGY, retryPolicy } from "../../generated/ts/retry-policy.js";
import type { RawResponse } from "../body/response.js";
import type { AdviceFailReason, RetryBasis } from "../decision-words.js";
import type { ParsedResponse } from "../envelope/result.js";
import { retryDelayMs, serverWaitDelayMs } from "./backoff.js";
import { rateLimitWaitMs } from "./rate-limit.js";

export type FailReason =
  | AdviceFailReason
  /** withRetry: a POST or PATCH that the server may have carried out, without idempotent or an Idempotency-Key. */
  | "not-idempotent"
  /** withRetry: a thrown error that is not a network failure (a bug in the caller's code, say). */
  | "not-transient"
  /** withRetry: the next wait would end after deadlineMs. */
  | "deadline"
  /** withRetry: shouldRetry declined. */
  | "vetoed"
  /** withRetry: the shared retry budget has too few tokens left (createRetryBudget). */
  | "budget-exhausted";

export type RetryDecision =
  /** Send the request again after `delayMs`. `basis` says what set the delay. */
  | { action: "retry"; delayMs: number; basis: RetryBasis }
  /** Refresh the access token, then send the original request once more. */
  | { action: "refresh-token" }
  | { action: "fail"; reason: FailReason; detail: string };

/** A status's own strategy, from its entry in the http-status family; undefined for a status the catalog does not list. */
function statusStrategy(status: number): RetryStrategy | undefined {
  return Object.prototype.hasOwnProperty.call(STATUS_STRATEGY, status) ? STATUS_STRATEGY[status] : undefined;
}

export const notAnError = (status: number): RetryDecision => ({ action: "fail", reason: "not-an-error", detail: `status ${status} is a success` });

/** The decision for a response already parsed, at a valid attempt; adviseRetry and withRetry check the attempt and read the body. */
export function decide(parsed: ParsedResponse, headers: RawResponse["headers"], attempt: number, now: number, options: { tokenRefreshed: boolean; random: () => number }): RetryDecision {
  const { status } = parsed;
  if (status >= 200 && status < 300) return notAnError(status);

  const known = parsed.kind === "api-error" ? parsed.entry : undefined;
  const knownReason = known && Object.prototype.hasOwnProperty.call(FAIL_REASON, String(known.value)) ? FAIL_REASON[String(known.value)] : undefined;
  const byStatus = statusStrategy(status);
  let strategy: RetryStrategy | undefined;
  let subject: string;
  let reason: string | undefined;
  if (known && known.httpStatus === status) {
    strategy = known.retry.strategy;
    subject = `${known.name} (${status})`;
    reason = knownReason;
  } else if (known) {
    // The server contradicts itself (QUOTA_EXCEEDED on a 503): the policy's codeStatusConflict rule.
    subject = `${known.name} (${status}, documented ${known.httpStatus ?? "without a status"})`;
    if (MOST_CAUTIOUS && FAILING_STRATEGIES.includes(known.retry.strategy)) {
      strategy = known.retry.strategy;
      reason = `${knownReason ?? "the code is not retryable"} (code and status disagree; the more cautious wins)`;
    } else {
      strategy = byStatus;
    }
  } else {
    strategy = byStatus;
    subject = parsed.kind === "api-error" ? `unknown code ${parsed.code} (${status})` : `status ${status}`;
  }

  if (strategy === undefined) return { action: "fail", reason: "not-retryable", detail: `${subject}: the retry policy does not list status ${status}` };
  if (FAILING_STRATEGIES.includes(strategy)) return { action: "fail", reason: "not-retryable", detail: `${subject}: ${reason ?? "the policy says it will not resolve with retries"}` };
  if (strategy === "refresh-credentials") {
    return options.tokenRefreshed ? { action: "fail", reason: "refresh-already-tried", detail: `${subject} again after a token refresh: re-authenticate` } : { action: "refresh-token" };
  }

  const backoff = retryDelayMs(attempt, options.random);
  if (backoff === undefined) return { action: "fail", reason: "attempts-exhausted", detail: `${subject}: ${retryPolicy.backoff.maxRetries} retries already made` };
  if (strategy === "wait-for-window") {
    const wait = rateLimitWaitMs(headers, now);
    if (wait) {
      if (wait.waitMs > retryPolicy.rateLimit.maxWaitMs) {
        return {
          action: "fail",
          reason: "wait-too-long",
          detail: `${subject}: the server asks for ${Math.ceil(wait.waitMs / 1000)} s, over the ${retryPolicy.rateLimit.maxWaitMs / 1000} s a client waits`,
        };
      }
      return { action: "retry", delayMs: serverWaitDelayMs(wait.waitMs, options.random), basis: wait.basis };
    }
  }
  return { action: "retry", delayMs: backoff, basis: "backoff" };
}
