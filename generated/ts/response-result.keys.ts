// Generated from catalog/*.yaml by scripts/emit/typescript.ts (npm run build); do not edit.
import type { FamilyKeys } from "./catalog-types.js";

/** How a lookup finds a ResponseResult code. Each [key, index] row names a code by its index in value order. */
export const responseResultKeys: FamilyKeys = /* @__PURE__ */ Object.freeze<FamilyKeys>({
  family: "ResponseResult",
  /** Each code's identifier, in value order. */
  identifiers: ["AuthFailed", "BadRequest", "CarrierDisabled", "ConnectionTimeout", "DevicesExceed", "Error", "FeatureNotFound", "Forbidden", "InternalServerError", "Invalid", "InvalidDeviceId", "InvalidPurchase", "InvalidResponse", "InvalidUri", "NoInternetConnection", "None", "NotAuthorized", "NotFound", "NotResponding", "OauthError", "Ok", "RequestLimitExceed", "RequestTimeout", "ServerNotAnswering", "ServerUnavailable", "ServiceNotInitialized", "SessionNotFound", "SessionTrafficExceed", "SessionsExceed", "Timeout", "TooManyRequests", "TrafficExceed", "TransportError", "TransportNotAuthorized", "UnAuthorized", "Unlimited", "UnsupportedVersion", "UserSuspended"],
  aliases: [["OAuthError", 19]],
  legacyNames: [["DEVICES_EXCEED", 4], ["NOT_AUTHORIZED", 16], ["SESSIONS_EXCEED", 28], ["TRAFFIC_EXCEED", 31]],
  // No values: in this family each code's value is its identifier.
  /** Each code's retry strategy, as an index into STRATEGIES. */
  strategies: [1, 1, 1, 0, 1, 1, 1, 1, 0, 1, 1, 1, 0, 1, 0, 2, 1, 1, 0, 1, 2, 1, 0, 0, 0, 1, 1, 1, 1, 0, 1, 1, 0, 1, 1, 2, 1, 1],
});
