// The package root. Every export is tree-shakeable: an import of one enum bundles that enum alone.
export { HttpStatus, isHttpStatus } from "../generated/ts/http-status.js";
export { OperationalError, isOperationalError } from "../generated/ts/operational-error.js";
export { ResponseResult, isResponseResult } from "../generated/ts/response-result.js";
export { RestErrorCode, isRestErrorCode } from "../generated/ts/rest-error-code.js";
export { httpStatusByName, httpStatusByValue, httpStatusEntries } from "../generated/ts/http-status.table.js";
export { operationalErrorByName, operationalErrorByValue, operationalErrorEntries } from "../generated/ts/operational-error.table.js";
export { responseResultByName, responseResultByValue, responseResultEntries } from "../generated/ts/response-result.table.js";
export { restErrorCodeByName, restErrorCodeByValue, restErrorCodeEntries } from "../generated/ts/rest-error-code.table.js";
export { retryPolicy } from "../generated/ts/retry-policy.js";
export { describe, entries, restErrorCodesForStatus, retryAdvice, type Match } from "./lookup.js";
export { isRetryable, retryStrategies } from "./retryable.js";
export type * from "../generated/ts/catalog-types.js";
export type * from "../generated/ts/api-response.js";
export { ApiError, parseApiResponse, type ApiErrorResult, type ApiSuccessResult, type InvalidReason, type InvalidResponseResult, type ParseOptions, type ParsedResponse, type RawResponse } from "./parse.js";
export { TokenRefreshError, adviseRetry, rateLimitWaitMs, retryDelayMs, withRetry, type AdviseOptions, type FailReason, type RetryDecision, type WithRetryOptions } from "./retry.js";
export type { HeadersLike } from "./headers.js";
