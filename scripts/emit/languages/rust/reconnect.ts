// generated/rust/src/reconnect_policy.rs: the catalog's reconnect policy as a reconnect::ReconnectPolicy,
// each SDK code's class as reconnectFacts(model) derived it. The type and the decision are runtime/rust's;
// the keys are each family's own lookup table, so that the decision accepts every key the enums do.
import type { Model } from "../../../catalog/model.js";
import { type ReconnectClass, reconnectFacts } from "../../../catalog/reconnect-classes.js";
import { file, snake } from "../shared/common.js";
import { doc, moduleDoc, rust, rustF64, rustString } from "./profile.js";

const header = rust.header("scripts/emit/languages/rust/reconnect.ts");

/** The runtime's ReconnectClass variant for each class word. */
const CLASS: Readonly<Record<ReconnectClass, string>> = {
  reconnect: "Reconnect",
  "reconnect-now": "ReconnectNow",
  "wait-for-network": "WaitForNetwork",
  stop: "Stop",
  "not-an-error": "NotAnError",
};

/** undefined when the catalog has no reconnect policy: the crate then has no reconnect decision. */
export function reconnectPolicyModule(model: Model): string | undefined {
  const facts = reconnectFacts(model);
  if (!facts) return undefined;
  const { backoff, window, flapping } = facts.policy;
  const families = facts.families.map((f) => f.family);
  return file([
    header,
    "",
    moduleDoc([`The SDK reconnect policy, the one [\`crate::advise_reconnect\`] follows, for ${families.join(" and ")}.`]),
    "",
    "use crate::reconnect::{ReconnectClass, ReconnectCode, ReconnectFamily, ReconnectPolicy};",
    "",
    doc(["The catalog's reconnect policy: its backoff, its cap per window, what counts as flapping, and each SDK code's class."]),
    "pub static DEFAULT: ReconnectPolicy = ReconnectPolicy {",
    `    initial_delay_ms: ${rustF64(backoff.initialDelayMs)},`,
    `    multiplier: ${rustF64(backoff.multiplier)},`,
    `    max_delay_ms: ${rustF64(backoff.maxDelayMs)},`,
    `    jitter_ratio: ${rustF64(backoff.jitterRatio)},`,
    `    window_ms: ${rustF64(window.durationMs)},`,
    `    max_reconnects: ${window.maxReconnects},`,
    `    flapping_within_ms: ${rustF64(flapping.withinMs)},`,
    `    flapping_times: ${flapping.times},`,
    "    families: &[",
    ...facts.families.map((f) => `        ReconnectFamily { family: ${rustString(f.family)}, keys: &crate::${snake(f.family)}::KEYS, codes: &${snake(f.family).toUpperCase()} },`),
    "    ],",
    "};",
    ...facts.families.flatMap((f) => [
      "",
      doc([`Each ${f.family} code's class, in the order of \`${f.family}::ALL\`; the reason is why its retry advice is what it is.`]),
      `static ${snake(f.family).toUpperCase()}: [ReconnectCode; ${f.codes.length}] = [`,
      ...f.codes.map((c) => `    ReconnectCode { name: ${rustString(c.name)}, class: ReconnectClass::${CLASS[c.class]}, reason: ${rustString(c.reason)} },`),
      "];",
    ]),
  ]);
}
