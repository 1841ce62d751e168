//! Decodes envelopes and an OperationalError with quicktype's Rust output (quicktype_out.rs).
#[allow(dead_code, clippy::all, clippy::pedantic)]
#[path = "../quicktype_out.rs"]
mod quicktype_out;

use std::{env, fs, process};
use quicktype_out::{ApiResponse, RestErrorCode};

fn describe(path: &str) -> Result<String, Box<dyn std::error::Error>> {
    let envelope: ApiResponse = serde_json::from_str(&fs::read_to_string(path)?)?;
    let (false, Some(error)) = (envelope.success, envelope.error) else {
        return Ok("success".to_owned());
    };
    let details = match &error.details {
        Some(map) => {
            let mut keys: Vec<&str> = map.keys().map(String::as_str).collect();
            keys.sort_unstable();
            keys.join(",")
        }
        None => "-".to_owned(),
    };
    // quicktype types error.code as a String; RestErrorCode is a separate enum to decode it into.
    let known: Option<RestErrorCode> = serde_json::from_value(serde_json::Value::String(error.code.clone())).ok();
    let token_expired = matches!(known, Some(RestErrorCode::TokenExpired));
    Ok(format!("failure {} token-expired={token_expired} details={details}", error.code))
}

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    let Some((operational, envelopes)) = args.split_last() else {
        eprintln!("usage: quicktype ENVELOPE... OPERATIONAL");
        process::exit(2);
    };
    for path in envelopes {
        match describe(path) {
            Ok(line) => println!("{line}"),
            Err(error) => {
                eprintln!("{path}: {error}");
                process::exit(1);
            }
        }
    }
    // quicktype types an integer enum as i64: there is no member name to print.
    match fs::read_to_string(operational).map(|text| serde_json::from_str::<i64>(&text)) {
        Ok(Ok(value)) => println!("operational {value} -"),
        _ => {
            eprintln!("{operational}: not an integer");
            process::exit(1);
        }
    }
}
