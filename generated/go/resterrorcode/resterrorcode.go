// Code generated from catalog/*.yaml by `npm run build`. DO NOT EDIT.

// Package resterrorcode holds the RestErrorCode codes (OrbVPN API application error codes).
//
// Machine-readable error.code strings in the error object of the OrbVPN API's JSON response
// envelope. Codes are stable between API versions, unlike messages; several codes can share one
// HTTP status.
//
// Source: OrbVPN, Error Reference (section Application Error Codes).
package resterrorcode

import "fmt"

// Code is a member of RestErrorCode. Any string converts to a Code, so an unknown code still
// decodes; Known reports whether the catalog has it.
type Code string

// The codes, in value order.
const (
	// AUTH_REQUIRED: No authentication token was provided. Include a valid Bearer token in the Authorization
	// header.
	//
	// HTTP mapping: 401 Unauthorized.
	//
	// Retry: do not retry (documented).
	AUTH_REQUIRED Code = "AUTH_REQUIRED"

	// DEVICE_LIMIT_REACHED: The user has reached the maximum number of registered devices for their subscription plan.
	//
	// HTTP mapping: 409 Conflict.
	//
	// Retry: do not retry (documented).
	DEVICE_LIMIT_REACHED Code = "DEVICE_LIMIT_REACHED"

	// DEVICE_NOT_FOUND: No device exists with the specified device ID.
	//
	// HTTP mapping: 404 Not Found.
	//
	// Retry: do not retry (documented).
	DEVICE_NOT_FOUND Code = "DEVICE_NOT_FOUND"

	// DNS_RESOLUTION_FAILED: Smart DNS resolution failed for the requested domain. Verify the domain is in the supported
	// list.
	//
	// HTTP mapping: 500 Internal Server Error.
	//
	// Retry: retry with exponential backoff (documented).
	DNS_RESOLUTION_FAILED Code = "DNS_RESOLUTION_FAILED"

	// EMAIL_ALREADY_EXISTS: An account with this email address already exists. Use the login endpoint instead.
	//
	// HTTP mapping: 409 Conflict.
	//
	// Retry: do not retry (documented).
	EMAIL_ALREADY_EXISTS Code = "EMAIL_ALREADY_EXISTS"

	// INSUFFICIENT_BALANCE: The user's wallet balance is insufficient for this transaction.
	//
	// HTTP mapping: 400 Bad Request.
	//
	// Retry: do not retry (documented).
	INSUFFICIENT_BALANCE Code = "INSUFFICIENT_BALANCE"

	// INSUFFICIENT_PERMISSIONS: The authenticated user does not have the required role or permission for this endpoint.
	//
	// HTTP mapping: 403 Forbidden.
	//
	// Retry: do not retry (documented).
	INSUFFICIENT_PERMISSIONS Code = "INSUFFICIENT_PERMISSIONS"

	// INTERNAL_ERROR: An unexpected server error occurred. The OrbVPN team is automatically notified.
	//
	// HTTP mapping: 500 Internal Server Error.
	//
	// Retry: retry with exponential backoff (documented).
	INTERNAL_ERROR Code = "INTERNAL_ERROR"

	// INVALID_EMAIL: The provided email address is not a valid email format.
	//
	// HTTP mapping: 422 Unprocessable Entity.
	//
	// Retry: do not retry (documented).
	INVALID_EMAIL Code = "INVALID_EMAIL"

	// PAYMENT_FAILED: The payment could not be processed. Check the payment method and try again.
	//
	// HTTP mapping: 400 Bad Request.
	//
	// Retry: do not retry (documented).
	PAYMENT_FAILED Code = "PAYMENT_FAILED"

	// QUOTA_EXCEEDED: The monthly or daily API quota for your plan has been exceeded. Upgrade or wait for reset.
	//
	// HTTP mapping: 429 Too Many Requests.
	//
	// Retry: do not retry (inferred).
	QUOTA_EXCEEDED Code = "QUOTA_EXCEEDED"

	// RATE_LIMITED: Too many requests in a given time window. Respect the X-RateLimit-Reset header.
	//
	// HTTP mapping: 429 Too Many Requests.
	//
	// Retry: wait for the rate-limit window, then retry (documented).
	RATE_LIMITED Code = "RATE_LIMITED"

	// SERVER_NOT_FOUND: The requested VPN server does not exist or has been decommissioned.
	//
	// HTTP mapping: 404 Not Found.
	//
	// Retry: do not retry (documented).
	SERVER_NOT_FOUND Code = "SERVER_NOT_FOUND"

	// SERVICE_UNAVAILABLE: The service is temporarily unavailable due to maintenance or overload.
	//
	// HTTP mapping: 503 Service Unavailable.
	//
	// Retry: retry with exponential backoff (documented).
	SERVICE_UNAVAILABLE Code = "SERVICE_UNAVAILABLE"

	// SUBSCRIPTION_EXPIRED: The user's subscription has expired. A valid subscription is required for this endpoint.
	//
	// HTTP mapping: 403 Forbidden.
	//
	// Retry: do not retry (documented).
	SUBSCRIPTION_EXPIRED Code = "SUBSCRIPTION_EXPIRED"

	// SUBSCRIPTION_NOT_FOUND: No active subscription was found for the user.
	//
	// HTTP mapping: 404 Not Found.
	//
	// Retry: do not retry (documented).
	SUBSCRIPTION_NOT_FOUND Code = "SUBSCRIPTION_NOT_FOUND"

	// TOKEN_EXPIRED: The access token has expired. Use your refresh token to obtain a new access token.
	//
	// HTTP mapping: 401 Unauthorized.
	//
	// Retry: refresh the access token, then retry once (documented).
	TOKEN_EXPIRED Code = "TOKEN_EXPIRED"

	// TOKEN_INVALID: The token is malformed, revoked, or was signed with an unknown key. Re-authenticate.
	//
	// HTTP mapping: 401 Unauthorized.
	//
	// Retry: do not retry (documented).
	TOKEN_INVALID Code = "TOKEN_INVALID"

	// UPSTREAM_ERROR: An upstream dependency returned an unexpected response. Usually transient.
	//
	// HTTP mapping: 502 Bad Gateway.
	//
	// Retry: retry with exponential backoff (documented).
	UPSTREAM_ERROR Code = "UPSTREAM_ERROR"

	// USER_NOT_FOUND: No user exists with the specified ID or email.
	//
	// HTTP mapping: 404 Not Found.
	//
	// Retry: do not retry (documented).
	USER_NOT_FOUND Code = "USER_NOT_FOUND"

	// VALIDATION_ERROR: One or more request fields failed validation. The details object specifies which fields are
	// invalid.
	//
	// HTTP mapping: 400 Bad Request.
	//
	// Retry: do not retry (documented).
	VALIDATION_ERROR Code = "VALIDATION_ERROR"

	// VPN_CONNECTION_FAILED: The VPN server could not establish a tunnel. The server may be at capacity or experiencing
	// issues.
	//
	// HTTP mapping: 500 Internal Server Error.
	//
	// Retry: retry with exponential backoff (documented).
	VPN_CONNECTION_FAILED Code = "VPN_CONNECTION_FAILED"

	// WEAK_PASSWORD: The password does not meet the minimum strength requirements (at least 8 characters, one
	// uppercase, one number).
	//
	// HTTP mapping: 422 Unprocessable Entity.
	//
	// Retry: do not retry (documented).
	WEAK_PASSWORD Code = "WEAK_PASSWORD"
)

