//! Reading a body as JSON, every JSON text of RFC 8259 included (runtime/SPEC.md §8).
//!
//! serde_json refuses some valid JSON: nesting deeper than 128, a number beyond f64 (`1e400`, a 1,001-digit
//! integer) and a lone surrogate escape (`"\ud83d"`, a message cut inside an emoji). The features that
//! lift those limits (`arbitrary_precision`, `unbounded_depth`) are crate-wide: through Cargo's feature
//! unification they would change serde_json for every crate of a user's build. So the envelope is read
//! here, by hand, without recursion for what it skips:
//!
//! - the members the envelope does not use, at any level, are checked as JSON and dropped, whatever their
//!   depth or size; the core (`success`, `error.code`, `error.message`) is built, so the code is never lost;
//! - `data` and `error.details` are built as serde_json values when the caller asks for them, up to
//!   [`MAX_KEPT_DEPTH`] levels: a `serde_json::Value` is dropped, cloned and compared by recursion, so a
//!   deeper one could overflow the stack;
//! - a number is read as the nearest f64, an integer that fits in i64 or u64 exactly; one beyond f64
//!   (infinity) becomes `null`, as `JSON.stringify` writes it, and, as infinity does, fails every type check;
//! - a lone surrogate escape becomes U+FFFD: a Rust `String` is UTF-8 and cannot hold one (this is what
//!   `String::from_utf16_lossy` does);
//! - of two members with one name, the last counts.

use serde_json::{Map, Number, Value};

/// The deepest a built `data` or `details` value may nest (the object or array holding it counts as 1).
pub const MAX_KEPT_DEPTH: usize = 512;

/// The longest body read, in UTF-16 code units: 1 MiB (runtime/SPEC.md §8).
pub const MAX_BODY_LENGTH: usize = 1_048_576;

/// Why a body gives no envelope object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ReadError {
    /// Not a JSON text.
    NotJson,
    /// Longer than [`MAX_BODY_LENGTH`].
    TooLarge,
    /// `data` or `details` nest deeper than [`MAX_KEPT_DEPTH`].
    TooDeep,
}

/// Which members of an object are built; the others are read as JSON and dropped.
#[derive(Debug, Clone, Copy)]
enum Keep {
    /// Every member.
    All,
    /// The envelope's top level: `success`, `error`, and `data` when `values` is set.
    Top { values: bool },
    /// The error object: `code`, `message`, and `details` when `values` is set.
    Error { values: bool },
}

/// What becomes of one member.
enum Member {
    Build(Keep),
    /// Checked and dropped, but recorded as present (as `null`): a success needs `data` present.
    Mark,
    Skip,
}

impl Keep {
    fn member(self, name: &str) -> Member {
        match (self, name) {
            (Self::All, _) => Member::Build(Self::All),
            (Self::Top { .. }, "success") | (Self::Error { .. }, "code" | "message") => {
                Member::Build(Self::All)
            }
            (Self::Top { values }, "error") => Member::Build(Self::Error { values }),
            (Self::Top { values: true }, "data") | (Self::Error { values: true }, "details") => {
                Member::Build(Self::All)
            }
            (Self::Top { values: false }, "data") | (Self::Error { values: false }, "details") => {
                Member::Mark
            }
            _ => Member::Skip,
        }
    }
}

/// The body's top-level object with the envelope's members (None: JSON, but not an object). With
/// `values`, `data` and `error.details` are built too; without, they are only marked present.
pub(crate) fn read_envelope(
    text: &str,
    values: bool,
) -> Result<Option<Map<String, Value>>, ReadError> {
    // A UTF-16 length is never more than the UTF-8 one, so only a long body needs counting.
    if text.len() > MAX_BODY_LENGTH && text.encode_utf16().count() > MAX_BODY_LENGTH {
        return Err(ReadError::TooLarge);
    }
    let mut reader = Reader {
        text: text.as_bytes(),
        at: 0,
    };
    reader.whitespace();
    let top = if reader.peek() == Some(b'{') {
        match reader.object(Keep::Top { values }, 1)? {
            Value::Object(members) => Some(members),
            _ => None,
        }
    } else {
        reader.skip_value()?;
        None
    };
    reader.whitespace();
    if reader.at == reader.text.len() {
        Ok(top)
    } else {
        Err(ReadError::NotJson)
    }
}

