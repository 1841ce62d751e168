// @generated
// Generated from catalog/*.yaml by scripts/emit/languages/rust/retry.ts (npm run build); do not edit.

//! The RestErrorCode retry policy as constants, for [`crate::retry::advise_retry`]. Times are
//! f64 milliseconds, as JavaScript computes them, so that every rounding matches adviseRetry's.

pub(crate) const INITIAL_DELAY_MS: f64 = 1000.0;
pub(crate) const MULTIPLIER: f64 = 2.0;
pub(crate) const JITTER_MIN_MS: f64 = 0.0;
pub(crate) const JITTER_MAX_MS: f64 = 500.0;
pub(crate) const MAX_RETRIES: u32 = 5;
pub(crate) const MAX_DELAY_MS: f64 = 32000.0;
pub(crate) const RETRY_AFTER_HEADER: &str = "Retry-After";
pub(crate) const RESET_HEADER: &str = "X-RateLimit-Reset";
/// The longest wait a client honours; a server asking for more is told no.
pub(crate) const MAX_WAIT_MS: f64 = 300000.0;
/// A reset value from here up is Unix milliseconds, not seconds (None: always seconds).
pub(crate) const RESET_MILLISECONDS_FROM: Option<f64> = Some(1000000000000.0);
/// A known code under another status takes the more cautious of the two answers.
pub(crate) const MOST_CAUTIOUS: bool = true;
/// Strategies under which nothing a client does at the HTTP level helps.
pub(crate) const FAILING_STRATEGIES: &[&str] = &["no-retry", "not-applicable", "reconnect-tunnel"];

/// Each status's strategy, from its entry in the http-status family.
pub(crate) const STATUS_STRATEGY: &[(u16, &str)] = &[
    (200, "not-applicable"),
    (201, "not-applicable"),
    (204, "not-applicable"),
    (400, "no-retry"),
    (401, "no-retry"),
    (403, "no-retry"),
    (404, "no-retry"),
    (409, "no-retry"),
    (422, "no-retry"),
    (429, "wait-for-window"),
    (500, "backoff"),
    (502, "backoff"),
    (503, "backoff"),
];

/// A REST code's own advice: its strategy, its documented status, and why it fails (for a detail).
pub(crate) struct CodeAdvice {
    pub(crate) code: &'static str,
    pub(crate) strategy: &'static str,
    pub(crate) http_status: Option<u16>,
    pub(crate) reason: &'static str,
}

