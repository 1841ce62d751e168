// Code generated from catalog/*.yaml by `npm run build`. DO NOT EDIT.
// Generated from catalog/*.yaml by scripts/emit/languages/go/enum.ts (npm run build); do not edit.

// Package operationalerror holds the OperationalError codes (Unified VPN SDK for Windows
// operational errors).
//
// Operational error codes that the UnifiedSDK service sends in the ErrorOccured event, each with a
// documented integer value.
//
// Source: Pango, Unified VPN SDK for Windows: Error processing (section OperationalError).
package operationalerror

import "fmt"

// Code is a member of OperationalError. Any int converts to a Code; Known reports whether the
// catalog has it.
type Code int

// The codes, in value order.
const (
	// None: No error. Occurs when the service resets the last error on tunnel start.
	//
	// Group: Success codes.
	//
	// Retry: not an error (documented). The page lists it under success codes, so it is not an
	// error.
	None Code = 0

	// Config: Occurs when the Hydra configuration is invalid.
	//
	// Group: Hydra protocol errors.
	//
	// Retry: do not retry (inferred). The same invalid Hydra configuration fails again.
	//
	// Action: Fix the Hydra configuration before connecting again. (inferred)
	Config Code = 180

	// Broken: Tunnel broken. Occurs when a connected tunnel unexpectedly broke for an unknown reason.
	//
	// Group: Сommon errors.
	//
	// Retry: reconnect the tunnel (inferred). An unexpected breakage of a connected tunnel is
	// usually cleared by connecting again.
	//
	// Action: Reconnect the tunnel with the same credentials. (inferred)
	Broken Code = 181

	// Connect: Tunnel connection failed.
	//
	// Group: Сommon errors.
	//
	// Retry: retry with exponential backoff (inferred). A failed connection attempt is often
	// transient and may succeed on a later attempt.
	//
	// Action: Try to connect again with backoff, and choose another location if it keeps failing.
	// (inferred)
	Connect Code = 182

	// Internal: Internal Hydra protocol error.
	//
	// Group: Hydra protocol errors.
	//
	// Retry: reconnect the tunnel (inferred). The page gives no cause; a new connection is the
	// only recovery a client has.
	//
	// Action: Reconnect the tunnel, and collect debug logs if the error repeats. (inferred)
	Internal Code = 183

	// ServerAuth: VPN node server reported an authentication error.
	//
	// Group: Hydra protocol errors.
	//
	// Retry: do not retry (inferred). The VPN node rejects the same credentials again.
	//
	// Action: Obtain fresh credentials from the backend before connecting again. (inferred)
	ServerAuth Code = 184

	// CannotSend: Internal Hydra client communication issue. Occurs when traffic accumulates in the socket
	// buffer but doesn't go out.
	//
	// Group: Hydra protocol errors.
	//
	// Retry: reconnect the tunnel (inferred). Traffic stuck in the socket buffer means the tunnel
	// is not working and needs a new connection.
	//
	// Action: Reconnect the tunnel with the same credentials. (inferred)
	CannotSend Code = 185

	// TimeSkew: Internal Hydra client communication issue. Can happen only when infrastructure problems
	// occur.
	//
	// Group: Hydra protocol errors.
	//
	// Retry: retry with exponential backoff (inferred). The page ties it to infrastructure
	// problems, which are usually transient.
	//
	// Action: Connect again later with backoff, and check the device clock if the error persists.
	// (inferred)
	TimeSkew Code = 186

	// DcnSrvSwitch: Tunnel was broken for a server-side reason. Can happen only when infrastructure problems
	// occur.
	//
	// Group: Hydra protocol errors.
	//
	// Retry: reconnect the tunnel (inferred). The server ended the tunnel for an infrastructure
	// reason, so a new connection is expected to succeed.
	//
	// Action: Reconnect the tunnel with the same credentials. (inferred)
	DcnSrvSwitch Code = 190

	// DcnBlockedBw: Hydra or OpenVpn tunnel was broken by the server side because the traffic limit was
	// exceeded.
	//
	// Group: Сommon errors.
	//
	// Retry: do not retry (inferred). The traffic limit stays exceeded, so the server blocks a new
	// tunnel too.
	//
	// Action: Do not reconnect until the user's traffic limit is raised or reset. (inferred)
	DcnBlockedBw Code = 191

	// DcnBlockedAbuse: Tunnel was broken by the server side because abuse traffic was detected.
	//
	// Group: Hydra protocol errors.
	//
	// Retry: do not retry (inferred). The server blocked the tunnel for abuse, so a new tunnel
	// would be blocked too.
	//
	// Action: Do not reconnect automatically; tell the user that the server blocked the connection
	// for abuse traffic. (inferred)
	DcnBlockedAbuse Code = 192

	// DcnBlockedMalware: Tunnel was broken by the server side because malicious traffic was detected.
	//
	// Group: Hydra protocol errors.
	//
	// Retry: do not retry (inferred). The server blocked the tunnel for malicious traffic, so a
	// new tunnel would be blocked too.
	//
	// Action: Do not reconnect automatically; tell the user that the server blocked the connection
	// for malicious traffic. (inferred)
	DcnBlockedMalware Code = 193

	// DcnBlockedMisc: Tunnel was broken by the server side for an unknown reason.
	//
	// Group: Hydra protocol errors.
	//
	// Retry: do not retry (inferred). The server blocked the tunnel, and the page gives no reason
	// that a reconnection would clear.
	//
	// Action: Do not reconnect automatically; log the error and report it if it repeats.
	// (inferred)
	DcnBlockedMisc Code = 194

	// DcnReqByCliapp: Tunnel was broken by the server side.
	//
	// Group: Hydra protocol errors.
	//
	// Retry: do not retry (inferred). The name suggests the disconnect was requested by the client
	// application, so reconnecting would go against that request.
	//
	// Action: Do not reconnect automatically; check whether the client application requested the
	// disconnect. (inferred)
	DcnReqByCliapp Code = 195

	// DcnBlockedAuth: Tunnel was broken by the server side with an authentication error.
	//
	// Group: Hydra protocol errors.
	//
	// Retry: do not retry (inferred). The server rejected the tunnel's authentication, so the same
	// credentials fail again.
	//
	// Action: Obtain fresh credentials from the backend before connecting again. (inferred)
	DcnBlockedAuth Code = 196

	// DcnSrvFull: Hydra tunnel was stopped on the server side because the VPN node server is full.
	//
	// Group: Hydra protocol errors.
	//
	// Retry: reconnect the tunnel (inferred). A new connection can be placed on a VPN node with
	// free capacity.
	//
	// Action: Reconnect the tunnel, preferably to another server or location. (inferred)
	DcnSrvFull Code = 197

	// InvalidState: Hydra client error when the client cannot process the tunnel state correctly.
	//
	// Group: Hydra protocol errors.
	//
	// Retry: reconnect the tunnel (inferred). A new connection starts the Hydra client from a
	// clean tunnel state.
	//
	// Action: Reconnect the tunnel, and collect debug logs if the error repeats. (inferred)
	InvalidState Code = 4097

	// AccessDenied: Hydra client permissions error.
	//
	// Group: Hydra protocol errors.
	//
	// Retry: do not retry (inferred). Missing permissions do not change between attempts.
	//
	// Action: Check that the SDK service and Hydra client run with the permissions they need.
	// (inferred)
	AccessDenied Code = 4098

	// ComException: Hydra client internal error.
	//
	// Group: Hydra protocol errors.
	//
	// Retry: do not retry (inferred). The page gives no cause that a retry would clear.
	//
	// Action: Collect debug logs and restart the SDK service if the error repeats. (inferred)
	ComException Code = 4099

	// ComInvalidCastException: Hydra client internal error. Occurs when internal COM calls failed for any reason.
	//
	// Group: Hydra protocol errors.
	//
	// Retry: do not retry (inferred). A failed internal COM call is not known to clear on a retry.
	//
	// Action: Collect debug logs and restart the SDK service if the error repeats. (inferred)
	ComInvalidCastException Code = 4100

	// StartVpnFailed: Tunnel connection failed. Details can be found in the error message.
	//
	// Group: Сommon errors.
	//
	// Retry: retry with exponential backoff (inferred). A failed tunnel start is often transient,
	// but the error message may show a cause that retries cannot clear.
	//
	// Action: Read the error message for the cause, and retry with backoff only if the cause is
	// transient. (inferred)
	StartVpnFailed Code = 8192

	// DisconnectedBeforeConnected: Tunnel connection failed because the tunnel unexpectedly disconnected during connection
	// without any errors.
	//
	// Group: Сommon errors.
	//
	// Retry: retry with exponential backoff (inferred). A disconnection during connection without
	// any error is likely transient.
	//
	// Action: Try to connect again with backoff. (inferred)
	DisconnectedBeforeConnected Code = 8193

	// ConnectionTimeout: Tunnel got stuck in the Connecting state and was aborted by timeout.
	//
	// Group: Сommon errors.
	//
	// Retry: retry with exponential backoff (inferred). A connection timeout is usually a
	// transient network or server condition.
	//
	// Action: Try to connect again with backoff, or choose another location. (inferred)
	ConnectionTimeout Code = 8194

	// DisconnectedAfterStart: Tunnel was connected successfully but unexpectedly disconnected within 10 seconds after
	// start without any errors.
	//
	// Group: Сommon errors.
	//
	// Retry: reconnect the tunnel (inferred). The tunnel did connect, so connecting again with the
	// same credentials can restore it.
	//
	// Action: Reconnect the tunnel with the same credentials. (inferred)
	DisconnectedAfterStart Code = 8195

	// StoppedAfterStart: Tunnel client reported Connected but the service cannot find an active network adapter.
	// Usually occurs when the tunnel client crashes right after a successful connection.
	//
	// Group: Сommon errors.
	//
	// Retry: reconnect the tunnel (inferred). A tunnel client crash right after connecting may not
	// repeat on a new connection.
	//
	// Action: Reconnect the tunnel, and collect debug logs if the tunnel client keeps crashing.
	// (inferred)
	StoppedAfterStart Code = 8196

	// TunnelExited: Tunnel client was unexpectedly terminated.
	//
	// Group: Сommon errors.
	//
	// Retry: reconnect the tunnel (inferred). An unexpected termination of the tunnel client
	// breaks the tunnel, which a reconnection restores.
	//
	// Action: Reconnect the tunnel with the same credentials. (inferred)
	TunnelExited Code = 8197

	// PrimaryNetworkInterfaceChanged: Primary network interface changed but the SDK doesn't support hot-switching between
	// networks. We recommend reconnecting the tunnel with the same credentials when this error
	// occurs.
	//
	// Group: Сommon errors.
	//
	// Retry: reconnect the tunnel (documented). The page recommends reconnecting the tunnel with
	// the same credentials when this error occurs.
	//
	// Action: Reconnect the tunnel with the same credentials. (documented)
	PrimaryNetworkInterfaceChanged Code = 8198

	// TrafficLeak: Traffic is leaking outside the tunnel. Occurs when the routing table was changed by a third
	// party.
	//
	// Group: Сommon errors.
	//
	// Retry: reconnect the tunnel (inferred). Reconnecting restores the tunnel's routes, though
	// the third party may change them again.
	//
	// Action: Reconnect the tunnel to restore its routes, and find the third-party software that
	// changes the routing table. (inferred)
	TrafficLeak Code = 8199

	// TunnelBroken: Occurs when the tunnel is connected but traffic is not going through the tunnel for 30
	// seconds. That means that all health check requests through the tunnel failed with an error.
	//
	// Group: Сommon errors.
	//
	// Retry: reconnect the tunnel (inferred). A tunnel that carries no traffic is broken and needs
	// a new connection.
	//
	// Action: Reconnect the tunnel with the same credentials. (inferred)
	TunnelBroken Code = 8200

	// TunnelProcessStartFailed: Service cannot start the tunnel client process for any reason.
	//
	// Group: Сommon errors.
	//
	// Retry: do not retry (inferred). A tunnel client process that cannot start usually points to
	// an installation or system problem that retries do not clear.
	//
	// Action: Check the SDK installation and the service logs for why the tunnel client process
	// cannot start. (inferred)
	TunnelProcessStartFailed Code = 8201

	// InvalidConfiguration: Error occurs when StartVpnRequest validation failed.
	//
	// Group: Сommon errors.
	//
	// Retry: do not retry (inferred). The same invalid StartVpnRequest fails validation again.
	//
	// Action: Fix the StartVpnRequest parameters before connecting again. (inferred)
	InvalidConfiguration Code = 8202

	// InvalidTunnelNetworkIndefaceIndex: Tunnel successfully connected but the SDK service cannot determine the tunnel network
	// adapter.
	//
	// Group: Сommon errors.
	//
	// Retry: reconnect the tunnel (inferred). A new connection may let the service find the tunnel
	// network adapter, although a driver problem would persist.
	//
	// Action: Reconnect the tunnel, and check the tunnel network adapter if the error repeats.
	// (inferred)
	//
	// Name lookups also accept InvalidTunnelNetworkInterfaceIndex.
	InvalidTunnelNetworkIndefaceIndex Code = 8203

	// StopVpnFailed: Service cannot stop a tunnel for any reason.
	//
	// Group: Сommon errors.
	//
	// Retry: retry with exponential backoff (inferred). A stop request that failed may succeed on
	// a later attempt.
	//
	// Action: Send the stop request again with backoff, and restart the service if it keeps
	// failing. (inferred)
	StopVpnFailed Code = 8204

	// WfpSessionCreationFailed: Error occurs when the SDK service cannot create a Windows Filtering Platform session for
	// tunnel traffic protection.
	//
	// Group: Сommon errors.
	//
	// Retry: do not retry (inferred). Failing to create a Windows Filtering Platform session is a
	// system condition that retries do not clear.
	//
	// Action: Check that the Windows Filtering Platform (Base Filtering Engine) is available to
	// the service. (inferred)
	WfpSessionCreationFailed Code = 8205

	// ConnectionCanceled: Connection process was successfully canceled by client application request.
	//
	// Group: Сommon errors.
	//
	// Retry: do not retry (inferred). The client application asked for the cancellation, so
	// reconnecting would go against its request.
	//
	// Action: Treat the cancellation as intended and do not reconnect automatically. (inferred)
	ConnectionCanceled Code = 8206

	// InvalidFireshieldConfiguration: Hydra fireshield configuration is invalid.
	//
	// Group: Hydra protocol errors.
	//
	// Retry: do not retry (inferred). The same invalid fireshield configuration fails again.
	//
	// Action: Fix the fireshield configuration before connecting again. (inferred)
	InvalidFireshieldConfiguration Code = 8207

	// NoInternetConnection: Tunnel error occurred and the internet connection check failed for the primary network
	// adapter.
	//
	// Group: Сommon errors.
	//
	// Retry: reconnect the tunnel (inferred). The tunnel can be reconnected once the primary
	// network adapter has internet connectivity again.
	//
	// Action: Wait until the network is back, then reconnect the tunnel with the same credentials.
	// (inferred)
	NoInternetConnection Code = 8208

	// PersonalBridgeUnknownError: Personal bridge intermediate server returned an unknown error.
	//
	// Group: Wireguard personal bridge errors.
	//
	// Retry: do not retry (inferred). The page gives no cause, so a blind retry is not known to
	// help.
	//
	// Action: Log the error and report it if it repeats. (inferred)
	PersonalBridgeUnknownError Code = 9000

	// PersonalBridgeBadRequest: Personal bridge intermediate server returned a BAD_REQUEST error.
	//
	// Group: Wireguard personal bridge errors.
	//
	// Retry: do not retry (inferred). The intermediate server rejects the same bad request again.
	//
	// Action: Check the personal bridge configuration sent to the intermediate server. (inferred)
	PersonalBridgeBadRequest Code = 9001

	// PersonalBridgeForbidden: Personal bridge intermediate server returned a FORBIDDEN error.
	//
	// Group: Wireguard personal bridge errors.
	//
	// Retry: do not retry (inferred). A forbidden answer does not change between attempts.
	//
	// Action: Check that the user may use the personal bridge. (inferred)
	PersonalBridgeForbidden Code = 9002

	// PersonalBridgeInternalServerError: Personal bridge intermediate server returned an INTERNAL_SERVER_ERROR error.
	//
	// Group: Wireguard personal bridge errors.
	//
	// Retry: retry with exponential backoff (inferred). An internal server error of the
	// intermediate server is usually transient.
	//
	// Action: Connect again later with backoff. (inferred)
	PersonalBridgeInternalServerError Code = 9003

	// PersonalBridgeNextHopUnavailable: Personal bridge intermediate server is unavailable.
	//
	// Group: Wireguard personal bridge errors.
	//
	// Retry: retry with exponential backoff (inferred). An unavailable server is usually a
	// transient condition.
	//
	// Action: Connect again later with backoff. (inferred)
	PersonalBridgeNextHopUnavailable Code = 9004

	// PersonalBridgeNotAnExitNode: Personal bridge intermediate server returned a NOT_AN_EXIT_NODE error.
	//
	// Group: Wireguard personal bridge errors.
	//
	// Retry: do not retry (inferred). The chosen node stays a non-exit node between attempts.
	//
	// Action: Choose a node that can act as the exit node. (inferred)
	PersonalBridgeNotAnExitNode Code = 9005

	// PersonalBridgeTooManyHops: Personal bridge intermediate server returned a TOO_MANY_HOPS error.
	//
	// Group: Wireguard personal bridge errors.
	//
	// Retry: do not retry (inferred). The same route has too many hops on every attempt.
	//
	// Action: Use a route with fewer hops. (inferred)
	PersonalBridgeTooManyHops Code = 9006

	// PersonalBridgeHopNotAllowed: Personal bridge intermediate server returned a HOP_NOT_ALLOWED error.
	//
	// Group: Wireguard personal bridge errors.
	//
	// Retry: do not retry (inferred). The hop stays disallowed between attempts.
	//
	// Action: Choose a route whose hops are allowed. (inferred)
	PersonalBridgeHopNotAllowed Code = 9007

	// PersonalBridgeSessionNotFound: Personal bridge intermediate server returned a SESSION_NOT_FOUND error.
	//
	// Group: Wireguard personal bridge errors.
	//
	// Retry: reconnect the tunnel (inferred). A new connection creates a new session on the
	// intermediate server.
	//
	// Action: Reconnect the tunnel to establish a new session. (inferred)
	PersonalBridgeSessionNotFound Code = 9008
)

