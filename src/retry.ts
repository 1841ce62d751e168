import type { RetryStrategy } from "../generated/ts/catalog-types.js";
import { STATUS_STRATEGY, retryPolicy } from "../generated/ts/retry-policy.js";
import { header } from "./headers.js";
import { parseHttpDatePrefix } from "./http-date.js";
import { parseApiResponse, responseLikeParts, type ParseOptions, type ParsedResponse, type RawResponse, type ResponseLike } from "./parse.js";

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
  const retryAfter = header(headers, retryPolicy.rateLimit.retryAfterHeader)?.trim();
  if (retryAfter) {
    const ms = retryAfterMs(retryAfter, at);
    if (ms !== undefined && Number.isFinite(ms) && ms > 0) waits.push({ waitMs: ms, basis: "retry-after" });
  }
  // A repeated reset header joined by Headers: the first value.
  const reset = header(headers, retryPolicy.rateLimit.resetHeader)?.split(",", 1)[0]?.trim();
  if (reset) {
    const resetAt = resetAtMs(reset);
    const ms = resetAt === undefined ? NaN : resetAt - at;
    if (Number.isFinite(ms) && ms > 0) waits.push({ waitMs: ms, basis: "rate-limit-reset" });
  }
  // A reset in the past says nothing; of two usable answers the later one is the safe one.
  return waits.sort((a, b) => b.waitMs - a.waitMs)[0];
}

/** A status's own strategy, from its entry in the http-status family; undefined for a status the catalog does not list. */
function statusStrategy(status: number): RetryStrategy | undefined {
  return Object.prototype.hasOwnProperty.call(STATUS_STRATEGY, status) ? STATUS_STRATEGY[status] : undefined;
}

const FAILING: ReadonlySet<RetryStrategy | undefined> = new Set<RetryStrategy | undefined>(["no-retry", "not-applicable", "reconnect-tunnel", undefined]);

export interface AdviseOptions {
  /** True once the token has been refreshed for this request: a second TOKEN_EXPIRED then fails. */
  tokenRefreshed?: boolean;
  random?: () => number;
  /** For a Response: bounds on reading its body (see parseApiResponse). */
  parse?: ParseOptions;
}

/** Options read once and defensively: a hostile options object reads as no options. */
function adviseOptions(options: unknown): { tokenRefreshed: boolean; random: () => number; parse: ParseOptions | undefined } {
  try {
    if (!options || typeof options !== "object") return { tokenRefreshed: false, random: Math.random, parse: undefined };
    const { tokenRefreshed, random, parse } = options as AdviseOptions;
    return { tokenRefreshed: tokenRefreshed === true, random: typeof random === "function" ? random : Math.random, parse };
  } catch {
    return { tokenRefreshed: false, random: Math.random, parse: undefined };
  }
}

/**
 * What to do about a response to the `attempt`-th send of a request (1-based): retry after a delay,
 * refresh the token, or fail. A code's own advice in the catalog wins over its status's rule; a known
 * code under another status gets the more cautious of the two. On 429 the rate-limit headers set the
 * wait, within the policy's bounds. A Response (any fetch implementation) gives a Promise, as
 * parseApiResponse does for it. Never throws, never rejects.
 */
