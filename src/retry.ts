import type { RetryStrategy } from "../generated/ts/catalog-types.js";
import { retryPolicy } from "../generated/ts/retry-policy.js";
import { header } from "./headers.js";
import { parseApiResponse, type RawResponse } from "./parse.js";

export type FailReason =
  | "not-an-error"
  | "not-retryable"
  | "attempts-exhausted"
  | "refresh-already-tried"
  | "wait-too-long"
  | "invalid-attempt";

export type RetryDecision =
  /** Send the request again after `delayMs`. `basis` says what set the delay. */
  | { action: "retry"; delayMs: number; basis: "backoff" | "retry-after" | "rate-limit-reset" }
  /** Refresh the access token, then send the original request once more. */
  | { action: "refresh-token" }
  | { action: "fail"; reason: FailReason; detail: string };

/** A random number in [0, 1), as Math.random gives; anything else is clamped, never trusted. */
function unit(random: () => number): number {
  let x: unknown;
  try {
    x = random();
  } catch {
    return 0;
  }
  return typeof x === "number" && x > 0 ? Math.min(x, 1) : 0;
}

/**
 * The wait before retry `attempt` (1-based): initialDelay·multiplier^(attempt−1) plus jitter from
 * `random`, capped at the policy's maxDelayMs: 1 s, 2 s, 4 s, 8 s, 16 s, each + 0–500 ms.
 * Undefined for an attempt the policy does not retry (past the fifth, zero, negative, fractional).
 */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number | undefined {
  const b = retryPolicy.backoff;
  if (!Number.isInteger(attempt) || attempt < 1 || attempt > b.maxRetries) return undefined;
  const base = b.initialDelayMs * b.multiplier ** (attempt - 1);
  const jitter = b.jitterMinMs + unit(random) * (b.jitterMaxMs - b.jitterMinMs);
  return Math.min(Math.round(base + jitter), b.maxDelayMs);
}

/** How long the rate-limit headers ask a client to wait, in ms; undefined when they say nothing usable. */
export function rateLimitWaitMs(headers: RawResponse["headers"], now: number): { waitMs: number; basis: "retry-after" | "rate-limit-reset" } | undefined {
  const waits: Array<{ waitMs: number; basis: "retry-after" | "rate-limit-reset" }> = [];
  const retryAfter = header(headers, retryPolicy.rateLimit.retryAfterHeader)?.trim();
  if (retryAfter) {
    // Retry-After is delta-seconds or an HTTP date (RFC 9110 §10.2.3).
    const ms = /^\d+$/.test(retryAfter) ? Number(retryAfter) * 1000 : Date.parse(retryAfter) - now;
    if (Number.isFinite(ms) && ms > 0) waits.push({ waitMs: ms, basis: "retry-after" });
  }
  const reset = header(headers, retryPolicy.rateLimit.resetHeader)?.trim();
  if (reset && /^\d+(\.\d+)?$/.test(reset)) {
    const ms = Number(reset) * 1000 - now; // Unix seconds, per OrbVPN's rate-limit guide.
    if (Number.isFinite(ms) && ms > 0) waits.push({ waitMs: ms, basis: "rate-limit-reset" });
  }
  // A reset in the past says nothing; of two usable answers the later one is the safe one.
  return waits.sort((a, b) => b.waitMs - a.waitMs)[0];
}

/** What the policy says for a status when the body names no code the catalog knows. */
function statusStrategy(status: number): RetryStrategy | undefined {
  if (retryPolicy.statuses.retryable.includes(status)) return status === 429 ? "wait-for-window" : "backoff";
  if (retryPolicy.statuses.nonRetryable.includes(status)) return "no-retry";
  return undefined;
}

export interface AdviseOptions {
  /** True once the token has been refreshed for this request: a second TOKEN_EXPIRED then fails. */
  tokenRefreshed?: boolean;
  random?: () => number;
}

/**
 * What to do about a response to the `attempt`-th send of a request (1-based): retry after a delay,
 * refresh the token, or fail. A code's own advice in the catalog wins over its status's rule; on 429
 * the rate-limit headers set the wait, within the policy's bounds. Never throws.
 */
