//! The reconnect decision against a synthetic policy: one family of five codes, one of each class.

use super::*;
use crate::lookup::MatchedBy;

const NOW: f64 = 50_000_000.0;

static CODES: [ReconnectCode; 5] = [
    ReconnectCode {
        name: "Fine",
        class: ReconnectClass::NotAnError,
        reason: "",
    },
    ReconnectCode {
        name: "Broke",
        class: ReconnectClass::Reconnect,
        reason: "",
    },
    ReconnectCode {
        name: "Moved",
        class: ReconnectClass::ReconnectNow,
        reason: "",
    },
    ReconnectCode {
        name: "Offline",
        class: ReconnectClass::WaitForNetwork,
        reason: "",
    },
    ReconnectCode {
        name: "Refused",
        class: ReconnectClass::Stop,
        reason: "the far end said no",
    },
];

const fn entry(key: Key<'static>, index: usize, matched_by: MatchedBy) -> KeyEntry {
    KeyEntry {
        key,
        index,
        matched_by,
    }
}

static KEYS: [KeyEntry; 13] = [
    entry(Key::Text("Fine"), 0, MatchedBy::Name),
    entry(Key::Text("Broke"), 1, MatchedBy::Name),
    entry(Key::Text("Moved"), 2, MatchedBy::Name),
    entry(Key::Text("Offline"), 3, MatchedBy::Name),
    entry(Key::Text("Refused"), 4, MatchedBy::Name),
    entry(Key::Text("Busted"), 1, MatchedBy::Alias),
    entry(Key::Text("BROKE_OLD"), 1, MatchedBy::LegacyName),
    entry(Key::Integer(0), 0, MatchedBy::Value),
    entry(Key::Integer(1), 1, MatchedBy::Value),
    entry(Key::Text("1"), 1, MatchedBy::Value),
    entry(Key::Integer(2), 2, MatchedBy::Value),
    entry(Key::Integer(3), 3, MatchedBy::Value),
    entry(Key::Integer(4), 4, MatchedBy::Value),
];

/// A key that points past the codes: a broken table is an unknown code, not a panic.
static BROKEN_KEYS: [KeyEntry; 1] = [entry(Key::Integer(9), 9, MatchedBy::Value)];

static FAMILIES: [ReconnectFamily; 2] = [
    ReconnectFamily {
        family: "Synth",
        keys: &KEYS,
        codes: &CODES,
    },
    ReconnectFamily {
        family: "Broken",
        keys: &BROKEN_KEYS,
        codes: &CODES,
    },
];

const POLICY: ReconnectPolicy = ReconnectPolicy {
    initial_delay_ms: 1500.0,
    multiplier: 3.0,
    max_delay_ms: 20_000.0,
    jitter_ratio: 0.5,
    window_ms: 60_000.0,
    max_reconnects: 4,
    flapping_within_ms: 7_000.0,
    flapping_times: 2,
    families: &FAMILIES,
};

fn line_with<'k>(
    policy: &ReconnectPolicy,
    code: impl Into<Key<'k>>,
    history: &ReconnectHistory<'_>,
    r: f64,
) -> String {
    let random = move || r;
    let options = ReconnectOptions::new().now_ms(NOW).random(&random);
    policy.advise("Synth", code, history, &options).to_string()
}

fn line<'k>(code: impl Into<Key<'k>>, history: &ReconnectHistory<'_>) -> String {
    line_with(&POLICY, code, history, 0.0)
}

const NONE: ReconnectHistory<'static> = ReconnectHistory {
    reconnects: &[],
    connected: &[],
    errors: &[],
};

#[test]
fn each_class_gives_its_answer() {
    assert_eq!(line(0, &NONE), "stop not-an-error");
    assert_eq!(line(1, &NONE), "reconnect 1500 backoff");
    assert_eq!(line(2, &NONE), "reconnect 0 immediate");
    assert_eq!(line(3, &NONE), "wait-for-network");
    assert_eq!(line(4, &NONE), "stop not-reconnectable");
}