// String returns the code's identifier, verbatim from the catalog, or "OperationalError(N)" for an unknown code.
func (c Code) String() string {
	switch c {
	case None:
		return "None"
	case Config:
		return "Config"
	case Broken:
		return "Broken"
	case Connect:
		return "Connect"
	case Internal:
		return "Internal"
	case ServerAuth:
		return "ServerAuth"
	case CannotSend:
		return "CannotSend"
	case TimeSkew:
		return "TimeSkew"
	case DcnSrvSwitch:
		return "DcnSrvSwitch"
	case DcnBlockedBw:
		return "DcnBlockedBw"
	case DcnBlockedAbuse:
		return "DcnBlockedAbuse"
	case DcnBlockedMalware:
		return "DcnBlockedMalware"
	case DcnBlockedMisc:
		return "DcnBlockedMisc"
	case DcnReqByCliapp:
		return "DcnReqByCliapp"
	case DcnBlockedAuth:
		return "DcnBlockedAuth"
	case DcnSrvFull:
		return "DcnSrvFull"
	case InvalidState:
		return "InvalidState"
	case AccessDenied:
		return "AccessDenied"
	case ComException:
		return "ComException"
	case ComInvalidCastException:
		return "ComInvalidCastException"
	case StartVpnFailed:
		return "StartVpnFailed"
	case DisconnectedBeforeConnected:
		return "DisconnectedBeforeConnected"
	case ConnectionTimeout:
		return "ConnectionTimeout"
	case DisconnectedAfterStart:
		return "DisconnectedAfterStart"
	case StoppedAfterStart:
		return "StoppedAfterStart"
	case TunnelExited:
		return "TunnelExited"
	case PrimaryNetworkInterfaceChanged:
		return "PrimaryNetworkInterfaceChanged"
	case TrafficLeak:
		return "TrafficLeak"
	case TunnelBroken:
		return "TunnelBroken"
	case TunnelProcessStartFailed:
		return "TunnelProcessStartFailed"
	case InvalidConfiguration:
		return "InvalidConfiguration"
	case InvalidTunnelNetworkIndefaceIndex:
		return "InvalidTunnelNetworkIndefaceIndex"
	case StopVpnFailed:
		return "StopVpnFailed"
	case WfpSessionCreationFailed:
		return "WfpSessionCreationFailed"
	case ConnectionCanceled:
		return "ConnectionCanceled"
	case InvalidFireshieldConfiguration:
		return "InvalidFireshieldConfiguration"
	case NoInternetConnection:
		return "NoInternetConnection"
	case PersonalBridgeUnknownError:
		return "PersonalBridgeUnknownError"
	case PersonalBridgeBadRequest:
		return "PersonalBridgeBadRequest"
	case PersonalBridgeForbidden:
		return "PersonalBridgeForbidden"
	case PersonalBridgeInternalServerError:
		return "PersonalBridgeInternalServerError"
	case PersonalBridgeNextHopUnavailable:
		return "PersonalBridgeNextHopUnavailable"
	case PersonalBridgeNotAnExitNode:
		return "PersonalBridgeNotAnExitNode"
	case PersonalBridgeTooManyHops:
		return "PersonalBridgeTooManyHops"
	case PersonalBridgeHopNotAllowed:
		return "PersonalBridgeHopNotAllowed"
	case PersonalBridgeSessionNotFound:
		return "PersonalBridgeSessionNotFound"
	}
	return fmt.Sprintf("OperationalError(%d)", int(c))
}

