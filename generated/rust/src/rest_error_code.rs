// @generated
// Generated from catalog/*.yaml by `npm run build`; do not edit.

//! OrbVPN API application error codes: the `RestErrorCode` enum.

use std::fmt;
use std::str::FromStr;

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::UnknownCode;

/// Machine-readable error.code strings in the error object of the OrbVPN API's JSON response
/// envelope. Codes are stable between API versions, unlike messages; several codes can share one
/// HTTP status.
///
/// Source: OrbVPN, Error Reference (section Application Error Codes).
///
/// Serializes as its name, which is also its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
#[allow(non_camel_case_types)]
pub enum RestErrorCode {
    /// No authentication token was provided. Include a valid Bearer token in the Authorization
    /// header.
    ///
    /// HTTP mapping: 401 Unauthorized.
    ///
    /// Retry: do not retry (documented).
    AUTH_REQUIRED,

    /// The user has reached the maximum number of registered devices for their subscription plan.
    ///
    /// HTTP mapping: 409 Conflict.
    ///
    /// Retry: do not retry (documented).
    DEVICE_LIMIT_REACHED,

    /// No device exists with the specified device ID.
    ///
    /// HTTP mapping: 404 Not Found.
    ///
    /// Retry: do not retry (documented).
    DEVICE_NOT_FOUND,

    /// Smart DNS resolution failed for the requested domain. Verify the domain is in the supported
    /// list.
    ///
    /// HTTP mapping: 500 Internal Server Error.
    ///
    /// Retry: retry with exponential backoff (documented).
    DNS_RESOLUTION_FAILED,

    /// An account with this email address already exists. Use the login endpoint instead.
    ///
    /// HTTP mapping: 409 Conflict.
    ///
    /// Retry: do not retry (documented).
    EMAIL_ALREADY_EXISTS,

    /// The user's wallet balance is insufficient for this transaction.
    ///
    /// HTTP mapping: 400 Bad Request.
    ///
    /// Retry: do not retry (documented).
    INSUFFICIENT_BALANCE,

    /// The authenticated user does not have the required role or permission for this endpoint.
    ///
    /// HTTP mapping: 403 Forbidden.
    ///
    /// Retry: do not retry (documented).
    INSUFFICIENT_PERMISSIONS,

    /// An unexpected server error occurred. The OrbVPN team is automatically notified.
    ///
    /// HTTP mapping: 500 Internal Server Error.
    ///
    /// Retry: retry with exponential backoff (documented).
    INTERNAL_ERROR,

    /// The provided email address is not a valid email format.
    ///
    /// HTTP mapping: 422 Unprocessable Entity.
    ///
    /// Retry: do not retry (documented).
    INVALID_EMAIL,

    /// The payment could not be processed. Check the payment method and try again.
    ///
    /// HTTP mapping: 400 Bad Request.
    ///
    /// Retry: do not retry (documented).
    PAYMENT_FAILED,

    /// The monthly or daily API quota for your plan has been exceeded. Upgrade or wait for reset.
    ///
    /// HTTP mapping: 429 Too Many Requests.
    ///
    /// Retry: do not retry (inferred).
    QUOTA_EXCEEDED,

    /// Too many requests in a given time window. Respect the X-RateLimit-Reset header.
    ///
    /// HTTP mapping: 429 Too Many Requests.
    ///
    /// Retry: wait for the rate-limit window, then retry (documented).
    RATE_LIMITED,

    /// The requested VPN server does not exist or has been decommissioned.
    ///
    /// HTTP mapping: 404 Not Found.
    ///
    /// Retry: do not retry (documented).
    SERVER_NOT_FOUND,

    /// The service is temporarily unavailable due to maintenance or overload.
    ///
    /// HTTP mapping: 503 Service Unavailable.
    ///
    /// Retry: retry with exponential backoff (documented).
    SERVICE_UNAVAILABLE,

    /// The user's subscription has expired. A valid subscription is required for this endpoint.
    ///
    /// HTTP mapping: 403 Forbidden.
    ///
    /// Retry: do not retry (documented).
    SUBSCRIPTION_EXPIRED,

    /// No active subscription was found for the user.
    ///
    /// HTTP mapping: 404 Not Found.
    ///
    /// Retry: do not retry (documented).
    SUBSCRIPTION_NOT_FOUND,

    /// The access token has expired. Use your refresh token to obtain a new access token.
    ///
    /// HTTP mapping: 401 Unauthorized.
    ///
    /// Retry: refresh the access token, then retry once (documented).
    TOKEN_EXPIRED,

    /// The token is malformed, revoked, or was signed with an unknown key. Re-authenticate.
    ///
    /// HTTP mapping: 401 Unauthorized.
    ///
    /// Retry: do not retry (documented).
    TOKEN_INVALID,

