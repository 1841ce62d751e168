// One module per family: an enum of UpperCamelCase variants with explicit discriminants, the catalog's
// facts about each member and the family's lookup keys as static tables, TryFrom/FromStr, Display and
// hand-written serde impls (integer families travel as integers, name families as their identifiers).
// How a key is found is runtime code (runtime/rust/src/lookup.rs); this renders the catalog's part.
import type { Model, ResolvedCode, ResolvedFamily } from "../../../catalog/model.js";
import { deprecationText, familyDoc, file, isIntegerFamily, memberDoc, memberNaming, paragraphs, quote, type Member } from "../shared/common.js";
import { errorCodeType, openIntegerType } from "./envelope.js";
import { doc, moduleDoc, rust, rustOption, rustString, rustVariant } from "./profile.js";

const header = rust.header("scripts/emit/languages/rust/enum.ts");

const naming = memberNaming(rust.language, rustVariant, rust.reserved);

/** The family's members as Rust variants (TokenExpired for TOKEN_EXPIRED, TrafficLeak as it is); fails if two codes give one variant. */
export const rustMembers = naming.members;

/** The variant for one code, as README examples name it. */
export const rustIdent = naming.ident;

/** The member's docs: the catalog's paragraphs, and the vendor's spelling where the variant differs. */
function docOf(m: Member, family: ResolvedFamily): string[] {
  if (m.ident === m.code.name) return memberDoc(m.code);
  const wire = isIntegerFamily(family)
    ? `Wire value: \`${m.code.value}\`; the vendor's identifier is \`${m.code.name}\`, which \`as_str\`, \`from_name\` and \`lookup\` give and accept.`
    : `Wire value: \`${m.code.name}\`, which \`as_str\`, \`from_name\`, \`lookup\` and serde give and accept.`;
  return memberDoc(m.code, wire);
}

const KIND: Record<string, string> = { value: "Value", name: "Name", alias: "Alias", legacyName: "LegacyName" };

function facts(c: ResolvedCode): string[] {
  const r = c.retry;
  const s = rustString;
  return [
    "    CodeFacts {",
    `        identifier: ${s(c.name)},`,
    `        label: ${rustOption(c.label, s)},`,
    `        group: ${s(c.group)},`,
    `        group_title: ${s(c.derived.groupTitle)},`,
    `        description: ${s(c.description)},`,
    `        http_status: ${rustOption(c.httpStatus, String)},`,
    `        retryable: ${c.retryable},`,
    `        retry_advice: RetryAdvice { strategy: ${s(r.strategy)}, basis: ${s(r.basis)}, note: ${s(r.note)}, status_override: ${rustOption(r.override, s)} },`,
    `        action: ${rustOption(c.action, (a) => `Action { text: ${s(a.text)}, basis: ${s(a.basis)} }`)},`,
    `        stability: ${s(c.stability)},`,
    `        deprecation: ${rustOption(
      c.deprecated,
      (d) => `Deprecation { reason: ${s(d.reason)}, replacement: ${rustOption(d.replacement, s)}, since: ${rustOption(d.since, s)}, note: ${s(d.note)} }`,
    )},`,
    "    },",
  ];
}