export function adviseRetry(response: RawResponse, attempt: number, now: number = Date.now(), options: AdviseOptions = {}): RetryDecision {
  const parsed = parseApiResponse(response);
  const { status } = parsed;
  if (status >= 200 && status < 300) return { action: "fail", reason: "not-an-error", detail: `status ${status} is a success` };

  // A code's own advice applies at its documented status; a code under another status (RATE_LIMITED
  // on a 401, say) is the server contradicting itself, and the status rule is the safe reading.
  const known = parsed.kind === "api-error" ? parsed.entry : undefined;
  const entry = known && known.httpStatus === status ? known : undefined;
  const strategy = entry?.retry.strategy ?? statusStrategy(status);
  const subject = entry ? `${entry.name} (${status})` : parsed.kind === "api-error" ? `unknown code ${parsed.code} (${status})` : `status ${status}`;

  if (strategy === undefined) return { action: "fail", reason: "not-retryable", detail: `${subject}: the retry policy does not list status ${status}` };
  if (strategy === "no-retry" || strategy === "not-applicable" || strategy === "reconnect-tunnel") {
    return { action: "fail", reason: "not-retryable", detail: `${subject}: ${entry?.retry.override ?? entry?.retry.note ?? "the policy says it will not resolve with retries"}` };
  }
  if (strategy === "refresh-credentials") {
    return options.tokenRefreshed
      ? { action: "fail", reason: "refresh-already-tried", detail: `${subject} again after a token refresh: re-authenticate` }
      : { action: "refresh-token" };
  }

  if (!Number.isInteger(attempt) || attempt < 1) return { action: "fail", reason: "invalid-attempt", detail: `attempt must be a whole number from 1, not ${String(attempt)}` };
  const random = options.random ?? Math.random;
  const backoff = retryDelayMs(attempt, random);
  if (backoff === undefined) return { action: "fail", reason: "attempts-exhausted", detail: `${subject}: ${retryPolicy.backoff.maxRetries} retries already made` };
  if (strategy === "wait-for-window") {
    const safeNow = Number.isFinite(now) ? now : Date.now();
    const wait = rateLimitWaitMs(response?.headers, safeNow);
    if (wait) {
      if (wait.waitMs > retryPolicy.rateLimit.maxWaitMs) {
        return { action: "fail", reason: "wait-too-long", detail: `${subject}: the server asks for ${Math.ceil(wait.waitMs / 1000)} s, over the ${retryPolicy.rateLimit.maxWaitMs / 1000} s a client waits` };
      }
      const jitter = unit(random) * retryPolicy.backoff.jitterMaxMs;
      return { action: "retry", delayMs: Math.ceil(wait.waitMs + jitter), basis: wait.basis };
    }
  }
  return { action: "retry", delayMs: backoff, basis: "backoff" };
}

/** The token refresh that withRetry was given failed: the caller must re-authenticate. */
export class TokenRefreshError extends Error {
  override readonly name = "TokenRefreshError";
  constructor(cause: unknown) {
    super("the access token could not be refreshed: re-authenticate", { cause });
  }
}

export interface WithRetryOptions {
  /** Called once on TOKEN_EXPIRED; the request is then sent again exactly once. If it throws, the call ends with TokenRefreshError. */
  refreshToken?: () => Promise<unknown>;
  signal?: AbortSignal;
  /** Injectable for tests; the default honours `signal`. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
  random?: () => number;
  /** Told about each retry before its wait. */
  onRetry?: (event: { attempt: number; decision: RetryDecision; error?: unknown }) => void;
}

type Sendable = Response | RawResponse;

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("This operation was aborted", "AbortError");
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason(signal));
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal!));
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

async function readForAdvice(response: Sendable): Promise<RawResponse> {
  if (typeof Response !== "undefined" && response instanceof Response) {
    // Read a clone, so that the caller still gets a readable body.
    const body = await response.clone().text().catch(() => undefined);
    return { status: response.status, headers: response.headers, body };
  }
  return response as RawResponse;
}

/**
 * Sends `call` until the policy says stop, and resolves with the last response (a success, or the
 * error that retries cannot help; read it with parseApiResponse). Network errors are retried with
 * backoff and rethrown when attempts run out. Aborting `signal` rejects with its reason at once.
 */
export async function withRetry<R extends Sendable>(call: (context: { attempt: number; signal?: AbortSignal }) => Promise<R>, options: WithRetryOptions = {}): Promise<R> {
  const { signal, refreshToken, onRetry } = options;
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  let tokenRefreshed = false;
  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) throw abortReason(signal);
    let response: R;
    try {
      response = await call({ attempt, ...(signal ? { signal } : {}) });
    } catch (error) {
      if (signal?.aborted) throw abortReason(signal);
      const delayMs = retryDelayMs(attempt, random);
      if (delayMs === undefined) throw error;
      onRetry?.({ attempt, decision: { action: "retry", delayMs, basis: "backoff" }, error });
      await sleep(delayMs, signal);
      continue;
    }
    const decision = adviseRetry(await readForAdvice(response), attempt, now(), { tokenRefreshed, random });
    if (decision.action === "fail") return response;
    if (decision.action === "refresh-token") {
      if (!refreshToken) return response;
      tokenRefreshed = true;
      onRetry?.({ attempt, decision });
      try {
        await refreshToken();
      } catch (error) {
        throw new TokenRefreshError(error);
      }
      continue;
    }
    onRetry?.({ attempt, decision });
    await sleep(decision.delayMs, signal);
  }
}
