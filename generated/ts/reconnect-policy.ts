// Generated from catalog/*.yaml by scripts/emit/typescript.ts (npm run build); do not edit.
import type { ReconnectPolicy } from "./catalog-types.js";
import { deepFreeze } from "./freeze.js";

/** What the reconnect decision does with a code: see ReconnectClass in the README. */
export type ReconnectClass = "reconnect" | "reconnect-now" | "wait-for-network" | "stop" | "not-an-error";

/**
 * The SDK reconnect policy: backoff, the cap per window, flapping, and the codes the source singles out; undefined when the catalog has none.
 */
export const reconnectPolicy: ReconnectPolicy | undefined = /* @__PURE__ */ deepFreeze({
  source: {
    title: "Unified VPN SDK for Windows: Error processing",
    publisher: "Pango",
    seed: "000_56d85425bc4faa84.txt",
    section: "OperationalError",
  },
  backoff: {
    initialDelayMs: 2000,
    multiplier: 2,
    maxDelayMs: 120000,
    jitterRatio: 0.5,
    basis: "inferred",
    reason: "AWS Architecture Blog, Exponential Backoff and Jitter (equal jitter)",
    note: "The page gives no schedule. Waits of 2, 4, 8 s and so on up to 2 minutes, each between half and all of its length at random, spread a fleet whose tunnels all dropped at once over the window instead of sending every client back in the same second.",
  },
  window: {
    durationMs: 600000,
    maxReconnects: 8,
    basis: "inferred",
    reason: "freenet-core#3210: one gateway restart caused 3,066 reconnects in 7 minutes",
    note: "At most 8 reconnects in any 10 minutes: past that, reconnecting is not restoring the tunnel, and the user is asked instead of the service being hit again.",
  },
  flapping: {
    withinMs: 30000,
    times: 3,
    basis: "inferred",
    note: "The same error within 30 s of each of the last 3 times the tunnel came up (a TrafficLeak after every reconnect, say) means a new tunnel does not clear the cause: stop and tell the user. A reconnect that never connected (the gateway is down) does not count: the backoff and the window handle those.",
  },
  immediate: {
    codes: [
      {
        family: "OperationalError",
        name: "PrimaryNetworkInterfaceChanged",
      },
    ],
    basis: "documented",
    note: "The page: \"We recommend to reconnect tunnel with the same credentials when this error occured.\" The SDK cannot move a tunnel to the new interface, so the first reconnect goes at once.",
  },
  waitForNetwork: {
    codes: [
      {
        family: "OperationalError",
        name: "NoInternetConnection",
      },
      {
        family: "ResponseResult",
        name: "NoInternetConnection",
      },
    ],
    basis: "inferred",
    note: "The internet check failed on the primary adapter: reconnecting before the network is back fails again, so the client waits for the operating system to report connectivity, then reconnects.",
  },
});

