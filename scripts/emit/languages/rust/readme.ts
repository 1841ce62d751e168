// generated/rust/README.md. Its example codes are the model's examples, not names written in here; each
// ```rust block is a whole program, which test/languages/rust.test.ts compiles and runs.
import type { Model, ResolvedCode } from "../../../catalog/model.js";
import { reconnectFacts } from "../../../catalog/reconnect-classes.js";
import { file, isIntegerFamily } from "../shared/common.js";
import { readmeExamples, readmeTitle, retryExample } from "../shared/readme.js";
import { rustIdent } from "./enum.js";
import { crateName, rust } from "./profile.js";

/** The REST code a rate limit carries, when its advice is the 429 status's own. */
export function rateLimitedCode(model: Model): ResolvedCode | undefined {
  return model.restFamily.codes.find((c) => c.httpStatus === 429 && c.retry.strategy === model.statusStrategy.get(429));
}

/** Seconds the README's rate-limit example asks for in its Retry-After header. */
export const README_WAIT_SECONDS = 7;

/** An integer no family has, for the README's unknown code. */
export const README_UNKNOWN_VALUE = 99999;

/** The token-refresh code's details in the README's typed-details example. */
export const README_DETAILS = { expiredAt: "2026-02-08T11:30:00Z", tokenType: "access" };

