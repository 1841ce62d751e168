// @generated
// Generated from catalog/*.yaml by `npm run build`; do not edit.

//! OrbVPN API HTTP status codes: the `HttpStatus` enum.

use std::fmt;
use std::str::FromStr;

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::UnknownCode;

/// Standard HTTP status codes the OrbVPN API uses to indicate the general category of a response.
/// The error.code field in the response body identifies the precise error.
///
/// Source: OrbVPN, Error Reference (section HTTP Status Codes).
///
/// Serializes as its integer value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(i64)]
#[non_exhaustive]
pub enum HttpStatus {
    /// The request succeeded. Response body contains the requested data.
    ///
    /// Retry: not an error (documented).
    Ok = 200,

    /// A new resource was created successfully. Response body contains the new resource.
    ///
    /// Retry: not an error (documented).
    Created = 201,

    /// The request succeeded but there is no response body (e.g., after a DELETE).
    ///
    /// Retry: not an error (documented).
    NoContent = 204,

    /// The request is malformed or contains invalid parameters. Check the details field.
    ///
    /// Retry: do not retry (documented).
    BadRequest = 400,

    /// Authentication is missing or the provided token is invalid or expired.
    ///
    /// Retry: do not retry (documented).
    Unauthorized = 401,

    /// The authenticated user does not have permission to perform this action.
    ///
    /// Retry: do not retry (documented).
    Forbidden = 403,

    /// The requested resource does not exist or has been deleted.
    ///
    /// Retry: do not retry (documented).
    NotFound = 404,

    /// The request conflicts with the current state of the resource (e.g., duplicate email).
    ///
    /// Retry: do not retry (documented).
    Conflict = 409,

    /// The request is well-formed but semantically invalid (e.g., weak password).
    ///
    /// Retry: do not retry (documented).
    UnprocessableEntity = 422,

    /// You have exceeded the rate limit. See the Rate Limiting Guide.
    ///
    /// Retry: wait for the rate-limit window, then retry (documented).
    TooManyRequests = 429,

    /// An unexpected error occurred on the server. Retry with exponential backoff.
    ///
    /// Retry: retry with exponential backoff (documented).
    InternalServerError = 500,

    /// An upstream service returned an invalid response. Usually transient.
    ///
    /// Retry: retry with exponential backoff (documented).
    BadGateway = 502,

    /// The service is temporarily down for maintenance or overloaded. Retry later.
    ///
    /// Retry: retry with exponential backoff (documented).
    ServiceUnavailable = 503,
}

impl HttpStatus {
    /// Every member, in value order.
    pub const ALL: [Self; 13] = [
        Self::Ok,
        Self::Created,
        Self::NoContent,
        Self::BadRequest,
        Self::Unauthorized,
        Self::Forbidden,
        Self::NotFound,
        Self::Conflict,
        Self::UnprocessableEntity,
        Self::TooManyRequests,
        Self::InternalServerError,
        Self::BadGateway,
        Self::ServiceUnavailable,
    ];

    /// The member's value.
    pub const fn code(self) -> i64 {
        self as i64
    }

    /// The catalog's identifier, verbatim.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Ok => "Ok",
            Self::Created => "Created",
            Self::NoContent => "NoContent",
            Self::BadRequest => "BadRequest",
            Self::Unauthorized => "Unauthorized",
            Self::Forbidden => "Forbidden",
            Self::NotFound => "NotFound",
            Self::Conflict => "Conflict",
            Self::UnprocessableEntity => "UnprocessableEntity",
            Self::TooManyRequests => "TooManyRequests",
            Self::InternalServerError => "InternalServerError",
            Self::BadGateway => "BadGateway",
            Self::ServiceUnavailable => "ServiceUnavailable",
        }
    }

    /// True when a retry, after the step the member's retry advice names, can succeed.
    pub const fn retryable(self) -> bool {
        matches!(
            self,
            Self::TooManyRequests
                | Self::InternalServerError
                | Self::BadGateway
                | Self::ServiceUnavailable
        )
    }

    /// The member whose value is `code`, or `None` for a code this catalog does not know.
    pub const fn from_code(code: i64) -> Option<Self> {
        match code {
            200 => Some(Self::Ok),
            201 => Some(Self::Created),
            204 => Some(Self::NoContent),
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            409 => Some(Self::Conflict),
            422 => Some(Self::UnprocessableEntity),
            429 => Some(Self::TooManyRequests),
            500 => Some(Self::InternalServerError),
            502 => Some(Self::BadGateway),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }

    /// The member with this identifier, or `None`.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|member| member.as_str() == name)
    }
}

impl TryFrom<i64> for HttpStatus {
    type Error = UnknownCode;

    fn try_from(code: i64) -> Result<Self, UnknownCode> {
        Self::from_code(code).ok_or_else(|| UnknownCode::new("HttpStatus", code))
    }
}

impl From<HttpStatus> for i64 {
    fn from(member: HttpStatus) -> i64 {
        member.code()
    }
}

impl FromStr for HttpStatus {
    type Err = UnknownCode;

    /// Parses an identifier.
    fn from_str(name: &str) -> Result<Self, UnknownCode> {
        Self::from_name(name).ok_or_else(|| UnknownCode::new("HttpStatus", name))
    }
}

impl fmt::Display for HttpStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for HttpStatus {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.code())
    }
}

impl<'de> Deserialize<'de> for HttpStatus {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = i64::deserialize(deserializer)?;
        Self::from_code(code).ok_or_else(|| D::Error::custom(UnknownCode::new("HttpStatus", code)))
    }
}