pub(crate) const CODE_ADVICE: &[CodeAdvice] = &[
    CodeAdvice {
        code: "AUTH_REQUIRED",
        strategy: "no-retry",
        http_status: Some(401),
        reason: "The page lists 401 among the errors that will not resolve with retries.",
    },
    CodeAdvice {
        code: "DEVICE_LIMIT_REACHED",
        strategy: "no-retry",
        http_status: Some(409),
        reason: "The page lists 409 among the errors that will not resolve with retries.",
    },
    CodeAdvice {
        code: "DEVICE_NOT_FOUND",
        strategy: "no-retry",
        http_status: Some(404),
        reason: "The page lists 404 among the errors that will not resolve with retries.",
    },
    CodeAdvice {
        code: "DNS_RESOLUTION_FAILED",
        strategy: "backoff",
        http_status: Some(500),
        reason: "The page lists 500 among the errors that are safe to retry with backoff, though retries cannot help a domain outside the supported list.",
    },
    CodeAdvice {
        code: "EMAIL_ALREADY_EXISTS",
        strategy: "no-retry",
        http_status: Some(409),
        reason: "The page lists 409 among the errors that will not resolve with retries.",
    },
    CodeAdvice {
        code: "INSUFFICIENT_BALANCE",
        strategy: "no-retry",
        http_status: Some(400),
        reason: "The page lists 400 among the errors that will not resolve with retries.",
    },
    CodeAdvice {
        code: "INSUFFICIENT_PERMISSIONS",
        strategy: "no-retry",
        http_status: Some(403),
        reason: "The page lists 403 among the errors that will not resolve with retries.",
    },
    CodeAdvice {
        code: "INTERNAL_ERROR",
        strategy: "backoff",
        http_status: Some(500),
        reason: "The page lists 500 among the errors that are safe to retry with backoff.",
    },
    CodeAdvice {
        code: "INVALID_EMAIL",
        strategy: "no-retry",
        http_status: Some(422),
        reason: "The page lists 422 among the errors that will not resolve with retries.",
    },
    CodeAdvice {
        code: "PAYMENT_FAILED",
        strategy: "no-retry",
        http_status: Some(400),
        reason: "The page lists 400 among the errors that will not resolve with retries; the same payment method fails again.",
    },
    CodeAdvice {
        code: "QUOTA_EXCEEDED",
        strategy: "no-retry",
        http_status: Some(429),
        reason: "429 is retryable by status, but the quota is monthly or daily (page), so five retries within 32 seconds cannot outlast it; Google's AIP-194 treats quota exhaustion as not retryable, and the page itself says to upgrade or wait for the reset.",
    },
    CodeAdvice {
        code: "RATE_LIMITED",
        strategy: "wait-for-window",
        http_status: Some(429),
        reason: "The page says to check the X-RateLimit-Reset header and wait before retrying.",
    },
    CodeAdvice {
        code: "SERVER_NOT_FOUND",
        strategy: "no-retry",
        http_status: Some(404),
        reason: "The page lists 404 among the errors that will not resolve with retries.",
    },
    CodeAdvice {
        code: "SERVICE_UNAVAILABLE",
        strategy: "backoff",
        http_status: Some(503),
        reason: "The page lists 503 among the errors that are safe to retry with backoff.",
    },
    CodeAdvice {
        code: "SUBSCRIPTION_EXPIRED",
        strategy: "no-retry",
        http_status: Some(403),
        reason: "The page lists 403 among the errors that will not resolve with retries.",
    },
    CodeAdvice {
        code: "SUBSCRIPTION_NOT_FOUND",
        strategy: "no-retry",
        http_status: Some(404),
        reason: "The page lists 404 among the errors that will not resolve with retries.",
    },
    CodeAdvice {
        code: "TOKEN_EXPIRED",
        strategy: "refresh-credentials",
        http_status: Some(401),
        reason: "401 is non-retryable by status, but the page's token refresh flow says that on 401 TOKEN_EXPIRED the client refreshes the token first, then retries the original request exactly once; if the refresh fails, it re-authenticates.",
    },
    CodeAdvice {
        code: "TOKEN_INVALID",
        strategy: "no-retry",
        http_status: Some(401),
        reason: "The page lists 401 among the errors that will not resolve with retries.",
    },
    CodeAdvice {
        code: "UPSTREAM_ERROR",
        strategy: "backoff",
        http_status: Some(502),
        reason: "The page lists 502 among the errors that are safe to retry with backoff.",
    },
    CodeAdvice {
        code: "USER_NOT_FOUND",
        strategy: "no-retry",
        http_status: Some(404),
        reason: "The page lists 404 among the errors that will not resolve with retries.",
    },
    CodeAdvice {
        code: "VALIDATION_ERROR",
        strategy: "no-retry",
        http_status: Some(400),
        reason: "The page lists 400 among the errors that will not resolve with retries.",
    },
    CodeAdvice {
        code: "VPN_CONNECTION_FAILED",
        strategy: "backoff",
        http_status: Some(500),
        reason: "The page lists 500 among the errors that are safe to retry with backoff.",
    },
    CodeAdvice {
        code: "WEAK_PASSWORD",
        strategy: "no-retry",
        http_status: Some(422),
        reason: "The page lists 422 among the errors that will not resolve with retries.",
    },
];