export function readme(model: Model): string {
  const { rest, events, event, refreshCode, refreshIdent } = readmeExamples(model, rustIdent);
  const crate = crateName(model);
  const lib = crate.replace(/-/g, "_");
  const eventIdent = rustIdent(events, event);
  const limited = rateLimitedCode(model);
  const fallback = retryExample(model);
  const limitedBody = limited ? JSON.stringify({ success: false, error: { code: String(limited.value), message: "Slow down" } }) : fallback.body;
  const { retryAfterHeader } = model.retryPolicy.rateLimit;
  const waitHeaders = limited ? `[(${JSON.stringify(retryAfterHeader)}, "${README_WAIT_SECONDS}")]` : '[("X-Request-ID", "req-1")]';
  const refreshBody = JSON.stringify({ success: false, error: { code: String(refreshCode.value), message: "Token expired", details: README_DETAILS } });
  const { backoff, rateLimit } = model.retryPolicy;
  const integerEvents = isIntegerFamily(events);
  const openType = integerEvents ? `${events.name}Code` : undefined;
  const statuses = model.families.find((f) => f.role === "http-status" && isIntegerFamily(f));
  const reconnect = reconnectFacts(model);
  return file([
    ...readmeTitle("scripts/emit/languages/rust/readme.ts", rust),
    `The \`${crate}\` crate: every error code a VPN client meets, as enums that answer the catalog's`,
    "meaning and retry advice at run time; the OrbVPN REST envelope with typed details; and `advise_retry`:",
    "should this failed response be retried, and when? Depends on serde and serde_json only; the optional",
    "`http` feature adds the `http` crate's `StatusCode` and `HeaderMap`.",
    "",
    "```toml",
    "[dependencies]",
    `${crate} = "${model.package.version}"    # once it is on crates.io; until then a copy: { path = "third_party/vpn-error-codes/rust" }`,
    `# ${crate} = { version = "${model.package.version}", features = ["http"] }    # with reqwest, hyper or axum`,
    "```",
    "",
    "## What does a code mean?",
    "",
    "Variants are UpperCamelCase; each one's documentation gives the vendor's wire spelling, which",
    "`as_str()` and `Display` give and `from_name` and `lookup` accept. `lookup` finds a member by its value,",
    "the value's digits (a log line), the identifier, an alias or an older wire name, and says how it matched;",
    "anything else is `None`, never a panic.",
    "",
    "```rust",
    `use ${lib}::${events.name};`,
    "",
    "fn main() {",
    integerEvents
      ? `    let error = ${events.name}::from_code(${event.value}).expect("a code the catalog knows");`
      : `    let error = ${events.name}::from_code(${JSON.stringify(event.value)}).expect("a code the catalog knows");`,
    `    println!("{error:?} {error}"); // ${eventIdent} ${event.name}`,
    '    println!("{}", error.description());',
    "    let advice = error.retry_advice();",
    '    println!("{} {} {}", advice.strategy, advice.basis, error.retryable());',
    '    println!("{}", error.action().map_or("no action", |action| action.text));',
    "",
    `    let found = ${events.name}::lookup("${event.value}").expect("the value's digits");`,
    '    println!("{:?} by {}", found.member, found.matched_by);',
    "}",
    "```",
    "",
    "## Should I retry, and when?",
    "",
    "```rust",
    `use ${lib}::{advise_retry, AdviseOptions, RetryDecision};`,
    "",
    "fn main() {",
    "    // A failed response; with reqwest: response.status().as_u16(), the headers as (name, value) pairs",
    "    // (or, with the http feature, advise_retry_http(response.status(), response.headers(), ...)) and",
    "    // response.text().",
    `    let (status, headers) = (${limited ? limited.httpStatus : fallback.status}, ${waitHeaders});`,
    `    let body = r#"${limitedBody}"#;`,
    "",
    "    match advise_retry(status, headers, Some(body), 1, &AdviseOptions::new()) {",
    "        RetryDecision::Retry { delay, basis } => {",
    '            println!("retry in {} s, set by {basis}", delay.as_secs());',
    "            // std::thread::sleep(delay) or tokio::time::sleep(delay), then send again",
    "        }",
    '        RetryDecision::RefreshToken => println!("refresh the token, then send once more"),',
    '        RetryDecision::Fail { reason, detail } => println!("give up: {reason} ({detail})"),',
    '        other => println!("{other}"), // the enum is #[non_exhaustive]: new answers may come',
    "    }",
    "}",
    "```",
    "",
    "`AdviseOptions::new()` is the system clock, a random jitter and no token refresh yet;",
    "`.token_refreshed(true)`, `.now(SystemTime)` and `.random(&source)` change them. Another policy:",
    "`RetryPolicy { max_retries: 2, ..retry_policy::DEFAULT }.advise(...)`.",
    "",
    ...(reconnect
      ? [
          "## Should the tunnel reconnect after an SDK error?",
          "",
          "```rust",
          `use ${lib}::{advise_reconnect, ReconnectAdvice, ReconnectHistory, ReconnectOptions};`,
          "",
          "fn main() {",
          "    // What the app remembers, in clock ms: when each reconnect started, when the tunnel came up, and",
          "    // the earlier errors. The code is any key the family's lookups accept.",
          "    let history = ReconnectHistory::default();",
          `    match advise_reconnect(${JSON.stringify(events.name)}, ${JSON.stringify(event.name)}, &history, &ReconnectOptions::new()) {`,
          '        ReconnectAdvice::Reconnect { delay, basis } => println!("reconnect in {} ms ({basis})", delay.as_millis()),',
          '        ReconnectAdvice::WaitForNetwork => println!("reconnect once the network is back"),',
          '        ReconnectAdvice::Stop { reason, detail } => println!("tell the user: {reason} ({detail})"),',
          '        other => println!("{other}"), // #[non_exhaustive]',
          "    }",
          "}",
          "```",
          "",
          `The policy (\`reconnect_policy::DEFAULT\`): a backoff of ${reconnect.policy.backoff.initialDelayMs} ms growing ×${reconnect.policy.backoff.multiplier} per reconnect in the`,
          `last ${reconnect.policy.window.durationMs / 1000} s, up to ${reconnect.policy.backoff.maxDelayMs / 1000} s, less up to ${reconnect.policy.backoff.jitterRatio * 100}% at random; a stop after ${reconnect.policy.window.maxReconnects} reconnects in that window,`,
          `or when the same error came back within ${reconnect.policy.flapping.withinMs / 1000} s of each of the last ${reconnect.policy.flapping.times} times the tunnel came up.`,
          "",
        ]
      : []),
    "## Typed details, in one step",
    "",
    "```rust",
    `use ${lib}::api::{parse_response, Details};`,
    "",
    "fn main() {",
    `    let body = r#"${refreshBody}"#;`,
    "    match parse_response(body) {",
    "        // On a failure, error is always there: parse_response checks the envelope as its schema does.",
    "        Ok(response) => {",
    "            if let Some(error) = response.error {",
    `                if let Some(Details::${refreshIdent}(details)) = error.typed_details() {`,
    '                    println!("{} {}", details.token_type, details.expired_at);',
    "                }",
    "            }",
    "        }",
    '        Err(invalid) => println!("{invalid}"), // HTML from a proxy, plain text, a wrong shape',
    "    }",
    "}",
    "```",
    "",
    "## A code this catalog does not know yet",
    "",
    "```rust",
    `use ${lib}::{${[...new Set(["ErrorCode", events.name, ...(openType ? [openType] : [])])].sort().join(", ")}};`,
    "",
    "fn main() {",
    `    println!("{}", ${events.name}::lookup(${integerEvents ? README_UNKNOWN_VALUE : '"NoSuchCode"'}).is_none()); // true: absent, never a panic`,
    ...(openType ? [`    let code = ${openType}::from(${README_UNKNOWN_VALUE}); // as serde decodes an integer the enum lacks`, '    println!("{code} {}", code.known().is_none());'] : []),
    '    let rest = ErrorCode::from("ACCOUNT_FROZEN"); // as the envelope decodes a newer code',
    '    println!("{rest} {}", rest.known().is_none());',
    "}",
    "```",
    "",
    "## Notes",
    "",
    "- `advise_retry(status, headers, body, attempt, &options)` decides as runtime/SPEC.md (in the",
    `  repository) specifies, from the catalog's policy: a backoff of ${backoff.initialDelayMs} ms growing ×${backoff.multiplier} plus 0–${backoff.jitterMaxMs} ms of`,
    `  jitter, at most ${backoff.maxRetries} retries; \`${rateLimit.retryAfterHeader}\` (seconds or an HTTP date) and \`${rateLimit.resetHeader}\` (Unix`,
    `  seconds, or ms) on a rate limit, up to ${rateLimit.maxWaitMs / 1000} s; a code's own advice over its status's rule (a token`,
    "  refresh, a quota that retries cannot outlast). It never panics: a body that is not the envelope, a",
    "  malformed header or a broken random source reads as nothing usable.",
    "- `headers` is any iterator of name/value pairs (`&str` or `String`); names match in any ASCII case,",
    '  a repeated name\'s values are joined with ", " in order (RFC 9110 §5.3), and a value loses spaces',
    "  and tabs at both ends, nothing else (RFC 9110's optional whitespace). `RetryDecision::Retry` holds a",
    "  `std::time::Duration`; `RetryDecision`, `FailReason` and `Basis` are `#[non_exhaustive]`.",
    ...(statuses
      ? [
          `- With the \`http\` feature: \`advise_retry_http(response.status(), response.headers(), ...)\`, and`,
          `  \`${statuses.name}::from_status(status)\` and \`${statuses.name} == StatusCode\` for the \`http\` crate's status.`,
        ]
      : []),
    ...(reconnect
      ? [
          "- The policy is a value: `retry_policy::DEFAULT` is the catalog's `RetryPolicy`, `reconnect_policy::DEFAULT`",
          "  its `ReconnectPolicy` and `envelope_policy::DEFAULT` its `EnvelopePolicy`; `RetryPolicy::advise`,",
          "  `ReconnectPolicy::advise` and `EnvelopePolicy::decode` take any other. The `retry`, `reconnect`,",
          "  `envelope` and `lookup` modules are the runtime, written and unit-tested in the repository's",
          "  `runtime/rust/`.",
        ]
      : [
          "- The policy is a value: `retry_policy::DEFAULT` is the catalog's `RetryPolicy` and",
          "  `envelope_policy::DEFAULT` its `EnvelopePolicy`; `RetryPolicy::advise` and `EnvelopePolicy::decode`",
          "  take any other. The `retry`, `envelope` and `lookup` modules are the runtime, written and",
          "  unit-tested in the repository's `runtime/rust/`.",
        ]),
    ...(reconnect
      ? [
          "- `advise_reconnect(family, code, &history, &options)` decides as runtime/SPEC.md §12 specifies. Its",
          "  history is slices of clock ms (`f64`: entries that are not finite or lie after `now` are ignored) and",
          "  `ReconnectError`s; `ReconnectOptions` takes `.now(SystemTime)`, `.now_ms(f64)` and `.random(&source)`.",
          "  `ReconnectAdvice::Reconnect` holds a `std::time::Duration`; an unknown family or key is",
          "  `Stop { reason: UnknownCode, .. }`, never a panic. `ReconnectAdvice`, `ReconnectBasis`,",
          "  `ReconnectStopReason` and `ReconnectClass` are `#[non_exhaustive]`.",
        ]
      : []),
    "- `api::parse_response(body)` returns an `InvalidEnvelope` (a `std::error::Error`) for anything the JSON",
    "  Schema rejects. It reads every JSON text, serde_json's refusals included: any nesting in members it",
    "  does not keep, numbers of any size (`1e400` is infinity, so `null` in a `Value`), and a lone surrogate",
    "  escape (U+FFFD in a Rust `String`); `data` and `details` are kept up to 512 levels deep. A failure's",
    "  `ErrorBody` is a `std::error::Error` too (`response.into_result()?`), and `typed_details()` gives its",
    "  code's details type; `details` keeps the raw map. Integer fields of details are `f64`, so that",
    "  `1e20`, valid for the schema, decodes; date-times stay RFC 3339 strings.",
    "- Integer families have explicit discriminants and (de)serialize as the integer; name families as the",
    `  identifier. Each integer family has an open type too (\`${openType ?? "ErrorCode"}\`): \`Known(member)\`, or`,
    "  `Unknown(i64)` for a value this catalog does not know yet, so that decoding never fails on a newer",
    `  code; the envelope's \`error.code\` is an \`ErrorCode\`: \`Known(${rest})\` or \`Unknown(String)\`.`,
    "- Every member answers `description()`, `group()`, `http_status()`, `retry_advice()` (`strategy`,",
    "  `basis`, `note`, `status_override`), `action()`, `stability()`, `deprecation()` and `facts()`, from",
    "  static tables: no allocation, no lazy initialisation. The enums are `#[non_exhaustive]`: new codes",
    "  come in minor releases. `ALL` lists every member.",
  ]);
}
