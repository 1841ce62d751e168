//! Decodes the shared vectors with the generated crate and prints one canonical line per vector.
//! Usage: vpn-error-codes-harness <repository root>

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;
use vpn_error_codes::api::{
    ApiResponse, DeviceLimitReachedDetails, SubscriptionExpiredDetails, TokenExpiredDetails,
    ValidationErrorDetails, WeakPasswordDetails,
};
use vpn_error_codes::catalog::{Catalog, Value as CodeValue};
use vpn_error_codes::{HttpStatus, OperationalError, ResponseResult, RestErrorCode};

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
        ("OperationalError", Value::Number(n)) => OperationalError::try_from(n.as_i64()?)
            .ok()
            .map(|m| found(m.as_str(), m.retryable(), m)),
        ("HttpStatus", Value::Number(n)) => HttpStatus::try_from(n.as_i64()?)
            .ok()
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

fn typed_details(code: RestErrorCode, details: &Value) -> Option<String> {
    let details = details.clone();
    Some(match code {
        RestErrorCode::TOKEN_EXPIRED => {
            let d: TokenExpiredDetails = serde_json::from_value(details).unwrap();
            format!("TokenExpiredDetails(expiredAt={};tokenType={})", d.expired_at, d.token_type)
        }
        RestErrorCode::VALIDATION_ERROR => {
            let d: ValidationErrorDetails = serde_json::from_value(details).unwrap();
            let received = d.received.map_or("null".to_owned(), |v| v.to_string());
            format!("ValidationErrorDetails(constraint={};field={};received={})", d.constraint, d.field, received)
        }
        RestErrorCode::WEAK_PASSWORD => {
            let d: WeakPasswordDetails = serde_json::from_value(details).unwrap();
            format!("WeakPasswordDetails(failedChecks={};requirements={})", list(&d.failed_checks), list(&d.requirements))
        }
        RestErrorCode::DEVICE_LIMIT_REACHED => {
            let d: DeviceLimitReachedDetails = serde_json::from_value(details).unwrap();
            format!(
                "DeviceLimitReachedDetails(currentDevices={};maxDevices={};plan={};upgradeUrl={})",
                d.current_devices, d.max_devices, d.plan, opt(d.upgrade_url.as_deref())
            )
        }
        RestErrorCode::SUBSCRIPTION_EXPIRED => {
            let d: SubscriptionExpiredDetails = serde_json::from_value(details).unwrap();
            format!(
                "SubscriptionExpiredDetails(expiredAt={};plan={};renewUrl={})",
                d.expired_at, d.plan, opt(d.renew_url.as_deref())
            )
        }
        _ => return None,
    })
}

fn envelope_line(file: &str, text: &str) -> String {
    let response: ApiResponse = serde_json::from_str(text).unwrap();
    if response.success {
        let data = if matches!(response.data, Some(Value::Object(_))) { "object" } else { "other" };
        return format!("envelope {file} success=true data={data}");
    }
    let error = response.error.expect("a failure carries an error");
    let known = error.code.known();
    let details = match (&error.details, known) {
        (None, _) => "none".to_owned(),
        (Some(map), code) => {
            let value = serde_json::to_value(map).unwrap();
            code.and_then(|c| typed_details(c, &value)).unwrap_or_else(|| {
                let mut keys: Vec<&String> = map.keys().collect();
                keys.sort();
                format!("keys({})", keys.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(","))
            })
        }
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
    let mut files: Vec<PathBuf> = fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    for path in files {
        let file = path.file_name().unwrap().to_str().unwrap().to_owned();
        out.push(envelope_line(&file, &fs::read_to_string(&path).unwrap()));
    }
    out
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

    #[test]
    fn every_member_round_trips_through_its_value_its_name_and_json() {
        for m in OperationalError::ALL {
            assert_eq!(OperationalError::try_from(m.code()), Ok(m));
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
    fn every_envelope_survives_a_round_trip() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../..");
        for entry in fs::read_dir(root.join("test/vectors/envelopes")).unwrap() {
            let text = fs::read_to_string(entry.unwrap().path()).unwrap();
            let decoded: ApiResponse = serde_json::from_str(&text).unwrap();
            let again: ApiResponse = serde_json::from_str(&serde_json::to_string(&decoded).unwrap()).unwrap();
            assert_eq!(again, decoded);
        }
    }
}
