//! HTTP-dates (RFC 9110 §5.6.7) in their three forms, strictly, as the policy's wait header may carry
//! them (runtime/SPEC.md §4). The standard library has no date parser, so the forms are read by hand.

use super::headers::trim_ows;

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MS_PER_DAY: f64 = 86_400_000.0;

/// Reads text from the start of a string, piece by piece; each piece either matches and moves on, or
/// gives None.
struct Scanner<'a> {
    text: &'a [u8],
    at: usize,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            text: text.as_bytes(),
            at: 0,
        }
    }

    fn literal(&mut self, expected: &str) -> Option<()> {
        let end = self.at + expected.len();
        (self.text.get(self.at..end)? == expected.as_bytes()).then(|| self.at = end)
    }

    fn one_of(&mut self, names: &[&str]) -> Option<usize> {
        let rest = self.text.get(self.at..)?;
        let index = names.iter().position(|n| rest.starts_with(n.as_bytes()))?;
        self.at += names[index].len();
        Some(index)
    }

    /// Exactly `count` ASCII digits.
    fn digits(&mut self, count: usize) -> Option<i64> {
        let piece = self.text.get(self.at..self.at + count)?;
        if !piece.iter().all(u8::is_ascii_digit) {
            return None;
        }
        self.at += count;
        Some(piece.iter().fold(0, |n, d| n * 10 + i64::from(d - b'0')))
    }

    /// HH:MM:SS
    fn clock(&mut self) -> Option<(i64, i64, i64)> {
        let hour = self.digits(2)?;
        self.literal(":")?;
        let minute = self.digits(2)?;
        self.literal(":")?;
        Some((hour, minute, self.digits(2)?))
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The year of a day since 1970-01-01 (`days_from_civil`'s inverse, the year only).
fn year_of_day(days: i64) -> i64 {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    yoe + era * 400 + i64::from(mp >= 10)
}

/// A date's Unix time in ms; None for a date or time that does not exist (Feb 30, 24:00:00).
fn epoch_ms(
    year: i64,
    month: usize,
    day: i64,
    (hour, minute, second): (i64, i64, i64),
) -> Option<f64> {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days_in_month = match month {
        1 if leap => 29,
        1 => 28,
        3 | 5 | 8 | 10 => 30,
        _ => 31,
    };
    // RFC 9110 allows second 60, a leap second.
    if day < 1 || day > days_in_month || hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let days = days_from_civil(year, month as i64 + 1, day);
    Some((((days * 24 + hour) * 60 + minute) * 60_000 + second * 1000) as f64)
}

/// An HTTP-date at the start of text: None when no form matches, else the time in ms (None for an
/// impossible date such as Feb 30) and the length the date took.
pub(super) fn http_date_prefix(text: &str, now_ms: f64) -> Option<(Option<f64>, usize)> {
    let imf_fixdate = || {
        let mut s = Scanner::new(text);
        s.one_of(&DAYS)?;
        s.literal(", ")?;
        let day = s.digits(2)?;
        s.literal(" ")?;
        let month = s.one_of(&MONTHS)?;
        s.literal(" ")?;
        let year = s.digits(4)?;
        s.literal(" ")?;
        let clock = s.clock()?;
        s.literal(" GMT")?;
        Some((epoch_ms(year, month, day, clock), s.at))
    };
    let rfc850 = || {
        let mut s = Scanner::new(text);
        s.one_of(&WEEKDAYS)?;
        s.literal(", ")?;
        let day = s.digits(2)?;
        s.literal("-")?;
        let month = s.one_of(&MONTHS)?;
        s.literal("-")?;
        let yy = s.digits(2)?;
        s.literal(" ")?;
        let clock = s.clock()?;
        s.literal(" GMT")?;
        // A two-digit year more than 50 years ahead is the most recent past year with those digits
        // (RFC 9110 §5.6.7).
        let current = if now_ms.is_finite() {
            year_of_day((now_ms / MS_PER_DAY).floor() as i64)
        } else {
            1970
        };
        let mut year = current.div_euclid(100) * 100 + yy;
        if year > current + 50 {
            year -= 100;
        }
        Some((epoch_ms(year, month, day, clock), s.at))
    };
    let asctime = || {
        let mut s = Scanner::new(text);
        s.one_of(&DAYS)?;
        s.literal(" ")?;
        let month = s.one_of(&MONTHS)?;
        s.literal(" ")?;
        let day = if s.literal(" ").is_some() {
            s.digits(1)?
        } else {
            s.digits(2)?
        };
        s.literal(" ")?;
        let clock = s.clock()?;
        s.literal(" ")?;
        let year = s.digits(4)?;
        Some((epoch_ms(year, month, day, clock), s.at))
    };
    imf_fixdate().or_else(rfc850).or_else(asctime)
}

/// An HTTP-date in any of its three forms, and nothing else but optional whitespace around it, as a
/// Unix time in ms. `now_ms` places an RFC 850 date's two-digit year.
#[must_use]
pub fn parse_http_date(text: &str, now_ms: f64) -> Option<f64> {
    let trimmed = trim_ows(text);
    match http_date_prefix(trimmed, now_ms) {
        Some((ms, length)) if length == trimmed.len() => ms,
        _ => None,
    }
}
