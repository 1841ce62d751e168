// Code generated from catalog/*.yaml by `npm run build`. DO NOT EDIT.
// Generated from catalog/*.yaml by scripts/emit/languages/go/policy.ts (npm run build); do not edit.

package retry

import "net/http"

// DefaultPolicy is the catalog's RestErrorCode retry policy.
var DefaultPolicy = &Policy{
	InitialDelayMs:        1000,
	Multiplier:            2,
	JitterMinMs:           0,
	JitterMaxMs:           500,
	MaxRetries:            5,
	MaxDelayMs:            32000,
	RetryAfterHeader:      "Retry-After",
	ResetHeader:           "X-RateLimit-Reset",
	MaxWaitMs:             300000,
	ResetMillisecondsFrom: 1000000000000,
	MostCautious:          true,
	FailingStrategies: map[Strategy]bool{
		StrategyNoRetry:         true,
		StrategyNotApplicable:   true,
		StrategyReconnectTunnel: true,
	},
	Statuses: map[int]Strategy{
		200: StrategyNotApplicable,
		201: StrategyNotApplicable,
		204: StrategyNotApplicable,
		400: StrategyNoRetry,
		401: StrategyNoRetry,
		403: StrategyNoRetry,
		404: StrategyNoRetry,
		409: StrategyNoRetry,
		422: StrategyNoRetry,
		429: StrategyWaitForWindow,
		500: StrategyBackoff,
		502: StrategyBackoff,
		503: StrategyBackoff,
	},
	Codes: map[string]CodeAdvice{
		"AUTH_REQUIRED":            {StrategyNoRetry, 401, "The page lists 401 among the errors that will not resolve with retries."},
		"DEVICE_LIMIT_REACHED":     {StrategyNoRetry, 409, "The page lists 409 among the errors that will not resolve with retries."},
		"DEVICE_NOT_FOUND":         {StrategyNoRetry, 404, "The page lists 404 among the errors that will not resolve with retries."},
		"DNS_RESOLUTION_FAILED":    {StrategyBackoff, 500, "The page lists 500 among the errors that are safe to retry with backoff, though retries cannot help a domain outside the supported list."},
		"EMAIL_ALREADY_EXISTS":     {StrategyNoRetry, 409, "The page lists 409 among the errors that will not resolve with retries."},
		"INSUFFICIENT_BALANCE":     {StrategyNoRetry, 400, "The page lists 400 among the errors that will not resolve with retries."},
		"INSUFFICIENT_PERMISSIONS": {StrategyNoRetry, 403, "The page lists 403 among the errors that will not resolve with retries."},
		"INTERNAL_ERROR":           {StrategyBackoff, 500, "The page lists 500 among the errors that are safe to retry with backoff."},
		"INVALID_EMAIL":            {StrategyNoRetry, 422, "The page lists 422 among the errors that will not resolve with retries."},
		"PAYMENT_FAILED":           {StrategyNoRetry, 400, "The page lists 400 among the errors that will not resolve with retries; the same payment method fails again."},
		"QUOTA_EXCEEDED":           {StrategyNoRetry, 429, "429 is retryable by status, but the quota is monthly or daily (page), so five retries within 32 seconds cannot outlast it; Google's AIP-194 treats quota exhaustion as not retryable, and the page itself says to upgrade or wait for the reset."},
		"RATE_LIMITED":             {StrategyWaitForWindow, 429, "The page says to check the X-RateLimit-Reset header and wait before retrying."},
		"SERVER_NOT_FOUND":         {StrategyNoRetry, 404, "The page lists 404 among the errors that will not resolve with retries."},
		"SERVICE_UNAVAILABLE":      {StrategyBackoff, 503, "The page lists 503 among the errors that are safe to retry with backoff."},
		"SUBSCRIPTION_EXPIRED":     {StrategyNoRetry, 403, "The page lists 403 among the errors that will not resolve with retries."},
		"SUBSCRIPTION_NOT_FOUND":   {StrategyNoRetry, 404, "The page lists 404 among the errors that will not resolve with retries."},
		"TOKEN_EXPIRED":            {StrategyRefreshCredentials, 401, "401 is non-retryable by status, but the page's token refresh flow says that on 401 TOKEN_EXPIRED the client refreshes the token first, then retries the original request exactly once; if the refresh fails, it re-authenticates."},
		"TOKEN_INVALID":            {StrategyNoRetry, 401, "The page lists 401 among the errors that will not resolve with retries."},
		"UPSTREAM_ERROR":           {StrategyBackoff, 502, "The page lists 502 among the errors that are safe to retry with backoff."},
		"USER_NOT_FOUND":           {StrategyNoRetry, 404, "The page lists 404 among the errors that will not resolve with retries."},
		"VALIDATION_ERROR":         {StrategyNoRetry, 400, "The page lists 400 among the errors that will not resolve with retries."},
		"VPN_CONNECTION_FAILED":    {StrategyBackoff, 500, "The page lists 500 among the errors that are safe to retry with backoff."},
		"WEAK_PASSWORD":            {StrategyNoRetry, 422, "The page lists 422 among the errors that will not resolve with retries."},
	},
}

// Advise is DefaultPolicy.Advise: what to do about a response under the catalog's policy.
func Advise(status int, header http.Header, body []byte, attempt int, options Options) Decision {
	return DefaultPolicy.Advise(status, header, body, attempt, options)
}

// AdviseResponse is DefaultPolicy.AdviseResponse: Advise for a net/http response and its body.
func AdviseResponse(response *http.Response, body []byte, attempt int, options Options) Decision {
	return DefaultPolicy.AdviseResponse(response, body, attempt, options)
}

// DelayMs is DefaultPolicy.DelayMs: the backoff before retry attempt under the catalog's policy.
func DelayMs(attempt int, random func() float64) (int, bool) {
	return DefaultPolicy.DelayMs(attempt, random)
}
