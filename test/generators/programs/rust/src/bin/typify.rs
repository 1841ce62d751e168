//! Decodes envelopes and an OperationalError with cargo-typify's output (typify_envelope.rs,
//! typify_operational.rs), which uses the vpn-error-codes crate's own ErrorCode and OperationalError
//! through x-rust-type.
#[allow(dead_code, clippy::all, clippy::pedantic)]
#[path = "../typify_envelope.rs"]
mod envelope;
#[allow(dead_code, clippy::all, clippy::pedantic)]
#[path = "../typify_operational.rs"]
mod operational;

use envelope::ApiResponse;
use operational::OperationalError;
use std::{env, fs, process};
use vpn_error_codes::RestErrorCode;

fn describe(path: &str) -> Result<String, Box<dyn std::error::Error>> {
    let envelope: ApiResponse = serde_json::from_str(&fs::read_to_string(path)?)?;
    let ApiResponse::Variant1 { error, .. } = envelope else {
        return Ok("success".to_owned());
    };
    let mut keys: Vec<&str> = error.details.keys().map(String::as_str).collect();
    keys.sort_unstable();
    let details = if keys.is_empty() { "-".to_owned() } else { keys.join(",") };
    let token_expired = error.code.known() == Some(RestErrorCode::TokenExpired);
    Ok(format!("failure {} token-expired={token_expired} details={details}", error.code))
}

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    let Some((operational, envelopes)) = args.split_last() else {
        eprintln!("usage: typify ENVELOPE... OPERATIONAL");
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
    let text = fs::read_to_string(operational).unwrap_or_default();
    match serde_json::from_str::<OperationalError>(&text) {
        Ok(value) => println!("operational {} {:?}", value.code(), *value),
        Err(error) => {
            eprintln!("{operational}: {error}");
            process::exit(1);
        }
    }
}
