// @generated
// Generated from catalog/*.yaml by `npm run build`; do not edit.

//! Unified VPN SDK for Windows request results: the `ResponseResult` enum.

use std::fmt;
use std::str::FromStr;

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::UnknownCode;

/// Result of the request processing by the UnifiedSDK service. The SDK returns it as the response
/// result of a request; the page gives names only, so the value of each member is its name.
///
/// Source: Pango, Unified VPN SDK for Windows: Error processing (section ResponseResult).
///
/// Serializes as its name, which is also its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ResponseResult {
    /// Backend authentication failed.
    ///
    /// Retry: do not retry (inferred).
    AuthFailed,

    /// Backend server returned a 400 error.
    ///
    /// HTTP mapping: 400 Bad Request.
    ///
    /// Retry: do not retry (inferred).
    BadRequest,

    /// Carrier disabled on the backend.
    ///
    /// Retry: do not retry (inferred).
    CarrierDisabled,

    /// Cannot connect to the service during the timeout.
    ///
    /// Retry: retry with exponential backoff (inferred).
    ConnectionTimeout,

    /// Device limit exceed.
    ///
    /// Retry: do not retry (inferred).
    ///
    /// Name lookups also accept DEVICES_EXCEED.
    DevicesExceed,

    /// Request processing failed for any reason.
    ///
    /// Retry: do not retry (inferred).
    Error,

    /// Feature not found.
    ///
    /// Retry: do not retry (inferred).
    FeatureNotFound,

    /// Backend server returned a 403 error.
    ///
    /// HTTP mapping: 403 Forbidden.
    ///
    /// Retry: do not retry (inferred).
    Forbidden,

    /// Backend server returned a 500 error.
    ///
    /// HTTP mapping: 500 Internal Server Error.
    ///
    /// Retry: retry with exponential backoff (inferred).
    InternalServerError,

    /// Invalid data.
    ///
    /// Retry: do not retry (inferred).
    Invalid,

    /// Invalid device identifier.
    ///
    /// Retry: do not retry (inferred).
    InvalidDeviceId,

    /// Something went wrong with the purchase.
    ///
    /// Retry: do not retry (inferred).
    InvalidPurchase,

    /// Invalid response from the server (i.e. HTML instead of JSON).
    ///
    /// Retry: retry with exponential backoff (inferred).
    InvalidResponse,

    /// URI parameter has an invalid format.
    ///
    /// Retry: do not retry (inferred).
    InvalidUri,

    /// Request processing failed because the service detected a broken internet connection through
    /// the primary network adapter.
    ///
    /// Retry: retry with exponential backoff (inferred).
    NoInternetConnection,

    /// No result; the default value, which should never come from the service.
    ///
    /// Retry: not an error (documented).
    None,

    /// The client passed an invalid Auth token.
    ///
    /// Retry: do not retry (inferred).
    ///
    /// Name lookups also accept NOT_AUTHORIZED.
    NotAuthorized,

    /// Backend server returned a 404 error.
    ///
    /// HTTP mapping: 404 Not Found.
    ///
    /// Retry: do not retry (inferred).
    NotFound,

    /// VPN node server is not responding.
    ///
    /// Retry: retry with exponential backoff (inferred).
    NotResponding,

    /// Open authenticator (OAuth) error.
    ///
    /// Retry: do not retry (inferred).
    ///
    /// Name lookups also accept OAuthError.
    OauthError,

    /// Request processed successfully.
    ///
    /// Retry: not an error (documented).
    Ok,

    /// Backend request limit exceed.
    ///
    /// Retry: do not retry (inferred).
    RequestLimitExceed,

    /// Backend server did not respond within the specified timeout interval.
    ///
    /// Retry: retry with exponential backoff (inferred).
    RequestTimeout,

    /// Cannot connect to the backend server.
    ///
    /// Retry: retry with exponential backoff (inferred).
    ServerNotAnswering,

    /// Backend server is unavailable.
    ///
    /// Retry: retry with exponential backoff (inferred).
    ServerUnavailable,

    /// Service is not initialized.
    ///
    /// Retry: do not retry (inferred).
    ServiceNotInitialized,

    /// Session not found.
    ///
    /// Retry: do not retry (inferred).
    SessionNotFound,

    /// Session traffic exceed.
    ///
    /// Retry: do not retry (inferred).
    SessionTrafficExceed,

    /// Session limit exceed.
    ///
    /// Retry: do not retry (inferred).
    ///
    /// Name lookups also accept SESSIONS_EXCEED.
    SessionsExceed,

    /// SDK service did not respond within the specified timeout interval (3 minutes).
    ///
    /// Retry: retry with exponential backoff (inferred).
    Timeout,

    /// SDK service cannot process the command because the same process is in progress or already
    /// done. From the service this error occurs only for StartVpn and StopVpn requests.
    ///
    /// Retry: do not retry (inferred).
    TooManyRequests,

    /// Account traffic limit exceed.
    ///
    /// Retry: do not retry (inferred).
    ///
    /// Name lookups also accept TRAFFIC_EXCEED.
    TrafficExceed,

    /// Transport error between client and server.
    ///
    /// Retry: retry with exponential backoff (inferred).
    TransportError,

    /// The client pipe is not authorized to connect.
    ///
    /// Retry: do not retry (inferred).
    TransportNotAuthorized,

    /// Unauthorized response.
    ///
    /// Retry: do not retry (inferred).
    UnAuthorized,

    /// Current user traffic limit is unlimited.
    ///
    /// Retry: not an error (documented).
    Unlimited,

    /// Unsupported version.
    ///
    /// Retry: do not retry (inferred).
    UnsupportedVersion,

    /// User activity suspended.
    ///
    /// Retry: do not retry (inferred).
    UserSuspended,
}

