//! The decision against a small synthetic policy: invented codes, statuses and header names, so that
//! these tests say what the runtime does with any policy, not what the catalog's says.

use super::*;

const NOW: f64 = 1_700_000_000_000.0;
const WAIT: &str = "X-Test-Wait";
const RESET: &str = "X-Test-Reset";

static POLICY: RetryPolicy = RetryPolicy {
    initial_delay_ms: 250.0,
    multiplier: 3.0,
    jitter_min_ms: 10.0,
    jitter_max_ms: 90.0,
    max_retries: 3,
    max_delay_ms: 2_000.0,
    retry_after_header: WAIT,
    reset_header: RESET,
    max_wait_ms: 60_000.0,
    reset_milliseconds_from: Some(100_000_000_000.0),
    most_cautious: true,
    failing_strategies: &["give-up", "not-ours"],
    statuses: &[
        StatusStrategy {
            status: 418,
            strategy: "try-later",
        },
        StatusStrategy {
            status: 451,
            strategy: "give-up",
        },
        StatusStrategy {
            status: 499,
            strategy: REFRESH_CREDENTIALS,
        },
        StatusStrategy {
            status: 599,
            strategy: WAIT_FOR_WINDOW,
        },
    ],
    codes: &[
        CodeAdvice {
            code: "SYNTHETIC_LIMIT",
            strategy: WAIT_FOR_WINDOW,
            http_status: Some(599),
            reason: "the window resets",
        },
        CodeAdvice {
            code: "SYNTHETIC_STOP",
            strategy: "give-up",
            http_status: Some(418),
            reason: "nothing helps",
        },
        CodeAdvice {
            code: "SYNTHETIC_EXPIRED",
            strategy: REFRESH_CREDENTIALS,
            http_status: Some(499),
            reason: "the token expired",
        },
        CodeAdvice {
            code: "SYNTHETIC_UNPLACED",
            strategy: "not-ours",
            http_status: None,
            reason: "it has no status",
        },
    ],
};

