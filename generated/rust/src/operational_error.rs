// @generated
// Generated from catalog/*.yaml by scripts/emit/languages/rust/enum.ts (npm run build); do not edit.

//! Unified VPN SDK for Windows operational errors: the `OperationalError` enum.

use std::fmt;
use std::str::FromStr;

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::UnknownCode;

/// Operational error codes that the UnifiedSDK service sends in the ErrorOccured event, each with a
/// documented integer value.
///
/// Source: Pango, Unified VPN SDK for Windows: Error processing (section OperationalError).
///
/// Serializes as its integer value.
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

    /// The catalog's identifier, verbatim.
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
        match name {
            "InvalidTunnelNetworkInterfaceIndex" => Some(Self::InvalidTunnelNetworkIndefaceIndex),
            _ => Self::ALL.into_iter().find(|member| member.as_str() == name),
        }
    }
}

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