impl ResponseResult {
    /// Every member, in value order.
    pub const ALL: [Self; 38] = [
        Self::AuthFailed,
        Self::BadRequest,
        Self::CarrierDisabled,
        Self::ConnectionTimeout,
        Self::DevicesExceed,
        Self::Error,
        Self::FeatureNotFound,
        Self::Forbidden,
        Self::InternalServerError,
        Self::Invalid,
        Self::InvalidDeviceId,
        Self::InvalidPurchase,
        Self::InvalidResponse,
        Self::InvalidUri,
        Self::NoInternetConnection,
        Self::None,
        Self::NotAuthorized,
        Self::NotFound,
        Self::NotResponding,
        Self::OauthError,
        Self::Ok,
        Self::RequestLimitExceed,
        Self::RequestTimeout,
        Self::ServerNotAnswering,
        Self::ServerUnavailable,
        Self::ServiceNotInitialized,
        Self::SessionNotFound,
        Self::SessionTrafficExceed,
        Self::SessionsExceed,
        Self::Timeout,
        Self::TooManyRequests,
        Self::TrafficExceed,
        Self::TransportError,
        Self::TransportNotAuthorized,
        Self::UnAuthorized,
        Self::Unlimited,
        Self::UnsupportedVersion,
        Self::UserSuspended,
    ];