export function adviseRetry(response: ResponseLike, attempt: number, now?: number, options?: AdviseOptions): Promise<RetryDecision>;
export function adviseRetry(response: RawResponse, attempt: number, now?: number, options?: AdviseOptions): RetryDecision;
export function adviseRetry(response: ResponseLike | RawResponse, attempt: number, now: number = Date.now(), options: AdviseOptions = {}): RetryDecision | Promise<RetryDecision> {
  // The attempt is checked first, so that no path (a refresh, a success) lets a nonsense attempt through.
  if (typeof attempt !== "number" || !Number.isInteger(attempt) || attempt < 1) {
    const decision: RetryDecision = { action: "fail", reason: "invalid-attempt", detail: `attempt must be a whole number from 1, not ${describeValue(attempt)}` };
    return responseLikeParts(response) ? Promise.resolve(decision) : decision;
  }
  const opts = adviseOptions(options);
  const parts = responseLikeParts(response);
  if (parts) {
    // A success is decided by its status alone: do not wait on its body (a long download, a stream).
    if (Number.isInteger(parts.status) && parts.status >= 200 && parts.status < 300) return Promise.resolve(notAnError(parts.status));
    return parseApiResponse(response as ResponseLike, opts.parse).then(
      (parsed) => decide(parsed, parts.headers, attempt, now, opts),
      () => ({ action: "fail", reason: "not-retryable", detail: "the response cannot be read" }) as RetryDecision,
    );
  }
  let headers: RawResponse["headers"];
  try {
    headers = (response as RawResponse | undefined)?.headers;
  } catch {
    // A throwing headers getter reads as no headers.
  }
  return decide(parseApiResponse(response as RawResponse), headers, attempt, now, opts);
}

const notAnError = (status: number): RetryDecision => ({ action: "fail", reason: "not-an-error", detail: `status ${status} is a success` });

function describeValue(value: unknown): string {
  try {
    return typeof value === "symbol" ? value.toString() : String(value);
  } catch {
    return typeof value;
  }
}

