//! Should I retry? [`RetryPolicy::advise`] answers for a failed response: retry after a delay, refresh
//! the access token, or fail with a reason.
//!
//! It never panics (runtime/SPEC.md §11): a body that is not the envelope, a malformed header or a
//! broken random source each read as "nothing usable", and the decision falls back to the status's rule.

mod headers;
mod http_date;

use std::collections::hash_map::RandomState;
use std::fmt;
use std::hash::{BuildHasher, Hasher};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::envelope::error_code_of;

pub use http_date::parse_http_date;

/// The strategy whose step is a token refresh (runtime/SPEC.md §7).
pub const REFRESH_CREDENTIALS: &str = "refresh-credentials";
/// The strategy whose wait the rate-limit headers may set (runtime/SPEC.md §7).
pub const WAIT_FOR_WINDOW: &str = "wait-for-window";

/// A retry policy: the backoff schedule, the rate-limit headers and ceiling, and each status's and each
/// error code's strategy, keyed by their wire values (runtime/SPEC.md §1). Times are milliseconds as
/// f64, so that every rounding happens where runtime/SPEC.md §2 puts it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RetryPolicy {
    /// The backoff before the first retry.
    pub initial_delay_ms: f64,
    /// Each further backoff is this many times the one before.
    pub multiplier: f64,
    /// The least jitter added to a backoff.
    pub jitter_min_ms: f64,
    /// The most jitter added to a backoff, and to a wait the rate-limit headers set.
    pub jitter_max_ms: f64,
    /// Retries after the first send; the attempt after the last one fails.
    pub max_retries: u32,
    /// No backoff, jitter included, is longer.
    pub max_delay_ms: f64,
    /// The header that gives a wait as delay-seconds or an HTTP-date (runtime/SPEC.md §4).
    pub retry_after_header: &'static str,
    /// The header that gives the rate-limit window's end as a Unix time (runtime/SPEC.md §5).
    pub reset_header: &'static str,
    /// The longest wait a client honours; a server asking for more is told no.
    pub max_wait_ms: f64,
    /// A reset value from here up is Unix milliseconds, not seconds (None: always seconds).
    pub reset_milliseconds_from: Option<f64>,
    /// A known code under another status takes the more cautious of the two answers.
    pub most_cautious: bool,
    /// Strategies under which nothing a client does at the HTTP level helps: the decision fails.
    pub failing_strategies: &'static [&'static str],
    /// Each status's strategy; a status not listed fails.
    pub statuses: &'static [StatusStrategy],
    /// Each error code's own advice, which wins over its status's strategy.
    pub codes: &'static [CodeAdvice],
}

/// A status and its strategy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatusStrategy {
    pub status: u16,
    pub strategy: &'static str,
}

/// An error code's own advice: its strategy, its documented status, and why it fails (for a detail).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CodeAdvice {
    /// The code as it arrives in the envelope's `error.code`.
    pub code: &'static str,
    pub strategy: &'static str,
    /// The status the code is documented under; the code under another status is a conflict.
    pub http_status: Option<u16>,
    pub reason: &'static str,
}

/// What set a retry's delay. New bases may come in minor releases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Basis {
    /// The policy's exponential backoff.
    Backoff,
    /// The policy's delay-seconds or HTTP-date header (runtime/SPEC.md §4).
    RetryAfter,
    /// The policy's rate-limit reset header (runtime/SPEC.md §5).
    RateLimitReset,
}

impl Basis {
    /// The word the decision vectors print: "retry-after".
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Backoff => "backoff",
            Self::RetryAfter => "retry-after",
            Self::RateLimitReset => "rate-limit-reset",
        }
    }
}

impl fmt::Display for Basis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a decision is to fail. New reasons may come in minor releases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FailReason {
    /// The status is a success.
    NotAnError,
    /// Neither the code nor the status can be helped by a retry (or the policy does not list the status).
    NotRetryable,
    /// The policy's retries are used up.
    AttemptsExhausted,
    /// The token was refreshed already and the server still asks for a refresh: re-authenticate.
    RefreshAlreadyTried,
    /// The server asks for a longer wait than the policy's ceiling.
    WaitTooLong,
    /// The attempt number is not a whole number from 1.
    InvalidAttempt,
}

