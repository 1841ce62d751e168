// @generated
// Generated from catalog/*.yaml by scripts/emit/languages/rust/enum.ts (npm run build); do not edit.

//! OrbVPN API application error codes: the `RestErrorCode` enum.

use std::fmt;
use std::str::FromStr;

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::lookup::{self, Action, CodeFacts, Deprecation, Key, KeyEntry, Match, MatchedBy, RetryAdvice};
use crate::UnknownCode;

/// Machine-readable error.code strings in the error object of the OrbVPN API's JSON response
/// envelope. Codes are stable between API versions, unlike messages; several codes can share one
/// HTTP status.
///
/// Source: OrbVPN, Error Reference (section Application Error Codes).
///
/// Serializes as its identifier, which is its wire value.
///
/// Each member answers what the catalog says about it: `description()`, `group()`, `http_status()`,
/// `retry_advice()`, `action()`, `stability()`, `deprecation()`; `lookup` finds one by any key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
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
    ///
    /// Wire value: `AUTH_REQUIRED`, which `as_str`, `from_name`, `lookup` and serde give and
    /// accept.
    AuthRequired,

    /// The user has reached the maximum number of registered devices for their subscription plan.
    ///
    /// Group: Conflict Errors.
    ///
    /// HTTP mapping: 409 Conflict.
    ///
    /// Retry: do not retry (documented). The page lists 409 among the errors that will not resolve
    /// with retries.
    ///
    /// Wire value: `DEVICE_LIMIT_REACHED`, which `as_str`, `from_name`, `lookup` and serde give and
    /// accept.
    DeviceLimitReached,

    /// No device exists with the specified device ID.
    ///
    /// Group: Resource Not Found Errors.
    ///
    /// HTTP mapping: 404 Not Found.
    ///
    /// Retry: do not retry (documented). The page lists 404 among the errors that will not resolve
    /// with retries.
    ///
    /// Wire value: `DEVICE_NOT_FOUND`, which `as_str`, `from_name`, `lookup` and serde give and
    /// accept.
    DeviceNotFound,

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
    ///
    /// Wire value: `DNS_RESOLUTION_FAILED`, which `as_str`, `from_name`, `lookup` and serde give
    /// and accept.
    DnsResolutionFailed,

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
    ///
    /// Wire value: `EMAIL_ALREADY_EXISTS`, which `as_str`, `from_name`, `lookup` and serde give and
    /// accept.
    EmailAlreadyExists,

    /// The user's wallet balance is insufficient for this transaction.
    ///
    /// Group: Billing and Payment Errors.
    ///
    /// HTTP mapping: 400 Bad Request.
    ///
    /// Retry: do not retry (documented). The page lists 400 among the errors that will not resolve
    /// with retries.
    ///
    /// Wire value: `INSUFFICIENT_BALANCE`, which `as_str`, `from_name`, `lookup` and serde give and
    /// accept.
    InsufficientBalance,

    /// The authenticated user does not have the required role or permission for this endpoint.
    ///
    /// Group: Authentication Errors.
    ///
    /// HTTP mapping: 403 Forbidden.
    ///
    /// Retry: do not retry (documented). The page lists 403 among the errors that will not resolve
    /// with retries.
    ///
    /// Wire value: `INSUFFICIENT_PERMISSIONS`, which `as_str`, `from_name`, `lookup` and serde give
    /// and accept.
    InsufficientPermissions,

    /// An unexpected server error occurred. The OrbVPN team is automatically notified.
    ///
    /// Group: Server Errors.
    ///
    /// HTTP mapping: 500 Internal Server Error.
    ///
    /// Retry: retry with exponential backoff (documented). The page lists 500 among the errors that
    /// are safe to retry with backoff.
    ///
    /// Wire value: `INTERNAL_ERROR`, which `as_str`, `from_name`, `lookup` and serde give and
    /// accept.
    InternalError,

    /// The provided email address is not a valid email format.
    ///
    /// Group: Validation Errors.
    ///
    /// HTTP mapping: 422 Unprocessable Entity.
    ///
    /// Retry: do not retry (documented). The page lists 422 among the errors that will not resolve
    /// with retries.
    ///
    /// Wire value: `INVALID_EMAIL`, which `as_str`, `from_name`, `lookup` and serde give and
    /// accept.
    InvalidEmail,

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
    ///
    /// Wire value: `PAYMENT_FAILED`, which `as_str`, `from_name`, `lookup` and serde give and
    /// accept.
    PaymentFailed,

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
    ///
    /// Wire value: `QUOTA_EXCEEDED`, which `as_str`, `from_name`, `lookup` and serde give and
    /// accept.
    QuotaExceeded,

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
    ///
    /// Wire value: `RATE_LIMITED`, which `as_str`, `from_name`, `lookup` and serde give and accept.
    RateLimited,

    /// The requested VPN server does not exist or has been decommissioned.
    ///
    /// Group: Resource Not Found Errors.
    ///
    /// HTTP mapping: 404 Not Found.
    ///
    /// Retry: do not retry (documented). The page lists 404 among the errors that will not resolve
    /// with retries.
    ///
    /// Wire value: `SERVER_NOT_FOUND`, which `as_str`, `from_name`, `lookup` and serde give and
    /// accept.
    ServerNotFound,

    /// The service is temporarily unavailable due to maintenance or overload.
    ///
    /// Group: Server Errors.
    ///
    /// HTTP mapping: 503 Service Unavailable.
    ///
    /// Retry: retry with exponential backoff (documented). The page lists 503 among the errors that
    /// are safe to retry with backoff.
    ///
    /// Wire value: `SERVICE_UNAVAILABLE`, which `as_str`, `from_name`, `lookup` and serde give and
    /// accept.
    ServiceUnavailable,

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
    ///
    /// Wire value: `SUBSCRIPTION_EXPIRED`, which `as_str`, `from_name`, `lookup` and serde give and
    /// accept.
    SubscriptionExpired,

    /// No active subscription was found for the user.
    ///
    /// Group: Resource Not Found Errors.
    ///
    /// HTTP mapping: 404 Not Found.
    ///
    /// Retry: do not retry (documented). The page lists 404 among the errors that will not resolve
    /// with retries.
    ///
    /// Wire value: `SUBSCRIPTION_NOT_FOUND`, which `as_str`, `from_name`, `lookup` and serde give
    /// and accept.
    SubscriptionNotFound,

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
    ///
    /// Wire value: `TOKEN_EXPIRED`, which `as_str`, `from_name`, `lookup` and serde give and
    /// accept.
    TokenExpired,

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
    ///
    /// Wire value: `TOKEN_INVALID`, which `as_str`, `from_name`, `lookup` and serde give and
    /// accept.
    TokenInvalid,

    /// An upstream dependency returned an unexpected response. Usually transient.
    ///
    /// Group: Server Errors.
    ///
    /// HTTP mapping: 502 Bad Gateway.
    ///
    /// Retry: retry with exponential backoff (documented). The page lists 502 among the errors that
    /// are safe to retry with backoff.
    ///
    /// Wire value: `UPSTREAM_ERROR`, which `as_str`, `from_name`, `lookup` and serde give and
    /// accept.
    UpstreamError,

    /// No user exists with the specified ID or email.
    ///
    /// Group: Resource Not Found Errors.
    ///
    /// HTTP mapping: 404 Not Found.
    ///
    /// Retry: do not retry (documented). The page lists 404 among the errors that will not resolve
    /// with retries.
    ///
    /// Wire value: `USER_NOT_FOUND`, which `as_str`, `from_name`, `lookup` and serde give and
    /// accept.
    UserNotFound,

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
    ///
    /// Wire value: `VALIDATION_ERROR`, which `as_str`, `from_name`, `lookup` and serde give and
    /// accept.
    ValidationError,

    /// The VPN server could not establish a tunnel. The server may be at capacity or experiencing
    /// issues.
    ///
    /// Group: VPN-Specific Errors.
    ///
    /// HTTP mapping: 500 Internal Server Error.
    ///
    /// Retry: retry with exponential backoff (documented). The page lists 500 among the errors that
    /// are safe to retry with backoff.
    ///
    /// Wire value: `VPN_CONNECTION_FAILED`, which `as_str`, `from_name`, `lookup` and serde give
    /// and accept.
    VpnConnectionFailed,

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
    ///
    /// Wire value: `WEAK_PASSWORD`, which `as_str`, `from_name`, `lookup` and serde give and
    /// accept.
    WeakPassword,
}

