// Copied from runtime/rust/src/envelope/json/tests.rs by npm run build: edit that file, not this copy.
//! The reader against valid JSON that serde_json refuses, and against what is not JSON.

use super::*;

fn core(text: &str) -> Result<Option<Map<String, Value>>, ReadError> {
    read_envelope(text, false)
}

fn everything(text: &str) -> Result<Option<Map<String, Value>>, ReadError> {
    read_envelope(text, true)
}

const FAILURE: &str = r#""success":false,"error":{"code":"C","message":"m"}"#;

#[test]
fn reads_nesting_of_any_depth_outside_what_it_keeps() {
    for depth in [600, 100_000] {
        let deep = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        let body = format!(r#"{{{FAILURE},"trace":{deep},"data":{deep}}}"#);
        let members = core(&body).unwrap().unwrap();
        assert_eq!(members["error"]["code"], "C");
        assert_eq!(members["data"], Value::Null, "data is marked present");
        assert!(!members.contains_key("trace"));
        let objects = format!(
            r#"{{{FAILURE},"trace":{}1{}}}"#,
            r#"{"a":"#.repeat(depth),
            "}".repeat(depth)
        );
        assert_eq!(core(&objects).unwrap().unwrap()["error"]["code"], "C");
        assert_eq!(core(&deep), Ok(None));
    }
}

#[test]
fn keeps_data_and_details_up_to_the_depth_a_value_can_hold() {
    let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    let body = |depth: usize| format!(r#"{{"success":true,"data":{}}}"#, nested(depth));
    assert!(everything(&body(MAX_KEPT_DEPTH - 1)).unwrap().is_some());
    assert_eq!(everything(&body(MAX_KEPT_DEPTH)), Err(ReadError::TooDeep));
    let details = format!(
        r#"{{"success":false,"error":{{"code":"C","message":"m","details":{{"a":{}}}}}}}"#,
        nested(MAX_KEPT_DEPTH)
    );
    assert_eq!(everything(&details), Err(ReadError::TooDeep));
    assert_eq!(core(&details).unwrap().unwrap()["error"]["code"], "C");
}

#[test]
fn reads_numbers_of_any_length_or_magnitude_as_the_nearest_f64() {
    let digits = format!("1{}", "0".repeat(1000));
    for number in [
        "1e400",
        "-1e400",
        digits.as_str(),
        "1e-400",
        "123456789012345678901234567890",
    ] {
        let body = format!(r#"{{{FAILURE},"n":{number},"data":{number}}}"#);
        assert_eq!(
            core(&body).unwrap().unwrap()["error"]["code"],
            "C",
            "{number}"
        );
    }
    let details = |n: &str| {
        let body = format!(
            r#"{{"success":false,"error":{{"code":"C","message":"m","details":{{"n":{n}}}}}}}"#
        );
        everything(&body).unwrap().unwrap()["error"]["details"]["n"].clone()
    };
    assert_eq!(details("1e400"), Value::Null);
    assert_eq!(details(&digits), Value::Null);
    assert_eq!(details("100000000000000000000").as_f64(), Some(1e20));
    assert_eq!(details("18446744073709551615").as_u64(), Some(u64::MAX));
    assert_eq!(details("-9223372036854775808").as_i64(), Some(i64::MIN));
    assert_eq!(details("5.0").as_f64(), Some(5.0));
    assert_eq!(details("0.1").as_f64(), Some(0.1));
    assert_eq!(details("-0").as_i64(), Some(0));
}

#[test]
fn reads_a_lone_surrogate_as_the_replacement_character() {
    let body = r#"{"success":false,"error":{"code":"TOKEN_EXPIRED","message":"cut \ud83d","x":"\udc00\ud83d\ude00"}}"#;
    let members = core(body).unwrap().unwrap();
    assert_eq!(members["error"]["code"], "TOKEN_EXPIRED");
    assert_eq!(members["error"]["message"], "cut \u{fffd}");
    let pair =
        r#"{"success":false,"error":{"code":"C","message":"\ud83d\ude00 \u00e9\n\"\\\/ é"}}"#;
    assert_eq!(
        core(pair).unwrap().unwrap()["error"]["message"],
        "\u{1f600} \u{e9}\n\"\\/ é"
    );
}

#[test]
fn the_last_of_two_members_with_one_name_counts() {
    let body = r#"{"success":true,"success":false,"error":{"code":"A","message":"m","code":"B"}}"#;
    let members = core(body).unwrap().unwrap();
    assert_eq!(members["success"], false);
    assert_eq!(members["error"]["code"], "B");
}

#[test]
fn refuses_what_is_not_json() {
    let bodies = [
        "",
        " ",
        "<html>",
        "{",
        "{}}",
        "{} {}",
        "[1,]",
        "[,1]",
        "{\"a\":1,}",
        "{\"a\" 1}",
        "{'a':1}",
        "01",
        "1.",
        ".5",
        "1e",
        "+1",
        "-",
        "NaN",
        "Infinity",
        "tru",
        "nul",
        "\"a",
        "\"\\x\"",
        "\"\\u12\"",
        "\"\\u12g4\"",
        "\"a\u{1}\"",
        "\u{feff}{}",
        "{}\u{a0}",
        "[1 2]",
        "{\"a\":1 \"b\":2}",
        "[\"a\":1]",
        "{\"a\"}",
        "/* c */ {}",
        "{\"a\":[}",
        "[{]",
    ];
    for body in bodies {
        assert_eq!(core(body), Err(ReadError::NotJson), "{body:?}");
        let skipped = format!(r#"{{{FAILURE},"x":{body}}}"#);
        assert!(core(&skipped).is_err(), "{skipped:?}");
    }
    for body in [
        "1",
        "\"s\"",
        "null",
        "[]",
        "[1,[2,{\"a\":[]}]]",
        " \t\r\n{}\n",
    ] {
        assert!(core(body).is_ok(), "{body:?}");
    }
}

#[test]
fn stops_at_the_size_limit() {
    let pad = |n: usize| format!(r#"{{{FAILURE},"p":"{}"}}"#, "a".repeat(n));
    let overhead = pad(0).len();
    assert!(core(&pad(MAX_BODY_LENGTH - overhead)).is_ok());
    assert_eq!(
        core(&pad(MAX_BODY_LENGTH - overhead + 1)),
        Err(ReadError::TooLarge)
    );
    // Code units, not bytes: a character of two UTF-8 bytes is one UTF-16 unit.
    let wide = format!(
        r#"{{{FAILURE},"p":"{}"}}"#,
        "é".repeat(MAX_BODY_LENGTH - overhead)
    );
    assert!(core(&wide).is_ok());
}