export function enumModule(model: Model, family: ResolvedFamily): string {
  const integer = isIntegerFamily(family);
  const name = family.name;
  const isRest = family === model.restFamily;
  const list = rustMembers(family);
  const retryable = list.filter((m) => m.code.retryable).map((m) => `Self::${m.ident}`);
  const uses = ["Action", "CodeFacts", "Deprecation", "Key", "KeyEntry", "Match", "MatchedBy", "RetryAdvice"];
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
    `use crate::lookup::{self, ${uses.join(", ")}};`,
    "use crate::UnknownCode;",
    "",
    doc(
      paragraphs(
        [
          ...familyDoc(family),
          integer ? "Serializes as its integer value." : "Serializes as its identifier, which is its wire value.",
          "Each member answers what the catalog says about it: `description()`, `group()`, `http_status()`, `retry_advice()`, `action()`, `stability()`, `deprecation()`; `lookup` finds one by any key.",
        ],
        96,
      ),
    ),
    "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]",
    ...(integer ? ["#[repr(i64)]"] : []),
    "#[non_exhaustive]",
    `pub enum ${name} {`,
  ];
  list.forEach((m, i) => {
    if (i > 0) lines.push("");
    lines.push(doc(paragraphs(docOf(m, family), 92), "    "));
    const deprecated = deprecationText(m.code);
    if (deprecated !== undefined) lines.push(`    #[deprecated(note = ${rustString(deprecated)})]`);
    lines.push(`    ${m.ident}${integer ? ` = ${m.code.value}` : ""},`);
  });
  lines.push("}", "");

  const valueType = integer ? "i64" : "&str";
  const deprecatedAllow = list.some((m) => m.code.deprecated) ? ["#[allow(deprecated)]"] : [];
  const fact = (method: string, type: string, expression: string, text: string) => [`    /// ${text}`, `    pub fn ${method}(self) -> ${type} {`, `        ${expression}`, "    }", ""];
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
    `    /// The vendor's identifier, verbatim${integer ? "" : "; it is also the wire value"}.`,
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
    `    /// The member whose ${integer ? "value" : "identifier (its wire value)"} is \`code\`, or \`None\` for a code this catalog does not know.`,
    `    pub ${integer ? "const " : ""}fn from_code(code: ${valueType}) -> Option<Self> {`,
    "        match code {",
    ...list.map((m) => `            ${integer ? String(m.code.value) : quote(String(m.code.value))} => Some(Self::${m.ident}),`),
    "            _ => None,",
    "        }",
    "    }",
    "",
    "    /// The member with this identifier, alias or older wire name, or `None`.",
    "    pub fn from_name(name: &str) -> Option<Self> {",
    "        lookup::find_name(&Self::ALL, &KEYS, name)",
    "    }",
    "",
    `    /// The member any key names: ${integer ? 'its value (`8199` or `"8199"`), ' : ""}its identifier, an alias or an older wire`,
    "    /// name, with how the key named it; `None` for anything else.",
    "    pub fn lookup<'k>(key: impl Into<Key<'k>>) -> Option<Match<Self>> {",
    "        lookup::find(&Self::ALL, &KEYS, key.into())",
    "    }",
    "",
    "    /// Everything the catalog says about the member.",
    "    pub fn facts(self) -> &'static CodeFacts {",
    "        &FACTS[self.index()]",
    "    }",
    "",
    ...fact("description", "&'static str", "self.facts().description", "What the code means."),
    ...fact("group", "&'static str", "self.facts().group", "The catalog's group of the code."),
    ...fact("http_status", "Option<u16>", "self.facts().http_status", "The HTTP status the code is documented under, if any."),
    ...fact("retry_advice", "&'static RetryAdvice", "&self.facts().retry_advice", "The retry advice: strategy, basis (documented or inferred), note and any override."),
    ...fact("action", "Option<&'static Action>", "self.facts().action.as_ref()", "What a client should do, where the catalog says."),
    ...fact("stability", "&'static str", "self.facts().stability", "`stable` or `experimental`."),
    ...fact("deprecation", "Option<&'static Deprecation>", "self.facts().deprecation.as_ref()", "Why the code is deprecated and what replaces it, for a deprecated code."),
    "    /// The member's place in `ALL` and in the facts table.",
    "    const fn index(self) -> usize {",
    "        match self {",
    ...list.map((m, i) => `            Self::${m.ident} => ${i},`),
    "        }",
    "    }",
    "}",
    "",
    "/// Each member's facts, in `ALL`'s order.",
    `static FACTS: [CodeFacts; ${list.length}] = [`,
    ...list.flatMap((m) => facts(m.code)),
    "];",
    "",
    "/// Every key a lookup accepts, the catalog's priority applied: the key, the member's index, how it names it.",
    "/// The reconnect policy reads it too.",
    `pub(crate) static KEYS: [KeyEntry; ${family.derived.keys.length}] = [`,
    ...family.derived.keys.map(
      (k) => `    KeyEntry { key: ${typeof k.key === "number" ? `Key::Integer(${k.key})` : `Key::Text(${rustString(k.key)})`}, index: ${k.index}, matched_by: MatchedBy::${KIND[k.kind]} },`,
    ),
    "];",
    "",
  );

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
    "    /// Parses an identifier, alias or older wire name.",
    "    fn from_str(name: &str) -> Result<Self, UnknownCode> {",
    `        Self::from_name(name).ok_or_else(|| UnknownCode::new(${quote(name)}, name))`,
    "    }",
    "}",
    "",
    `impl fmt::Display for ${name} {`,
    "    /// The vendor's identifier.",
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
  if (integer && family.role === "http-status") lines.push(...statusConversions(name));
  if (isRest) lines.push(...errorCodeType(name));
  else if (integer) lines.push(...openIntegerType(name));
  return file(lines);
}

/** The status family against the http crate's StatusCode, behind the crate's http feature. */
function statusConversions(name: string): string[] {
  return [
    "",
    '#[cfg(feature = "http")]',
    `impl ${name} {`,
    "    /// The member for an `http::StatusCode`, or `None` for a status the catalog does not list.",
    "    pub fn from_status(status: http::StatusCode) -> Option<Self> {",
    "        Self::from_code(i64::from(status.as_u16()))",
    "    }",
    "}",
    "",
    '#[cfg(feature = "http")]',
    `impl PartialEq<http::StatusCode> for ${name} {`,
    "    fn eq(&self, status: &http::StatusCode) -> bool {",
    "        self.code() == i64::from(status.as_u16())",
    "    }",
    "}",
  ];
}
