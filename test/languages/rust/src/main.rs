//! Decodes the shared vectors with the generated crate and prints one canonical line per vector.
//! Usage: vpn-error-codes-harness <repository root>

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;
use vpn_error_codes::api::{parse_response, ApiResponse, Details, ErrorBody};
use vpn_error_codes::catalog::{Catalog, Value as CodeValue};
use vpn_error_codes::{
    advise_reconnect, advise_retry, AdviseOptions, HttpStatus, HttpStatusCode, Key, OperationalError,
    OperationalErrorCode, ReconnectAdvice, ReconnectError, ReconnectHistory, ReconnectOptions, ResponseResult,
    RestErrorCode, RetryDecision,
};

/// What the harness needs of any family, so that one loop serves all four.
struct Found {
    name: &'static str,
    retryable: bool,
    json: String,
}

fn by_value(family: &str, value: &Value) -> Option<Found> {
    fn found<T: serde::Serialize>(name: &'static str, retryable: bool, member: T) -> Found {
        Found { name, retryable, json: serde_json::to_string(&member).unwrap() }
    }
    match (family, value) {
        // Through the open types: an integer the catalog does not know decodes, as Unknown.
        ("OperationalError", Value::Number(_)) => serde_json::from_value::<OperationalErrorCode>(value.clone())
            .unwrap()
            .known()
            .map(|m| found(m.as_str(), m.retryable(), m)),
        ("HttpStatus", Value::Number(_)) => serde_json::from_value::<HttpStatusCode>(value.clone())
            .unwrap()
            .known()
            .map(|m| found(m.as_str(), m.retryable(), m)),
        ("ResponseResult", Value::String(s)) => {
            ResponseResult::from_code(s).map(|m| found(m.as_str(), m.retryable(), m))
        }
        ("RestErrorCode", Value::String(s)) => {
            RestErrorCode::from_code(s).map(|m| found(m.as_str(), m.retryable(), m))
        }
        _ => panic!("no family {family} with a value like {value}"),
    }
}

fn by_name(family: &str, name: &str) -> Option<&'static str> {
    match family {
        "OperationalError" => name.parse::<OperationalError>().ok().map(|m| m.as_str()),
        "HttpStatus" => name.parse::<HttpStatus>().ok().map(|m| m.as_str()),
        "ResponseResult" => name.parse::<ResponseResult>().ok().map(|m| m.as_str()),
        "RestErrorCode" => name.parse::<RestErrorCode>().ok().map(|m| m.as_str()),
        _ => panic!("no family {family}"),
    }
}

fn member_count(family: &str) -> usize {
    match family {
        "OperationalError" => OperationalError::ALL.len(),
        "HttpStatus" => HttpStatus::ALL.len(),
        "ResponseResult" => ResponseResult::ALL.len(),
        "RestErrorCode" => RestErrorCode::ALL.len(),
        _ => panic!("no family {family}"),
    }
}

fn list(items: &[String]) -> String {
    format!("[{}]", items.join("|"))
}

fn opt(value: Option<&str>) -> &str {
    value.unwrap_or("null")
}

/// The details as the decoder typed them, in one step; None for details kept as a map.
fn typed_details(error: &ErrorBody) -> Option<String> {
    Some(match error.typed_details()? {
        Details::TokenExpired(d) => format!("TokenExpiredDetails(expiredAt={};tokenType={})", d.expired_at, d.token_type),
        Details::ValidationError(d) => {
            let received = d.received.map_or("null".to_owned(), |v| v.to_string());
            format!("ValidationErrorDetails(constraint={};field={};received={})", d.constraint, d.field, received)
        }
        Details::WeakPassword(d) => {
            format!("WeakPasswordDetails(failedChecks={};requirements={})", list(&d.failed_checks), list(&d.requirements))
        }
        Details::DeviceLimitReached(d) => format!(
            "DeviceLimitReachedDetails(currentDevices={};maxDevices={};plan={};upgradeUrl={})",
            d.current_devices,
            d.max_devices,
            d.plan,
            opt(d.upgrade_url.as_deref())
        ),
        Details::SubscriptionExpired(d) => format!(
            "SubscriptionExpiredDetails(expiredAt={};plan={};renewUrl={})",
            d.expired_at,
            d.plan,
            opt(d.renew_url.as_deref())
        ),
        _ => return None,
    })
}

