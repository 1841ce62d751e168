// @generated
// Generated from catalog/*.yaml by scripts/emit/languages/rust/envelope.ts (npm run build); do not edit.

//! The OrbVPN REST envelope and the per-code details types, by quicktype from
//! generated/schema/api-response.schema.json. Timestamps stay RFC 3339 strings.
//!
//! Decode a body with [`parse_response`]: it rejects what the JSON Schema rejects with an
//! [`InvalidResponse`], so that `error` is there whenever `success` is false. serde alone
//! (`serde_json::from_str::<ApiResponse>`) does not check which members each kind needs.

use serde::{Serialize, Deserialize};

use crate::rest_error_code::ErrorCode;
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
    pub current_devices: i64,

    /// Devices the plan allows.
    pub max_devices: i64,

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

/// Why a body is not the OrbVPN envelope: not JSON (a proxy's HTML page, plain text) or not of the
/// schema's shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidResponse {
    problem: String,
}

impl InvalidResponse {
    fn new(problem: impl Into<String>) -> Self {
        Self { problem: problem.into() }
    }

    /// What is wrong, for logs.
    pub fn problem(&self) -> &str {
        &self.problem
    }
}

impl std::fmt::Display for InvalidResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "not the OrbVPN envelope: {}", self.problem)
    }
}

impl std::error::Error for InvalidResponse {}

/// Decodes a response body into the envelope, checked as the JSON Schema checks it.
pub fn parse_response(body: &str) -> Result<ApiResponse, InvalidResponse> {
    let document = read_core(body)?;
    let error = document.get("error").and_then(serde_json::Value::as_object);
    if let Some(problem) = error.filter(|_| document["success"] == false).and_then(error_problem) {
        return Err(InvalidResponse::new(problem));
    }
    serde_json::from_value(document).map_err(|e| InvalidResponse::new(e.to_string()))
}

/// A failure's error code as `advise_retry` reads it, or None for any other body. Only the envelope's
/// core counts (success, error.code and error.message), as in the TypeScript reference, so that
/// details of the wrong shape do not hide the code.
pub(crate) fn error_code_of(body: &str) -> Option<String> {
    let document = read_core(body).ok()?;
    if document["success"] == true {
        return None;
    }
    document["error"]["code"].as_str().map(str::to_owned)
}

/// The body as JSON, checked as the envelope's core: success, then data, or error.code and error.message.
fn read_core(body: &str) -> Result<serde_json::Value, InvalidResponse> {
    use serde_json::Value;
    let document: Value = serde_json::from_str(body).map_err(|_| {
        InvalidResponse::new(if body.trim_start().starts_with('<') {
            "the body is HTML, not JSON (a proxy or gateway page?)"
        } else {
            "the body is not valid JSON"
        })
    })?;
    let Value::Object(members) = &document else {
        return Err(InvalidResponse::new("the body must be an object"));
    };
    match members.get("success") {
        None => return Err(InvalidResponse::new("the body must have required property 'success'")),
        Some(Value::Bool(true)) if !members.contains_key("data") => {
            return Err(InvalidResponse::new("the body must have required property 'data'"))
        }
        Some(Value::Bool(true)) => {}
        Some(Value::Bool(false)) => {
            let Some(Value::Object(error)) = members.get("error") else {
                return Err(InvalidResponse::new("a failure must have an error object"));
            };
            for member in ["code", "message"] {
                if !matches!(error.get(member), Some(Value::String(_))) {
                    return Err(InvalidResponse::new(format!("/error/{member} must be a string")));
                }
            }
        }
        Some(_) => return Err(InvalidResponse::new("/success must be a boolean")),
    }
    Ok(document)
}

/// One property of a details shape; None checks nothing.
struct Field {
    name: &'static str,
    json_type: Option<&'static str>,
    minimum: Option<f64>,
    format: Option<&'static str>,
    items: Option<&'static str>,
}

