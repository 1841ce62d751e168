// Code generated from catalog/*.yaml by `npm run build`. DO NOT EDIT.

// Package responseresult holds the ResponseResult codes (Unified VPN SDK for Windows request
// results).
//
// Result of the request processing by the UnifiedSDK service. The SDK returns it as the response
// result of a request; the page gives names only, so the value of each member is its name.
//
// Source: Pango, Unified VPN SDK for Windows: Error processing (section ResponseResult).
package responseresult

import "fmt"

// Code is a member of ResponseResult. Any string converts to a Code, so an unknown code still
// decodes; Known reports whether the catalog has it.
type Code string

// The codes, in value order.
const (
	// AuthFailed: Backend authentication failed.
	//
	// Retry: do not retry (inferred).
	AuthFailed Code = "AuthFailed"

	// BadRequest: Backend server returned a 400 error.
	//
	// HTTP mapping: 400 Bad Request.
	//
	// Retry: do not retry (inferred).
	BadRequest Code = "BadRequest"

	// CarrierDisabled: Carrier disabled on the backend.
	//
	// Retry: do not retry (inferred).
	CarrierDisabled Code = "CarrierDisabled"

	// ConnectionTimeout: Cannot connect to the service during the timeout.
	//
	// Retry: retry with exponential backoff (inferred).
	ConnectionTimeout Code = "ConnectionTimeout"

	// DevicesExceed: Device limit exceed.
	//
	// Retry: do not retry (inferred).
	//
	// Name lookups also accept DEVICES_EXCEED.
	DevicesExceed Code = "DevicesExceed"

	// Error: Request processing failed for any reason.
	//
	// Retry: do not retry (inferred).
	Error Code = "Error"

	// FeatureNotFound: Feature not found.
	//
	// Retry: do not retry (inferred).
	FeatureNotFound Code = "FeatureNotFound"

	// Forbidden: Backend server returned a 403 error.
	//
	// HTTP mapping: 403 Forbidden.
	//
	// Retry: do not retry (inferred).
	Forbidden Code = "Forbidden"

	// InternalServerError: Backend server returned a 500 error.
	//
	// HTTP mapping: 500 Internal Server Error.
	//
	// Retry: retry with exponential backoff (inferred).
	InternalServerError Code = "InternalServerError"

	// Invalid: Invalid data.
	//
	// Retry: do not retry (inferred).
	Invalid Code = "Invalid"

	// InvalidDeviceId: Invalid device identifier.
	//
	// Retry: do not retry (inferred).
	InvalidDeviceId Code = "InvalidDeviceId"

	// InvalidPurchase: Something went wrong with the purchase.
	//
	// Retry: do not retry (inferred).
	InvalidPurchase Code = "InvalidPurchase"

	// InvalidResponse: Invalid response from the server (i.e. HTML instead of JSON).
	//
	// Retry: retry with exponential backoff (inferred).
	InvalidResponse Code = "InvalidResponse"

	// InvalidUri: URI parameter has an invalid format.
	//
	// Retry: do not retry (inferred).
	InvalidUri Code = "InvalidUri"

	// NoInternetConnection: Request processing failed because the service detected a broken internet connection through
	// the primary network adapter.
	//
	// Retry: retry with exponential backoff (inferred).
	NoInternetConnection Code = "NoInternetConnection"

	// None: No result; the default value, which should never come from the service.
	//
	// Retry: not an error (documented).
	None Code = "None"

	// NotAuthorized: The client passed an invalid Auth token.
	//
	// Retry: do not retry (inferred).
	//
	// Name lookups also accept NOT_AUTHORIZED.
	NotAuthorized Code = "NotAuthorized"

	// NotFound: Backend server returned a 404 error.
	//
	// HTTP mapping: 404 Not Found.
	//
	// Retry: do not retry (inferred).
	NotFound Code = "NotFound"

	// NotResponding: VPN node server is not responding.
	//
	// Retry: retry with exponential backoff (inferred).
	NotResponding Code = "NotResponding"

	// OauthError: Open authenticator (OAuth) error.
	//
	// Retry: do not retry (inferred).
	//
	// Name lookups also accept OAuthError.
	OauthError Code = "OauthError"

	// Ok: Request processed successfully.
	//
	// Retry: not an error (documented).
	Ok Code = "Ok"

	// RequestLimitExceed: Backend request limit exceed.
	//
	// Retry: do not retry (inferred).
	RequestLimitExceed Code = "RequestLimitExceed"

	// RequestTimeout: Backend server did not respond within the specified timeout interval.
	//
	// Retry: retry with exponential backoff (inferred).
	RequestTimeout Code = "RequestTimeout"

	// ServerNotAnswering: Cannot connect to the backend server.
	//
	// Retry: retry with exponential backoff (inferred).
	ServerNotAnswering Code = "ServerNotAnswering"

	// ServerUnavailable: Backend server is unavailable.
	//
	// Retry: retry with exponential backoff (inferred).
	ServerUnavailable Code = "ServerUnavailable"

	// ServiceNotInitialized: Service is not initialized.
	//
	// Retry: do not retry (inferred).
	ServiceNotInitialized Code = "ServiceNotInitialized"

	// SessionNotFound: Session not found.
	//
	// Retry: do not retry (inferred).
	SessionNotFound Code = "SessionNotFound"

	// SessionTrafficExceed: Session traffic exceed.
	//
	// Retry: do not retry (inferred).
	SessionTrafficExceed Code = "SessionTrafficExceed"

	// SessionsExceed: Session limit exceed.
	//
	// Retry: do not retry (inferred).
	//
	// Name lookups also accept SESSIONS_EXCEED.
	SessionsExceed Code = "SessionsExceed"

	// Timeout: SDK service did not respond within the specified timeout interval (3 minutes).
	//
	// Retry: retry with exponential backoff (inferred).
	Timeout Code = "Timeout"

	// TooManyRequests: SDK service cannot process the command because the same process is in progress or already
	// done. From the service this error occurs only for StartVpn and StopVpn requests.
	//
	// Retry: do not retry (inferred).
	TooManyRequests Code = "TooManyRequests"

	// TrafficExceed: Account traffic limit exceed.
	//
	// Retry: do not retry (inferred).
	//
	// Name lookups also accept TRAFFIC_EXCEED.
	TrafficExceed Code = "TrafficExceed"

	// TransportError: Transport error between client and server.
	//
	// Retry: retry with exponential backoff (inferred).
	TransportError Code = "TransportError"

	// TransportNotAuthorized: The client pipe is not authorized to connect.
	//
	// Retry: do not retry (inferred).
	TransportNotAuthorized Code = "TransportNotAuthorized"

	// UnAuthorized: Unauthorized response.
	//
	// Retry: do not retry (inferred).
	UnAuthorized Code = "UnAuthorized"

	// Unlimited: Current user traffic limit is unlimited.
	//
	// Retry: not an error (documented).
	Unlimited Code = "Unlimited"

	// UnsupportedVersion: Unsupported version.
	//
	// Retry: do not retry (inferred).
	UnsupportedVersion Code = "UnsupportedVersion"

	// UserSuspended: User activity suspended.
	//
	// Retry: do not retry (inferred).
	UserSuspended Code = "UserSuspended"
)