fn envelope_line(file: &str, text: &str) -> String {
    let response: ApiResponse = match parse_response(text) {
        Ok(response) => response,
        Err(_) => return format!("envelope {file} -> invalid"),
    };
    if response.success {
        let data = if matches!(response.data, Some(Value::Object(_))) { "object" } else { "other" };
        return format!("envelope {file} success=true data={data}");
    }
    let Some(error) = response.error else {
        return format!("envelope {file} success=false without an error (the decoder let it through)");
    };
    let known = error.code.known();
    let details = match &error.details {
        None => "none".to_owned(),
        Some(map) => typed_details(&error).unwrap_or_else(|| {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            format!("keys({})", keys.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(","))
        }),
    };
    format!(
        "envelope {file} success=false code={} known={} retryable={} message={} details={}",
        error.code,
        known.map_or("unknown", |c| c.as_str()),
        known.map_or("unknown".to_owned(), |c| c.retryable().to_string()),
        serde_json::to_string(&error.message).unwrap(),
        details
    )
}

fn lines(root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let codes: Value = serde_json::from_str(&fs::read_to_string(root.join("test/vectors/codes.json")).unwrap()).unwrap();
    for v in codes["values"].as_array().unwrap() {
        let family = v["family"].as_str().unwrap();
        let value = &v["value"];
        out.push(match by_value(family, value) {
            Some(f) => format!("value {family} {value} -> {} retryable={} json={}", f.name, f.retryable, f.json),
            None => format!("value {family} {value} -> unknown"),
        });
    }
    for v in codes["names"].as_array().unwrap() {
        let family = v["family"].as_str().unwrap();
        let lookup = v["lookup"].as_str().unwrap();
        out.push(format!("name {family} {} -> {}", Value::from(lookup), by_name(family, lookup).unwrap_or("unknown")));
    }

    let catalog: Catalog = serde_json::from_str(&fs::read_to_string(root.join("generated/catalog.json")).unwrap()).unwrap();
    for family in &catalog.families {
        let name = serde_json::to_value(&family.name).unwrap();
        let name = name.as_str().unwrap();
        out.push(format!("family {name} codes={} members={}", family.codes.len(), member_count(name)));
        for code in &family.codes {
            let value = match &code.value {
                CodeValue::Integer(i) => Value::from(*i),
                CodeValue::Name(s) => Value::from(s.as_str()),
            };
            let line = match by_value(name, &value) {
                Some(f) => format!("member {name} {value} -> {} retryable={} catalog-retryable={}", f.name, f.retryable, code.retryable),
                None => format!("member {name} {value} -> unknown catalog-retryable={}", code.retryable),
            };
            out.push(line);
        }
    }

    let dir = root.join("test/vectors/envelopes");
    for (prefix, dir) in [("", dir.clone()), ("invalid/", dir.join("invalid"))] {
        let mut files: Vec<PathBuf> = fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_file()).collect();
        files.sort();
        for path in files {
            let file = path.file_name().unwrap().to_str().unwrap().to_owned();
            if prefix.is_empty() && !file.ends_with(".json") {
                continue;
            }
            out.push(envelope_line(&format!("{prefix}{file}"), &fs::read_to_string(&path).unwrap()));
        }
    }

    let decisions: Value = serde_json::from_str(&fs::read_to_string(root.join("test/vectors/decisions.json")).unwrap()).unwrap();
    for case in decisions["cases"].as_array().unwrap() {
        let headers: Vec<(String, String)> = case["headers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|pair| (pair[0].as_str().unwrap().to_owned(), pair[1].as_str().unwrap().to_owned()))
            .collect();
        let pinned = case["random"].as_f64().unwrap();
        let random = move || pinned;
        let mut options = AdviseOptions::new().token_refreshed(case["tokenRefreshed"].as_bool().unwrap()).random(&random);
        if let Some(now) = case["now"].as_f64() {
            options = options.now_ms(now);
        }
        let status = u16::try_from(case["status"].as_u64().unwrap()).unwrap();
        let attempt = u32::try_from(case["attempt"].as_u64().unwrap()).unwrap();
        let decision = advise_retry(status, headers, case["body"].as_str(), attempt, &options);
        out.push(format!("decision {} -> {}", case["id"].as_str().unwrap(), decision_line(&decision)));
    }

    let reconnects: Value = serde_json::from_str(&fs::read_to_string(root.join("test/vectors/reconnect.json")).unwrap()).unwrap();
    for case in reconnects["cases"].as_array().unwrap() {
        out.push(format!("reconnect {} -> {}", case["id"].as_str().unwrap(), reconnect_line(case)));
    }
    out
}

