// generated/rust: the vpn-error-codes crate. Enums with explicit discriminants, TryFrom/FromStr,
// Display and hand-written serde impls (integer families travel as integers, name families as
// strings), plus the quicktype envelope and catalog types.
import type { Model as Catalog, ResolvedFamily as Family } from "../../catalog/model.js";
import {
  generatedBy,
  commentLines,
  extraLookupNames,
  familyDoc,
  file,
  isIntegerFamily,
  memberDoc,
  members,
  paragraphs,
  patch,
  quote,
  restFamily,
  snake,
} from "./common.js";
import { catalogTypes, envelopeTypes, only } from "./quicktype.js";

const HEADER = generatedBy("scripts/emit/languages/rust.ts");

// `Self` is the only capitalised keyword; ALL is the associated constant every enum declares.
const RESERVED = new Set(["Self", "ALL"]);

const header = commentLines("// ", ["@generated", HEADER]);

const doc = (lines: readonly string[], indent = "") => commentLines(`${indent}/// `, lines);
const moduleDoc = (lines: readonly string[]) => commentLines("//! ", lines);

function enumModule(catalog: Catalog, family: Family): string {
  const integer = isIntegerFamily(family);
  const name = family.name;
  const isRest = family === restFamily(catalog);
  const list = members(family, RESERVED, "Rust");
  const identOf = new Map(list.map((m) => [m.code.name, m.ident]));
  const retryable = list.filter((m) => m.code.retryable).map((m) => `Self::${m.ident}`);
  const upperSnake = list.some((m) => /_|^[A-Z0-9]+$/.test(m.ident) && m.ident.length > 1);
  const lines = [
    header,
    "",
    moduleDoc(paragraphs([`${family.title}: the \`${name}\` enum.`], 96)),
    "",
    "use std::fmt;",
    "use std::str::FromStr;",
    "",
    "use serde::de::Error as _;",
    "use serde::{Deserialize, Deserializer, Serialize, Serializer};",
    "",
    "use crate::UnknownCode;",
    "",
    doc(paragraphs([...familyDoc(family), integer ? "Serializes as its integer value." : "Serializes as its name, which is also its value."], 96)),
    "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]",
    ...(integer ? ["#[repr(i64)]"] : []),
    "#[non_exhaustive]",
    ...(upperSnake ? ["#[allow(non_camel_case_types)]"] : []),
    `pub enum ${name} {`,
  ];
  list.forEach((m, i) => {
    if (i > 0) lines.push("");
    lines.push(doc(paragraphs(memberDoc(m.code, m.escapeNote), 92), "    "));
    if (m.code.deprecated) lines.push(`    #[deprecated(note = ${quote(m.code.deprecated.note)})]`);
    lines.push(`    ${m.ident}${integer ? ` = ${m.code.value}` : ""},`);
  });
  lines.push("}", "");

  const valueType = integer ? "i64" : "&str";
  const names = extraLookupNames(family);
  const deprecatedAllow = list.some((m) => m.code.deprecated) ? ["#[allow(deprecated)]"] : [];
  lines.push(
    ...deprecatedAllow,
    `impl ${name} {`,
    "    /// Every member, in value order.",
    `    pub const ALL: [Self; ${list.length}] = [`,
    ...list.map((m) => `        Self::${m.ident},`),
    "    ];",
    "",
  );
  if (integer) {
    lines.push("    /// The member's value.", "    pub const fn code(self) -> i64 {", "        self as i64", "    }", "");
  }
  lines.push(
    `    /// The catalog's identifier, verbatim${integer ? "" : "; it is also the wire value"}.`,
    "    pub const fn as_str(self) -> &'static str {",
    "        match self {",
    ...list.map((m) => `            Self::${m.ident} => ${quote(m.code.name)},`),
    "        }",
    "    }",
    "",
    "    /// True when a retry, after the step the member's retry advice names, can succeed.",
    "    pub const fn retryable(self) -> bool {",
    retryable.length > 0 ? `        matches!(\n            self,\n            ${retryable.join("\n                | ")}\n        )` : "        false",
    "    }",
    "",
    `    /// The member whose value is \`code\`, or \`None\` for a code this catalog does not know.`,
    `    pub ${integer ? "const " : ""}fn from_code(code: ${valueType}) -> Option<Self> {`,
    "        match code {",
    ...list.map((m) => `            ${integer ? String(m.code.value) : quote(String(m.code.value))} => Some(Self::${m.ident}),`),
    "            _ => None,",
    "        }",
    "    }",
    "",
    `    /// The member with this identifier${names.length > 0 ? ", alias or older wire name" : ""}, or \`None\`.`,
    "    pub fn from_name(name: &str) -> Option<Self> {",
  );
  if (names.length > 0) {
    lines.push(
      "        match name {",
      ...names.map(([alias, code]) => `            ${quote(alias)} => Some(Self::${identOf.get(code.name)}),`),
      "            _ => Self::ALL.into_iter().find(|member| member.as_str() == name),",
      "        }",
    );
  } else lines.push("        Self::ALL.into_iter().find(|member| member.as_str() == name)");
  lines.push("    }", "}", "");

  if (integer) {
    lines.push(
      `impl TryFrom<i64> for ${name} {`,
      "    type Error = UnknownCode;",
      "",
      "    fn try_from(code: i64) -> Result<Self, UnknownCode> {",
      `        Self::from_code(code).ok_or_else(|| UnknownCode::new(${quote(name)}, code))`,
      "    }",
      "}",
      "",
      `impl From<${name}> for i64 {`,
      `    fn from(member: ${name}) -> i64 {`,
      "        member.code()",
      "    }",
      "}",
      "",
    );
  }
  lines.push(
    `impl FromStr for ${name} {`,
    "    type Err = UnknownCode;",
    "",
    `    /// Parses an identifier${names.length > 0 ? ", alias or older wire name" : ""}.`,
    "    fn from_str(name: &str) -> Result<Self, UnknownCode> {",
    `        Self::from_name(name).ok_or_else(|| UnknownCode::new(${quote(name)}, name))`,
    "    }",
    "}",
    "",
    `impl fmt::Display for ${name} {`,
    "    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {",
    "        f.write_str(self.as_str())",
    "    }",
    "}",
    "",
    `impl Serialize for ${name} {`,
    "    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {",
    integer ? "        serializer.serialize_i64(self.code())" : "        serializer.serialize_str(self.as_str())",
    "    }",
    "}",
    "",
    `impl<'de> Deserialize<'de> for ${name} {`,
    "    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {",
    integer ? "        let code = i64::deserialize(deserializer)?;" : "        let code = String::deserialize(deserializer)?;",
    `        Self::from_code(${integer ? "code" : "&code"}).ok_or_else(|| D::Error::custom(UnknownCode::new(${quote(name)}, code)))`,
    "    }",
    "}",
  );
  if (isRest) lines.push(...errorCodeType(name));
  return file(lines);
}