// String returns the code's identifier, verbatim from the catalog.
func (c Code) String() string {
	return string(c)
}

// Known reports whether the catalog has the code.
func (c Code) Known() bool {
	switch c {
	case AUTH_REQUIRED, DEVICE_LIMIT_REACHED, DEVICE_NOT_FOUND, DNS_RESOLUTION_FAILED,
		EMAIL_ALREADY_EXISTS, INSUFFICIENT_BALANCE, INSUFFICIENT_PERMISSIONS, INTERNAL_ERROR,
		INVALID_EMAIL, PAYMENT_FAILED, QUOTA_EXCEEDED, RATE_LIMITED, SERVER_NOT_FOUND,
		SERVICE_UNAVAILABLE, SUBSCRIPTION_EXPIRED, SUBSCRIPTION_NOT_FOUND, TOKEN_EXPIRED, TOKEN_INVALID,
		UPSTREAM_ERROR, USER_NOT_FOUND, VALIDATION_ERROR, VPN_CONNECTION_FAILED, WEAK_PASSWORD:
		return true
	}
	return false
}

// Retryable reports whether a retry, after the step the code's retry advice names, can succeed.
func (c Code) Retryable() bool {
	switch c {
	case DNS_RESOLUTION_FAILED, INTERNAL_ERROR, RATE_LIMITED, SERVICE_UNAVAILABLE, TOKEN_EXPIRED,
		UPSTREAM_ERROR, VPN_CONNECTION_FAILED:
		return true
	}
	return false
}

