// The reconnect decision for an SDK error (an OperationalError in ErrorOccured, a ResponseResult): reconnect
// the tunnel now or after a backoff, wait for the network, or stop and tell the user. Pure: the history,
// the clock and the random source are the caller's. Rules and numbers: the catalog's reconnectPolicy.
import type { FamilyName } from "../../generated/ts/catalog-types.js";
import { RECONNECT_CLASS, reconnectPolicy } from "../../generated/ts/reconnect-policy.js";
import { describeValue } from "../decision/advise.js";
import { unit } from "../decision/backoff.js";
import { describe } from "../lookup/describe.js";

/** Why the advice is to stop. */
export type ReconnectStopReason =
  /** A new tunnel would fail the same way (the code's advice is no-retry). */
  | "not-reconnectable"
  /** The same error came back soon after each of the last times the tunnel came up. */
  | "flapping"
  /** The window's reconnects are used up. */
  | "window-exhausted"
  /** The family does not know the code, or the family is not an SDK family. */
  | "unknown-code"
  /** A success code. */
  | "not-an-error";

export type ReconnectAdvice =
  /** Reconnect after `delayMs`: at once where the source says so ("immediate"), else after the backoff. */
  | { action: "reconnect"; delayMs: number; basis: "immediate" | "backoff" }
  /** The device has no network: reconnect once it is back. */
  | { action: "wait-for-network" }
  | { action: "stop"; reason: ReconnectStopReason; detail: string };

/** An error the SDK reported earlier: when (clock ms), and which code. */
export interface ReconnectError {
  at: number;
  family: string;
  /** The code's value (8199) or any key describe() accepts ("TrafficLeak"). */
  code: string | number;
}

/** What happened before, in clock ms; order does not matter. */
export interface ReconnectHistory {
  /** When each reconnect started: the window's cap and the backoff count these. */
  reconnects?: readonly number[] | undefined;
  /** When the tunnel came up: flapping counts an error that follows one of these, not a reconnect that failed. */
  connected?: readonly number[] | undefined;
  errors?: readonly ReconnectError[] | undefined;
}

export interface ReconnectOptions {
  /** The clock, in ms; the current time when absent or not finite. */
  now?: number | undefined;
  /** In [0, 1); garbage or a throw reads as 0. */
  random?: (() => number) | undefined;
}

const stop = (reason: ReconnectStopReason, detail: string): ReconnectAdvice => ({ action: "stop", reason, detail });

/** The code's value in its family, when the family is an SDK family that knows the key. */
function codeValue(family: unknown, code: unknown): { family: string; value: string; name: string } | undefined {
  if (typeof family !== "string" || !Object.prototype.hasOwnProperty.call(RECONNECT_CLASS, family)) return undefined;
  const match = describe(code, family as FamilyName)[0];
  return match ? { family, value: String(match.entry.value), name: match.entry.name } : undefined;
}

/** The finite times in a list that may hold anything, at or before now. */
function times(list: unknown, now: number): number[] {
  if (!Array.isArray(list)) return [];
  return list.filter((t): t is number => typeof t === "number" && Number.isFinite(t) && t <= now).sort((a, b) => a - b);
}

/**
 * What to do about an SDK error `code` of `family` ("OperationalError", "ResponseResult"), given the
 * history. Never throws: unknown input gives a stop with reason unknown-code.
 */
export function adviseReconnect(family: FamilyName | (string & {}), code: unknown, history: ReconnectHistory = {}, options: ReconnectOptions = {}): ReconnectAdvice {
  const policy = reconnectPolicy;
  if (!policy) return stop("not-reconnectable", "the catalog has no reconnect policy");
  const known = codeValue(family, code);
  if (!known) return stop("unknown-code", `${describeValue(family)} has no code ${typeof code === "string" ? JSON.stringify(code) : describeValue(code)}`);
  const { class: kind, reason } = RECONNECT_CLASS[known.family]![known.value]!;
  const subject = `${known.family}.${known.name}`;
  if (kind === "not-an-error") return stop("not-an-error", `${subject} is a success code`);
  if (kind === "stop") return stop("not-reconnectable", `${subject}: ${reason ?? "a new tunnel would fail the same way"}`);

  const now = typeof options.now === "number" && Number.isFinite(options.now) ? options.now : Date.now();
  let reconnects: number[];
  let connected: number[];
  let errors: number[];
  try {
    reconnects = times(history?.reconnects, now);
    connected = times(history?.connected, now);
    const sameCode = Array.isArray(history?.errors) ? history.errors.filter((e) => e && codeValue(e.family, e.code)?.value === known.value && e.family === known.family).map((e) => e.at) : [];
    errors = [...times(sameCode, now), now];
  } catch {
    // A history whose getters throw reads as none.
    reconnects = [];
    connected = [];
    errors = [now];
  }

  const { window, flapping, backoff } = policy;
  const recent = reconnects.filter((t) => t > now - window.durationMs);
  if (recent.length >= window.maxReconnects) {
    return stop("window-exhausted", `${subject}: ${recent.length} reconnects in the last ${window.durationMs / 1000} s, the most the policy allows; ask the user`);
  }
  // A reconnect that never connected (the gateway is down) is the backoff's business, not flapping.
  const last = connected.slice(-flapping.times);
  if (last.length === flapping.times && last.every((r) => errors.some((t) => t > r && t <= r + flapping.withinMs))) {
    return stop("flapping", `${subject} came back within ${flapping.withinMs / 1000} s of each of the last ${flapping.times} times the tunnel came up: a new tunnel does not clear it; ask the user`);
  }
  if (kind === "wait-for-network") return { action: "wait-for-network" };
  if (kind === "reconnect-now" && !reconnects.some((t) => t > now - flapping.withinMs)) return { action: "reconnect", delayMs: 0, basis: "immediate" };
  const base = Math.min(backoff.initialDelayMs * backoff.multiplier ** recent.length, backoff.maxDelayMs);
  return { action: "reconnect", delayMs: Math.round(base * (1 - backoff.jitterRatio * unit(options.random ?? Math.random))), basis: "backoff" };
}
