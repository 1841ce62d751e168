// Copied from runtime/rust/src/lookup.rs by npm run build: edit that file, not this copy.
//! Run-time lookups: what the catalog says about each code, and the code a key names.
//!
//! Each family's enum (generated) holds its codes' facts in a static table of [`CodeFacts`] and every key
//! its lookups accept in a static table of [`KeyEntry`], the catalog's priority already applied (an
//! identifier wins over an alias, an alias over an older wire name). The methods on the enum read those
//! tables through the functions here. Nothing allocates, nothing panics, and an unknown key is `None`.

use std::fmt;

/// Everything the catalog says about one code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct CodeFacts {
    /// The vendor's identifier, verbatim: what the wire, logs and the vendor's documents call the code.
    pub identifier: &'static str,
    /// A short human label, where the catalog gives one.
    pub label: Option<&'static str>,
    /// The catalog's group: `authentication`, `wireguard-personal-bridge`, ...
    pub group: &'static str,
    /// The group's title.
    pub group_title: &'static str,
    /// What the code means.
    pub description: &'static str,
    /// The HTTP status the code is documented under, for a REST code.
    pub http_status: Option<u16>,
    /// True when a retry, after the step the retry advice names, can succeed.
    pub retryable: bool,
    /// What to do about it, and on what evidence.
    pub retry_advice: RetryAdvice,
    /// What a client should do, where the catalog says.
    pub action: Option<Action>,
    /// `stable`, `experimental`, ... as the catalog states it.
    pub stability: &'static str,
    /// Why and since when the code is deprecated, for a deprecated one.
    pub deprecation: Option<Deprecation>,
}

/// A code's retry advice. The words are the catalog's: `strategy` is one of the retry policy's strategies
/// (`backoff`, `refresh-credentials`, `reconnect-tunnel`, ...), `basis` is `documented` or `inferred`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct RetryAdvice {
    pub strategy: &'static str,
    pub basis: &'static str,
    /// Why this advice.
    pub note: &'static str,
    /// Why the code's advice departs from its HTTP status's rule, where it does.
    pub status_override: Option<&'static str>,
}

/// What a client should do about a code, and whether the source documents it (`documented`) or the
/// catalog infers it (`inferred`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Action {
    pub text: &'static str,
    pub basis: &'static str,
}

/// Why a code is deprecated (`renamed` or `obsoleted`), what replaces it, since when, and a note.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Deprecation {
    pub reason: &'static str,
    pub replacement: Option<&'static str>,
    pub since: Option<&'static str>,
    pub note: &'static str,
}

/// What a lookup is given: an integer value (1234), or text: a decimal value as a log line writes it
/// (`"1234"`), an identifier, an alias or an older wire name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Key<'a> {
    Integer(i64),
    Text(&'a str),
}

impl From<i64> for Key<'_> {
    fn from(value: i64) -> Self {
        Self::Integer(value)
    }
}

impl From<i32> for Key<'_> {
    fn from(value: i32) -> Self {
        Self::Integer(value.into())
    }
}

impl From<u16> for Key<'_> {
    fn from(value: u16) -> Self {
        Self::Integer(value.into())
    }
}

impl From<u32> for Key<'_> {
    fn from(value: u32) -> Self {
        Self::Integer(value.into())
    }
}

impl<'a> From<&'a str> for Key<'a> {
    fn from(text: &'a str) -> Self {
        Self::Text(text)
    }
}

impl<'a> From<&'a String> for Key<'a> {
    fn from(text: &'a String) -> Self {
        Self::Text(text)
    }
}

impl fmt::Display for Key<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Integer(value) => write!(f, "{value}"),
            Self::Text(text) => f.write_str(text),
        }
    }
}

/// How a key named the code it found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MatchedBy {
    /// The code's value, or its decimal text.
    Value,
    /// The code's identifier.
    Name,
    /// One of the code's aliases: show the identifier, not the key.
    Alias,
    /// A name the code had in an older version of the wire format.
    LegacyName,
}

impl MatchedBy {
    /// The catalog's word: `value`, `name`, `alias`, `legacyName`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Value => "value",
            Self::Name => "name",
            Self::Alias => "alias",
            Self::LegacyName => "legacyName",
        }
    }
}

impl fmt::Display for MatchedBy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A code a lookup found, and how the key named it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Match<M> {
    pub member: M,
    pub matched_by: MatchedBy,
}

/// One key a family's lookups accept: the key, the index of the code it finds in the family's `ALL`,
/// and how it names that code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyEntry {
    pub key: Key<'static>,
    pub index: usize,
    pub matched_by: MatchedBy,
}

/// The member a key names in a family, with how it named it; None for a key the family does not have.
pub fn find<M: Copy>(all: &[M], keys: &[KeyEntry], key: Key<'_>) -> Option<Match<M>> {
    let entry = keys.iter().find(|entry| entry.key == key)?;
    Some(Match {
        member: *all.get(entry.index)?,
        matched_by: entry.matched_by,
    })
}

/// The member with this identifier, alias or older wire name (not a value's decimal text).
pub fn find_name<M: Copy>(all: &[M], keys: &[KeyEntry], name: &str) -> Option<M> {
    find(all, keys, Key::Text(name))
        .filter(|found| found.matched_by != MatchedBy::Value)
        .map(|found| found.member)
}

#[cfg(test)]
mod tests;
