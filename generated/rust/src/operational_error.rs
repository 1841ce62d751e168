// @generated
// Generated from catalog/*.yaml by scripts/emit/languages/rust/enum.ts (npm run build); do not edit.

//! Unified VPN SDK for Windows operational errors: the `OperationalError` enum.

use std::fmt;
use std::str::FromStr;

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::lookup::{self, Action, CodeFacts, Deprecation, Key, KeyEntry, Match, MatchedBy, RetryAdvice};
use crate::UnknownCode;

/// Operational error codes that the UnifiedSDK service sends in the ErrorOccured event, each with a
/// documented integer value.
///
/// Source: Pango, Unified VPN SDK for Windows: Error processing (section OperationalError).
///
/// Serializes as its integer value.
///
/// Each member answers what the catalog says about it: `description()`, `group()`, `http_status()`,
/// `retry_advice()`, `action()`, `stability()`, `deprecation()`; `lookup` finds one by any key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(i64)]
#[non_exhaustive]
pub enum OperationalError {
    /// No error. Occurs when the service resets the last error on tunnel start.
    ///
    /// Group: Success codes.
    ///
    /// Retry: not an error (documented). The page lists it under success codes, so it is not an
    /// error.
    None = 0,

    /// Occurs when the Hydra configuration is invalid.
    ///
    /// Group: Hydra protocol errors.
    ///
    /// Retry: do not retry (inferred). The same invalid Hydra configuration fails again.
    ///
    /// Action: Fix the Hydra configuration before connecting again. (inferred)
    Config = 180,

    /// Tunnel broken. Occurs when a connected tunnel unexpectedly broke for an unknown reason.
    ///
    /// Group: Сommon errors.
    ///
    /// Retry: reconnect the tunnel (inferred). An unexpected breakage of a connected tunnel is
    /// usually cleared by connecting again.
    ///
    /// Action: Reconnect the tunnel with the same credentials. (inferred)
    Broken = 181,

    /// Tunnel connection failed.
    ///
    /// Group: Сommon errors.
    ///
    /// Retry: retry with exponential backoff (inferred). A failed connection attempt is often
    /// transient and may succeed on a later attempt.
    ///
    /// Action: Try to connect again with backoff, and choose another location if it keeps failing.
    /// (inferred)
    Connect = 182,

    /// Internal Hydra protocol error.
    ///
    /// Group: Hydra protocol errors.
    ///
    /// Retry: reconnect the tunnel (inferred). The page gives no cause; a new connection is the
    /// only recovery a client has.
    ///
    /// Action: Reconnect the tunnel, and collect debug logs if the error repeats. (inferred)
    Internal = 183,

    /// VPN node server reported an authentication error.
    ///
    /// Group: Hydra protocol errors.
    ///
    /// Retry: do not retry (inferred). The VPN node rejects the same credentials again.
    ///
    /// Action: Obtain fresh credentials from the backend before connecting again. (inferred)
    ServerAuth = 184,

    /// Internal Hydra client communication issue. Occurs when traffic accumulates in the socket
    /// buffer but doesn't go out.
    ///
    /// Group: Hydra protocol errors.
    ///
    /// Retry: reconnect the tunnel (inferred). Traffic stuck in the socket buffer means the tunnel
    /// is not working and needs a new connection.
    ///
    /// Action: Reconnect the tunnel with the same credentials. (inferred)
    CannotSend = 185,

    /// Internal Hydra client communication issue. Can happen only when infrastructure problems
    /// occur.
    ///
    /// Group: Hydra protocol errors.
    ///
    /// Retry: retry with exponential backoff (inferred). The page ties it to infrastructure
    /// problems, which are usually transient.
    ///
    /// Action: Connect again later with backoff, and check the device clock if the error persists.
    /// (inferred)
    TimeSkew = 186,

    /// Tunnel was broken for a server-side reason. Can happen only when infrastructure problems
    /// occur.
    ///
    /// Group: Hydra protocol errors.
    ///
    /// Retry: reconnect the tunnel (inferred). The server ended the tunnel for an infrastructure
    /// reason, so a new connection is expected to succeed.
    ///
    /// Action: Reconnect the tunnel with the same credentials. (inferred)
    DcnSrvSwitch = 190,

    /// Hydra or OpenVpn tunnel was broken by the server side because the traffic limit was
    /// exceeded.
    ///
    /// Group: Сommon errors.
    ///
    /// Retry: do not retry (inferred). The traffic limit stays exceeded, so the server blocks a new
    /// tunnel too.
    ///
    /// Action: Do not reconnect until the user's traffic limit is raised or reset. (inferred)
    DcnBlockedBw = 191,

    /// Tunnel was broken by the server side because abuse traffic was detected.
    ///
    /// Group: Hydra protocol errors.
    ///
    /// Retry: do not retry (inferred). The server blocked the tunnel for abuse, so a new tunnel
    /// would be blocked too.
    ///
    /// Action: Do not reconnect automatically; tell the user that the server blocked the connection
    /// for abuse traffic. (inferred)
    DcnBlockedAbuse = 192,

    /// Tunnel was broken by the server side because malicious traffic was detected.
    ///
    /// Group: Hydra protocol errors.
    ///
    /// Retry: do not retry (inferred). The server blocked the tunnel for malicious traffic, so a
    /// new tunnel would be blocked too.
    ///
    /// Action: Do not reconnect automatically; tell the user that the server blocked the connection
    /// for malicious traffic. (inferred)
    DcnBlockedMalware = 193,

    /// Tunnel was broken by the server side for an unknown reason.
    ///
    /// Group: Hydra protocol errors.
    ///
    /// Retry: do not retry (inferred). The server blocked the tunnel, and the page gives no reason
    /// that a reconnection would clear.
    ///
    /// Action: Do not reconnect automatically; log the error and report it if it repeats.
    /// (inferred)
    DcnBlockedMisc = 194,

    /// Tunnel was broken by the server side.
    ///
    /// Group: Hydra protocol errors.
    ///
    /// Retry: do not retry (inferred). The name suggests the disconnect was requested by the client
    /// application, so reconnecting would go against that request.
    ///
    /// Action: Do not reconnect automatically; check whether the client application requested the
    /// disconnect. (inferred)
    DcnReqByCliapp = 195,

    /// Tunnel was broken by the server side with an authentication error.
    ///
    /// Group: Hydra protocol errors.
    ///
    /// Retry: do not retry (inferred). The server rejected the tunnel's authentication, so the same
    /// credentials fail again.
    ///
    /// Action: Obtain fresh credentials from the backend before connecting again. (inferred)
    DcnBlockedAuth = 196,

    /// Hydra tunnel was stopped on the server side because the VPN node server is full.
    ///
    /// Group: Hydra protocol errors.
    ///
    /// Retry: reconnect the tunnel (inferred). A new connection can be placed on a VPN node with
    /// free capacity.
    ///
    /// Action: Reconnect the tunnel, preferably to another server or location. (inferred)
    DcnSrvFull = 197,

    /// Hydra client error when the client cannot process the tunnel state correctly.
    ///
    /// Group: Hydra protocol errors.
    ///
    /// Retry: reconnect the tunnel (inferred). A new connection starts the Hydra client from a
    /// clean tunnel state.
    ///
    /// Action: Reconnect the tunnel, and collect debug logs if the error repeats. (inferred)
    InvalidState = 4097,

