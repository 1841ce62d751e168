// The scenarios and policies the fleet simulator compares. A scenario is what the service does over time;
// a policy is which of the package's own helpers each client uses. The decisions themselves are never
// restated here: every client runs withRetry, createRetryBudget, createWaitState, createTokenRefresher and
// createReconnectController as shipped.

export type ScenarioName = "outage" | "rate-limit" | "token-expiry" | "gateway" | "down";
export type ApiPolicyName = "documented" | "budget" | "wait-state" | "budget+wait-state";
export type GatewayPolicyName = "naive-loop" | "reconnect-controller";
export type PolicyName = ApiPolicyName | GatewayPolicyName;

export const POLICY_NAMES: readonly PolicyName[] = ["documented", "budget", "wait-state", "budget+wait-state", "naive-loop", "reconnect-controller"];
export const SCENARIO_NAMES: readonly ScenarioName[] = ["outage", "rate-limit", "token-expiry", "gateway", "down"];

export interface ScenarioInfo {
  name: ScenarioName;
  /** What happens, in one sentence, for the report. */
  summary: string;
  /** "api": clients call the REST API with withRetry; "gateway": clients hold tunnels. */
  kind: "api" | "gateway";
  policies: readonly PolicyName[];
  /** When the trouble starts and when the service is back, in ms of virtual time. */
  incidentStartMs: number;
  recoveryMs: number;
  /** Parallel requests a client makes each time it wants the API (the token refresher is shared by them). */
  callsPerWant: number;
}

const API_POLICIES: readonly ApiPolicyName[] = ["documented", "budget", "wait-state", "budget+wait-state"];

/** The trouble starts one minute in, so that the report sees the fleet's normal load first. */
const START_MS = 60_000;

export function scenarioInfo(name: ScenarioName, durationMs: number): ScenarioInfo {
  switch (name) {
    case "outage":
      return {
        name,
        summary: "the API answers 503 to everything for 60 s, then comes back with capacity for 1.5x the normal load (503 above it)",
        kind: "api",
        policies: API_POLICIES,
        incidentStartMs: START_MS,
        recoveryMs: START_MS + 60_000,
        callsPerWant: 1,
      };
    case "rate-limit":
      return {
        name,
        summary: "for 2 minutes a rate limit admits half the normal load per 10 s window and answers 429 RATE_LIMITED with Retry-After (to the window's end) above it",
        kind: "api",
        policies: API_POLICIES,
        incidentStartMs: START_MS,
        recoveryMs: START_MS + 120_000,
        callsPerWant: 1,
      };
    case "token-expiry":
      return {
        name,
        summary: "every client's access token expires within 10 s (401 TOKEN_EXPIRED); each client makes 3 parallel calls sharing one createTokenRefresher",
        kind: "api",
        policies: API_POLICIES,
        incidentStartMs: START_MS,
        recoveryMs: START_MS + 10_000,
        callsPerWant: 3,
      };
    case "gateway":
      return {
        name,
        summary: "the gateway drops every tunnel at once (OperationalError DcnSrvSwitch), refuses connections (Connect) for 60 s, then admits 1/30 of the fleet per second",
        kind: "gateway",
        policies: ["naive-loop", "reconnect-controller"],
        incidentStartMs: START_MS,
        recoveryMs: START_MS + 60_000,
        callsPerWant: 1,
      };
    case "down":
      return {
        name,
        summary: "the API answers 503 to every request for the whole run (the analytic check: amplification is 1 + maxRetries)",
        kind: "api",
        policies: API_POLICIES,
        incidentStartMs: 0,
        recoveryMs: durationMs,
        callsPerWant: 1,
      };
  }
}
