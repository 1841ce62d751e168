// Module api and module catalog: quicktype's serde types for the REST envelope and catalog.json, with
// error.code typed as ErrorCode, which the REST family's module defines (its text is here, with the envelope),
// and parse_response, the runtime's decoder (runtime/rust/src/envelope.rs) with the catalog's checks.
import type { Model } from "../../../catalog/model.js";
import { detailsChecks } from "../../../catalog/details-checks.js";
import { file, patch, snake } from "../shared/common.js";
import { catalogTypes, envelopeTypes, only } from "../shared/quicktype.js";
import { commentText, doc, moduleDoc, rust, rustVariant } from "./profile.js";

/** quicktype's doc comments carry the schemas' descriptions, catalog text included: spelled as doc() spells it. */
const safeComments = (source: string) => source.replace(/^(\s*\/\/\/ ?)(.*)$/gm, (_, prefix: string, text: string) => prefix + commentText(text));

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

/** The details type quicktype names for a code's details: TOKEN_EXPIRED -> TokenExpiredDetails. */
const detailsType = (code: string) => `${code.toLowerCase().replace(/(^|_)([a-z0-9])/g, (_, __, ch: string) => ch.toUpperCase())}Details`;

/** Details typed by their code, and the error body as a std::error::Error. */
function typedDetails(model: Model): string[] {
  const detailed = model.restFamily.codes.filter((c) => c.details !== undefined);
  return [
    "",
    doc([
      "A failure's details, typed by its code: what [`ErrorBody::typed_details`] gives. A code without a",
      "details type here (an unknown code, or one the catalog gives no details) keeps them as decoded.",
    ]),
    "#[derive(Debug, Clone, PartialEq)]",
    "#[non_exhaustive]",
    "pub enum Details {",
    ...detailed.flatMap((c) => [`    /// The details of [\`${model.restFamily.name}::${rustVariant(c.name)}\`].`, `    ${rustVariant(c.name)}(${detailsType(c.name)}),`]),
    "    /// Details of a code without a type here, as decoded.",
    "    Other(HashMap<String, Option<serde_json::Value>>),",
    "}",
    "",
    "impl ErrorBody {",
    "    /// The details as their code's type, in one step; `None` when there are none. [`parse_response`]",
    "    /// has checked them against the code's shape, so a known code's details always have its type; the",
    "    /// raw map stays in `details`.",
    "    pub fn typed_details(&self) -> Option<Details> {",
    "        let raw = self.details.as_ref()?;",
    "        let typed = |value: serde_json::Value| match self.code.known() {",
    ...detailed.map((c) => `            Some(${model.restFamily.name}::${rustVariant(c.name)}) => serde_json::from_value(value).ok().map(Details::${rustVariant(c.name)}),`),
    "            _ => None,",
    "        };",
    "        Some(serde_json::to_value(raw).ok().and_then(typed).unwrap_or_else(|| Details::Other(raw.clone())))",
    "    }",
    "}",
    "",
    "impl std::fmt::Display for ErrorBody {",
    "    /// The code and the message: `TOKEN_EXPIRED: Token expired`.",
    "    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {",
    '        write!(f, "{}: {}", self.code, self.message)',
    "    }",
    "}",
    "",
    "/// A failed response is an error, so that `?` carries it.",
    "impl std::error::Error for ErrorBody {}",
    "",
    "impl ApiResponse {",
    "    /// The data of a success, or the error of a failure, for `?`. A body from [`parse_response`] that",
    "    /// says `success: false` always has its error; one built by hand without it gives an error whose",
    "    /// code is empty.",
    "    pub fn into_result(self) -> Result<Option<serde_json::Value>, ErrorBody> {",
    "        if self.success {",
    "            return Ok(self.data);",
    "        }",
    "        Err(self.error.unwrap_or_else(|| ErrorBody {",
    "            code: ErrorCode::Unknown(String::new()),",
    "            details: None,",
    "            message: String::new(),",
    "        }))",
    "    }",
    "}",
  ];
}

/** The decoder with the catalog's checks: the runtime's EnvelopePolicy::decode, typed as the envelope. */
const PARSE_RESPONSE = `
pub use crate::envelope::InvalidEnvelope;

/// Decodes a response body into the envelope, checked as its JSON Schema checks it, with the catalog's
/// checks ([\`crate::envelope_policy::DEFAULT\`]).
///
/// # Errors
///
/// [\`InvalidEnvelope\`] for anything the schema rejects.
pub fn parse_response(body: &str) -> Result<ApiResponse, InvalidEnvelope> {
    crate::envelope_policy::DEFAULT.decode(body)
}`;

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
  let source = safeComments(only(await envelopeTypes(model, { lang: "rust", rendererOptions: RENDERER })));
  source = patch(source, "    pub code: String,\n", "    pub code: ErrorCode,\n");
  // The schema judges a number by its binary64 value (runtime/SPEC.md §10): 1e20 is a valid integer there,
  // which i64 refuses. f64 holds every integer the schema accepts (exactly up to 2^53).
  const integers = detailsChecks(model)
    .flatMap((d) => d.fields)
    .filter((f) => f.type === "integer" || f.items === "integer").length;
  if (integers > 0) source = patch(source, /\bi64\b/, "f64", integers);
  source = patch(source, "use serde::{Serialize, Deserialize};\n", `use serde::{Serialize, Deserialize};\n\nuse crate::${snake(model.restFamily.name)}::{ErrorCode, ${model.restFamily.name}};\n`);
  return file([
    header,
    "",
    moduleDoc([
      "The OrbVPN REST envelope and the per-code details types, by quicktype from",
      "generated/schema/api-response.schema.json. Timestamps stay RFC 3339 strings (the standard library",
      "has no date-time type, and a date crate would be a dependency every user pays for). Integer fields",
      "are f64: the schema judges a number by its binary64 value, so an integer beyond 64 bits (1e20) is",
      "valid details, and f64 holds every integer it accepts (runtime/SPEC.md §10).",
      "",
      "Decode a body with [`parse_response`]: it rejects what the JSON Schema rejects with an",
      "[`InvalidEnvelope`], so that `error` is there whenever `success` is false. serde alone",
      "(`serde_json::from_str::<ApiResponse>`) does not check which members each kind needs.",
    ]),
    "",
    source.trim(),
    ...typedDetails(model),
    PARSE_RESPONSE,
  ]);
}

export async function catalogModule(model: Model): Promise<string> {
  let source = safeComments(only(await catalogTypes(model, { lang: "rust", rendererOptions: RENDERER })));
  // quicktype calls the string case PurpleString to dodge the type's name; in a name family it is the name.
  source = patch(source, "    PurpleString(String),", "    Name(String),");
  return file([header, "", moduleDoc(["The types of `catalog.json`, by quicktype from generated/schema/resolved-catalog.schema.json."]), "", source.trim()]);
}
