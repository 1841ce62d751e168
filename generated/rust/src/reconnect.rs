// Copied from runtime/rust/src/reconnect.rs by npm run build: edit that file, not this copy.
//! Should the tunnel reconnect? [`ReconnectPolicy::advise`] answers for an SDK error: reconnect now or
//! after a backoff, wait for the network, or stop and tell the user (runtime/SPEC.md §12).
//!
//! It never panics (runtime/SPEC.md §11): an unknown family or key is a stop, history entries that are
//! not finite or lie after `now` are ignored, and a broken random source reads as no jitter.

use std::fmt;
use std::time::{Duration, SystemTime};

use crate::lookup::{find, Key, KeyEntry};
use crate::retry::{now_from_clock, round_half_up, system_random, unit, unix_ms};

/// What the reconnect decision does with a code. New classes may come in minor releases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReconnectClass {
    /// Reconnect after the policy's backoff.
    Reconnect,
    /// Reconnect at once the first time (the source says so), then after the backoff.
    ReconnectNow,
    /// Reconnect once the network is back.
    WaitForNetwork,
    /// A new tunnel would fail the same way.
    Stop,
    /// A success code.
    NotAnError,
}

impl ReconnectClass {
    /// The catalog's word: `reconnect-now`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Reconnect => "reconnect",
            Self::ReconnectNow => "reconnect-now",
            Self::WaitForNetwork => "wait-for-network",
            Self::Stop => "stop",
            Self::NotAnError => "not-an-error",
        }
    }
}

impl fmt::Display for ReconnectClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A code's class, its identifier (for a detail) and why a stop stops.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReconnectCode {
    /// The vendor's identifier, for the stop's detail.
    pub name: &'static str,
    pub class: ReconnectClass,
    /// Why the code's advice is what it is; a stop's detail quotes it.
    pub reason: &'static str,
}

/// An SDK family: its lookup keys (as its enum's lookups read them) and each code's class, in the order
/// the keys' indexes count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReconnectFamily {
    /// The family's name, as the decision's `family` argument gives it.
    pub family: &'static str,
    /// Every key the family's lookups accept; each entry's index is a place in `codes`.
    pub keys: &'static [KeyEntry],
    pub codes: &'static [ReconnectCode],
}

/// A reconnect policy: the backoff, the cap per window, what counts as flapping, and each SDK family's
/// codes with their class (runtime/SPEC.md §12). Times are milliseconds as f64, so that the one rounding
/// happens where runtime/SPEC.md §2 puts it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ReconnectPolicy {
    /// The backoff before a reconnect when none started in the window.
    pub initial_delay_ms: f64,
    /// Each reconnect in the window multiplies the backoff by this.
    pub multiplier: f64,
    /// No backoff is longer.
    pub max_delay_ms: f64,
    /// The share of the backoff the jitter may take off.
    pub jitter_ratio: f64,
    /// The window the reconnects are counted in.
    pub window_ms: f64,
    /// Reconnect starts in the window from which the decision stops.
    pub max_reconnects: u32,
    /// An error this soon after the tunnel came up counts toward flapping.
    pub flapping_within_ms: f64,
    /// How many times in a row the tunnel must come up into the same error to be flapping.
    pub flapping_times: u32,
    /// The SDK families and their codes.
    pub families: &'static [ReconnectFamily],
}

/// How a reconnect's delay was set. New bases may come in minor releases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReconnectBasis {
    /// At once: the source says to reconnect straight away.
    Immediate,
    /// The policy's backoff.
    Backoff,
}

impl ReconnectBasis {
    /// The word the reconnect vectors print: "immediate".
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Immediate => "immediate",
            Self::Backoff => "backoff",
        }
    }
}

impl fmt::Display for ReconnectBasis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why the advice is to stop. New reasons may come in minor releases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReconnectStopReason {
    /// A new tunnel would fail the same way.
    NotReconnectable,
    /// The same error came back soon after each of the last times the tunnel came up.
    Flapping,
    /// The window's reconnects are used up.
    WindowExhausted,
    /// The family does not know the code, or is not an SDK family.
    UnknownCode,
    /// A success code.
    NotAnError,
}

