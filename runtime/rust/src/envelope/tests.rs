//! The decoder against a small synthetic policy: invented codes and details shapes, and patterns
//! written for these tests.

use super::*;

static POLICY: EnvelopePolicy = EnvelopePolicy {
    known_codes: &["SYNTHETIC_PLAIN", "SYNTHETIC_DETAILED", "synthetic-lower"],
    unknown_code_pattern: "^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$",
    details: &[DetailsShape {
        code: "SYNTHETIC_DETAILED",
        required: &["when", "count"],
        fields: &[
            FieldCheck {
                name: "when",
                json_type: Some("string"),
                minimum: None,
                format: Some("date-time"),
                items: None,
            },
            FieldCheck {
                name: "count",
                json_type: Some("integer"),
                minimum: Some(1.0),
                format: None,
                items: None,
            },
            FieldCheck {
                name: "link",
                json_type: Some("string"),
                minimum: None,
                format: Some("uri"),
                items: None,
            },
            FieldCheck {
                name: "tags",
                json_type: Some("array"),
                minimum: None,
                format: None,
                items: Some("string"),
            },
            FieldCheck {
                name: "anything",
                json_type: None,
                minimum: None,
                format: Some("some-future-format"),
                items: None,
            },
        ],
    }],
    date_time_pattern: r"(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|([+-])(\d{2}):(\d{2}))",
    uri_scheme_pattern: "[A-Za-z][A-Za-z0-9+.-]*",
    uri_forbidden: " \u{a0}<>\"",
};

