// Copied from runtime/rust/src/envelope.rs by npm run build: edit that file, not this copy.
//! Reading a response body as the API's envelope: [`EnvelopePolicy::decode`] rejects what the envelope's
//! JSON Schema rejects (runtime/SPEC.md §8, §9), a known code's details of the wrong shape included
//! (runtime/SPEC.md §10), with an [`InvalidEnvelope`] that says why. It never panics (runtime/SPEC.md §11).

mod json;
mod pattern;

use std::fmt;

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use json::{read_envelope, ReadError};
use pattern::Pattern;

pub use json::{MAX_BODY_LENGTH, MAX_KEPT_DEPTH};

/// What a decoder checks beyond the envelope's core, keyed by wire strings (runtime/SPEC.md §1).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EnvelopePolicy {
    /// Every error code the policy knows.
    pub known_codes: &'static [&'static str],
    /// A code the policy does not know must match this pattern somewhere, as JSON Schema's `pattern`
    /// keyword reads it.
    pub unknown_code_pattern: &'static str,
    /// Each detailed code's details shape.
    pub details: &'static [DetailsShape],
    /// An RFC 3339 date-time, matched whole; its nine groups are year, month, day, hour, minute,
    /// second, the offset's sign, hours and minutes, each range-checked here.
    pub date_time_pattern: &'static str,
    /// A uri's scheme, before its first colon, matched whole.
    pub uri_scheme_pattern: &'static str,
    /// The characters a uri may not hold after its scheme's colon.
    pub uri_forbidden: &'static str,
}

/// The details an error code carries: the properties they must have and each property's checks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DetailsShape {
    pub code: &'static str,
    pub required: &'static [&'static str],
    pub fields: &'static [FieldCheck],
}

/// One property of a details shape; each None checks nothing.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FieldCheck {
    pub name: &'static str,
    /// A JSON Schema type: string, integer, number, boolean, array or object.
    pub json_type: Option<&'static str>,
    /// For a number: the least it may be.
    pub minimum: Option<f64>,
    /// For a string: date-time or uri.
    pub format: Option<&'static str>,
    /// For an array: its items' JSON Schema type.
    pub items: Option<&'static str>,
}

/// Why a body is not the envelope: not JSON (a proxy's HTML page, plain text) or not of the schema's
/// shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidEnvelope {
    problem: String,
}

impl InvalidEnvelope {
    fn new(problem: impl Into<String>) -> Self {
        Self {
            problem: problem.into(),
        }
    }

    /// What is wrong, for logs.
    pub fn problem(&self) -> &str {
        &self.problem
    }
}

impl fmt::Display for InvalidEnvelope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not the API's envelope: {}", self.problem)
    }
}

impl std::error::Error for InvalidEnvelope {}

impl EnvelopePolicy {
    /// Decodes a response body into `T` (the envelope's type), once the body has passed the envelope's
    /// checks: its core, then a failure's code and details.
    ///
    /// # Errors
    ///
    /// [`InvalidEnvelope`] when the body is not JSON, not of the envelope's shape, or not of `T`'s.
    pub fn decode<T: DeserializeOwned>(&self, body: &str) -> Result<T, InvalidEnvelope> {
        let members = read_core(body, true)?;
        if members.get("success") == Some(&Value::Bool(false)) {
            if let Some(problem) = members
                .get("error")
                .and_then(Value::as_object)
                .and_then(|e| self.error_problem(e))
            {
                return Err(InvalidEnvelope::new(problem));
            }
        }
        serde_json::from_value(Value::Object(members))
            .map_err(|e| InvalidEnvelope::new(e.to_string()))
    }

    /// What the schema rejects in an error object whose code and message are strings, or None.
    fn error_problem(&self, error: &Map<String, Value>) -> Option<String> {
        let code = error
            .get("code")
            .and_then(Value::as_str)
            .unwrap_or_default();
        if !self.known_codes.contains(&code) && !self.is_code_shaped(code) {
            return Some("/error/code is neither a known code nor shaped like one".to_owned());
        }
        let details = match error.get("details") {
            None => return None,
            Some(Value::Object(details)) => details,
            Some(_) => return Some("/error/details must be an object".to_owned()),
        };
        let shape = self.details.iter().find(|shape| shape.code == code)?;
        self.details_problem(shape, details)
            .map(|problem| format!("/error/details{problem}"))
    }

    /// An invalid pattern matches nothing: the cautious reading, which rejects the code.
    fn is_code_shaped(&self, code: &str) -> bool {
        Pattern::new(self.unknown_code_pattern).is_ok_and(|p| p.is_match(code))
    }