    /// Hydra client permissions error.
    ///
    /// Group: Hydra protocol errors.
    ///
    /// Retry: do not retry (inferred). Missing permissions do not change between attempts.
    ///
    /// Action: Check that the SDK service and Hydra client run with the permissions they need.
    /// (inferred)
    AccessDenied = 4098,

    /// Hydra client internal error.
    ///
    /// Group: Hydra protocol errors.
    ///
    /// Retry: do not retry (inferred). The page gives no cause that a retry would clear.
    ///
    /// Action: Collect debug logs and restart the SDK service if the error repeats. (inferred)
    ComException = 4099,

    /// Hydra client internal error. Occurs when internal COM calls failed for any reason.
    ///
    /// Group: Hydra protocol errors.
    ///
    /// Retry: do not retry (inferred). A failed internal COM call is not known to clear on a retry.
    ///
    /// Action: Collect debug logs and restart the SDK service if the error repeats. (inferred)
    ComInvalidCastException = 4100,

    /// Tunnel connection failed. Details can be found in the error message.
    ///
    /// Group: Сommon errors.
    ///
    /// Retry: retry with exponential backoff (inferred). A failed tunnel start is often transient,
    /// but the error message may show a cause that retries cannot clear.
    ///
    /// Action: Read the error message for the cause, and retry with backoff only if the cause is
    /// transient. (inferred)
    StartVpnFailed = 8192,

    /// Tunnel connection failed because the tunnel unexpectedly disconnected during connection
    /// without any errors.
    ///
    /// Group: Сommon errors.
    ///
    /// Retry: retry with exponential backoff (inferred). A disconnection during connection without
    /// any error is likely transient.
    ///
    /// Action: Try to connect again with backoff. (inferred)
    DisconnectedBeforeConnected = 8193,

    /// Tunnel got stuck in the Connecting state and was aborted by timeout.
    ///
    /// Group: Сommon errors.
    ///
    /// Retry: retry with exponential backoff (inferred). A connection timeout is usually a
    /// transient network or server condition.
    ///
    /// Action: Try to connect again with backoff, or choose another location. (inferred)
    ConnectionTimeout = 8194,

    /// Tunnel was connected successfully but unexpectedly disconnected within 10 seconds after
    /// start without any errors.
    ///
    /// Group: Сommon errors.
    ///
    /// Retry: reconnect the tunnel (inferred). The tunnel did connect, so connecting again with the
    /// same credentials can restore it.
    ///
    /// Action: Reconnect the tunnel with the same credentials. (inferred)
    DisconnectedAfterStart = 8195,

    /// Tunnel client reported Connected but the service cannot find an active network adapter.
    /// Usually occurs when the tunnel client crashes right after a successful connection.
    ///
    /// Group: Сommon errors.
    ///
    /// Retry: reconnect the tunnel (inferred). A tunnel client crash right after connecting may not
    /// repeat on a new connection.
    ///
    /// Action: Reconnect the tunnel, and collect debug logs if the tunnel client keeps crashing.
    /// (inferred)
    StoppedAfterStart = 8196,

    /// Tunnel client was unexpectedly terminated.
    ///
    /// Group: Сommon errors.
    ///
    /// Retry: reconnect the tunnel (inferred). An unexpected termination of the tunnel client
    /// breaks the tunnel, which a reconnection restores.
    ///
    /// Action: Reconnect the tunnel with the same credentials. (inferred)
    TunnelExited = 8197,

    /// Primary network interface changed but the SDK doesn't support hot-switching between
    /// networks. We recommend reconnecting the tunnel with the same credentials when this error
    /// occurs.
    ///
    /// Group: Сommon errors.
    ///
    /// Retry: reconnect the tunnel (documented). The page recommends reconnecting the tunnel with
    /// the same credentials when this error occurs.
    ///
    /// Action: Reconnect the tunnel with the same credentials. (documented)
    PrimaryNetworkInterfaceChanged = 8198,

    /// Traffic is leaking outside the tunnel. Occurs when the routing table was changed by a third
    /// party.
    ///
    /// Group: Сommon errors.
    ///
    /// Retry: reconnect the tunnel (inferred). Reconnecting restores the tunnel's routes, though
    /// the third party may change them again.
    ///
    /// Action: Reconnect the tunnel to restore its routes, and find the third-party software that
    /// changes the routing table. (inferred)
    TrafficLeak = 8199,

    /// Occurs when the tunnel is connected but traffic is not going through the tunnel for 30
    /// seconds. That means that all health check requests through the tunnel failed with an error.
    ///
    /// Group: Сommon errors.
    ///
    /// Retry: reconnect the tunnel (inferred). A tunnel that carries no traffic is broken and needs
    /// a new connection.
    ///
    /// Action: Reconnect the tunnel with the same credentials. (inferred)
    TunnelBroken = 8200,

    /// Service cannot start the tunnel client process for any reason.
    ///
    /// Group: Сommon errors.
    ///
    /// Retry: do not retry (inferred). A tunnel client process that cannot start usually points to
    /// an installation or system problem that retries do not clear.
    ///
    /// Action: Check the SDK installation and the service logs for why the tunnel client process
    /// cannot start. (inferred)
    TunnelProcessStartFailed = 8201,

    /// Error occurs when StartVpnRequest validation failed.
    ///
    /// Group: Сommon errors.
    ///
    /// Retry: do not retry (inferred). The same invalid StartVpnRequest fails validation again.
    ///
    /// Action: Fix the StartVpnRequest parameters before connecting again. (inferred)
    InvalidConfiguration = 8202,

    /// Tunnel successfully connected but the SDK service cannot determine the tunnel network
    /// adapter.
    ///
    /// Group: Сommon errors.
    ///
    /// Retry: reconnect the tunnel (inferred). A new connection may let the service find the tunnel
    /// network adapter, although a driver problem would persist.
    ///
    /// Action: Reconnect the tunnel, and check the tunnel network adapter if the error repeats.
    /// (inferred)
    ///
    /// Name lookups also accept InvalidTunnelNetworkInterfaceIndex.
    InvalidTunnelNetworkIndefaceIndex = 8203,

    /// Service cannot stop a tunnel for any reason.
    ///
    /// Group: Сommon errors.
    ///
    /// Retry: retry with exponential backoff (inferred). A stop request that failed may succeed on
    /// a later attempt.
    ///
    /// Action: Send the stop request again with backoff, and restart the service if it keeps
    /// failing. (inferred)
    StopVpnFailed = 8204,

    /// Error occurs when the SDK service cannot create a Windows Filtering Platform session for
    /// tunnel traffic protection.
    ///
    /// Group: Сommon errors.
    ///
    /// Retry: do not retry (inferred). Failing to create a Windows Filtering Platform session is a
    /// system condition that retries do not clear.
    ///
    /// Action: Check that the Windows Filtering Platform (Base Filtering Engine) is available to
    /// the service. (inferred)
    WfpSessionCreationFailed = 8205,

    /// Connection process was successfully canceled by client application request.
    ///
    /// Group: Сommon errors.
    ///
    /// Retry: do not retry (inferred). The client application asked for the cancellation, so
    /// reconnecting would go against its request.
    ///
    /// Action: Treat the cancellation as intended and do not reconnect automatically. (inferred)
    ConnectionCanceled = 8206,

