// Module retry: "should I retry?" in Rust. retry_policy.rs holds the catalog's policy as constants;
// retry.rs is advise_retry, the same decision as the TypeScript adviseRetry (src/retry.ts), so that the
// shared vectors in test/vectors/decisions.json give byte-identical answers. Standard library only:
// the HTTP dates and numbers are read by hand rather than with a regex crate.
import type { Model } from "../../../catalog/model.js";
import { file, quote } from "../shared/common.js";
import { FAILING_STRATEGIES, decisionPolicy } from "../../../catalog/decision-policy.js";
import { moduleDoc, rust } from "./profile.js";

const header = rust.header("scripts/emit/languages/rust/retry.ts");

/** An f64 literal: Rust wants the point. */
const f64 = (n: number) => (Number.isInteger(n) ? `${n}.0` : String(n));

export function retryPolicyModule(model: Model): string {
  const p = decisionPolicy(model);
  return file([
    header,
    "",
    moduleDoc([`The ${model.restFamily.name} retry policy as constants, for [\`crate::retry::advise_retry\`]. Times are`, "f64 milliseconds, as JavaScript computes them, so that every rounding matches adviseRetry's."]),
    "",
    `pub(crate) const INITIAL_DELAY_MS: f64 = ${f64(p.initialDelayMs)};`,
    `pub(crate) const MULTIPLIER: f64 = ${f64(p.multiplier)};`,
    `pub(crate) const JITTER_MIN_MS: f64 = ${f64(p.jitterMinMs)};`,
    `pub(crate) const JITTER_MAX_MS: f64 = ${f64(p.jitterMaxMs)};`,
    `pub(crate) const MAX_RETRIES: u32 = ${p.maxRetries};`,
    `pub(crate) const MAX_DELAY_MS: f64 = ${f64(p.maxDelayMs)};`,
    `pub(crate) const RETRY_AFTER_HEADER: &str = ${quote(p.retryAfterHeader)};`,
    `pub(crate) const RESET_HEADER: &str = ${quote(p.resetHeader)};`,
    "/// The longest wait a client honours; a server asking for more is told no.",
    `pub(crate) const MAX_WAIT_MS: f64 = ${f64(p.maxWaitMs)};`,
    "/// A reset value from here up is Unix milliseconds, not seconds (None: always seconds).",
    `pub(crate) const RESET_MILLISECONDS_FROM: Option<f64> = ${p.resetMillisecondsFrom === undefined ? "None" : `Some(${f64(p.resetMillisecondsFrom)})`};`,
    "/// A known code under another status takes the more cautious of the two answers.",
    `pub(crate) const MOST_CAUTIOUS: bool = ${p.mostCautious};`,
    "/// Strategies under which nothing a client does at the HTTP level helps.",
    `pub(crate) const FAILING_STRATEGIES: &[&str] = &[${FAILING_STRATEGIES.map(quote).join(", ")}];`,
    "",
    "/// Each status's strategy, from its entry in the http-status family.",
    "pub(crate) const STATUS_STRATEGY: &[(u16, &str)] = &[",
    ...p.statuses.map((s) => `    (${s.status}, ${quote(s.strategy)}),`),
    "];",
    "",
    "/// A REST code's own advice: its strategy, its documented status, and why it fails (for a detail).",
    "pub(crate) struct CodeAdvice {",
    "    pub(crate) code: &'static str,",
    "    pub(crate) strategy: &'static str,",
    "    pub(crate) http_status: Option<u16>,",
    "    pub(crate) reason: &'static str,",
    "}",
    "",
    "pub(crate) const CODE_ADVICE: &[CodeAdvice] = &[",
    ...p.codes.flatMap((c) => [
      "    CodeAdvice {",
      `        code: ${quote(c.wire)},`,
      `        strategy: ${quote(c.strategy)},`,
      `        http_status: ${c.httpStatus === undefined ? "None" : `Some(${c.httpStatus})`},`,
      `        reason: ${quote(c.reason)},`,
      "    },",
    ]),
    "];",
  ]);
}

export function retryModule(): string {
  return file([header, "", RETRY_SOURCE]);
}

