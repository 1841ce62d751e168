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

import (
	"fmt"
	"strconv"

	"github.com/vpn-error-codes/vpn-error-codes/generated/go/codeinfo"
)

// Code is a member of OperationalError. Any int converts to a Code; Known reports whether the
// catalog has it, and Info what the catalog says about it.
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

	// Broken: Tunnel broken. Occurs when a connected tunnel unexpectedly broke for an unknown
	// reason.
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

	// CannotSend: Internal Hydra client communication issue. Occurs when traffic accumulates in
	// the socket buffer but doesn't go out.
	//
	// Group: Hydra protocol errors.
	//
	// Retry: reconnect the tunnel (inferred). Traffic stuck in the socket buffer means the tunnel
	// is not working and needs a new connection.
	//
	// Action: Reconnect the tunnel with the same credentials. (inferred)
	CannotSend Code = 185

	// TimeSkew: Internal Hydra client communication issue. Can happen only when infrastructure
	// problems occur.
	//
	// Group: Hydra protocol errors.
	//
	// Retry: retry with exponential backoff (inferred). The page ties it to infrastructure
	// problems, which are usually transient.
	//
	// Action: Connect again later with backoff, and check the device clock if the error persists.
	// (inferred)
	TimeSkew Code = 186

	// DcnSrvSwitch: Tunnel was broken for a server-side reason. Can happen only when
	// infrastructure problems occur.
	//
	// Group: Hydra protocol errors.
	//
	// Retry: reconnect the tunnel (inferred). The server ended the tunnel for an infrastructure
	// reason, so a new connection is expected to succeed.
	//
	// Action: Reconnect the tunnel with the same credentials. (inferred)
	DcnSrvSwitch Code = 190

	// DcnBlockedBw: Hydra or OpenVpn tunnel was broken by the server side because the traffic
	// limit was exceeded.
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

	// DcnBlockedMalware: Tunnel was broken by the server side because malicious traffic was
	// detected.
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

	// ComInvalidCastException: Hydra client internal error. Occurs when internal COM calls failed
	// for any reason.
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

	// DisconnectedBeforeConnected: Tunnel connection failed because the tunnel unexpectedly
	// disconnected during connection without any errors.
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

	// DisconnectedAfterStart: Tunnel was connected successfully but unexpectedly disconnected
	// within 10 seconds after start without any errors.
	//
	// Group: Сommon errors.
	//
	// Retry: reconnect the tunnel (inferred). The tunnel did connect, so connecting again with the
	// same credentials can restore it.
	//
	// Action: Reconnect the tunnel with the same credentials. (inferred)
	DisconnectedAfterStart Code = 8195

	// StoppedAfterStart: Tunnel client reported Connected but the service cannot find an active
	// network adapter. Usually occurs when the tunnel client crashes right after a successful
	// connection.
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

	// PrimaryNetworkInterfaceChanged: Primary network interface changed but the SDK doesn't
	// support hot-switching between networks. We recommend reconnecting the tunnel with the same
	// credentials when this error occurs.
	//
	// Group: Сommon errors.
	//
	// Retry: reconnect the tunnel (documented). The page recommends reconnecting the tunnel with
	// the same credentials when this error occurs.
	//
	// Action: Reconnect the tunnel with the same credentials. (documented)
	PrimaryNetworkInterfaceChanged Code = 8198

	// TrafficLeak: Traffic is leaking outside the tunnel. Occurs when the routing table was
	// changed by a third party.
	//
	// Group: Сommon errors.
	//
	// Retry: reconnect the tunnel (inferred). Reconnecting restores the tunnel's routes, though
	// the third party may change them again.
	//
	// Action: Reconnect the tunnel to restore its routes, and find the third-party software that
	// changes the routing table. (inferred)
	TrafficLeak Code = 8199

	// TunnelBroken: Occurs when the tunnel is connected but traffic is not going through the
	// tunnel for 30 seconds. That means that all health check requests through the tunnel failed
	// with an error.
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

	// InvalidTunnelNetworkIndefaceIndex: Tunnel successfully connected but the SDK service cannot
	// determine the tunnel network adapter.
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

	// WfpSessionCreationFailed: Error occurs when the SDK service cannot create a Windows
	// Filtering Platform session for tunnel traffic protection.
	//
	// Group: Сommon errors.
	//
	// Retry: do not retry (inferred). Failing to create a Windows Filtering Platform session is a
	// system condition that retries do not clear.
	//
	// Action: Check that the Windows Filtering Platform (Base Filtering Engine) is available to
	// the service. (inferred)
	WfpSessionCreationFailed Code = 8205

	// ConnectionCanceled: Connection process was successfully canceled by client application
	// request.
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

	// NoInternetConnection: Tunnel error occurred and the internet connection check failed for the
	// primary network adapter.
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

	// PersonalBridgeInternalServerError: Personal bridge intermediate server returned an
	// INTERNAL_SERVER_ERROR error.
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

	// PersonalBridgeNotAnExitNode: Personal bridge intermediate server returned a NOT_AN_EXIT_NODE
	// error.
	//
	// Group: Wireguard personal bridge errors.
	//
	// Retry: do not retry (inferred). The chosen node stays a non-exit node between attempts.
	//
	// Action: Choose a node that can act as the exit node. (inferred)
	PersonalBridgeNotAnExitNode Code = 9005

	// PersonalBridgeTooManyHops: Personal bridge intermediate server returned a TOO_MANY_HOPS
	// error.
	//
	// Group: Wireguard personal bridge errors.
	//
	// Retry: do not retry (inferred). The same route has too many hops on every attempt.
	//
	// Action: Use a route with fewer hops. (inferred)
	PersonalBridgeTooManyHops Code = 9006

	// PersonalBridgeHopNotAllowed: Personal bridge intermediate server returned a HOP_NOT_ALLOWED
	// error.
	//
	// Group: Wireguard personal bridge errors.
	//
	// Retry: do not retry (inferred). The hop stays disallowed between attempts.
	//
	// Action: Choose a route whose hops are allowed. (inferred)
	PersonalBridgeHopNotAllowed Code = 9007

	// PersonalBridgeSessionNotFound: Personal bridge intermediate server returned a
	// SESSION_NOT_FOUND error.
	//
	// Group: Wireguard personal bridge errors.
	//
	// Retry: reconnect the tunnel (inferred). A new connection creates a new session on the
	// intermediate server.
	//
	// Action: Reconnect the tunnel to establish a new session. (inferred)
	PersonalBridgeSessionNotFound Code = 9008
)

