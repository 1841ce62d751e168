// Code generated from catalog/*.yaml by `npm run build`. DO NOT EDIT.
// Generated from catalog/*.yaml by scripts/emit/languages/go/enum.ts (npm run build); do not edit.

// Package responseresult holds the ResponseResult codes (Unified VPN SDK for Windows request
// results).
//
// Result of the request processing by the UnifiedSDK service. The SDK returns it as the response
// result of a request; the page gives names only, so the value of each member is its name.
//
// Source: Pango, Unified VPN SDK for Windows: Error processing (section ResponseResult).
package responseresult

import (
	"fmt"

	"github.com/vpn-error-codes/vpn-error-codes/generated/go/codeinfo"
)

// Code is a member of ResponseResult. Any string converts to a Code, so an unknown code still
// decodes; Known reports whether the catalog has it, and Info what the catalog says about it.
type Code string

// The codes, in value order.
const (
	// AuthFailed: Backend authentication failed.
	//
	// Group: Backend server error codes.
	//
	// Retry: do not retry (inferred). The same credentials fail again; the client must
	// re-authenticate.
	//
	// Action: Re-authenticate with valid credentials before sending the request again. (inferred)
	AuthFailed Code = "AuthFailed"

	// BadRequest: Backend server returned a 400 error.
	//
	// Group: Backend server error codes.
	//
	// HTTP mapping: 400 Bad Request.
	//
	// Retry: do not retry (inferred). A 400 from the backend does not resolve with retries.
	//
	// Action: Correct the request parameters before sending the request again. (inferred)
	BadRequest Code = "BadRequest"

	// CarrierDisabled: Carrier disabled on the backend.
	//
	// Group: Backend server error codes.
	//
	// Retry: do not retry (inferred). A disabled carrier is a backend configuration state that
	// retries do not change.
	//
	// Action: Check that the carrier (project) is enabled in the backend before connecting again.
	// (inferred)
	CarrierDisabled Code = "CarrierDisabled"

	// ConnectionTimeout: Cannot connect to the service during the timeout.
	//
	// Group: Client side error codes.
	//
	// Retry: retry with exponential backoff (inferred). A connection timeout to the local service
	// is usually transient, for example while the service is starting.
	//
	// Action: Check that the SDK service is running, then send the request again with backoff.
	// (inferred)
	ConnectionTimeout Code = "ConnectionTimeout"

	// DevicesExceed: Device limit exceed.
	//
	// Group: Backend server error codes.
	//
	// Retry: do not retry (inferred). The device limit does not change between attempts.
	//
	// Action: Remove a registered device or raise the user's device limit before connecting again.
	// (inferred)
	//
	// Name lookups also accept DEVICES_EXCEED.
	DevicesExceed Code = "DevicesExceed"

	// Error: Request processing failed for any reason.
	//
	// Group: Service side error codes.
	//
	// Retry: do not retry (inferred). The page gives no cause, so a blind retry is not known to
	// help.
	//
	// Action: Log the error details and handle it as a general failure of the request. (inferred)
	Error Code = "Error"

	// FeatureNotFound: Feature not found.
	//
	// Group: Backend server error codes.
	//
	// Retry: do not retry (inferred). A missing feature does not appear between attempts.
	//
	// Action: Check that the feature is enabled for the project before using it. (inferred)
	FeatureNotFound Code = "FeatureNotFound"

	// Forbidden: Backend server returned a 403 error.
	//
	// Group: Backend server error codes.
	//
	// HTTP mapping: 403 Forbidden.
	//
	// Retry: do not retry (inferred). A 403 from the backend does not resolve with retries.
	//
	// Action: Check the user's permissions and project settings for this request. (inferred)
	Forbidden Code = "Forbidden"

	// InternalServerError: Backend server returned a 500 error.
	//
	// Group: Backend server error codes.
	//
	// HTTP mapping: 500 Internal Server Error.
	//
	// Retry: retry with exponential backoff (inferred). A 500 from the backend is usually
	// transient and safe to retry with backoff.
	//
	// Action: Retry the request with exponential backoff. (inferred)
	InternalServerError Code = "InternalServerError"

	// Invalid: Invalid data.
	//
	// Group: Backend server error codes.
	//
	// Retry: do not retry (inferred). The same invalid data is rejected again.
	//
	// Action: Correct the data sent to the backend before sending the request again. (inferred)
	Invalid Code = "Invalid"

	// InvalidDeviceId: Invalid device identifier.
	//
	// Group: Backend server error codes.
	//
	// Retry: do not retry (inferred). The same invalid device identifier is rejected again.
	//
	// Action: Generate and send a valid unique device identifier. (inferred)
	InvalidDeviceId Code = "InvalidDeviceId"

	// InvalidPurchase: Something went wrong with the purchase.
	//
	// Group: Backend server error codes.
	//
	// Retry: do not retry (inferred). A purchase problem is not resolved by repeating the request.
	//
	// Action: Check the purchase data and let the user complete or restore the purchase.
	// (inferred)
	InvalidPurchase Code = "InvalidPurchase"

	// InvalidResponse: Invalid response from the server (i.e. HTML instead of JSON).
	//
	// Group: Backend server error codes.
	//
	// Retry: retry with exponential backoff (inferred). An HTML answer usually comes from a proxy
	// or maintenance page and is often transient.
	//
	// Action: Retry the request later with backoff and log the response body. (inferred)
	InvalidResponse Code = "InvalidResponse"

	// InvalidUri: URI parameter has an invalid format.
	//
	// Group: Service side error codes.
	//
	// Retry: do not retry (inferred). The same malformed URI fails again.
	//
	// Action: Fix the format of the URI parameter before sending the request again. (inferred)
	InvalidUri Code = "InvalidUri"

	// NoInternetConnection: Request processing failed because the service detected a broken
	// internet connection through the primary network adapter.
	//
	// Group: Service side error codes.
	//
	// Retry: retry with exponential backoff (inferred). The request can succeed once the primary
	// network adapter has internet connectivity again.
	//
	// Action: Wait until the primary network adapter is back online, then send the request again.
	// (inferred)
	NoInternetConnection Code = "NoInternetConnection"

	// None: No result; the default value, which should never come from the service.
	//
	// Group: Success codes.
	//
	// Retry: not an error (documented). The page lists it under success codes, so it is not an
	// error.
	None Code = "None"

	// NotAuthorized: The client passed an invalid Auth token.
	//
	// Group: Backend server error codes.
	//
	// Retry: do not retry (inferred). The same invalid token is rejected again; the client must
	// re-authenticate first.
	//
	// Action: Re-authenticate to obtain a valid Auth token, then send the request again.
	// (inferred)
	//
	// Name lookups also accept NOT_AUTHORIZED.
	NotAuthorized Code = "NotAuthorized"

	// NotFound: Backend server returned a 404 error.
	//
	// Group: Backend server error codes.
	//
	// HTTP mapping: 404 Not Found.
	//
	// Retry: do not retry (inferred). A 404 from the backend does not resolve with retries.
	//
	// Action: Check the identifiers in the request; the requested resource does not exist on the
	// backend. (inferred)
	NotFound Code = "NotFound"

	// NotResponding: VPN node server is not responding.
	//
	// Group: Service side error codes.
	//
	// Retry: retry with exponential backoff (inferred). An unresponsive VPN node is an unavailable
	// condition that is often transient.
	//
	// Action: Retry later with backoff, or choose another location. (inferred)
	NotResponding Code = "NotResponding"

	// OauthError: Open authenticator (OAuth) error.
	//
	// Group: Backend server error codes.
	//
	// Retry: do not retry (inferred). An OAuth failure needs new credentials from the identity
	// provider, not a repeated request.
	//
	// Action: Sign the user in with the OAuth provider again to obtain a valid token. (inferred)
	//
	// Name lookups also accept OAuthError.
	OauthError Code = "OauthError"

	// Ok: Request processed successfully.
	//
	// Group: Success codes.
	//
	// Retry: not an error (documented). The page lists it under success codes, so it is not an
	// error.
	Ok Code = "Ok"

	// RequestLimitExceed: Backend request limit exceed.
	//
	// Group: Backend server error codes.
	//
	// Retry: do not retry (inferred). The page gives no window or reset time, so an immediate
	// retry only hits the same limit.
	//
	// Action: Stop sending requests to the backend for a while instead of retrying in a loop.
	// (inferred)
	RequestLimitExceed Code = "RequestLimitExceed"

	// RequestTimeout: Backend server did not respond within the specified timeout interval.
	//
	// Group: Backend server error codes.
	//
	// Retry: retry with exponential backoff (inferred). A backend timeout is usually transient.
	//
	// Action: Retry the request with backoff. (inferred)
	RequestTimeout Code = "RequestTimeout"

	// ServerNotAnswering: Cannot connect to the backend server.
	//
	// Group: Backend server error codes.
	//
	// Retry: retry with exponential backoff (inferred). Failing to reach the backend server is
	// usually a transient network or availability problem.
	//
	// Action: Retry the request later with backoff. (inferred)
	ServerNotAnswering Code = "ServerNotAnswering"

	// ServerUnavailable: Backend server is unavailable.
	//
	// Group: Backend server error codes.
	//
	// Retry: retry with exponential backoff (inferred). An unavailable backend is usually a
	// transient condition.
	//
	// Action: Retry the request later with backoff. (inferred)
	ServerUnavailable Code = "ServerUnavailable"

	// ServiceNotInitialized: Service is not initialized.
	//
	// Group: Service side error codes.
	//
	// Retry: do not retry (inferred). Sending the same request again fails until the service has
	// been initialized.
	//
	// Action: Initialize the service before sending the request again. (inferred)
	ServiceNotInitialized Code = "ServiceNotInitialized"

	// SessionNotFound: Session not found.
	//
	// Group: Backend server error codes.
	//
	// Retry: do not retry (inferred). Repeating a request for a session the backend does not know
	// fails again.
	//
	// Action: Start a new VPN session instead of repeating the request for the missing one.
	// (inferred)
	SessionNotFound Code = "SessionNotFound"

	// SessionTrafficExceed: Session traffic exceed.
	//
	// Group: Backend server error codes.
	//
	// Retry: do not retry (inferred). The session's traffic limit does not reset between attempts.
	//
	// Action: Tell the user that the session traffic limit is reached. (inferred)
	SessionTrafficExceed Code = "SessionTrafficExceed"

	// SessionsExceed: Session limit exceed.
	//
	// Group: Backend server error codes.
	//
	// Retry: do not retry (inferred). The session limit does not change between attempts.
	//
	// Action: Close another session of the user or raise the session limit before connecting
	// again. (inferred)
	//
	// Name lookups also accept SESSIONS_EXCEED.
	SessionsExceed Code = "SessionsExceed"

	// Timeout: SDK service did not respond within the specified timeout interval (3 minutes).
	//
	// Group: Client side error codes.
	//
	// Retry: retry with exponential backoff (inferred). A busy service may answer a later attempt,
	// but the timed-out request may still be in progress.
	//
	// Action: Query the service state before sending the request again, so that a request still in
	// progress is not repeated. (inferred)
	Timeout Code = "Timeout"

	// TooManyRequests: SDK service cannot process the command because the same process is in
	// progress or already done. From the service this error occurs only for StartVpn and StopVpn
	// requests.
	//
	// Group: Service side error codes.
	//
	// Retry: do not retry (inferred). The same StartVpn or StopVpn operation is already in
	// progress or done, so repeating it does not help.
	//
	// Action: Wait for the running StartVpn or StopVpn operation to finish and check the tunnel
	// state instead of repeating the request. (inferred)
	TooManyRequests Code = "TooManyRequests"

	// TrafficExceed: Account traffic limit exceed.
	//
	// Group: Backend server error codes.
	//
	// Retry: do not retry (inferred). The account's traffic limit does not reset between attempts.
	//
	// Action: Tell the user that the traffic limit is reached and offer a plan with more traffic.
	// (inferred)
	//
	// Name lookups also accept TRAFFIC_EXCEED.
	TrafficExceed Code = "TrafficExceed"

	// TransportError: Transport error between client and server.
	//
	// Group: Client side error codes.
	//
	// Retry: retry with exponential backoff (inferred). A transport error between the client and
	// the service is usually transient.
	//
	// Action: Retry the request with backoff and raise an SdkException to the user if it keeps
	// failing. (inferred)
	TransportError Code = "TransportError"

	// TransportNotAuthorized: The client pipe is not authorized to connect.
	//
	// Group: Client side error codes.
	//
	// Retry: do not retry (inferred). The pipe's authorization does not change between attempts.
	//
	// Action: Check that the client application is allowed to connect to the service pipe.
	// (inferred)
	TransportNotAuthorized Code = "TransportNotAuthorized"

	// UnAuthorized: Unauthorized response.
	//
	// Group: Backend server error codes.
	//
	// Retry: do not retry (inferred). An unauthorized response is not resolved by sending the same
	// request again.
	//
	// Action: Re-authenticate the user, then send the request again. (inferred)
	UnAuthorized Code = "UnAuthorized"

	// Unlimited: Current user traffic limit is unlimited.
	//
	// Group: Success codes.
	//
	// Retry: not an error (documented). The page lists it under success codes, so it is not an
	// error.
	Unlimited Code = "Unlimited"

	// UnsupportedVersion: Unsupported version.
	//
	// Group: Backend server error codes.
	//
	// Retry: do not retry (inferred). The version stays unsupported until the client is updated.
	//
	// Action: Update the SDK or application to a supported version. (inferred)
	UnsupportedVersion Code = "UnsupportedVersion"

	// UserSuspended: User activity suspended.
	//
	// Group: Backend server error codes.
	//
	// Retry: do not retry (inferred). A suspended user stays suspended between attempts.
	//
	// Action: Tell the user that the account is suspended and stop connection attempts. (inferred)
	UserSuspended Code = "UserSuspended"
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
	return "", fmt.Errorf("responseresult: unknown name %q", key)
}

