// Code generated from catalog/*.yaml by `npm run build`. DO NOT EDIT.
// Generated from catalog/*.yaml by scripts/emit/languages/go/enum.ts (npm run build); do not edit.

// Package resterrorcode holds the RestErrorCode codes (OrbVPN API application error codes).
//
// Machine-readable error.code strings in the error object of the OrbVPN API's JSON response
// envelope. Codes are stable between API versions, unlike messages; several codes can share one
// HTTP status.
//
// Source: OrbVPN, Error Reference (section Application Error Codes).
package resterrorcode

import (
	"fmt"

	"github.com/vpn-error-codes/vpn-error-codes/generated/go/codeinfo"
)

// Code is a member of RestErrorCode. Any string converts to a Code, so an unknown code still
// decodes; Known reports whether the catalog has it, and Info what the catalog says about it.
type Code string

// The codes, in value order.
const (
	// AuthRequired: No authentication token was provided. Include a valid Bearer token in the
	// Authorization header.
	//
	// Group: Authentication Errors.
	//
	// HTTP mapping: 401 Unauthorized.
	//
	// Retry: do not retry (documented). The page lists 401 among the errors that will not resolve
	// with retries.
	//
	// Action: Include a valid Bearer token in the Authorization header. (documented)
	//
	// Wire value: AUTH_REQUIRED, which String gives and Parse, Lookup and Find accept.
	AuthRequired Code = "AUTH_REQUIRED"

	// DeviceLimitReached: The user has reached the maximum number of registered devices for their
	// subscription plan.
	//
	// Group: Conflict Errors.
	//
	// HTTP mapping: 409 Conflict.
	//
	// Retry: do not retry (documented). The page lists 409 among the errors that will not resolve
	// with retries.
	//
	// Wire value: DEVICE_LIMIT_REACHED, which String gives and Parse, Lookup and Find accept.
	DeviceLimitReached Code = "DEVICE_LIMIT_REACHED"

	// DeviceNotFound: No device exists with the specified device ID.
	//
	// Group: Resource Not Found Errors.
	//
	// HTTP mapping: 404 Not Found.
	//
	// Retry: do not retry (documented). The page lists 404 among the errors that will not resolve
	// with retries.
	//
	// Wire value: DEVICE_NOT_FOUND, which String gives and Parse, Lookup and Find accept.
	DeviceNotFound Code = "DEVICE_NOT_FOUND"

	// DNSResolutionFailed: Smart DNS resolution failed for the requested domain. Verify the domain
	// is in the supported list.
	//
	// Group: VPN-Specific Errors.
	//
	// HTTP mapping: 500 Internal Server Error.
	//
	// Retry: retry with exponential backoff (documented). The page lists 500 among the errors that
	// are safe to retry with backoff, though retries cannot help a domain outside the supported
	// list.
	//
	// Action: Verify the domain is in the supported list. (documented)
	//
	// Wire value: DNS_RESOLUTION_FAILED, which String gives and Parse, Lookup and Find accept.
	DNSResolutionFailed Code = "DNS_RESOLUTION_FAILED"

	// EmailAlreadyExists: An account with this email address already exists. Use the login
	// endpoint instead.
	//
	// Group: Conflict Errors.
	//
	// HTTP mapping: 409 Conflict.
	//
	// Retry: do not retry (documented). The page lists 409 among the errors that will not resolve
	// with retries.
	//
	// Action: Use the login endpoint instead. (documented)
	//
	// Wire value: EMAIL_ALREADY_EXISTS, which String gives and Parse, Lookup and Find accept.
	EmailAlreadyExists Code = "EMAIL_ALREADY_EXISTS"

	// InsufficientBalance: The user's wallet balance is insufficient for this transaction.
	//
	// Group: Billing and Payment Errors.
	//
	// HTTP mapping: 400 Bad Request.
	//
	// Retry: do not retry (documented). The page lists 400 among the errors that will not resolve
	// with retries.
	//
	// Wire value: INSUFFICIENT_BALANCE, which String gives and Parse, Lookup and Find accept.
	InsufficientBalance Code = "INSUFFICIENT_BALANCE"

	// InsufficientPermissions: The authenticated user does not have the required role or
	// permission for this endpoint.
	//
	// Group: Authentication Errors.
	//
	// HTTP mapping: 403 Forbidden.
	//
	// Retry: do not retry (documented). The page lists 403 among the errors that will not resolve
	// with retries.
	//
	// Wire value: INSUFFICIENT_PERMISSIONS, which String gives and Parse, Lookup and Find accept.
	InsufficientPermissions Code = "INSUFFICIENT_PERMISSIONS"

	// InternalError: An unexpected server error occurred. The OrbVPN team is automatically
	// notified.
	//
	// Group: Server Errors.
	//
	// HTTP mapping: 500 Internal Server Error.
	//
	// Retry: retry with exponential backoff (documented). The page lists 500 among the errors that
	// are safe to retry with backoff.
	//
	// Wire value: INTERNAL_ERROR, which String gives and Parse, Lookup and Find accept.
	InternalError Code = "INTERNAL_ERROR"

	// InvalidEmail: The provided email address is not a valid email format.
	//
	// Group: Validation Errors.
	//
	// HTTP mapping: 422 Unprocessable Entity.
	//
	// Retry: do not retry (documented). The page lists 422 among the errors that will not resolve
	// with retries.
	//
	// Wire value: INVALID_EMAIL, which String gives and Parse, Lookup and Find accept.
	InvalidEmail Code = "INVALID_EMAIL"

	// PaymentFailed: The payment could not be processed. Check the payment method and try again.
	//
	// Group: Billing and Payment Errors.
	//
	// HTTP mapping: 400 Bad Request.
	//
	// Retry: do not retry (documented). The page lists 400 among the errors that will not resolve
	// with retries; the same payment method fails again.
	//
	// Action: Check the payment method and try again. (documented)
	//
	// Wire value: PAYMENT_FAILED, which String gives and Parse, Lookup and Find accept.
	PaymentFailed Code = "PAYMENT_FAILED"

	// QuotaExceeded: The monthly or daily API quota for your plan has been exceeded. Upgrade or
	// wait for reset.
	//
	// Group: Rate Limiting and Quota Errors.
	//
	// HTTP mapping: 429 Too Many Requests.
	//
	// Retry: do not retry (inferred). A monthly or daily quota does not come back within the
	// policy's retry budget.
	//
	// Departs from its status's rule: 429 is retryable by status, but the quota is monthly or
	// daily (page), so five retries within 32 seconds cannot outlast it; Google's AIP-194 treats
	// quota exhaustion as not retryable, and the page itself says to upgrade or wait for the
	// reset.
	//
	// Action: Upgrade the plan or wait for the quota to reset. (documented)
	//
	// Wire value: QUOTA_EXCEEDED, which String gives and Parse, Lookup and Find accept.
	QuotaExceeded Code = "QUOTA_EXCEEDED"

	// RateLimited: Too many requests in a given time window. Respect the X-RateLimit-Reset header.
	//
	// Group: Rate Limiting and Quota Errors.
	//
	// HTTP mapping: 429 Too Many Requests.
	//
	// Retry: wait for the rate-limit window, then retry (documented). The page says to check the
	// X-RateLimit-Reset header and wait before retrying.
	//
	// Action: Wait until the time given in the X-RateLimit-Reset header before retrying.
	// (documented)
	//
	// Wire value: RATE_LIMITED, which String gives and Parse, Lookup and Find accept.
	RateLimited Code = "RATE_LIMITED"

	// ServerNotFound: The requested VPN server does not exist or has been decommissioned.
	//
	// Group: Resource Not Found Errors.
	//
	// HTTP mapping: 404 Not Found.
	//
	// Retry: do not retry (documented). The page lists 404 among the errors that will not resolve
	// with retries.
	//
	// Wire value: SERVER_NOT_FOUND, which String gives and Parse, Lookup and Find accept.
	ServerNotFound Code = "SERVER_NOT_FOUND"

	// ServiceUnavailable: The service is temporarily unavailable due to maintenance or overload.
	//
	// Group: Server Errors.
	//
	// HTTP mapping: 503 Service Unavailable.
	//
	// Retry: retry with exponential backoff (documented). The page lists 503 among the errors that
	// are safe to retry with backoff.
	//
	// Wire value: SERVICE_UNAVAILABLE, which String gives and Parse, Lookup and Find accept.
	ServiceUnavailable Code = "SERVICE_UNAVAILABLE"

	// SubscriptionExpired: The user's subscription has expired. A valid subscription is required
	// for this endpoint.
	//
	// Group: Billing and Payment Errors.
	//
	// HTTP mapping: 403 Forbidden.
	//
	// Retry: do not retry (documented). The page lists 403 among the errors that will not resolve
	// with retries.
	//
	// Action: Renew the subscription to continue using this feature. (documented)
	//
	// Wire value: SUBSCRIPTION_EXPIRED, which String gives and Parse, Lookup and Find accept.
	SubscriptionExpired Code = "SUBSCRIPTION_EXPIRED"

	// SubscriptionNotFound: No active subscription was found for the user.
	//
	// Group: Resource Not Found Errors.
	//
	// HTTP mapping: 404 Not Found.
	//
	// Retry: do not retry (documented). The page lists 404 among the errors that will not resolve
	// with retries.
	//
	// Wire value: SUBSCRIPTION_NOT_FOUND, which String gives and Parse, Lookup and Find accept.
	SubscriptionNotFound Code = "SUBSCRIPTION_NOT_FOUND"

	// TokenExpired: The access token has expired. Use your refresh token to obtain a new access
	// token.
	//
	// Group: Authentication Errors.
	//
	// HTTP mapping: 401 Unauthorized.
	//
	// Retry: refresh the access token, then retry once (documented). The page's token refresh flow
	// says to refresh the token first, then retry the original request exactly once.
	//
	// Departs from its status's rule: 401 is non-retryable by status, but the page's token refresh
	// flow says that on 401 TOKEN_EXPIRED the client refreshes the token first, then retries the
	// original request exactly once; if the refresh fails, it re-authenticates.
	//
	// Action: Use your refresh token to obtain a new access token, then retry the original request
	// once; re-authenticate if the refresh fails. (documented)
	//
	// Wire value: TOKEN_EXPIRED, which String gives and Parse, Lookup and Find accept.
	TokenExpired Code = "TOKEN_EXPIRED"

	// TokenInvalid: The token is malformed, revoked, or was signed with an unknown key.
	// Re-authenticate.
	//
	// Group: Authentication Errors.
	//
	// HTTP mapping: 401 Unauthorized.
	//
	// Retry: do not retry (documented). The page lists 401 among the errors that will not resolve
	// with retries.
	//
	// Action: Re-authenticate to obtain a new token. (documented)
	//
	// Wire value: TOKEN_INVALID, which String gives and Parse, Lookup and Find accept.
	TokenInvalid Code = "TOKEN_INVALID"

	// UpstreamError: An upstream dependency returned an unexpected response. Usually transient.
	//
	// Group: Server Errors.
	//
	// HTTP mapping: 502 Bad Gateway.
	//
	// Retry: retry with exponential backoff (documented). The page lists 502 among the errors that
	// are safe to retry with backoff.
	//
	// Wire value: UPSTREAM_ERROR, which String gives and Parse, Lookup and Find accept.
	UpstreamError Code = "UPSTREAM_ERROR"

	// UserNotFound: No user exists with the specified ID or email.
	//
	// Group: Resource Not Found Errors.
	//
	// HTTP mapping: 404 Not Found.
	//
	// Retry: do not retry (documented). The page lists 404 among the errors that will not resolve
	// with retries.
	//
	// Wire value: USER_NOT_FOUND, which String gives and Parse, Lookup and Find accept.
	UserNotFound Code = "USER_NOT_FOUND"

	// ValidationError: One or more request fields failed validation. The details object specifies
	// which fields are invalid.
	//
	// Group: Validation Errors.
	//
	// HTTP mapping: 400 Bad Request.
	//
	// Retry: do not retry (documented). The page lists 400 among the errors that will not resolve
	// with retries.
	//
	// Action: Read the details object for the field, constraint and received value, and correct
	// the request. (documented)
	//
	// Wire value: VALIDATION_ERROR, which String gives and Parse, Lookup and Find accept.
	ValidationError Code = "VALIDATION_ERROR"

	// VpnConnectionFailed: The VPN server could not establish a tunnel. The server may be at
	// capacity or experiencing issues.
	//
	// Group: VPN-Specific Errors.
	//
	// HTTP mapping: 500 Internal Server Error.
	//
	// Retry: retry with exponential backoff (documented). The page lists 500 among the errors that
	// are safe to retry with backoff.
	//
	// Wire value: VPN_CONNECTION_FAILED, which String gives and Parse, Lookup and Find accept.
	VpnConnectionFailed Code = "VPN_CONNECTION_FAILED"

	// WeakPassword: The password does not meet the minimum strength requirements (at least 8
	// characters, one uppercase, one number).
	//
	// Group: Validation Errors.
	//
	// HTTP mapping: 422 Unprocessable Entity.
	//
	// Retry: do not retry (documented). The page lists 422 among the errors that will not resolve
	// with retries.
	//
	// Action: Choose a password that meets the strength requirements listed in the error details.
	// (documented)
	//
	// Wire value: WEAK_PASSWORD, which String gives and Parse, Lookup and Find accept.
	WeakPassword Code = "WEAK_PASSWORD"
)

