// What the Java, Kotlin and C# decision functions and envelope decoders read from the model besides
// decision-policy.ts's numbers: the strategies and the contract's words as enum constants, the envelope's
// pattern for codes the catalog does not know and each code's details checks (from details-checks.ts, which
// Python, Go and Rust read too). Each language renders this data; the logic that uses it mirrors
// src/retry.ts and src/parse.ts.
import { STRATEGY_TEXT, type RetryStrategy } from "../../../catalog/model.js";

export { FAILING_STRATEGIES, decisionPolicy } from "../../../catalog/decision-policy.js";

/** The strategies in the catalog's order, with the constant name a C-family enum gives each. */
export function strategies(): Array<{ wire: RetryStrategy; constant: string }> {
  return (Object.keys(STRATEGY_TEXT) as RetryStrategy[]).map((wire) => ({ wire, constant: constantName(wire) }));
}

/** "wait-for-window" -> "WAIT_FOR_WINDOW". */
export function constantName(wire: string): string {
  return wire.replace(/-/g, "_").toUpperCase();
}

export { pascalName } from "./common.js";

/** The decision's words, the lists that type src/retry.ts. */
export { ADVICE_FAIL_REASONS as FAIL_REASONS, RETRY_BASES } from "../../../../src/decision-words.js";
