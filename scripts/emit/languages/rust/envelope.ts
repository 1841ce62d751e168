// Module api and module catalog: quicktype's serde types for the REST envelope and catalog.json, with
// error.code typed as ErrorCode, which the REST family's module defines (its text is here, with the envelope).
import type { Model } from "../../../catalog/model.js";
import { file, patch, quote, snake } from "../shared/common.js";
import { URI_FORBIDDEN, detailsChecks, unknownCodePattern, type FieldCheck } from "../../../catalog/details-checks.js";
import { catalogTypes, envelopeTypes, only } from "../shared/quicktype.js";
import { moduleDoc, rust } from "./profile.js";

const header = rust.header("scripts/emit/languages/rust/envelope.ts");

/** The envelope's open error.code type, appended to the REST family's enum module. */
export function errorCodeType(rest: string): string[] {
  return `
/// The envelope's \`error.code\`: a [\`${rest}\`], or a code this catalog does not know yet, kept
/// as its string so that a response with a newer code still decodes.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ErrorCode {
    /// A code the catalog knows.
    Known(${rest}),
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
    pub fn known(&self) -> Option<${rest}> {
        match self {
            Self::Known(code) => Some(*code),
            Self::Unknown(_) => None,
        }
    }
}

impl From<&str> for ErrorCode {
    fn from(code: &str) -> Self {
        ${rest}::from_code(code).map_or_else(|| Self::Unknown(code.to_owned()), Self::Known)
    }
}

impl From<String> for ErrorCode {
    fn from(code: String) -> Self {
        match ${rest}::from_code(&code) {
            Some(member) => Self::Known(member),
            None => Self::Unknown(code),
        }
    }
}

impl From<${rest}> for ErrorCode {
    fn from(code: ${rest}) -> Self {
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
}`.split("\n");
}

/**
 * An integer family's open type, as ErrorCode is the REST family's: a value the catalog does not know
 * decodes as Unknown with its integer, where the enum's own Deserialize refuses it.
 */
export function openIntegerType(family: string): string[] {
  return `
/// A [\`${family}\`] as it arrives: a member, or a value this catalog does not know yet, kept as its
/// integer so that a newer code still decodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ${family}Code {
    /// A code the catalog knows.
    Known(${family}),
    /// A code the catalog does not know yet.
    Unknown(i64),
}

impl ${family}Code {
    /// The code as it travels.
    pub const fn code(self) -> i64 {
        match self {
            Self::Known(member) => member.code(),
            Self::Unknown(code) => code,
        }
    }

    /// The member, for a known code.
    pub const fn known(self) -> Option<${family}> {
        match self {
            Self::Known(member) => Some(member),
            Self::Unknown(_) => None,
        }
    }
}

impl From<i64> for ${family}Code {
    fn from(code: i64) -> Self {
        ${family}::from_code(code).map_or(Self::Unknown(code), Self::Known)
    }
}

impl From<${family}> for ${family}Code {
    fn from(member: ${family}) -> Self {
        Self::Known(member)
    }
}

impl fmt::Display for ${family}Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Known(member) => member.fmt(f),
            Self::Unknown(code) => write!(f, "${family}({code})"),
        }
    }
}

impl Serialize for ${family}Code {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.code())
    }
}

impl<'de> Deserialize<'de> for ${family}Code {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        i64::deserialize(deserializer).map(Self::from)
    }
}`.split("\n");
}

/** parse_response and its error: the envelope's rules that serde's derived types cannot say. */
const PARSE_RESPONSE = `
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

/// A failure's error code as \`advise_retry\` reads it, or None for any other body. Only the envelope's
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
}`;

/** The pattern of an unknown code that is_code_shaped implements, since the crate has no regex engine. */
const CODE_SHAPE = "^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$";

const option = (value: string | undefined) => (value === undefined ? "None" : `Some(${quote(value)})`);
const field = (f: FieldCheck) =>
  `Field { name: ${quote(f.name)}, json_type: ${option(f.type)}, minimum: ${f.minimum === undefined ? "None" : `Some(${Number.isInteger(f.minimum) ? `${f.minimum}.0` : f.minimum})`}, format: ${option(f.format)}, items: ${option(f.items)} }`;

/**
 * The checks serde's types cannot say about an error object: a code the catalog does not know must be
 * shaped like one, and a known code's details must have the catalog's shape. The date-time and uri
 * checks are written out, as the JVM decoders' regular expressions read them, for want of a regex crate.
 */
function detailsSource(model: Model): string {
  const pattern = unknownCodePattern(model);
  if (pattern !== CODE_SHAPE) throw new Error(`the envelope schema's unknown-code pattern is ${pattern}; rust/envelope.ts's is_code_shaped implements only ${CODE_SHAPE}`);
  const shapes = detailsChecks(model).map(
    (c) => `    Shape {\n        code: ${quote(c.code)},\n        required: &[${c.required.map(quote).join(", ")}],\n        fields: &[\n${c.fields.map((f) => `            ${field(f)},`).join("\n")}\n        ],\n    },`,
  );
  const forbidden = URI_FORBIDDEN.map((c) => `'\\u{${c.toString(16)}}'`);
  return String.raw`
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
${shapes.join("\n")}
];

/// What may not follow a uri's scheme: JavaScript's white space and what RFC 3986 never allows.
const URI_FORBIDDEN: &[char] = &[${forbidden.join(", ")}];

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

/// ${CODE_SHAPE}: capitals and digits in runs joined by single underscores, a capital first.
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
}`;
}

const RENDERER = {
  density: "normal",
  visibility: "public",
  "derive-debug": true,
  "derive-clone": true,
  "derive-partial-eq": true,
  "skip-serializing-none": true,
  "leading-comments": false,
};

export async function apiModule(model: Model): Promise<string> {
  let source = only(await envelopeTypes(model, { lang: "rust", rendererOptions: RENDERER }));
  source = patch(source, "    pub code: String,\n", "    pub code: ErrorCode,\n");
  source = patch(source, "use serde::{Serialize, Deserialize};\n", `use serde::{Serialize, Deserialize};\n\nuse crate::${snake(model.restFamily.name)}::ErrorCode;\n`);
  return file([
    header,
    "",
    moduleDoc([
      "The OrbVPN REST envelope and the per-code details types, by quicktype from",
      "generated/schema/api-response.schema.json. Timestamps stay RFC 3339 strings.",
      "",
      "Decode a body with [`parse_response`]: it rejects what the JSON Schema rejects with an",
      "[`InvalidResponse`], so that `error` is there whenever `success` is false. serde alone",
      "(`serde_json::from_str::<ApiResponse>`) does not check which members each kind needs.",
    ]),
    "",
    source.trim(),
    PARSE_RESPONSE,
    detailsSource(model),
  ]);
}

export async function catalogModule(model: Model): Promise<string> {
  let source = only(await catalogTypes(model, { lang: "rust", rendererOptions: RENDERER }));
  // quicktype calls the string case PurpleString to dodge the type's name; in a name family it is the name.
  source = patch(source, "    PurpleString(String),", "    Name(String),");
  return file([header, "", moduleDoc(["The types of `catalog.json`, by quicktype from generated/schema/resolved-catalog.schema.json."]), "", source.trim()]);
}