// String returns the code as it travels on the wire: the vendor's spelling.
func (c Code) String() string {
	return string(c)
}

// Info is what the catalog says about the code; ok is false for a code it does not list.
func (c Code) Info() (info codeinfo.Info, ok bool) {
	return table.ByValue(string(c))
}

// Known reports whether the catalog lists the code.
func (c Code) Known() bool {
	_, ok := c.Info()
	return ok
}

// Retryable reports whether a retry, after the step the code's retry advice names, can succeed.
func (c Code) Retryable() bool {
	info, _ := c.Info()
	return info.Retryable
}

// Description says what the code means; empty for a code the catalog does not list.
func (c Code) Description() string {
	info, _ := c.Info()
	return info.Description
}

// Lookup is what the catalog says about the code a key names: its value, identifier, alias or
// older wire name, matched exactly. ok is false for anything else.
func Lookup(key string) (info codeinfo.Info, ok bool) {
	return table.Lookup(key)
}

// Find is Lookup, saying also how the key named the code (codeinfo.ByAlias: show Info.Name instead).
func Find(key string) (match codeinfo.Match, ok bool) {
	return table.Find(key)
}

// Parse returns the code a key names, as Lookup finds it.
func Parse(key string) (Code, error) {
	if m, ok := table.Find(key); ok {
		return values[m.Index], nil
	}
	return "", fmt.Errorf("resterrorcode: unknown name %q", key)
}