#[test]
fn a_stop_says_why_in_its_detail() {
    let advice = POLICY.advise("Synth", "Refused", &NONE, &ReconnectOptions::new());
    let ReconnectAdvice::Stop { reason, detail } = advice else {
        panic!("not a stop: {advice:?}");
    };
    assert_eq!(reason, ReconnectStopReason::NotReconnectable);
    assert_eq!(detail, "Synth.Refused: the far end said no");
}

#[test]
fn every_key_the_lookups_accept_names_the_code() {
    for key in [
        Key::Integer(1),
        Key::Text("1"),
        Key::Text("Broke"),
        Key::Text("Busted"),
        Key::Text("BROKE_OLD"),
    ] {
        assert_eq!(line(key, &NONE), "reconnect 1500 backoff", "{key}");
    }
}

#[test]
fn an_unknown_family_or_key_is_an_unknown_code() {
    let options = ReconnectOptions::new().now_ms(NOW);
    for (family, key) in [
        ("Nope", Key::Integer(1)),
        ("synth", Key::Integer(1)),
        ("", Key::Text("")),
        ("Synth", Key::Integer(-1)),
        ("Synth", Key::Integer(i64::MIN)),
        ("Synth", Key::Integer(i64::MAX)),
        ("Synth", Key::Text("broke")),
        ("Synth", Key::Text(" 1")),
        ("Synth", Key::Text("\u{0}\u{fffd}")),
        ("Broken", Key::Integer(9)),
    ] {
        let advice = POLICY.advise(family, key, &NONE, &options);
        assert_eq!(advice.to_string(), "stop unknown-code", "{family} {key}");
    }
}

#[test]
fn the_backoff_grows_with_each_reconnect_in_the_window_up_to_its_cap() {
    let starts = [NOW - 3_000.0, NOW - 2_000.0, NOW - 1_000.0];
    for (n, expected) in [(0, 1500), (1, 4500), (2, 13_500), (3, 20_000)] {
        let history = ReconnectHistory {
            reconnects: &starts[..n],
            ..NONE
        };
        assert_eq!(line(1, &history), format!("reconnect {expected} backoff"));
    }
}

#[test]
fn the_jitter_takes_off_up_to_its_ratio_rounding_halves_up() {
    assert_eq!(line_with(&POLICY, 1, &NONE, 0.5), "reconnect 1125 backoff");
    let tiny = ReconnectPolicy {
        initial_delay_ms: 1.0,
        ..POLICY
    };
    // 1 × (1 − 0.5 × 1) = 0.5, a tie: up.
    assert_eq!(line_with(&tiny, 1, &NONE, 1.0), "reconnect 1 backoff");
    let odd = ReconnectPolicy {
        initial_delay_ms: 5.0,
        ..POLICY
    };
    // 5 × 0.75 = 3.75; 5 × 0.9 = 4.5, a tie: up.
    assert_eq!(line_with(&odd, 1, &NONE, 0.5), "reconnect 4 backoff");
    assert_eq!(line_with(&odd, 1, &NONE, 0.2), "reconnect 5 backoff");
}

#[test]
fn a_garbage_random_source_reads_as_no_jitter_or_all_of_it() {
    for r in [f64::NAN, -0.5, 0.0, f64::NEG_INFINITY] {
        assert_eq!(
            line_with(&POLICY, 1, &NONE, r),
            "reconnect 1500 backoff",
            "{r}"
        );
    }
    for r in [1.0, 7.0, f64::INFINITY] {
        assert_eq!(
            line_with(&POLICY, 1, &NONE, r),
            "reconnect 750 backoff",
            "{r}"
        );
    }
    let random = || -> f64 { panic!("broken") };
    let options = ReconnectOptions::new().now_ms(NOW).random(&random);
    assert_eq!(
        POLICY.advise("Synth", 1, &NONE, &options).delay(),
        Some(Duration::from_millis(1500))
    );
}