function errorCodeType(rest: string): string[] {
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

function libRs(catalog: Catalog): string {
  const rest = restFamily(catalog);
  const mods = catalog.families.map((f) => snake(f.name));
  return file([
    header,
    "",
    moduleDoc([
      "Error codes a VPN client meets, with their meaning and retry advice: the Pango Unified VPN SDK",
      "for Windows and the OrbVPN REST API.",
      "",
      "Each family is an enum in its own module, re-exported here. [`api`] holds the REST envelope and",
      "[`catalog`] the types of `catalog.json`, both generated by quicktype from the JSON Schemas.",
    ]),
    "",
    "use std::fmt;",
    "",
    "pub mod api;",
    "pub mod catalog;",
    ...mods.map((m) => `pub mod ${m};`),
    "",
    ...catalog.families.map((f) => `pub use ${snake(f.name)}::${f === rest ? `{ErrorCode, ${f.name}}` : f.name};`),
    "",
    "/// A value or name that a family does not have.",
    "#[derive(Debug, Clone, PartialEq, Eq)]",
    "pub struct UnknownCode {",
    "    family: &'static str,",
    "    code: String,",
    "}",
    "",
    "impl UnknownCode {",
    "    pub(crate) fn new(family: &'static str, code: impl fmt::Display) -> Self {",
    "        Self { family, code: code.to_string() }",
    "    }",
    "",
    "    /// The family that was asked.",
    "    pub fn family(&self) -> &'static str {",
    "        self.family",
    "    }",
    "",
    "    /// The value or name it does not have.",
    "    pub fn code(&self) -> &str {",
    "        &self.code",
    "    }",
    "}",
    "",
    "impl fmt::Display for UnknownCode {",
    "    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {",
    '        write!(f, "{} has no code {}", self.family, self.code)',
    "    }",
    "}",
    "",
    "impl std::error::Error for UnknownCode {}",
  ]);
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

async function apiModule(catalog: Catalog): Promise<string> {
  let source = only(await envelopeTypes(catalog, { lang: "rust", rendererOptions: RENDERER }));
  source = patch(source, "    pub code: String,\n", "    pub code: ErrorCode,\n");
  source = patch(source, "use serde::{Serialize, Deserialize};\n", `use serde::{Serialize, Deserialize};\n\nuse crate::${snake(restFamily(catalog).name)}::ErrorCode;\n`);
  return file([header, "", moduleDoc(["The OrbVPN REST envelope and the per-code details types, by quicktype from", "generated/schema/api-response.schema.json. Timestamps stay RFC 3339 strings."]), "", source.trim()]);
}

async function catalogModule(catalog: Catalog): Promise<string> {
  let source = only(await catalogTypes(catalog, { lang: "rust", rendererOptions: RENDERER }));
  // quicktype calls the string case PurpleString to dodge the type's name; in a name family it is the name.
  source = patch(source, "    PurpleString(String),", "    Name(String),");
  return file([header, "", moduleDoc(["The types of `catalog.json`, by quicktype from generated/schema/resolved-catalog.schema.json."]), "", source.trim()]);
}

function cargoToml(): string {
  return file([
    `# ${HEADER}`,
    "[package]",
    'name = "vpn-error-codes"',
    'version = "0.1.0"',
    'edition = "2021"',
    'rust-version = "1.70"',
    'description = "Pango Unified VPN SDK (Windows) and OrbVPN REST API error codes, with retry advice."',
    'license = "MIT"',
    "",
    "[dependencies]",
    'serde = { version = "1", features = ["derive"] }',
    'serde_json = "1"',
  ]);
}

function readme(catalog: Catalog): string {
  const rest = restFamily(catalog).name;
  return file([
    `<!-- ${HEADER} -->`,
    "# vpn-error-codes for Rust",
    "",
    "The `vpn-error-codes` crate: an enum per code family with each code's meaning and retry advice,",
    "and serde types for the OrbVPN REST envelope and for `catalog.json`. Depends on serde and serde_json.",
    "",
    "```toml",
    "[dependencies]",
    'vpn-error-codes = { path = "third_party/vpn-error-codes/rust" }',
    "```",
    "",
    "```rust",
    `use vpn_error_codes::{api::ApiResponse, ErrorCode, OperationalError, ${rest}};`,
    "",
    "let code = OperationalError::try_from(8203)?;",
    'assert_eq!(code.to_string(), "InvalidTunnelNetworkIndefaceIndex");',
    "assert!(code.retryable());",
    "",
    "let response: ApiResponse = serde_json::from_str(body)?;",
    `if let Some(error) = response.error {`,
    `    if error.code == ErrorCode::Known(${rest}::TOKEN_EXPIRED) { /* refresh, then retry once */ }`,
    "}",
    "```",
    "",
    "- Integer families have explicit discriminants and (de)serialize as the integer; name families",
    "  (de)serialize as the name. `TryFrom<i64>` / `from_code` look a value up; `FromStr` / `from_name`",
    "  look a name up and also accept the catalog's aliases and older wire names. `ALL` lists every member.",
    "- The enums are `#[non_exhaustive]`: new codes are added in minor releases.",
    "- `retryable()` is true when a retry, after the step the catalog's advice names (backoff, token",
    "  refresh, reconnect), can succeed; each variant's doc comment gives the advice itself.",
    "- Identifiers are verbatim, misspellings and upper snake case included (hence",
    "  `#[allow(non_camel_case_types)]`). A variant named `Self` or `ALL` would get a trailing underscore.",
    `- The error's \`code\` is an \`ErrorCode\`: \`Known(${rest})\`, or \`Unknown(String)\` for a code this`,
    "  catalog does not know yet, so such a response still decodes.",
  ]);
}

export async function emitRust(catalog: Catalog): Promise<Record<string, string>> {
  const files: Record<string, string> = {
    "rust/Cargo.toml": cargoToml(),
    "rust/README.md": readme(catalog),
    "rust/src/lib.rs": libRs(catalog),
    "rust/src/api.rs": await apiModule(catalog),
    "rust/src/catalog.rs": await catalogModule(catalog),
  };
  for (const family of catalog.families) files[`rust/src/${snake(family.name)}.rs`] = enumModule(catalog, family);
  return files;
}
