// @generated
// Generated from catalog/*.yaml by scripts/emit/languages/rust/enum.ts (npm run build); do not edit.

//! Unified VPN SDK for Windows request results: the `ResponseResult` enum.

use std::fmt;
use std::str::FromStr;

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::lookup::{self, Action, CodeFacts, Deprecation, Key, KeyEntry, Match, MatchedBy, RetryAdvice};
use crate::UnknownCode;

/// Result of the request processing by the UnifiedSDK service. The SDK returns it as the response
/// result of a request; the page gives names only, so the value of each member is its name.
///
/// Source: Pango, Unified VPN SDK for Windows: Error processing (section ResponseResult).
///
/// Serializes as its identifier, which is its wire value.
///
/// Each member answers what the catalog says about it: `description()`, `group()`, `http_status()`,
/// `retry_advice()`, `action()`, `stability()`, `deprecation()`; `lookup` finds one by any key.
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

    /// The vendor's identifier, verbatim; it is also the wire value.
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

    /// The member whose identifier (its wire value) is `code`, or `None` for a code this catalog does not know.
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
        lookup::find_name(&Self::ALL, &KEYS, name)
    }

    /// The member any key names: its identifier, an alias or an older wire
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
            Self::AuthFailed => 0,
            Self::BadRequest => 1,
            Self::CarrierDisabled => 2,
            Self::ConnectionTimeout => 3,
            Self::DevicesExceed => 4,
            Self::Error => 5,
            Self::FeatureNotFound => 6,
            Self::Forbidden => 7,
            Self::InternalServerError => 8,
            Self::Invalid => 9,
            Self::InvalidDeviceId => 10,
            Self::InvalidPurchase => 11,
            Self::InvalidResponse => 12,
            Self::InvalidUri => 13,
            Self::NoInternetConnection => 14,
            Self::None => 15,
            Self::NotAuthorized => 16,
            Self::NotFound => 17,
            Self::NotResponding => 18,
            Self::OauthError => 19,
            Self::Ok => 20,
            Self::RequestLimitExceed => 21,
            Self::RequestTimeout => 22,
            Self::ServerNotAnswering => 23,
            Self::ServerUnavailable => 24,
            Self::ServiceNotInitialized => 25,
            Self::SessionNotFound => 26,
            Self::SessionTrafficExceed => 27,
            Self::SessionsExceed => 28,
            Self::Timeout => 29,
            Self::TooManyRequests => 30,
            Self::TrafficExceed => 31,
            Self::TransportError => 32,
            Self::TransportNotAuthorized => 33,
            Self::UnAuthorized => 34,
            Self::Unlimited => 35,
            Self::UnsupportedVersion => 36,
            Self::UserSuspended => 37,
        }
    }
}

