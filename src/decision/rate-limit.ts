// How long the rate-limit headers ask a client to wait: Retry-After and the reset (runtime/SPEC.md §3-§5).
import { retryPolicy } from "../../generated/ts/retry-policy.js";
import type { RawResponse } from "../body/response.js";
import { header, trimFieldValue } from "../http/headers.js";
import { parseHttpDatePrefix } from "../http/http-date.js";

const DELAY_SECONDS = /^(\d+)[ \t]*(?:,|$)/;

/** Retry-After (RFC 9110 §10.2.3) in ms from `now`: delay-seconds or an HTTP-date, strictly; of a comma-joined repeat, the first. */
function retryAfterMs(value: string, now: number): number | undefined {
  const seconds = DELAY_SECONDS.exec(value);
  if (seconds) return Number(seconds[1]) * 1000;
  // IMF-fixdate has a comma after the day name, so the first element is found by parsing, not splitting.
  const date = parseHttpDatePrefix(value, now);
  if (!date || !/^[ \t]*(?:,|$)/.test(value.slice(date.length))) return undefined;
  return date.ms - now;
}

/** X-RateLimit-Reset as a Unix time in ms: seconds per OrbVPN's guide, milliseconds from the policy's threshold up. */
function resetAtMs(value: string): number | undefined {
  if (!/^\d+(\.\d+)?$/.test(value)) return undefined;
  const n = Number(value);
  const msFrom = retryPolicy.rateLimit.resetMillisecondsFrom;
  return msFrom !== undefined && n >= msFrom ? n : n * 1000;
}

/** How long the rate-limit headers ask a client to wait, in ms; undefined when they say nothing usable. Never throws. */
export function rateLimitWaitMs(headers: RawResponse["headers"], now: number): { waitMs: number; basis: "retry-after" | "rate-limit-reset" } | undefined {
  const at = typeof now === "number" && Number.isFinite(now) ? now : Date.now();
  const waits: Array<{ waitMs: number; basis: "retry-after" | "rate-limit-reset" }> = [];
  const retryAfter = trimFieldValue(header(headers, retryPolicy.rateLimit.retryAfterHeader));
  if (retryAfter) {
    const ms = retryAfterMs(retryAfter, at);
    if (ms !== undefined && Number.isFinite(ms) && ms > 0) waits.push({ waitMs: ms, basis: "retry-after" });
  }
  // A repeated reset header joined by Headers: the first value.
  const reset = trimFieldValue(header(headers, retryPolicy.rateLimit.resetHeader)?.split(",", 1)[0]);
  if (reset) {
    const resetAt = resetAtMs(reset);
    const ms = resetAt === undefined ? NaN : resetAt - at;
    if (Number.isFinite(ms) && ms > 0) waits.push({ waitMs: ms, basis: "rate-limit-reset" });
  }
  // A reset in the past says nothing; of two usable answers the later one is the safe one.
  return waits.sort((a, b) => b.waitMs - a.waitMs)[0];
}