fn failure(code: &str, details: &str) -> String {
    let details = if details.is_empty() {
        String::new()
    } else {
        format!(r#","details":{details}"#)
    };
    format!(r#"{{"success":false,"error":{{"code":"{code}","message":"m"{details}}}}}"#)
}

fn problem(body: &str) -> Option<String> {
    POLICY
        .decode::<Value>(body)
        .err()
        .map(|e| e.problem().to_owned())
}

const DETAILS: &str = r#"{"when":"2024-03-01T05:29:60.25+05:30","count":2,"link":"https://example.test/a?b=c","tags":["x"],"more":null}"#;

#[test]
fn a_well_formed_envelope_decodes_into_the_callers_type() {
    let success: Value = POLICY
        .decode(r#"{"success":true,"data":{"id":1}}"#)
        .unwrap();
    assert_eq!(success["data"]["id"], 1);
    assert_eq!(problem(&failure("SYNTHETIC_PLAIN", "")), None);
    assert_eq!(problem(&failure("SYNTHETIC_DETAILED", DETAILS)), None);
    assert_eq!(problem(&failure("SYNTHETIC_PLAIN", r#"{"free":1}"#)), None);
}

#[test]
fn a_body_that_is_not_the_envelopes_core_is_invalid_and_says_why() {
    let cases = [
        (
            "<!doctype html><p>Bad gateway",
            "the body is HTML, not JSON (a proxy or gateway page?)",
        ),
        ("upstream timed out", "the body is not valid JSON"),
        ("", "the body is not valid JSON"),
        ("[]", "the body must be an object"),
        (
            r#"{"data":1}"#,
            "the body must have required property 'success'",
        ),
        (
            r#"{"success":true}"#,
            "the body must have required property 'data'",
        ),
        (
            r#"{"success":"yes","data":1}"#,
            "/success must be a boolean",
        ),
        (
            r#"{"success":false}"#,
            "a failure must have an error object",
        ),
        (
            r#"{"success":false,"error":[]}"#,
            "a failure must have an error object",
        ),
        (
            r#"{"success":false,"error":{"code":1,"message":"m"}}"#,
            "/error/code must be a string",
        ),
        (
            r#"{"success":false,"error":{"code":"SYNTHETIC_PLAIN"}}"#,
            "/error/message must be a string",
        ),
    ];
    for (body, expected) in cases {
        assert_eq!(problem(body).as_deref(), Some(expected), "{body}");
    }
    let invalid = POLICY.decode::<Value>("[]").unwrap_err();
    assert_eq!(
        invalid.to_string(),
        "not the API's envelope: the body must be an object"
    );
}

#[test]
fn an_unknown_code_must_be_shaped_like_one() {
    assert_eq!(problem(&failure("SYNTHETIC_NEW_2", "")), None);
    // Known codes need no shape.
    assert_eq!(problem(&failure("synthetic-lower", "")), None);
    for code in [
        "synthetic_new",
        "SYNTHETIC__NEW",
        "_SYNTHETIC",
        "SYNTHETIC_",
        "9SYNTHETIC",
        "",
    ] {
        assert_eq!(
            problem(&failure(code, "")).as_deref(),
            Some("/error/code is neither a known code nor shaped like one"),
            "{code}"
        );
    }
}

#[test]
fn an_invalid_pattern_in_the_policy_rejects_what_it_would_check() {
    let broken = EnvelopePolicy {
        unknown_code_pattern: "([A-Z]",
        date_time_pattern: "(?<year>",
        uri_scheme_pattern: "[z-a]",
        ..POLICY
    };
    assert!(broken
        .decode::<Value>(&failure("SYNTHETIC_NEW", ""))
        .is_err());
    assert!(broken
        .decode::<Value>(&failure("SYNTHETIC_PLAIN", ""))
        .is_ok());
    assert!(broken
        .decode::<Value>(&failure("SYNTHETIC_DETAILED", DETAILS))
        .is_err());
}

#[test]
fn a_known_codes_details_must_have_its_shape() {
    let cases = [
        (r#"[1]"#, "/error/details must be an object"),
        (
            r#"{"when":"2024-01-01T00:00:00Z"}"#,
            "/error/details must have required property 'count'",
        ),
        (
            r#"{"when":1,"count":1}"#,
            "/error/details/when must be string",
        ),
        (
            r#"{"when":"2024-01-01T00:00:00Z","count":1.5}"#,
            "/error/details/count must be integer",
        ),
        (
            r#"{"when":"2024-01-01T00:00:00Z","count":0}"#,
            "/error/details/count must be >= 1",
        ),
        (
            r#"{"when":"2024-01-01T00:00:00Z","count":null}"#,
            "/error/details/count must be integer",
        ),
        (
            r#"{"when":"2024-01-01T00:00:00Z","count":1,"tags":"x"}"#,
            "/error/details/tags must be array",
        ),
        (
            r#"{"when":"2024-01-01T00:00:00Z","count":1,"tags":["x",2]}"#,
            "/error/details/tags items must be string",
        ),
        (
            r#"{"when":"2024-01-01","count":1}"#,
            "/error/details/when must match format date-time",
        ),
        (
            r#"{"when":"2024-01-01T00:00:00Z","count":1,"link":"no scheme"}"#,
            "/error/details/link must match format uri",
        ),
    ];
    for (details, expected) in cases {
        let body = failure("SYNTHETIC_DETAILED", details);
        assert_eq!(problem(&body).as_deref(), Some(expected), "{details}");
    }
    // An integer is any number without a fraction; a format this runtime does not know checks nothing.
    let whole = r#"{"when":"2024-01-01T00:00:00Z","count":2.0,"anything":"?"}"#;
    assert_eq!(problem(&failure("SYNTHETIC_DETAILED", whole)), None);
}

#[test]
fn a_date_time_matches_the_pattern_and_each_field_is_in_range() {
    let valid = [
        "2024-02-29T00:00:00Z",
        "2023-12-31t23:59:60z",
        "2023-01-31T12:00:00.000000001-23:59",
        "0000-01-01T00:00:00+00:00",
        // A leap second is 23:59:60 UTC, whatever the offset says locally.
        "2026-07-01T01:59:60+02:00",
        "2026-06-30T19:29:60-04:30",
    ];
    for text in valid {
        assert!(POLICY.is_date_time(text), "{text}");
    }
    let invalid = [
        "2023-02-29T00:00:00Z",
        "2100-02-29T00:00:00Z",
        "2023-04-31T00:00:00Z",
        "2023-13-01T00:00:00Z",
        "2023-00-01T00:00:00Z",
        "2023-01-00T00:00:00Z",
        "2023-01-01T24:00:00Z",
        "2023-01-01T00:60:00Z",
        "2023-01-01T00:00:61Z",
        "2026-06-30T12:00:60Z",
        "2026-06-30T23:59:60+01:00",
        "2026-06-30T23:58:60Z",
        "2023-01-01T00:00:00+24:00",
        "2023-01-01T00:00:00+00:60",
        "2023-01-01T00:00:00.Z",
        "2023-01-01T00:00:00",
        "2023-01-01 00:00:00Z",
        " 2023-01-01T00:00:00Z",
        "2023-01-01T00:00:00Z ",
        "２０２３-01-01T00:00:00Z",
    ];
    for text in invalid {
        assert!(!POLICY.is_date_time(text), "{text}");
    }
}

#[test]
fn a_uri_is_a_scheme_a_colon_and_nothing_forbidden() {
    for text in [
        "https://example.test",
        "urn:x",
        "a+b.c-d:",
        "mailto:a@example.test",
    ] {
        assert!(POLICY.is_uri(text), "{text}");
    }
    for text in [
        "example.test",
        ":x",
        "1a:x",
        "a_b:x",
        "https://a b",
        "https://a\u{a0}b",
        "https://<a>",
    ] {
        assert!(!POLICY.is_uri(text), "{text}");
    }
}

#[test]
fn the_error_code_is_read_from_the_core_alone() {
    let wrong_details = failure("SYNTHETIC_DETAILED", r#"{"count":"many"}"#);
    assert_eq!(
        error_code_of(&wrong_details).as_deref(),
        Some("SYNTHETIC_DETAILED")
    );
    assert_eq!(
        error_code_of(&failure("lower case", "")).as_deref(),
        Some("lower case")
    );
    assert_eq!(error_code_of(r#"{"success":true,"data":null}"#), None);
    assert_eq!(
        error_code_of(r#"{"success":false,"error":{"code":"X"}}"#),
        None
    );
    assert_eq!(error_code_of("<html>"), None);
}

#[test]
fn garbage_gives_errors_not_panics() {
    let deep = "[".repeat(100_000);
    let long_code = format!("A{}", "_A".repeat(100_000));
    let bodies = [
        deep.as_str(),
        "\u{0}",
        "\u{feff}{}",
        r#"{"success":false,"error":{"code":"\ud800","message":"m"}}"#,
        r#"{"success":true,"data":1e999}"#,
    ];
    for body in bodies {
        let _ = POLICY.decode::<Value>(body);
        let _ = error_code_of(body);
    }
    assert_eq!(problem(&failure(&long_code, "")), None);
}

#[test]
fn valid_json_that_serde_json_refuses_decodes_and_keeps_its_code() {
    let deep = format!("{}{}", "[".repeat(600), "]".repeat(600));
    let digits = format!("1{}", "0".repeat(1000));
    let bodies = [
        format!(
            r#"{{"success":false,"error":{{"code":"SYNTHETIC_PLAIN","message":"m"}},"trace":{deep}}}"#
        ),
        format!(
            r#"{{"success":false,"error":{{"code":"SYNTHETIC_PLAIN","message":"m","hint":1e400}},"n":{digits}}}"#
        ),
        r#"{"success":false,"error":{"code":"SYNTHETIC_PLAIN","message":"cut \ud83d"}}"#.to_owned(),
    ];
    for body in &bodies {
        assert_eq!(error_code_of(body).as_deref(), Some("SYNTHETIC_PLAIN"));
        let decoded: Value = POLICY.decode(body).unwrap();
        assert_eq!(decoded["error"]["code"], "SYNTHETIC_PLAIN");
    }
    let decoded: Value = POLICY.decode(&bodies[2]).unwrap();
    assert_eq!(decoded["error"]["message"], "cut \u{fffd}");
}

#[test]
fn numbers_in_details_are_judged_by_their_f64_value() {
    let with_count = |count: &str| {
        let details = format!(r#"{{"when":"2024-01-01T00:00:00Z","count":{count}}}"#);
        problem(&failure("SYNTHETIC_DETAILED", &details))
    };
    assert_eq!(with_count("100000000000000000000"), None);
    assert_eq!(with_count(&format!("1{}", "0".repeat(300))), None);
    assert_eq!(with_count("2.0"), None);
    assert_eq!(
        with_count("1e400").as_deref(),
        Some("/error/details/count must be integer")
    );
    assert_eq!(
        with_count(&format!("1{}", "0".repeat(400))).as_deref(),
        Some("/error/details/count must be integer")
    );
    assert_eq!(
        with_count("2.5").as_deref(),
        Some("/error/details/count must be integer")
    );
}

#[test]
fn details_nested_past_what_a_value_holds_are_refused_but_the_code_is_read() {
    let deep = format!(
        "{}{}",
        "[".repeat(MAX_KEPT_DEPTH),
        "]".repeat(MAX_KEPT_DEPTH)
    );
    let body = failure("SYNTHETIC_PLAIN", &format!(r#"{{"deep":{deep}}}"#));
    assert!(problem(&body).is_some_and(|p| p.contains("deeper than 512")));
    assert_eq!(error_code_of(&body).as_deref(), Some("SYNTHETIC_PLAIN"));
}
