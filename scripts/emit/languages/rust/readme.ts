// generated/rust/README.md. Its example codes are the model's examples, not names written in here.
import type { Model } from "../../../catalog/model.js";
import { file, identIn, quote } from "../shared/common.js";
import { readmeExamples, readmeTitle } from "../shared/readme.js";
import { rust } from "./profile.js";

export function readme(model: Model): string {
  const { rest, events, event, refresh, refreshIdent, refreshAdvice } = readmeExamples(model, identIn(rust));
  const imports = ["api::ApiResponse", "ErrorCode", ...[...new Set([events.name, rest])].sort()].join(", ");
  return file([
    ...readmeTitle("scripts/emit/languages/rust/readme.ts", rust),
    "The `vpn-error-codes` crate: an enum per code family with each code's meaning and retry advice,",
    "and serde types for the OrbVPN REST envelope and for `catalog.json`. Depends on serde and serde_json.",
    "",
    "```toml",
    "[dependencies]",
    'vpn-error-codes = { path = "third_party/vpn-error-codes/rust" }',
    "```",
    "",
    "```rust",
    `use vpn_error_codes::{${imports}};`,
    "",
    `let code = ${events.name}::try_from(${event.value})?;`,
    `assert_eq!(code.to_string(), ${quote(event.name)});`,
    `assert!(${event.retryable ? "" : "!"}code.retryable());`,
    "",
    "let response: ApiResponse = serde_json::from_str(body)?;",
    `if let Some(error) = response.error {`,
    `    if error.code == ErrorCode::Known(${refresh.name}::${refreshIdent}) { /* ${refreshAdvice} */ }`,
    "}",
    "```",
    "",
    "- Integer families have explicit discriminants and (de)serialize as the integer; name families",
    "  (de)serialize as the name. `TryFrom<i64>` / `from_code` look a value up; `FromStr` / `from_name`",
    "  look a name up and also accept the catalog's aliases and older wire names. `ALL` lists every member.",
    "- The enums are `#[non_exhaustive]`: new codes are added in minor releases.",
    "- `retryable()` is true when a retry, after the step the catalog's advice names (backoff, token",
    "  refresh, reconnect), can succeed; each variant's doc comment gives the advice itself.",
    "- Identifiers are verbatim, misspellings and upper snake case included (hence",
    "  `#[allow(non_camel_case_types)]`). A variant named `Self` or `ALL` would get a trailing underscore.",
    `- The error's \`code\` is an \`ErrorCode\`: \`Known(${rest})\`, or \`Unknown(String)\` for a code this`,
    "  catalog does not know yet, so such a response still decodes.",
  ]);
}