const RETRY_SOURCE = String.raw`//! Should I retry? [${"`"}advise_retry${"`"}] answers for a failed OrbVPN API response, as the TypeScript
//! adviseRetry does: retry after a delay, refresh the token, or fail with a reason.
//!
//! It never panics: a body that is not the envelope, a malformed header or a broken random source
//! each read as "nothing usable", and the decision falls back to the status's rule.

use std::collections::hash_map::RandomState;
use std::fmt;
use std::hash::{BuildHasher, Hasher};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::api::error_code_of;
use crate::retry_policy as policy;

/// What set a retry's delay.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Basis {
    /// The policy's exponential backoff.
    Backoff,
    /// The server's Retry-After header.
    RetryAfter,
    /// The server's X-RateLimit-Reset header.
    RateLimitReset,
}

impl Basis {
    /// As the decision vectors and the TypeScript spell it: "retry-after".
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Backoff => "backoff",
            Self::RetryAfter => "retry-after",
            Self::RateLimitReset => "rate-limit-reset",
        }
    }
}

/// Why a decision is to fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FailReason {
    /// The status is a success.
    NotAnError,
    /// Neither the code nor the status can be helped by a retry (or the policy does not list the status).
    NotRetryable,
    /// The policy's retries are used up.
    AttemptsExhausted,
    /// The token was refreshed already and the server still says it expired: re-authenticate.
    RefreshAlreadyTried,
    /// The server asks for a longer wait than the policy's ceiling.
    WaitTooLong,
    /// The attempt number is not a whole number from 1.
    InvalidAttempt,
}

impl FailReason {
    /// As the decision vectors and the TypeScript spell it: "wait-too-long".
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::NotAnError => "not-an-error",
            Self::NotRetryable => "not-retryable",
            Self::AttemptsExhausted => "attempts-exhausted",
            Self::RefreshAlreadyTried => "refresh-already-tried",
            Self::WaitTooLong => "wait-too-long",
            Self::InvalidAttempt => "invalid-attempt",
        }
    }
}

impl fmt::Display for FailReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What to do about a response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RetryDecision {
    /// Send the request again after ${"`"}delay_ms${"`"}.
    Retry { delay_ms: u64, basis: Basis },
    /// Refresh the access token, then send the original request once more.
    RefreshToken,
    /// Stop; ${"`"}detail${"`"} says why, for logs.
    Fail { reason: FailReason, detail: String },
}

/// [${"`"}advise_retry${"`"}]'s optional inputs.
#[derive(Default)]
pub struct AdviseOptions<'a> {
    /// True once the token has been refreshed for this request: a second TOKEN_EXPIRED then fails.
    pub token_refreshed: bool,
    /// The current time in Unix milliseconds; None: the system clock.
    pub now_ms: Option<f64>,
    /// A number in [0, 1) for the jitter; None: a random one. Tests pin it.
    pub random: Option<&'a dyn Fn() -> f64>,
}

fn fail(reason: FailReason, detail: String) -> RetryDecision {
    RetryDecision::Fail { reason, detail }
}

/// A random number in [0, 1) from the standard library's randomly keyed hasher: enough for jitter.
fn system_random() -> f64 {
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u64(SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos() as u64));
    (hasher.finish() >> 11) as f64 / (1u64 << 53) as f64
}

/// The random source's number clamped to [0, 1]; a panic or NaN reads as 0.
fn unit(random: &dyn Fn() -> f64) -> f64 {
    match catch_unwind(AssertUnwindSafe(random)) {
        Ok(x) if x > 0.0 => x.min(1.0),
        _ => 0.0,
    }
}

/// JavaScript's Math.round: halves go up.
fn round_half_up(x: f64) -> f64 {
    let floor = x.floor();
    if x - floor >= 0.5 {
        floor + 1.0
    } else {
        floor
    }
}

/// The backoff before retry ${"`"}attempt${"`"} (1-based), jitter included; None past the last retry.
pub fn retry_delay_ms(attempt: u32, random: &dyn Fn() -> f64) -> Option<u64> {
    if attempt < 1 || attempt > policy::MAX_RETRIES {
        return None;
    }
    let base = policy::INITIAL_DELAY_MS * policy::MULTIPLIER.powi(attempt as i32 - 1);
    let jitter = policy::JITTER_MIN_MS + unit(random) * (policy::JITTER_MAX_MS - policy::JITTER_MIN_MS);
    Some(round_half_up(base + jitter).min(policy::MAX_DELAY_MS) as u64)
}

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// Reads text from the start of a string, piece by piece, as a regex anchored at the start would.
struct Scanner<'a> {
    text: &'a [u8],
    at: usize,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str) -> Self {
        Self { text: text.as_bytes(), at: 0 }
    }

    fn literal(&mut self, expected: &str) -> Option<()> {
        let end = self.at + expected.len();
        (self.text.get(self.at..end)? == expected.as_bytes()).then(|| self.at = end)
    }

    fn one_of(&mut self, names: &[&str]) -> Option<usize> {
        let index = names.iter().position(|n| self.text[self.at..].starts_with(n.as_bytes()))?;
        self.at += names[index].len();
        Some(index)
    }

    /// Exactly ${"`"}count${"`"} ASCII digits.
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

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The year of a day since 1970-01-01 (the inverse of days_from_civil, year only).
fn year_of_day(days: i64) -> i64 {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    yoe + era * 400 + i64::from(mp >= 10)
}

fn epoch_ms(year: i64, month: usize, day: i64, (hour, minute, second): (i64, i64, i64)) -> Option<f64> {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = if month == 1 && leap { 29 } else { [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month] };
    // RFC 9110 allows second 60 for a leap second.
    if day < 1 || day > days || hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let days = days_from_civil(year, month as i64 + 1, day);
    Some((((days * 24 + hour) * 60 + minute) * 60_000 + second * 1000) as f64)
}

/// An HTTP-date (RFC 9110 §5.6.7, strictly) at the start of text: None when no form matches, else
/// the time in ms (None for an impossible date such as Feb 30) and the length it used.
fn http_date_prefix(text: &str, now_ms: f64) -> Option<(Option<f64>, usize)> {
    let imf = || {
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
        // A two-digit year more than 50 years ahead is the most recent past year with those digits.
        let current = if now_ms.is_finite() { year_of_day((now_ms / 86_400_000.0).floor() as i64) } else { 1970 };
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
        let day = if s.literal(" ").is_some() { s.digits(1)? } else { s.digits(2)? };
        s.literal(" ")?;
        let clock = s.clock()?;
        s.literal(" ")?;
        let year = s.digits(4)?;
        Some((epoch_ms(year, month, day, clock), s.at))
    };
    imf().or_else(rfc850).or_else(asctime)
}

/// An HTTP-date in any of its three forms, and nothing else, in Unix ms.
pub fn parse_http_date(text: &str, now_ms: f64) -> Option<f64> {
    let trimmed = text.trim();
    match http_date_prefix(trimmed, now_ms) {
        Some((ms, length)) if length == trimmed.len() => ms,
        _ => None,
    }
}

/// A header's value in any case of its name, repeats joined with ", " as a fetch Headers object joins them.
fn header_value(headers: &[(String, String)], name: &str) -> Option<String> {
    let values: Vec<&str> = headers.iter().filter(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.trim_matches([' ', '\t', '\r', '\n'])).collect();
    (!values.is_empty()).then(|| values.join(", "))
}

/// After a list element: optional spaces or tabs, then a comma or the end.
fn at_list_end(rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', '\t']);
    rest.is_empty() || rest.starts_with(',')
}

/// Retry-After (RFC 9110 §10.2.3) in ms from now: delay-seconds or an HTTP-date; of a comma-joined
/// repeat, the first.
fn retry_after_ms(value: &str, now_ms: f64) -> Option<f64> {
    let digits = value.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && at_list_end(&value[digits..]) {
        // As JavaScript's Number reads digits: too many for an f64 is infinity.
        return value[..digits].parse::<f64>().ok().map(|seconds| seconds * 1000.0);
    }
    // IMF-fixdate has a comma after the day name, so the first element is found by parsing, not splitting.
    match http_date_prefix(value, now_ms) {
        Some((Some(ms), length)) if at_list_end(&value[length..]) => Some(ms - now_ms),
        _ => None,
    }
}

/// X-RateLimit-Reset as a Unix time in ms: seconds, or milliseconds from the policy's threshold up.
fn reset_at_ms(value: &str) -> Option<f64> {
    let (whole, fraction) = value.split_once('.').unwrap_or((value, "1"));
    let is_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !is_digits(whole) || !is_digits(fraction) {
        return None;
    }
    let n: f64 = value.parse().ok()?;
    Some(match policy::RESET_MILLISECONDS_FROM {
        Some(from) if n >= from => n,
        _ => n * 1000.0,
    })
}

fn rate_limit_wait(headers: &[(String, String)], now_ms: f64) -> Option<(f64, Basis)> {
    let mut waits: Vec<(f64, Basis)> = Vec::new();
    if let Some(value) = header_value(headers, policy::RETRY_AFTER_HEADER) {
        let value = value.trim();
        if let Some(ms) = retry_after_ms(value, now_ms).filter(|ms| value != "" && ms.is_finite() && *ms > 0.0) {
            waits.push((ms, Basis::RetryAfter));
        }
    }
    if let Some(value) = header_value(headers, policy::RESET_HEADER) {
        let first = value.split(',').next().unwrap_or("").trim();
        if let Some(ms) = reset_at_ms(first).map(|at| at - now_ms).filter(|ms| ms.is_finite() && *ms > 0.0) {
            waits.push((ms, Basis::RateLimitReset));
        }
    }
    // A reset in the past says nothing; of two usable answers the later one is the safe one (ties: Retry-After).
    waits.into_iter().fold(None, |best, w| match best {
        Some(b) if b.0 >= w.0 => Some(b),
        _ => Some(w),
    })
}

/// The envelope's error code, or None when the body is not a failure envelope.
fn code_of(body: Option<&str>) -> Option<String> {
    error_code_of(body?)
}

/// What to do about the response to the ${"`"}attempt${"`"}-th send of a request (1-based): its status,
/// headers (name/value pairs, names in any case) and body (None: none).
///
/// A code's own advice in the catalog wins over its status's rule; a known code under another status
/// gets the more cautious of the two. On a rate-limit status, Retry-After or X-RateLimit-Reset sets the
/// wait, up to the policy's ceiling.
pub fn advise_retry<I, K, V>(status: u16, headers: I, body: Option<&str>, attempt: u32, options: &AdviseOptions<'_>) -> RetryDecision
where
    I: IntoIterator<Item = (K, V)>,
    K: AsRef<str>,
    V: AsRef<str>,
{
    if attempt < 1 {
        return fail(FailReason::InvalidAttempt, format!("attempt must be a whole number from 1, not {attempt}"));
    }
    if (200..300).contains(&status) {
        return fail(FailReason::NotAnError, format!("status {status} is a success"));
    }
    let now_ms = options.now_ms.filter(|n| n.is_finite()).unwrap_or_else(|| SystemTime::now().duration_since(UNIX_EPOCH).map_or(0.0, |d| d.as_millis() as f64));
    let random: &dyn Fn() -> f64 = options.random.unwrap_or(&system_random);

    let code = code_of(body);
    let known = code.as_deref().and_then(|c| policy::CODE_ADVICE.iter().find(|a| a.code == c));
    let by_status = policy::STATUS_STRATEGY.iter().find(|(s, _)| *s == status).map(|(_, strategy)| *strategy);
    let (strategy, subject, reason) = match (known, &code) {
        (Some(k), _) if k.http_status == Some(status) => (Some(k.strategy), format!("{} ({status})", k.code), Some(k.reason.to_owned())),
        (Some(k), _) => {
            // The server contradicts itself (a no-retry code on a retryable status): the more cautious wins.
            let documented = k.http_status.map_or("without a status".to_owned(), |s| s.to_string());
            let subject = format!("{} ({status}, documented {documented})", k.code);
            if policy::MOST_CAUTIOUS && policy::FAILING_STRATEGIES.contains(&k.strategy) {
                (Some(k.strategy), subject, Some(format!("{} (code and status disagree; the more cautious wins)", k.reason)))
            } else {
                (by_status, subject, None)
            }
        }
        (None, Some(c)) => (by_status, format!("unknown code {c} ({status})"), None),
        (None, None) => (by_status, format!("status {status}"), None),
    };

    let Some(strategy) = strategy else {
        return fail(FailReason::NotRetryable, format!("{subject}: the retry policy does not list status {status}"));
    };
    if policy::FAILING_STRATEGIES.contains(&strategy) {
        let reason = reason.unwrap_or_else(|| "the policy says it will not resolve with retries".to_owned());
        return fail(FailReason::NotRetryable, format!("{subject}: {reason}"));
    }
    if strategy == "refresh-credentials" {
        if options.token_refreshed {
            return fail(FailReason::RefreshAlreadyTried, format!("{subject} again after a token refresh: re-authenticate"));
        }
        return RetryDecision::RefreshToken;
    }

    let Some(backoff) = retry_delay_ms(attempt, random) else {
        return fail(FailReason::AttemptsExhausted, format!("{subject}: {} retries already made", policy::MAX_RETRIES));
    };
    if strategy == "wait-for-window" {
        let headers: Vec<(String, String)> = headers.into_iter().map(|(k, v)| (k.as_ref().to_owned(), v.as_ref().to_owned())).collect();
        if let Some((wait_ms, basis)) = rate_limit_wait(&headers, now_ms) {
            if wait_ms > policy::MAX_WAIT_MS {
                let asked = (wait_ms / 1000.0).ceil();
                return fail(FailReason::WaitTooLong, format!("{subject}: the server asks for {asked} s, over the {} s a client waits", policy::MAX_WAIT_MS / 1000.0));
            }
            let delay_ms = (wait_ms + unit(random) * policy::JITTER_MAX_MS).ceil() as u64;
            return RetryDecision::Retry { delay_ms, basis };
        }
    }
    RetryDecision::Retry { delay_ms: backoff, basis: Basis::Backoff }
}
`;
