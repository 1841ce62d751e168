// generated/rust/README.md. Its example codes are the model's examples, not names written in here.
import type { Model } from "../../../catalog/model.js";
import { file, identIn, isIntegerFamily, quote } from "../shared/common.js";
import { decisionNotes, readmeExamples, readmeTitle, retryExample } from "../shared/readme.js";
import { crateName, rust } from "./profile.js";

export function readme(model: Model): string {
  const { rest, events, event, refresh, refreshIdent } = readmeExamples(model, identIn(rust));
  const crate = crateName(model);
  const example = retryExample(model);
  const eventCode = isIntegerFamily(events) ? `${events.name}Code` : events.name;
  const imports = ["advise_retry", "api::parse_response", "AdviseOptions", "ErrorCode", "RetryDecision", ...[...new Set([eventCode, rest])]].sort((a, b) => a.localeCompare(b));
  return file([
    ...readmeTitle("scripts/emit/languages/rust/readme.ts", rust),
    `The \`${crate}\` crate: an enum per code family with each code's meaning and retry advice, serde`,
    "types for the OrbVPN REST envelope and for `catalog.json`, and `advise_retry`: should this failed",
    "response be retried, and when? Depends on serde and serde_json.",
    "",
    "```toml",
    "[dependencies]",
    `${crate} = "${model.package.version}"    # once it is on crates.io; until then a copy: { path = "third_party/vpn-error-codes/rust" }`,
    "```",
    "",
    "```rust",
    `use ${crate.replace(/-/g, "_")}::{${imports.join(", ")}};`,
    "",
    "fn main() {",
    isIntegerFamily(events)
      ? `    let code: ${eventCode} = serde_json::from_str("${event.value}").expect("any integer decodes");`
      : `    let code: ${eventCode} = serde_json::from_str(${quote(JSON.stringify(event.value))}).expect("a known code");`,
    `    if let Some(member) = code.known() {`,
    `        println!("{member} {}", member.retryable()); // ${event.name} ${event.retryable}`,
    "    }",
    "",
    "    // A failed response: with reqwest, response.status().as_u16(), its headers and response.text().",
    `    let (status, headers) = (${example.status}, [("X-Request-ID", "req-1")]);`,
    `    let body = r#"${example.body}"#;`,
    "",
    "    match parse_response(body) {",
    "        // On a failure, error is always there: parse_response checks the envelope as the schema does.",
    `        Ok(response) => {`,
    `            if response.error.is_some_and(|e| e.code == ErrorCode::Known(${refresh.name}::${refreshIdent})) {`,
    '                println!("the access token has expired");',
    "            }",
    "        }",
    '        Err(invalid) => println!("{invalid}"), // HTML, text or a wrong shape',
    "    }",
    "",
    "    match advise_retry(status, headers, Some(body), 1, &AdviseOptions::default()) {",
    '        RetryDecision::Retry { delay_ms, .. } => println!("retry in {delay_ms} ms"), // sleep, then send again',
    '        RetryDecision::RefreshToken => println!("refresh the token, then send once more"), // token_refreshed: true',
    '        RetryDecision::Fail { reason, detail } => println!("give up: {reason} ({detail})"),',
    "    }",
    "}",
    "```",
    "",
    ...decisionNotes(model, "advise_retry(status, headers, body, attempt, &AdviseOptions { token_refreshed, now_ms, random })"),
    "- `headers` is any iterator of name/value pairs (`&str` or `String`); names match in any ASCII case,",
    "  a repeated name's values are joined with \", \" in order (RFC 9110 §5.3), and a value loses spaces",
    "  and tabs at both ends, nothing else (RFC 9110's optional whitespace).",
    "- The policy is a value: `retry_policy::DEFAULT` is the catalog's `RetryPolicy` and",
    "  `envelope_policy::DEFAULT` its `EnvelopePolicy`; `RetryPolicy::advise` and `EnvelopePolicy::decode`",
    "  take any other (`RetryPolicy { max_retries: 2, ..retry_policy::DEFAULT }`). The `retry` and",
    "  `envelope` modules are the runtime, written and unit-tested in the repository's `runtime/rust/`.",
    "- `api::parse_response(body)` returns an `InvalidEnvelope` error for anything the JSON Schema",
    "  rejects, a known code's `details` of the wrong shape and an unknown code not shaped like one",
    "  included; serde alone (`serde_json::from_str::<ApiResponse>`) does not check which members each",
    "  kind of envelope needs.",
    "- Integer families have explicit discriminants and (de)serialize as the integer; name families",
    "  (de)serialize as the name. `TryFrom<i64>` / `from_code` look a value up; `FromStr` / `from_name`",
    "  look a name up and also accept the catalog's aliases and older wire names. `ALL` lists every member.",
    `- Each integer family has an open type too (\`${eventCode}\`): \`Known(member)\`, or \`Unknown(i64)\` for a`,
    "  value this catalog does not know yet, so that decoding never fails on a newer code.",
    "- The enums are `#[non_exhaustive]`: new codes are added in minor releases.",
    "- `retryable()` is true when a retry, after the step the catalog's advice names (backoff, token",
    "  refresh, reconnect), can succeed; each variant's doc comment gives the advice itself.",
    "- Identifiers are verbatim, misspellings and upper snake case included (hence",
    "  `#[allow(non_camel_case_types)]`). A variant named `Self` or `ALL` would get a trailing underscore.",
    `- The error's \`code\` is an \`ErrorCode\`: \`Known(${rest})\`, or \`Unknown(String)\` for a code this`,
    "  catalog does not know yet, so such a response still decodes.",
  ]);
}