struct Shape {
    code: &'static str,
    required: &'static [&'static str],
    fields: &'static [Field],
}

/// Each detailed code's details shape, from the catalog.
static SHAPES: &[Shape] = &[
    Shape {
        code: "DEVICE_LIMIT_REACHED",
        required: &["currentDevices", "maxDevices", "plan"],
        fields: &[
            Field { name: "currentDevices", json_type: Some("integer"), minimum: Some(0.0), format: None, items: None },
            Field { name: "maxDevices", json_type: Some("integer"), minimum: Some(0.0), format: None, items: None },
            Field { name: "plan", json_type: Some("string"), minimum: None, format: None, items: None },
            Field { name: "upgradeUrl", json_type: Some("string"), minimum: None, format: Some("uri"), items: None },
        ],
    },
    Shape {
        code: "SUBSCRIPTION_EXPIRED",
        required: &["expiredAt", "plan"],
        fields: &[
            Field { name: "expiredAt", json_type: Some("string"), minimum: None, format: Some("date-time"), items: None },
            Field { name: "plan", json_type: Some("string"), minimum: None, format: None, items: None },
            Field { name: "renewUrl", json_type: Some("string"), minimum: None, format: Some("uri"), items: None },
        ],
    },
    Shape {
        code: "TOKEN_EXPIRED",
        required: &["expiredAt", "tokenType"],
        fields: &[
            Field { name: "expiredAt", json_type: Some("string"), minimum: None, format: Some("date-time"), items: None },
            Field { name: "tokenType", json_type: Some("string"), minimum: None, format: None, items: None },
        ],
    },
    Shape {
        code: "VALIDATION_ERROR",
        required: &["field", "constraint"],
        fields: &[
            Field { name: "field", json_type: Some("string"), minimum: None, format: None, items: None },
            Field { name: "constraint", json_type: Some("string"), minimum: None, format: None, items: None },
            Field { name: "received", json_type: None, minimum: None, format: None, items: None },
        ],
    },
    Shape {
        code: "WEAK_PASSWORD",
        required: &["requirements", "failedChecks"],
        fields: &[
            Field { name: "requirements", json_type: Some("array"), minimum: None, format: None, items: Some("string") },
            Field { name: "failedChecks", json_type: Some("array"), minimum: None, format: None, items: Some("string") },
        ],
    },
];

/// What may not follow a uri's scheme: JavaScript's white space and what RFC 3986 never allows.
const URI_FORBIDDEN: &[char] = &['\u{9}', '\u{a}', '\u{b}', '\u{c}', '\u{d}', '\u{20}', '\u{22}', '\u{3c}', '\u{3e}', '\u{5c}', '\u{5e}', '\u{60}', '\u{7b}', '\u{7c}', '\u{7d}', '\u{a0}', '\u{1680}', '\u{2000}', '\u{2001}', '\u{2002}', '\u{2003}', '\u{2004}', '\u{2005}', '\u{2006}', '\u{2007}', '\u{2008}', '\u{2009}', '\u{200a}', '\u{2028}', '\u{2029}', '\u{202f}', '\u{205f}', '\u{3000}', '\u{feff}'];

/// What the schema rejects in an error object whose code and message are strings, or None.
fn error_problem(error: &serde_json::Map<String, serde_json::Value>) -> Option<String> {
    let code = error.get("code").and_then(serde_json::Value::as_str).unwrap_or_default();
    if matches!(ErrorCode::from(code), ErrorCode::Unknown(_)) && !is_code_shaped(code) {
        return Some("/error/code is neither a known code nor shaped like one".to_owned());
    }
    let details = match error.get("details") {
        None => return None,
        Some(serde_json::Value::Object(details)) => details,
        Some(_) => return Some("/error/details must be an object".to_owned()),
    };
    let shape = SHAPES.iter().find(|shape| shape.code == code)?;
    details_problem(shape, details).map(|problem| format!("/error/details{problem}"))
}