    /// An upstream dependency returned an unexpected response. Usually transient.
    ///
    /// HTTP mapping: 502 Bad Gateway.
    ///
    /// Retry: retry with exponential backoff (documented).
    UPSTREAM_ERROR,

    /// No user exists with the specified ID or email.
    ///
    /// HTTP mapping: 404 Not Found.
    ///
    /// Retry: do not retry (documented).
    USER_NOT_FOUND,

    /// One or more request fields failed validation. The details object specifies which fields are
    /// invalid.
    ///
    /// HTTP mapping: 400 Bad Request.
    ///
    /// Retry: do not retry (documented).
    VALIDATION_ERROR,

    /// The VPN server could not establish a tunnel. The server may be at capacity or experiencing
    /// issues.
    ///
    /// HTTP mapping: 500 Internal Server Error.
    ///
    /// Retry: retry with exponential backoff (documented).
    VPN_CONNECTION_FAILED,

    /// The password does not meet the minimum strength requirements (at least 8 characters, one
    /// uppercase, one number).
    ///
    /// HTTP mapping: 422 Unprocessable Entity.
    ///
    /// Retry: do not retry (documented).
    WEAK_PASSWORD,
}

impl RestErrorCode {
    /// Every member, in value order.
    pub const ALL: [Self; 23] = [
        Self::AUTH_REQUIRED,
        Self::DEVICE_LIMIT_REACHED,
        Self::DEVICE_NOT_FOUND,
        Self::DNS_RESOLUTION_FAILED,
        Self::EMAIL_ALREADY_EXISTS,
        Self::INSUFFICIENT_BALANCE,
        Self::INSUFFICIENT_PERMISSIONS,
        Self::INTERNAL_ERROR,
        Self::INVALID_EMAIL,
        Self::PAYMENT_FAILED,
        Self::QUOTA_EXCEEDED,
        Self::RATE_LIMITED,
        Self::SERVER_NOT_FOUND,
        Self::SERVICE_UNAVAILABLE,
        Self::SUBSCRIPTION_EXPIRED,
        Self::SUBSCRIPTION_NOT_FOUND,
        Self::TOKEN_EXPIRED,
        Self::TOKEN_INVALID,
        Self::UPSTREAM_ERROR,
        Self::USER_NOT_FOUND,
        Self::VALIDATION_ERROR,
        Self::VPN_CONNECTION_FAILED,
        Self::WEAK_PASSWORD,
    ];

