# Generated from catalog/*.yaml by scripts/emit/languages/python/retry.ts (npm run build); do not edit.
"""The RestErrorCode retry policy as constants, for advise_retry."""

from typing import Dict, FrozenSet, NamedTuple, Optional

INITIAL_DELAY_MS: float = 1000
MULTIPLIER: float = 2
JITTER_MIN_MS: float = 0
JITTER_MAX_MS: float = 500
MAX_RETRIES: int = 5
MAX_DELAY_MS: float = 32000
RETRY_AFTER_HEADER: str = "Retry-After"
RESET_HEADER: str = "X-RateLimit-Reset"
# The longest wait a client honours; a server asking for more is told no.
MAX_WAIT_MS: float = 300000
# A reset value from here up is Unix milliseconds, not seconds (None: always seconds).
RESET_MILLISECONDS_FROM: Optional[float] = 1000000000000
# A known code under another status takes the more cautious of the two answers.
MOST_CAUTIOUS: bool = True
FAILING_STRATEGIES: FrozenSet[str] = frozenset({"no-retry", "not-applicable", "reconnect-tunnel"})


class CodeAdvice(NamedTuple):
    strategy: str
    http_status: Optional[int]
    reason: str


STATUS_STRATEGY: Dict[int, str] = {
    200: "not-applicable",
    201: "not-applicable",
    204: "not-applicable",
    400: "no-retry",
    401: "no-retry",
    403: "no-retry",
    404: "no-retry",
    409: "no-retry",
    422: "no-retry",
    429: "wait-for-window",
    500: "backoff",
    502: "backoff",
    503: "backoff",
}

CODE_ADVICE: Dict[str, CodeAdvice] = {
    "AUTH_REQUIRED": CodeAdvice("no-retry", 401, "The page lists 401 among the errors that will not resolve with retries."),
    "DEVICE_LIMIT_REACHED": CodeAdvice("no-retry", 409, "The page lists 409 among the errors that will not resolve with retries."),
    "DEVICE_NOT_FOUND": CodeAdvice("no-retry", 404, "The page lists 404 among the errors that will not resolve with retries."),
    "DNS_RESOLUTION_FAILED": CodeAdvice("backoff", 500, "The page lists 500 among the errors that are safe to retry with backoff, though retries cannot help a domain outside the supported list."),
    "EMAIL_ALREADY_EXISTS": CodeAdvice("no-retry", 409, "The page lists 409 among the errors that will not resolve with retries."),
    "INSUFFICIENT_BALANCE": CodeAdvice("no-retry", 400, "The page lists 400 among the errors that will not resolve with retries."),
    "INSUFFICIENT_PERMISSIONS": CodeAdvice("no-retry", 403, "The page lists 403 among the errors that will not resolve with retries."),
    "INTERNAL_ERROR": CodeAdvice("backoff", 500, "The page lists 500 among the errors that are safe to retry with backoff."),
    "INVALID_EMAIL": CodeAdvice("no-retry", 422, "The page lists 422 among the errors that will not resolve with retries."),
    "PAYMENT_FAILED": CodeAdvice("no-retry", 400, "The page lists 400 among the errors that will not resolve with retries; the same payment method fails again."),
    "QUOTA_EXCEEDED": CodeAdvice("no-retry", 429, "429 is retryable by status, but the quota is monthly or daily (page), so five retries within 32 seconds cannot outlast it; Google's AIP-194 treats quota exhaustion as not retryable, and the page itself says to upgrade or wait for the reset."),
    "RATE_LIMITED": CodeAdvice("wait-for-window", 429, "The page says to check the X-RateLimit-Reset header and wait before retrying."),
    "SERVER_NOT_FOUND": CodeAdvice("no-retry", 404, "The page lists 404 among the errors that will not resolve with retries."),
    "SERVICE_UNAVAILABLE": CodeAdvice("backoff", 503, "The page lists 503 among the errors that are safe to retry with backoff."),
    "SUBSCRIPTION_EXPIRED": CodeAdvice("no-retry", 403, "The page lists 403 among the errors that will not resolve with retries."),
    "SUBSCRIPTION_NOT_FOUND": CodeAdvice("no-retry", 404, "The page lists 404 among the errors that will not resolve with retries."),
    "TOKEN_EXPIRED": CodeAdvice("refresh-credentials", 401, "401 is non-retryable by status, but the page's token refresh flow says that on 401 TOKEN_EXPIRED the client refreshes the token first, then retries the original request exactly once; if the refresh fails, it re-authenticates."),
    "TOKEN_INVALID": CodeAdvice("no-retry", 401, "The page lists 401 among the errors that will not resolve with retries."),
    "UPSTREAM_ERROR": CodeAdvice("backoff", 502, "The page lists 502 among the errors that are safe to retry with backoff."),
    "USER_NOT_FOUND": CodeAdvice("no-retry", 404, "The page lists 404 among the errors that will not resolve with retries."),
    "VALIDATION_ERROR": CodeAdvice("no-retry", 400, "The page lists 400 among the errors that will not resolve with retries."),
    "VPN_CONNECTION_FAILED": CodeAdvice("backoff", 500, "The page lists 500 among the errors that are safe to retry with backoff."),
    "WEAK_PASSWORD": CodeAdvice("no-retry", 422, "The page lists 422 among the errors that will not resolve with retries."),
}