// Values returns every code, in value order.
func Values() []Code {
	return append([]Code(nil), values...)
}

var values = []Code{
	AuthRequired,
	DeviceLimitReached,
	DeviceNotFound,
	DNSResolutionFailed,
	EmailAlreadyExists,
	InsufficientBalance,
	InsufficientPermissions,
	InternalError,
	InvalidEmail,
	PaymentFailed,
	QuotaExceeded,
	RateLimited,
	ServerNotFound,
	ServiceUnavailable,
	SubscriptionExpired,
	SubscriptionNotFound,
	TokenExpired,
	TokenInvalid,
	UpstreamError,
	UserNotFound,
	ValidationError,
	VpnConnectionFailed,
	WeakPassword,
}

// Each code's facts, in value order.
var infos = []codeinfo.Info{
	{
		Family:      "RestErrorCode",
		Name:        "AUTH_REQUIRED",
		Value:       "AUTH_REQUIRED",
		Group:       "authentication",
		GroupTitle:  "Authentication Errors",
		Description: "No authentication token was provided. Include a valid Bearer token in the Authorization header.",
		HTTPStatus:  401,
		Strategy:    "no-retry",
		Basis:       "documented",
		Note:        "The page lists 401 among the errors that will not resolve with retries.",
		Action:      "Include a valid Bearer token in the Authorization header.",
		ActionBasis: "documented",
		Stability:   "stable",
	},
	{
		Family:      "RestErrorCode",
		Name:        "DEVICE_LIMIT_REACHED",
		Value:       "DEVICE_LIMIT_REACHED",
		Group:       "conflict",
		GroupTitle:  "Conflict Errors",
		Description: "The user has reached the maximum number of registered devices for their subscription plan.",
		HTTPStatus:  409,
		Strategy:    "no-retry",
		Basis:       "documented",
		Note:        "The page lists 409 among the errors that will not resolve with retries.",
		Stability:   "stable",
	},
	{
		Family:      "RestErrorCode",
		Name:        "DEVICE_NOT_FOUND",
		Value:       "DEVICE_NOT_FOUND",
		Group:       "resource-not-found",
		GroupTitle:  "Resource Not Found Errors",
		Description: "No device exists with the specified device ID.",
		HTTPStatus:  404,
		Strategy:    "no-retry",
		Basis:       "documented",
		Note:        "The page lists 404 among the errors that will not resolve with retries.",
		Stability:   "stable",
	},
	{
		Family:      "RestErrorCode",
		Name:        "DNS_RESOLUTION_FAILED",
		Value:       "DNS_RESOLUTION_FAILED",
		Group:       "vpn",
		GroupTitle:  "VPN-Specific Errors",
		Description: "Smart DNS resolution failed for the requested domain. Verify the domain is in the supported list.",
		HTTPStatus:  500,
		Retryable:   true,
		Strategy:    "backoff",
		Basis:       "documented",
		Note:        "The page lists 500 among the errors that are safe to retry with backoff, though retries cannot help a domain outside the supported list.",
		Action:      "Verify the domain is in the supported list.",
		ActionBasis: "documented",
		Stability:   "stable",
	},
	{
		Family:      "RestErrorCode",
		Name:        "EMAIL_ALREADY_EXISTS",
		Value:       "EMAIL_ALREADY_EXISTS",
		Group:       "conflict",
		GroupTitle:  "Conflict Errors",
		Description: "An account with this email address already exists. Use the login endpoint instead.",
		HTTPStatus:  409,
		Strategy:    "no-retry",
		Basis:       "documented",
		Note:        "The page lists 409 among the errors that will not resolve with retries.",
		Action:      "Use the login endpoint instead.",
		ActionBasis: "documented",
		Stability:   "stable",
	},
	{
		Family:      "RestErrorCode",
		Name:        "INSUFFICIENT_BALANCE",
		Value:       "INSUFFICIENT_BALANCE",
		Group:       "billing",
		GroupTitle:  "Billing and Payment Errors",
		Description: "The user's wallet balance is insufficient for this transaction.",
		HTTPStatus:  400,
		Strategy:    "no-retry",
		Basis:       "documented",
		Note:        "The page lists 400 among the errors that will not resolve with retries.",
		Stability:   "stable",
	},
	{
		Family:      "RestErrorCode",
		Name:        "INSUFFICIENT_PERMISSIONS",
		Value:       "INSUFFICIENT_PERMISSIONS",
		Group:       "authentication",
		GroupTitle:  "Authentication Errors",
		Description: "The authenticated user does not have the required role or permission for this endpoint.",
		HTTPStatus:  403,
		Strategy:    "no-retry",
		Basis:       "documented",
		Note:        "The page lists 403 among the errors that will not resolve with retries.",
		Stability:   "stable",
	},
	{
		Family:      "RestErrorCode",
		Name:        "INTERNAL_ERROR",
		Value:       "INTERNAL_ERROR",
		Group:       "server",
		GroupTitle:  "Server Errors",
		Description: "An unexpected server error occurred. The OrbVPN team is automatically notified.",
		HTTPStatus:  500,
		Retryable:   true,
		Strategy:    "backoff",
		Basis:       "documented",
		Note:        "The page lists 500 among the errors that are safe to retry with backoff.",
		Stability:   "stable",
	},
	{
		Family:      "RestErrorCode",
		Name:        "INVALID_EMAIL",
		Value:       "INVALID_EMAIL",
		Group:       "validation",
		GroupTitle:  "Validation Errors",
		Description: "The provided email address is not a valid email format.",
		HTTPStatus:  422,
		Strategy:    "no-retry",
		Basis:       "documented",
		Note:        "The page lists 422 among the errors that will not resolve with retries.",
		Stability:   "stable",
	},
	{
		Family:      "RestErrorCode",
		Name:        "PAYMENT_FAILED",
		Value:       "PAYMENT_FAILED",
		Group:       "billing",
		GroupTitle:  "Billing and Payment Errors",
		Description: "The payment could not be processed. Check the payment method and try again.",
		HTTPStatus:  400,
		Strategy:    "no-retry",
		Basis:       "documented",
		Note:        "The page lists 400 among the errors that will not resolve with retries; the same payment method fails again.",
		Action:      "Check the payment method and try again.",
		ActionBasis: "documented",
		Stability:   "stable",
	},
	{
		Family:      "RestErrorCode",
		Name:        "QUOTA_EXCEEDED",
		Value:       "QUOTA_EXCEEDED",
		Group:       "rate-limiting",
		GroupTitle:  "Rate Limiting and Quota Errors",
		Description: "The monthly or daily API quota for your plan has been exceeded. Upgrade or wait for reset.",
		HTTPStatus:  429,
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "A monthly or daily quota does not come back within the policy's retry budget.",
		Override:    "429 is retryable by status, but the quota is monthly or daily (page), so five retries within 32 seconds cannot outlast it; Google's AIP-194 treats quota exhaustion as not retryable, and the page itself says to upgrade or wait for the reset.",
		Action:      "Upgrade the plan or wait for the quota to reset.",
		ActionBasis: "documented",
		Stability:   "stable",
	},
	{
		Family:      "RestErrorCode",
		Name:        "RATE_LIMITED",
		Value:       "RATE_LIMITED",
		Group:       "rate-limiting",
		GroupTitle:  "Rate Limiting and Quota Errors",
		Description: "Too many requests in a given time window. Respect the X-RateLimit-Reset header.",
		HTTPStatus:  429,
		Retryable:   true,
		Strategy:    "wait-for-window",
		Basis:       "documented",
		Note:        "The page says to check the X-RateLimit-Reset header and wait before retrying.",
		Action:      "Wait until the time given in the X-RateLimit-Reset header before retrying.",
		ActionBasis: "documented",
		Stability:   "stable",
	},
	{
		Family:      "RestErrorCode",
		Name:        "SERVER_NOT_FOUND",
		Value:       "SERVER_NOT_FOUND",
		Group:       "resource-not-found",
		GroupTitle:  "Resource Not Found Errors",
		Description: "The requested VPN server does not exist or has been decommissioned.",
		HTTPStatus:  404,
		Strategy:    "no-retry",
		Basis:       "documented",
		Note:        "The page lists 404 among the errors that will not resolve with retries.",
		Stability:   "stable",
	},
	{
		Family:      "RestErrorCode",
		Name:        "SERVICE_UNAVAILABLE",
		Value:       "SERVICE_UNAVAILABLE",
		Group:       "server",
		GroupTitle:  "Server Errors",
		Description: "The service is temporarily unavailable due to maintenance or overload.",
		HTTPStatus:  503,
		Retryable:   true,
		Strategy:    "backoff",
		Basis:       "documented",
		Note:        "The page lists 503 among the errors that are safe to retry with backoff.",
		Stability:   "stable",
	},
	{
		Family:      "RestErrorCode",
		Name:        "SUBSCRIPTION_EXPIRED",
		Value:       "SUBSCRIPTION_EXPIRED",
		Group:       "billing",
		GroupTitle:  "Billing and Payment Errors",
		Description: "The user's subscription has expired. A valid subscription is required for this endpoint.",
		HTTPStatus:  403,
		Strategy:    "no-retry",
		Basis:       "documented",
		Note:        "The page lists 403 among the errors that will not resolve with retries.",
		Action:      "Renew the subscription to continue using this feature.",
		ActionBasis: "documented",
		Stability:   "stable",
	},
	{
		Family:      "RestErrorCode",
		Name:        "SUBSCRIPTION_NOT_FOUND",
		Value:       "SUBSCRIPTION_NOT_FOUND",
		Group:       "resource-not-found",
		GroupTitle:  "Resource Not Found Errors",
		Description: "No active subscription was found for the user.",
		HTTPStatus:  404,
		Strategy:    "no-retry",
		Basis:       "documented",
		Note:        "The page lists 404 among the errors that will not resolve with retries.",
		Stability:   "stable",
	},
	{
		Family:      "RestErrorCode",
		Name:        "TOKEN_EXPIRED",
		Value:       "TOKEN_EXPIRED",
		Group:       "authentication",
		GroupTitle:  "Authentication Errors",
		Description: "The access token has expired. Use your refresh token to obtain a new access token.",
		HTTPStatus:  401,
		Retryable:   true,
		Strategy:    "refresh-credentials",
		Basis:       "documented",
		Note:        "The page's token refresh flow says to refresh the token first, then retry the original request exactly once.",
		Override:    "401 is non-retryable by status, but the page's token refresh flow says that on 401 TOKEN_EXPIRED the client refreshes the token first, then retries the original request exactly once; if the refresh fails, it re-authenticates.",
		Action:      "Use your refresh token to obtain a new access token, then retry the original request once; re-authenticate if the refresh fails.",
		ActionBasis: "documented",
		Stability:   "stable",
	},
	{
		Family:      "RestErrorCode",
		Name:        "TOKEN_INVALID",
		Value:       "TOKEN_INVALID",
		Group:       "authentication",
		GroupTitle:  "Authentication Errors",
		Description: "The token is malformed, revoked, or was signed with an unknown key. Re-authenticate.",
		HTTPStatus:  401,
		Strategy:    "no-retry",
		Basis:       "documented",
		Note:        "The page lists 401 among the errors that will not resolve with retries.",
		Action:      "Re-authenticate to obtain a new token.",
		ActionBasis: "documented",
		Stability:   "stable",
	},
	{
		Family:      "RestErrorCode",
		Name:        "UPSTREAM_ERROR",
		Value:       "UPSTREAM_ERROR",
		Group:       "server",
		GroupTitle:  "Server Errors",
		Description: "An upstream dependency returned an unexpected response. Usually transient.",
		HTTPStatus:  502,
		Retryable:   true,
		Strategy:    "backoff",
		Basis:       "documented",
		Note:        "The page lists 502 among the errors that are safe to retry with backoff.",
		Stability:   "stable",
	},
	{
		Family:      "RestErrorCode",
		Name:        "USER_NOT_FOUND",
		Value:       "USER_NOT_FOUND",
		Group:       "resource-not-found",
		GroupTitle:  "Resource Not Found Errors",
		Description: "No user exists with the specified ID or email.",
		HTTPStatus:  404,
		Strategy:    "no-retry",
		Basis:       "documented",
		Note:        "The page lists 404 among the errors that will not resolve with retries.",
		Stability:   "stable",
	},
	{
		Family:      "RestErrorCode",
		Name:        "VALIDATION_ERROR",
		Value:       "VALIDATION_ERROR",
		Group:       "validation",
		GroupTitle:  "Validation Errors",
		Description: "One or more request fields failed validation. The details object specifies which fields are invalid.",
		HTTPStatus:  400,
		Strategy:    "no-retry",
		Basis:       "documented",
		Note:        "The page lists 400 among the errors that will not resolve with retries.",
		Action:      "Read the details object for the field, constraint and received value, and correct the request.",
		ActionBasis: "documented",
		Stability:   "stable",
	},
	{
		Family:      "RestErrorCode",
		Name:        "VPN_CONNECTION_FAILED",
		Value:       "VPN_CONNECTION_FAILED",
		Group:       "vpn",
		GroupTitle:  "VPN-Specific Errors",
		Description: "The VPN server could not establish a tunnel. The server may be at capacity or experiencing issues.",
		HTTPStatus:  500,
		Retryable:   true,
		Strategy:    "backoff",
		Basis:       "documented",
		Note:        "The page lists 500 among the errors that are safe to retry with backoff.",
		Stability:   "stable",
	},
	{
		Family:      "RestErrorCode",
		Name:        "WEAK_PASSWORD",
		Value:       "WEAK_PASSWORD",
		Group:       "validation",
		GroupTitle:  "Validation Errors",
		Description: "The password does not meet the minimum strength requirements (at least 8 characters, one uppercase, one number).",
		HTTPStatus:  422,
		Strategy:    "no-retry",
		Basis:       "documented",
		Note:        "The page lists 422 among the errors that will not resolve with retries.",
		Action:      "Choose a password that meets the strength requirements listed in the error details.",
		ActionBasis: "documented",
		Stability:   "stable",
	},
}