    /// Hydra fireshield configuration is invalid.
    ///
    /// Group: Hydra protocol errors.
    ///
    /// Retry: do not retry (inferred). The same invalid fireshield configuration fails again.
    ///
    /// Action: Fix the fireshield configuration before connecting again. (inferred)
    InvalidFireshieldConfiguration = 8207,

    /// Tunnel error occurred and the internet connection check failed for the primary network
    /// adapter.
    ///
    /// Group: Сommon errors.
    ///
    /// Retry: reconnect the tunnel (inferred). The tunnel can be reconnected once the primary
    /// network adapter has internet connectivity again.
    ///
    /// Action: Wait until the network is back, then reconnect the tunnel with the same credentials.
    /// (inferred)
    NoInternetConnection = 8208,

    /// Personal bridge intermediate server returned an unknown error.
    ///
    /// Group: Wireguard personal bridge errors.
    ///
    /// Retry: do not retry (inferred). The page gives no cause, so a blind retry is not known to
    /// help.
    ///
    /// Action: Log the error and report it if it repeats. (inferred)
    PersonalBridgeUnknownError = 9000,

    /// Personal bridge intermediate server returned a BAD_REQUEST error.
    ///
    /// Group: Wireguard personal bridge errors.
    ///
    /// Retry: do not retry (inferred). The intermediate server rejects the same bad request again.
    ///
    /// Action: Check the personal bridge configuration sent to the intermediate server. (inferred)
    PersonalBridgeBadRequest = 9001,

    /// Personal bridge intermediate server returned a FORBIDDEN error.
    ///
    /// Group: Wireguard personal bridge errors.
    ///
    /// Retry: do not retry (inferred). A forbidden answer does not change between attempts.
    ///
    /// Action: Check that the user may use the personal bridge. (inferred)
    PersonalBridgeForbidden = 9002,

    /// Personal bridge intermediate server returned an INTERNAL_SERVER_ERROR error.
    ///
    /// Group: Wireguard personal bridge errors.
    ///
    /// Retry: retry with exponential backoff (inferred). An internal server error of the
    /// intermediate server is usually transient.
    ///
    /// Action: Connect again later with backoff. (inferred)
    PersonalBridgeInternalServerError = 9003,

    /// Personal bridge intermediate server is unavailable.
    ///
    /// Group: Wireguard personal bridge errors.
    ///
    /// Retry: retry with exponential backoff (inferred). An unavailable server is usually a
    /// transient condition.
    ///
    /// Action: Connect again later with backoff. (inferred)
    PersonalBridgeNextHopUnavailable = 9004,

    /// Personal bridge intermediate server returned a NOT_AN_EXIT_NODE error.
    ///
    /// Group: Wireguard personal bridge errors.
    ///
    /// Retry: do not retry (inferred). The chosen node stays a non-exit node between attempts.
    ///
    /// Action: Choose a node that can act as the exit node. (inferred)
    PersonalBridgeNotAnExitNode = 9005,

    /// Personal bridge intermediate server returned a TOO_MANY_HOPS error.
    ///
    /// Group: Wireguard personal bridge errors.
    ///
    /// Retry: do not retry (inferred). The same route has too many hops on every attempt.
    ///
    /// Action: Use a route with fewer hops. (inferred)
    PersonalBridgeTooManyHops = 9006,

    /// Personal bridge intermediate server returned a HOP_NOT_ALLOWED error.
    ///
    /// Group: Wireguard personal bridge errors.
    ///
    /// Retry: do not retry (inferred). The hop stays disallowed between attempts.
    ///
    /// Action: Choose a route whose hops are allowed. (inferred)
    PersonalBridgeHopNotAllowed = 9007,

    /// Personal bridge intermediate server returned a SESSION_NOT_FOUND error.
    ///
    /// Group: Wireguard personal bridge errors.
    ///
    /// Retry: reconnect the tunnel (inferred). A new connection creates a new session on the
    /// intermediate server.
    ///
    /// Action: Reconnect the tunnel to establish a new session. (inferred)
    PersonalBridgeSessionNotFound = 9008,
}

impl OperationalError {
    /// Every member, in value order.
    pub const ALL: [Self; 46] = [
        Self::None,
        Self::Config,
        Self::Broken,
        Self::Connect,
        Self::Internal,
        Self::ServerAuth,
        Self::CannotSend,
        Self::TimeSkew,
        Self::DcnSrvSwitch,
        Self::DcnBlockedBw,
        Self::DcnBlockedAbuse,
        Self::DcnBlockedMalware,
        Self::DcnBlockedMisc,
        Self::DcnReqByCliapp,
        Self::DcnBlockedAuth,
        Self::DcnSrvFull,
        Self::InvalidState,
        Self::AccessDenied,
        Self::ComException,
        Self::ComInvalidCastException,
        Self::StartVpnFailed,
        Self::DisconnectedBeforeConnected,
        Self::ConnectionTimeout,
        Self::DisconnectedAfterStart,
        Self::StoppedAfterStart,
        Self::TunnelExited,
        Self::PrimaryNetworkInterfaceChanged,
        Self::TrafficLeak,
        Self::TunnelBroken,
        Self::TunnelProcessStartFailed,
        Self::InvalidConfiguration,
        Self::InvalidTunnelNetworkIndefaceIndex,
        Self::StopVpnFailed,
        Self::WfpSessionCreationFailed,
        Self::ConnectionCanceled,
        Self::InvalidFireshieldConfiguration,
        Self::NoInternetConnection,
        Self::PersonalBridgeUnknownError,
        Self::PersonalBridgeBadRequest,
        Self::PersonalBridgeForbidden,
        Self::PersonalBridgeInternalServerError,
        Self::PersonalBridgeNextHopUnavailable,
        Self::PersonalBridgeNotAnExitNode,
        Self::PersonalBridgeTooManyHops,
        Self::PersonalBridgeHopNotAllowed,
        Self::PersonalBridgeSessionNotFound,
    ];

    /// The member's value.
    pub const fn code(self) -> i64 {
        self as i64
    }

