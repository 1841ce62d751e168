// @generated
// Generated from catalog/*.yaml by scripts/emit/languages/rust/enum.ts (npm run build); do not edit.

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
    /// Group: Authentication Errors.
    ///
    /// HTTP mapping: 401 Unauthorized.
    ///
    /// Retry: do not retry (documented). The page lists 401 among the errors that will not resolve
    /// with retries.
    ///
    /// Action: Include a valid Bearer token in the Authorization header. (documented)
    AUTH_REQUIRED,

    /// The user has reached the maximum number of registered devices for their subscription plan.
    ///
    /// Group: Conflict Errors.
    ///
    /// HTTP mapping: 409 Conflict.
    ///
    /// Retry: do not retry (documented). The page lists 409 among the errors that will not resolve
    /// with retries.
    DEVICE_LIMIT_REACHED,

    /// No device exists with the specified device ID.
    ///
    /// Group: Resource Not Found Errors.
    ///
    /// HTTP mapping: 404 Not Found.
    ///
    /// Retry: do not retry (documented). The page lists 404 among the errors that will not resolve
    /// with retries.
    DEVICE_NOT_FOUND,

    /// Smart DNS resolution failed for the requested domain. Verify the domain is in the supported
    /// list.
    ///
    /// Group: VPN-Specific Errors.
    ///
    /// HTTP mapping: 500 Internal Server Error.
    ///
    /// Retry: retry with exponential backoff (documented). The page lists 500 among the errors that
    /// are safe to retry with backoff, though retries cannot help a domain outside the supported
    /// list.
    ///
    /// Action: Verify the domain is in the supported list. (documented)
    DNS_RESOLUTION_FAILED,

    /// An account with this email address already exists. Use the login endpoint instead.
    ///
    /// Group: Conflict Errors.
    ///
    /// HTTP mapping: 409 Conflict.
    ///
    /// Retry: do not retry (documented). The page lists 409 among the errors that will not resolve
    /// with retries.
    ///
    /// Action: Use the login endpoint instead. (documented)
    EMAIL_ALREADY_EXISTS,

    /// The user's wallet balance is insufficient for this transaction.
    ///
    /// Group: Billing and Payment Errors.
    ///
    /// HTTP mapping: 400 Bad Request.
    ///
    /// Retry: do not retry (documented). The page lists 400 among the errors that will not resolve
    /// with retries.
    INSUFFICIENT_BALANCE,

    /// The authenticated user does not have the required role or permission for this endpoint.
    ///
    /// Group: Authentication Errors.
    ///
    /// HTTP mapping: 403 Forbidden.
    ///
    /// Retry: do not retry (documented). The page lists 403 among the errors that will not resolve
    /// with retries.
    INSUFFICIENT_PERMISSIONS,

    /// An unexpected server error occurred. The OrbVPN team is automatically notified.
    ///
    /// Group: Server Errors.
    ///
    /// HTTP mapping: 500 Internal Server Error.
    ///
    /// Retry: retry with exponential backoff (documented). The page lists 500 among the errors that
    /// are safe to retry with backoff.
    INTERNAL_ERROR,

    /// The provided email address is not a valid email format.
    ///
    /// Group: Validation Errors.
    ///
    /// HTTP mapping: 422 Unprocessable Entity.
    ///
    /// Retry: do not retry (documented). The page lists 422 among the errors that will not resolve
    /// with retries.
    INVALID_EMAIL,

    /// The payment could not be processed. Check the payment method and try again.
    ///
    /// Group: Billing and Payment Errors.
    ///
    /// HTTP mapping: 400 Bad Request.
    ///
    /// Retry: do not retry (documented). The page lists 400 among the errors that will not resolve
    /// with retries; the same payment method fails again.
    ///
    /// Action: Check the payment method and try again. (documented)
    PAYMENT_FAILED,

    /// The monthly or daily API quota for your plan has been exceeded. Upgrade or wait for reset.
    ///
    /// Group: Rate Limiting and Quota Errors.
    ///
    /// HTTP mapping: 429 Too Many Requests.
    ///
    /// Retry: do not retry (inferred). A monthly or daily quota does not come back within the
    /// policy's retry budget.
    ///
    /// Departs from its status's rule: 429 is retryable by status, but the quota is monthly or
    /// daily (page), so five retries within 32 seconds cannot outlast it; Google's AIP-194 treats
    /// quota exhaustion as not retryable, and the page itself says to upgrade or wait for the
    /// reset.
    ///
    /// Action: Upgrade the plan or wait for the quota to reset. (documented)
    QUOTA_EXCEEDED,

    /// Too many requests in a given time window. Respect the X-RateLimit-Reset header.
    ///
    /// Group: Rate Limiting and Quota Errors.
    ///
    /// HTTP mapping: 429 Too Many Requests.
    ///
    /// Retry: wait for the rate-limit window, then retry (documented). The page says to check the
    /// X-RateLimit-Reset header and wait before retrying.
    ///
    /// Action: Wait until the time given in the X-RateLimit-Reset header before retrying.
    /// (documented)
    RATE_LIMITED,

    /// The requested VPN server does not exist or has been decommissioned.
    ///
    /// Group: Resource Not Found Errors.
    ///
    /// HTTP mapping: 404 Not Found.
    ///
    /// Retry: do not retry (documented). The page lists 404 among the errors that will not resolve
    /// with retries.
    SERVER_NOT_FOUND,

    /// The service is temporarily unavailable due to maintenance or overload.
    ///
    /// Group: Server Errors.
    ///
    /// HTTP mapping: 503 Service Unavailable.
    ///
    /// Retry: retry with exponential backoff (documented). The page lists 503 among the errors that
    /// are safe to retry with backoff.
    SERVICE_UNAVAILABLE,

    /// The user's subscription has expired. A valid subscription is required for this endpoint.
    ///
    /// Group: Billing and Payment Errors.
    ///
    /// HTTP mapping: 403 Forbidden.
    ///
    /// Retry: do not retry (documented). The page lists 403 among the errors that will not resolve
    /// with retries.
    ///
    /// Action: Renew the subscription to continue using this feature. (documented)
    SUBSCRIPTION_EXPIRED,

    /// No active subscription was found for the user.
    ///
    /// Group: Resource Not Found Errors.
    ///
    /// HTTP mapping: 404 Not Found.
    ///
    /// Retry: do not retry (documented). The page lists 404 among the errors that will not resolve
    /// with retries.
    SUBSCRIPTION_NOT_FOUND,

    /// The access token has expired. Use your refresh token to obtain a new access token.
    ///
    /// Group: Authentication Errors.
    ///
    /// HTTP mapping: 401 Unauthorized.
    ///
    /// Retry: refresh the access token, then retry once (documented). The page's token refresh flow
    /// says to refresh the token first, then retry the original request exactly once.
    ///
    /// Departs from its status's rule: 401 is non-retryable by status, but the page's token refresh
    /// flow says that on 401 TOKEN_EXPIRED the client refreshes the token first, then retries the
    /// original request exactly once; if the refresh fails, it re-authenticates.
    ///
    /// Action: Use your refresh token to obtain a new access token, then retry the original request
    /// once; re-authenticate if the refresh fails. (documented)
    TOKEN_EXPIRED,

    /// The token is malformed, revoked, or was signed with an unknown key. Re-authenticate.
    ///
    /// Group: Authentication Errors.
    ///
    /// HTTP mapping: 401 Unauthorized.
    ///
    /// Retry: do not retry (documented). The page lists 401 among the errors that will not resolve
    /// with retries.
    ///
    /// Action: Re-authenticate to obtain a new token. (documented)
    TOKEN_INVALID,

    /// An upstream dependency returned an unexpected response. Usually transient.
    ///
    /// Group: Server Errors.
    ///
    /// HTTP mapping: 502 Bad Gateway.
    ///
    /// Retry: retry with exponential backoff (documented). The page lists 502 among the errors that
    /// are safe to retry with backoff.
    UPSTREAM_ERROR,

    /// No user exists with the specified ID or email.
    ///
    /// Group: Resource Not Found Errors.
    ///
    /// HTTP mapping: 404 Not Found.
    ///
    /// Retry: do not retry (documented). The page lists 404 among the errors that will not resolve
    /// with retries.
    USER_NOT_FOUND,

    /// One or more request fields failed validation. The details object specifies which fields are
    /// invalid.
    ///
    /// Group: Validation Errors.
    ///
    /// HTTP mapping: 400 Bad Request.
    ///
    /// Retry: do not retry (documented). The page lists 400 among the errors that will not resolve
    /// with retries.
    ///
    /// Action: Read the details object for the field, constraint and received value, and correct
    /// the request. (documented)
    VALIDATION_ERROR,

    /// The VPN server could not establish a tunnel. The server may be at capacity or experiencing
    /// issues.
    ///
    /// Group: VPN-Specific Errors.
    ///
    /// HTTP mapping: 500 Internal Server Error.
    ///
    /// Retry: retry with exponential backoff (documented). The page lists 500 among the errors that
    /// are safe to retry with backoff.
    VPN_CONNECTION_FAILED,

    /// The password does not meet the minimum strength requirements (at least 8 characters, one
    /// uppercase, one number).
    ///
    /// Group: Validation Errors.
    ///
    /// HTTP mapping: 422 Unprocessable Entity.
    ///
    /// Retry: do not retry (documented). The page lists 422 among the errors that will not resolve
    /// with retries.
    ///
    /// Action: Choose a password that meets the strength requirements listed in the error details.
    /// (documented)
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