fn body(code: &str) -> String {
    format!(r#"{{"success":false,"error":{{"code":"{code}","message":"m"}}}}"#)
}

/// The decision with the clock at NOW and the random source at `random`.
fn decide(
    policy: &RetryPolicy,
    status: u16,
    headers: &[(&str, &str)],
    body: Option<&str>,
    attempt: u32,
    random: f64,
) -> RetryDecision {
    let random = move || random;
    let options = AdviseOptions::new().now_ms(NOW).random(&random);
    policy.advise(status, headers.iter().copied(), body, attempt, &options)
}

fn retry(delay_ms: u64, basis: Basis) -> RetryDecision {
    RetryDecision::Retry {
        delay: Duration::from_millis(delay_ms),
        basis,
    }
}

fn reason(decision: &RetryDecision) -> Option<FailReason> {
    match decision {
        RetryDecision::Fail { reason, .. } => Some(*reason),
        _ => None,
    }
}

fn detail(decision: &RetryDecision) -> &str {
    match decision {
        RetryDecision::Fail { detail, .. } => detail,
        _ => "",
    }
}

/// A wait header's decision on the rate-limit status, attempt 1, jitter 45 ms.
fn wait(headers: &[(&str, &str)]) -> RetryDecision {
    decide(&POLICY, 599, headers, None, 1, 0.5)
}

#[test]
fn backoff_grows_by_the_multiplier_with_jitter_and_stops_at_the_ceiling() {
    let half = || 0.5;
    // 250·3^(n−1) + 10 + 0.5·80, the third capped at 2000.
    assert_eq!(POLICY.retry_delay_ms(1, &half), Some(300));
    assert_eq!(POLICY.retry_delay_ms(2, &half), Some(800));
    assert_eq!(POLICY.retry_delay_ms(3, &half), Some(2_000));
    assert_eq!(POLICY.retry_delay_ms(4, &half), None);
    assert_eq!(POLICY.retry_delay_ms(0, &half), None);
    assert_eq!(POLICY.retry_delay_ms(u32::MAX, &half), None);
}

#[test]
fn backoff_rounds_halves_up() {
    let policy = RetryPolicy {
        jitter_min_ms: 10.5,
        ..POLICY
    };
    let zero = || 0.0;
    assert_eq!(policy.retry_delay_ms(1, &zero), Some(261));
    let policy = RetryPolicy {
        jitter_min_ms: 10.499,
        ..POLICY
    };
    assert_eq!(policy.retry_delay_ms(1, &zero), Some(260));
}

#[test]
fn a_broken_random_source_reads_as_no_jitter_and_a_large_one_as_one() {
    let panics = || -> f64 { panic!("broken") };
    let nan = || f64::NAN;
    let negative = || -3.0;
    let large = || 7.0;
    assert_eq!(POLICY.retry_delay_ms(1, &panics), Some(260));
    assert_eq!(POLICY.retry_delay_ms(1, &nan), Some(260));
    assert_eq!(POLICY.retry_delay_ms(1, &negative), Some(260));
    assert_eq!(POLICY.retry_delay_ms(1, &large), Some(340));
}

#[test]
fn a_success_is_not_an_error_and_attempt_zero_is_invalid() {
    let success = decide(&POLICY, 250, &[], None, 1, 0.5);
    assert_eq!(reason(&success), Some(FailReason::NotAnError));
    let zero = decide(&POLICY, 418, &[], None, 0, 0.5);
    assert_eq!(reason(&zero), Some(FailReason::InvalidAttempt));
}

#[test]
fn a_status_follows_its_strategy() {
    assert_eq!(
        decide(&POLICY, 418, &[], None, 2, 0.5),
        retry(800, Basis::Backoff)
    );
    let refused = decide(&POLICY, 451, &[], None, 1, 0.5);
    assert_eq!(reason(&refused), Some(FailReason::NotRetryable));
    assert_eq!(
        detail(&refused),
        "status 451: the policy says it will not resolve with retries"
    );
    let unlisted = decide(&POLICY, 460, &[], None, 1, 0.5);
    assert_eq!(
        detail(&unlisted),
        "status 460: the retry policy does not list status 460"
    );
    let exhausted = decide(&POLICY, 418, &[], None, 4, 0.5);
    assert_eq!(reason(&exhausted), Some(FailReason::AttemptsExhausted));
    assert_eq!(detail(&exhausted), "status 418: 3 retries already made");
}

#[test]
fn a_known_code_under_its_own_status_follows_its_own_advice() {
    let stop = decide(&POLICY, 418, &[], Some(&body("SYNTHETIC_STOP")), 1, 0.5);
    assert_eq!(detail(&stop), "SYNTHETIC_STOP (418): nothing helps");
}

#[test]
fn a_failing_code_under_another_status_wins_when_the_policy_is_most_cautious() {
    let conflict = decide(&POLICY, 599, &[], Some(&body("SYNTHETIC_STOP")), 1, 0.5);
    assert_eq!(
        detail(&conflict),
        "SYNTHETIC_STOP (599, documented 418): nothing helps (code and status disagree; the more cautious wins)"
    );
    let unplaced = decide(&POLICY, 418, &[], Some(&body("SYNTHETIC_UNPLACED")), 1, 0.5);
    assert!(
        detail(&unplaced).starts_with("SYNTHETIC_UNPLACED (418, documented without a status): ")
    );

    let lenient = RetryPolicy {
        most_cautious: false,
        ..POLICY
    };
    let by_status = decide(&lenient, 599, &[], Some(&body("SYNTHETIC_STOP")), 1, 0.5);
    assert_eq!(by_status, retry(300, Basis::Backoff));
}

#[test]
fn a_retrying_code_under_another_status_takes_the_status_rule() {
    let decision = decide(&POLICY, 451, &[], Some(&body("SYNTHETIC_LIMIT")), 1, 0.5);
    assert_eq!(
        detail(&decision),
        "SYNTHETIC_LIMIT (451, documented 599): the policy says it will not resolve with retries"
    );
}

#[test]
fn an_unknown_code_or_a_body_that_is_not_the_envelope_takes_the_status_rule() {
    let unknown = decide(&POLICY, 451, &[], Some(&body("SYNTHETIC_NEW")), 1, 0.5);
    assert!(detail(&unknown).starts_with("unknown code SYNTHETIC_NEW (451): "));
    for garbage in ["<html>", "", "null", "[]", r#"{"success":"no"}"#, "\u{0}"] {
        let decision = decide(&POLICY, 451, &[], Some(garbage), 1, 0.5);
        assert!(detail(&decision).starts_with("status 451: "), "{garbage}");
    }
}

#[test]
fn a_refresh_is_asked_once() {
    let expired = body("SYNTHETIC_EXPIRED");
    assert_eq!(
        decide(&POLICY, 499, &[], Some(&expired), 1, 0.5),
        RetryDecision::RefreshToken
    );
    let options = AdviseOptions::new().token_refreshed(true).now_ms(NOW);
    let again = POLICY.advise(499, [("a", "b")], Some(&expired), 1, &options);
    assert_eq!(reason(&again), Some(FailReason::RefreshAlreadyTried));
}

#[test]
fn delay_seconds_set_the_wait_with_jitter() {
    assert_eq!(wait(&[(WAIT, "30")]), retry(30_045, Basis::RetryAfter));
    assert_eq!(wait(&[(WAIT, "30 , 90")]), retry(30_045, Basis::RetryAfter));
    // Nothing usable: the backoff.
    for value in ["", "0", "-5", "30s", "3 0", "+30", "1e3", "٣٠"] {
        assert_eq!(
            wait(&[(WAIT, value)]),
            retry(300, Basis::Backoff),
            "{value:?}"
        );
    }
}

#[test]
fn a_wait_past_the_ceiling_fails() {
    let decision = wait(&[(WAIT, "61")]);
    assert_eq!(reason(&decision), Some(FailReason::WaitTooLong));
    assert_eq!(
        detail(&decision),
        "status 599: the server asks for 61 s, over the 60 s a client waits"
    );
    // More digits than an f64 holds: infinity, which says nothing usable.
    let huge = "9".repeat(400);
    assert_eq!(wait(&[(WAIT, &huge)]), retry(300, Basis::Backoff));
}

#[test]
fn an_http_date_sets_the_wait_from_now() {
    // NOW is Tue, 14 Nov 2023 22:13:20 GMT.
    let ahead = wait(&[(WAIT, "Tue, 14 Nov 2023 22:14:00 GMT")]);
    assert_eq!(ahead, retry(40_045, Basis::RetryAfter));
    let listed = wait(&[(
        WAIT,
        "Tue, 14 Nov 2023 22:14:00 GMT, Tue, 14 Nov 2023 22:15:00 GMT",
    )]);
    assert_eq!(listed, retry(40_045, Basis::RetryAfter));
    let past = wait(&[(WAIT, "Tue, 14 Nov 2023 22:13:00 GMT")]);
    assert_eq!(past, retry(300, Basis::Backoff));
    let impossible = wait(&[(WAIT, "Thu, 30 Feb 2023 22:14:00 GMT")]);
    assert_eq!(impossible, retry(300, Basis::Backoff));
}

#[test]
fn a_reset_in_seconds_or_milliseconds_sets_the_wait() {
    assert_eq!(
        wait(&[(RESET, "1700000040")]),
        retry(40_045, Basis::RateLimitReset)
    );
    assert_eq!(
        wait(&[(RESET, "1700000040.5")]),
        retry(40_545, Basis::RateLimitReset)
    );
    assert_eq!(
        wait(&[(RESET, "1700000040000")]),
        retry(40_045, Basis::RateLimitReset)
    );
    assert_eq!(
        wait(&[(RESET, "1700000040, 1700000090")]),
        retry(40_045, Basis::RateLimitReset)
    );
    for value in [
        "1699999990",
        "soon",
        "1700000040.",
        ".5",
        "-1700000040",
        "17e8",
    ] {
        assert_eq!(
            wait(&[(RESET, value)]),
            retry(300, Basis::Backoff),
            "{value}"
        );
    }
}

#[test]
fn of_both_headers_the_later_wait_wins_and_a_tie_goes_to_the_wait_header() {
    let later_reset = wait(&[(WAIT, "30"), (RESET, "1700000040")]);
    assert_eq!(later_reset, retry(40_045, Basis::RateLimitReset));
    let later_wait = wait(&[(RESET, "1700000040"), (WAIT, "50")]);
    assert_eq!(later_wait, retry(50_045, Basis::RetryAfter));
    let tie = wait(&[(RESET, "1700000040"), (WAIT, "40")]);
    assert_eq!(tie, retry(40_045, Basis::RetryAfter));
}

#[test]
fn header_names_match_in_any_ascii_case_and_repeats_join_in_order() {
    assert_eq!(
        wait(&[("x-test-WAIT", "30")]),
        retry(30_045, Basis::RetryAfter)
    );
    let repeated = wait(&[(WAIT, "30"), ("X-TEST-WAIT", "90")]);
    assert_eq!(repeated, retry(30_045, Basis::RetryAfter));
    // "soon, 30": the first element is not usable.
    let first_bad = wait(&[("x-test-wait", "soon"), (WAIT, "30")]);
    assert_eq!(first_bad, retry(300, Basis::Backoff));
    // Case folds in ASCII only: a dotted capital I is not an i.
    let dotted = wait(&[("X-Test-Wa\u{130}t", "30")]);
    assert_eq!(dotted, retry(300, Basis::Backoff));
}

#[test]
fn header_values_lose_sp_and_htab_at_both_ends_and_nothing_else() {
    for value in [" 30", "30 ", "\t30\t", " \t 30 \t "] {
        assert_eq!(
            wait(&[(WAIT, value)]),
            retry(30_045, Basis::RetryAfter),
            "{value:?}"
        );
        let reset = value.replace("30", "1700000040");
        assert_eq!(
            wait(&[(RESET, &reset)]),
            retry(40_045, Basis::RateLimitReset),
            "{reset:?}"
        );
    }
    // Other white space, as some languages' trims count it, is part of the value.
    for space in [
        '\u{b}', '\u{c}', '\r', '\n', '\u{1c}', '\u{1f}', '\u{85}', '\u{a0}', '\u{3000}',
    ] {
        for value in [format!("{space}30"), format!("30{space}")] {
            assert_eq!(
                wait(&[(WAIT, &value)]),
                retry(300, Basis::Backoff),
                "{value:?}"
            );
            let reset = value.replace("30", "1700000040");
            assert_eq!(
                wait(&[(RESET, &reset)]),
                retry(300, Basis::Backoff),
                "{reset:?}"
            );
        }
    }
}

#[test]
fn parse_http_date_reads_the_three_forms_strictly() {
    let expected = Some(784_111_777_000.0);
    assert_eq!(
        parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT", NOW),
        expected
    );
    assert_eq!(
        parse_http_date("Sunday, 06-Nov-94 08:49:37 GMT", NOW),
        expected
    );
    assert_eq!(parse_http_date("Sun Nov  6 08:49:37 1994", NOW), expected);
    assert_eq!(
        parse_http_date("Thu, 01 Jan 1970 00:00:00 GMT", NOW),
        Some(0.0)
    );
    // A leap second, and a leap day.
    assert!(parse_http_date("Sat, 31 Dec 2016 23:59:60 GMT", NOW).is_some());
    assert!(parse_http_date("Thu, 29 Feb 2024 00:00:00 GMT", NOW).is_some());
    for bad in [
        "Wed, 29 Feb 2023 00:00:00 GMT",
        "Sun, 06 Nov 1994 24:00:00 GMT",
        "Sun, 6 Nov 1994 08:49:37 GMT",
        "Sun, 06 Nov 1994 08:49:37 UTC",
        "sun, 06 Nov 1994 08:49:37 GMT",
        "Sun, 06 Nov 1994 08:49:37 GMT x",
        "\u{a0}Sun, 06 Nov 1994 08:49:37 GMT",
        "",
    ] {
        assert_eq!(parse_http_date(bad, NOW), None, "{bad:?}");
    }
    assert_eq!(
        parse_http_date(" \tSun, 06 Nov 1994 08:49:37 GMT\t ", NOW),
        expected
    );
}

#[test]
fn a_two_digit_year_is_at_most_fifty_years_ahead() {
    // NOW is in 2023: 73 is 2073, 74 is 1974.
    let year = |yy: &str| parse_http_date(&format!("Monday, 01-Jan-{yy} 00:00:00 GMT"), NOW);
    assert_eq!(
        year("73"),
        parse_http_date("Sun, 01 Jan 2073 00:00:00 GMT", NOW)
    );
    assert_eq!(
        year("74"),
        parse_http_date("Tue, 01 Jan 1974 00:00:00 GMT", NOW)
    );
    // Without a usable clock, the current year is 1970.
    let unknown_now = parse_http_date("Monday, 01-Jan-30 00:00:00 GMT", f64::NAN);
    assert_eq!(
        unknown_now,
        parse_http_date("Wed, 01 Jan 1930 00:00:00 GMT", NOW)
    );
}

#[test]
fn a_nonsense_policy_gives_decisions_not_panics() {
    let nonsense = RetryPolicy {
        initial_delay_ms: f64::NAN,
        multiplier: f64::INFINITY,
        jitter_min_ms: -1e300,
        jitter_max_ms: f64::NAN,
        max_retries: u32::MAX,
        max_delay_ms: f64::INFINITY,
        max_wait_ms: f64::NAN,
        reset_milliseconds_from: Some(f64::NAN),
        ..POLICY
    };
    for attempt in [1, 2, u32::MAX / 2, u32::MAX] {
        for status in [0, 418, 599, u16::MAX] {
            let headers = [(WAIT, "30"), (RESET, "1700000040")];
            let decision = decide(&nonsense, status, &headers, None, attempt, 0.5);
            assert!(matches!(
                decision,
                RetryDecision::Retry { .. } | RetryDecision::Fail { .. }
            ));
        }
    }
}

#[test]
fn a_decision_prints_as_the_vectors_do_and_gives_its_delay() {
    let backoff = decide(&POLICY, 418, &[], None, 1, 0.5);
    assert_eq!(backoff.delay(), Some(Duration::from_millis(300)));
    assert_eq!(backoff.to_string(), "retry 300 backoff");
    assert_eq!(RetryDecision::RefreshToken.to_string(), "refresh-token");
    assert_eq!(RetryDecision::RefreshToken.delay(), None);
    assert_eq!(
        decide(&POLICY, 202, &[], None, 1, 0.5).to_string(),
        "fail not-an-error"
    );
}

#[test]
fn the_options_builder_takes_a_system_time() {
    let at = UNIX_EPOCH + Duration::from_millis(1_700_000_000_250);
    assert_eq!(
        AdviseOptions::new().now(at).now_ms,
        Some(1_700_000_000_250.0)
    );
    let before = UNIX_EPOCH - Duration::from_millis(1_500);
    assert_eq!(AdviseOptions::new().now(before).now_ms, Some(-1_500.0));
    let options = AdviseOptions::new();
    assert!(!options.token_refreshed && options.now_ms.is_none() && options.random.is_none());
    assert!(format!("{options:?}").contains("token_refreshed: false"));
}

#[cfg(feature = "http")]
#[test]
fn http_types_are_read_as_pairs_are() {
    use http::header::{HeaderMap, HeaderName, HeaderValue};
    let mut headers = HeaderMap::new();
    let wait = HeaderName::from_static("x-test-wait");
    headers.append(&wait, HeaderValue::from_static("bad"));
    headers.append(&wait, HeaderValue::from_static("7"));
    headers.insert("x-other", HeaderValue::from_bytes(b"\xff\xfe").unwrap());
    let status = http::StatusCode::from_u16(599).unwrap();
    let random = || 0.5;
    let options = AdviseOptions::new().now_ms(NOW).random(&random);
    // The first element decides alone (runtime/SPEC.md §3): "bad, 7" is no wait, so the backoff.
    let decision = POLICY.advise_http(status, &headers, None, 1, &options);
    assert_eq!(
        decision,
        decide(&POLICY, 599, &[(WAIT, "bad"), (WAIT, "7")], None, 1, 0.5)
    );
    headers.insert(&wait, HeaderValue::from_bytes(b"7\xff").unwrap());
    assert_eq!(
        POLICY.advise_http(status, &headers, None, 1, &options),
        retry(300, Basis::Backoff)
    );
    headers.insert(&wait, HeaderValue::from_static("7"));
    assert_eq!(
        POLICY.advise_http(status, &headers, None, 1, &options),
        decide(&POLICY, 599, &[(WAIT, "7")], None, 1, 0.5)
    );
}

#[test]
fn valid_json_that_serde_json_refuses_still_gives_its_code() {
    let deep = format!("{}{}", "[".repeat(600), "]".repeat(600));
    let bodies = [
        r#"{"success":false,"error":{"code":"SYNTHETIC_EXPIRED","message":"cut \ud83d"}}"#
            .to_owned(),
        format!(
            r#"{{"success":false,"error":{{"code":"SYNTHETIC_EXPIRED","message":"m"}},"trace":{deep}}}"#
        ),
        r#"{"success":false,"error":{"code":"SYNTHETIC_EXPIRED","message":"m","hint":1e400}}"#
            .to_owned(),
        format!(
            r#"{{"success":false,"error":{{"code":"SYNTHETIC_EXPIRED","message":"m"}},"n":1{}}}"#,
            "0".repeat(1000)
        ),
    ];
    for body in &bodies {
        assert_eq!(
            decide(&POLICY, 499, &[], Some(body), 1, 0.5),
            RetryDecision::RefreshToken,
            "{}",
            &body[..80]
        );
    }
}

#[test]
fn a_body_over_the_size_limit_gives_no_code() {
    let padded = |n: usize| {
        format!(
            r#"{{"success":false,"error":{{"code":"SYNTHETIC_STOP","message":"{}"}}}}"#,
            "a".repeat(n)
        )
    };
    let overhead = padded(0).len();
    // Read, the code's own "give-up" fails the decision; unread, the status's "try-later" backs off.
    let at_limit = padded(crate::envelope::MAX_BODY_LENGTH - overhead);
    let decision = decide(&POLICY, 418, &[], Some(&at_limit), 1, 0.5);
    assert_eq!(reason(&decision), Some(FailReason::NotRetryable));
    let over = padded(crate::envelope::MAX_BODY_LENGTH - overhead + 1);
    assert_eq!(
        decide(&POLICY, 418, &[], Some(&over), 1, 0.5),
        retry(300, Basis::Backoff)
    );
}