    /// The vendor's identifier, verbatim.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::None => "None",
            Self::Config => "Config",
            Self::Broken => "Broken",
            Self::Connect => "Connect",
            Self::Internal => "Internal",
            Self::ServerAuth => "ServerAuth",
            Self::CannotSend => "CannotSend",
            Self::TimeSkew => "TimeSkew",
            Self::DcnSrvSwitch => "DcnSrvSwitch",
            Self::DcnBlockedBw => "DcnBlockedBw",
            Self::DcnBlockedAbuse => "DcnBlockedAbuse",
            Self::DcnBlockedMalware => "DcnBlockedMalware",
            Self::DcnBlockedMisc => "DcnBlockedMisc",
            Self::DcnReqByCliapp => "DcnReqByCliapp",
            Self::DcnBlockedAuth => "DcnBlockedAuth",
            Self::DcnSrvFull => "DcnSrvFull",
            Self::InvalidState => "InvalidState",
            Self::AccessDenied => "AccessDenied",
            Self::ComException => "ComException",
            Self::ComInvalidCastException => "ComInvalidCastException",
            Self::StartVpnFailed => "StartVpnFailed",
            Self::DisconnectedBeforeConnected => "DisconnectedBeforeConnected",
            Self::ConnectionTimeout => "ConnectionTimeout",
            Self::DisconnectedAfterStart => "DisconnectedAfterStart",
            Self::StoppedAfterStart => "StoppedAfterStart",
            Self::TunnelExited => "TunnelExited",
            Self::PrimaryNetworkInterfaceChanged => "PrimaryNetworkInterfaceChanged",
            Self::TrafficLeak => "TrafficLeak",
            Self::TunnelBroken => "TunnelBroken",
            Self::TunnelProcessStartFailed => "TunnelProcessStartFailed",
            Self::InvalidConfiguration => "InvalidConfiguration",
            Self::InvalidTunnelNetworkIndefaceIndex => "InvalidTunnelNetworkIndefaceIndex",
            Self::StopVpnFailed => "StopVpnFailed",
            Self::WfpSessionCreationFailed => "WfpSessionCreationFailed",
            Self::ConnectionCanceled => "ConnectionCanceled",
            Self::InvalidFireshieldConfiguration => "InvalidFireshieldConfiguration",
            Self::NoInternetConnection => "NoInternetConnection",
            Self::PersonalBridgeUnknownError => "PersonalBridgeUnknownError",
            Self::PersonalBridgeBadRequest => "PersonalBridgeBadRequest",
            Self::PersonalBridgeForbidden => "PersonalBridgeForbidden",
            Self::PersonalBridgeInternalServerError => "PersonalBridgeInternalServerError",
            Self::PersonalBridgeNextHopUnavailable => "PersonalBridgeNextHopUnavailable",
            Self::PersonalBridgeNotAnExitNode => "PersonalBridgeNotAnExitNode",
            Self::PersonalBridgeTooManyHops => "PersonalBridgeTooManyHops",
            Self::PersonalBridgeHopNotAllowed => "PersonalBridgeHopNotAllowed",
            Self::PersonalBridgeSessionNotFound => "PersonalBridgeSessionNotFound",
        }
    }

    /// True when a retry, after the step the member's retry advice names, can succeed.
    pub const fn retryable(self) -> bool {
        matches!(
            self,
            Self::Broken
                | Self::Connect
                | Self::Internal
                | Self::CannotSend
                | Self::TimeSkew
                | Self::DcnSrvSwitch
                | Self::DcnSrvFull
                | Self::InvalidState
                | Self::StartVpnFailed
                | Self::DisconnectedBeforeConnected
                | Self::ConnectionTimeout
                | Self::DisconnectedAfterStart
                | Self::StoppedAfterStart
                | Self::TunnelExited
                | Self::PrimaryNetworkInterfaceChanged
                | Self::TrafficLeak
                | Self::TunnelBroken
                | Self::InvalidTunnelNetworkIndefaceIndex
                | Self::StopVpnFailed
                | Self::NoInternetConnection
                | Self::PersonalBridgeInternalServerError
                | Self::PersonalBridgeNextHopUnavailable
                | Self::PersonalBridgeSessionNotFound
        )
    }

    /// The member whose value is `code`, or `None` for a code this catalog does not know.
    pub const fn from_code(code: i64) -> Option<Self> {
        match code {
            0 => Some(Self::None),
            180 => Some(Self::Config),
            181 => Some(Self::Broken),
            182 => Some(Self::Connect),
            183 => Some(Self::Internal),
            184 => Some(Self::ServerAuth),
            185 => Some(Self::CannotSend),
            186 => Some(Self::TimeSkew),
            190 => Some(Self::DcnSrvSwitch),
            191 => Some(Self::DcnBlockedBw),
            192 => Some(Self::DcnBlockedAbuse),
            193 => Some(Self::DcnBlockedMalware),
            194 => Some(Self::DcnBlockedMisc),
            195 => Some(Self::DcnReqByCliapp),
            196 => Some(Self::DcnBlockedAuth),
            197 => Some(Self::DcnSrvFull),
            4097 => Some(Self::InvalidState),
            4098 => Some(Self::AccessDenied),
            4099 => Some(Self::ComException),
            4100 => Some(Self::ComInvalidCastException),
            8192 => Some(Self::StartVpnFailed),
            8193 => Some(Self::DisconnectedBeforeConnected),
            8194 => Some(Self::ConnectionTimeout),
            8195 => Some(Self::DisconnectedAfterStart),
            8196 => Some(Self::StoppedAfterStart),
            8197 => Some(Self::TunnelExited),
            8198 => Some(Self::PrimaryNetworkInterfaceChanged),
            8199 => Some(Self::TrafficLeak),
            8200 => Some(Self::TunnelBroken),
            8201 => Some(Self::TunnelProcessStartFailed),
            8202 => Some(Self::InvalidConfiguration),
            8203 => Some(Self::InvalidTunnelNetworkIndefaceIndex),
            8204 => Some(Self::StopVpnFailed),
            8205 => Some(Self::WfpSessionCreationFailed),
            8206 => Some(Self::ConnectionCanceled),
            8207 => Some(Self::InvalidFireshieldConfiguration),
            8208 => Some(Self::NoInternetConnection),
            9000 => Some(Self::PersonalBridgeUnknownError),
            9001 => Some(Self::PersonalBridgeBadRequest),
            9002 => Some(Self::PersonalBridgeForbidden),
            9003 => Some(Self::PersonalBridgeInternalServerError),
            9004 => Some(Self::PersonalBridgeNextHopUnavailable),
            9005 => Some(Self::PersonalBridgeNotAnExitNode),
            9006 => Some(Self::PersonalBridgeTooManyHops),
            9007 => Some(Self::PersonalBridgeHopNotAllowed),
            9008 => Some(Self::PersonalBridgeSessionNotFound),
            _ => None,
        }
    }

    /// The member with this identifier, alias or older wire name, or `None`.
    pub fn from_name(name: &str) -> Option<Self> {
        lookup::find_name(&Self::ALL, &KEYS, name)
    }

    /// The member any key names: its value (`8199` or `"8199"`), its identifier, an alias or an older wire
    /// name, with how the key named it; `None` for anything else.
    pub fn lookup<'k>(key: impl Into<Key<'k>>) -> Option<Match<Self>> {
        lookup::find(&Self::ALL, &KEYS, key.into())
    }

    /// Everything the catalog says about the member.
    pub fn facts(self) -> &'static CodeFacts {
        &FACTS[self.index()]
    }

    /// What the code means.
    pub fn description(self) -> &'static str {
        self.facts().description
    }

    /// The catalog's group of the code.
    pub fn group(self) -> &'static str {
        self.facts().group
    }

    /// The HTTP status the code is documented under, if any.
    pub fn http_status(self) -> Option<u16> {
        self.facts().http_status
    }

    /// The retry advice: strategy, basis (documented or inferred), note and any override.
    pub fn retry_advice(self) -> &'static RetryAdvice {
        &self.facts().retry_advice
    }

    /// What a client should do, where the catalog says.
    pub fn action(self) -> Option<&'static Action> {
        self.facts().action.as_ref()
    }

    /// `stable` or `experimental`.
    pub fn stability(self) -> &'static str {
        self.facts().stability
    }

    /// Why the code is deprecated and what replaces it, for a deprecated code.
    pub fn deprecation(self) -> Option<&'static Deprecation> {
        self.facts().deprecation.as_ref()
    }

    /// The member's place in `ALL` and in the facts table.
    const fn index(self) -> usize {
        match self {
            Self::None => 0,
            Self::Config => 1,
            Self::Broken => 2,
            Self::Connect => 3,
            Self::Internal => 4,
            Self::ServerAuth => 5,
            Self::CannotSend => 6,
            Self::TimeSkew => 7,
            Self::DcnSrvSwitch => 8,
            Self::DcnBlockedBw => 9,
            Self::DcnBlockedAbuse => 10,
            Self::DcnBlockedMalware => 11,
            Self::DcnBlockedMisc => 12,
            Self::DcnReqByCliapp => 13,
            Self::DcnBlockedAuth => 14,
            Self::DcnSrvFull => 15,
            Self::InvalidState => 16,
            Self::AccessDenied => 17,
            Self::ComException => 18,
            Self::ComInvalidCastException => 19,
            Self::StartVpnFailed => 20,
            Self::DisconnectedBeforeConnected => 21,
            Self::ConnectionTimeout => 22,
            Self::DisconnectedAfterStart => 23,
            Self::StoppedAfterStart => 24,
            Self::TunnelExited => 25,
            Self::PrimaryNetworkInterfaceChanged => 26,
            Self::TrafficLeak => 27,
            Self::TunnelBroken => 28,
            Self::TunnelProcessStartFailed => 29,
            Self::InvalidConfiguration => 30,
            Self::InvalidTunnelNetworkIndefaceIndex => 31,
            Self::StopVpnFailed => 32,
            Self::WfpSessionCreationFailed => 33,
            Self::ConnectionCanceled => 34,
            Self::InvalidFireshieldConfiguration => 35,
            Self::NoInternetConnection => 36,
            Self::PersonalBridgeUnknownError => 37,
            Self::PersonalBridgeBadRequest => 38,
            Self::PersonalBridgeForbidden => 39,
            Self::PersonalBridgeInternalServerError => 40,
            Self::PersonalBridgeNextHopUnavailable => 41,
            Self::PersonalBridgeNotAnExitNode => 42,
            Self::PersonalBridgeTooManyHops => 43,
            Self::PersonalBridgeHopNotAllowed => 44,
            Self::PersonalBridgeSessionNotFound => 45,
        }
    }
}

