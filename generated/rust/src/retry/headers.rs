// Copied from runtime/rust/src/retry/headers.rs by npm run build: edit that file, not this copy.
//! Reading the rate-limit headers: a header's value (runtime/SPEC.md §3), the wait header's
//! delay-seconds or HTTP-date (§4) and the reset header's Unix time (§5).

use super::http_date::http_date_prefix;
use super::RetryPolicy;

/// Without optional whitespace at either end: SP and HTAB, nothing else (RFC 9110 §5.6.3).
pub(super) fn trim_ows(text: &str) -> &str {
    text.trim_matches([' ', '\t'])
}

/// Each name's value: the values of every pair with that name, in any ASCII case, trimmed and joined
/// with ", " in their order (RFC 9110 §5.3), the whole trimmed again; None when no pair has the name.
pub(super) fn values<I, K, V, const N: usize>(headers: I, names: [&str; N]) -> [Option<String>; N]
where
    I: IntoIterator<Item = (K, V)>,
    K: AsRef<str>,
    V: AsRef<str>,
{
    let mut found: [Option<String>; N] = std::array::from_fn(|_| None);
    for (name, value) in headers {
        let value = trim_ows(value.as_ref());
        for (wanted, slot) in names.iter().zip(found.iter_mut()) {
            if name.as_ref().eq_ignore_ascii_case(wanted) {
                match slot {
                    Some(joined) => {
                        joined.push_str(", ");
                        joined.push_str(value);
                    }
                    None => *slot = Some(value.to_owned()),
                }
            }
        }
    }
    found.map(|value| value.map(|v| trim_ows(&v).to_owned()))
}

/// The first element of a comma-joined value, trimmed.
pub(super) fn first_element(value: &str) -> &str {
    trim_ows(value.split(',').next().unwrap_or_default())
}

/// After a list element: optional whitespace, then a comma or the end.
fn at_list_end(rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', '\t']);
    rest.is_empty() || rest.starts_with(',')
}

/// The wait header's value in ms from now: delay-seconds or an HTTP-date, as RFC 9110 §10.2.3 defines
/// the field; of a comma-joined repeat, the first element.
pub(super) fn retry_after_ms(value: &str, now_ms: f64) -> Option<f64> {
    let digits = value.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && at_list_end(&value[digits..]) {
        // The digits as the nearest f64, however many there are: too many is infinity
        // (runtime/SPEC.md §2), which no caller honours.
        return value[..digits]
            .parse::<f64>()
            .ok()
            .map(|seconds| seconds * 1000.0);
    }
    // IMF-fixdate has a comma after the day name, so the first element is found by parsing, not splitting.
    match http_date_prefix(value, now_ms) {
        Some((Some(ms), length)) if at_list_end(&value[length..]) => Some(ms - now_ms),
        _ => None,
    }
}

/// The reset as a Unix time in ms: digits with an optional fraction, in seconds, or in milliseconds from
/// the policy's threshold up.
pub(super) fn reset_at_ms(value: &str, policy: &RetryPolicy) -> Option<f64> {
    let (whole, fraction) = value.split_once('.').unwrap_or((value, "0"));
    let is_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !is_digits(whole) || !is_digits(fraction) {
        return None;
    }
    let n: f64 = value.parse().ok()?;
    Some(match policy.reset_milliseconds_from {
        Some(from) if n >= from => n,
        _ => n * 1000.0,
    })
}
