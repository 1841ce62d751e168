// Generated from catalog/*.yaml by scripts/emit/typescript.ts (npm run build); do not edit.
import type { FamilyKeys } from "./catalog-types.js";

/** How a lookup finds a OperationalError code. Each [key, index] row names a code by its index in value order. */
export const operationalErrorKeys: FamilyKeys = /* @__PURE__ */ Object.freeze<FamilyKeys>({
  family: "OperationalError",
  /** Each code's identifier, in value order. */
  identifiers: ["None", "Config", "Broken", "Connect", "Internal", "ServerAuth", "CannotSend", "TimeSkew", "DcnSrvSwitch", "DcnBlockedBw", "DcnBlockedAbuse", "DcnBlockedMalware", "DcnBlockedMisc", "DcnReqByCliapp", "DcnBlockedAuth", "DcnSrvFull", "InvalidState", "AccessDenied", "ComException", "ComInvalidCastException", "StartVpnFailed", "DisconnectedBeforeConnected", "ConnectionTimeout", "DisconnectedAfterStart", "StoppedAfterStart", "TunnelExited", "PrimaryNetworkInterfaceChanged", "TrafficLeak", "TunnelBroken", "TunnelProcessStartFailed", "InvalidConfiguration", "InvalidTunnelNetworkIndefaceIndex", "StopVpnFailed", "WfpSessionCreationFailed", "ConnectionCanceled", "InvalidFireshieldConfiguration", "NoInternetConnection", "PersonalBridgeUnknownError", "PersonalBridgeBadRequest", "PersonalBridgeForbidden", "PersonalBridgeInternalServerError", "PersonalBridgeNextHopUnavailable", "PersonalBridgeNotAnExitNode", "PersonalBridgeTooManyHops", "PersonalBridgeHopNotAllowed", "PersonalBridgeSessionNotFound"],
  aliases: [["InvalidTunnelNetworkInterfaceIndex", 31]],
  legacyNames: [],
  /** Each code's value keys, in value order: its value and its decimal string. */
  values: [[0, "0"], [180, "180"], [181, "181"], [182, "182"], [183, "183"], [184, "184"], [185, "185"], [186, "186"], [190, "190"], [191, "191"], [192, "192"], [193, "193"], [194, "194"], [195, "195"], [196, "196"], [197, "197"], [4097, "4097"], [4098, "4098"], [4099, "4099"], [4100, "4100"], [8192, "8192"], [8193, "8193"], [8194, "8194"], [8195, "8195"], [8196, "8196"], [8197, "8197"], [8198, "8198"], [8199, "8199"], [8200, "8200"], [8201, "8201"], [8202, "8202"], [8203, "8203"], [8204, "8204"], [8205, "8205"], [8206, "8206"], [8207, "8207"], [8208, "8208"], [9000, "9000"], [9001, "9001"], [9002, "9002"], [9003, "9003"], [9004, "9004"], [9005, "9005"], [9006, "9006"], [9007, "9007"], [9008, "9008"]],
  /** Each code's retry strategy, as an index into STRATEGIES. */
  strategies: [2, 1, 3, 0, 3, 1, 3, 0, 3, 1, 1, 1, 1, 1, 1, 3, 3, 1, 1, 1, 0, 0, 0, 3, 3, 3, 3, 3, 3, 1, 1, 3, 0, 1, 1, 1, 3, 1, 1, 1, 0, 0, 1, 1, 1, 3],
});