// Parse returns the code with this identifier.
func Parse(name string) (Code, error) {
	if c, ok := byName[name]; ok {
		return c, nil
	}
	return "", fmt.Errorf("resterrorcode: unknown name %q", name)
}

// Values returns every code, in value order.
func Values() []Code {
	return []Code{
		AUTH_REQUIRED,
		DEVICE_LIMIT_REACHED,
		DEVICE_NOT_FOUND,
		DNS_RESOLUTION_FAILED,
		EMAIL_ALREADY_EXISTS,
		INSUFFICIENT_BALANCE,
		INSUFFICIENT_PERMISSIONS,
		INTERNAL_ERROR,
		INVALID_EMAIL,
		PAYMENT_FAILED,
		QUOTA_EXCEEDED,
		RATE_LIMITED,
		SERVER_NOT_FOUND,
		SERVICE_UNAVAILABLE,
		SUBSCRIPTION_EXPIRED,
		SUBSCRIPTION_NOT_FOUND,
		TOKEN_EXPIRED,
		TOKEN_INVALID,
		UPSTREAM_ERROR,
		USER_NOT_FOUND,
		VALIDATION_ERROR,
		VPN_CONNECTION_FAILED,
		WEAK_PASSWORD,
	}
}

var byName = map[string]Code{
	"AUTH_REQUIRED":            AUTH_REQUIRED,
	"DEVICE_LIMIT_REACHED":     DEVICE_LIMIT_REACHED,
	"DEVICE_NOT_FOUND":         DEVICE_NOT_FOUND,
	"DNS_RESOLUTION_FAILED":    DNS_RESOLUTION_FAILED,
	"EMAIL_ALREADY_EXISTS":     EMAIL_ALREADY_EXISTS,
	"INSUFFICIENT_BALANCE":     INSUFFICIENT_BALANCE,
	"INSUFFICIENT_PERMISSIONS": INSUFFICIENT_PERMISSIONS,
	"INTERNAL_ERROR":           INTERNAL_ERROR,
	"INVALID_EMAIL":            INVALID_EMAIL,
	"PAYMENT_FAILED":           PAYMENT_FAILED,
	"QUOTA_EXCEEDED":           QUOTA_EXCEEDED,
	"RATE_LIMITED":             RATE_LIMITED,
	"SERVER_NOT_FOUND":         SERVER_NOT_FOUND,
	"SERVICE_UNAVAILABLE":      SERVICE_UNAVAILABLE,
	"SUBSCRIPTION_EXPIRED":     SUBSCRIPTION_EXPIRED,
	"SUBSCRIPTION_NOT_FOUND":   SUBSCRIPTION_NOT_FOUND,
	"TOKEN_EXPIRED":            TOKEN_EXPIRED,
	"TOKEN_INVALID":            TOKEN_INVALID,
	"UPSTREAM_ERROR":           UPSTREAM_ERROR,
	"USER_NOT_FOUND":           USER_NOT_FOUND,
	"VALIDATION_ERROR":         VALIDATION_ERROR,
	"VPN_CONNECTION_FAILED":    VPN_CONNECTION_FAILED,
	"WEAK_PASSWORD":            WEAK_PASSWORD,
}
