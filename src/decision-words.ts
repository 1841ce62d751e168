// The words of a retry decision that every language's decision function shares with adviseRetry (the
// decision vectors print them). Kept apart, with no imports, so that the emitters read the same lists
// that type the decision (src/decision/decide.ts).

/** Why adviseRetry answers "fail". */
export const ADVICE_FAIL_REASONS = ["not-an-error", "not-retryable", "attempts-exhausted", "refresh-already-tried", "wait-too-long", "invalid-attempt"] as const;

/** What set a retry's delay. */
export const RETRY_BASES = ["backoff", "retry-after", "rate-limit-reset"] as const;

export type AdviceFailReason = (typeof ADVICE_FAIL_REASONS)[number];
export type RetryBasis = (typeof RETRY_BASES)[number];