function decide(parsed: ParsedResponse, headers: RawResponse["headers"], attempt: number, now: number, options: { tokenRefreshed: boolean; random: () => number }): RetryDecision {
  const { status } = parsed;
  if (status >= 200 && status < 300) return notAnError(status);

  const known = parsed.kind === "api-error" ? parsed.entry : undefined;
  const byStatus = statusStrategy(status);
  let strategy: RetryStrategy | undefined;
  let subject: string;
  let reason: string | undefined;
  if (known && known.httpStatus === status) {
    strategy = known.retry.strategy;
    subject = `${known.name} (${status})`;
    reason = known.retry.override ?? known.retry.note;
  } else if (known) {
    // The server contradicts itself (QUOTA_EXCEEDED on a 503): the policy's codeStatusConflict rule.
    subject = `${known.name} (${status}, documented ${known.httpStatus ?? "without a status"})`;
    const cautious = retryPolicy.codeStatusConflict?.rule === "most-cautious";
    if (cautious && FAILING.has(known.retry.strategy)) {
      strategy = known.retry.strategy;
      reason = `${known.retry.override ?? known.retry.note ?? "the code is not retryable"} (code and status disagree; the more cautious wins)`;
    } else {
      strategy = byStatus;
    }
  } else {
    strategy = byStatus;
    subject = parsed.kind === "api-error" ? `unknown code ${parsed.code} (${status})` : `status ${status}`;
  }

  if (strategy === undefined) return { action: "fail", reason: "not-retryable", detail: `${subject}: the retry policy does not list status ${status}` };
  if (FAILING.has(strategy)) return { action: "fail", reason: "not-retryable", detail: `${subject}: ${reason ?? "the policy says it will not resolve with retries"}` };
  if (strategy === "refresh-credentials") {
    return options.tokenRefreshed
      ? { action: "fail", reason: "refresh-already-tried", detail: `${subject} again after a token refresh: re-authenticate` }
      : { action: "refresh-token" };
  }

  const backoff = retryDelayMs(attempt, options.random);
  if (backoff === undefined) return { action: "fail", reason: "attempts-exhausted", detail: `${subject}: ${retryPolicy.backoff.maxRetries} retries already made` };
  if (strategy === "wait-for-window") {
    const wait = rateLimitWaitMs(headers, now);
    if (wait) {
      if (wait.waitMs > retryPolicy.rateLimit.maxWaitMs) {
        return { action: "fail", reason: "wait-too-long", detail: `${subject}: the server asks for ${Math.ceil(wait.waitMs / 1000)} s, over the ${retryPolicy.rateLimit.maxWaitMs / 1000} s a client waits` };
      }
      const jitter = unit(options.random) * retryPolicy.backoff.jitterMaxMs;
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
  /**
   * Called once on TOKEN_EXPIRED, with the call's signal; the request is then sent again exactly once. If it
   * throws, the call ends with TokenRefreshError. Share one createTokenRefresher() between concurrent calls.
   */
  refreshToken?: (context: { signal?: AbortSignal }) => Promise<unknown>;
  signal?: AbortSignal;
  /** Injectable for tests; the default honours `signal`. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
  random?: () => number;
  /** Told about each retry before its wait. */
  onRetry?: (event: { attempt: number; decision: RetryDecision; error?: unknown }) => void;
}

type Sendable = ResponseLike | RawResponse;

/** A token refresh that concurrent requests share; see createTokenRefresher. */
export type TokenRefresher = (context?: { signal?: AbortSignal }) => Promise<void>;

/**
 * Runs `refresh` at most once at a time: callers that hit TOKEN_EXPIRED while a refresh is in flight await
 * the same one (100 concurrent requests make one refresh, not 100), and a failed refresh fails them all
 * with TokenRefreshError. A caller's signal ends its own wait, not the shared refresh. The next call after
 * a refresh settles starts a new one.
 */
export function createTokenRefresher(refresh: () => Promise<unknown> | unknown): TokenRefresher {
  let inFlight: Promise<void> | undefined;
  return ({ signal } = {}) => {
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    if (!inFlight) {
      // Started on a microtask, so that a refresh that throws synchronously still clears inFlight after it is set.
      const run: Promise<void> = Promise.resolve()
        .then(() => refresh())
        .then(
          () => undefined,
          (error: unknown) => {
            throw error instanceof TokenRefreshError ? error : new TokenRefreshError(error);
          },
        );
      inFlight = run;
      const clear = () => {
        if (inFlight === run) inFlight = undefined;
      };
      run.then(clear, clear);
    }
    return untilAborted(inFlight, signal);
  };
}

/** `promise`, or a rejection with the signal's reason as soon as it aborts, whichever comes first. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal));
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => (signal.removeEventListener("abort", onAbort), resolve(value)),
      (error: unknown) => (signal.removeEventListener("abort", onAbort), reject(error)),
    );
  });
}

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

function discardBody(response: unknown): void {
  try {
    const body = (response as { body?: { cancel?: unknown } } | null)?.body;
    if (body && typeof body === "object" && typeof body.cancel === "function") {
      const done: unknown = body.cancel.call(body);
      if (done && typeof (done as Promise<unknown>).then === "function") (done as Promise<unknown>).then(undefined, () => {});
    }
  } catch {
    // Best effort: an unreleased body costs a connection, not correctness.
  }
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
    // Response-likes are read from a clone, so the caller still gets a readable body.
    const decision = await adviseRetry(response as RawResponse, attempt, now(), { tokenRefreshed, random, ...(signal ? { parse: { signal } } : {}) });
    if (signal?.aborted) throw abortReason(signal);
    if (decision.action === "fail" || (decision.action === "refresh-token" && !refreshToken)) return response;
    // The caller never sees this response: release its body, so that its connection can be reused.
    discardBody(response);
    if (decision.action === "refresh-token") {
      tokenRefreshed = true;
      onRetry?.({ attempt, decision });
      try {
        // A refresh that ignores the signal must not hold the call: the abort rejects at once.
        await untilAborted(Promise.resolve().then(() => refreshToken!(signal ? { signal } : {})), signal);
      } catch (error) {
        if (signal?.aborted) throw abortReason(signal);
        throw error instanceof TokenRefreshError ? error : new TokenRefreshError(error);
      }
      continue;
    }
    onRetry?.({ attempt, decision });
    await sleep(decision.delayMs, signal);
  }
}