// Values returns every code, in value order.
func Values() []Code {
	return append([]Code(nil), values...)
}

var values = []Code{
	AuthFailed,
	BadRequest,
	CarrierDisabled,
	ConnectionTimeout,
	DevicesExceed,
	Error,
	FeatureNotFound,
	Forbidden,
	InternalServerError,
	Invalid,
	InvalidDeviceId,
	InvalidPurchase,
	InvalidResponse,
	InvalidUri,
	NoInternetConnection,
	None,
	NotAuthorized,
	NotFound,
	NotResponding,
	OauthError,
	Ok,
	RequestLimitExceed,
	RequestTimeout,
	ServerNotAnswering,
	ServerUnavailable,
	ServiceNotInitialized,
	SessionNotFound,
	SessionTrafficExceed,
	SessionsExceed,
	Timeout,
	TooManyRequests,
	TrafficExceed,
	TransportError,
	TransportNotAuthorized,
	UnAuthorized,
	Unlimited,
	UnsupportedVersion,
	UserSuspended,
}

// Each code's facts, in value order.
var infos = []codeinfo.Info{
	{
		Family:      "ResponseResult",
		Name:        "AuthFailed",
		Value:       "AuthFailed",
		Group:       "backend",
		GroupTitle:  "Backend server error codes",
		Description: "Backend authentication failed.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "The same credentials fail again; the client must re-authenticate.",
		Action:      "Re-authenticate with valid credentials before sending the request again.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "ResponseResult",
		Name:        "BadRequest",
		Value:       "BadRequest",
		Group:       "backend",
		GroupTitle:  "Backend server error codes",
		Description: "Backend server returned a 400 error.",
		HTTPStatus:  400,
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "A 400 from the backend does not resolve with retries.",
		Action:      "Correct the request parameters before sending the request again.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "ResponseResult",
		Name:        "CarrierDisabled",
		Value:       "CarrierDisabled",
		Group:       "backend",
		GroupTitle:  "Backend server error codes",
		Description: "Carrier disabled on the backend.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "A disabled carrier is a backend configuration state that retries do not change.",
		Action:      "Check that the carrier (project) is enabled in the backend before connecting again.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "ResponseResult",
		Name:        "ConnectionTimeout",
		Value:       "ConnectionTimeout",
		Group:       "client",
		GroupTitle:  "Client side error codes",
		Description: "Cannot connect to the service during the timeout.",
		Retryable:   true,
		Strategy:    "backoff",
		Basis:       "inferred",
		Note:        "A connection timeout to the local service is usually transient, for example while the service is starting.",
		Action:      "Check that the SDK service is running, then send the request again with backoff.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "ResponseResult",
		Name:        "DevicesExceed",
		Value:       "DevicesExceed",
		Group:       "backend",
		GroupTitle:  "Backend server error codes",
		Description: "Device limit exceed.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "The device limit does not change between attempts.",
		Action:      "Remove a registered device or raise the user's device limit before connecting again.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "ResponseResult",
		Name:        "Error",
		Value:       "Error",
		Group:       "service",
		GroupTitle:  "Service side error codes",
		Description: "Request processing failed for any reason.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "The page gives no cause, so a blind retry is not known to help.",
		Action:      "Log the error details and handle it as a general failure of the request.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "ResponseResult",
		Name:        "FeatureNotFound",
		Value:       "FeatureNotFound",
		Group:       "backend",
		GroupTitle:  "Backend server error codes",
		Description: "Feature not found.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "A missing feature does not appear between attempts.",
		Action:      "Check that the feature is enabled for the project before using it.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "ResponseResult",
		Name:        "Forbidden",
		Value:       "Forbidden",
		Group:       "backend",
		GroupTitle:  "Backend server error codes",
		Description: "Backend server returned a 403 error.",
		HTTPStatus:  403,
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "A 403 from the backend does not resolve with retries.",
		Action:      "Check the user's permissions and project settings for this request.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "ResponseResult",
		Name:        "InternalServerError",
		Value:       "InternalServerError",
		Group:       "backend",
		GroupTitle:  "Backend server error codes",
		Description: "Backend server returned a 500 error.",
		HTTPStatus:  500,
		Retryable:   true,
		Strategy:    "backoff",
		Basis:       "inferred",
		Note:        "A 500 from the backend is usually transient and safe to retry with backoff.",
		Action:      "Retry the request with exponential backoff.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "ResponseResult",
		Name:        "Invalid",
		Value:       "Invalid",
		Group:       "backend",
		GroupTitle:  "Backend server error codes",
		Description: "Invalid data.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "The same invalid data is rejected again.",
		Action:      "Correct the data sent to the backend before sending the request again.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "ResponseResult",
		Name:        "InvalidDeviceId",
		Value:       "InvalidDeviceId",
		Group:       "backend",
		GroupTitle:  "Backend server error codes",
		Description: "Invalid device identifier.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "The same invalid device identifier is rejected again.",
		Action:      "Generate and send a valid unique device identifier.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "ResponseResult",
		Name:        "InvalidPurchase",
		Value:       "InvalidPurchase",
		Group:       "backend",
		GroupTitle:  "Backend server error codes",
		Description: "Something went wrong with the purchase.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "A purchase problem is not resolved by repeating the request.",
		Action:      "Check the purchase data and let the user complete or restore the purchase.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "ResponseResult",
		Name:        "InvalidResponse",
		Value:       "InvalidResponse",
		Group:       "backend",
		GroupTitle:  "Backend server error codes",
		Description: "Invalid response from the server (i.e. HTML instead of JSON).",
		Retryable:   true,
		Strategy:    "backoff",
		Basis:       "inferred",
		Note:        "An HTML answer usually comes from a proxy or maintenance page and is often transient.",
		Action:      "Retry the request later with backoff and log the response body.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "ResponseResult",
		Name:        "InvalidUri",
		Value:       "InvalidUri",
		Group:       "service",
		GroupTitle:  "Service side error codes",
		Description: "URI parameter has an invalid format.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "The same malformed URI fails again.",
		Action:      "Fix the format of the URI parameter before sending the request again.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "ResponseResult",
		Name:        "NoInternetConnection",
		Value:       "NoInternetConnection",
		Group:       "service",
		GroupTitle:  "Service side error codes",
		Description: "Request processing failed because the service detected a broken internet connection through the primary network adapter.",
		Retryable:   true,
		Strategy:    "backoff",
		Basis:       "inferred",
		Note:        "The request can succeed once the primary network adapter has internet connectivity again.",
		Action:      "Wait until the primary network adapter is back online, then send the request again.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "ResponseResult",
		Name:        "None",
		Value:       "None",
		Group:       "success",
		GroupTitle:  "Success codes",
		Description: "No result; the default value, which should never come from the service.",
		Strategy:    "not-applicable",
		Basis:       "documented",
		Note:        "The page lists it under success codes, so it is not an error.",
		Stability:   "stable",
	},
	{
		Family:      "ResponseResult",
		Name:        "NotAuthorized",
		Value:       "NotAuthorized",
		Group:       "backend",
		GroupTitle:  "Backend server error codes",
		Description: "The client passed an invalid Auth token.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "The same invalid token is rejected again; the client must re-authenticate first.",
		Action:      "Re-authenticate to obtain a valid Auth token, then send the request again.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "ResponseResult",
		Name:        "NotFound",
		Value:       "NotFound",
		Group:       "backend",
		GroupTitle:  "Backend server error codes",
		Description: "Backend server returned a 404 error.",
		HTTPStatus:  404,
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "A 404 from the backend does not resolve with retries.",
		Action:      "Check the identifiers in the request; the requested resource does not exist on the backend.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "ResponseResult",
		Name:        "NotResponding",
		Value:       "NotResponding",
		Group:       "service",
		GroupTitle:  "Service side error codes",
		Description: "VPN node server is not responding.",
		Retryable:   true,
		Strategy:    "backoff",
		Basis:       "inferred",
		Note:        "An unresponsive VPN node is an unavailable condition that is often transient.",
		Action:      "Retry later with backoff, or choose another location.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "ResponseResult",
		Name:        "OauthError",
		Value:       "OauthError",
		Group:       "backend",
		GroupTitle:  "Backend server error codes",
		Description: "Open authenticator (OAuth) error.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "An OAuth failure needs new credentials from the identity provider, not a repeated request.",
		Action:      "Sign the user in with the OAuth provider again to obtain a valid token.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "ResponseResult",
		Name:        "Ok",
		Value:       "Ok",
		Group:       "success",
		GroupTitle:  "Success codes",
		Description: "Request processed successfully.",
		Strategy:    "not-applicable",
		Basis:       "documented",
		Note:        "The page lists it under success codes, so it is not an error.",
		Stability:   "stable",
	},
	{
		Family:      "ResponseResult",
		Name:        "RequestLimitExceed",
		Value:       "RequestLimitExceed",
		Group:       "backend",
		GroupTitle:  "Backend server error codes",
		Description: "Backend request limit exceed.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "The page gives no window or reset time, so an immediate retry only hits the same limit.",
		Action:      "Stop sending requests to the backend for a while instead of retrying in a loop.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "ResponseResult",
		Name:        "RequestTimeout",
		Value:       "RequestTimeout",
		Group:       "backend",
		GroupTitle:  "Backend server error codes",
		Description: "Backend server did not respond within the specified timeout interval.",
		Retryable:   true,
		Strategy:    "backoff",
		Basis:       "inferred",
		Note:        "A backend timeout is usually transient.",
		Action:      "Retry the request with backoff.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "ResponseResult",
		Name:        "ServerNotAnswering",
		Value:       "ServerNotAnswering",
		Group:       "backend",
		GroupTitle:  "Backend server error codes",
		Description: "Cannot connect to the backend server.",
		Retryable:   true,
		Strategy:    "backoff",
		Basis:       "inferred",
		Note:        "Failing to reach the backend server is usually a transient network or availability problem.",
		Action:      "Retry the request later with backoff.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "ResponseResult",
		Name:        "ServerUnavailable",
		Value:       "ServerUnavailable",
		Group:       "backend",
		GroupTitle:  "Backend server error codes",
		Description: "Backend server is unavailable.",
		Retryable:   true,
		Strategy:    "backoff",
		Basis:       "inferred",
		Note:        "An unavailable backend is usually a transient condition.",
		Action:      "Retry the request later with backoff.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "ResponseResult",
		Name:        "ServiceNotInitialized",
		Value:       "ServiceNotInitialized",
		Group:       "service",
		GroupTitle:  "Service side error codes",
		Description: "Service is not initialized.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "Sending the same request again fails until the service has been initialized.",
		Action:      "Initialize the service before sending the request again.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "ResponseResult",
		Name:        "SessionNotFound",
		Value:       "SessionNotFound",
		Group:       "backend",
		GroupTitle:  "Backend server error codes",
		Description: "Session not found.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "Repeating a request for a session the backend does not know fails again.",
		Action:      "Start a new VPN session instead of repeating the request for the missing one.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "ResponseResult",
		Name:        "SessionTrafficExceed",
		Value:       "SessionTrafficExceed",
		Group:       "backend",
		GroupTitle:  "Backend server error codes",
		Description: "Session traffic exceed.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "The session's traffic limit does not reset between attempts.",
		Action:      "Tell the user that the session traffic limit is reached.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "ResponseResult",
		Name:        "SessionsExceed",
		Value:       "SessionsExceed",
		Group:       "backend",
		GroupTitle:  "Backend server error codes",
		Description: "Session limit exceed.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "The session limit does not change between attempts.",
		Action:      "Close another session of the user or raise the session limit before connecting again.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "ResponseResult",
		Name:        "Timeout",
		Value:       "Timeout",
		Group:       "client",
		GroupTitle:  "Client side error codes",
		Description: "SDK service did not respond within the specified timeout interval (3 minutes).",
		Retryable:   true,
		Strategy:    "backoff",
		Basis:       "inferred",
		Note:        "A busy service may answer a later attempt, but the timed-out request may still be in progress.",
		Action:      "Query the service state before sending the request again, so that a request still in progress is not repeated.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "ResponseResult",
		Name:        "TooManyRequests",
		Value:       "TooManyRequests",
		Group:       "service",
		GroupTitle:  "Service side error codes",
		Description: "SDK service cannot process the command because the same process is in progress or already done. From the service this error occurs only for StartVpn and StopVpn requests.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "The same StartVpn or StopVpn operation is already in progress or done, so repeating it does not help.",
		Action:      "Wait for the running StartVpn or StopVpn operation to finish and check the tunnel state instead of repeating the request.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "ResponseResult",
		Name:        "TrafficExceed",
		Value:       "TrafficExceed",
		Group:       "backend",
		GroupTitle:  "Backend server error codes",
		Description: "Account traffic limit exceed.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "The account's traffic limit does not reset between attempts.",
		Action:      "Tell the user that the traffic limit is reached and offer a plan with more traffic.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "ResponseResult",
		Name:        "TransportError",
		Value:       "TransportError",
		Group:       "client",
		GroupTitle:  "Client side error codes",
		Description: "Transport error between client and server.",
		Retryable:   true,
		Strategy:    "backoff",
		Basis:       "inferred",
		Note:        "A transport error between the client and the service is usually transient.",
		Action:      "Retry the request with backoff and raise an SdkException to the user if it keeps failing.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "ResponseResult",
		Name:        "TransportNotAuthorized",
		Value:       "TransportNotAuthorized",
		Group:       "client",
		GroupTitle:  "Client side error codes",
		Description: "The client pipe is not authorized to connect.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "The pipe's authorization does not change between attempts.",
		Action:      "Check that the client application is allowed to connect to the service pipe.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "ResponseResult",
		Name:        "UnAuthorized",
		Value:       "UnAuthorized",
		Group:       "backend",
		GroupTitle:  "Backend server error codes",
		Description: "Unauthorized response.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "An unauthorized response is not resolved by sending the same request again.",
		Action:      "Re-authenticate the user, then send the request again.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "ResponseResult",
		Name:        "Unlimited",
		Value:       "Unlimited",
		Group:       "success",
		GroupTitle:  "Success codes",
		Description: "Current user traffic limit is unlimited.",
		Strategy:    "not-applicable",
		Basis:       "documented",
		Note:        "The page lists it under success codes, so it is not an error.",
		Stability:   "stable",
	},
	{
		Family:      "ResponseResult",
		Name:        "UnsupportedVersion",
		Value:       "UnsupportedVersion",
		Group:       "backend",
		GroupTitle:  "Backend server error codes",
		Description: "Unsupported version.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "The version stays unsupported until the client is updated.",
		Action:      "Update the SDK or application to a supported version.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "ResponseResult",
		Name:        "UserSuspended",
		Value:       "UserSuspended",
		Group:       "backend",
		GroupTitle:  "Backend server error codes",
		Description: "User activity suspended.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "A suspended user stays suspended between attempts.",
		Action:      "Tell the user that the account is suspended and stop connection attempts.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
}

// Every key a lookup accepts, the catalog's priority between kinds already applied: the same keys as
// the TypeScript describe().
var keys = []codeinfo.Key{
	{Text: "AuthFailed", Index: 0, Kind: codeinfo.ByName},
	{Text: "BadRequest", Index: 1, Kind: codeinfo.ByName},
	{Text: "CarrierDisabled", Index: 2, Kind: codeinfo.ByName},
	{Text: "ConnectionTimeout", Index: 3, Kind: codeinfo.ByName},
	{Text: "DevicesExceed", Index: 4, Kind: codeinfo.ByName},
	{Text: "Error", Index: 5, Kind: codeinfo.ByName},
	{Text: "FeatureNotFound", Index: 6, Kind: codeinfo.ByName},
	{Text: "Forbidden", Index: 7, Kind: codeinfo.ByName},
	{Text: "InternalServerError", Index: 8, Kind: codeinfo.ByName},
	{Text: "Invalid", Index: 9, Kind: codeinfo.ByName},
	{Text: "InvalidDeviceId", Index: 10, Kind: codeinfo.ByName},
	{Text: "InvalidPurchase", Index: 11, Kind: codeinfo.ByName},
	{Text: "InvalidResponse", Index: 12, Kind: codeinfo.ByName},
	{Text: "InvalidUri", Index: 13, Kind: codeinfo.ByName},
	{Text: "NoInternetConnection", Index: 14, Kind: codeinfo.ByName},
	{Text: "None", Index: 15, Kind: codeinfo.ByName},
	{Text: "NotAuthorized", Index: 16, Kind: codeinfo.ByName},
	{Text: "NotFound", Index: 17, Kind: codeinfo.ByName},
	{Text: "NotResponding", Index: 18, Kind: codeinfo.ByName},
	{Text: "OauthError", Index: 19, Kind: codeinfo.ByName},
	{Text: "Ok", Index: 20, Kind: codeinfo.ByName},
	{Text: "RequestLimitExceed", Index: 21, Kind: codeinfo.ByName},
	{Text: "RequestTimeout", Index: 22, Kind: codeinfo.ByName},
	{Text: "ServerNotAnswering", Index: 23, Kind: codeinfo.ByName},
	{Text: "ServerUnavailable", Index: 24, Kind: codeinfo.ByName},
	{Text: "ServiceNotInitialized", Index: 25, Kind: codeinfo.ByName},
	{Text: "SessionNotFound", Index: 26, Kind: codeinfo.ByName},
	{Text: "SessionTrafficExceed", Index: 27, Kind: codeinfo.ByName},
	{Text: "SessionsExceed", Index: 28, Kind: codeinfo.ByName},
	{Text: "Timeout", Index: 29, Kind: codeinfo.ByName},
	{Text: "TooManyRequests", Index: 30, Kind: codeinfo.ByName},
	{Text: "TrafficExceed", Index: 31, Kind: codeinfo.ByName},
	{Text: "TransportError", Index: 32, Kind: codeinfo.ByName},
	{Text: "TransportNotAuthorized", Index: 33, Kind: codeinfo.ByName},
	{Text: "UnAuthorized", Index: 34, Kind: codeinfo.ByName},
	{Text: "Unlimited", Index: 35, Kind: codeinfo.ByName},
	{Text: "UnsupportedVersion", Index: 36, Kind: codeinfo.ByName},
	{Text: "UserSuspended", Index: 37, Kind: codeinfo.ByName},
	{Text: "OAuthError", Index: 19, Kind: codeinfo.ByAlias},
	{Text: "DEVICES_EXCEED", Index: 4, Kind: codeinfo.ByLegacyName},
	{Text: "NOT_AUTHORIZED", Index: 16, Kind: codeinfo.ByLegacyName},
	{Text: "SESSIONS_EXCEED", Index: 28, Kind: codeinfo.ByLegacyName},
	{Text: "TRAFFIC_EXCEED", Index: 31, Kind: codeinfo.ByLegacyName},
}

var table = codeinfo.NewTable(infos, keys)