struct Reader<'a> {
    text: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let byte = self.peek()?;
        self.at += 1;
        Some(byte)
    }

    fn expect(&mut self, byte: u8) -> Result<(), ReadError> {
        if self.next() == Some(byte) {
            Ok(())
        } else {
            Err(ReadError::NotJson)
        }
    }

    /// JSON's whitespace: SP, HTAB, LF and CR, nothing else.
    fn whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn literal(&mut self, word: &str) -> Result<(), ReadError> {
        if self.text[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(())
        } else {
            Err(ReadError::NotJson)
        }
    }

    /// One value, built; containers count towards `depth`.
    fn value(&mut self, keep: Keep, depth: usize) -> Result<Value, ReadError> {
        self.whitespace();
        match self.peek() {
            Some(b'{') => self.object(keep, depth + 1),
            Some(b'[') => self.array(depth + 1),
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.literal("true").map(|()| Value::Bool(true)),
            Some(b'f') => self.literal("false").map(|()| Value::Bool(false)),
            Some(b'n') => self.literal("null").map(|()| Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(ReadError::NotJson),
        }
    }

    fn object(&mut self, keep: Keep, depth: usize) -> Result<Value, ReadError> {
        if depth > MAX_KEPT_DEPTH {
            return Err(ReadError::TooDeep);
        }
        self.expect(b'{')?;
        let mut members = Map::new();
        self.whitespace();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Value::Object(members));
        }
        loop {
            self.whitespace();
            let name = self.string()?;
            self.whitespace();
            self.expect(b':')?;
            match keep.member(&name) {
                Member::Build(inner) => {
                    let value = self.value(inner, depth)?;
                    members.insert(name, value);
                }
                Member::Mark => {
                    self.skip_value()?;
                    members.insert(name, Value::Null);
                }
                Member::Skip => {
                    self.skip_value()?;
                }
            }
            self.whitespace();
            match self.next() {
                Some(b',') => {}
                Some(b'}') => return Ok(Value::Object(members)),
                _ => return Err(ReadError::NotJson),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, ReadError> {
        if depth > MAX_KEPT_DEPTH {
            return Err(ReadError::TooDeep);
        }
        self.expect(b'[')?;
        let mut items = Vec::new();
        self.whitespace();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.value(Keep::All, depth)?);
            self.whitespace();
            match self.next() {
                Some(b',') => {}
                Some(b']') => return Ok(Value::Array(items)),
                _ => return Err(ReadError::NotJson),
            }
        }
    }

    /// Checks one value of any depth without building it, with a stack of open containers on the heap
    /// (true: an object) rather than recursion.
    fn skip_value(&mut self) -> Result<(), ReadError> {
        let mut open: Vec<bool> = Vec::new();
        loop {
            self.whitespace();
            match self.peek() {
                Some(b'{') => {
                    self.at += 1;
                    self.whitespace();
                    if self.peek() == Some(b'}') {
                        self.at += 1;
                    } else {
                        open.push(true);
                        self.member_name()?;
                        continue;
                    }
                }
                Some(b'[') => {
                    self.at += 1;
                    self.whitespace();
                    if self.peek() == Some(b']') {
                        self.at += 1;
                    } else {
                        open.push(false);
                        continue;
                    }
                }
                Some(b'"') => self.skip_string()?,
                Some(b't') => self.literal("true")?,
                Some(b'f') => self.literal("false")?,
                Some(b'n') => self.literal("null")?,
                Some(b'-' | b'0'..=b'9') => {
                    self.number_text()?;
                }
                _ => return Err(ReadError::NotJson),
            }
            // A value is complete: close what it completes, up to the next value to read.
            loop {
                let Some(&in_object) = open.last() else {
                    return Ok(());
                };
                self.whitespace();
                match self.next() {
                    Some(b',') if in_object => {
                        self.member_name()?;
                        break;
                    }
                    Some(b',') => break,
                    Some(b'}') if in_object => {
                        open.pop();
                    }
                    Some(b']') if !in_object => {
                        open.pop();
                    }
                    _ => return Err(ReadError::NotJson),
                }
            }
        }
    }

    /// A member's name and its colon, unbuilt.
    fn member_name(&mut self) -> Result<(), ReadError> {
        self.whitespace();
        self.skip_string()?;
        self.whitespace();
        self.expect(b':')
    }

    /// The text of a number, checked against RFC 8259's grammar.
    fn number_text(&mut self) -> Result<&str, ReadError> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.next() {
            Some(b'0') => {}
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(ReadError::NotJson),
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            self.some_digits()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            self.some_digits()?;
        }
        // Only ASCII was read, so the slice is UTF-8.
        std::str::from_utf8(&self.text[start..self.at]).map_err(|_| ReadError::NotJson)
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
    }

    fn some_digits(&mut self) -> Result<(), ReadError> {
        let start = self.at;
        self.digits();
        if self.at > start {
            Ok(())
        } else {
            Err(ReadError::NotJson)
        }
    }

    /// A number: exact when it is an integer i64 or u64 holds, else the nearest f64 (Rust's parse
    /// rounds correctly, whatever the length); beyond f64, null.
    fn number(&mut self) -> Result<Value, ReadError> {
        let text = self.number_text()?;
        if let Ok(n) = text.parse::<i64>() {
            return Ok(Value::from(n));
        }
        if let Ok(n) = text.parse::<u64>() {
            return Ok(Value::from(n));
        }
        let n: f64 = text.parse().map_err(|_| ReadError::NotJson)?;
        Ok(Number::from_f64(n).map_or(Value::Null, Value::Number))
    }

    fn skip_string(&mut self) -> Result<(), ReadError> {
        self.expect(b'"')?;
        loop {
            match self.next() {
                Some(b'"') => return Ok(()),
                Some(b'\\') => {
                    if self.next() == Some(b'u') {
                        self.hex4()?;
                    } else {
                        self.at -= 1;
                        self.simple_escape()?;
                    }
                }
                Some(0x00..=0x1f) | None => return Err(ReadError::NotJson),
                Some(_) => {}
            }
        }
    }

    /// The character of a one-letter escape, the backslash already read.
    fn simple_escape(&mut self) -> Result<char, ReadError> {
        Ok(match self.next() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            _ => return Err(ReadError::NotJson),
        })
    }

    fn hex4(&mut self) -> Result<u16, ReadError> {
        let digits = self
            .text
            .get(self.at..self.at + 4)
            .ok_or(ReadError::NotJson)?;
        let mut unit = 0u16;
        for &d in digits {
            let nibble = char::from(d).to_digit(16).ok_or(ReadError::NotJson)?;
            unit = unit << 4 | u16::try_from(nibble).map_err(|_| ReadError::NotJson)?;
        }
        self.at += 4;
        Ok(unit)
    }

    /// A string, its escapes decoded; UTF-16 escapes pair up where they can, and a lone surrogate is U+FFFD.
    fn string(&mut self) -> Result<String, ReadError> {
        self.expect(b'"')?;
        let mut out = String::new();
        let mut units: Vec<u16> = Vec::new();
        loop {
            let start = self.at;
            while !matches!(self.peek(), Some(b'"' | b'\\' | 0x00..=0x1f) | None) {
                self.at += 1;
            }
            if self.at > start {
                flush(&mut units, &mut out);
                // The text is a &str and the run stops only at ASCII bytes, so it is whole characters.
                out.push_str(
                    std::str::from_utf8(&self.text[start..self.at])
                        .map_err(|_| ReadError::NotJson)?,
                );
            }
            match self.next() {
                Some(b'"') => {
                    flush(&mut units, &mut out);
                    return Ok(out);
                }
                Some(b'\\') if self.peek() == Some(b'u') => {
                    self.at += 1;
                    units.push(self.hex4()?);
                }
                Some(b'\\') => {
                    flush(&mut units, &mut out);
                    out.push(self.simple_escape()?);
                }
                _ => return Err(ReadError::NotJson),
            }
        }
    }
}

/// Decodes a run of `\u` escapes as UTF-16, pairing surrogates where they pair.
fn flush(units: &mut Vec<u16>, out: &mut String) {
    out.extend(
        char::decode_utf16(units.drain(..)).map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER)),
    );
}

#[cfg(test)]
mod tests;
