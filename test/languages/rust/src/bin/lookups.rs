//! Prints what the crate's lookups answer for every key the TypeScript reference looks up, one line each,
//! in test/languages/typescript/lookups.ts's format, so that the two outputs compare line for line.
//! Usage: lookups <the [family, key] pairs, as a JSON array>

use serde_json::Value;
use vpn_error_codes::{HttpStatus, Key, Match, MatchedBy, OperationalError, ResponseResult, RestErrorCode};

/// A value as JSON.stringify writes it.
fn json<T: serde::Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).expect("text and numbers always serialize")
}

/// What the line needs of a member of any family.
struct Facts {
    identifier: &'static str,
    value: Value,
    facts: &'static vpn_error_codes::CodeFacts,
}

fn found<M: Copy>(found: Option<Match<M>>, facts: impl Fn(M) -> Facts) -> Option<(Facts, MatchedBy)> {
    found.map(|m| (facts(m.member), m.matched_by))
}

fn lookup(family: &str, key: Key<'_>) -> Option<(Facts, MatchedBy)> {
    match family {
        "OperationalError" => found(OperationalError::lookup(key), |m| Facts {
            identifier: m.as_str(),
            value: Value::from(m.code()),
            facts: m.facts(),
        }),
        "HttpStatus" => found(HttpStatus::lookup(key), |m| Facts {
            identifier: m.as_str(),
            value: Value::from(m.code()),
            facts: m.facts(),
        }),
        "ResponseResult" => found(ResponseResult::lookup(key), |m| Facts {
            identifier: m.as_str(),
            value: Value::from(m.as_str()),
            facts: m.facts(),
        }),
        "RestErrorCode" => found(RestErrorCode::lookup(key), |m| Facts {
            identifier: m.as_str(),
            value: Value::from(m.as_str()),
            facts: m.facts(),
        }),
        _ => panic!("no family {family}"),
    }
}

fn line(family: &str, key: &Value) -> String {
    let text = key.as_str().map(Key::Text);
    let key_of = key.as_i64().map(Key::Integer).or(text).expect("a key is an integer or a string");
    let Some((m, matched_by)) = lookup(family, key_of) else {
        return format!("lookup {family} {key} -> unknown");
    };
    let f = m.facts;
    let advice = &f.retry_advice;
    let deprecated = f.deprecation.map_or("none".to_owned(), |d| {
        d.replacement.map_or(d.reason.to_owned(), |r| format!("{}:{r}", d.reason))
    });
    [
        format!("lookup {family} {key} -> {}", m.identifier),
        format!("by={matched_by}"),
        format!("value={}", m.value),
        format!("group={}", f.group),
        format!("status={}", f.http_status.map_or("none".to_owned(), |s| s.to_string())),
        format!("strategy={}", advice.strategy),
        format!("basis={}", advice.basis),
        format!("retryable={}", f.retryable),
        format!("stability={}", f.stability),
        format!("deprecated={deprecated}"),
        format!("action={}", f.action.map_or("none".to_owned(), |a| json(a.text))),
        format!("description={}", json(f.description)),
        format!("note={}", json(advice.note)),
        format!("override={}", advice.status_override.map_or("none".to_owned(), json)),
    ]
    .join(" ")
}

fn main() {
    let keys = std::env::args().nth(1).expect("usage: lookups <[family, key] pairs as JSON>");
    let keys: Vec<(String, Value)> = serde_json::from_str(&keys).expect("a JSON array of [family, key] pairs");
    for (family, key) in keys {
        println!("{}", line(&family, &key));
    }
}