    /// The catalog's identifier, verbatim; it is also the wire value.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::AuthFailed => "AuthFailed",
            Self::BadRequest => "BadRequest",
            Self::CarrierDisabled => "CarrierDisabled",
            Self::ConnectionTimeout => "ConnectionTimeout",
            Self::DevicesExceed => "DevicesExceed",
            Self::Error => "Error",
            Self::FeatureNotFound => "FeatureNotFound",
            Self::Forbidden => "Forbidden",
            Self::InternalServerError => "InternalServerError",
            Self::Invalid => "Invalid",
            Self::InvalidDeviceId => "InvalidDeviceId",
            Self::InvalidPurchase => "InvalidPurchase",
            Self::InvalidResponse => "InvalidResponse",
            Self::InvalidUri => "InvalidUri",
            Self::NoInternetConnection => "NoInternetConnection",
            Self::None => "None",
            Self::NotAuthorized => "NotAuthorized",
            Self::NotFound => "NotFound",
            Self::NotResponding => "NotResponding",
            Self::OauthError => "OauthError",
            Self::Ok => "Ok",
            Self::RequestLimitExceed => "RequestLimitExceed",
            Self::RequestTimeout => "RequestTimeout",
            Self::ServerNotAnswering => "ServerNotAnswering",
            Self::ServerUnavailable => "ServerUnavailable",
            Self::ServiceNotInitialized => "ServiceNotInitialized",
            Self::SessionNotFound => "SessionNotFound",
            Self::SessionTrafficExceed => "SessionTrafficExceed",
            Self::SessionsExceed => "SessionsExceed",
            Self::Timeout => "Timeout",
            Self::TooManyRequests => "TooManyRequests",
            Self::TrafficExceed => "TrafficExceed",
            Self::TransportError => "TransportError",
            Self::TransportNotAuthorized => "TransportNotAuthorized",
            Self::UnAuthorized => "UnAuthorized",
            Self::Unlimited => "Unlimited",
            Self::UnsupportedVersion => "UnsupportedVersion",
            Self::UserSuspended => "UserSuspended",
        }
    }

    /// True when a retry, after the step the member's retry advice names, can succeed.
    pub const fn retryable(self) -> bool {
        matches!(
            self,
            Self::ConnectionTimeout
                | Self::InternalServerError
                | Self::InvalidResponse
                | Self::NoInternetConnection
                | Self::NotResponding
                | Self::RequestTimeout
                | Self::ServerNotAnswering
                | Self::ServerUnavailable
                | Self::Timeout
                | Self::TransportError
        )
    }

    /// The member whose value is `code`, or `None` for a code this catalog does not know.
    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "AuthFailed" => Some(Self::AuthFailed),
            "BadRequest" => Some(Self::BadRequest),
            "CarrierDisabled" => Some(Self::CarrierDisabled),
            "ConnectionTimeout" => Some(Self::ConnectionTimeout),
            "DevicesExceed" => Some(Self::DevicesExceed),
            "Error" => Some(Self::Error),
            "FeatureNotFound" => Some(Self::FeatureNotFound),
            "Forbidden" => Some(Self::Forbidden),
            "InternalServerError" => Some(Self::InternalServerError),
            "Invalid" => Some(Self::Invalid),
            "InvalidDeviceId" => Some(Self::InvalidDeviceId),
            "InvalidPurchase" => Some(Self::InvalidPurchase),
            "InvalidResponse" => Some(Self::InvalidResponse),
            "InvalidUri" => Some(Self::InvalidUri),
            "NoInternetConnection" => Some(Self::NoInternetConnection),
            "None" => Some(Self::None),
            "NotAuthorized" => Some(Self::NotAuthorized),
            "NotFound" => Some(Self::NotFound),
            "NotResponding" => Some(Self::NotResponding),
            "OauthError" => Some(Self::OauthError),
            "Ok" => Some(Self::Ok),
            "RequestLimitExceed" => Some(Self::RequestLimitExceed),
            "RequestTimeout" => Some(Self::RequestTimeout),
            "ServerNotAnswering" => Some(Self::ServerNotAnswering),
            "ServerUnavailable" => Some(Self::ServerUnavailable),
            "ServiceNotInitialized" => Some(Self::ServiceNotInitialized),
            "SessionNotFound" => Some(Self::SessionNotFound),
            "SessionTrafficExceed" => Some(Self::SessionTrafficExceed),
            "SessionsExceed" => Some(Self::SessionsExceed),
            "Timeout" => Some(Self::Timeout),
            "TooManyRequests" => Some(Self::TooManyRequests),
            "TrafficExceed" => Some(Self::TrafficExceed),
            "TransportError" => Some(Self::TransportError),
            "TransportNotAuthorized" => Some(Self::TransportNotAuthorized),
            "UnAuthorized" => Some(Self::UnAuthorized),
            "Unlimited" => Some(Self::Unlimited),
            "UnsupportedVersion" => Some(Self::UnsupportedVersion),
            "UserSuspended" => Some(Self::UserSuspended),
            _ => None,
        }
    }

    /// The member with this identifier, alias or older wire name, or `None`.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "DEVICES_EXCEED" => Some(Self::DevicesExceed),
            "NOT_AUTHORIZED" => Some(Self::NotAuthorized),
            "OAuthError" => Some(Self::OauthError),
            "SESSIONS_EXCEED" => Some(Self::SessionsExceed),
            "TRAFFIC_EXCEED" => Some(Self::TrafficExceed),
            _ => Self::ALL.into_iter().find(|member| member.as_str() == name),
        }
    }
}

impl FromStr for ResponseResult {
    type Err = UnknownCode;

    /// Parses an identifier, alias or older wire name.
    fn from_str(name: &str) -> Result<Self, UnknownCode> {
        Self::from_name(name).ok_or_else(|| UnknownCode::new("ResponseResult", name))
    }
}

impl fmt::Display for ResponseResult {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ResponseResult {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ResponseResult {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = String::deserialize(deserializer)?;
        Self::from_code(&code).ok_or_else(|| D::Error::custom(UnknownCode::new("ResponseResult", code)))
    }
}