// Known reports whether the catalog has the code.
func (c Code) Known() bool {
	switch c {
	case None, Config, Broken, Connect, Internal, ServerAuth, CannotSend, TimeSkew, DcnSrvSwitch,
		DcnBlockedBw, DcnBlockedAbuse, DcnBlockedMalware, DcnBlockedMisc, DcnReqByCliapp, DcnBlockedAuth,
		DcnSrvFull, InvalidState, AccessDenied, ComException, ComInvalidCastException, StartVpnFailed,
		DisconnectedBeforeConnected, ConnectionTimeout, DisconnectedAfterStart, StoppedAfterStart,
		TunnelExited, PrimaryNetworkInterfaceChanged, TrafficLeak, TunnelBroken,
		TunnelProcessStartFailed, InvalidConfiguration, InvalidTunnelNetworkIndefaceIndex, StopVpnFailed,
		WfpSessionCreationFailed, ConnectionCanceled, InvalidFireshieldConfiguration,
		NoInternetConnection, PersonalBridgeUnknownError, PersonalBridgeBadRequest,
		PersonalBridgeForbidden, PersonalBridgeInternalServerError, PersonalBridgeNextHopUnavailable,
		PersonalBridgeNotAnExitNode, PersonalBridgeTooManyHops, PersonalBridgeHopNotAllowed,
		PersonalBridgeSessionNotFound:
		return true
	}
	return false
}

