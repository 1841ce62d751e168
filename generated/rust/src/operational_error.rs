// @generated
// Generated from catalog/*.yaml by `npm run build`; do not edit.

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
    /// Retry: not an error (documented).
    None = 0,

    /// Occurs when the Hydra configuration is invalid.
    ///
    /// Retry: do not retry (inferred).
    Config = 180,

    /// Tunnel broken. Occurs when a connected tunnel unexpectedly broke for an unknown reason.
    ///
    /// Retry: reconnect the tunnel (inferred).
    Broken = 181,

    /// Tunnel connection failed.
    ///
    /// Retry: retry with exponential backoff (inferred).
    Connect = 182,

    /// Internal Hydra protocol error.
    ///
    /// Retry: reconnect the tunnel (inferred).
    Internal = 183,

    /// VPN node server reported an authentication error.
    ///
    /// Retry: do not retry (inferred).
    ServerAuth = 184,

    /// Internal Hydra client communication issue. Occurs when traffic accumulates in the socket
    /// buffer but doesn't go out.
    ///
    /// Retry: reconnect the tunnel (inferred).
    CannotSend = 185,

    /// Internal Hydra client communication issue. Can happen only when infrastructure problems
    /// occur.
    ///
    /// Retry: retry with exponential backoff (inferred).
    TimeSkew = 186,

    /// Tunnel was broken for a server-side reason. Can happen only when infrastructure problems
    /// occur.
    ///
    /// Retry: reconnect the tunnel (inferred).
    DcnSrvSwitch = 190,

    /// Hydra or OpenVpn tunnel was broken by the server side because the traffic limit was
    /// exceeded.
    ///
    /// Retry: do not retry (inferred).
    DcnBlockedBw = 191,

    /// Tunnel was broken by the server side because abuse traffic was detected.
    ///
    /// Retry: do not retry (inferred).
    DcnBlockedAbuse = 192,

    /// Tunnel was broken by the server side because malicious traffic was detected.
    ///
    /// Retry: do not retry (inferred).
    DcnBlockedMalware = 193,

    /// Tunnel was broken by the server side for an unknown reason.
    ///
    /// Retry: do not retry (inferred).
    DcnBlockedMisc = 194,

    /// Tunnel was broken by the server side.
    ///
    /// Retry: do not retry (inferred).
    DcnReqByCliapp = 195,

    /// Tunnel was broken by the server side with an authentication error.
    ///
    /// Retry: do not retry (inferred).
    DcnBlockedAuth = 196,

    /// Hydra tunnel was stopped on the server side because the VPN node server is full.
    ///
    /// Retry: reconnect the tunnel (inferred).
    DcnSrvFull = 197,

    /// Hydra client error when the client cannot process the tunnel state correctly.
    ///
    /// Retry: reconnect the tunnel (inferred).
    InvalidState = 4097,

    /// Hydra client permissions error.
    ///
    /// Retry: do not retry (inferred).
    AccessDenied = 4098,

    /// Hydra client internal error.
    ///
    /// Retry: do not retry (inferred).
    ComException = 4099,

    /// Hydra client internal error. Occurs when internal COM calls failed for any reason.
    ///
    /// Retry: do not retry (inferred).
    ComInvalidCastException = 4100,

    /// Tunnel connection failed. Details can be found in the error message.
    ///
    /// Retry: retry with exponential backoff (inferred).
    StartVpnFailed = 8192,

    /// Tunnel connection failed because the tunnel unexpectedly disconnected during connection
    /// without any errors.
    ///
    /// Retry: retry with exponential backoff (inferred).
    DisconnectedBeforeConnected = 8193,

    /// Tunnel got stuck in the Connecting state and was aborted by timeout.
    ///
    /// Retry: retry with exponential backoff (inferred).
    ConnectionTimeout = 8194,

    /// Tunnel was connected successfully but unexpectedly disconnected within 10 seconds after
    /// start without any errors.
    ///
    /// Retry: reconnect the tunnel (inferred).
    DisconnectedAfterStart = 8195,

    /// Tunnel client reported Connected but the service cannot find an active network adapter.
    /// Usually occurs when the tunnel client crashes right after a successful connection.
    ///
    /// Retry: reconnect the tunnel (inferred).
    StoppedAfterStart = 8196,

    /// Tunnel client was unexpectedly terminated.
    ///
    /// Retry: reconnect the tunnel (inferred).
    TunnelExited = 8197,

    /// Primary network interface changed but the SDK doesn't support hot-switching between
    /// networks. We recommend reconnecting the tunnel with the same credentials when this error
    /// occurs.
    ///
    /// Retry: reconnect the tunnel (documented).
    PrimaryNetworkInterfaceChanged = 8198,

    /// Traffic is leaking outside the tunnel. Occurs when the routing table was changed by a third
    /// party.
    ///
    /// Retry: reconnect the tunnel (inferred).
    TrafficLeak = 8199,

    /// Occurs when the tunnel is connected but traffic is not going through the tunnel for 30
    /// seconds. That means that all health check requests through the tunnel failed with an error.
    ///
    /// Retry: reconnect the tunnel (inferred).
    TunnelBroken = 8200,

    /// Service cannot start the tunnel client process for any reason.
    ///
    /// Retry: do not retry (inferred).
    TunnelProcessStartFailed = 8201,

    /// Error occurs when StartVpnRequest validation failed.
    ///
    /// Retry: do not retry (inferred).
    InvalidConfiguration = 8202,

    /// Tunnel successfully connected but the SDK service cannot determine the tunnel network
    /// adapter.
    ///
    /// Retry: reconnect the tunnel (inferred).
    ///
    /// Name lookups also accept InvalidTunnelNetworkInterfaceIndex.
    InvalidTunnelNetworkIndefaceIndex = 8203,

    /// Service cannot stop a tunnel for any reason.
    ///
    /// Retry: retry with exponential backoff (inferred).
    StopVpnFailed = 8204,

    /// Error occurs when the SDK service cannot create a Windows Filtering Platform session for
    /// tunnel traffic protection.
    ///
    /// Retry: do not retry (inferred).
    WfpSessionCreationFailed = 8205,

    /// Connection process was successfully canceled by client application request.
    ///
    /// Retry: do not retry (inferred).
    ConnectionCanceled = 8206,

    /// Hydra fireshield configuration is invalid.
    ///
    /// Retry: do not retry (inferred).
    InvalidFireshieldConfiguration = 8207,

    /// Tunnel error occurred and the internet connection check failed for the primary network
    /// adapter.
    ///
    /// Retry: reconnect the tunnel (inferred).
    NoInternetConnection = 8208,

    /// Personal bridge intermediate server returned an unknown error.
    ///
    /// Retry: do not retry (inferred).
    PersonalBridgeUnknownError = 9000,

    /// Personal bridge intermediate server returned a BAD_REQUEST error.
    ///
    /// Retry: do not retry (inferred).
    PersonalBridgeBadRequest = 9001,

    /// Personal bridge intermediate server returned a FORBIDDEN error.
    ///
    /// Retry: do not retry (inferred).
    PersonalBridgeForbidden = 9002,

    /// Personal bridge intermediate server returned an INTERNAL_SERVER_ERROR error.
    ///
    /// Retry: retry with exponential backoff (inferred).
    PersonalBridgeInternalServerError = 9003,

    /// Personal bridge intermediate server is unavailable.
    ///
    /// Retry: retry with exponential backoff (inferred).
    PersonalBridgeNextHopUnavailable = 9004,

    /// Personal bridge intermediate server returned a NOT_AN_EXIT_NODE error.
    ///
    /// Retry: do not retry (inferred).
    PersonalBridgeNotAnExitNode = 9005,

    /// Personal bridge intermediate server returned a TOO_MANY_HOPS error.
    ///
    /// Retry: do not retry (inferred).
    PersonalBridgeTooManyHops = 9006,

    /// Personal bridge intermediate server returned a HOP_NOT_ALLOWED error.
    ///
    /// Retry: do not retry (inferred).
    PersonalBridgeHopNotAllowed = 9007,

    /// Personal bridge intermediate server returned a SESSION_NOT_FOUND error.
    ///
    /// Retry: reconnect the tunnel (inferred).
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