impl RestErrorCode {
    /// Every member, in value order.
    pub const ALL: [Self; 23] = [
        Self::AuthRequired,
        Self::DeviceLimitReached,
        Self::DeviceNotFound,
        Self::DnsResolutionFailed,
        Self::EmailAlreadyExists,
        Self::InsufficientBalance,
        Self::InsufficientPermissions,
        Self::InternalError,
        Self::InvalidEmail,
        Self::PaymentFailed,
        Self::QuotaExceeded,
        Self::RateLimited,
        Self::ServerNotFound,
        Self::ServiceUnavailable,
        Self::SubscriptionExpired,
        Self::SubscriptionNotFound,
        Self::TokenExpired,
        Self::TokenInvalid,
        Self::UpstreamError,
        Self::UserNotFound,
        Self::ValidationError,
        Self::VpnConnectionFailed,
        Self::WeakPassword,
    ];

    /// The vendor's identifier, verbatim; it is also the wire value.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::AuthRequired => "AUTH_REQUIRED",
            Self::DeviceLimitReached => "DEVICE_LIMIT_REACHED",
            Self::DeviceNotFound => "DEVICE_NOT_FOUND",
            Self::DnsResolutionFailed => "DNS_RESOLUTION_FAILED",
            Self::EmailAlreadyExists => "EMAIL_ALREADY_EXISTS",
            Self::InsufficientBalance => "INSUFFICIENT_BALANCE",
            Self::InsufficientPermissions => "INSUFFICIENT_PERMISSIONS",
            Self::InternalError => "INTERNAL_ERROR",
            Self::InvalidEmail => "INVALID_EMAIL",
            Self::PaymentFailed => "PAYMENT_FAILED",
            Self::QuotaExceeded => "QUOTA_EXCEEDED",
            Self::RateLimited => "RATE_LIMITED",
            Self::ServerNotFound => "SERVER_NOT_FOUND",
            Self::ServiceUnavailable => "SERVICE_UNAVAILABLE",
            Self::SubscriptionExpired => "SUBSCRIPTION_EXPIRED",
            Self::SubscriptionNotFound => "SUBSCRIPTION_NOT_FOUND",
            Self::TokenExpired => "TOKEN_EXPIRED",
            Self::TokenInvalid => "TOKEN_INVALID",
            Self::UpstreamError => "UPSTREAM_ERROR",
            Self::UserNotFound => "USER_NOT_FOUND",
            Self::ValidationError => "VALIDATION_ERROR",
            Self::VpnConnectionFailed => "VPN_CONNECTION_FAILED",
            Self::WeakPassword => "WEAK_PASSWORD",
        }
    }

    /// True when a retry, after the step the member's retry advice names, can succeed.
    pub const fn retryable(self) -> bool {
        matches!(
            self,
            Self::DnsResolutionFailed
                | Self::InternalError
                | Self::RateLimited
                | Self::ServiceUnavailable
                | Self::TokenExpired
                | Self::UpstreamError
                | Self::VpnConnectionFailed
        )
    }

    /// The member whose identifier (its wire value) is `code`, or `None` for a code this catalog does not know.
    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "AUTH_REQUIRED" => Some(Self::AuthRequired),
            "DEVICE_LIMIT_REACHED" => Some(Self::DeviceLimitReached),
            "DEVICE_NOT_FOUND" => Some(Self::DeviceNotFound),
            "DNS_RESOLUTION_FAILED" => Some(Self::DnsResolutionFailed),
            "EMAIL_ALREADY_EXISTS" => Some(Self::EmailAlreadyExists),
            "INSUFFICIENT_BALANCE" => Some(Self::InsufficientBalance),
            "INSUFFICIENT_PERMISSIONS" => Some(Self::InsufficientPermissions),
            "INTERNAL_ERROR" => Some(Self::InternalError),
            "INVALID_EMAIL" => Some(Self::InvalidEmail),
            "PAYMENT_FAILED" => Some(Self::PaymentFailed),
            "QUOTA_EXCEEDED" => Some(Self::QuotaExceeded),
            "RATE_LIMITED" => Some(Self::RateLimited),
            "SERVER_NOT_FOUND" => Some(Self::ServerNotFound),
            "SERVICE_UNAVAILABLE" => Some(Self::ServiceUnavailable),
            "SUBSCRIPTION_EXPIRED" => Some(Self::SubscriptionExpired),
            "SUBSCRIPTION_NOT_FOUND" => Some(Self::SubscriptionNotFound),
            "TOKEN_EXPIRED" => Some(Self::TokenExpired),
            "TOKEN_INVALID" => Some(Self::TokenInvalid),
            "UPSTREAM_ERROR" => Some(Self::UpstreamError),
            "USER_NOT_FOUND" => Some(Self::UserNotFound),
            "VALIDATION_ERROR" => Some(Self::ValidationError),
            "VPN_CONNECTION_FAILED" => Some(Self::VpnConnectionFailed),
            "WEAK_PASSWORD" => Some(Self::WeakPassword),
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
            Self::AuthRequired => 0,
            Self::DeviceLimitReached => 1,
            Self::DeviceNotFound => 2,
            Self::DnsResolutionFailed => 3,
            Self::EmailAlreadyExists => 4,
            Self::InsufficientBalance => 5,
            Self::InsufficientPermissions => 6,
            Self::InternalError => 7,
            Self::InvalidEmail => 8,
            Self::PaymentFailed => 9,
            Self::QuotaExceeded => 10,
            Self::RateLimited => 11,
            Self::ServerNotFound => 12,
            Self::ServiceUnavailable => 13,
            Self::SubscriptionExpired => 14,
            Self::SubscriptionNotFound => 15,
            Self::TokenExpired => 16,
            Self::TokenInvalid => 17,
            Self::UpstreamError => 18,
            Self::UserNotFound => 19,
            Self::ValidationError => 20,
            Self::VpnConnectionFailed => 21,
            Self::WeakPassword => 22,
        }
    }
}