// String returns the code's identifier, verbatim from the catalog.
func (c Code) String() string {
	return string(c)
}

// Known reports whether the catalog has the code.
func (c Code) Known() bool {
	switch c {
	case AuthFailed, BadRequest, CarrierDisabled, ConnectionTimeout, DevicesExceed, Error,
		FeatureNotFound, Forbidden, InternalServerError, Invalid, InvalidDeviceId, InvalidPurchase,
		InvalidResponse, InvalidUri, NoInternetConnection, None, NotAuthorized, NotFound, NotResponding,
		OauthError, Ok, RequestLimitExceed, RequestTimeout, ServerNotAnswering, ServerUnavailable,
		ServiceNotInitialized, SessionNotFound, SessionTrafficExceed, SessionsExceed, Timeout,
		TooManyRequests, TrafficExceed, TransportError, TransportNotAuthorized, UnAuthorized, Unlimited,
		UnsupportedVersion, UserSuspended:
		return true
	}
	return false
}

// Retryable reports whether a retry, after the step the code's retry advice names, can succeed.
func (c Code) Retryable() bool {
	switch c {
	case ConnectionTimeout, InternalServerError, InvalidResponse, NoInternetConnection, NotResponding,
		RequestTimeout, ServerNotAnswering, ServerUnavailable, Timeout, TransportError:
		return true
	}
	return false
}

// Parse returns the code with this identifier, alias or older wire name.
func Parse(name string) (Code, error) {
	if c, ok := byName[name]; ok {
		return c, nil
	}
	return "", fmt.Errorf("responseresult: unknown name %q", name)
}

// Values returns every code, in value order.
func Values() []Code {
	return []Code{
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
}

var byName = map[string]Code{
	"AuthFailed":             AuthFailed,
	"BadRequest":             BadRequest,
	"CarrierDisabled":        CarrierDisabled,
	"ConnectionTimeout":      ConnectionTimeout,
	"DEVICES_EXCEED":         DevicesExceed,
	"DevicesExceed":          DevicesExceed,
	"Error":                  Error,
	"FeatureNotFound":        FeatureNotFound,
	"Forbidden":              Forbidden,
	"InternalServerError":    InternalServerError,
	"Invalid":                Invalid,
	"InvalidDeviceId":        InvalidDeviceId,
	"InvalidPurchase":        InvalidPurchase,
	"InvalidResponse":        InvalidResponse,
	"InvalidUri":             InvalidUri,
	"NOT_AUTHORIZED":         NotAuthorized,
	"NoInternetConnection":   NoInternetConnection,
	"None":                   None,
	"NotAuthorized":          NotAuthorized,
	"NotFound":               NotFound,
	"NotResponding":          NotResponding,
	"OAuthError":             OauthError,
	"OauthError":             OauthError,
	"Ok":                     Ok,
	"RequestLimitExceed":     RequestLimitExceed,
	"RequestTimeout":         RequestTimeout,
	"SESSIONS_EXCEED":        SessionsExceed,
	"ServerNotAnswering":     ServerNotAnswering,
	"ServerUnavailable":      ServerUnavailable,
	"ServiceNotInitialized":  ServiceNotInitialized,
	"SessionNotFound":        SessionNotFound,
	"SessionTrafficExceed":   SessionTrafficExceed,
	"SessionsExceed":         SessionsExceed,
	"TRAFFIC_EXCEED":         TrafficExceed,
	"Timeout":                Timeout,
	"TooManyRequests":        TooManyRequests,
	"TrafficExceed":          TrafficExceed,
	"TransportError":         TransportError,
	"TransportNotAuthorized": TransportNotAuthorized,
	"UnAuthorized":           UnAuthorized,
	"Unlimited":              Unlimited,
	"UnsupportedVersion":     UnsupportedVersion,
	"UserSuspended":          UserSuspended,
}