/// Each member's facts, in `ALL`'s order.
static FACTS: [CodeFacts; 46] = [
    CodeFacts {
        identifier: "None",
        label: None,
        group: "success",
        group_title: "Success codes",
        description: "No error. Occurs when the service resets the last error on tunnel start.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "not-applicable", basis: "documented", note: "The page lists it under success codes, so it is not an error.", status_override: None },
        action: None,
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "Config",
        label: None,
        group: "hydra",
        group_title: "Hydra protocol errors",
        description: "Occurs when the Hydra configuration is invalid.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "The same invalid Hydra configuration fails again.", status_override: None },
        action: Some(Action { text: "Fix the Hydra configuration before connecting again.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "Broken",
        label: None,
        group: "common",
        group_title: "Сommon errors",
        description: "Tunnel broken. Occurs when a connected tunnel unexpectedly broke for an unknown reason.",
        http_status: None,
        retryable: true,
        retry_advice: RetryAdvice { strategy: "reconnect-tunnel", basis: "inferred", note: "An unexpected breakage of a connected tunnel is usually cleared by connecting again.", status_override: None },
        action: Some(Action { text: "Reconnect the tunnel with the same credentials.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "Connect",
        label: None,
        group: "common",
        group_title: "Сommon errors",
        description: "Tunnel connection failed.",
        http_status: None,
        retryable: true,
        retry_advice: RetryAdvice { strategy: "backoff", basis: "inferred", note: "A failed connection attempt is often transient and may succeed on a later attempt.", status_override: None },
        action: Some(Action { text: "Try to connect again with backoff, and choose another location if it keeps failing.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "Internal",
        label: None,
        group: "hydra",
        group_title: "Hydra protocol errors",
        description: "Internal Hydra protocol error.",
        http_status: None,
        retryable: true,
        retry_advice: RetryAdvice { strategy: "reconnect-tunnel", basis: "inferred", note: "The page gives no cause; a new connection is the only recovery a client has.", status_override: None },
        action: Some(Action { text: "Reconnect the tunnel, and collect debug logs if the error repeats.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "ServerAuth",
        label: None,
        group: "hydra",
        group_title: "Hydra protocol errors",
        description: "VPN node server reported an authentication error.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "The VPN node rejects the same credentials again.", status_override: None },
        action: Some(Action { text: "Obtain fresh credentials from the backend before connecting again.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "CannotSend",
        label: None,
        group: "hydra",
        group_title: "Hydra protocol errors",
        description: "Internal Hydra client communication issue. Occurs when traffic accumulates in the socket buffer but doesn't go out.",
        http_status: None,
        retryable: true,
        retry_advice: RetryAdvice { strategy: "reconnect-tunnel", basis: "inferred", note: "Traffic stuck in the socket buffer means the tunnel is not working and needs a new connection.", status_override: None },
        action: Some(Action { text: "Reconnect the tunnel with the same credentials.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "TimeSkew",
        label: None,
        group: "hydra",
        group_title: "Hydra protocol errors",
        description: "Internal Hydra client communication issue. Can happen only when infrastructure problems occur.",
        http_status: None,
        retryable: true,
        retry_advice: RetryAdvice { strategy: "backoff", basis: "inferred", note: "The page ties it to infrastructure problems, which are usually transient.", status_override: None },
        action: Some(Action { text: "Connect again later with backoff, and check the device clock if the error persists.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "DcnSrvSwitch",
        label: None,
        group: "hydra",
        group_title: "Hydra protocol errors",
        description: "Tunnel was broken for a server-side reason. Can happen only when infrastructure problems occur.",
        http_status: None,
        retryable: true,
        retry_advice: RetryAdvice { strategy: "reconnect-tunnel", basis: "inferred", note: "The server ended the tunnel for an infrastructure reason, so a new connection is expected to succeed.", status_override: None },
        action: Some(Action { text: "Reconnect the tunnel with the same credentials.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "DcnBlockedBw",
        label: None,
        group: "common",
        group_title: "Сommon errors",
        description: "Hydra or OpenVpn tunnel was broken by the server side because the traffic limit was exceeded.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "The traffic limit stays exceeded, so the server blocks a new tunnel too.", status_override: None },
        action: Some(Action { text: "Do not reconnect until the user's traffic limit is raised or reset.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "DcnBlockedAbuse",
        label: None,
        group: "hydra",
        group_title: "Hydra protocol errors",
        description: "Tunnel was broken by the server side because abuse traffic was detected.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "The server blocked the tunnel for abuse, so a new tunnel would be blocked too.", status_override: None },
        action: Some(Action { text: "Do not reconnect automatically; tell the user that the server blocked the connection for abuse traffic.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "DcnBlockedMalware",
        label: None,
        group: "hydra",
        group_title: "Hydra protocol errors",
        description: "Tunnel was broken by the server side because malicious traffic was detected.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "The server blocked the tunnel for malicious traffic, so a new tunnel would be blocked too.", status_override: None },
        action: Some(Action { text: "Do not reconnect automatically; tell the user that the server blocked the connection for malicious traffic.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "DcnBlockedMisc",
        label: None,
        group: "hydra",
        group_title: "Hydra protocol errors",
        description: "Tunnel was broken by the server side for an unknown reason.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "The server blocked the tunnel, and the page gives no reason that a reconnection would clear.", status_override: None },
        action: Some(Action { text: "Do not reconnect automatically; log the error and report it if it repeats.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "DcnReqByCliapp",
        label: None,
        group: "hydra",
        group_title: "Hydra protocol errors",
        description: "Tunnel was broken by the server side.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "The name suggests the disconnect was requested by the client application, so reconnecting would go against that request.", status_override: None },
        action: Some(Action { text: "Do not reconnect automatically; check whether the client application requested the disconnect.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "DcnBlockedAuth",
        label: None,
        group: "hydra",
        group_title: "Hydra protocol errors",
        description: "Tunnel was broken by the server side with an authentication error.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "The server rejected the tunnel's authentication, so the same credentials fail again.", status_override: None },
        action: Some(Action { text: "Obtain fresh credentials from the backend before connecting again.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "DcnSrvFull",
        label: None,
        group: "hydra",
        group_title: "Hydra protocol errors",
        description: "Hydra tunnel was stopped on the server side because the VPN node server is full.",
        http_status: None,
        retryable: true,
        retry_advice: RetryAdvice { strategy: "reconnect-tunnel", basis: "inferred", note: "A new connection can be placed on a VPN node with free capacity.", status_override: None },
        action: Some(Action { text: "Reconnect the tunnel, preferably to another server or location.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "InvalidState",
        label: None,
        group: "hydra",
        group_title: "Hydra protocol errors",
        description: "Hydra client error when the client cannot process the tunnel state correctly.",
        http_status: None,
        retryable: true,
        retry_advice: RetryAdvice { strategy: "reconnect-tunnel", basis: "inferred", note: "A new connection starts the Hydra client from a clean tunnel state.", status_override: None },
        action: Some(Action { text: "Reconnect the tunnel, and collect debug logs if the error repeats.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "AccessDenied",
        label: None,
        group: "hydra",
        group_title: "Hydra protocol errors",
        description: "Hydra client permissions error.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "Missing permissions do not change between attempts.", status_override: None },
        action: Some(Action { text: "Check that the SDK service and Hydra client run with the permissions they need.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "ComException",
        label: None,
        group: "hydra",
        group_title: "Hydra protocol errors",
        description: "Hydra client internal error.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "The page gives no cause that a retry would clear.", status_override: None },
        action: Some(Action { text: "Collect debug logs and restart the SDK service if the error repeats.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "ComInvalidCastException",
        label: None,
        group: "hydra",
        group_title: "Hydra protocol errors",
        description: "Hydra client internal error. Occurs when internal COM calls failed for any reason.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "A failed internal COM call is not known to clear on a retry.", status_override: None },
        action: Some(Action { text: "Collect debug logs and restart the SDK service if the error repeats.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "StartVpnFailed",
        label: None,
        group: "common",
        group_title: "Сommon errors",
        description: "Tunnel connection failed. Details can be found in the error message.",
        http_status: None,
        retryable: true,
        retry_advice: RetryAdvice { strategy: "backoff", basis: "inferred", note: "A failed tunnel start is often transient, but the error message may show a cause that retries cannot clear.", status_override: None },
        action: Some(Action { text: "Read the error message for the cause, and retry with backoff only if the cause is transient.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "DisconnectedBeforeConnected",
        label: None,
        group: "common",
        group_title: "Сommon errors",
        description: "Tunnel connection failed because the tunnel unexpectedly disconnected during connection without any errors.",
        http_status: None,
        retryable: true,
        retry_advice: RetryAdvice { strategy: "backoff", basis: "inferred", note: "A disconnection during connection without any error is likely transient.", status_override: None },
        action: Some(Action { text: "Try to connect again with backoff.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "ConnectionTimeout",
        label: None,
        group: "common",
        group_title: "Сommon errors",
        description: "Tunnel got stuck in the Connecting state and was aborted by timeout.",
        http_status: None,
        retryable: true,
        retry_advice: RetryAdvice { strategy: "backoff", basis: "inferred", note: "A connection timeout is usually a transient network or server condition.", status_override: None },
        action: Some(Action { text: "Try to connect again with backoff, or choose another location.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "DisconnectedAfterStart",
        label: None,
        group: "common",
        group_title: "Сommon errors",
        description: "Tunnel was connected successfully but unexpectedly disconnected within 10 seconds after start without any errors.",
        http_status: None,
        retryable: true,
        retry_advice: RetryAdvice { strategy: "reconnect-tunnel", basis: "inferred", note: "The tunnel did connect, so connecting again with the same credentials can restore it.", status_override: None },
        action: Some(Action { text: "Reconnect the tunnel with the same credentials.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "StoppedAfterStart",
        label: None,
        group: "common",
        group_title: "Сommon errors",
        description: "Tunnel client reported Connected but the service cannot find an active network adapter. Usually occurs when the tunnel client crashes right after a successful connection.",
        http_status: None,
        retryable: true,
        retry_advice: RetryAdvice { strategy: "reconnect-tunnel", basis: "inferred", note: "A tunnel client crash right after connecting may not repeat on a new connection.", status_override: None },
        action: Some(Action { text: "Reconnect the tunnel, and collect debug logs if the tunnel client keeps crashing.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "TunnelExited",
        label: None,
        group: "common",
        group_title: "Сommon errors",
        description: "Tunnel client was unexpectedly terminated.",
        http_status: None,
        retryable: true,
        retry_advice: RetryAdvice { strategy: "reconnect-tunnel", basis: "inferred", note: "An unexpected termination of the tunnel client breaks the tunnel, which a reconnection restores.", status_override: None },
        action: Some(Action { text: "Reconnect the tunnel with the same credentials.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "PrimaryNetworkInterfaceChanged",
        label: None,
        group: "common",
        group_title: "Сommon errors",
        description: "Primary network interface changed but the SDK doesn't support hot-switching between networks. We recommend reconnecting the tunnel with the same credentials when this error occurs.",
        http_status: None,
        retryable: true,
        retry_advice: RetryAdvice { strategy: "reconnect-tunnel", basis: "documented", note: "The page recommends reconnecting the tunnel with the same credentials when this error occurs.", status_override: None },
        action: Some(Action { text: "Reconnect the tunnel with the same credentials.", basis: "documented" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "TrafficLeak",
        label: None,
        group: "common",
        group_title: "Сommon errors",
        description: "Traffic is leaking outside the tunnel. Occurs when the routing table was changed by a third party.",
        http_status: None,
        retryable: true,
        retry_advice: RetryAdvice { strategy: "reconnect-tunnel", basis: "inferred", note: "Reconnecting restores the tunnel's routes, though the third party may change them again.", status_override: None },
        action: Some(Action { text: "Reconnect the tunnel to restore its routes, and find the third-party software that changes the routing table.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "TunnelBroken",
        label: None,
        group: "common",
        group_title: "Сommon errors",
        description: "Occurs when the tunnel is connected but traffic is not going through the tunnel for 30 seconds. That means that all health check requests through the tunnel failed with an error.",
        http_status: None,
        retryable: true,
        retry_advice: RetryAdvice { strategy: "reconnect-tunnel", basis: "inferred", note: "A tunnel that carries no traffic is broken and needs a new connection.", status_override: None },
        action: Some(Action { text: "Reconnect the tunnel with the same credentials.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "TunnelProcessStartFailed",
        label: None,
        group: "common",
        group_title: "Сommon errors",
        description: "Service cannot start the tunnel client process for any reason.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "A tunnel client process that cannot start usually points to an installation or system problem that retries do not clear.", status_override: None },
        action: Some(Action { text: "Check the SDK installation and the service logs for why the tunnel client process cannot start.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "InvalidConfiguration",
        label: None,
        group: "common",
        group_title: "Сommon errors",
        description: "Error occurs when StartVpnRequest validation failed.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "The same invalid StartVpnRequest fails validation again.", status_override: None },
        action: Some(Action { text: "Fix the StartVpnRequest parameters before connecting again.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "InvalidTunnelNetworkIndefaceIndex",
        label: None,
        group: "common",
        group_title: "Сommon errors",
        description: "Tunnel successfully connected but the SDK service cannot determine the tunnel network adapter.",
        http_status: None,
        retryable: true,
        retry_advice: RetryAdvice { strategy: "reconnect-tunnel", basis: "inferred", note: "A new connection may let the service find the tunnel network adapter, although a driver problem would persist.", status_override: None },
        action: Some(Action { text: "Reconnect the tunnel, and check the tunnel network adapter if the error repeats.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "StopVpnFailed",
        label: None,
        group: "common",
        group_title: "Сommon errors",
        description: "Service cannot stop a tunnel for any reason.",
        http_status: None,
        retryable: true,
        retry_advice: RetryAdvice { strategy: "backoff", basis: "inferred", note: "A stop request that failed may succeed on a later attempt.", status_override: None },
        action: Some(Action { text: "Send the stop request again with backoff, and restart the service if it keeps failing.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "WfpSessionCreationFailed",
        label: None,
        group: "common",
        group_title: "Сommon errors",
        description: "Error occurs when the SDK service cannot create a Windows Filtering Platform session for tunnel traffic protection.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "Failing to create a Windows Filtering Platform session is a system condition that retries do not clear.", status_override: None },
        action: Some(Action { text: "Check that the Windows Filtering Platform (Base Filtering Engine) is available to the service.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "ConnectionCanceled",
        label: None,
        group: "common",
        group_title: "Сommon errors",
        description: "Connection process was successfully canceled by client application request.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "The client application asked for the cancellation, so reconnecting would go against its request.", status_override: None },
        action: Some(Action { text: "Treat the cancellation as intended and do not reconnect automatically.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "InvalidFireshieldConfiguration",
        label: None,
        group: "hydra",
        group_title: "Hydra protocol errors",
        description: "Hydra fireshield configuration is invalid.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "The same invalid fireshield configuration fails again.", status_override: None },
        action: Some(Action { text: "Fix the fireshield configuration before connecting again.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "NoInternetConnection",
        label: None,
        group: "common",
        group_title: "Сommon errors",
        description: "Tunnel error occurred and the internet connection check failed for the primary network adapter.",
        http_status: None,
        retryable: true,
        retry_advice: RetryAdvice { strategy: "reconnect-tunnel", basis: "inferred", note: "The tunnel can be reconnected once the primary network adapter has internet connectivity again.", status_override: None },
        action: Some(Action { text: "Wait until the network is back, then reconnect the tunnel with the same credentials.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "PersonalBridgeUnknownError",
        label: None,
        group: "wireguard-personal-bridge",
        group_title: "Wireguard personal bridge errors",
        description: "Personal bridge intermediate server returned an unknown error.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "The page gives no cause, so a blind retry is not known to help.", status_override: None },
        action: Some(Action { text: "Log the error and report it if it repeats.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "PersonalBridgeBadRequest",
        label: None,
        group: "wireguard-personal-bridge",
        group_title: "Wireguard personal bridge errors",
        description: "Personal bridge intermediate server returned a BAD_REQUEST error.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "The intermediate server rejects the same bad request again.", status_override: None },
        action: Some(Action { text: "Check the personal bridge configuration sent to the intermediate server.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "PersonalBridgeForbidden",
        label: None,
        group: "wireguard-personal-bridge",
        group_title: "Wireguard personal bridge errors",
        description: "Personal bridge intermediate server returned a FORBIDDEN error.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "A forbidden answer does not change between attempts.", status_override: None },
        action: Some(Action { text: "Check that the user may use the personal bridge.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "PersonalBridgeInternalServerError",
        label: None,
        group: "wireguard-personal-bridge",
        group_title: "Wireguard personal bridge errors",
        description: "Personal bridge intermediate server returned an INTERNAL_SERVER_ERROR error.",
        http_status: None,
        retryable: true,
        retry_advice: RetryAdvice { strategy: "backoff", basis: "inferred", note: "An internal server error of the intermediate server is usually transient.", status_override: None },
        action: Some(Action { text: "Connect again later with backoff.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "PersonalBridgeNextHopUnavailable",
        label: None,
        group: "wireguard-personal-bridge",
        group_title: "Wireguard personal bridge errors",
        description: "Personal bridge intermediate server is unavailable.",
        http_status: None,
        retryable: true,
        retry_advice: RetryAdvice { strategy: "backoff", basis: "inferred", note: "An unavailable server is usually a transient condition.", status_override: None },
        action: Some(Action { text: "Connect again later with backoff.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "PersonalBridgeNotAnExitNode",
        label: None,
        group: "wireguard-personal-bridge",
        group_title: "Wireguard personal bridge errors",
        description: "Personal bridge intermediate server returned a NOT_AN_EXIT_NODE error.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "The chosen node stays a non-exit node between attempts.", status_override: None },
        action: Some(Action { text: "Choose a node that can act as the exit node.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "PersonalBridgeTooManyHops",
        label: None,
        group: "wireguard-personal-bridge",
        group_title: "Wireguard personal bridge errors",
        description: "Personal bridge intermediate server returned a TOO_MANY_HOPS error.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "The same route has too many hops on every attempt.", status_override: None },
        action: Some(Action { text: "Use a route with fewer hops.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "PersonalBridgeHopNotAllowed",
        label: None,
        group: "wireguard-personal-bridge",
        group_title: "Wireguard personal bridge errors",
        description: "Personal bridge intermediate server returned a HOP_NOT_ALLOWED error.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "The hop stays disallowed between attempts.", status_override: None },
        action: Some(Action { text: "Choose a route whose hops are allowed.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "PersonalBridgeSessionNotFound",
        label: None,
        group: "wireguard-personal-bridge",
        group_title: "Wireguard personal bridge errors",
        description: "Personal bridge intermediate server returned a SESSION_NOT_FOUND error.",
        http_status: None,
        retryable: true,
        retry_advice: RetryAdvice { strategy: "reconnect-tunnel", basis: "inferred", note: "A new connection creates a new session on the intermediate server.", status_override: None },
        action: Some(Action { text: "Reconnect the tunnel to establish a new session.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
];

/// Every key a lookup accepts, the catalog's priority applied: the key, the member's index, how it names it.
/// The reconnect policy reads it too.
pub(crate) static KEYS: [KeyEntry; 139] = [
    KeyEntry { key: Key::Text("None"), index: 0, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("Config"), index: 1, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("Broken"), index: 2, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("Connect"), index: 3, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("Internal"), index: 4, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("ServerAuth"), index: 5, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("CannotSend"), index: 6, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("TimeSkew"), index: 7, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("DcnSrvSwitch"), index: 8, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("DcnBlockedBw"), index: 9, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("DcnBlockedAbuse"), index: 10, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("DcnBlockedMalware"), index: 11, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("DcnBlockedMisc"), index: 12, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("DcnReqByCliapp"), index: 13, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("DcnBlockedAuth"), index: 14, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("DcnSrvFull"), index: 15, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("InvalidState"), index: 16, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("AccessDenied"), index: 17, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("ComException"), index: 18, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("ComInvalidCastException"), index: 19, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("StartVpnFailed"), index: 20, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("DisconnectedBeforeConnected"), index: 21, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("ConnectionTimeout"), index: 22, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("DisconnectedAfterStart"), index: 23, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("StoppedAfterStart"), index: 24, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("TunnelExited"), index: 25, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("PrimaryNetworkInterfaceChanged"), index: 26, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("TrafficLeak"), index: 27, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("TunnelBroken"), index: 28, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("TunnelProcessStartFailed"), index: 29, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("InvalidConfiguration"), index: 30, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("InvalidTunnelNetworkIndefaceIndex"), index: 31, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("StopVpnFailed"), index: 32, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("WfpSessionCreationFailed"), index: 33, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("ConnectionCanceled"), index: 34, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("InvalidFireshieldConfiguration"), index: 35, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("NoInternetConnection"), index: 36, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("PersonalBridgeUnknownError"), index: 37, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("PersonalBridgeBadRequest"), index: 38, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("PersonalBridgeForbidden"), index: 39, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("PersonalBridgeInternalServerError"), index: 40, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("PersonalBridgeNextHopUnavailable"), index: 41, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("PersonalBridgeNotAnExitNode"), index: 42, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("PersonalBridgeTooManyHops"), index: 43, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("PersonalBridgeHopNotAllowed"), index: 44, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("PersonalBridgeSessionNotFound"), index: 45, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("InvalidTunnelNetworkInterfaceIndex"), index: 31, matched_by: MatchedBy::Alias },
    KeyEntry { key: Key::Integer(0), index: 0, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("0"), index: 0, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(180), index: 1, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("180"), index: 1, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(181), index: 2, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("181"), index: 2, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(182), index: 3, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("182"), index: 3, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(183), index: 4, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("183"), index: 4, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(184), index: 5, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("184"), index: 5, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(185), index: 6, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("185"), index: 6, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(186), index: 7, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("186"), index: 7, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(190), index: 8, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("190"), index: 8, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(191), index: 9, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("191"), index: 9, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(192), index: 10, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("192"), index: 10, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(193), index: 11, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("193"), index: 11, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(194), index: 12, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("194"), index: 12, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(195), index: 13, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("195"), index: 13, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(196), index: 14, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("196"), index: 14, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(197), index: 15, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("197"), index: 15, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(4097), index: 16, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("4097"), index: 16, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(4098), index: 17, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("4098"), index: 17, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(4099), index: 18, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("4099"), index: 18, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(4100), index: 19, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("4100"), index: 19, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(8192), index: 20, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("8192"), index: 20, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(8193), index: 21, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("8193"), index: 21, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(8194), index: 22, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("8194"), index: 22, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(8195), index: 23, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("8195"), index: 23, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(8196), index: 24, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("8196"), index: 24, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(8197), index: 25, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("8197"), index: 25, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(8198), index: 26, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("8198"), index: 26, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(8199), index: 27, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("8199"), index: 27, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(8200), index: 28, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("8200"), index: 28, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(8201), index: 29, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("8201"), index: 29, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(8202), index: 30, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("8202"), index: 30, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(8203), index: 31, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("8203"), index: 31, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(8204), index: 32, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("8204"), index: 32, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(8205), index: 33, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("8205"), index: 33, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(8206), index: 34, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("8206"), index: 34, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(8207), index: 35, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("8207"), index: 35, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(8208), index: 36, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("8208"), index: 36, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(9000), index: 37, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("9000"), index: 37, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(9001), index: 38, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("9001"), index: 38, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(9002), index: 39, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("9002"), index: 39, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(9003), index: 40, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("9003"), index: 40, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(9004), index: 41, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("9004"), index: 41, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(9005), index: 42, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("9005"), index: 42, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(9006), index: 43, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("9006"), index: 43, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(9007), index: 44, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("9007"), index: 44, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(9008), index: 45, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("9008"), index: 45, matched_by: MatchedBy::Value },
];

impl TryFrom<i64> for OperationalError {
    type Error = UnknownCode;

    fn try_from(code: i64) -> Result<Self, UnknownCode> {
        Self::from_code(code).ok_or_else(|| UnknownCode::new("OperationalError", code))
    }
}

impl From<OperationalError> for i64 {
    fn from(member: OperationalError) -> i64 {
        member.code()
    }
}

impl FromStr for OperationalError {
    type Err = UnknownCode;

    /// Parses an identifier, alias or older wire name.
    fn from_str(name: &str) -> Result<Self, UnknownCode> {
        Self::from_name(name).ok_or_else(|| UnknownCode::new("OperationalError", name))
    }
}

impl fmt::Display for OperationalError {
    /// The vendor's identifier.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for OperationalError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.code())
    }
}

impl<'de> Deserialize<'de> for OperationalError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = i64::deserialize(deserializer)?;
        Self::from_code(code).ok_or_else(|| D::Error::custom(UnknownCode::new("OperationalError", code)))
    }
}

/// A [`OperationalError`] as it arrives: a member, or a value this catalog does not know yet, kept as its
/// integer so that a newer code still decodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OperationalErrorCode {
    /// A code the catalog knows.
    Known(OperationalError),
    /// A code the catalog does not know yet.
    Unknown(i64),
}

impl OperationalErrorCode {
    /// The code as it travels.
    pub const fn code(self) -> i64 {
        match self {
            Self::Known(member) => member.code(),
            Self::Unknown(code) => code,
        }
    }

    /// The member, for a known code.
    pub const fn known(self) -> Option<OperationalError> {
        match self {
            Self::Known(member) => Some(member),
            Self::Unknown(_) => None,
        }
    }
}

impl From<i64> for OperationalErrorCode {
    fn from(code: i64) -> Self {
        OperationalError::from_code(code).map_or(Self::Unknown(code), Self::Known)
    }
}

impl From<OperationalError> for OperationalErrorCode {
    fn from(member: OperationalError) -> Self {
        Self::Known(member)
    }
}

impl fmt::Display for OperationalErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Known(member) => member.fmt(f),
            Self::Unknown(code) => write!(f, "OperationalError({code})"),
        }
    }
}

impl Serialize for OperationalErrorCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.code())
    }
}

impl<'de> Deserialize<'de> for OperationalErrorCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        i64::deserialize(deserializer).map(Self::from)
    }
}
