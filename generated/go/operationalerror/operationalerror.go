// Code generated from catalog/*.yaml by `npm run build`. DO NOT EDIT.

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
	// Retry: not an error (documented).
	None Code = 0

	// Config: Occurs when the Hydra configuration is invalid.
	//
	// Retry: do not retry (inferred).
	Config Code = 180

	// Broken: Tunnel broken. Occurs when a connected tunnel unexpectedly broke for an unknown reason.
	//
	// Retry: reconnect the tunnel (inferred).
	Broken Code = 181

	// Connect: Tunnel connection failed.
	//
	// Retry: retry with exponential backoff (inferred).
	Connect Code = 182

	// Internal: Internal Hydra protocol error.
	//
	// Retry: reconnect the tunnel (inferred).
	Internal Code = 183

	// ServerAuth: VPN node server reported an authentication error.
	//
	// Retry: do not retry (inferred).
	ServerAuth Code = 184

	// CannotSend: Internal Hydra client communication issue. Occurs when traffic accumulates in the socket
	// buffer but doesn't go out.
	//
	// Retry: reconnect the tunnel (inferred).
	CannotSend Code = 185

	// TimeSkew: Internal Hydra client communication issue. Can happen only when infrastructure problems
	// occur.
	//
	// Retry: retry with exponential backoff (inferred).
	TimeSkew Code = 186

	// DcnSrvSwitch: Tunnel was broken for a server-side reason. Can happen only when infrastructure problems
	// occur.
	//
	// Retry: reconnect the tunnel (inferred).
	DcnSrvSwitch Code = 190

	// DcnBlockedBw: Hydra or OpenVpn tunnel was broken by the server side because the traffic limit was
	// exceeded.
	//
	// Retry: do not retry (inferred).
	DcnBlockedBw Code = 191

	// DcnBlockedAbuse: Tunnel was broken by the server side because abuse traffic was detected.
	//
	// Retry: do not retry (inferred).
	DcnBlockedAbuse Code = 192

	// DcnBlockedMalware: Tunnel was broken by the server side because malicious traffic was detected.
	//
	// Retry: do not retry (inferred).
	DcnBlockedMalware Code = 193

	// DcnBlockedMisc: Tunnel was broken by the server side for an unknown reason.
	//
	// Retry: do not retry (inferred).
	DcnBlockedMisc Code = 194

	// DcnReqByCliapp: Tunnel was broken by the server side.
	//
	// Retry: do not retry (inferred).
	DcnReqByCliapp Code = 195

	// DcnBlockedAuth: Tunnel was broken by the server side with an authentication error.
	//
	// Retry: do not retry (inferred).
	DcnBlockedAuth Code = 196

	// DcnSrvFull: Hydra tunnel was stopped on the server side because the VPN node server is full.
	//
	// Retry: reconnect the tunnel (inferred).
	DcnSrvFull Code = 197

	// InvalidState: Hydra client error when the client cannot process the tunnel state correctly.
	//
	// Retry: reconnect the tunnel (inferred).
	InvalidState Code = 4097

	// AccessDenied: Hydra client permissions error.
	//
	// Retry: do not retry (inferred).
	AccessDenied Code = 4098

	// ComException: Hydra client internal error.
	//
	// Retry: do not retry (inferred).
	ComException Code = 4099

	// ComInvalidCastException: Hydra client internal error. Occurs when internal COM calls failed for any reason.
	//
	// Retry: do not retry (inferred).
	ComInvalidCastException Code = 4100

	// StartVpnFailed: Tunnel connection failed. Details can be found in the error message.
	//
	// Retry: retry with exponential backoff (inferred).
	StartVpnFailed Code = 8192

	// DisconnectedBeforeConnected: Tunnel connection failed because the tunnel unexpectedly disconnected during connection
	// without any errors.
	//
	// Retry: retry with exponential backoff (inferred).
	DisconnectedBeforeConnected Code = 8193

	// ConnectionTimeout: Tunnel got stuck in the Connecting state and was aborted by timeout.
	//
	// Retry: retry with exponential backoff (inferred).
	ConnectionTimeout Code = 8194

	// DisconnectedAfterStart: Tunnel was connected successfully but unexpectedly disconnected within 10 seconds after
	// start without any errors.
	//
	// Retry: reconnect the tunnel (inferred).
	DisconnectedAfterStart Code = 8195

	// StoppedAfterStart: Tunnel client reported Connected but the service cannot find an active network adapter.
	// Usually occurs when the tunnel client crashes right after a successful connection.
	//
	// Retry: reconnect the tunnel (inferred).
	StoppedAfterStart Code = 8196

	// TunnelExited: Tunnel client was unexpectedly terminated.
	//
	// Retry: reconnect the tunnel (inferred).
	TunnelExited Code = 8197

	// PrimaryNetworkInterfaceChanged: Primary network interface changed but the SDK doesn't support hot-switching between
	// networks. We recommend reconnecting the tunnel with the same credentials when this error
	// occurs.
	//
	// Retry: reconnect the tunnel (documented).
	PrimaryNetworkInterfaceChanged Code = 8198

	// TrafficLeak: Traffic is leaking outside the tunnel. Occurs when the routing table was changed by a third
	// party.
	//
	// Retry: reconnect the tunnel (inferred).
	TrafficLeak Code = 8199

	// TunnelBroken: Occurs when the tunnel is connected but traffic is not going through the tunnel for 30
	// seconds. That means that all health check requests through the tunnel failed with an error.
	//
	// Retry: reconnect the tunnel (inferred).
	TunnelBroken Code = 8200

	// TunnelProcessStartFailed: Service cannot start the tunnel client process for any reason.
	//
	// Retry: do not retry (inferred).
	TunnelProcessStartFailed Code = 8201

	// InvalidConfiguration: Error occurs when StartVpnRequest validation failed.
	//
	// Retry: do not retry (inferred).
	InvalidConfiguration Code = 8202

	// InvalidTunnelNetworkIndefaceIndex: Tunnel successfully connected but the SDK service cannot determine the tunnel network
	// adapter.
	//
	// Retry: reconnect the tunnel (inferred).
	//
	// Name lookups also accept InvalidTunnelNetworkInterfaceIndex.
	InvalidTunnelNetworkIndefaceIndex Code = 8203

	// StopVpnFailed: Service cannot stop a tunnel for any reason.
	//
	// Retry: retry with exponential backoff (inferred).
	StopVpnFailed Code = 8204

	// WfpSessionCreationFailed: Error occurs when the SDK service cannot create a Windows Filtering Platform session for
	// tunnel traffic protection.
	//
	// Retry: do not retry (inferred).
	WfpSessionCreationFailed Code = 8205

	// ConnectionCanceled: Connection process was successfully canceled by client application request.
	//
	// Retry: do not retry (inferred).
	ConnectionCanceled Code = 8206

	// InvalidFireshieldConfiguration: Hydra fireshield configuration is invalid.
	//
	// Retry: do not retry (inferred).
	InvalidFireshieldConfiguration Code = 8207

	// NoInternetConnection: Tunnel error occurred and the internet connection check failed for the primary network
	// adapter.
	//
	// Retry: reconnect the tunnel (inferred).
	NoInternetConnection Code = 8208

	// PersonalBridgeUnknownError: Personal bridge intermediate server returned an unknown error.
	//
	// Retry: do not retry (inferred).
	PersonalBridgeUnknownError Code = 9000

	// PersonalBridgeBadRequest: Personal bridge intermediate server returned a BAD_REQUEST error.
	//
	// Retry: do not retry (inferred).
	PersonalBridgeBadRequest Code = 9001

	// PersonalBridgeForbidden: Personal bridge intermediate server returned a FORBIDDEN error.
	//
	// Retry: do not retry (inferred).
	PersonalBridgeForbidden Code = 9002

	// PersonalBridgeInternalServerError: Personal bridge intermediate server returned an INTERNAL_SERVER_ERROR error.
	//
	// Retry: retry with exponential backoff (inferred).
	PersonalBridgeInternalServerError Code = 9003

	// PersonalBridgeNextHopUnavailable: Personal bridge intermediate server is unavailable.
	//
	// Retry: retry with exponential backoff (inferred).
	PersonalBridgeNextHopUnavailable Code = 9004

	// PersonalBridgeNotAnExitNode: Personal bridge intermediate server returned a NOT_AN_EXIT_NODE error.
	//
	// Retry: do not retry (inferred).
	PersonalBridgeNotAnExitNode Code = 9005

	// PersonalBridgeTooManyHops: Personal bridge intermediate server returned a TOO_MANY_HOPS error.
	//
	// Retry: do not retry (inferred).
	PersonalBridgeTooManyHops Code = 9006

	// PersonalBridgeHopNotAllowed: Personal bridge intermediate server returned a HOP_NOT_ALLOWED error.
	//
	// Retry: do not retry (inferred).
	PersonalBridgeHopNotAllowed Code = 9007

	// PersonalBridgeSessionNotFound: Personal bridge intermediate server returned a SESSION_NOT_FOUND error.
	//
	// Retry: reconnect the tunnel (inferred).
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
