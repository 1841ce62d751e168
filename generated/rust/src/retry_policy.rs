// @generated
// Generated from catalog/*.yaml by scripts/emit/languages/rust/policy.ts (npm run build); do not edit.

//! The RestErrorCode retry policy, the one [`crate::advise_retry`] follows.

use crate::retry::{CodeAdvice, RetryPolicy, StatusStrategy};

/// The catalog's retry policy: its backoff, its rate-limit headers, and each status's and each code's strategy.
pub static DEFAULT: RetryPolicy = RetryPolicy {
    initial_delay_ms: 1000.0,
    multiplier: 2.0,
    jitter_min_ms: 0.0,
    jitter_max_ms: 500.0,
    max_retries: 5,
    max_delay_ms: 32000.0,
    retry_after_header: "Retry-After",
    reset_header: "X-RateLimit-Reset",
    max_wait_ms: 300000.0,
    reset_milliseconds_from: Some(1000000000000.0),
    most_cautious: true,
    failing_strategies: &["no-retry", "not-applicable", "reconnect-tunnel"],
    statuses: &[
        StatusStrategy { status: 200, strategy: "not-applicable" },
        StatusStrategy { status: 201, strategy: "not-applicable" },
        StatusStrategy { status: 204, strategy: "not-applicable" },
        StatusStrategy { status: 400, strategy: "no-retry" },
        StatusStrategy { status: 401, strategy: "no-retry" },
        StatusStrategy { status: 403, strategy: "no-retry" },
        StatusStrategy { status: 404, strategy: "no-retry" },
        StatusStrategy { status: 409, strategy: "no-retry" },
        StatusStrategy { status: 422, strategy: "no-retry" },
        StatusStrategy { status: 429, strategy: "wait-for-window" },
        StatusStrategy { status: 500, strategy: "backoff" },
        StatusStrategy { status: 502, strategy: "backoff" },
        StatusStrategy { status: 503, strategy: "backoff" },
    ],
    codes: &[
        CodeAdvice { code: "AUTH_REQUIRED", strategy: "no-retry", http_status: Some(401), reason: "The page lists 401 among the errors that will not resolve with retries." },
        CodeAdvice { code: "DEVICE_LIMIT_REACHED", strategy: "no-retry", http_status: Some(409), reason: "The page lists 409 among the errors that will not resolve with retries." },
        CodeAdvice { code: "DEVICE_NOT_FOUND", strategy: "no-retry", http_status: Some(404), reason: "The page lists 404 among the errors that will not resolve with retries." },
        CodeAdvice { code: "DNS_RESOLUTION_FAILED", strategy: "backoff", http_status: Some(500), reason: "The page lists 500 among the errors that are safe to retry with backoff, though retries cannot help a domain outside the supported list." },
        CodeAdvice { code: "EMAIL_ALREADY_EXISTS", strategy: "no-retry", http_status: Some(409), reason: "The page lists 409 among the errors that will not resolve with retries." },
        CodeAdvice { code: "INSUFFICIENT_BALANCE", strategy: "no-retry", http_status: Some(400), reason: "The page lists 400 among the errors that will not resolve with retries." },
        CodeAdvice { code: "INSUFFICIENT_PERMISSIONS", strategy: "no-retry", http_status: Some(403), reason: "The page lists 403 among the errors that will not resolve with retries." },
        CodeAdvice { code: "INTERNAL_ERROR", strategy: "backoff", http_status: Some(500), reason: "The page lists 500 among the errors that are safe to retry with backoff." },
        CodeAdvice { code: "INVALID_EMAIL", strategy: "no-retry", http_status: Some(422), reason: "The page lists 422 among the errors that will not resolve with retries." },
        CodeAdvice { code: "PAYMENT_FAILED", strategy: "no-retry", http_status: Some(400), reason: "The page lists 400 among the errors that will not resolve with retries; the same payment method fails again." },
        CodeAdvice { code: "QUOTA_EXCEEDED", strategy: "no-retry", http_status: Some(429), reason: "429 is retryable by status, but the quota is monthly or daily (page), so five retries within 32 seconds cannot outlast it; Google's AIP-194 treats quota exhaustion as not retryable, and the page itself says to upgrade or wait for the reset." },
        CodeAdvice { code: "RATE_LIMITED", strategy: "wait-for-window", http_status: Some(429), reason: "The page says to check the X-RateLimit-Reset header and wait before retrying." },
        CodeAdvice { code: "SERVER_NOT_FOUND", strategy: "no-retry", http_status: Some(404), reason: "The page lists 404 among the errors that will not resolve with retries." },
        CodeAdvice { code: "SERVICE_UNAVAILABLE", strategy: "backoff", http_status: Some(503), reason: "The page lists 503 among the errors that are safe to retry with backoff." },
        CodeAdvice { code: "SUBSCRIPTION_EXPIRED", strategy: "no-retry", http_status: Some(403), reason: "The page lists 403 among the errors that will not resolve with retries." },
        CodeAdvice { code: "SUBSCRIPTION_NOT_FOUND", strategy: "no-retry", http_status: Some(404), reason: "The page lists 404 among the errors that will not resolve with retries." },
        CodeAdvice { code: "TOKEN_EXPIRED", strategy: "refresh-credentials", http_status: Some(401), reason: "401 is non-retryable by status, but the page's token refresh flow says that on 401 TOKEN_EXPIRED the client refreshes the token first, then retries the original request exactly once; if the refresh fails, it re-authenticates." },
        CodeAdvice { code: "TOKEN_INVALID", strategy: "no-retry", http_status: Some(401), reason: "The page lists 401 among the errors that will not resolve with retries." },
        CodeAdvice { code: "UPSTREAM_ERROR", strategy: "backoff", http_status: Some(502), reason: "The page lists 502 among the errors that are safe to retry with backoff." },
        CodeAdvice { code: "USER_NOT_FOUND", strategy: "no-retry", http_status: Some(404), reason: "The page lists 404 among the errors that will not resolve with retries." },
        CodeAdvice { code: "VALIDATION_ERROR", strategy: "no-retry", http_status: Some(400), reason: "The page lists 400 among the errors that will not resolve with retries." },
        CodeAdvice { code: "VPN_CONNECTION_FAILED", strategy: "backoff", http_status: Some(500), reason: "The page lists 500 among the errors that are safe to retry with backoff." },
        CodeAdvice { code: "WEAK_PASSWORD", strategy: "no-retry", http_status: Some(422), reason: "The page lists 422 among the errors that will not resolve with retries." },
    ],
};
