// What the reconnect decision does with each SDK code, derived once from the catalog: a code's retry
// strategy, with the reconnect policy's own lists (the page's "reconnect at once", the no-network codes)
// taking precedence. Every language's reconnect table is rendered from this.
import { failureReason } from "./decision-policy.js";
import { RECONNECT_ROLES, type Model, type ReconnectPolicy, type RetryStrategy } from "./model.js";

/**
 * `reconnect`: after the policy's backoff; `reconnect-now`: at once the first time (the source says so);
 * `wait-for-network`: once the network is back; `stop`: a new tunnel would fail the same way;
 * `not-an-error`: a success code.
 */
export type ReconnectClass = "reconnect" | "reconnect-now" | "wait-for-network" | "stop" | "not-an-error";

const BY_STRATEGY: Readonly<Record<RetryStrategy, ReconnectClass>> = {
  "reconnect-tunnel": "reconnect",
  backoff: "reconnect",
  "wait-for-window": "reconnect",
  "refresh-credentials": "stop",
  "no-retry": "stop",
  "not-applicable": "not-an-error",
};

export interface ReconnectFacts {
  policy: ReconnectPolicy;
  /** Each SDK family, in model order, with every code's class and the reason a stop gives. */
  families: Array<{ family: string; codes: Array<{ value: string | number; name: string; class: ReconnectClass; reason: string }> }>;
}

/** undefined when the catalog has no reconnect policy. */
export function reconnectFacts(model: Model): ReconnectFacts | undefined {
  const policy = model.reconnectPolicy;
  if (!policy) return undefined;
  const listed = (list: ReconnectPolicy["immediate"], family: string, name: string) => list.codes.some((c) => c.family === family && c.name === name);
  return {
    policy,
    families: model.families
      .filter((f) => RECONNECT_ROLES.has(f.role))
      .map((f) => ({
        family: f.name,
        codes: f.codes.map((c) => ({
          value: c.value,
          name: c.name,
          class: listed(policy.immediate, f.name, c.name) ? "reconnect-now" : listed(policy.waitForNetwork, f.name, c.name) ? "wait-for-network" : BY_STRATEGY[c.retry.strategy],
          reason: failureReason(c.retry),
        })),
      })),
  };
}