/// Each member's facts, in `ALL`'s order.
static FACTS: [CodeFacts; 38] = [
    CodeFacts {
        identifier: "AuthFailed",
        label: None,
        group: "backend",
        group_title: "Backend server error codes",
        description: "Backend authentication failed.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "The same credentials fail again; the client must re-authenticate.", status_override: None },
        action: Some(Action { text: "Re-authenticate with valid credentials before sending the request again.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "BadRequest",
        label: None,
        group: "backend",
        group_title: "Backend server error codes",
        description: "Backend server returned a 400 error.",
        http_status: Some(400),
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "A 400 from the backend does not resolve with retries.", status_override: None },
        action: Some(Action { text: "Correct the request parameters before sending the request again.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "CarrierDisabled",
        label: None,
        group: "backend",
        group_title: "Backend server error codes",
        description: "Carrier disabled on the backend.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "A disabled carrier is a backend configuration state that retries do not change.", status_override: None },
        action: Some(Action { text: "Check that the carrier (project) is enabled in the backend before connecting again.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "ConnectionTimeout",
        label: None,
        group: "client",
        group_title: "Client side error codes",
        description: "Cannot connect to the service during the timeout.",
        http_status: None,
        retryable: true,
        retry_advice: RetryAdvice { strategy: "backoff", basis: "inferred", note: "A connection timeout to the local service is usually transient, for example while the service is starting.", status_override: None },
        action: Some(Action { text: "Check that the SDK service is running, then send the request again with backoff.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "DevicesExceed",
        label: None,
        group: "backend",
        group_title: "Backend server error codes",
        description: "Device limit exceed.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "The device limit does not change between attempts.", status_override: None },
        action: Some(Action { text: "Remove a registered device or raise the user's device limit before connecting again.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "Error",
        label: None,
        group: "service",
        group_title: "Service side error codes",
        description: "Request processing failed for any reason.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "The page gives no cause, so a blind retry is not known to help.", status_override: None },
        action: Some(Action { text: "Log the error details and handle it as a general failure of the request.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "FeatureNotFound",
        label: None,
        group: "backend",
        group_title: "Backend server error codes",
        description: "Feature not found.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "A missing feature does not appear between attempts.", status_override: None },
        action: Some(Action { text: "Check that the feature is enabled for the project before using it.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "Forbidden",
        label: None,
        group: "backend",
        group_title: "Backend server error codes",
        description: "Backend server returned a 403 error.",
        http_status: Some(403),
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "A 403 from the backend does not resolve with retries.", status_override: None },
        action: Some(Action { text: "Check the user's permissions and project settings for this request.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "InternalServerError",
        label: None,
        group: "backend",
        group_title: "Backend server error codes",
        description: "Backend server returned a 500 error.",
        http_status: Some(500),
        retryable: true,
        retry_advice: RetryAdvice { strategy: "backoff", basis: "inferred", note: "A 500 from the backend is usually transient and safe to retry with backoff.", status_override: None },
        action: Some(Action { text: "Retry the request with exponential backoff.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "Invalid",
        label: None,
        group: "backend",
        group_title: "Backend server error codes",
        description: "Invalid data.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "The same invalid data is rejected again.", status_override: None },
        action: Some(Action { text: "Correct the data sent to the backend before sending the request again.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "InvalidDeviceId",
        label: None,
        group: "backend",
        group_title: "Backend server error codes",
        description: "Invalid device identifier.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "The same invalid device identifier is rejected again.", status_override: None },
        action: Some(Action { text: "Generate and send a valid unique device identifier.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "InvalidPurchase",
        label: None,
        group: "backend",
        group_title: "Backend server error codes",
        description: "Something went wrong with the purchase.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "A purchase problem is not resolved by repeating the request.", status_override: None },
        action: Some(Action { text: "Check the purchase data and let the user complete or restore the purchase.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "InvalidResponse",
        label: None,
        group: "backend",
        group_title: "Backend server error codes",
        description: "Invalid response from the server (i.e. HTML instead of JSON).",
        http_status: None,
        retryable: true,
        retry_advice: RetryAdvice { strategy: "backoff", basis: "inferred", note: "An HTML answer usually comes from a proxy or maintenance page and is often transient.", status_override: None },
        action: Some(Action { text: "Retry the request later with backoff and log the response body.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "InvalidUri",
        label: None,
        group: "service",
        group_title: "Service side error codes",
        description: "URI parameter has an invalid format.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "The same malformed URI fails again.", status_override: None },
        action: Some(Action { text: "Fix the format of the URI parameter before sending the request again.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "NoInternetConnection",
        label: None,
        group: "service",
        group_title: "Service side error codes",
        description: "Request processing failed because the service detected a broken internet connection through the primary network adapter.",
        http_status: None,
        retryable: true,
        retry_advice: RetryAdvice { strategy: "backoff", basis: "inferred", note: "The request can succeed once the primary network adapter has internet connectivity again.", status_override: None },
        action: Some(Action { text: "Wait until the primary network adapter is back online, then send the request again.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "None",
        label: None,
        group: "success",
        group_title: "Success codes",
        description: "No result; the default value, which should never come from the service.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "not-applicable", basis: "documented", note: "The page lists it under success codes, so it is not an error.", status_override: None },
        action: None,
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "NotAuthorized",
        label: None,
        group: "backend",
        group_title: "Backend server error codes",
        description: "The client passed an invalid Auth token.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "The same invalid token is rejected again; the client must re-authenticate first.", status_override: None },
        action: Some(Action { text: "Re-authenticate to obtain a valid Auth token, then send the request again.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "NotFound",
        label: None,
        group: "backend",
        group_title: "Backend server error codes",
        description: "Backend server returned a 404 error.",
        http_status: Some(404),
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "A 404 from the backend does not resolve with retries.", status_override: None },
        action: Some(Action { text: "Check the identifiers in the request; the requested resource does not exist on the backend.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "NotResponding",
        label: None,
        group: "service",
        group_title: "Service side error codes",
        description: "VPN node server is not responding.",
        http_status: None,
        retryable: true,
        retry_advice: RetryAdvice { strategy: "backoff", basis: "inferred", note: "An unresponsive VPN node is an unavailable condition that is often transient.", status_override: None },
        action: Some(Action { text: "Retry later with backoff, or choose another location.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "OauthError",
        label: None,
        group: "backend",
        group_title: "Backend server error codes",
        description: "Open authenticator (OAuth) error.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "An OAuth failure needs new credentials from the identity provider, not a repeated request.", status_override: None },
        action: Some(Action { text: "Sign the user in with the OAuth provider again to obtain a valid token.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "Ok",
        label: None,
        group: "success",
        group_title: "Success codes",
        description: "Request processed successfully.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "not-applicable", basis: "documented", note: "The page lists it under success codes, so it is not an error.", status_override: None },
        action: None,
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "RequestLimitExceed",
        label: None,
        group: "backend",
        group_title: "Backend server error codes",
        description: "Backend request limit exceed.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "The page gives no window or reset time, so an immediate retry only hits the same limit.", status_override: None },
        action: Some(Action { text: "Stop sending requests to the backend for a while instead of retrying in a loop.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "RequestTimeout",
        label: None,
        group: "backend",
        group_title: "Backend server error codes",
        description: "Backend server did not respond within the specified timeout interval.",
        http_status: None,
        retryable: true,
        retry_advice: RetryAdvice { strategy: "backoff", basis: "inferred", note: "A backend timeout is usually transient.", status_override: None },
        action: Some(Action { text: "Retry the request with backoff.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "ServerNotAnswering",
        label: None,
        group: "backend",
        group_title: "Backend server error codes",
        description: "Cannot connect to the backend server.",
        http_status: None,
        retryable: true,
        retry_advice: RetryAdvice { strategy: "backoff", basis: "inferred", note: "Failing to reach the backend server is usually a transient network or availability problem.", status_override: None },
        action: Some(Action { text: "Retry the request later with backoff.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "ServerUnavailable",
        label: None,
        group: "backend",
        group_title: "Backend server error codes",
        description: "Backend server is unavailable.",
        http_status: None,
        retryable: true,
        retry_advice: RetryAdvice { strategy: "backoff", basis: "inferred", note: "An unavailable backend is usually a transient condition.", status_override: None },
        action: Some(Action { text: "Retry the request later with backoff.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "ServiceNotInitialized",
        label: None,
        group: "service",
        group_title: "Service side error codes",
        description: "Service is not initialized.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "Sending the same request again fails until the service has been initialized.", status_override: None },
        action: Some(Action { text: "Initialize the service before sending the request again.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "SessionNotFound",
        label: None,
        group: "backend",
        group_title: "Backend server error codes",
        description: "Session not found.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "Repeating a request for a session the backend does not know fails again.", status_override: None },
        action: Some(Action { text: "Start a new VPN session instead of repeating the request for the missing one.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "SessionTrafficExceed",
        label: None,
        group: "backend",
        group_title: "Backend server error codes",
        description: "Session traffic exceed.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "The session's traffic limit does not reset between attempts.", status_override: None },
        action: Some(Action { text: "Tell the user that the session traffic limit is reached.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "SessionsExceed",
        label: None,
        group: "backend",
        group_title: "Backend server error codes",
        description: "Session limit exceed.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "The session limit does not change between attempts.", status_override: None },
        action: Some(Action { text: "Close another session of the user or raise the session limit before connecting again.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "Timeout",
        label: None,
        group: "client",
        group_title: "Client side error codes",
        description: "SDK service did not respond within the specified timeout interval (3 minutes).",
        http_status: None,
        retryable: true,
        retry_advice: RetryAdvice { strategy: "backoff", basis: "inferred", note: "A busy service may answer a later attempt, but the timed-out request may still be in progress.", status_override: None },
        action: Some(Action { text: "Query the service state before sending the request again, so that a request still in progress is not repeated.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "TooManyRequests",
        label: None,
        group: "service",
        group_title: "Service side error codes",
        description: "SDK service cannot process the command because the same process is in progress or already done. From the service this error occurs only for StartVpn and StopVpn requests.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "The same StartVpn or StopVpn operation is already in progress or done, so repeating it does not help.", status_override: None },
        action: Some(Action { text: "Wait for the running StartVpn or StopVpn operation to finish and check the tunnel state instead of repeating the request.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "TrafficExceed",
        label: None,
        group: "backend",
        group_title: "Backend server error codes",
        description: "Account traffic limit exceed.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "The account's traffic limit does not reset between attempts.", status_override: None },
        action: Some(Action { text: "Tell the user that the traffic limit is reached and offer a plan with more traffic.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "TransportError",
        label: None,
        group: "client",
        group_title: "Client side error codes",
        description: "Transport error between client and server.",
        http_status: None,
        retryable: true,
        retry_advice: RetryAdvice { strategy: "backoff", basis: "inferred", note: "A transport error between the client and the service is usually transient.", status_override: None },
        action: Some(Action { text: "Retry the request with backoff and raise an SdkException to the user if it keeps failing.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "TransportNotAuthorized",
        label: None,
        group: "client",
        group_title: "Client side error codes",
        description: "The client pipe is not authorized to connect.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "The pipe's authorization does not change between attempts.", status_override: None },
        action: Some(Action { text: "Check that the client application is allowed to connect to the service pipe.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "UnAuthorized",
        label: None,
        group: "backend",
        group_title: "Backend server error codes",
        description: "Unauthorized response.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "An unauthorized response is not resolved by sending the same request again.", status_override: None },
        action: Some(Action { text: "Re-authenticate the user, then send the request again.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "Unlimited",
        label: None,
        group: "success",
        group_title: "Success codes",
        description: "Current user traffic limit is unlimited.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "not-applicable", basis: "documented", note: "The page lists it under success codes, so it is not an error.", status_override: None },
        action: None,
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "UnsupportedVersion",
        label: None,
        group: "backend",
        group_title: "Backend server error codes",
        description: "Unsupported version.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "The version stays unsupported until the client is updated.", status_override: None },
        action: Some(Action { text: "Update the SDK or application to a supported version.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "UserSuspended",
        label: None,
        group: "backend",
        group_title: "Backend server error codes",
        description: "User activity suspended.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "A suspended user stays suspended between attempts.", status_override: None },
        action: Some(Action { text: "Tell the user that the account is suspended and stop connection attempts.", basis: "inferred" }),
        stability: "stable",
        deprecation: None,
    },
];

/// Every key a lookup accepts, the catalog's priority applied: the key, the member's index, how it names it.
/// The reconnect policy reads it too.
pub(crate) static KEYS: [KeyEntry; 43] = [
    KeyEntry { key: Key::Text("AuthFailed"), index: 0, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("BadRequest"), index: 1, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("CarrierDisabled"), index: 2, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("ConnectionTimeout"), index: 3, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("DevicesExceed"), index: 4, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("Error"), index: 5, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("FeatureNotFound"), index: 6, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("Forbidden"), index: 7, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("InternalServerError"), index: 8, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("Invalid"), index: 9, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("InvalidDeviceId"), index: 10, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("InvalidPurchase"), index: 11, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("InvalidResponse"), index: 12, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("InvalidUri"), index: 13, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("NoInternetConnection"), index: 14, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("None"), index: 15, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("NotAuthorized"), index: 16, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("NotFound"), index: 17, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("NotResponding"), index: 18, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("OauthError"), index: 19, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("Ok"), index: 20, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("RequestLimitExceed"), index: 21, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("RequestTimeout"), index: 22, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("ServerNotAnswering"), index: 23, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("ServerUnavailable"), index: 24, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("ServiceNotInitialized"), index: 25, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("SessionNotFound"), index: 26, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("SessionTrafficExceed"), index: 27, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("SessionsExceed"), index: 28, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("Timeout"), index: 29, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("TooManyRequests"), index: 30, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("TrafficExceed"), index: 31, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("TransportError"), index: 32, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("TransportNotAuthorized"), index: 33, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("UnAuthorized"), index: 34, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("Unlimited"), index: 35, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("UnsupportedVersion"), index: 36, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("UserSuspended"), index: 37, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("OAuthError"), index: 19, matched_by: MatchedBy::Alias },
    KeyEntry { key: Key::Text("DEVICES_EXCEED"), index: 4, matched_by: MatchedBy::LegacyName },
    KeyEntry { key: Key::Text("NOT_AUTHORIZED"), index: 16, matched_by: MatchedBy::LegacyName },
    KeyEntry { key: Key::Text("SESSIONS_EXCEED"), index: 28, matched_by: MatchedBy::LegacyName },
    KeyEntry { key: Key::Text("TRAFFIC_EXCEED"), index: 31, matched_by: MatchedBy::LegacyName },
];

impl FromStr for ResponseResult {
    type Err = UnknownCode;

    /// Parses an identifier, alias or older wire name.
    fn from_str(name: &str) -> Result<Self, UnknownCode> {
        Self::from_name(name).ok_or_else(|| UnknownCode::new("ResponseResult", name))
    }
}

impl fmt::Display for ResponseResult {
    /// The vendor's identifier.
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