impl FailReason {
    /// The word the decision vectors print: "wait-too-long".
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

/// What to do about a response. New kinds of answer may come in minor releases.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum RetryDecision {
    /// Send the request again after `delay` (whole milliseconds).
    Retry { delay: Duration, basis: Basis },
    /// Refresh the access token, then send the original request once more.
    RefreshToken,
    /// Stop; `detail` says why, for logs.
    Fail { reason: FailReason, detail: String },
}

impl RetryDecision {
    /// The delay of a retry; None for any other answer.
    pub const fn delay(&self) -> Option<Duration> {
        match self {
            Self::Retry { delay, .. } => Some(*delay),
            _ => None,
        }
    }
}

impl fmt::Display for RetryDecision {
    /// As the decision vectors print it: `retry 1250 backoff`, `refresh-token`, `fail wait-too-long`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Retry { delay, basis } => write!(f, "retry {} {basis}", delay.as_millis()),
            Self::RefreshToken => f.write_str("refresh-token"),
            Self::Fail { reason, .. } => write!(f, "fail {reason}"),
        }
    }
}

/// [`RetryPolicy::advise`]'s optional inputs, built from [`AdviseOptions::new`]: the token not yet
/// refreshed, the system clock and a random jitter.
///
/// `AdviseOptions::new().token_refreshed(true).now(SystemTime::now()).random(&source)`.
#[derive(Clone, Copy, Default)]
#[non_exhaustive]
pub struct AdviseOptions<'a> {
    /// True once the token has been refreshed for this request: a second call for a refresh then fails.
    pub token_refreshed: bool,
    /// The current time in Unix milliseconds; None: the system clock.
    pub now_ms: Option<f64>,
    /// A number in [0, 1) for the jitter; None: a random one. Tests pin it.
    pub random: Option<&'a dyn Fn() -> f64>,
}

impl fmt::Debug for AdviseOptions<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AdviseOptions")
            .field("token_refreshed", &self.token_refreshed)
            .field("now_ms", &self.now_ms)
            .field("random", &self.random.map(|_| "a function"))
            .finish()
    }
}

impl<'a> AdviseOptions<'a> {
    /// The defaults: no refresh yet, the system clock, a random jitter.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Whether the access token has already been refreshed for this request.
    #[must_use]
    pub const fn token_refreshed(mut self, refreshed: bool) -> Self {
        self.token_refreshed = refreshed;
        self
    }

    /// The clock's time for this decision (an HTTP-date or a reset is measured from it).
    #[must_use]
    pub fn now(mut self, now: SystemTime) -> Self {
        self.now_ms = Some(unix_ms(now));
        self
    }

    /// The clock's time in Unix milliseconds, as the decision vectors give it.
    #[must_use]
    pub fn now_ms(mut self, now_ms: f64) -> Self {
        self.now_ms = Some(now_ms);
        self
    }

    /// The random source for the jitter: a number in [0, 1) each call (runtime/SPEC.md §2).
    #[must_use]
    pub const fn random(mut self, random: &'a dyn Fn() -> f64) -> Self {
        self.random = Some(random);
        self
    }
}

fn fail(reason: FailReason, detail: String) -> RetryDecision {
    RetryDecision::Fail { reason, detail }
}

/// A random number in [0, 1) from the standard library's randomly keyed hasher: enough for jitter.
pub(crate) fn system_random() -> f64 {
    let mut hasher = RandomState::new().build_hasher();
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    hasher.write_u32(nanos);
    // The top 53 bits, as a fraction of 2^53: every value below 1.
    (hasher.finish() >> 11) as f64 / (1u64 << 53) as f64
}

/// The random source's number clamped to [0, 1]; a panic or NaN reads as 0 (runtime/SPEC.md §11).
pub(crate) fn unit(random: &dyn Fn() -> f64) -> f64 {
    match catch_unwind(AssertUnwindSafe(random)) {
        Ok(x) if x > 0.0 => x.min(1.0),
        _ => 0.0,
    }
}

