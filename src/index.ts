// The package root. Every export is tree-shakeable: an import of one enum bundles that enum alone.
export * from "../generated/ts/exports.js";
export { FAMILIES } from "../generated/ts/families.js";
export { retryPolicy } from "../generated/ts/retry-policy.js";
export { describe, entries, restErrorCodesForStatus, retryAdvice, type CodeName, type FamilyEntry, type FamilyMatch, type LookupKey, type Match, type MatchedBy } from "./lookup.js";
export { isRetryable, retryStrategies } from "./retryable.js";
export type * from "../generated/ts/catalog-types.js";
export type * from "../generated/ts/api-response.js";
export { ApiError, DEFAULT_BODY_TIMEOUT_MS, DEFAULT_MAX_BODY_LENGTH, parseApiResponse, type ApiErrorResult, type ApiSuccessResult, type InvalidReason, type InvalidResponseResult, type ParseOptions, type ParsedResponse, type RawResponse, type ResponseLike } from "./parse.js";
export {
  AttemptTimeoutError,
  RetryDeadlineError,
  TokenRefreshError,
  adviseRetry,
  createTokenRefresher,
  rateLimitWaitMs,
  retryDelayMs,
  withRetry,
  type AdviseOptions,
  type AttemptContext,
  type FailReason,
  type RetryContext,
  type RetryDecision,
  type RetryEvent,
  type TokenRefresher,
  type WithRetryOptions,
} from "./retry.js";
export { networkFailure, type NetworkFailure } from "./network-errors.js";
export type { HeadersLike } from "./headers.js";
