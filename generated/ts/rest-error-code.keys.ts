// Generated from catalog/*.yaml by scripts/emit/typescript.ts (npm run build); do not edit.
import type { FamilyKeys } from "./catalog-types.js";

/** How a lookup finds a RestErrorCode code. Each [key, index] row names a code by its index in value order. */
export const restErrorCodeKeys: FamilyKeys = /* @__PURE__ */ Object.freeze<FamilyKeys>({
  family: "RestErrorCode",
  /** Each code's identifier, in value order. */
  identifiers: ["AUTH_REQUIRED", "DEVICE_LIMIT_REACHED", "DEVICE_NOT_FOUND", "DNS_RESOLUTION_FAILED", "EMAIL_ALREADY_EXISTS", "INSUFFICIENT_BALANCE", "INSUFFICIENT_PERMISSIONS", "INTERNAL_ERROR", "INVALID_EMAIL", "PAYMENT_FAILED", "QUOTA_EXCEEDED", "RATE_LIMITED", "SERVER_NOT_FOUND", "SERVICE_UNAVAILABLE", "SUBSCRIPTION_EXPIRED", "SUBSCRIPTION_NOT_FOUND", "TOKEN_EXPIRED", "TOKEN_INVALID", "UPSTREAM_ERROR", "USER_NOT_FOUND", "VALIDATION_ERROR", "VPN_CONNECTION_FAILED", "WEAK_PASSWORD"],
  aliases: [],
  legacyNames: [],
  // No values: in this family each code's value is its identifier.
  /** Each code's retry strategy, as an index into STRATEGIES. */
  strategies: [1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 5, 1, 0, 1, 1, 4, 1, 0, 1, 1, 0, 1],
});