impl ReconnectStopReason {
    /// The word the reconnect vectors print: "window-exhausted".
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::NotReconnectable => "not-reconnectable",
            Self::Flapping => "flapping",
            Self::WindowExhausted => "window-exhausted",
            Self::UnknownCode => "unknown-code",
            Self::NotAnError => "not-an-error",
        }
    }
}

impl fmt::Display for ReconnectStopReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What to do about an SDK error. New kinds of answer may come in minor releases.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ReconnectAdvice {
    /// Reconnect the tunnel after `delay` (whole milliseconds).
    Reconnect {
        delay: Duration,
        basis: ReconnectBasis,
    },
    /// The device has no network: reconnect once it is back.
    WaitForNetwork,
    /// Stop and tell the user; `detail` says why, for logs.
    Stop {
        reason: ReconnectStopReason,
        detail: String,
    },
}

impl ReconnectAdvice {
    /// The delay of a reconnect; None for any other answer.
    pub const fn delay(&self) -> Option<Duration> {
        match self {
            Self::Reconnect { delay, .. } => Some(*delay),
            _ => None,
        }
    }
}

impl fmt::Display for ReconnectAdvice {
    /// As the reconnect vectors print it: `reconnect 1750 backoff`, `wait-for-network`, `stop flapping`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Reconnect { delay, basis } => {
                write!(f, "reconnect {} {basis}", delay.as_millis())
            }
            Self::WaitForNetwork => f.write_str("wait-for-network"),
            Self::Stop { reason, .. } => write!(f, "stop {reason}"),
        }
    }
}

/// An error the SDK reported earlier: when (clock ms), and which code, by any key its family's lookups
/// accept.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ReconnectError<'a> {
    pub at: f64,
    pub family: &'a str,
    pub code: Key<'a>,
}

/// What happened before, in clock ms; order does not matter.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct ReconnectHistory<'a> {
    /// When each reconnect started: the window's cap and the backoff count these.
    pub reconnects: &'a [f64],
    /// When the tunnel came up: flapping counts an error that follows one of these.
    pub connected: &'a [f64],
    /// The errors before this one.
    pub errors: &'a [ReconnectError<'a>],
}

/// [`ReconnectPolicy::advise`]'s optional inputs, built from [`ReconnectOptions::new`]: the system clock
/// and a random jitter.
#[derive(Clone, Copy, Default)]
#[non_exhaustive]
pub struct ReconnectOptions<'a> {
    /// The current time in the history's clock ms; None or not finite: the system clock (Unix ms).
    pub now_ms: Option<f64>,
    /// A number in [0, 1) for the jitter; None: a random one. Tests pin it.
    pub random: Option<&'a dyn Fn() -> f64>,
}

impl fmt::Debug for ReconnectOptions<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ReconnectOptions")
            .field("now_ms", &self.now_ms)
            .field("random", &self.random.map(|_| "a function"))
            .finish()
    }
}

impl<'a> ReconnectOptions<'a> {
    /// The defaults: the system clock, a random jitter.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// The clock's time for this decision, when the history holds Unix milliseconds.
    #[must_use]
    pub fn now(mut self, now: SystemTime) -> Self {
        self.now_ms = Some(unix_ms(now));
        self
    }

    /// The clock's time in ms, as the reconnect vectors give it.
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

fn stop(reason: ReconnectStopReason, detail: String) -> ReconnectAdvice {
    ReconnectAdvice::Stop { reason, detail }
}

/// The finite times at or before `now`, sorted.
fn times(list: impl IntoIterator<Item = f64>, now: f64) -> Vec<f64> {
    let mut kept: Vec<f64> = list
        .into_iter()
        .filter(|t| t.is_finite() && *t <= now)
        .collect();
    kept.sort_by(f64::total_cmp);
    kept
}

impl ReconnectPolicy {
    /// The family and the code's entry, for a family of this policy whose lookups know the key.
    fn code(&self, family: &str, key: Key<'_>) -> Option<(&ReconnectFamily, ReconnectCode)> {
        let family = self.families.iter().find(|f| f.family == family)?;
        let found = find(family.codes, family.keys, key)?;
        Some((family, found.member))
    }