// Retryable reports whether a retry, after the step the code's retry advice names, can succeed.
func (c Code) Retryable() bool {
	switch c {
	case Broken, Connect, Internal, CannotSend, TimeSkew, DcnSrvSwitch, DcnSrvFull, InvalidState,
		StartVpnFailed, DisconnectedBeforeConnected, ConnectionTimeout, DisconnectedAfterStart,
		StoppedAfterStart, TunnelExited, PrimaryNetworkInterfaceChanged, TrafficLeak, TunnelBroken,
		InvalidTunnelNetworkIndefaceIndex, StopVpnFailed, NoInternetConnection,
		PersonalBridgeInternalServerError, PersonalBridgeNextHopUnavailable,
		PersonalBridgeSessionNotFound:
		return true
	}
	return false
}

// Parse returns the code with this identifier, alias or older wire name.
func Parse(name string) (Code, error) {
	if c, ok := byName[name]; ok {
		return c, nil
	}
	return 0, fmt.Errorf("operationalerror: unknown name %q", name)
}

// Values returns every code, in value order.
func Values() []Code {
	return []Code{
		None,
		Config,
		Broken,
		Connect,
		Internal,
		ServerAuth,
		CannotSend,
		TimeSkew,
		DcnSrvSwitch,
		DcnBlockedBw,
		DcnBlockedAbuse,
		DcnBlockedMalware,
		DcnBlockedMisc,
		DcnReqByCliapp,
		DcnBlockedAuth,
		DcnSrvFull,
		InvalidState,
		AccessDenied,
		ComException,
		ComInvalidCastException,
		StartVpnFailed,
		DisconnectedBeforeConnected,
		ConnectionTimeout,
		DisconnectedAfterStart,
		StoppedAfterStart,
		TunnelExited,
		PrimaryNetworkInterfaceChanged,
		TrafficLeak,
		TunnelBroken,
		TunnelProcessStartFailed,
		InvalidConfiguration,
		InvalidTunnelNetworkIndefaceIndex,
		StopVpnFailed,
		WfpSessionCreationFailed,
		ConnectionCanceled,
		InvalidFireshieldConfiguration,
		NoInternetConnection,
		PersonalBridgeUnknownError,
		PersonalBridgeBadRequest,
		PersonalBridgeForbidden,
		PersonalBridgeInternalServerError,
		PersonalBridgeNextHopUnavailable,
		PersonalBridgeNotAnExitNode,
		PersonalBridgeTooManyHops,
		PersonalBridgeHopNotAllowed,
		PersonalBridgeSessionNotFound,
	}
}