    /// The catalog's identifier, verbatim; it is also the wire value.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::AUTH_REQUIRED => "AUTH_REQUIRED",
            Self::DEVICE_LIMIT_REACHED => "DEVICE_LIMIT_REACHED",
            Self::DEVICE_NOT_FOUND => "DEVICE_NOT_FOUND",
            Self::DNS_RESOLUTION_FAILED => "DNS_RESOLUTION_FAILED",
            Self::EMAIL_ALREADY_EXISTS => "EMAIL_ALREADY_EXISTS",
            Self::INSUFFICIENT_BALANCE => "INSUFFICIENT_BALANCE",
            Self::INSUFFICIENT_PERMISSIONS => "INSUFFICIENT_PERMISSIONS",
            Self::INTERNAL_ERROR => "INTERNAL_ERROR",
            Self::INVALID_EMAIL => "INVALID_EMAIL",
            Self::PAYMENT_FAILED => "PAYMENT_FAILED",
            Self::QUOTA_EXCEEDED => "QUOTA_EXCEEDED",
            Self::RATE_LIMITED => "RATE_LIMITED",
            Self::SERVER_NOT_FOUND => "SERVER_NOT_FOUND",
            Self::SERVICE_UNAVAILABLE => "SERVICE_UNAVAILABLE",
            Self::SUBSCRIPTION_EXPIRED => "SUBSCRIPTION_EXPIRED",
            Self::SUBSCRIPTION_NOT_FOUND => "SUBSCRIPTION_NOT_FOUND",
            Self::TOKEN_EXPIRED => "TOKEN_EXPIRED",
            Self::TOKEN_INVALID => "TOKEN_INVALID",
            Self::UPSTREAM_ERROR => "UPSTREAM_ERROR",
            Self::USER_NOT_FOUND => "USER_NOT_FOUND",
            Self::VALIDATION_ERROR => "VALIDATION_ERROR",
            Self::VPN_CONNECTION_FAILED => "VPN_CONNECTION_FAILED",
            Self::WEAK_PASSWORD => "WEAK_PASSWORD",
        }
    }

    /// True when a retry, after the step the member's retry advice names, can succeed.
    pub const fn retryable(self) -> bool {
        matches!(
            self,
            Self::DNS_RESOLUTION_FAILED
                | Self::INTERNAL_ERROR
                | Self::RATE_LIMITED
                | Self::SERVICE_UNAVAILABLE
                | Self::TOKEN_EXPIRED
                | Self::UPSTREAM_ERROR
                | Self::VPN_CONNECTION_FAILED
        )
    }

    /// The member whose value is `code`, or `None` for a code this catalog does not know.
    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "AUTH_REQUIRED" => Some(Self::AUTH_REQUIRED),
            "DEVICE_LIMIT_REACHED" => Some(Self::DEVICE_LIMIT_REACHED),
            "DEVICE_NOT_FOUND" => Some(Self::DEVICE_NOT_FOUND),
            "DNS_RESOLUTION_FAILED" => Some(Self::DNS_RESOLUTION_FAILED),
            "EMAIL_ALREADY_EXISTS" => Some(Self::EMAIL_ALREADY_EXISTS),
            "INSUFFICIENT_BALANCE" => Some(Self::INSUFFICIENT_BALANCE),
            "INSUFFICIENT_PERMISSIONS" => Some(Self::INSUFFICIENT_PERMISSIONS),
            "INTERNAL_ERROR" => Some(Self::INTERNAL_ERROR),
            "INVALID_EMAIL" => Some(Self::INVALID_EMAIL),
            "PAYMENT_FAILED" => Some(Self::PAYMENT_FAILED),
            "QUOTA_EXCEEDED" => Some(Self::QUOTA_EXCEEDED),
            "RATE_LIMITED" => Some(Self::RATE_LIMITED),
            "SERVER_NOT_FOUND" => Some(Self::SERVER_NOT_FOUND),
            "SERVICE_UNAVAILABLE" => Some(Self::SERVICE_UNAVAILABLE),
            "SUBSCRIPTION_EXPIRED" => Some(Self::SUBSCRIPTION_EXPIRED),
            "SUBSCRIPTION_NOT_FOUND" => Some(Self::SUBSCRIPTION_NOT_FOUND),
            "TOKEN_EXPIRED" => Some(Self::TOKEN_EXPIRED),
            "TOKEN_INVALID" => Some(Self::TOKEN_INVALID),
            "UPSTREAM_ERROR" => Some(Self::UPSTREAM_ERROR),
            "USER_NOT_FOUND" => Some(Self::USER_NOT_FOUND),
            "VALIDATION_ERROR" => Some(Self::VALIDATION_ERROR),
            "VPN_CONNECTION_FAILED" => Some(Self::VPN_CONNECTION_FAILED),
            "WEAK_PASSWORD" => Some(Self::WEAK_PASSWORD),
            _ => None,
        }
    }

    /// The member with this identifier, or `None`.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|member| member.as_str() == name)
    }
}

impl FromStr for RestErrorCode {
    type Err = UnknownCode;

    /// Parses an identifier.
    fn from_str(name: &str) -> Result<Self, UnknownCode> {
        Self::from_name(name).ok_or_else(|| UnknownCode::new("RestErrorCode", name))
    }
}

impl fmt::Display for RestErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for RestErrorCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RestErrorCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = String::deserialize(deserializer)?;
        Self::from_code(&code).ok_or_else(|| D::Error::custom(UnknownCode::new("RestErrorCode", code)))
    }
}

/// The envelope's `error.code`: a [`RestErrorCode`], or a code this catalog does not know yet, kept
/// as its string so that a response with a newer code still decodes.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ErrorCode {
    /// A code the catalog knows.
    Known(RestErrorCode),
    /// A code the catalog does not know yet.
    Unknown(String),
}

impl ErrorCode {
    /// The code as it travels.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Known(code) => code.as_str(),
            Self::Unknown(code) => code,
        }
    }

    /// The member, for a known code.
    pub fn known(&self) -> Option<RestErrorCode> {
        match self {
            Self::Known(code) => Some(*code),
            Self::Unknown(_) => None,
        }
    }
}

impl From<&str> for ErrorCode {
    fn from(code: &str) -> Self {
        RestErrorCode::from_code(code).map_or_else(|| Self::Unknown(code.to_owned()), Self::Known)
    }
}

impl From<String> for ErrorCode {
    fn from(code: String) -> Self {
        match RestErrorCode::from_code(&code) {
            Some(member) => Self::Known(member),
            None => Self::Unknown(code),
        }
    }
}

impl From<RestErrorCode> for ErrorCode {
    fn from(code: RestErrorCode) -> Self {
        Self::Known(code)
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ErrorCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ErrorCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