/// To the nearest whole number, halves up (runtime/SPEC.md §2).
pub(crate) fn round_half_up(x: f64) -> f64 {
    let floor = x.floor();
    if x - floor >= 0.5 {
        floor + 1.0
    } else {
        floor
    }
}

/// A clock time as Unix milliseconds, negative before 1970, as the decision vectors give it.
pub(crate) fn unix_ms(time: SystemTime) -> f64 {
    match time.duration_since(UNIX_EPOCH) {
        Ok(after) => after.as_secs_f64() * 1000.0,
        Err(before) => -before.duration().as_secs_f64() * 1000.0,
    }
}

pub(crate) fn now_from_clock() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |d| d.as_millis() as f64)
}

impl RetryPolicy {
    /// The backoff before retry `attempt` (1-based), jitter included (runtime/SPEC.md §6); None past the
    /// last retry.
    #[must_use]
    pub fn retry_delay(&self, attempt: u32, random: &dyn Fn() -> f64) -> Option<Duration> {
        self.retry_delay_ms(attempt, random)
            .map(Duration::from_millis)
    }

    fn retry_delay_ms(&self, attempt: u32, random: &dyn Fn() -> f64) -> Option<u64> {
        if !(1..=self.max_retries).contains(&attempt) {
            return None;
        }
        let exponent = i32::try_from(attempt - 1).unwrap_or(i32::MAX);
        let base = self.initial_delay_ms * self.multiplier.powi(exponent);
        let jitter = self.jitter_min_ms + unit(random) * (self.jitter_max_ms - self.jitter_min_ms);
        // A float cast saturates: NaN is 0 and anything past u64's range its bound.
        Some(round_half_up(base + jitter).min(self.max_delay_ms) as u64)
    }

