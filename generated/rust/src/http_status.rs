// @generated
// Generated from catalog/*.yaml by scripts/emit/languages/rust/enum.ts (npm run build); do not edit.

//! OrbVPN API HTTP status codes: the `HttpStatus` enum.

use std::fmt;
use std::str::FromStr;

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::lookup::{self, Action, CodeFacts, Deprecation, Key, KeyEntry, Match, MatchedBy, RetryAdvice};
use crate::UnknownCode;

/// Standard HTTP status codes the OrbVPN API uses to indicate the general category of a response.
/// The error.code field in the response body identifies the precise error.
///
/// Source: OrbVPN, Error Reference (section HTTP Status Codes).
///
/// Serializes as its integer value.
///
/// Each member answers what the catalog says about it: `description()`, `group()`, `http_status()`,
/// `retry_advice()`, `action()`, `stability()`, `deprecation()`; `lookup` finds one by any key.
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

    /// The vendor's identifier, verbatim.
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

    /// The member with this identifier, alias or older wire name, or `None`.
    pub fn from_name(name: &str) -> Option<Self> {
        lookup::find_name(&Self::ALL, &KEYS, name)
    }

    /// The member any key names: its value (`8199` or `"8199"`), its identifier, an alias or an older wire
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
            Self::Ok => 0,
            Self::Created => 1,
            Self::NoContent => 2,
            Self::BadRequest => 3,
            Self::Unauthorized => 4,
            Self::Forbidden => 5,
            Self::NotFound => 6,
            Self::Conflict => 7,
            Self::UnprocessableEntity => 8,
            Self::TooManyRequests => 9,
            Self::InternalServerError => 10,
            Self::BadGateway => 11,
            Self::ServiceUnavailable => 12,
        }
    }
}

/// Each member's facts, in `ALL`'s order.
static FACTS: [CodeFacts; 13] = [
    CodeFacts {
        identifier: "Ok",
        label: Some("OK"),
        group: "success",
        group_title: "2xx Success",
        description: "The request succeeded. Response body contains the requested data.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "not-applicable", basis: "documented", note: "success", status_override: None },
        action: None,
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "Created",
        label: Some("Created"),
        group: "success",
        group_title: "2xx Success",
        description: "A new resource was created successfully. Response body contains the new resource.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "not-applicable", basis: "documented", note: "success", status_override: None },
        action: None,
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "NoContent",
        label: Some("No Content"),
        group: "success",
        group_title: "2xx Success",
        description: "The request succeeded but there is no response body (e.g., after a DELETE).",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "not-applicable", basis: "documented", note: "success", status_override: None },
        action: None,
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "BadRequest",
        label: Some("Bad Request"),
        group: "client-error",
        group_title: "4xx Client errors",
        description: "The request is malformed or contains invalid parameters. Check the details field.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "documented", note: "The page lists 400 among the errors that will not resolve with retries.", status_override: None },
        action: None,
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "Unauthorized",
        label: Some("Unauthorized"),
        group: "client-error",
        group_title: "4xx Client errors",
        description: "Authentication is missing or the provided token is invalid or expired.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "documented", note: "The page lists 401 among the errors that will not resolve with retries; TOKEN_EXPIRED has its own refresh flow.", status_override: None },
        action: None,
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "Forbidden",
        label: Some("Forbidden"),
        group: "client-error",
        group_title: "4xx Client errors",
        description: "The authenticated user does not have permission to perform this action.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "documented", note: "The page lists 403 among the errors that will not resolve with retries.", status_override: None },
        action: None,
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "NotFound",
        label: Some("Not Found"),
        group: "client-error",
        group_title: "4xx Client errors",
        description: "The requested resource does not exist or has been deleted.",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "documented", note: "The page lists 404 among the errors that will not resolve with retries.", status_override: None },
        action: None,
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "Conflict",
        label: Some("Conflict"),
        group: "client-error",
        group_title: "4xx Client errors",
        description: "The request conflicts with the current state of the resource (e.g., duplicate email).",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "documented", note: "The page lists 409 among the errors that will not resolve with retries.", status_override: None },
        action: None,
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "UnprocessableEntity",
        label: Some("Unprocessable Entity"),
        group: "client-error",
        group_title: "4xx Client errors",
        description: "The request is well-formed but semantically invalid (e.g., weak password).",
        http_status: None,
        retryable: false,
        retry_advice: RetryAdvice { strategy: "no-retry", basis: "documented", note: "The page lists 422 among the errors that will not resolve with retries.", status_override: None },
        action: None,
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "TooManyRequests",
        label: Some("Too Many Requests"),
        group: "client-error",
        group_title: "4xx Client errors",
        description: "You have exceeded the rate limit. See the Rate Limiting Guide.",
        http_status: None,
        retryable: true,
        retry_advice: RetryAdvice { strategy: "wait-for-window", basis: "documented", note: "The page says to check the X-RateLimit-Reset header and wait before retrying a rate-limited request.", status_override: None },
        action: None,
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "InternalServerError",
        label: Some("Internal Server Error"),
        group: "server-error",
        group_title: "5xx Server errors",
        description: "An unexpected error occurred on the server. Retry with exponential backoff.",
        http_status: None,
        retryable: true,
        retry_advice: RetryAdvice { strategy: "backoff", basis: "documented", note: "The page says to retry a 500 with exponential backoff.", status_override: None },
        action: None,
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "BadGateway",
        label: Some("Bad Gateway"),
        group: "server-error",
        group_title: "5xx Server errors",
        description: "An upstream service returned an invalid response. Usually transient.",
        http_status: None,
        retryable: true,
        retry_advice: RetryAdvice { strategy: "backoff", basis: "documented", note: "The page lists 502 among the errors that are safe to retry with backoff.", status_override: None },
        action: None,
        stability: "stable",
        deprecation: None,
    },
    CodeFacts {
        identifier: "ServiceUnavailable",
        label: Some("Service Unavailable"),
        group: "server-error",
        group_title: "5xx Server errors",
        description: "The service is temporarily down for maintenance or overloaded. Retry later.",
        http_status: None,
        retryable: true,
        retry_advice: RetryAdvice { strategy: "backoff", basis: "documented", note: "The page lists 503 among the errors that are safe to retry with backoff.", status_override: None },
        action: None,
        stability: "stable",
        deprecation: None,
    },
];

