// Generated from catalog/*.yaml by scripts/emit/typescript.ts (npm run build); do not edit.
import type { RetryPolicy, RetryStrategy } from "./catalog-types.js";
import { deepFreeze } from "./freeze.js";

/**
 * The OrbVPN REST API's retry policy: backoff schedule, retryable statuses, token refresh and rate-limit headers.
 */
export const retryPolicy: RetryPolicy = /* @__PURE__ */ deepFreeze({
  appliesTo: "RestErrorCode",
  source: {
    title: "Error Reference",
    publisher: "OrbVPN",
    seed: "002_f4e7839644c2f440.txt",
    section: "Retry Strategy: Exponential Backoff",
  },
  backoff: {
    initialDelayMs: 1000,
    multiplier: 2,
    jitterMinMs: 0,
    jitterMaxMs: 500,
    maxRetries: 5,
    maxDelayMs: 32000,
    basis: "documented",
    note: "The page's schedule waits 1 s, 2 s, 4 s, 8 s and 16 s plus random(0-500 ms) before retries 1 to 5, with at most 5 retries and a maximum delay of 32 s; the jitter avoids thundering-herd problems.",
  },
  statuses: {
    retryable: [429, 500, 502, 503],
    nonRetryable: [400, 401, 403, 404, 409, 422],
    basis: "documented",
  },
  tokenRefresh: {
    status: 401,
    code: "TOKEN_EXPIRED",
    endpoint: "POST /api/v1/auth/refresh",
    bodyField: "refreshToken",
    retriesAfterRefresh: 1,
    onRefreshFailure: "Re-authenticate; do not prompt the user to log in again unless the refresh also fails.",
    accessTokenLifetimeSeconds: 86400,
    basis: "documented",
  },
  rateLimit: {
    limitHeader: "X-RateLimit-Limit",
    remainingHeader: "X-RateLimit-Remaining",
    resetHeader: "X-RateLimit-Reset",
    resetUnit: "unix-seconds",
    retryAfterHeader: "Retry-After",
    maxWaitMs: 300000,
    resetMillisecondsFrom: 1000000000000,
    basis: "inferred",
    note: "The header names and the Unix-seconds unit come from OrbVPN's rate-limit guide; the 5-minute ceiling on an honoured wait is this catalog's bound; a 429 or 5xx may come from a proxy with a non-JSON body. A reset value of 1e12 or more is read as Unix milliseconds (13 digits), which some proxies and gateways send: in seconds it would lie over 31,000 years ahead.",
  },
  codeStatusConflict: {
    rule: "most-cautious",
    basis: "inferred",
    note: "When a known code arrives with a status other than its documented one (QUOTA_EXCEEDED on a 503), the server contradicts itself; the more cautious of the code's advice and the status's rule wins, so a no-retry from either means no retry. When both would retry, the status's rule sets the wait.",
  },
  networkErrors: {
    maxCauseDepth: 8,
    neverReached: ["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH", "UND_ERR_CONNECT_TIMEOUT"],
    mayHaveReached: ["ECONNRESET", "ECONNABORTED", "ETIMEDOUT", "EPIPE", "UND_ERR_SOCKET", "UND_ERR_CLOSED", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT"],
    basis: "inferred",
    note: "The page's backoff covers failed requests, and a request that failed in the network is transient when the error (or an error in its cause chain, as undici's \"fetch failed\" carries it) has one of these codes; an attempt that outlives its own timeout counts too. Any other thrown error, such as a TypeError from the caller's code, is not retried. A refused connection, a DNS failure or a connect timeout provably never reached the server; a reset, a broken pipe or a timeout after connecting may have.",
  },
  idempotency: {
    methods: ["POST", "PATCH"],
    statuses: [500, 502, 503],
    keyHeader: "Idempotency-Key",
    basis: "inferred",
    reason: "RFC 9110 §9.2.2",
    note: "A 500, 502 or 503, or a network error after the request may have reached the server, can follow a request the server carried out, and sending it again could do it twice (a default policy that retried POST created duplicate tickets, dotnet/extensions#5248). A 429, and an error that never reached the server, are safe to retry for every method.",
  },
  retryBudget: {
    maxTokens: 10,
    failureCost: 1,
    successRefund: 0.1,
    retryAbove: 5,
    basis: "inferred",
    reason: "gRPC retry throttling (gRFC A6, maxTokens and tokenRatio)",
    note: "The page's schedule sends a request up to 6 times when every attempt fails, so in an outage a fleet that follows it sends 6 times its normal load just as the service comes back. A budget shared by a client's calls stops retrying once most recent attempts failed, as gRPC's retry throttling does with these numbers: one call still makes 5 of its 6 attempts (10 tokens down to 5), and after that each call makes one attempt until successes refill the bucket, 10 successes per token.",
  },
});

/** Each HTTP status's retry strategy, as its entry in the http-status family gives it. */
export const STATUS_STRATEGY: Readonly<Record<number, RetryStrategy>> = /* @__PURE__ */ Object.freeze({
  "200": "not-applicable",
  "201": "not-applicable",
  "204": "not-applicable",
  "400": "no-retry",
  "401": "no-retry",
  "403": "no-retry",
  "404": "no-retry",
  "409": "no-retry",
  "422": "no-retry",
  "429": "wait-for-window",
  "500": "backoff",
  "502": "backoff",
  "503": "backoff",
});

/** The strategies under which the decision fails at once; a status the policy does not list fails too. */
export const FAILING_STRATEGIES: readonly RetryStrategy[] = ["no-retry", "not-applicable", "reconnect-tunnel"];

/** Whether a known code under a status it is not documented for takes the more cautious of the two answers. */
export const MOST_CAUTIOUS: boolean = true;

/** Why each REST code that says so fails, for a decision's detail (scripts/catalog/decision-policy.ts). */
export const FAIL_REASON: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  AUTH_REQUIRED: "The page lists 401 among the errors that will not resolve with retries.",
  DEVICE_LIMIT_REACHED: "The page lists 409 among the errors that will not resolve with retries.",
  DEVICE_NOT_FOUND: "The page lists 404 among the errors that will not resolve with retries.",
  DNS_RESOLUTION_FAILED: "The page lists 500 among the errors that are safe to retry with backoff, though retries cannot help a domain outside the supported list.",
  EMAIL_ALREADY_EXISTS: "The page lists 409 among the errors that will not resolve with retries.",
  INSUFFICIENT_BALANCE: "The page lists 400 among the errors that will not resolve with retries.",
  INSUFFICIENT_PERMISSIONS: "The page lists 403 among the errors that will not resolve with retries.",
  INTERNAL_ERROR: "The page lists 500 among the errors that are safe to retry with backoff.",
  INVALID_EMAIL: "The page lists 422 among the errors that will not resolve with retries.",
  PAYMENT_FAILED: "The page lists 400 among the errors that will not resolve with retries; the same payment method fails again.",
  QUOTA_EXCEEDED: "429 is retryable by status, but the quota is monthly or daily (page), so five retries within 32 seconds cannot outlast it; Google's AIP-194 treats quota exhaustion as not retryable, and the page itself says to upgrade or wait for the reset.",
  RATE_LIMITED: "The page says to check the X-RateLimit-Reset header and wait before retrying.",
  SERVER_NOT_FOUND: "The page lists 404 among the errors that will not resolve with retries.",
  SERVICE_UNAVAILABLE: "The page lists 503 among the errors that are safe to retry with backoff.",
  SUBSCRIPTION_EXPIRED: "The page lists 403 among the errors that will not resolve with retries.",
  SUBSCRIPTION_NOT_FOUND: "The page lists 404 among the errors that will not resolve with retries.",
  TOKEN_EXPIRED: "401 is non-retryable by status, but the page's token refresh flow says that on 401 TOKEN_EXPIRED the client refreshes the token first, then retries the original request exactly once; if the refresh fails, it re-authenticates.",
  TOKEN_INVALID: "The page lists 401 among the errors that will not resolve with retries.",
  UPSTREAM_ERROR: "The page lists 502 among the errors that are safe to retry with backoff.",
  USER_NOT_FOUND: "The page lists 404 among the errors that will not resolve with retries.",
  VALIDATION_ERROR: "The page lists 400 among the errors that will not resolve with retries.",
  VPN_CONNECTION_FAILED: "The page lists 500 among the errors that are safe to retry with backoff.",
  WEAK_PASSWORD: "The page lists 422 among the errors that will not resolve with retries.",
});
