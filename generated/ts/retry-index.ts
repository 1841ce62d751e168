// Generated from catalog/*.yaml by scripts/emit/typescript.ts (npm run build); do not edit.
import type { FamilyKeys, RetryStrategy } from "./catalog-types.js";
import { httpStatusKeys } from "./http-status.keys.js";
import { operationalErrorKeys } from "./operational-error.keys.js";
import { responseResultKeys } from "./response-result.keys.js";
import { restErrorCodeKeys } from "./rest-error-code.keys.js";

/** Indexed by each FamilyKeys' strategies. */
export const STRATEGIES: readonly RetryStrategy[] = ["backoff", "no-retry", "not-applicable", "reconnect-tunnel", "refresh-credentials", "wait-for-window"];

/** The strategies under which sending the request again (after the strategy's step) can succeed. */
export const RETRYING_STRATEGIES: readonly RetryStrategy[] = ["backoff", "wait-for-window", "refresh-credentials", "reconnect-tunnel"];

/** Each strategy in words, as the docs say it. */
export const STRATEGY_TEXT: Readonly<Record<RetryStrategy, string>> = {
  "not-applicable": "not an error",
  "no-retry": "do not retry",
  backoff: "retry with exponential backoff",
  "wait-for-window": "wait for the rate-limit window, then retry",
  "refresh-credentials": "refresh the access token, then retry once",
  "reconnect-tunnel": "reconnect the tunnel",
};

export const FAMILY_KEYS: readonly FamilyKeys[] = [httpStatusKeys, operationalErrorKeys, responseResultKeys, restErrorCodeKeys];
