// @generated
// Generated from catalog/*.yaml by scripts/emit/languages/rust/enum.ts (npm run build); do not edit.

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
    /// Group: Backend server error codes.
    ///
    /// Retry: do not retry (inferred). The same credentials fail again; the client must
    /// re-authenticate.
    ///
    /// Action: Re-authenticate with valid credentials before sending the request again. (inferred)
    AuthFailed,

    /// Backend server returned a 400 error.
    ///
    /// Group: Backend server error codes.
    ///
    /// HTTP mapping: 400 Bad Request.
    ///
    /// Retry: do not retry (inferred). A 400 from the backend does not resolve with retries.
    ///
    /// Action: Correct the request parameters before sending the request again. (inferred)
    BadRequest,

    /// Carrier disabled on the backend.
    ///
    /// Group: Backend server error codes.
    ///
    /// Retry: do not retry (inferred). A disabled carrier is a backend configuration state that
    /// retries do not change.
    ///
    /// Action: Check that the carrier (project) is enabled in the backend before connecting again.
    /// (inferred)
    CarrierDisabled,

    /// Cannot connect to the service during the timeout.
    ///
    /// Group: Client side error codes.
    ///
    /// Retry: retry with exponential backoff (inferred). A connection timeout to the local service
    /// is usually transient, for example while the service is starting.
    ///
    /// Action: Check that the SDK service is running, then send the request again with backoff.
    /// (inferred)
    ConnectionTimeout,

    /// Device limit exceed.
    ///
    /// Group: Backend server error codes.
    ///
    /// Retry: do not retry (inferred). The device limit does not change between attempts.
    ///
    /// Action: Remove a registered device or raise the user's device limit before connecting again.
    /// (inferred)
    ///
    /// Name lookups also accept DEVICES_EXCEED.
    DevicesExceed,

    /// Request processing failed for any reason.
    ///
    /// Group: Service side error codes.
    ///
    /// Retry: do not retry (inferred). The page gives no cause, so a blind retry is not known to
    /// help.
    ///
    /// Action: Log the error details and handle it as a general failure of the request. (inferred)
    Error,

    /// Feature not found.
    ///
    /// Group: Backend server error codes.
    ///
    /// Retry: do not retry (inferred). A missing feature does not appear between attempts.
    ///
    /// Action: Check that the feature is enabled for the project before using it. (inferred)
    FeatureNotFound,

    /// Backend server returned a 403 error.
    ///
    /// Group: Backend server error codes.
    ///
    /// HTTP mapping: 403 Forbidden.
    ///
    /// Retry: do not retry (inferred). A 403 from the backend does not resolve with retries.
    ///
    /// Action: Check the user's permissions and project settings for this request. (inferred)
    Forbidden,

    /// Backend server returned a 500 error.
    ///
    /// Group: Backend server error codes.
    ///
    /// HTTP mapping: 500 Internal Server Error.
    ///
    /// Retry: retry with exponential backoff (inferred). A 500 from the backend is usually
    /// transient and safe to retry with backoff.
    ///
    /// Action: Retry the request with exponential backoff. (inferred)
    InternalServerError,

    /// Invalid data.
    ///
    /// Group: Backend server error codes.
    ///
    /// Retry: do not retry (inferred). The same invalid data is rejected again.
    ///
    /// Action: Correct the data sent to the backend before sending the request again. (inferred)
    Invalid,

    /// Invalid device identifier.
    ///
    /// Group: Backend server error codes.
    ///
    /// Retry: do not retry (inferred). The same invalid device identifier is rejected again.
    ///
    /// Action: Generate and send a valid unique device identifier. (inferred)
    InvalidDeviceId,

    /// Something went wrong with the purchase.
    ///
    /// Group: Backend server error codes.
    ///
    /// Retry: do not retry (inferred). A purchase problem is not resolved by repeating the request.
    ///
    /// Action: Check the purchase data and let the user complete or restore the purchase.
    /// (inferred)
    InvalidPurchase,

    /// Invalid response from the server (i.e. HTML instead of JSON).
    ///
    /// Group: Backend server error codes.
    ///
    /// Retry: retry with exponential backoff (inferred). An HTML answer usually comes from a proxy
    /// or maintenance page and is often transient.
    ///
    /// Action: Retry the request later with backoff and log the response body. (inferred)
    InvalidResponse,

    /// URI parameter has an invalid format.
    ///
    /// Group: Service side error codes.
    ///
    /// Retry: do not retry (inferred). The same malformed URI fails again.
    ///
    /// Action: Fix the format of the URI parameter before sending the request again. (inferred)
    InvalidUri,

    /// Request processing failed because the service detected a broken internet connection through
    /// the primary network adapter.
    ///
    /// Group: Service side error codes.
    ///
    /// Retry: retry with exponential backoff (inferred). The request can succeed once the primary
    /// network adapter has internet connectivity again.
    ///
    /// Action: Wait until the primary network adapter is back online, then send the request again.
    /// (inferred)
    NoInternetConnection,

    /// No result; the default value, which should never come from the service.
    ///
    /// Group: Success codes.
    ///
    /// Retry: not an error (documented). The page lists it under success codes, so it is not an
    /// error.
    None,

    /// The client passed an invalid Auth token.
    ///
    /// Group: Backend server error codes.
    ///
    /// Retry: do not retry (inferred). The same invalid token is rejected again; the client must
    /// re-authenticate first.
    ///
    /// Action: Re-authenticate to obtain a valid Auth token, then send the request again.
    /// (inferred)
    ///
    /// Name lookups also accept NOT_AUTHORIZED.
    NotAuthorized,

    /// Backend server returned a 404 error.
    ///
    /// Group: Backend server error codes.
    ///
    /// HTTP mapping: 404 Not Found.
    ///
    /// Retry: do not retry (inferred). A 404 from the backend does not resolve with retries.
    ///
    /// Action: Check the identifiers in the request; the requested resource does not exist on the
    /// backend. (inferred)
    NotFound,

    /// VPN node server is not responding.
    ///
    /// Group: Service side error codes.
    ///
    /// Retry: retry with exponential backoff (inferred). An unresponsive VPN node is an unavailable
    /// condition that is often transient.
    ///
    /// Action: Retry later with backoff, or choose another location. (inferred)
    NotResponding,

    /// Open authenticator (OAuth) error.
    ///
    /// Group: Backend server error codes.
    ///
    /// Retry: do not retry (inferred). An OAuth failure needs new credentials from the identity
    /// provider, not a repeated request.
    ///
    /// Action: Sign the user in with the OAuth provider again to obtain a valid token. (inferred)
    ///
    /// Name lookups also accept OAuthError.
    OauthError,

    /// Request processed successfully.
    ///
    /// Group: Success codes.
    ///
    /// Retry: not an error (documented). The page lists it under success codes, so it is not an
    /// error.
    Ok,

    /// Backend request limit exceed.
    ///
    /// Group: Backend server error codes.
    ///
    /// Retry: do not retry (inferred). The page gives no window or reset time, so an immediate
    /// retry only hits the same limit.
    ///
    /// Action: Stop sending requests to the backend for a while instead of retrying in a loop.
    /// (inferred)
    RequestLimitExceed,

    /// Backend server did not respond within the specified timeout interval.
    ///
    /// Group: Backend server error codes.
    ///
    /// Retry: retry with exponential backoff (inferred). A backend timeout is usually transient.
    ///
    /// Action: Retry the request with backoff. (inferred)
    RequestTimeout,

    /// Cannot connect to the backend server.
    ///
    /// Group: Backend server error codes.
    ///
    /// Retry: retry with exponential backoff (inferred). Failing to reach the backend server is
    /// usually a transient network or availability problem.
    ///
    /// Action: Retry the request later with backoff. (inferred)
    ServerNotAnswering,

    /// Backend server is unavailable.
    ///
    /// Group: Backend server error codes.
    ///
    /// Retry: retry with exponential backoff (inferred). An unavailable backend is usually a
    /// transient condition.
    ///
    /// Action: Retry the request later with backoff. (inferred)
    ServerUnavailable,

    /// Service is not initialized.
    ///
    /// Group: Service side error codes.
    ///
    /// Retry: do not retry (inferred). Sending the same request again fails until the service has
    /// been initialized.
    ///
    /// Action: Initialize the service before sending the request again. (inferred)
    ServiceNotInitialized,

    /// Session not found.
    ///
    /// Group: Backend server error codes.
    ///
    /// Retry: do not retry (inferred). Repeating a request for a session the backend does not know
    /// fails again.
    ///
    /// Action: Start a new VPN session instead of repeating the request for the missing one.
    /// (inferred)
    SessionNotFound,

    /// Session traffic exceed.
    ///
    /// Group: Backend server error codes.
    ///
    /// Retry: do not retry (inferred). The session's traffic limit does not reset between attempts.
    ///
    /// Action: Tell the user that the session traffic limit is reached. (inferred)
    SessionTrafficExceed,

    /// Session limit exceed.
    ///
    /// Group: Backend server error codes.
    ///
    /// Retry: do not retry (inferred). The session limit does not change between attempts.
    ///
    /// Action: Close another session of the user or raise the session limit before connecting
    /// again. (inferred)
    ///
    /// Name lookups also accept SESSIONS_EXCEED.
    SessionsExceed,

    /// SDK service did not respond within the specified timeout interval (3 minutes).
    ///
    /// Group: Client side error codes.
    ///
    /// Retry: retry with exponential backoff (inferred). A busy service may answer a later attempt,
    /// but the timed-out request may still be in progress.
    ///
    /// Action: Query the service state before sending the request again, so that a request still in
    /// progress is not repeated. (inferred)
    Timeout,

    /// SDK service cannot process the command because the same process is in progress or already
    /// done. From the service this error occurs only for StartVpn and StopVpn requests.
    ///
    /// Group: Service side error codes.
    ///
    /// Retry: do not retry (inferred). The same StartVpn or StopVpn operation is already in
    /// progress or done, so repeating it does not help.
    ///
    /// Action: Wait for the running StartVpn or StopVpn operation to finish and check the tunnel
    /// state instead of repeating the request. (inferred)
    TooManyRequests,

    /// Account traffic limit exceed.
    ///
    /// Group: Backend server error codes.
    ///
    /// Retry: do not retry (inferred). The account's traffic limit does not reset between attempts.
    ///
    /// Action: Tell the user that the traffic limit is reached and offer a plan with more traffic.
    /// (inferred)
    ///
    /// Name lookups also accept TRAFFIC_EXCEED.
    TrafficExceed,

    /// Transport error between client and server.
    ///
    /// Group: Client side error codes.
    ///
    /// Retry: retry with exponential backoff (inferred). A transport error between the client and
    /// the service is usually transient.
    ///
    /// Action: Retry the request with backoff and raise an SdkException to the user if it keeps
    /// failing. (inferred)
    TransportError,

    /// The client pipe is not authorized to connect.
    ///
    /// Group: Client side error codes.
    ///
    /// Retry: do not retry (inferred). The pipe's authorization does not change between attempts.
    ///
    /// Action: Check that the client application is allowed to connect to the service pipe.
    /// (inferred)
    TransportNotAuthorized,

    /// Unauthorized response.
    ///
    /// Group: Backend server error codes.
    ///
    /// Retry: do not retry (inferred). An unauthorized response is not resolved by sending the same
    /// request again.
    ///
    /// Action: Re-authenticate the user, then send the request again. (inferred)
    UnAuthorized,

    /// Current user traffic limit is unlimited.
    ///
    /// Group: Success codes.
    ///
    /// Retry: not an error (documented). The page lists it under success codes, so it is not an
    /// error.
    Unlimited,

    /// Unsupported version.
    ///
    /// Group: Backend server error codes.
    ///
    /// Retry: do not retry (inferred). The version stays unsupported until the client is updated.
    ///
    /// Action: Update the SDK or application to a supported version. (inferred)
    UnsupportedVersion,

    /// User activity suspended.
    ///
    /// Group: Backend server error codes.
    ///
    /// Retry: do not retry (inferred). A suspended user stays suspended between attempts.
    ///
    /// Action: Tell the user that the account is suspended and stop connection attempts. (inferred)
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