var byName = map[string]Code{
	"AccessDenied":                       AccessDenied,
	"Broken":                             Broken,
	"CannotSend":                         CannotSend,
	"ComException":                       ComException,
	"ComInvalidCastException":            ComInvalidCastException,
	"Config":                             Config,
	"Connect":                            Connect,
	"ConnectionCanceled":                 ConnectionCanceled,
	"ConnectionTimeout":                  ConnectionTimeout,
	"DcnBlockedAbuse":                    DcnBlockedAbuse,
	"DcnBlockedAuth":                     DcnBlockedAuth,
	"DcnBlockedBw":                       DcnBlockedBw,
	"DcnBlockedMalware":                  DcnBlockedMalware,
	"DcnBlockedMisc":                     DcnBlockedMisc,
	"DcnReqByCliapp":                     DcnReqByCliapp,
	"DcnSrvFull":                         DcnSrvFull,
	"DcnSrvSwitch":                       DcnSrvSwitch,
	"DisconnectedAfterStart":             DisconnectedAfterStart,
	"DisconnectedBeforeConnected":        DisconnectedBeforeConnected,
	"Internal":                           Internal,
	"InvalidConfiguration":               InvalidConfiguration,
	"InvalidFireshieldConfiguration":     InvalidFireshieldConfiguration,
	"InvalidState":                       InvalidState,
	"InvalidTunnelNetworkIndefaceIndex":  InvalidTunnelNetworkIndefaceIndex,
	"InvalidTunnelNetworkInterfaceIndex": InvalidTunnelNetworkIndefaceIndex,
	"NoInternetConnection":               NoInternetConnection,
	"None":                               None,
	"PersonalBridgeBadRequest":           PersonalBridgeBadRequest,
	"PersonalBridgeForbidden":            PersonalBridgeForbidden,
	"PersonalBridgeHopNotAllowed":        PersonalBridgeHopNotAllowed,
	"PersonalBridgeInternalServerError":  PersonalBridgeInternalServerError,
	"PersonalBridgeNextHopUnavailable":   PersonalBridgeNextHopUnavailable,
	"PersonalBridgeNotAnExitNode":        PersonalBridgeNotAnExitNode,
	"PersonalBridgeSessionNotFound":      PersonalBridgeSessionNotFound,
	"PersonalBridgeTooManyHops":          PersonalBridgeTooManyHops,
	"PersonalBridgeUnknownError":         PersonalBridgeUnknownError,
	"PrimaryNetworkInterfaceChanged":     PrimaryNetworkInterfaceChanged,
	"ServerAuth":                         ServerAuth,
	"StartVpnFailed":                     StartVpnFailed,
	"StopVpnFailed":                      StopVpnFailed,
	"StoppedAfterStart":                  StoppedAfterStart,
	"TimeSkew":                           TimeSkew,
	"TrafficLeak":                        TrafficLeak,
	"TunnelBroken":                       TunnelBroken,
	"TunnelExited":                       TunnelExited,
	"TunnelProcessStartFailed":           TunnelProcessStartFailed,
	"WfpSessionCreationFailed":           WfpSessionCreationFailed,
}
