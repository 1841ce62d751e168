// @generated
// Generated from catalog/*.yaml by scripts/emit/languages/rust/enum.ts (npm run build); do not edit.

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
    /// Group: 2xx Success.
    ///
    /// Retry: not an error (documented). success
    Ok = 200,

    /// A new resource was created successfully. Response body contains the new resource.
    ///
    /// Group: 2xx Success.
    ///
    /// Retry: not an error (documented). success
    Created = 201,

    /// The request succeeded but there is no response body (e.g., after a DELETE).
    ///
    /// Group: 2xx Success.
    ///
    /// Retry: not an error (documented). success
    NoContent = 204,

    /// The request is malformed or contains invalid parameters. Check the details field.
    ///
    /// Group: 4xx Client errors.
    ///
    /// Retry: do not retry (documented). The page lists 400 among the errors that will not resolve
    /// with retries.
    BadRequest = 400,

    /// Authentication is missing or the provided token is invalid or expired.
    ///
    /// Group: 4xx Client errors.
    ///
    /// Retry: do not retry (documented). The page lists 401 among the errors that will not resolve
    /// with retries; TOKEN_EXPIRED has its own refresh flow.
    Unauthorized = 401,

    /// The authenticated user does not have permission to perform this action.
    ///
    /// Group: 4xx Client errors.
    ///
    /// Retry: do not retry (documented). The page lists 403 among the errors that will not resolve
    /// with retries.
    Forbidden = 403,

    /// The requested resource does not exist or has been deleted.
    ///
    /// Group: 4xx Client errors.
    ///
    /// Retry: do not retry (documented). The page lists 404 among the errors that will not resolve
    /// with retries.
    NotFound = 404,

    /// The request conflicts with the current state of the resource (e.g., duplicate email).
    ///
    /// Group: 4xx Client errors.
    ///
    /// Retry: do not retry (documented). The page lists 409 among the errors that will not resolve
    /// with retries.
    Conflict = 409,

    /// The request is well-formed but semantically invalid (e.g., weak password).
    ///
    /// Group: 4xx Client errors.
    ///
    /// Retry: do not retry (documented). The page lists 422 among the errors that will not resolve
    /// with retries.
    UnprocessableEntity = 422,

    /// You have exceeded the rate limit. See the Rate Limiting Guide.
    ///
    /// Group: 4xx Client errors.
    ///
    /// Retry: wait for the rate-limit window, then retry (documented). The page says to check the
    /// X-RateLimit-Reset header and wait before retrying a rate-limited request.
    TooManyRequests = 429,

    /// An unexpected error occurred on the server. Retry with exponential backoff.
    ///
    /// Group: 5xx Server errors.
    ///
    /// Retry: retry with exponential backoff (documented). The page says to retry a 500 with
    /// exponential backoff.
    InternalServerError = 500,

    /// An upstream service returned an invalid response. Usually transient.
    ///
    /// Group: 5xx Server errors.
    ///
    /// Retry: retry with exponential backoff (documented). The page lists 502 among the errors that
    /// are safe to retry with backoff.
    BadGateway = 502,

    /// The service is temporarily down for maintenance or overloaded. Retry later.
    ///
    /// Group: 5xx Server errors.
    ///
    /// Retry: retry with exponential backoff (documented). The page lists 503 among the errors that
    /// are safe to retry with backoff.
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

/// A [`HttpStatus`] as it arrives: a member, or a value this catalog does not know yet, kept as its
/// integer so that a newer code still decodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HttpStatusCode {
    /// A code the catalog knows.
    Known(HttpStatus),
    /// A code the catalog does not know yet.
    Unknown(i64),
}

impl HttpStatusCode {
    /// The code as it travels.
    pub const fn code(self) -> i64 {
        match self {
            Self::Known(member) => member.code(),
            Self::Unknown(code) => code,
        }
    }

    /// The member, for a known code.
    pub const fn known(self) -> Option<HttpStatus> {
        match self {
            Self::Known(member) => Some(member),
            Self::Unknown(_) => None,
        }
    }
}

impl From<i64> for HttpStatusCode {
    fn from(code: i64) -> Self {
        HttpStatus::from_code(code).map_or(Self::Unknown(code), Self::Known)
    }
}

impl From<HttpStatus> for HttpStatusCode {
    fn from(member: HttpStatus) -> Self {
        Self::Known(member)
    }
}

impl fmt::Display for HttpStatusCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Known(member) => member.fmt(f),
            Self::Unknown(code) => write!(f, "HttpStatus({code})"),
        }
    }
}

impl Serialize for HttpStatusCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.code())
    }
}

impl<'de> Deserialize<'de> for HttpStatusCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        i64::deserialize(deserializer).map(Self::from)
    }
}