/// A vector's code as a lookup key: an integer value, or text (digits, identifier, alias, older wire name).
fn key(code: &Value) -> Key<'_> {
    match code {
        Value::String(text) => Key::Text(text),
        other => Key::Integer(other.as_i64().unwrap_or_else(|| panic!("a code that is no key: {other}"))),
    }
}

fn times(list: &Value) -> Vec<f64> {
    list.as_array().unwrap().iter().map(|t| t.as_f64().unwrap()).collect()
}

fn reconnect_line(case: &Value) -> String {
    let history = &case["history"];
    let reconnects = times(&history["reconnects"]);
    let connected = times(&history["connected"]);
    let errors: Vec<ReconnectError<'_>> = history["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| ReconnectError { at: e["at"].as_f64().unwrap(), family: e["family"].as_str().unwrap(), code: key(&e["code"]) })
        .collect();
    let history = ReconnectHistory { reconnects: &reconnects, connected: &connected, errors: &errors };
    let pinned = case["random"].as_f64().unwrap();
    let random = move || pinned;
    let options = ReconnectOptions::new().now_ms(case["now"].as_f64().unwrap()).random(&random);
    match advise_reconnect(case["family"].as_str().unwrap(), key(&case["code"]), &history, &options) {
        ReconnectAdvice::Reconnect { delay, basis } => format!("reconnect {} {basis}", delay.as_millis()),
        ReconnectAdvice::WaitForNetwork => "wait-for-network".to_owned(),
        ReconnectAdvice::Stop { reason, .. } => format!("stop {reason}"),
        other => panic!("an advice this harness does not know: {other:?}"),
    }
}

fn decision_line(decision: &RetryDecision) -> String {
    match decision {
        RetryDecision::Retry { delay, basis } => format!("retry {} {}", delay.as_millis(), basis.as_str()),
        RetryDecision::RefreshToken => "refresh-token".to_owned(),
        RetryDecision::Fail { reason, .. } => format!("fail {reason}"),
        other => panic!("a decision this harness does not know: {other:?}"),
    }
}