    /// What to do about the SDK error `code` (its value, the value's digits, identifier, alias or older
    /// wire name) of `family`, given what happened before. Never panics: a family or key the policy does
    /// not know is a stop with reason [`ReconnectStopReason::UnknownCode`].
    #[must_use]
    pub fn advise<'k>(
        &self,
        family: &str,
        code: impl Into<Key<'k>>,
        history: &ReconnectHistory<'_>,
        options: &ReconnectOptions<'_>,
    ) -> ReconnectAdvice {
        let key = code.into();
        let Some((known, facts)) = self.code(family, key) else {
            let key = match key {
                Key::Integer(value) => value.to_string(),
                Key::Text(text) => format!("{text:?}"),
            };
            return stop(
                ReconnectStopReason::UnknownCode,
                format!("{family:?} has no code {key}"),
            );
        };
        let subject = format!("{}.{}", known.family, facts.name);
        match facts.class {
            ReconnectClass::NotAnError => {
                let detail = format!("{subject} is a success code");
                return stop(ReconnectStopReason::NotAnError, detail);
            }
            ReconnectClass::Stop => {
                let detail = format!("{subject}: {}", facts.reason);
                return stop(ReconnectStopReason::NotReconnectable, detail);
            }
            _ => {}
        }

        let now = options
            .now_ms
            .filter(|n| n.is_finite())
            .unwrap_or_else(now_from_clock);
        let reconnects = times(history.reconnects.iter().copied(), now);
        let connected = times(history.connected.iter().copied(), now);
        let same_code = history.errors.iter().filter(|e| {
            self.code(e.family, e.code)
                .is_some_and(|(f, c)| f.family == known.family && c.name == facts.name)
        });
        let mut errors = times(same_code.map(|e| e.at), now);
        errors.push(now);

        let recent = reconnects
            .iter()
            .filter(|t| **t > now - self.window_ms)
            .count();
        if recent >= usize::try_from(self.max_reconnects).unwrap_or(usize::MAX) {
            let detail = format!(
                "{subject}: {recent} reconnects in the last {} s, the most the policy allows; ask the user",
                self.window_ms / 1000.0
            );
            return stop(ReconnectStopReason::WindowExhausted, detail);
        }
        // A reconnect that never connected (the gateway is down) is the backoff's business, not flapping.
        let wanted = usize::try_from(self.flapping_times).unwrap_or(usize::MAX);
        let last = &connected[connected.len().saturating_sub(wanted)..];
        let within = self.flapping_within_ms;
        if last.len() == wanted
            && last
                .iter()
                .all(|r| errors.iter().any(|t| *t > *r && *t <= *r + within))
        {
            let detail = format!(
                "{subject} came back within {} s of each of the last {wanted} times the tunnel came up: a new tunnel does not clear it; ask the user",
                within / 1000.0
            );
            return stop(ReconnectStopReason::Flapping, detail);
        }
        if facts.class == ReconnectClass::WaitForNetwork {
            return ReconnectAdvice::WaitForNetwork;
        }
        if facts.class == ReconnectClass::ReconnectNow
            && !reconnects.iter().any(|t| *t > now - within)
        {
            return ReconnectAdvice::Reconnect {
                delay: Duration::ZERO,
                basis: ReconnectBasis::Immediate,
            };
        }
        let random: &dyn Fn() -> f64 = options.random.unwrap_or(&system_random);
        // recent counts history entries, far below 2^53: exact as f64.
        let base =
            (self.initial_delay_ms * self.multiplier.powf(recent as f64)).min(self.max_delay_ms);
        let delay_ms = round_half_up(base * (1.0 - self.jitter_ratio * unit(random)));
        // A float cast saturates: NaN and a negative delay are 0, anything past u64's range its bound.
        ReconnectAdvice::Reconnect {
            delay: Duration::from_millis(delay_ms as u64),
            basis: ReconnectBasis::Backoff,
        }
    }
}

#[cfg(test)]
mod tests;