// String returns the vendor's identifier, verbatim from the catalog, or "OperationalError(N)" for an unknown code.
func (c Code) String() string {
	if info, ok := c.Info(); ok {
		return info.Name
	}
	return fmt.Sprintf("OperationalError(%d)", int(c))
}

// Info is what the catalog says about the code; ok is false for a code it does not list.
func (c Code) Info() (info codeinfo.Info, ok bool) {
	return table.ByValue(strconv.Itoa(int(c)))
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

// Lookup is what the catalog says about the code a key names: its value ("8199"), identifier, alias or
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
	return 0, fmt.Errorf("operationalerror: unknown name %q", key)
}

// Values returns every code, in value order.
func Values() []Code {
	return append([]Code(nil), values...)
}

var values = []Code{
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

// Each code's facts, in value order.
var infos = []codeinfo.Info{
	{
		Family:      "OperationalError",
		Name:        "None",
		Value:       "0",
		Group:       "success",
		GroupTitle:  "Success codes",
		Description: "No error. Occurs when the service resets the last error on tunnel start.",
		Strategy:    "not-applicable",
		Basis:       "documented",
		Note:        "The page lists it under success codes, so it is not an error.",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "Config",
		Value:       "180",
		Group:       "hydra",
		GroupTitle:  "Hydra protocol errors",
		Description: "Occurs when the Hydra configuration is invalid.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "The same invalid Hydra configuration fails again.",
		Action:      "Fix the Hydra configuration before connecting again.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "Broken",
		Value:       "181",
		Group:       "common",
		GroupTitle:  "Сommon errors",
		Description: "Tunnel broken. Occurs when a connected tunnel unexpectedly broke for an unknown reason.",
		Retryable:   true,
		Strategy:    "reconnect-tunnel",
		Basis:       "inferred",
		Note:        "An unexpected breakage of a connected tunnel is usually cleared by connecting again.",
		Action:      "Reconnect the tunnel with the same credentials.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "Connect",
		Value:       "182",
		Group:       "common",
		GroupTitle:  "Сommon errors",
		Description: "Tunnel connection failed.",
		Retryable:   true,
		Strategy:    "backoff",
		Basis:       "inferred",
		Note:        "A failed connection attempt is often transient and may succeed on a later attempt.",
		Action:      "Try to connect again with backoff, and choose another location if it keeps failing.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "Internal",
		Value:       "183",
		Group:       "hydra",
		GroupTitle:  "Hydra protocol errors",
		Description: "Internal Hydra protocol error.",
		Retryable:   true,
		Strategy:    "reconnect-tunnel",
		Basis:       "inferred",
		Note:        "The page gives no cause; a new connection is the only recovery a client has.",
		Action:      "Reconnect the tunnel, and collect debug logs if the error repeats.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "ServerAuth",
		Value:       "184",
		Group:       "hydra",
		GroupTitle:  "Hydra protocol errors",
		Description: "VPN node server reported an authentication error.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "The VPN node rejects the same credentials again.",
		Action:      "Obtain fresh credentials from the backend before connecting again.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "CannotSend",
		Value:       "185",
		Group:       "hydra",
		GroupTitle:  "Hydra protocol errors",
		Description: "Internal Hydra client communication issue. Occurs when traffic accumulates in the socket buffer but doesn't go out.",
		Retryable:   true,
		Strategy:    "reconnect-tunnel",
		Basis:       "inferred",
		Note:        "Traffic stuck in the socket buffer means the tunnel is not working and needs a new connection.",
		Action:      "Reconnect the tunnel with the same credentials.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "TimeSkew",
		Value:       "186",
		Group:       "hydra",
		GroupTitle:  "Hydra protocol errors",
		Description: "Internal Hydra client communication issue. Can happen only when infrastructure problems occur.",
		Retryable:   true,
		Strategy:    "backoff",
		Basis:       "inferred",
		Note:        "The page ties it to infrastructure problems, which are usually transient.",
		Action:      "Connect again later with backoff, and check the device clock if the error persists.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "DcnSrvSwitch",
		Value:       "190",
		Group:       "hydra",
		GroupTitle:  "Hydra protocol errors",
		Description: "Tunnel was broken for a server-side reason. Can happen only when infrastructure problems occur.",
		Retryable:   true,
		Strategy:    "reconnect-tunnel",
		Basis:       "inferred",
		Note:        "The server ended the tunnel for an infrastructure reason, so a new connection is expected to succeed.",
		Action:      "Reconnect the tunnel with the same credentials.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "DcnBlockedBw",
		Value:       "191",
		Group:       "common",
		GroupTitle:  "Сommon errors",
		Description: "Hydra or OpenVpn tunnel was broken by the server side because the traffic limit was exceeded.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "The traffic limit stays exceeded, so the server blocks a new tunnel too.",
		Action:      "Do not reconnect until the user's traffic limit is raised or reset.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "DcnBlockedAbuse",
		Value:       "192",
		Group:       "hydra",
		GroupTitle:  "Hydra protocol errors",
		Description: "Tunnel was broken by the server side because abuse traffic was detected.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "The server blocked the tunnel for abuse, so a new tunnel would be blocked too.",
		Action:      "Do not reconnect automatically; tell the user that the server blocked the connection for abuse traffic.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "DcnBlockedMalware",
		Value:       "193",
		Group:       "hydra",
		GroupTitle:  "Hydra protocol errors",
		Description: "Tunnel was broken by the server side because malicious traffic was detected.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "The server blocked the tunnel for malicious traffic, so a new tunnel would be blocked too.",
		Action:      "Do not reconnect automatically; tell the user that the server blocked the connection for malicious traffic.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "DcnBlockedMisc",
		Value:       "194",
		Group:       "hydra",
		GroupTitle:  "Hydra protocol errors",
		Description: "Tunnel was broken by the server side for an unknown reason.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "The server blocked the tunnel, and the page gives no reason that a reconnection would clear.",
		Action:      "Do not reconnect automatically; log the error and report it if it repeats.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "DcnReqByCliapp",
		Value:       "195",
		Group:       "hydra",
		GroupTitle:  "Hydra protocol errors",
		Description: "Tunnel was broken by the server side.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "The name suggests the disconnect was requested by the client application, so reconnecting would go against that request.",
		Action:      "Do not reconnect automatically; check whether the client application requested the disconnect.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "DcnBlockedAuth",
		Value:       "196",
		Group:       "hydra",
		GroupTitle:  "Hydra protocol errors",
		Description: "Tunnel was broken by the server side with an authentication error.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "The server rejected the tunnel's authentication, so the same credentials fail again.",
		Action:      "Obtain fresh credentials from the backend before connecting again.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "DcnSrvFull",
		Value:       "197",
		Group:       "hydra",
		GroupTitle:  "Hydra protocol errors",
		Description: "Hydra tunnel was stopped on the server side because the VPN node server is full.",
		Retryable:   true,
		Strategy:    "reconnect-tunnel",
		Basis:       "inferred",
		Note:        "A new connection can be placed on a VPN node with free capacity.",
		Action:      "Reconnect the tunnel, preferably to another server or location.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "InvalidState",
		Value:       "4097",
		Group:       "hydra",
		GroupTitle:  "Hydra protocol errors",
		Description: "Hydra client error when the client cannot process the tunnel state correctly.",
		Retryable:   true,
		Strategy:    "reconnect-tunnel",
		Basis:       "inferred",
		Note:        "A new connection starts the Hydra client from a clean tunnel state.",
		Action:      "Reconnect the tunnel, and collect debug logs if the error repeats.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "AccessDenied",
		Value:       "4098",
		Group:       "hydra",
		GroupTitle:  "Hydra protocol errors",
		Description: "Hydra client permissions error.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "Missing permissions do not change between attempts.",
		Action:      "Check that the SDK service and Hydra client run with the permissions they need.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "ComException",
		Value:       "4099",
		Group:       "hydra",
		GroupTitle:  "Hydra protocol errors",
		Description: "Hydra client internal error.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "The page gives no cause that a retry would clear.",
		Action:      "Collect debug logs and restart the SDK service if the error repeats.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "ComInvalidCastException",
		Value:       "4100",
		Group:       "hydra",
		GroupTitle:  "Hydra protocol errors",
		Description: "Hydra client internal error. Occurs when internal COM calls failed for any reason.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "A failed internal COM call is not known to clear on a retry.",
		Action:      "Collect debug logs and restart the SDK service if the error repeats.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "StartVpnFailed",
		Value:       "8192",
		Group:       "common",
		GroupTitle:  "Сommon errors",
		Description: "Tunnel connection failed. Details can be found in the error message.",
		Retryable:   true,
		Strategy:    "backoff",
		Basis:       "inferred",
		Note:        "A failed tunnel start is often transient, but the error message may show a cause that retries cannot clear.",
		Action:      "Read the error message for the cause, and retry with backoff only if the cause is transient.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "DisconnectedBeforeConnected",
		Value:       "8193",
		Group:       "common",
		GroupTitle:  "Сommon errors",
		Description: "Tunnel connection failed because the tunnel unexpectedly disconnected during connection without any errors.",
		Retryable:   true,
		Strategy:    "backoff",
		Basis:       "inferred",
		Note:        "A disconnection during connection without any error is likely transient.",
		Action:      "Try to connect again with backoff.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "ConnectionTimeout",
		Value:       "8194",
		Group:       "common",
		GroupTitle:  "Сommon errors",
		Description: "Tunnel got stuck in the Connecting state and was aborted by timeout.",
		Retryable:   true,
		Strategy:    "backoff",
		Basis:       "inferred",
		Note:        "A connection timeout is usually a transient network or server condition.",
		Action:      "Try to connect again with backoff, or choose another location.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "DisconnectedAfterStart",
		Value:       "8195",
		Group:       "common",
		GroupTitle:  "Сommon errors",
		Description: "Tunnel was connected successfully but unexpectedly disconnected within 10 seconds after start without any errors.",
		Retryable:   true,
		Strategy:    "reconnect-tunnel",
		Basis:       "inferred",
		Note:        "The tunnel did connect, so connecting again with the same credentials can restore it.",
		Action:      "Reconnect the tunnel with the same credentials.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "StoppedAfterStart",
		Value:       "8196",
		Group:       "common",
		GroupTitle:  "Сommon errors",
		Description: "Tunnel client reported Connected but the service cannot find an active network adapter. Usually occurs when the tunnel client crashes right after a successful connection.",
		Retryable:   true,
		Strategy:    "reconnect-tunnel",
		Basis:       "inferred",
		Note:        "A tunnel client crash right after connecting may not repeat on a new connection.",
		Action:      "Reconnect the tunnel, and collect debug logs if the tunnel client keeps crashing.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "TunnelExited",
		Value:       "8197",
		Group:       "common",
		GroupTitle:  "Сommon errors",
		Description: "Tunnel client was unexpectedly terminated.",
		Retryable:   true,
		Strategy:    "reconnect-tunnel",
		Basis:       "inferred",
		Note:        "An unexpected termination of the tunnel client breaks the tunnel, which a reconnection restores.",
		Action:      "Reconnect the tunnel with the same credentials.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "PrimaryNetworkInterfaceChanged",
		Value:       "8198",
		Group:       "common",
		GroupTitle:  "Сommon errors",
		Description: "Primary network interface changed but the SDK doesn't support hot-switching between networks. We recommend reconnecting the tunnel with the same credentials when this error occurs.",
		Retryable:   true,
		Strategy:    "reconnect-tunnel",
		Basis:       "documented",
		Note:        "The page recommends reconnecting the tunnel with the same credentials when this error occurs.",
		Action:      "Reconnect the tunnel with the same credentials.",
		ActionBasis: "documented",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "TrafficLeak",
		Value:       "8199",
		Group:       "common",
		GroupTitle:  "Сommon errors",
		Description: "Traffic is leaking outside the tunnel. Occurs when the routing table was changed by a third party.",
		Retryable:   true,
		Strategy:    "reconnect-tunnel",
		Basis:       "inferred",
		Note:        "Reconnecting restores the tunnel's routes, though the third party may change them again.",
		Action:      "Reconnect the tunnel to restore its routes, and find the third-party software that changes the routing table.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "TunnelBroken",
		Value:       "8200",
		Group:       "common",
		GroupTitle:  "Сommon errors",
		Description: "Occurs when the tunnel is connected but traffic is not going through the tunnel for 30 seconds. That means that all health check requests through the tunnel failed with an error.",
		Retryable:   true,
		Strategy:    "reconnect-tunnel",
		Basis:       "inferred",
		Note:        "A tunnel that carries no traffic is broken and needs a new connection.",
		Action:      "Reconnect the tunnel with the same credentials.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "TunnelProcessStartFailed",
		Value:       "8201",
		Group:       "common",
		GroupTitle:  "Сommon errors",
		Description: "Service cannot start the tunnel client process for any reason.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "A tunnel client process that cannot start usually points to an installation or system problem that retries do not clear.",
		Action:      "Check the SDK installation and the service logs for why the tunnel client process cannot start.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "InvalidConfiguration",
		Value:       "8202",
		Group:       "common",
		GroupTitle:  "Сommon errors",
		Description: "Error occurs when StartVpnRequest validation failed.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "The same invalid StartVpnRequest fails validation again.",
		Action:      "Fix the StartVpnRequest parameters before connecting again.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "InvalidTunnelNetworkIndefaceIndex",
		Value:       "8203",
		Group:       "common",
		GroupTitle:  "Сommon errors",
		Description: "Tunnel successfully connected but the SDK service cannot determine the tunnel network adapter.",
		Retryable:   true,
		Strategy:    "reconnect-tunnel",
		Basis:       "inferred",
		Note:        "A new connection may let the service find the tunnel network adapter, although a driver problem would persist.",
		Action:      "Reconnect the tunnel, and check the tunnel network adapter if the error repeats.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "StopVpnFailed",
		Value:       "8204",
		Group:       "common",
		GroupTitle:  "Сommon errors",
		Description: "Service cannot stop a tunnel for any reason.",
		Retryable:   true,
		Strategy:    "backoff",
		Basis:       "inferred",
		Note:        "A stop request that failed may succeed on a later attempt.",
		Action:      "Send the stop request again with backoff, and restart the service if it keeps failing.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "WfpSessionCreationFailed",
		Value:       "8205",
		Group:       "common",
		GroupTitle:  "Сommon errors",
		Description: "Error occurs when the SDK service cannot create a Windows Filtering Platform session for tunnel traffic protection.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "Failing to create a Windows Filtering Platform session is a system condition that retries do not clear.",
		Action:      "Check that the Windows Filtering Platform (Base Filtering Engine) is available to the service.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "ConnectionCanceled",
		Value:       "8206",
		Group:       "common",
		GroupTitle:  "Сommon errors",
		Description: "Connection process was successfully canceled by client application request.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "The client application asked for the cancellation, so reconnecting would go against its request.",
		Action:      "Treat the cancellation as intended and do not reconnect automatically.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "InvalidFireshieldConfiguration",
		Value:       "8207",
		Group:       "hydra",
		GroupTitle:  "Hydra protocol errors",
		Description: "Hydra fireshield configuration is invalid.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "The same invalid fireshield configuration fails again.",
		Action:      "Fix the fireshield configuration before connecting again.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "NoInternetConnection",
		Value:       "8208",
		Group:       "common",
		GroupTitle:  "Сommon errors",
		Description: "Tunnel error occurred and the internet connection check failed for the primary network adapter.",
		Retryable:   true,
		Strategy:    "reconnect-tunnel",
		Basis:       "inferred",
		Note:        "The tunnel can be reconnected once the primary network adapter has internet connectivity again.",
		Action:      "Wait until the network is back, then reconnect the tunnel with the same credentials.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "PersonalBridgeUnknownError",
		Value:       "9000",
		Group:       "wireguard-personal-bridge",
		GroupTitle:  "Wireguard personal bridge errors",
		Description: "Personal bridge intermediate server returned an unknown error.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "The page gives no cause, so a blind retry is not known to help.",
		Action:      "Log the error and report it if it repeats.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "PersonalBridgeBadRequest",
		Value:       "9001",
		Group:       "wireguard-personal-bridge",
		GroupTitle:  "Wireguard personal bridge errors",
		Description: "Personal bridge intermediate server returned a BAD_REQUEST error.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "The intermediate server rejects the same bad request again.",
		Action:      "Check the personal bridge configuration sent to the intermediate server.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "PersonalBridgeForbidden",
		Value:       "9002",
		Group:       "wireguard-personal-bridge",
		GroupTitle:  "Wireguard personal bridge errors",
		Description: "Personal bridge intermediate server returned a FORBIDDEN error.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "A forbidden answer does not change between attempts.",
		Action:      "Check that the user may use the personal bridge.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "PersonalBridgeInternalServerError",
		Value:       "9003",
		Group:       "wireguard-personal-bridge",
		GroupTitle:  "Wireguard personal bridge errors",
		Description: "Personal bridge intermediate server returned an INTERNAL_SERVER_ERROR error.",
		Retryable:   true,
		Strategy:    "backoff",
		Basis:       "inferred",
		Note:        "An internal server error of the intermediate server is usually transient.",
		Action:      "Connect again later with backoff.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "PersonalBridgeNextHopUnavailable",
		Value:       "9004",
		Group:       "wireguard-personal-bridge",
		GroupTitle:  "Wireguard personal bridge errors",
		Description: "Personal bridge intermediate server is unavailable.",
		Retryable:   true,
		Strategy:    "backoff",
		Basis:       "inferred",
		Note:        "An unavailable server is usually a transient condition.",
		Action:      "Connect again later with backoff.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "PersonalBridgeNotAnExitNode",
		Value:       "9005",
		Group:       "wireguard-personal-bridge",
		GroupTitle:  "Wireguard personal bridge errors",
		Description: "Personal bridge intermediate server returned a NOT_AN_EXIT_NODE error.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "The chosen node stays a non-exit node between attempts.",
		Action:      "Choose a node that can act as the exit node.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "PersonalBridgeTooManyHops",
		Value:       "9006",
		Group:       "wireguard-personal-bridge",
		GroupTitle:  "Wireguard personal bridge errors",
		Description: "Personal bridge intermediate server returned a TOO_MANY_HOPS error.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "The same route has too many hops on every attempt.",
		Action:      "Use a route with fewer hops.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "PersonalBridgeHopNotAllowed",
		Value:       "9007",
		Group:       "wireguard-personal-bridge",
		GroupTitle:  "Wireguard personal bridge errors",
		Description: "Personal bridge intermediate server returned a HOP_NOT_ALLOWED error.",
		Strategy:    "no-retry",
		Basis:       "inferred",
		Note:        "The hop stays disallowed between attempts.",
		Action:      "Choose a route whose hops are allowed.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
	{
		Family:      "OperationalError",
		Name:        "PersonalBridgeSessionNotFound",
		Value:       "9008",
		Group:       "wireguard-personal-bridge",
		GroupTitle:  "Wireguard personal bridge errors",
		Description: "Personal bridge intermediate server returned a SESSION_NOT_FOUND error.",
		Retryable:   true,
		Strategy:    "reconnect-tunnel",
		Basis:       "inferred",
		Note:        "A new connection creates a new session on the intermediate server.",
		Action:      "Reconnect the tunnel to establish a new session.",
		ActionBasis: "inferred",
		Stability:   "stable",
	},
}

// Every key a lookup accepts, the catalog's priority between kinds already applied: the same keys as
// the TypeScript describe().
var keys = []codeinfo.Key{
	{Text: "None", Index: 0, Kind: codeinfo.ByName},
	{Text: "Config", Index: 1, Kind: codeinfo.ByName},
	{Text: "Broken", Index: 2, Kind: codeinfo.ByName},
	{Text: "Connect", Index: 3, Kind: codeinfo.ByName},
	{Text: "Internal", Index: 4, Kind: codeinfo.ByName},
	{Text: "ServerAuth", Index: 5, Kind: codeinfo.ByName},
	{Text: "CannotSend", Index: 6, Kind: codeinfo.ByName},
	{Text: "TimeSkew", Index: 7, Kind: codeinfo.ByName},
	{Text: "DcnSrvSwitch", Index: 8, Kind: codeinfo.ByName},
	{Text: "DcnBlockedBw", Index: 9, Kind: codeinfo.ByName},
	{Text: "DcnBlockedAbuse", Index: 10, Kind: codeinfo.ByName},
	{Text: "DcnBlockedMalware", Index: 11, Kind: codeinfo.ByName},
	{Text: "DcnBlockedMisc", Index: 12, Kind: codeinfo.ByName},
	{Text: "DcnReqByCliapp", Index: 13, Kind: codeinfo.ByName},
	{Text: "DcnBlockedAuth", Index: 14, Kind: codeinfo.ByName},
	{Text: "DcnSrvFull", Index: 15, Kind: codeinfo.ByName},
	{Text: "InvalidState", Index: 16, Kind: codeinfo.ByName},
	{Text: "AccessDenied", Index: 17, Kind: codeinfo.ByName},
	{Text: "ComException", Index: 18, Kind: codeinfo.ByName},
	{Text: "ComInvalidCastException", Index: 19, Kind: codeinfo.ByName},
	{Text: "StartVpnFailed", Index: 20, Kind: codeinfo.ByName},
	{Text: "DisconnectedBeforeConnected", Index: 21, Kind: codeinfo.ByName},
	{Text: "ConnectionTimeout", Index: 22, Kind: codeinfo.ByName},
	{Text: "DisconnectedAfterStart", Index: 23, Kind: codeinfo.ByName},
	{Text: "StoppedAfterStart", Index: 24, Kind: codeinfo.ByName},
	{Text: "TunnelExited", Index: 25, Kind: codeinfo.ByName},
	{Text: "PrimaryNetworkInterfaceChanged", Index: 26, Kind: codeinfo.ByName},
	{Text: "TrafficLeak", Index: 27, Kind: codeinfo.ByName},
	{Text: "TunnelBroken", Index: 28, Kind: codeinfo.ByName},
	{Text: "TunnelProcessStartFailed", Index: 29, Kind: codeinfo.ByName},
	{Text: "InvalidConfiguration", Index: 30, Kind: codeinfo.ByName},
	{Text: "InvalidTunnelNetworkIndefaceIndex", Index: 31, Kind: codeinfo.ByName},
	{Text: "StopVpnFailed", Index: 32, Kind: codeinfo.ByName},
	{Text: "WfpSessionCreationFailed", Index: 33, Kind: codeinfo.ByName},
	{Text: "ConnectionCanceled", Index: 34, Kind: codeinfo.ByName},
	{Text: "InvalidFireshieldConfiguration", Index: 35, Kind: codeinfo.ByName},
	{Text: "NoInternetConnection", Index: 36, Kind: codeinfo.ByName},
	{Text: "PersonalBridgeUnknownError", Index: 37, Kind: codeinfo.ByName},
	{Text: "PersonalBridgeBadRequest", Index: 38, Kind: codeinfo.ByName},
	{Text: "PersonalBridgeForbidden", Index: 39, Kind: codeinfo.ByName},
	{Text: "PersonalBridgeInternalServerError", Index: 40, Kind: codeinfo.ByName},
	{Text: "PersonalBridgeNextHopUnavailable", Index: 41, Kind: codeinfo.ByName},
	{Text: "PersonalBridgeNotAnExitNode", Index: 42, Kind: codeinfo.ByName},
	{Text: "PersonalBridgeTooManyHops", Index: 43, Kind: codeinfo.ByName},
	{Text: "PersonalBridgeHopNotAllowed", Index: 44, Kind: codeinfo.ByName},
	{Text: "PersonalBridgeSessionNotFound", Index: 45, Kind: codeinfo.ByName},
	{Text: "InvalidTunnelNetworkInterfaceIndex", Index: 31, Kind: codeinfo.ByAlias},
	{Text: "0", Index: 0, Kind: codeinfo.ByValue},
	{Text: "180", Index: 1, Kind: codeinfo.ByValue},
	{Text: "181", Index: 2, Kind: codeinfo.ByValue},
	{Text: "182", Index: 3, Kind: codeinfo.ByValue},
	{Text: "183", Index: 4, Kind: codeinfo.ByValue},
	{Text: "184", Index: 5, Kind: codeinfo.ByValue},
	{Text: "185", Index: 6, Kind: codeinfo.ByValue},
	{Text: "186", Index: 7, Kind: codeinfo.ByValue},
	{Text: "190", Index: 8, Kind: codeinfo.ByValue},
	{Text: "191", Index: 9, Kind: codeinfo.ByValue},
	{Text: "192", Index: 10, Kind: codeinfo.ByValue},
	{Text: "193", Index: 11, Kind: codeinfo.ByValue},
	{Text: "194", Index: 12, Kind: codeinfo.ByValue},
	{Text: "195", Index: 13, Kind: codeinfo.ByValue},
	{Text: "196", Index: 14, Kind: codeinfo.ByValue},
	{Text: "197", Index: 15, Kind: codeinfo.ByValue},
	{Text: "4097", Index: 16, Kind: codeinfo.ByValue},
	{Text: "4098", Index: 17, Kind: codeinfo.ByValue},
	{Text: "4099", Index: 18, Kind: codeinfo.ByValue},
	{Text: "4100", Index: 19, Kind: codeinfo.ByValue},
	{Text: "8192", Index: 20, Kind: codeinfo.ByValue},
	{Text: "8193", Index: 21, Kind: codeinfo.ByValue},
	{Text: "8194", Index: 22, Kind: codeinfo.ByValue},
	{Text: "8195", Index: 23, Kind: codeinfo.ByValue},
	{Text: "8196", Index: 24, Kind: codeinfo.ByValue},
	{Text: "8197", Index: 25, Kind: codeinfo.ByValue},
	{Text: "8198", Index: 26, Kind: codeinfo.ByValue},
	{Text: "8199", Index: 27, Kind: codeinfo.ByValue},
	{Text: "8200", Index: 28, Kind: codeinfo.ByValue},
	{Text: "8201", Index: 29, Kind: codeinfo.ByValue},
	{Text: "8202", Index: 30, Kind: codeinfo.ByValue},
	{Text: "8203", Index: 31, Kind: codeinfo.ByValue},
	{Text: "8204", Index: 32, Kind: codeinfo.ByValue},
	{Text: "8205", Index: 33, Kind: codeinfo.ByValue},
	{Text: "8206", Index: 34, Kind: codeinfo.ByValue},
	{Text: "8207", Index: 35, Kind: codeinfo.ByValue},
	{Text: "8208", Index: 36, Kind: codeinfo.ByValue},
	{Text: "9000", Index: 37, Kind: codeinfo.ByValue},
	{Text: "9001", Index: 38, Kind: codeinfo.ByValue},
	{Text: "9002", Index: 39, Kind: codeinfo.ByValue},
	{Text: "9003", Index: 40, Kind: codeinfo.ByValue},
	{Text: "9004", Index: 41, Kind: codeinfo.ByValue},
	{Text: "9005", Index: 42, Kind: codeinfo.ByValue},
	{Text: "9006", Index: 43, Kind: codeinfo.ByValue},
	{Text: "9007", Index: 44, Kind: codeinfo.ByValue},
	{Text: "9008", Index: 45, Kind: codeinfo.ByValue},
}

var table = codeinfo.NewTable(infos, keys)