/// Every key a lookup accepts, the catalog's priority applied: the key, the member's index, how it names it.
/// The reconnect policy reads it too.
pub(crate) static KEYS: [KeyEntry; 39] = [
    KeyEntry { key: Key::Text("Ok"), index: 0, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("Created"), index: 1, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("NoContent"), index: 2, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("BadRequest"), index: 3, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("Unauthorized"), index: 4, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("Forbidden"), index: 5, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("NotFound"), index: 6, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("Conflict"), index: 7, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("UnprocessableEntity"), index: 8, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("TooManyRequests"), index: 9, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("InternalServerError"), index: 10, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("BadGateway"), index: 11, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Text("ServiceUnavailable"), index: 12, matched_by: MatchedBy::Name },
    KeyEntry { key: Key::Integer(200), index: 0, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("200"), index: 0, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(201), index: 1, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("201"), index: 1, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(204), index: 2, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("204"), index: 2, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(400), index: 3, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("400"), index: 3, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(401), index: 4, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("401"), index: 4, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(403), index: 5, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("403"), index: 5, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(404), index: 6, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("404"), index: 6, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(409), index: 7, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("409"), index: 7, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(422), index: 8, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("422"), index: 8, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(429), index: 9, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("429"), index: 9, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(500), index: 10, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("500"), index: 10, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(502), index: 11, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("502"), index: 11, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Integer(503), index: 12, matched_by: MatchedBy::Value },
    KeyEntry { key: Key::Text("503"), index: 12, matched_by: MatchedBy::Value },
];

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

    /// Parses an identifier, alias or older wire name.
    fn from_str(name: &str) -> Result<Self, UnknownCode> {
        Self::from_name(name).ok_or_else(|| UnknownCode::new("HttpStatus", name))
    }
}

impl fmt::Display for HttpStatus {
    /// The vendor's identifier.
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

#[cfg(feature = "http")]
impl HttpStatus {
    /// The member for an `http::StatusCode`, or `None` for a status the catalog does not list.
    pub fn from_status(status: http::StatusCode) -> Option<Self> {
        Self::from_code(i64::from(status.as_u16()))
    }
}

#[cfg(feature = "http")]
impl PartialEq<http::StatusCode> for HttpStatus {
    fn eq(&self, status: &http::StatusCode) -> bool {
        self.code() == i64::from(status.as_u16())
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
