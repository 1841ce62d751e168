// @generated
// Generated from catalog/*.yaml by scripts/emit/languages/rust/envelope.ts (npm run build); do not edit.

//! The OrbVPN REST envelope and the per-code details types, by quicktype from
//! generated/schema/api-response.schema.json. Timestamps stay RFC 3339 strings (the standard library
//! has no date-time type, and a date crate would be a dependency every user pays for). Integer fields
//! are f64: the schema judges a number by its binary64 value, so an integer beyond 64 bits (1e20) is
//! valid details, and f64 holds every integer it accepts (runtime/SPEC.md §10).
//!
//! Decode a body with [`parse_response`]: it rejects what the JSON Schema rejects with an
//! [`InvalidEnvelope`], so that `error` is there whenever `success` is false. serde alone
//! (`serde_json::from_str::<ApiResponse>`) does not check which members each kind needs.

use serde::{Serialize, Deserialize};

use crate::rest_error_code::{ErrorCode, RestErrorCode};
use std::collections::HashMap;

/// The JSON envelope of every OrbVPN API response. Check success first, then read data or
/// error. Unknown top-level fields are allowed, so that the API can grow.
///
/// The request completed; data holds the resource or a confirmation.
///
/// The request failed; error says why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ApiResponse {
    /// The requested resource or a confirmation.
    pub data: Option<serde_json::Value>,

    /// Always true on success.
    ///
    /// Always false on failure.
    pub success: bool,

    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<ErrorBody>,
}

/// A machine-readable code, a human-readable message, and optional details.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ErrorBody {
    /// A RestErrorCode, or a code this catalog does not know yet (kept valid for forward
    /// compatibility).
    pub code: ErrorCode,

    /// Extra facts about the error; its shape depends on the code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub details: Option<HashMap<String, Option<serde_json::Value>>>,

    /// Human-readable; may change between API versions. Branch on code, not on this.
    pub message: String,
}

/// The device count against the plan's limit, and where to upgrade.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeviceLimitReachedDetails {
    /// Devices registered now.
    pub current_devices: f64,

    /// Devices the plan allows.
    pub max_devices: f64,

    /// The user's plan.
    pub plan: String,

    /// Where the user can upgrade.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub upgrade_url: Option<String>,
}

/// When the subscription expired, its plan, and where to renew.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SubscriptionExpiredDetails {
    /// When the subscription expired.
    pub expired_at: String,

    /// The expired plan.
    pub plan: String,

    /// Where the user can renew.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub renew_url: Option<String>,
}

/// When the token expired and which token it was.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TokenExpiredDetails {
    /// When the token expired.
    pub expired_at: String,

    /// Which token expired, e.g. access.
    pub token_type: String,
}

/// Which field failed which constraint, and the value received.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ValidationErrorDetails {
    /// The constraint it failed, e.g. required.
    pub constraint: String,

    /// The request field that failed validation.
    pub field: String,

    /// The value received; null when the field was missing.
    pub received: Option<serde_json::Value>,
}

/// The password requirements and the checks that failed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WeakPasswordDetails {
    /// Ids of the checks that failed, e.g. uppercase.
    pub failed_checks: Vec<String>,

    /// Every requirement, as text.
    pub requirements: Vec<String>,
}

/// A failure's details, typed by its code: what [`ErrorBody::typed_details`] gives. A code without a
/// details type here (an unknown code, or one the catalog gives no details) keeps them as decoded.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Details {
    /// The details of [`RestErrorCode::DeviceLimitReached`].
    DeviceLimitReached(DeviceLimitReachedDetails),
    /// The details of [`RestErrorCode::SubscriptionExpired`].
    SubscriptionExpired(SubscriptionExpiredDetails),
    /// The details of [`RestErrorCode::TokenExpired`].
    TokenExpired(TokenExpiredDetails),
    /// The details of [`RestErrorCode::ValidationError`].
    ValidationError(ValidationErrorDetails),
    /// The details of [`RestErrorCode::WeakPassword`].
    WeakPassword(WeakPasswordDetails),
    /// Details of a code without a type here, as decoded.
    Other(HashMap<String, Option<serde_json::Value>>),
}

impl ErrorBody {
    /// The details as their code's type, in one step; `None` when there are none. [`parse_response`]
    /// has checked them against the code's shape, so a known code's details always have its type; the
    /// raw map stays in `details`.
    pub fn typed_details(&self) -> Option<Details> {
        let raw = self.details.as_ref()?;
        let typed = |value: serde_json::Value| match self.code.known() {
            Some(RestErrorCode::DeviceLimitReached) => serde_json::from_value(value).ok().map(Details::DeviceLimitReached),
            Some(RestErrorCode::SubscriptionExpired) => serde_json::from_value(value).ok().map(Details::SubscriptionExpired),
            Some(RestErrorCode::TokenExpired) => serde_json::from_value(value).ok().map(Details::TokenExpired),
            Some(RestErrorCode::ValidationError) => serde_json::from_value(value).ok().map(Details::ValidationError),
            Some(RestErrorCode::WeakPassword) => serde_json::from_value(value).ok().map(Details::WeakPassword),
            _ => None,
        };
        Some(serde_json::to_value(raw).ok().and_then(typed).unwrap_or_else(|| Details::Other(raw.clone())))
    }
}

impl std::fmt::Display for ErrorBody {
    /// The code and the message: `TOKEN_EXPIRED: Token expired`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.code, self.message)
    }
}

/// A failed response is an error, so that `?` carries it.
impl std::error::Error for ErrorBody {}

impl ApiResponse {
    /// The data of a success, or the error of a failure, for `?`. A body from [`parse_response`] that
    /// says `success: false` always has its error; one built by hand without it gives an error whose
    /// code is empty.
    pub fn into_result(self) -> Result<Option<serde_json::Value>, ErrorBody> {
        if self.success {
            return Ok(self.data);
        }
        Err(self.error.unwrap_or_else(|| ErrorBody {
            code: ErrorCode::Unknown(String::new()),
            details: None,
            message: String::new(),
        }))
    }
}

pub use crate::envelope::InvalidEnvelope;

/// Decodes a response body into the envelope, checked as its JSON Schema checks it, with the catalog's
/// checks ([`crate::envelope_policy::DEFAULT`]).
///
/// # Errors
///
/// [`InvalidEnvelope`] for anything the schema rejects.
pub fn parse_response(body: &str) -> Result<ApiResponse, InvalidEnvelope> {
    crate::envelope_policy::DEFAULT.decode(body)
}