#[test]
fn the_window_stops_at_its_cap_and_forgets_what_lies_outside_it() {
    let full = [NOW - 59_999.0, NOW - 30_000.0, NOW - 20_000.0, NOW];
    let history = ReconnectHistory {
        reconnects: &full,
        ..NONE
    };
    assert_eq!(line(1, &history), "stop window-exhausted");
    // The window is (now − duration, now]: a start exactly a window ago is out of it.
    let older = [NOW - 60_000.0, NOW - 30_000.0, NOW - 20_000.0, NOW];
    let history = ReconnectHistory {
        reconnects: &older,
        ..NONE
    };
    assert_eq!(line(1, &history), "reconnect 20000 backoff");
    // Even a success code's class is read first, and a stop class stops before the window is counted.
    let history = ReconnectHistory {
        reconnects: &full,
        ..NONE
    };
    assert_eq!(line(0, &history), "stop not-an-error");
    assert_eq!(line(4, &history), "stop not-reconnectable");
    assert_eq!(line(3, &history), "stop window-exhausted");
}

#[test]
fn history_that_is_not_finite_or_lies_ahead_is_ignored() {
    let starts = [
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        NOW + 1.0,
        f64::MAX,
    ];
    let errors = [ReconnectError {
        at: f64::NAN,
        family: "Synth",
        code: Key::Integer(1),
    }];
    let history = ReconnectHistory {
        reconnects: &starts,
        connected: &starts,
        errors: &errors,
    };
    assert_eq!(line(1, &history), "reconnect 1500 backoff");
    assert_eq!(line(2, &history), "reconnect 0 immediate");
}

#[test]
fn a_clock_that_is_not_finite_is_the_system_clock() {
    let random = || 0.0;
    for now in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        let options = ReconnectOptions::new().now_ms(now).random(&random);
        let advice = POLICY.advise("Synth", 1, &NONE, &options);
        assert_eq!(advice.to_string(), "reconnect 1500 backoff");
    }
    let options = ReconnectOptions::new()
        .now(SystemTime::now())
        .random(&random);
    assert_eq!(
        POLICY.advise("Synth", 1, &NONE, &options).to_string(),
        "reconnect 1500 backoff"
    );
}

fn flapping_history<'a>(
    connected: &'a [f64],
    errors: &'a [ReconnectError<'a>],
) -> ReconnectHistory<'a> {
    ReconnectHistory {
        reconnects: &[],
        connected,
        errors,
    }
}