fn details_problem(shape: &Shape, details: &serde_json::Map<String, serde_json::Value>) -> Option<String> {
    if let Some(name) = shape.required.iter().find(|name| !details.contains_key(**name)) {
        return Some(format!(" must have required property '{name}'"));
    }
    for field in shape.fields {
        let Some(value) = details.get(field.name) else { continue };
        let name = field.name;
        if let Some(json_type) = field.json_type.filter(|t| !is(value, t)) {
            return Some(format!("/{name} must be {json_type}"));
        }
        if let (Some(minimum), Some(number)) = (field.minimum, value.as_f64()) {
            if number < minimum {
                return Some(format!("/{name} must be >= {minimum}"));
            }
        }
        if let (Some(format), Some(text)) = (field.format, value.as_str()) {
            if !has_format(text, format) {
                return Some(format!("/{name} must match format {format}"));
            }
        }
        if let (Some(items), Some(values)) = (field.items, value.as_array()) {
            if !values.iter().all(|item| is(item, items)) {
                return Some(format!("/{name} items must be {items}"));
            }
        }
    }
    None
}

/// Whether a value has the JSON Schema type; an integer is any number with no fraction.
fn is(value: &serde_json::Value, json_type: &str) -> bool {
    use serde_json::Value;
    match value {
        Value::String(_) => json_type == "string",
        Value::Number(n) => json_type == "number" || (json_type == "integer" && n.as_f64().is_some_and(|f| f.fract() == 0.0)),
        Value::Bool(_) => json_type == "boolean",
        Value::Array(_) => json_type == "array",
        Value::Object(_) => json_type == "object",
        Value::Null => false,
    }
}

/// ^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$: capitals and digits in runs joined by single underscores, a capital first.
fn is_code_shaped(code: &str) -> bool {
    code.starts_with(|c: char| c.is_ascii_uppercase())
        && !code.ends_with('_')
        && !code.contains("__")
        && code.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

fn has_format(text: &str, format: &str) -> bool {
    if format == "uri" {
        return is_uri(text);
    }
    is_date_time(text)
}

/// A scheme ([A-Za-z][A-Za-z0-9+.-]*), a colon, then nothing in URI_FORBIDDEN.
fn is_uri(text: &str) -> bool {
    let Some((scheme, rest)) = text.split_once(':') else { return false };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
        && !rest.contains(URI_FORBIDDEN)
}

/// RFC 3339: YYYY-MM-DD, T, hh:mm:ss, an optional fraction, then Z or an offset, each field in range.
fn is_date_time(text: &str) -> bool {
    let b = text.as_bytes();
    let number = |from: usize, len: usize| -> Option<u32> {
        let digits = b.get(from..from + len)?;
        digits.iter().all(u8::is_ascii_digit).then(|| digits.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
    };
    let at = |i: usize, allowed: &[u8]| b.get(i).is_some_and(|c| allowed.contains(c));
    let (Some(year), Some(month), Some(day), Some(hour), Some(minute), Some(second)) =
        (number(0, 4), number(5, 2), number(8, 2), number(11, 2), number(14, 2), number(17, 2))
    else {
        return false;
    };
    if !(at(4, b"-") && at(7, b"-") && at(10, b"Tt") && at(13, b":") && at(16, b":")) {
        return false;
    }
    let mut i = 19;
    if at(i, b".") {
        let start = i + 1;
        i = start;
        while at(i, b"0123456789") {
            i += 1;
        }
        if i == start {
            return false;
        }
    }
    let zone = if at(i, b"Zz") {
        i + 1 == b.len()
    } else if at(i, b"+-") {
        i + 6 == b.len() && at(i + 3, b":") && number(i + 1, 2).is_some_and(|h| h <= 23) && number(i + 4, 2).is_some_and(|m| m <= 59)
    } else {
        false
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => 0,
    };
    zone && (1..=days).contains(&day) && hour <= 23 && minute <= 59 && second <= 60
}