    /// A status's own strategy; None for a status the policy does not list.
    fn status_strategy(&self, status: u16) -> Option<&'static str> {
        self.statuses
            .iter()
            .find(|s| s.status == status)
            .map(|s| s.strategy)
    }

    fn fails(&self, strategy: &str) -> bool {
        self.failing_strategies.contains(&strategy)
    }

    /// What to do about the response to the `attempt`-th send of a request (1-based): its status,
    /// headers (name/value pairs, names in any case) and body (None: none).
    ///
    /// A code's own advice wins over its status's strategy; a known code under another status gets the
    /// more cautious of the two (runtime/SPEC.md §7). On a rate limit, the policy's headers set the wait,
    /// up to its ceiling (runtime/SPEC.md §4, §5).
    #[must_use]
    pub fn advise<I, K, V>(
        &self,
        status: u16,
        headers: I,
        body: Option<&str>,
        attempt: u32,
        options: &AdviseOptions<'_>,
    ) -> RetryDecision
    where
        I: IntoIterator<Item = (K, V)>,
        K: AsRef<str>,
        V: AsRef<str>,
    {
        if attempt < 1 {
            let detail = format!("attempt must be a whole number from 1, not {attempt}");
            return fail(FailReason::InvalidAttempt, detail);
        }
        if (200..300).contains(&status) {
            return fail(
                FailReason::NotAnError,
                format!("status {status} is a success"),
            );
        }
        let now_ms = options
            .now_ms
            .filter(|n| n.is_finite())
            .unwrap_or_else(now_from_clock);
        let random: &dyn Fn() -> f64 = options.random.unwrap_or(&system_random);

        let code = body.and_then(error_code_of);
        let known = code
            .as_deref()
            .and_then(|c| self.codes.iter().find(|a| a.code == c));
        let by_status = self.status_strategy(status);
        let (strategy, subject, reason) = match (known, &code) {
            (Some(k), _) if k.http_status == Some(status) => (
                Some(k.strategy),
                format!("{} ({status})", k.code),
                Some(k.reason.to_owned()),
            ),
            (Some(k), _) => {
                // The server contradicts itself (a failing code on a retryable status): the more
                // cautious answer wins when the policy says so.
                let documented = k
                    .http_status
                    .map_or("without a status".to_owned(), |s| s.to_string());
                let subject = format!("{} ({status}, documented {documented})", k.code);
                if self.most_cautious && self.fails(k.strategy) {
                    let reason = format!(
                        "{} (code and status disagree; the more cautious wins)",
                        k.reason
                    );
                    (Some(k.strategy), subject, Some(reason))
                } else {
                    (by_status, subject, None)
                }
            }
            (None, Some(c)) => (by_status, format!("unknown code {c} ({status})"), None),
            (None, None) => (by_status, format!("status {status}"), None),
        };

        let Some(strategy) = strategy else {
            let detail = format!("{subject}: the retry policy does not list status {status}");
            return fail(FailReason::NotRetryable, detail);
        };
        if self.fails(strategy) {
            let reason = reason
                .unwrap_or_else(|| "the policy says it will not resolve with retries".to_owned());
            return fail(FailReason::NotRetryable, format!("{subject}: {reason}"));
        }
        if strategy == REFRESH_CREDENTIALS {
            if options.token_refreshed {
                let detail = format!("{subject} again after a token refresh: re-authenticate");
                return fail(FailReason::RefreshAlreadyTried, detail);
            }
            return RetryDecision::RefreshToken;
        }

        let Some(backoff) = self.retry_delay_ms(attempt, random) else {
            let detail = format!("{subject}: {} retries already made", self.max_retries);
            return fail(FailReason::AttemptsExhausted, detail);
        };
        if strategy == WAIT_FOR_WINDOW {
            if let Some((wait_ms, basis)) = self.rate_limit_wait(headers, now_ms) {
                if wait_ms > self.max_wait_ms {
                    let asked = (wait_ms / 1000.0).ceil();
                    let ceiling = self.max_wait_ms / 1000.0;
                    let detail = format!(
                        "{subject}: the server asks for {asked} s, over the {ceiling} s a client waits"
                    );
                    return fail(FailReason::WaitTooLong, detail);
                }
                let delay_ms = (wait_ms + unit(random) * self.jitter_max_ms).ceil() as u64;
                return RetryDecision::Retry {
                    delay: Duration::from_millis(delay_ms),
                    basis,
                };
            }
        }
        RetryDecision::Retry {
            delay: Duration::from_millis(backoff),
            basis: Basis::Backoff,
        }
    }

    /// [`RetryPolicy::advise`] on the `http` crate's types, as reqwest, hyper and axum give them. A
    /// header value that is not UTF-8 is read with U+FFFD for its bad bytes, which no number or date holds.
    #[cfg(feature = "http")]
    #[must_use]
    pub fn advise_http(
        &self,
        status: http::StatusCode,
        headers: &http::HeaderMap,
        body: Option<&str>,
        attempt: u32,
        options: &AdviseOptions<'_>,
    ) -> RetryDecision {
        let pairs = headers
            .iter()
            .map(|(name, value)| (name.as_str(), String::from_utf8_lossy(value.as_bytes())));
        self.advise(status.as_u16(), pairs, body, attempt, options)
    }

    /// How long the rate-limit headers ask a client to wait, in ms; None when they say nothing usable.
    fn rate_limit_wait<I, K, V>(&self, headers: I, now_ms: f64) -> Option<(f64, Basis)>
    where
        I: IntoIterator<Item = (K, V)>,
        K: AsRef<str>,
        V: AsRef<str>,
    {
        let [retry_after, reset] =
            headers::values(headers, [self.retry_after_header, self.reset_header]);
        let mut waits: Vec<(f64, Basis)> = Vec::new();
        if let Some(value) = retry_after.filter(|v| !v.is_empty()) {
            if let Some(ms) = headers::retry_after_ms(&value, now_ms).filter(|ms| *ms > 0.0) {
                waits.push((ms, Basis::RetryAfter));
            }
        }
        if let Some(value) = reset {
            let at = headers::reset_at_ms(headers::first_element(&value), self);
            if let Some(ms) = at.map(|at| at - now_ms).filter(|ms| *ms > 0.0) {
                waits.push((ms, Basis::RateLimitReset));
            }
        }
        // Of two usable answers the later one is the safe one; on a tie, the first header's
        // (runtime/SPEC.md §5).
        waits
            .into_iter()
            .filter(|(ms, _)| ms.is_finite())
            .fold(None, |best, w| match best {
                Some(b) if b.0 >= w.0 => Some(b),
                _ => Some(w),
            })
    }
}

#[cfg(test)]
mod tests;