fn error(at: f64, code: Key<'static>) -> ReconnectError<'static> {
    ReconnectError {
        at,
        family: "Synth",
        code,
    }
}

#[test]
fn the_same_error_soon_after_each_of_the_last_connects_is_flapping() {
    let connected = [NOW - 20_000.0, NOW - 5_000.0];
    // The earlier one by its alias: the same code. This one, at now, follows the latest connect.
    let errors = [error(NOW - 15_000.0, Key::Text("Busted"))];
    assert_eq!(
        line(1, &flapping_history(&connected, &errors)),
        "stop flapping"
    );
    // An error at the very moment the tunnel came up does not follow it.
    let errors = [error(NOW - 20_000.0, Key::Integer(1))];
    assert_eq!(
        line(1, &flapping_history(&connected, &errors)),
        "reconnect 1500 backoff"
    );
    // Another code's error is not this one's flapping.
    let errors = [error(NOW - 15_000.0, Key::Integer(2))];
    assert_eq!(
        line(1, &flapping_history(&connected, &errors)),
        "reconnect 1500 backoff"
    );
    // Too late after the connect.
    let errors = [error(NOW - 20_000.0 + 7_001.0, Key::Integer(1))];
    assert_eq!(
        line(1, &flapping_history(&connected, &errors)),
        "reconnect 1500 backoff"
    );
    // Exactly at the edge of the span counts.
    let errors = [error(NOW - 20_000.0 + 7_000.0, Key::Integer(1))];
    assert_eq!(
        line(1, &flapping_history(&connected, &errors)),
        "stop flapping"
    );
    // Flapping comes before waiting for the network.
    let errors = [error(NOW - 15_000.0, Key::Integer(3))];
    assert_eq!(
        line(3, &flapping_history(&connected, &errors)),
        "stop flapping"
    );
}

#[test]
fn fewer_connects_than_the_policy_counts_are_not_flapping() {
    let connected = [NOW - 5_000.0];
    assert_eq!(
        line(1, &flapping_history(&connected, &[])),
        "reconnect 1500 backoff"
    );
    // Reconnects that never connected are the backoff's business.
    let starts = [NOW - 20_000.0, NOW - 5_000.0];
    let errors = [error(NOW - 15_000.0, Key::Integer(1))];
    let history = ReconnectHistory {
        reconnects: &starts,
        connected: &[],
        errors: &errors,
    };
    assert_eq!(line(1, &history), "reconnect 13500 backoff");
}

#[test]
fn errors_of_another_family_or_key_are_not_this_code() {
    let connected = [NOW - 20_000.0, NOW - 5_000.0];
    let errors = [
        ReconnectError {
            at: NOW - 15_000.0,
            family: "Other",
            code: Key::Integer(1),
        },
        error(NOW - 14_000.0, Key::Text("NoSuchCode")),
    ];
    assert_eq!(
        line(1, &flapping_history(&connected, &errors)),
        "reconnect 1500 backoff"
    );
}

#[test]
fn reconnect_now_goes_at_once_only_when_no_reconnect_started_lately() {
    let lately = [NOW - 6_999.0];
    let history = ReconnectHistory {
        reconnects: &lately,
        ..NONE
    };
    assert_eq!(line(2, &history), "reconnect 4500 backoff");
    let earlier = [NOW - 7_000.0];
    let history = ReconnectHistory {
        reconnects: &earlier,
        ..NONE
    };
    assert_eq!(line(2, &history), "reconnect 0 immediate");
}

#[test]
fn huge_numbers_saturate_instead_of_overflowing() {
    let wild = ReconnectPolicy {
        multiplier: f64::MAX,
        max_delay_ms: f64::INFINITY,
        ..POLICY
    };
    let starts = [NOW - 1.0, NOW - 2.0];
    let history = ReconnectHistory {
        reconnects: &starts,
        ..NONE
    };
    assert_eq!(
        line_with(&wild, 1, &history, 0.0),
        format!("reconnect {} backoff", u64::MAX)
    );
    let negative = ReconnectPolicy {
        jitter_ratio: 3.0,
        ..POLICY
    };
    assert_eq!(line_with(&negative, 1, &NONE, 1.0), "reconnect 0 backoff");
    let nan = ReconnectPolicy {
        initial_delay_ms: f64::NAN,
        ..POLICY
    };
    // A policy without a usable backoff waits the longest it allows.
    assert_eq!(line_with(&nan, 1, &NONE, 0.0), "reconnect 20000 backoff");
}

#[test]
fn the_words_are_the_vectors() {
    assert_eq!(ReconnectClass::ReconnectNow.to_string(), "reconnect-now");
    assert_eq!(ReconnectBasis::Immediate.to_string(), "immediate");
    assert_eq!(
        ReconnectStopReason::WindowExhausted.to_string(),
        "window-exhausted"
    );
    let advice = ReconnectAdvice::Reconnect {
        delay: Duration::from_millis(1234),
        basis: ReconnectBasis::Backoff,
    };
    assert_eq!(advice.to_string(), "reconnect 1234 backoff");
    assert_eq!(advice.delay(), Some(Duration::from_millis(1234)));
    assert_eq!(ReconnectAdvice::WaitForNetwork.delay(), None);
    assert!(format!("{:?}", ReconnectOptions::new()).contains("ReconnectOptions"));
}