/** Each SDK family's codes by value: the reconnect class, and for a stop, why. */
export const RECONNECT_CLASS: Readonly<Record<string, Readonly<Record<string, { readonly class: ReconnectClass; readonly reason?: string }>>>> = /* @__PURE__ */ deepFreeze({
  OperationalError: {
    "0": {
      class: "not-an-error",
    },
    "180": {
      class: "stop",
      reason: "The same invalid Hydra configuration fails again.",
    },
    "181": {
      class: "reconnect",
    },
    "182": {
      class: "reconnect",
    },
    "183": {
      class: "reconnect",
    },
    "184": {
      class: "stop",
      reason: "The VPN node rejects the same credentials again.",
    },
    "185": {
      class: "reconnect",
    },
    "186": {
      class: "reconnect",
    },
    "190": {
      class: "reconnect",
    },
    "191": {
      class: "stop",
      reason: "The traffic limit stays exceeded, so the server blocks a new tunnel too.",
    },
    "192": {
      class: "stop",
      reason: "The server blocked the tunnel for abuse, so a new tunnel would be blocked too.",
    },
    "193": {
      class: "stop",
      reason: "The server blocked the tunnel for malicious traffic, so a new tunnel would be blocked too.",
    },
    "194": {
      class: "stop",
      reason: "The server blocked the tunnel, and the page gives no reason that a reconnection would clear.",
    },
    "195": {
      class: "stop",
      reason: "The name suggests the disconnect was requested by the client application, so reconnecting would go against that request.",
    },
    "196": {
      class: "stop",
      reason: "The server rejected the tunnel's authentication, so the same credentials fail again.",
    },
    "197": {
      class: "reconnect",
    },
    "4097": {
      class: "reconnect",
    },
    "4098": {
      class: "stop",
      reason: "Missing permissions do not change between attempts.",
    },
    "4099": {
      class: "stop",
      reason: "The page gives no cause that a retry would clear.",
    },
    "4100": {
      class: "stop",
      reason: "A failed internal COM call is not known to clear on a retry.",
    },
    "8192": {
      class: "reconnect",
    },
    "8193": {
      class: "reconnect",
    },
    "8194": {
      class: "reconnect",
    },
    "8195": {
      class: "reconnect",
    },
    "8196": {
      class: "reconnect",
    },
    "8197": {
      class: "reconnect",
    },
    "8198": {
      class: "reconnect-now",
    },
    "8199": {
      class: "reconnect",
    },
    "8200": {
      class: "reconnect",
    },
    "8201": {
      class: "stop",
      reason: "A tunnel client process that cannot start usually points to an installation or system problem that retries do not clear.",
    },
    "8202": {
      class: "stop",
      reason: "The same invalid StartVpnRequest fails validation again.",
    },
    "8203": {
      class: "reconnect",
    },
    "8204": {
      class: "reconnect",
    },
    "8205": {
      class: "stop",
      reason: "Failing to create a Windows Filtering Platform session is a system condition that retries do not clear.",
    },
    "8206": {
      class: "stop",
      reason: "The client application asked for the cancellation, so reconnecting would go against its request.",
    },
    "8207": {
      class: "stop",
      reason: "The same invalid fireshield configuration fails again.",
    },
    "8208": {
      class: "wait-for-network",
    },
    "9000": {
      class: "stop",
      reason: "The page gives no cause, so a blind retry is not known to help.",
    },
    "9001": {
      class: "stop",
      reason: "The intermediate server rejects the same bad request again.",
    },
    "9002": {
      class: "stop",
      reason: "A forbidden answer does not change between attempts.",
    },
    "9003": {
      class: "reconnect",
    },
    "9004": {
      class: "reconnect",
    },
    "9005": {
      class: "stop",
      reason: "The chosen node stays a non-exit node between attempts.",
    },
    "9006": {
      class: "stop",
      reason: "The same route has too many hops on every attempt.",
    },
    "9007": {
      class: "stop",
      reason: "The hop stays disallowed between attempts.",
    },
    "9008": {
      class: "reconnect",
    },
  },
  ResponseResult: {
    AuthFailed: {
      class: "stop",
      reason: "The same credentials fail again; the client must re-authenticate.",
    },
    BadRequest: {
      class: "stop",
      reason: "A 400 from the backend does not resolve with retries.",
    },
    CarrierDisabled: {
      class: "stop",
      reason: "A disabled carrier is a backend configuration state that retries do not change.",
    },
    ConnectionTimeout: {
      class: "reconnect",
    },
    DevicesExceed: {
      class: "stop",
      reason: "The device limit does not change between attempts.",
    },
    Error: {
      class: "stop",
      reason: "The page gives no cause, so a blind retry is not known to help.",
    },
    FeatureNotFound: {
      class: "stop",
      reason: "A missing feature does not appear between attempts.",
    },
    Forbidden: {
      class: "stop",
      reason: "A 403 from the backend does not resolve with retries.",
    },
    InternalServerError: {
      class: "reconnect",
    },
    Invalid: {
      class: "stop",
      reason: "The same invalid data is rejected again.",
    },
    InvalidDeviceId: {
      class: "stop",
      reason: "The same invalid device identifier is rejected again.",
    },
    InvalidPurchase: {
      class: "stop",
      reason: "A purchase problem is not resolved by repeating the request.",
    },
    InvalidResponse: {
      class: "reconnect",
    },
    InvalidUri: {
      class: "stop",
      reason: "The same malformed URI fails again.",
    },
    NoInternetConnection: {
      class: "wait-for-network",
    },
    None: {
      class: "not-an-error",
    },
    NotAuthorized: {
      class: "stop",
      reason: "The same invalid token is rejected again; the client must re-authenticate first.",
    },
    NotFound: {
      class: "stop",
      reason: "A 404 from the backend does not resolve with retries.",
    },
    NotResponding: {
      class: "reconnect",
    },
    OauthError: {
      class: "stop",
      reason: "An OAuth failure needs new credentials from the identity provider, not a repeated request.",
    },
    Ok: {
      class: "not-an-error",
    },
    RequestLimitExceed: {
      class: "stop",
      reason: "The page gives no window or reset time, so an immediate retry only hits the same limit.",
    },
    RequestTimeout: {
      class: "reconnect",
    },
    ServerNotAnswering: {
      class: "reconnect",
    },
    ServerUnavailable: {
      class: "reconnect",
    },
    ServiceNotInitialized: {
      class: "stop",
      reason: "Sending the same request again fails until the service has been initialized.",
    },
    SessionNotFound: {
      class: "stop",
      reason: "Repeating a request for a session the backend does not know fails again.",
    },
    SessionTrafficExceed: {
      class: "stop",
      reason: "The session's traffic limit does not reset between attempts.",
    },
    SessionsExceed: {
      class: "stop",
      reason: "The session limit does not change between attempts.",
    },
    Timeout: {
      class: "reconnect",
    },
    TooManyRequests: {
      class: "stop",
      reason: "The same StartVpn or StopVpn operation is already in progress or done, so repeating it does not help.",
    },
    TrafficExceed: {
      class: "stop",
      reason: "The account's traffic limit does not reset between attempts.",
    },
    TransportError: {
      class: "reconnect",
    },
    TransportNotAuthorized: {
      class: "stop",
      reason: "The pipe's authorization does not change between attempts.",
    },
    UnAuthorized: {
      class: "stop",
      reason: "An unauthorized response is not resolved by sending the same request again.",
    },
    Unlimited: {
      class: "not-an-error",
    },
    UnsupportedVersion: {
      class: "stop",
      reason: "The version stays unsupported until the client is updated.",
    },
    UserSuspended: {
      class: "stop",
      reason: "A suspended user stays suspended between attempts.",
    },
  },
});
