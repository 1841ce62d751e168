// Code generated from catalog/*.yaml by `npm run build`. DO NOT EDIT.
// Generated from catalog/*.yaml by scripts/emit/languages/go/retry.ts (npm run build); do not edit.

package retry

// The RestErrorCode retry policy, from the catalog. Times are float64 milliseconds, as
// JavaScript computes them, so that every rounding matches adviseRetry's.
const (
	initialDelayMs float64 = 1000
	multiplier     float64 = 2
	jitterMinMs    float64 = 0
	jitterMaxMs    float64 = 500
	maxRetries     int     = 5
	maxDelayMs     float64 = 32000

	retryAfterHeader string = "Retry-After"
	resetHeader      string = "X-RateLimit-Reset"

	// The longest wait a client honours; a server asking for more is told no.
	maxWaitMs float64 = 300000

	// A known code under another status takes the more cautious of the two answers.
	mostCautious = true

	// A reset value from resetMillisecondsFrom up is Unix milliseconds, not seconds.
	resetInMilliseconds   bool    = true
	resetMillisecondsFrom float64 = 1000000000000
)

// Strategies under which nothing a client does at the HTTP level helps.
var failingStrategies = map[string]bool{
	"no-retry":         true,
	"not-applicable":   true,
	"reconnect-tunnel": true,
}

// Each status's strategy, from its entry in the http-status family.
var statusStrategy = map[int]string{
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

type codeAdvice struct {
	strategy string
	// 0 when the catalog documents no status for the code.
	httpStatus int
	reason     string
}

// Each REST code's own advice and documented status.
var codeAdvices = map[string]codeAdvice{
	"AUTH_REQUIRED":            {"no-retry", 401, "The page lists 401 among the errors that will not resolve with retries."},
	"DEVICE_LIMIT_REACHED":     {"no-retry", 409, "The page lists 409 among the errors that will not resolve with retries."},
	"DEVICE_NOT_FOUND":         {"no-retry", 404, "The page lists 404 among the errors that will not resolve with retries."},
	"DNS_RESOLUTION_FAILED":    {"backoff", 500, "The page lists 500 among the errors that are safe to retry with backoff, though retries cannot help a domain outside the supported list."},
	"EMAIL_ALREADY_EXISTS":     {"no-retry", 409, "The page lists 409 among the errors that will not resolve with retries."},
	"INSUFFICIENT_BALANCE":     {"no-retry", 400, "The page lists 400 among the errors that will not resolve with retries."},
	"INSUFFICIENT_PERMISSIONS": {"no-retry", 403, "The page lists 403 among the errors that will not resolve with retries."},
	"INTERNAL_ERROR":           {"backoff", 500, "The page lists 500 among the errors that are safe to retry with backoff."},
	"INVALID_EMAIL":            {"no-retry", 422, "The page lists 422 among the errors that will not resolve with retries."},
	"PAYMENT_FAILED":           {"no-retry", 400, "The page lists 400 among the errors that will not resolve with retries; the same payment method fails again."},
	"QUOTA_EXCEEDED":           {"no-retry", 429, "429 is retryable by status, but the quota is monthly or daily (page), so five retries within 32 seconds cannot outlast it; Google's AIP-194 treats quota exhaustion as not retryable, and the page itself says to upgrade or wait for the reset."},
	"RATE_LIMITED":             {"wait-for-window", 429, "The page says to check the X-RateLimit-Reset header and wait before retrying."},
	"SERVER_NOT_FOUND":         {"no-retry", 404, "The page lists 404 among the errors that will not resolve with retries."},
	"SERVICE_UNAVAILABLE":      {"backoff", 503, "The page lists 503 among the errors that are safe to retry with backoff."},
	"SUBSCRIPTION_EXPIRED":     {"no-retry", 403, "The page lists 403 among the errors that will not resolve with retries."},
	"SUBSCRIPTION_NOT_FOUND":   {"no-retry", 404, "The page lists 404 among the errors that will not resolve with retries."},
	"TOKEN_EXPIRED":            {"refresh-credentials", 401, "401 is non-retryable by status, but the page's token refresh flow says that on 401 TOKEN_EXPIRED the client refreshes the token first, then retries the original request exactly once; if the refresh fails, it re-authenticates."},
	"TOKEN_INVALID":            {"no-retry", 401, "The page lists 401 among the errors that will not resolve with retries."},
	"UPSTREAM_ERROR":           {"backoff", 502, "The page lists 502 among the errors that are safe to retry with backoff."},
	"USER_NOT_FOUND":           {"no-retry", 404, "The page lists 404 among the errors that will not resolve with retries."},
	"VALIDATION_ERROR":         {"no-retry", 400, "The page lists 400 among the errors that will not resolve with retries."},
	"VPN_CONNECTION_FAILED":    {"backoff", 500, "The page lists 500 among the errors that are safe to retry with backoff."},
	"WEAK_PASSWORD":            {"no-retry", 422, "The page lists 422 among the errors that will not resolve with retries."},
}
