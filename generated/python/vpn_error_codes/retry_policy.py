# Generated from catalog/*.yaml by scripts/emit/languages/python/policy.ts (npm run build); do not edit.
"""The RestErrorCode retry policy: the value advise_retry decides by."""

from ._policy import CodeAdvice, RetryPolicy

__all__ = ["RETRY_POLICY"]

RETRY_POLICY = RetryPolicy(
    initial_delay_ms=1000,
    multiplier=2,
    jitter_min_ms=0,
    jitter_max_ms=500,
    max_retries=5,
    max_delay_ms=32000,
    retry_after_header="Retry-After",
    reset_header="X-RateLimit-Reset",
    max_wait_ms=300000,
    reset_milliseconds_from=1000000000000,
    most_cautious=True,
    failing_strategies=frozenset(
        {
            "no-retry",
            "not-applicable",
            "reconnect-tunnel",
        }
    ),
    status_strategy={
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
    },
    code_advice={
        "AUTH_REQUIRED": CodeAdvice(
            strategy="no-retry",
            http_status=401,
            reason="The page lists 401 among the errors that will not resolve with retries.",
        ),
        "DEVICE_LIMIT_REACHED": CodeAdvice(
            strategy="no-retry",
            http_status=409,
            reason="The page lists 409 among the errors that will not resolve with retries.",
        ),
        "DEVICE_NOT_FOUND": CodeAdvice(
            strategy="no-retry",
            http_status=404,
            reason="The page lists 404 among the errors that will not resolve with retries.",
        ),
        "DNS_RESOLUTION_FAILED": CodeAdvice(
            strategy="backoff",
            http_status=500,
            reason="The page lists 500 among the errors that are safe to retry with backoff, though retries cannot help a domain outside the supported list.",
        ),
        "EMAIL_ALREADY_EXISTS": CodeAdvice(
            strategy="no-retry",
            http_status=409,
            reason="The page lists 409 among the errors that will not resolve with retries.",
        ),
        "INSUFFICIENT_BALANCE": CodeAdvice(
            strategy="no-retry",
            http_status=400,
            reason="The page lists 400 among the errors that will not resolve with retries.",
        ),
        "INSUFFICIENT_PERMISSIONS": CodeAdvice(
            strategy="no-retry",
            http_status=403,
            reason="The page lists 403 among the errors that will not resolve with retries.",
        ),
        "INTERNAL_ERROR": CodeAdvice(
            strategy="backoff",
            http_status=500,
            reason="The page lists 500 among the errors that are safe to retry with backoff.",
        ),
        "INVALID_EMAIL": CodeAdvice(
            strategy="no-retry",
            http_status=422,
            reason="The page lists 422 among the errors that will not resolve with retries.",
        ),
        "PAYMENT_FAILED": CodeAdvice(
            strategy="no-retry",
            http_status=400,
            reason="The page lists 400 among the errors that will not resolve with retries; the same payment method fails again.",
        ),
        "QUOTA_EXCEEDED": CodeAdvice(
            strategy="no-retry",
            http_status=429,
            reason="429 is retryable by status, but the quota is monthly or daily (page), so five retries within 32 seconds cannot outlast it; Google's AIP-194 treats quota exhaustion as not retryable, and the page itself says to upgrade or wait for the reset.",
        ),
        "RATE_LIMITED": CodeAdvice(
            strategy="wait-for-window",
            http_status=429,
            reason="The page says to check the X-RateLimit-Reset header and wait before retrying.",
        ),
        "SERVER_NOT_FOUND": CodeAdvice(
            strategy="no-retry",
            http_status=404,
            reason="The page lists 404 among the errors that will not resolve with retries.",
        ),
        "SERVICE_UNAVAILABLE": CodeAdvice(
            strategy="backoff",
            http_status=503,
            reason="The page lists 503 among the errors that are safe to retry with backoff.",
        ),
        "SUBSCRIPTION_EXPIRED": CodeAdvice(
            strategy="no-retry",
            http_status=403,
            reason="The page lists 403 among the errors that will not resolve with retries.",
        ),
        "SUBSCRIPTION_NOT_FOUND": CodeAdvice(
            strategy="no-retry",
            http_status=404,
            reason="The page lists 404 among the errors that will not resolve with retries.",
        ),
        "TOKEN_EXPIRED": CodeAdvice(
            strategy="refresh-credentials",
            http_status=401,
            reason="401 is non-retryable by status, but the page's token refresh flow says that on 401 TOKEN_EXPIRED the client refreshes the token first, then retries the original request exactly once; if the refresh fails, it re-authenticates.",
        ),
        "TOKEN_INVALID": CodeAdvice(
            strategy="no-retry",
            http_status=401,
            reason="The page lists 401 among the errors that will not resolve with retries.",
        ),
        "UPSTREAM_ERROR": CodeAdvice(
            strategy="backoff",
            http_status=502,
            reason="The page lists 502 among the errors that are safe to retry with backoff.",
        ),
        "USER_NOT_FOUND": CodeAdvice(
            strategy="no-retry",
            http_status=404,
            reason="The page lists 404 among the errors that will not resolve with retries.",
        ),
        "VALIDATION_ERROR": CodeAdvice(
            strategy="no-retry",
            http_status=400,
            reason="The page lists 400 among the errors that will not resolve with retries.",
        ),
        "VPN_CONNECTION_FAILED": CodeAdvice(
            strategy="backoff",
            http_status=500,
            reason="The page lists 500 among the errors that are safe to retry with backoff.",
        ),
        "WEAK_PASSWORD": CodeAdvice(
            strategy="no-retry",
            http_status=422,
            reason="The page lists 422 among the errors that will not resolve with retries.",
        ),
    },
)
