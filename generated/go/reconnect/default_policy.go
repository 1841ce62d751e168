// Code generated from catalog/*.yaml by `npm run build`. DO NOT EDIT.
// Generated from catalog/*.yaml by scripts/emit/languages/go/reconnect.ts (npm run build); do not edit.

package reconnect

import (
	"time"

	"github.com/vpn-error-codes/vpn-error-codes/generated/go/operationalerror"
	"github.com/vpn-error-codes/vpn-error-codes/generated/go/responseresult"
)

// DefaultPolicy is the catalog's reconnect policy for the SDK families (OperationalError, ResponseResult).
var DefaultPolicy = &Policy{
	InitialDelayMs: 2000,
	Multiplier:     2,
	MaxDelayMs:     120000,
	JitterRatio:    0.5,
	Window:         10 * time.Minute,
	MaxReconnects:  8,
	FlappingWithin: 30 * time.Second,
	FlappingTimes:  3,
	Families: map[string]Family{
		"OperationalError": {
			Find: operationalerror.Find,
			Classes: map[string]CodeClass{
				"0":    {Class: ClassNotAnError},
				"180":  {Class: ClassStop, Reason: "The same invalid Hydra configuration fails again."},
				"181":  {Class: ClassReconnect},
				"182":  {Class: ClassReconnect},
				"183":  {Class: ClassReconnect},
				"184":  {Class: ClassStop, Reason: "The VPN node rejects the same credentials again."},
				"185":  {Class: ClassReconnect},
				"186":  {Class: ClassReconnect},
				"190":  {Class: ClassReconnect},
				"191":  {Class: ClassStop, Reason: "The traffic limit stays exceeded, so the server blocks a new tunnel too."},
				"192":  {Class: ClassStop, Reason: "The server blocked the tunnel for abuse, so a new tunnel would be blocked too."},
				"193":  {Class: ClassStop, Reason: "The server blocked the tunnel for malicious traffic, so a new tunnel would be blocked too."},
				"194":  {Class: ClassStop, Reason: "The server blocked the tunnel, and the page gives no reason that a reconnection would clear."},
				"195":  {Class: ClassStop, Reason: "The name suggests the disconnect was requested by the client application, so reconnecting would go against that request."},
				"196":  {Class: ClassStop, Reason: "The server rejected the tunnel's authentication, so the same credentials fail again."},
				"197":  {Class: ClassReconnect},
				"4097": {Class: ClassReconnect},
				"4098": {Class: ClassStop, Reason: "Missing permissions do not change between attempts."},
				"4099": {Class: ClassStop, Reason: "The page gives no cause that a retry would clear."},
				"4100": {Class: ClassStop, Reason: "A failed internal COM call is not known to clear on a retry."},
				"8192": {Class: ClassReconnect},
				"8193": {Class: ClassReconnect},
				"8194": {Class: ClassReconnect},
				"8195": {Class: ClassReconnect},
				"8196": {Class: ClassReconnect},
				"8197": {Class: ClassReconnect},
				"8198": {Class: ClassReconnectNow},
				"8199": {Class: ClassReconnect},
				"8200": {Class: ClassReconnect},
				"8201": {Class: ClassStop, Reason: "A tunnel client process that cannot start usually points to an installation or system problem that retries do not clear."},
				"8202": {Class: ClassStop, Reason: "The same invalid StartVpnRequest fails validation again."},
				"8203": {Class: ClassReconnect},
				"8204": {Class: ClassReconnect},
				"8205": {Class: ClassStop, Reason: "Failing to create a Windows Filtering Platform session is a system condition that retries do not clear."},
				"8206": {Class: ClassStop, Reason: "The client application asked for the cancellation, so reconnecting would go against its request."},
				"8207": {Class: ClassStop, Reason: "The same invalid fireshield configuration fails again."},
				"8208": {Class: ClassWaitForNetwork},
				"9000": {Class: ClassStop, Reason: "The page gives no cause, so a blind retry is not known to help."},
				"9001": {Class: ClassStop, Reason: "The intermediate server rejects the same bad request again."},
				"9002": {Class: ClassStop, Reason: "A forbidden answer does not change between attempts."},
				"9003": {Class: ClassReconnect},
				"9004": {Class: ClassReconnect},
				"9005": {Class: ClassStop, Reason: "The chosen node stays a non-exit node between attempts."},
				"9006": {Class: ClassStop, Reason: "The same route has too many hops on every attempt."},
				"9007": {Class: ClassStop, Reason: "The hop stays disallowed between attempts."},
				"9008": {Class: ClassReconnect},
			},
		},
		"ResponseResult": {
			Find: responseresult.Find,
			Classes: map[string]CodeClass{
				"AuthFailed":             {Class: ClassStop, Reason: "The same credentials fail again; the client must re-authenticate."},
				"BadRequest":             {Class: ClassStop, Reason: "A 400 from the backend does not resolve with retries."},
				"CarrierDisabled":        {Class: ClassStop, Reason: "A disabled carrier is a backend configuration state that retries do not change."},
				"ConnectionTimeout":      {Class: ClassReconnect},
				"DevicesExceed":          {Class: ClassStop, Reason: "The device limit does not change between attempts."},
				"Error":                  {Class: ClassStop, Reason: "The page gives no cause, so a blind retry is not known to help."},
				"FeatureNotFound":        {Class: ClassStop, Reason: "A missing feature does not appear between attempts."},
				"Forbidden":              {Class: ClassStop, Reason: "A 403 from the backend does not resolve with retries."},
				"InternalServerError":    {Class: ClassReconnect},
				"Invalid":                {Class: ClassStop, Reason: "The same invalid data is rejected again."},
				"InvalidDeviceId":        {Class: ClassStop, Reason: "The same invalid device identifier is rejected again."},
				"InvalidPurchase":        {Class: ClassStop, Reason: "A purchase problem is not resolved by repeating the request."},
				"InvalidResponse":        {Class: ClassReconnect},
				"InvalidUri":             {Class: ClassStop, Reason: "The same malformed URI fails again."},
				"NoInternetConnection":   {Class: ClassWaitForNetwork},
				"None":                   {Class: ClassNotAnError},
				"NotAuthorized":          {Class: ClassStop, Reason: "The same invalid token is rejected again; the client must re-authenticate first."},
				"NotFound":               {Class: ClassStop, Reason: "A 404 from the backend does not resolve with retries."},
				"NotResponding":          {Class: ClassReconnect},
				"OauthError":             {Class: ClassStop, Reason: "An OAuth failure needs new credentials from the identity provider, not a repeated request."},
				"Ok":                     {Class: ClassNotAnError},
				"RequestLimitExceed":     {Class: ClassStop, Reason: "The page gives no window or reset time, so an immediate retry only hits the same limit."},
				"RequestTimeout":         {Class: ClassReconnect},
				"ServerNotAnswering":     {Class: ClassReconnect},
				"ServerUnavailable":      {Class: ClassReconnect},
				"ServiceNotInitialized":  {Class: ClassStop, Reason: "Sending the same request again fails until the service has been initialized."},
				"SessionNotFound":        {Class: ClassStop, Reason: "Repeating a request for a session the backend does not know fails again."},
				"SessionTrafficExceed":   {Class: ClassStop, Reason: "The session's traffic limit does not reset between attempts."},
				"SessionsExceed":         {Class: ClassStop, Reason: "The session limit does not change between attempts."},
				"Timeout":                {Class: ClassReconnect},
				"TooManyRequests":        {Class: ClassStop, Reason: "The same StartVpn or StopVpn operation is already in progress or done, so repeating it does not help."},
				"TrafficExceed":          {Class: ClassStop, Reason: "The account's traffic limit does not reset between attempts."},
				"TransportError":         {Class: ClassReconnect},
				"TransportNotAuthorized": {Class: ClassStop, Reason: "The pipe's authorization does not change between attempts."},
				"UnAuthorized":           {Class: ClassStop, Reason: "An unauthorized response is not resolved by sending the same request again."},
				"Unlimited":              {Class: ClassNotAnError},
				"UnsupportedVersion":     {Class: ClassStop, Reason: "The version stays unsupported until the client is updated."},
				"UserSuspended":          {Class: ClassStop, Reason: "A suspended user stays suspended between attempts."},
			},
		},
	},
}

// Advise is DefaultPolicy.Advise: what to do about an SDK error under the catalog's reconnect policy.
func Advise(family string, code any, history History, options Options) Advice {
	return DefaultPolicy.Advise(family, code, history, options)
}
