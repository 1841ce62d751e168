// The catalog's policies as Rust values: retry_policy.rs is runtimePolicy(model)'s decision as a
// retry::RetryPolicy, envelope_policy.rs its envelope checks as an envelope::EnvelopePolicy. Both types, and
// the functions that take them, are runtime/rust's; this file only writes the literals.
import type { Model } from "../../../catalog/model.js";
import { runtimePolicy } from "../../../catalog/runtime-policy.js";
import type { FieldCheck } from "../../../catalog/details-checks.js";
import { file } from "../shared/common.js";
import { doc, moduleDoc, rust, rustF64, rustOption, rustString } from "./profile.js";

const header = rust.header("scripts/emit/languages/rust/policy.ts");

const strings = (items: readonly string[]) => `&[${items.map(rustString).join(", ")}]`;

export function retryPolicyModule(model: Model): string {
  const { decision: p, failingStrategies } = runtimePolicy(model);
  return file([
    header,
    "",
    moduleDoc([`The ${model.restFamily.name} retry policy, the one [\`crate::advise_retry\`] follows.`]),
    "",
    "use crate::retry::{CodeAdvice, RetryPolicy, StatusStrategy};",
    "",
    doc(["The catalog's retry policy: its backoff, its rate-limit headers, and each status's and each code's strategy."]),
    "pub static DEFAULT: RetryPolicy = RetryPolicy {",
    `    initial_delay_ms: ${rustF64(p.initialDelayMs)},`,
    `    multiplier: ${rustF64(p.multiplier)},`,
    `    jitter_min_ms: ${rustF64(p.jitterMinMs)},`,
    `    jitter_max_ms: ${rustF64(p.jitterMaxMs)},`,
    `    max_retries: ${p.maxRetries},`,
    `    max_delay_ms: ${rustF64(p.maxDelayMs)},`,
    `    retry_after_header: ${rustString(p.retryAfterHeader)},`,
    `    reset_header: ${rustString(p.resetHeader)},`,
    `    max_wait_ms: ${rustF64(p.maxWaitMs)},`,
    `    reset_milliseconds_from: ${rustOption(p.resetMillisecondsFrom, rustF64)},`,
    `    most_cautious: ${p.mostCautious},`,
    `    failing_strategies: ${strings(failingStrategies)},`,
    "    statuses: &[",
    ...p.statuses.map((s) => `        StatusStrategy { status: ${s.status}, strategy: ${rustString(s.strategy)} },`),
    "    ],",
    "    codes: &[",
    ...p.codes.map(
      (c) => `        CodeAdvice { code: ${rustString(c.wire)}, strategy: ${rustString(c.strategy)}, http_status: ${rustOption(c.httpStatus, String)}, reason: ${rustString(c.reason)} },`,
    ),
    "    ],",
    "};",
  ]);
}

const field = (f: FieldCheck) =>
  `FieldCheck { name: ${rustString(f.name)}, json_type: ${rustOption(f.type, rustString)}, minimum: ${rustOption(f.minimum, rustF64)}, format: ${rustOption(f.format, rustString)}, items: ${rustOption(f.items, rustString)} }`;

export function envelopePolicyModule(model: Model): string {
  const { decision, envelope: e } = runtimePolicy(model);
  return file([
    header,
    "",
    moduleDoc(["The envelope's checks beyond its core, the ones [`crate::api::parse_response`] makes."]),
    "",
    "use crate::envelope::{DetailsShape, EnvelopePolicy, FieldCheck};",
    "",
    doc([`The catalog's envelope checks: its ${model.restFamily.name} codes, the shape of an unknown one, and each code's details.`]),
    "pub static DEFAULT: EnvelopePolicy = EnvelopePolicy {",
    "    known_codes: &[",
    ...decision.codes.map((c) => `        ${rustString(c.wire)},`),
    "    ],",
    `    unknown_code_pattern: ${rustString(e.unknownCodePattern)},`,
    "    details: &[",
    ...e.details.flatMap((d) => [
      "        DetailsShape {",
      `            code: ${rustString(d.code)},`,
      `            required: ${strings(d.required)},`,
      "            fields: &[",
      ...d.fields.map((f) => `                ${field(f)},`),
      "            ],",
      "        },",
    ]),
    "    ],",
    `    date_time_pattern: ${rustString(e.dateTimePattern)},`,
    `    uri_scheme_pattern: ${rustString(e.uriSchemePattern)},`,
    `    uri_forbidden: ${rustString(String.fromCodePoint(...e.uriForbidden))},`,
    "};",
  ]);
}