/// Each member's facts, in `ALL`'s order.
static FACTS: [CodeFacts; 23] = [
    CodeFacts {
        identifier: "AUTH_REQUIRED",
        label: None,
        group: "authentication",
        group_title: "Authentication Errors",
        description: "No authentication token was provided. Include a valid Bearer token in the Authorization header.",
        http_status: Some(401),
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "documented", note: "The page lists 401 among the errors that will not resolve with retries.", status_override: None },
        action: Some(Action { text: "Include a valid Bearer token in the Authorization header.", basis: "documented" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "DEVICE_LIMIT_REACHED",
        label: None,
        group: "conflict",
        group_title: "Conflict Errors",
        description: "The user has reached the maximum number of registered devices for their subscription plan.",
        http_status: Some(409),
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "documented", note: "The page lists 409 among the errors that will not resolve with retries.", status_override: None },
        action: None,
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "DEVICE_NOT_FOUND",
        label: None,
        group: "resource-not-found",
        group_title: "Resource Not Found Errors",
        description: "No device exists with the specified device ID.",
        http_status: Some(404),
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "documented", note: "The page lists 404 among the errors that will not resolve with retries.", status_override: None },
        action: None,
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "DNS_RESOLUTION_FAILED",
        label: None,
        group: "vpn",
        group_title: "VPN-Specific Errors",
        description: "Smart DNS resolution failed for the requested domain. Verify the domain is in the supported list.",
        http_status: Some(500),
        retryable: true,
        retry_advice: RetryAdvice { strategy: "backoff", basis: "documented", note: "The page lists 500 among the errors that are safe to retry with backoff, though retries cannot help a domain outside the supported list.", status_override: None },
        action: Some(Action { text: "Verify the domain is in the supported list.", basis: "documented" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "EMAIL_ALREADY_EXISTS",
        label: None,
        group: "conflict",
        group_title: "Conflict Errors",
        description: "An account with this email address already exists. Use the login endpoint instead.",
        http_status: Some(409),
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "documented", note: "The page lists 409 among the errors that will not resolve with retries.", status_override: None },
        action: Some(Action { text: "Use the login endpoint instead.", basis: "documented" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "INSUFFICIENT_BALANCE",
        label: None,
        group: "billing",
        group_title: "Billing and Payment Errors",
        description: "The user's wallet balance is insufficient for this transaction.",
        http_status: Some(400),
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "documented", note: "The page lists 400 among the errors that will not resolve with retries.", status_override: None },
        action: None,
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "INSUFFICIENT_PERMISSIONS",
        label: None,
        group: "authentication",
        group_title: "Authentication Errors",
        description: "The authenticated user does not have the required role or permission for this endpoint.",
        http_status: Some(403),
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "documented", note: "The page lists 403 among the errors that will not resolve with retries.", status_override: None },
        action: None,
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "INTERNAL_ERROR",
        label: None,
        group: "server",
        group_title: "Server Errors",
        description: "An unexpected server error occurred. The OrbVPN team is automatically notified.",
        http_status: Some(500),
        retryable: true,
        retry_advice: RetryAdvice { strategy: "backoff", basis: "documented", note: "The page lists 500 among the errors that are safe to retry with backoff.", status_override: None },
        action: None,
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "INVALID_EMAIL",
        label: None,
        group: "validation",
        group_title: "Validation Errors",
        description: "The provided email address is not a valid email format.",
        http_status: Some(422),
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "documented", note: "The page lists 422 among the errors that will not resolve with retries.", status_override: None },
        action: None,
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "PAYMENT_FAILED",
        label: None,
        group: "billing",
        group_title: "Billing and Payment Errors",
        description: "The payment could not be processed. Check the payment method and try again.",
        http_status: Some(400),
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "documented", note: "The page lists 400 among the errors that will not resolve with retries; the same payment method fails again.", status_override: None },
        action: Some(Action { text: "Check the payment method and try again.", basis: "documented" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "QUOTA_EXCEEDED",
        label: None,
        group: "rate-limiting",
        group_title: "Rate Limiting and Quota Errors",
        description: "The monthly or daily API quota for your plan has been exceeded. Upgrade or wait for reset.",
        http_status: Some(429),
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "inferred", note: "A monthly or daily quota does not come back within the policy's retry budget.", status_override: Some("429 is retryable by status, but the quota is monthly or daily (page), so five retries within 32 seconds cannot outlast it; Google's AIP-194 treats quota exhaustion as not retryable, and the page itself says to upgrade or wait for the reset.") },
        action: Some(Action { text: "Upgrade the plan or wait for the quota to reset.", basis: "documented" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "RATE_LIMITED",
        label: None,
        group: "rate-limiting",
        group_title: "Rate Limiting and Quota Errors",
        description: "Too many requests in a given time window. Respect the X-RateLimit-Reset header.",
        http_status: Some(429),
        retryable: true,
        retry_advice: RetryAdvice { strategy: "wait-for-window", basis: "documented", note: "The page says to check the X-RateLimit-Reset header and wait before retrying.", status_override: None },
        action: Some(Action { text: "Wait until the time given in the X-RateLimit-Reset header before retrying.", basis: "documented" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "SERVER_NOT_FOUND",
        label: None,
        group: "resource-not-found",
        group_title: "Resource Not Found Errors",
        description: "The requested VPN server does not exist or has been decommissioned.",
        http_status: Some(404),
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "documented", note: "The page lists 404 among the errors that will not resolve with retries.", status_override: None },
        action: None,
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "SERVICE_UNAVAILABLE",
        label: None,
        group: "server",
        group_title: "Server Errors",
        description: "The service is temporarily unavailable due to maintenance or overload.",
        http_status: Some(503),
        retryable: true,
        retry_advice: RetryAdvice { strategy: "backoff", basis: "documented", note: "The page lists 503 among the errors that are safe to retry with backoff.", status_override: None },
        action: None,
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "SUBSCRIPTION_EXPIRED",
        label: None,
        group: "billing",
        group_title: "Billing and Payment Errors",
        description: "The user's subscription has expired. A valid subscription is required for this endpoint.",
        http_status: Some(403),
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "documented", note: "The page lists 403 among the errors that will not resolve with retries.", status_override: None },
        action: Some(Action { text: "Renew the subscription to continue using this feature.", basis: "documented" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "SUBSCRIPTION_NOT_FOUND",
        label: None,
        group: "resource-not-found",
        group_title: "Resource Not Found Errors",
        description: "No active subscription was found for the user.",
        http_status: Some(404),
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "documented", note: "The page lists 404 among the errors that will not resolve with retries.", status_override: None },
        action: None,
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "TOKEN_EXPIRED",
        label: None,
        group: "authentication",
        group_title: "Authentication Errors",
        description: "The access token has expired. Use your refresh token to obtain a new access token.",
        http_status: Some(401),
        retryable: true,
        retry_advice: RetryAdvice { strategy: "refresh-credentials", basis: "documented", note: "The page's token refresh flow says to refresh the token first, then retry the original request exactly once.", status_override: Some("401 is non-retryable by status, but the page's token refresh flow says that on 401 TOKEN_EXPIRED the client refreshes the token first, then retries the original request exactly once; if the refresh fails, it re-authenticates.") },
        action: Some(Action { text: "Use your refresh token to obtain a new access token, then retry the original request once; re-authenticate if the refresh fails.", basis: "documented" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "TOKEN_INVALID",
        label: None,
        group: "authentication",
        group_title: "Authentication Errors",
        description: "The token is malformed, revoked, or was signed with an unknown key. Re-authenticate.",
        http_status: Some(401),
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "documented", note: "The page lists 401 among the errors that will not resolve with retries.", status_override: None },
        action: Some(Action { text: "Re-authenticate to obtain a new token.", basis: "documented" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "UPSTREAM_ERROR",
        label: None,
        group: "server",
        group_title: "Server Errors",
        description: "An upstream dependency returned an unexpected response. Usually transient.",
        http_status: Some(502),
        retryable: true,
        retry_advice: RetryAdvice { strategy: "backoff", basis: "documented", note: "The page lists 502 among the errors that are safe to retry with backoff.", status_override: None },
        action: None,
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "USER_NOT_FOUND",
        label: None,
        group: "resource-not-found",
        group_title: "Resource Not Found Errors",
        description: "No user exists with the specified ID or email.",
        http_status: Some(404),
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "documented", note: "The page lists 404 among the errors that will not resolve with retries.", status_override: None },
        action: None,
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "VALIDATION_ERROR",
        label: None,
        group: "validation",
        group_title: "Validation Errors",
        description: "One or more request fields failed validation. The details object specifies which fields are invalid.",
        http_status: Some(400),
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "documented", note: "The page lists 400 among the errors that will not resolve with retries.", status_override: None },
        action: Some(Action { text: "Read the details object for the field, constraint and received value, and correct the request.", basis: "documented" }),
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "VPN_CONNECTION_FAILED",
        label: None,
        group: "vpn",
        group_title: "VPN-Specific Errors",
        description: "The VPN server could not establish a tunnel. The server may be at capacity or experiencing issues.",
        http_status: Some(500),
        retryable: true,
        retry_advice: RetryAdvice { strategy: "backoff", basis: "documented", note: "The page lists 500 among the errors that are safe to retry with backoff.", status_override: None },
        action: None,
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "WEAK_PASSWORD",
        label: None,
        group: "validation",
        group_title: "Validation Errors",
        description: "The password does not meet the minimum strength requirements (at least 8 characters, one uppercase, one number).",
        http_status: Some(422),
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "documented", note: "The page lists 422 among the errors that will not resolve with retries.", status_override: None },
        action: Some(Action { text: "Choose a password that meets the strength requirements listed in the error details.", basis: "documented" }),
        stability: "stable",
        deprecation: None,
    },
];

/// Every key a lookup accepts, the catalog's priority applied: the key, the member's index, how it names it.
/// The reconnect policy reads it too.
pub(crate) static KEYS: [KeyEntry; 23] = [
    KeyEntry { key: Key::Text("AUTH_REQUIRED"), index: 0, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("DEVICE_LIMIT_REACHED"), index: 1, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("DEVICE_NOT_FOUND"), index: 2, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("DNS_RESOLUTION_FAILED"), index: 3, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("EMAIL_ALREADY_EXISTS"), index: 4, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("INSUFFICIENT_BALANCE"), index: 5, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("INSUFFICIENT_PERMISSIONS"), index: 6, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("INTERNAL_ERROR"), index: 7, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("INVALID_EMAIL"), index: 8, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("PAYMENT_FAILED"), index: 9, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("QUOTA_EXCEEDED"), index: 10, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("RATE_LIMITED"), index: 11, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("SERVER_NOT_FOUND"), index: 12, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("SERVICE_UNAVAILABLE"), index: 13, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("SUBSCRIPTION_EXPIRED"), index: 14, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("SUBSCRIPTION_NOT_FOUND"), index: 15, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("TOKEN_EXPIRED"), index: 16, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("TOKEN_INVALID"), index: 17, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("UPSTREAM_ERROR"), index: 18, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("USER_NOT_FOUND"), index: 19, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("VALIDATION_ERROR"), index: 20, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("VPN_CONNECTION_FAILED"), index: 21, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("WEAK_PASSWORD"), index: 22, matched_by: MatchedBy::Name },
];

impl FromStr for RestErrorCode {
    type Err = UnknownCode;

    /// Parses an identifier, alias or older wire name.
    fn from_str(name: &str) -> Result<Self, UnknownCode> {
        Self::from_name(name).ok_or_else(|| UnknownCode::new("RestErrorCode", name))
    }
}

impl fmt::Display for RestErrorCode {
    /// The vendor's identifier.
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
