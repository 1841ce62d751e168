// One module per family: an enum with explicit discriminants, lookups, TryFrom/FromStr, Display and
// hand-written serde impls (integer families travel as integers, name families as strings).
import type { Model, ResolvedFamily } from "../../../catalog/model.js";
import { deprecationText, extraLookupNames, familyDoc, file, isIntegerFamily, memberDoc, membersIn, paragraphs, quote } from "../shared/common.js";
import { errorCodeType, openIntegerType } from "./envelope.js";
import { doc, moduleDoc, rust } from "./profile.js";

const header = rust.header("scripts/emit/languages/rust/enum.ts");

export function enumModule(model: Model, family: ResolvedFamily): string {
  const integer = isIntegerFamily(family);
  const name = family.name;
  const isRest = family === model.restFamily;
  const list = membersIn(family, rust);
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
    const deprecated = deprecationText(m.code);
    if (deprecated !== undefined) lines.push(`    #[deprecated(note = ${quote(deprecated)})]`);
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
  else if (integer) lines.push(...openIntegerType(name));
  return file(lines);
}