    fn details_problem(
        &self,
        shape: &DetailsShape,
        details: &Map<String, Value>,
    ) -> Option<String> {
        if let Some(name) = shape.required.iter().find(|n| !details.contains_key(**n)) {
            return Some(format!(" must have required property '{name}'"));
        }
        for field in shape.fields {
            let Some(value) = details.get(field.name) else {
                continue;
            };
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
                if !self.has_format(text, format) {
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

    /// A format this runtime does not know checks nothing, as JSON Schema leaves unknown formats alone.
    fn has_format(&self, text: &str, format: &str) -> bool {
        match format {
            "date-time" => self.is_date_time(text),
            "uri" => self.is_uri(text),
            _ => true,
        }
    }

    /// A scheme, a colon, then nothing the policy forbids.
    fn is_uri(&self, text: &str) -> bool {
        let Some((scheme, rest)) = text.split_once(':') else {
            return false;
        };
        Pattern::new(self.uri_scheme_pattern).is_ok_and(|p| p.whole_match(scheme).is_some())
            && !rest.contains(|c| self.uri_forbidden.contains(c))
    }

    /// The date-time pattern, then each field in range: the day in its month, leap years included, and
    /// a leap second only where one can be, at 23:59:60 UTC (RFC 3339 §5.6, §5.7; runtime/SPEC.md §10).
    fn is_date_time(&self, text: &str) -> bool {
        let Ok(pattern) = Pattern::new(self.date_time_pattern) else {
            return false;
        };
        let Some(groups) = pattern.whole_match(text) else {
            return false;
        };
        let number = |i: usize| -> Option<u32> { groups.get(i)?.as_ref()?.parse().ok() };
        let (Some(year), Some(month), Some(day), Some(hour), Some(minute), Some(second)) = (
            number(1),
            number(2),
            number(3),
            number(4),
            number(5),
            number(6),
        ) else {
            return false;
        };
        // The offset's sign, hours and minutes: all three, or none for Z. The offset in minutes east.
        let offset = match (groups.get(7).copied().flatten(), number(8), number(9)) {
            (Some(sign), Some(hours), Some(minutes)) if hours <= 23 && minutes <= 59 => {
                let east = i64::from(hours * 60 + minutes);
                Some(if sign == "-" { -east } else { east })
            }
            (None, None, None) => Some(0),
            _ => None,
        };
        let Some(offset) = offset else {
            return false;
        };
        if second == 60 && hour <= 23 && minute <= 59 {
            let utc = (i64::from(hour * 60 + minute) - offset).rem_euclid(24 * 60);
            if utc != 23 * 60 + 59 {
                return false;
            }
        }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let days = match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            1..=12 => 31,
            _ => 0,
        };
        (1..=days).contains(&day) && hour <= 23 && minute <= 59 && second <= 60
    }
}

/// Whether a value has the JSON Schema type; an integer is any number with no fraction.
fn is(value: &Value, json_type: &str) -> bool {
    match value {
        Value::String(_) => json_type == "string",
        Value::Number(n) => {
            json_type == "number"
                || (json_type == "integer" && n.as_f64().is_some_and(|f| f.fract() == 0.0))
        }
        Value::Bool(_) => json_type == "boolean",
        Value::Array(_) => json_type == "array",
        Value::Object(_) => json_type == "object",
        Value::Null => false,
    }
}

/// A failure's error code, or None for any other body. Only the envelope's core counts (success,
/// error.code and error.message), so that details of the wrong shape do not hide the code
/// (runtime/SPEC.md §8).
pub(crate) fn error_code_of(body: &str) -> Option<String> {
    let mut members = read_core(body, false).ok()?;
    if members.get("success") == Some(&Value::Bool(true)) {
        return None;
    }
    match members.remove("error")? {
        Value::Object(mut error) => match error.remove("code")? {
            Value::String(code) => Some(code),
            _ => None,
        },
        _ => None,
    }
}

/// The body's top-level members, checked as the envelope's core: success, then data, or error.code and
/// error.message. With `values`, data and error.details are built too (runtime/SPEC.md §8, §9).
fn read_core(body: &str, values: bool) -> Result<Map<String, Value>, InvalidEnvelope> {
    let members = match read_envelope(body, values) {
        Ok(Some(members)) => members,
        Ok(None) => return Err(InvalidEnvelope::new("the body must be an object")),
        Err(ReadError::TooLarge) => {
            return Err(InvalidEnvelope::new(format!(
                "the body is longer than {MAX_BODY_LENGTH} UTF-16 code units"
            )))
        }
        Err(ReadError::TooDeep) => {
            return Err(InvalidEnvelope::new(format!(
                "data or details nest deeper than {MAX_KEPT_DEPTH} levels"
            )))
        }
        Err(ReadError::NotJson) if body.trim_start().starts_with('<') => {
            return Err(InvalidEnvelope::new(
                "the body is HTML, not JSON (a proxy or gateway page?)",
            ))
        }
        Err(ReadError::NotJson) => return Err(InvalidEnvelope::new("the body is not valid JSON")),
    };
    match members.get("success") {
        None => {
            return Err(InvalidEnvelope::new(
                "the body must have required property 'success'",
            ))
        }
        Some(Value::Bool(true)) if !members.contains_key("data") => {
            return Err(InvalidEnvelope::new(
                "the body must have required property 'data'",
            ))
        }
        Some(Value::Bool(true)) => {}
        Some(Value::Bool(false)) => {
            let Some(Value::Object(error)) = members.get("error") else {
                return Err(InvalidEnvelope::new("a failure must have an error object"));
            };
            for member in ["code", "message"] {
                if !matches!(error.get(member), Some(Value::String(_))) {
                    return Err(InvalidEnvelope::new(format!(
                        "/error/{member} must be a string"
                    )));
                }
            }
        }
        Some(_) => return Err(InvalidEnvelope::new("/success must be a boolean")),
    }
    Ok(members)
}

#[cfg(test)]
mod tests;