// Every key a lookup accepts, the catalog's priority between kinds already applied: the same keys as
// the TypeScript describe().
var keys = []codeinfo.Key{
	{Text: "AUTH_REQUIRED", Index: 0, Kind: codeinfo.ByName},
	{Text: "DEVICE_LIMIT_REACHED", Index: 1, Kind: codeinfo.ByName},
	{Text: "DEVICE_NOT_FOUND", Index: 2, Kind: codeinfo.ByName},
	{Text: "DNS_RESOLUTION_FAILED", Index: 3, Kind: codeinfo.ByName},
	{Text: "EMAIL_ALREADY_EXISTS", Index: 4, Kind: codeinfo.ByName},
	{Text: "INSUFFICIENT_BALANCE", Index: 5, Kind: codeinfo.ByName},
	{Text: "INSUFFICIENT_PERMISSIONS", Index: 6, Kind: codeinfo.ByName},
	{Text: "INTERNAL_ERROR", Index: 7, Kind: codeinfo.ByName},
	{Text: "INVALID_EMAIL", Index: 8, Kind: codeinfo.ByName},
	{Text: "PAYMENT_FAILED", Index: 9, Kind: codeinfo.ByName},
	{Text: "QUOTA_EXCEEDED", Index: 10, Kind: codeinfo.ByName},
	{Text: "RATE_LIMITED", Index: 11, Kind: codeinfo.ByName},
	{Text: "SERVER_NOT_FOUND", Index: 12, Kind: codeinfo.ByName},
	{Text: "SERVICE_UNAVAILABLE", Index: 13, Kind: codeinfo.ByName},
	{Text: "SUBSCRIPTION_EXPIRED", Index: 14, Kind: codeinfo.ByName},
	{Text: "SUBSCRIPTION_NOT_FOUND", Index: 15, Kind: codeinfo.ByName},
	{Text: "TOKEN_EXPIRED", Index: 16, Kind: codeinfo.ByName},
	{Text: "TOKEN_INVALID", Index: 17, Kind: codeinfo.ByName},
	{Text: "UPSTREAM_ERROR", Index: 18, Kind: codeinfo.ByName},
	{Text: "USER_NOT_FOUND", Index: 19, Kind: codeinfo.ByName},
	{Text: "VALIDATION_ERROR", Index: 20, Kind: codeinfo.ByName},
	{Text: "VPN_CONNECTION_FAILED", Index: 21, Kind: codeinfo.ByName},
	{Text: "WEAK_PASSWORD", Index: 22, Kind: codeinfo.ByName},
}

var table = codeinfo.NewTable(infos, keys)