fn main() {
    let root = std::env::args().nth(1).expect("usage: vpn-error-codes-harness <repository root>");
    for line in lines(Path::new(&root)) {
        println!("{line}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;
    use vpn_error_codes::{advise_retry_http, Basis};

    #[test]
    fn http_types_decide_as_name_value_pairs_do() {
        use http::{HeaderMap, HeaderValue, StatusCode};
        let body = r#"{"success":false,"error":{"code":"RATE_LIMITED","message":"m"}}"#;
        let mut headers = HeaderMap::new();
        headers.append("retry-after", HeaderValue::from_static("7"));
        headers.append("x-request-id", HeaderValue::from_bytes(b"\xff").unwrap());
        let random = || 0.5;
        let options = AdviseOptions::new().now_ms(1_767_225_600_000.0).random(&random);
        let typed = advise_retry_http(StatusCode::TOO_MANY_REQUESTS, &headers, Some(body), 1, &options);
        let pairs = advise_retry(429, [("Retry-After", "7")], Some(body), 1, &options);
        assert_eq!(typed, pairs);
        assert_eq!(typed.delay(), Some(Duration::from_millis(7250)));
        assert_eq!(HttpStatus::from_status(StatusCode::TOO_MANY_REQUESTS), Some(HttpStatus::TooManyRequests));
        assert_eq!(HttpStatus::from_status(StatusCode::IM_A_TEAPOT), None);
        assert!(HttpStatus::TooManyRequests == StatusCode::TOO_MANY_REQUESTS);
    }

    #[test]
    fn a_message_cut_inside_an_emoji_still_asks_for_a_token_refresh() {
        // issue 23, item 5: serde_json refuses the lone surrogate, and the user was sent to log in again.
        let body = r#"{"success":false,"error":{"code":"TOKEN_EXPIRED","message":"Token expired \ud83d"}}"#;
        let decision = advise_retry(401, Vec::<(&str, &str)>::new(), Some(body), 1, &AdviseOptions::new());
        assert_eq!(decision, RetryDecision::RefreshToken);
    }

    #[test]
    fn a_failure_is_an_error_that_question_mark_carries() {
        fn data(body: &str) -> Result<Option<Value>, Box<dyn std::error::Error>> {
            Ok(parse_response(body)?.into_result()?)
        }
        let failure = r#"{"success":false,"error":{"code":"TOKEN_EXPIRED","message":"Token expired"}}"#;
        assert_eq!(data(failure).unwrap_err().to_string(), "TOKEN_EXPIRED: Token expired");
        assert_eq!(data(r#"{"success":true,"data":{"a":1}}"#).unwrap(), Some(serde_json::json!({"a": 1})));
        assert!(data("<html>").unwrap_err().to_string().starts_with("not the API's envelope"));
    }

    #[test]
    fn every_member_round_trips_through_its_value_its_name_and_json() {
        for m in OperationalError::ALL {
            assert_eq!(OperationalError::try_from(m.code()), Ok(m));
            assert_eq!(OperationalError::lookup(m.code()).map(|found| found.member), Some(m));
            assert_eq!(OperationalError::lookup(m.as_str()).map(|found| found.member), Some(m));
            assert_eq!(m.as_str().parse::<OperationalError>(), Ok(m));
            assert_eq!(serde_json::from_str::<OperationalError>(&serde_json::to_string(&m).unwrap()).unwrap(), m);
        }
        for m in HttpStatus::ALL {
            assert_eq!(HttpStatus::try_from(i64::from(m)), Ok(m));
            assert_eq!(m.to_string().parse::<HttpStatus>(), Ok(m));
        }
        for m in ResponseResult::ALL {
            assert_eq!(ResponseResult::from_code(m.as_str()), Some(m));
            assert_eq!(serde_json::to_value(m).unwrap(), Value::from(m.as_str()));
        }
        for m in RestErrorCode::ALL {
            assert_eq!(serde_json::from_value::<RestErrorCode>(Value::from(m.as_str())).unwrap(), m);
        }
    }

    #[test]
    fn unknown_values_are_errors_not_panics() {
        let err = OperationalError::try_from(187).unwrap_err();
        assert_eq!(err.to_string(), "OperationalError has no code 187");
        assert!(serde_json::from_str::<HttpStatus>("418").is_err());
        assert!(serde_json::from_str::<RestErrorCode>("\"ACCOUNT_FROZEN\"").is_err());
    }

    #[test]
    fn unknown_integers_decode_through_the_open_types_and_keep_their_value() {
        let code: OperationalErrorCode = serde_json::from_str("99999").unwrap();
        assert_eq!(code, OperationalErrorCode::Unknown(99999));
        assert_eq!(serde_json::to_string(&code).unwrap(), "99999");
        assert_eq!(code.to_string(), "OperationalError(99999)");
        let status: HttpStatusCode = serde_json::from_str("418").unwrap();
        assert_eq!(status.known(), None);
        for m in OperationalError::ALL {
            assert_eq!(OperationalErrorCode::from(m.code()), OperationalErrorCode::Known(m));
        }
    }

    #[test]
    fn invalid_envelopes_are_errors_not_panics() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../..");
        let entries: Vec<_> = fs::read_dir(root.join("test/vectors/envelopes/invalid")).unwrap().collect();
        assert!(!entries.is_empty());
        for entry in entries {
            let path = entry.unwrap().path();
            assert!(parse_response(&fs::read_to_string(&path).unwrap()).is_err(), "{}", path.display());
        }
    }

    #[test]
    fn a_panicking_random_source_reads_as_no_jitter() {
        let random = || -> f64 { panic!("broken") };
        let options = AdviseOptions::new().random(&random);
        let decision = advise_retry(503, Vec::<(&str, &str)>::new(), None, 1, &options);
        assert_eq!(decision, RetryDecision::Retry { delay: Duration::from_millis(1000), basis: Basis::Backoff });
    }

    #[test]
    fn every_key_of_an_sdk_code_gets_the_same_reconnect_advice() {
        let random = || 0.5;
        let options = ReconnectOptions::new().now_ms(1_767_225_600_000.0).random(&random);
        let history = ReconnectHistory::default();
        for m in OperationalError::ALL {
            let by_value = advise_reconnect("OperationalError", m.code(), &history, &options);
            let digits = m.code().to_string();
            assert_eq!(advise_reconnect("OperationalError", &digits, &history, &options), by_value);
            assert_eq!(advise_reconnect("OperationalError", m.as_str(), &history, &options), by_value);
        }
        for m in ResponseResult::ALL {
            let advice = advise_reconnect("ResponseResult", m.as_str(), &history, &options);
            assert_ne!(advice.to_string(), "stop unknown-code", "{m}");
        }
    }

    #[test]
    fn a_reconnect_fed_garbage_answers_instead_of_panicking() {
        let random = || -> f64 { panic!("broken") };
        let garbage = [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, f64::MAX, -0.0];
        let errors = [ReconnectError { at: f64::NAN, family: "\u{0}", code: Key::Text("\u{fffd}") }];
        let history = ReconnectHistory { reconnects: &garbage, connected: &garbage, errors: &errors };
        let code = OperationalError::ALL.iter().find(|m| m.retry_advice().strategy == "reconnect-tunnel").unwrap();
        for now in garbage {
            let options = ReconnectOptions::new().now_ms(now).random(&random);
            let advice = advise_reconnect("OperationalError", code.code(), &history, &options);
            assert!(matches!(advice, ReconnectAdvice::Reconnect { .. }), "{advice:?}");
            for (family, key) in [("", Key::Text("")), ("HttpStatus", Key::Integer(503)), ("OperationalError", Key::Integer(i64::MIN))] {
                let advice = advise_reconnect(family, key, &history, &options);
                assert_eq!(advice.to_string(), "stop unknown-code");
            }
        }
    }

    #[test]
    fn every_envelope_survives_a_round_trip() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../..");
        for entry in fs::read_dir(root.join("test/vectors/envelopes")).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().map_or(true, |e| e != "json") {
                continue;
            }
            let text = fs::read_to_string(path).unwrap();
            let decoded = parse_response(&text).unwrap();
            let again: ApiResponse = serde_json::from_str(&serde_json::to_string(&decoded).unwrap()).unwrap();
            assert_eq!(again, decoded);
        }
    }
}
