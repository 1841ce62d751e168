import type { RetryStrategy } from "../generated/ts/catalog-types.js";
import { STATUS_STRATEGY, retryPolicy } from "../generated/ts/retry-policy.js";
import { describeError } from "./body.js";
import type { AdviceFailReason, RetryBasis } from "./decision-words.js";
import { header, type HeadersLike } from "./headers.js";
import { parseHttpDatePrefix } from "./http-date.js";
import { networkFailure } from "./network-errors.js";
import { parseApiResponse, responseLikeParts, type ParseOptions, type ParsedResponse, type RawResponse, type ResponseLike } from "./parse.js";

export type FailReason =
  | AdviceFailReason
  /** withRetry: a POST or PATCH that the server may have carried out, without idempotent or an Idempotency-Key. */
  | "not-idempotent"
  /** withRetry: a thrown error that is not a network failure (a bug in the caller's code, say). */
  | "not-transient"
  /** withRetry: the next wait would end after deadlineMs. */
  | "deadline"
  /** withRetry: shouldRetry declined. */
  | "vetoed";

export type RetryDecision =
  /** Send the request again after `delayMs`. `basis` says what set the delay. */
  | { action: "retry"; delayMs: number; basis: RetryBasis }
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


/** An attempt that outlived `attemptTimeoutMs`: a transient failure, retried as one that may have reached the server. */
export class AttemptTimeoutError extends Error {
  override readonly name = "AttemptTimeoutError";
  constructor(readonly timeoutMs: number) {
    super(`the attempt did not settle within ${timeoutMs} ms`);
  }
}

/** withRetry stopped retrying a thrown error because the next wait would end after `deadlineMs`; `cause` is the last error. */
export class RetryDeadlineError extends Error {
  override readonly name = "RetryDeadlineError";
  constructor(detail: string, cause: unknown) {
    super(detail, { cause });
  }
}

type Sendable = ResponseLike | RawResponse;

/** What `call` is given for each attempt. */
export interface AttemptContext {
  /** 1-based. */
  attempt: number;
  /** The caller's signal combined with the attempt's timeout: pass it to fetch. */
  signal: AbortSignal;
}

/** What `shouldRetry` sees after an attempt: the response (and its parsed body, for an error) or the error, and the policy's decision. */
export interface RetryContext<R = Sendable> {
  attempt: number;
  response?: R;
  /** An error response's body, read from a clone within the `parse` limits; a success's body is not read. */
  parsed?: ParsedResponse;
  error?: unknown;
  decision: RetryDecision;
  /** The request's method, when withRetry knows it. */
  method?: string;
}

/** One retry or refresh (onRetry), or the final decision not to retry (onGiveUp). */
export interface RetryEvent {
  attempt: number;
  decision: RetryDecision;
  status?: number;
  /** The API's error code, or the network error's code. */
  code?: string;
  /** The wait before the next attempt; 0 for a token refresh and when giving up. */
  delayMs: number;
  error?: unknown;
}

export interface WithRetryOptions<R = Sendable> {
  /**
   * Called once on TOKEN_EXPIRED, with the call's signal; the request is then sent again exactly once. If it
   * throws, the call ends with TokenRefreshError. Share one createTokenRefresher() between concurrent calls.
   */
  refreshToken?: ((context: { signal?: AbortSignal }) => Promise<unknown>) | undefined;
  /** Aborting it rejects withRetry at once with its reason: during a call, a wait or a refresh. */
  signal?: AbortSignal | undefined;
  /** The request's method, when `call` is a function (a Request gives its own). POST and PATCH are retried with care. */
  method?: string | undefined;
  /** The request's headers, when `call` is a function: an Idempotency-Key among them makes a POST safe to retry. */
  headers?: HeadersLike | undefined;
  /** The call is safe to repeat whatever its method (the server deduplicates it). */
  idempotent?: boolean | undefined;
  /** Attempts in all, the first included: from 1 to the policy's 1 + maxRetries (the default); more is capped. */
  maxAttempts?: number | undefined;
  /** Each attempt's own time limit in ms; a timed-out attempt is aborted and counts as a transient failure. */
  attemptTimeoutMs?: number | undefined;
  /** A budget in ms from the start of withRetry: no wait that would end after it is started. */
  deadlineMs?: number | undefined;
  /** Sees each attempt's outcome and the policy's decision: false vetoes a retry, true forces one within the policy's bounds. */
  shouldRetry?: ((context: RetryContext<R>) => boolean | undefined | void) | undefined;
  /** Bounds on reading an error response's body (default 1 MiB, 30 s); a success's body is never read. */
  parse?: Omit<ParseOptions, "signal"> | undefined;
  /** Waits between attempts; for tests and custom schedulers. It is given the signal, and an abort ends the wait regardless. */
  sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
  now?: (() => number) | undefined;
  random?: (() => number) | undefined;
  /** Told about each retry or token refresh before its wait. */
  onRetry?: ((event: RetryEvent) => void) | undefined;
  /** Told why withRetry stopped, when it stops on anything but a success. */
  onGiveUp?: ((event: RetryEvent) => void) | undefined;
}

/** A fetch Request of any implementation, recognised by its shape. */
function isRequest(value: unknown): value is Request {
  try {
    const r = value as Request;
    return typeof value === "object" && value !== null && typeof r.clone === "function" && typeof r.url === "string" && typeof r.method === "string";
  } catch {
    return false;
  }
}

function isRawResponse(value: unknown): value is RawResponse {
  try {
    return typeof value === "object" && value !== null && typeof (value as RawResponse).status === "number";
  } catch {
    return false;
  }
}

/** Fail reasons that a shouldRetry may override with a retry; the others are the policy's bounds. */
const FORCEABLE: ReadonlySet<FailReason> = new Set<FailReason>(["not-retryable", "not-idempotent", "not-transient", "not-an-error"]);
const fail = (reason: FailReason, detail: string): RetryDecision => ({ action: "fail", reason, detail });

type AnySignal = (signals: AbortSignal[]) => AbortSignal;

/**
 * One attempt's signal: the caller's, or the timer's AttemptTimeoutError, whichever comes first. Without a
 * timeout it is the caller's own, so that a success's body stays tied to it as with fetch alone, and nothing
 * is left attached to a long-lived signal; with one, AbortSignal.any (Node 20.3+) holds the caller's weakly.
 */
function attemptSignal(caller: AbortSignal | undefined, timeoutMs: number | undefined) {
  if (timeoutMs === undefined) return { signal: caller ?? new AbortController().signal, settle: () => {}, release: () => {} };
  const timer = new AbortController();
  const clock = setTimeout(() => timer.abort(new AttemptTimeoutError(timeoutMs)), timeoutMs);
  const stop = () => clearTimeout(clock);
  const any = (AbortSignal as unknown as { any?: AnySignal }).any;
  if (!caller) return { signal: timer.signal, settle: stop, release: stop };
  if (typeof any === "function") return { signal: any.call(AbortSignal, [caller, timer.signal]), settle: stop, release: stop };
  const onAbort = () => timer.abort(abortReason(caller));
  if (caller.aborted) onAbort();
  else caller.addEventListener("abort", onAbort, { once: true });
  return {
    signal: timer.signal,
    /** Stops the timer; the caller's abort still reaches a returned response's body, as it would with fetch alone. */
    settle: stop,
    /** For an attempt whose response is discarded: nothing of it stays attached to the caller's signal. */
    release: () => {
      stop();
      caller.removeEventListener("abort", onAbort);
    },
  };
}

interface Settings {
  signal: AbortSignal | undefined;
  method: string | undefined;
  /** Whether POST and PATCH may be repeated after a failure the server may have acted on. */
  repeatable: boolean;
  maxAttempts: number;
  attemptTimeoutMs: number | undefined;
  deadlineMs: number | undefined;
}

const positive = (value: unknown): number | undefined => (typeof value === "number" && value > 0 && Number.isFinite(value) ? value : undefined);

function settingsOf(options: WithRetryOptions<never>, request: Request | undefined): Settings {
  const policyAttempts = 1 + retryPolicy.backoff.maxRetries;
  const asked = options.maxAttempts;
  const maxAttempts = typeof asked === "number" && asked >= 1 ? Math.min(Math.floor(asked), policyAttempts) : policyAttempts;
  const rawMethod: unknown = request ? request.method : options.method;
  const method = typeof rawMethod === "string" ? rawMethod.toUpperCase() : undefined;
  const keyHeader = retryPolicy.idempotency?.keyHeader;
  const headers = request ? request.headers : options.headers;
  const hasKey = keyHeader !== undefined && !!header(headers, keyHeader)?.trim();
  const guarded = method !== undefined && (retryPolicy.idempotency?.methods.includes(method) ?? false);
  return {
    signal: options.signal,
    method,
    repeatable: !guarded || options.idempotent === true || hasKey,
    maxAttempts,
    attemptTimeoutMs: positive(options.attemptTimeoutMs),
    deadlineMs: typeof options.deadlineMs === "number" && options.deadlineMs >= 0 ? options.deadlineMs : undefined,
  };
}

/**
 * Sends the request until the policy says stop, and resolves with the last response: a success (its body
 * unread), or the error that retries cannot help (read it with parseApiResponse). `input` is a function
 * that sends one attempt with the signal it is given, or a Request, which is sent with fetch (a clone per
 * attempt). A thrown error is retried only when it is a network failure (see the policy's networkErrors) or
 * an attempt timeout, and rethrown when retries end. Aborting `signal` rejects with its reason at once.
 */
export function withRetry(request: Request, options?: WithRetryOptions<Response>): Promise<Response>;
export function withRetry<R extends Sendable>(call: (context: AttemptContext) => Promise<R> | R, options?: WithRetryOptions<R>): Promise<R>;
export async function withRetry<R extends Sendable>(input: Request | ((context: AttemptContext) => Promise<R> | R), options: WithRetryOptions<R> = {}): Promise<R> {
  const request = isRequest(input) ? input : undefined;
  if (!request && typeof input !== "function") throw new TypeError(`withRetry needs a function that sends the request, or a Request; got ${describeValue(input)}`);
  const call = request ? ({ signal }: AttemptContext) => fetch(request.clone(), { signal }) as Promise<unknown> as Promise<R> : (input as (context: AttemptContext) => Promise<R> | R);
  const settings = settingsOf(options as WithRetryOptions<never>, request);
  const { signal, refreshToken, onRetry, onGiveUp, shouldRetry } = options;
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const deadlineAt = settings.deadlineMs === undefined ? undefined : now() + settings.deadlineMs;
  const guardedStatuses = retryPolicy.idempotency?.statuses ?? [];
  let tokenRefreshed = false;

  /** The policy's bounds on a decision to go on: maxAttempts, and a wait that must end by the deadline. */
  const bound = (decision: RetryDecision, attempt: number): RetryDecision => {
    if (decision.action === "fail") return decision;
    if (attempt >= settings.maxAttempts) return fail("attempts-exhausted", `${attempt} attempt${attempt === 1 ? "" : "s"} made, the most allowed (maxAttempts ${settings.maxAttempts})`);
    if (decision.action === "retry" && deadlineAt !== undefined) {
      const left = deadlineAt - now();
      if (decision.delayMs > left) return fail("deadline", `the next retry would wait ${decision.delayMs} ms, past the deadline (${Math.max(0, Math.round(left))} ms left of deadlineMs ${settings.deadlineMs})`);
    }
    return decision;
  };
  const backoff = (attempt: number, subject: string): RetryDecision => {
    const delayMs = retryDelayMs(attempt, random);
    return delayMs === undefined ? fail("attempts-exhausted", `${subject}: ${retryPolicy.backoff.maxRetries} retries already made`) : { action: "retry", delayMs, basis: "backoff" };
  };
  /** The caller's predicate, within the bounds: it may veto going on, or turn a forceable fail into a backoff retry. */
  const consult = (decision: RetryDecision, context: Omit<RetryContext<R>, "decision" | "method">): RetryDecision => {
    if (!shouldRetry) return decision;
    const verdict = shouldRetry({ ...context, decision, ...(settings.method !== undefined ? { method: settings.method } : {}) });
    if (verdict === false && decision.action !== "fail") return fail("vetoed", "shouldRetry declined the retry");
    if (verdict === true && decision.action === "fail" && FORCEABLE.has(decision.reason)) return bound(backoff(context.attempt, "forced by shouldRetry"), context.attempt);
    return decision;
  };
  const wait = (ms: number) => untilAborted(Promise.resolve().then(() => sleep(ms, signal)), signal);

  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) throw abortReason(signal);
    const run = attemptSignal(signal, settings.attemptTimeoutMs);
    let response: R;
    try {
      const sent = Promise.resolve().then(() => call({ attempt, signal: run.signal }));
      // A response that arrives after its attempt was given up on is never seen: release its connection.
      sent.then((late) => run.signal.aborted && discardBody(late), () => {});
      response = await untilAborted(sent, run.signal);
    } catch (error) {
      run.release();
      if (signal?.aborted) throw abortReason(signal);
      // Asked of our own signal, not of the error: a thrown proxy can throw from instanceof.
      const timedOut = run.signal.aborted && run.signal.reason instanceof AttemptTimeoutError;
      const failure = timedOut ? { code: "ATTEMPT_TIMEOUT", reached: "maybe" as const } : networkFailure(error);
      let decision: RetryDecision;
      if (!failure) decision = fail("not-transient", `${describeError(error)}: not a network failure, so not retried`);
      else if (failure.reached === "maybe" && !settings.repeatable) decision = fail("not-idempotent", `${failure.code} on a ${settings.method} that may have reached the server, without idempotent or an idempotency key`);
      else decision = bound(backoff(attempt, failure.code), attempt);
      decision = consult(decision, { attempt, error });
      const event = { attempt, decision, error, ...(failure ? { code: failure.code } : {}) };
      if (decision.action !== "retry") {
        onGiveUp?.({ ...event, delayMs: 0 });
        throw decision.action === "fail" && decision.reason === "deadline" ? new RetryDeadlineError(decision.detail, error) : error;
      }
      onRetry?.({ ...event, delayMs: decision.delayMs });
      await wait(decision.delayMs);
      continue;
    }

    const parts = responseLikeParts(response);
    if (!parts && !isRawResponse(response)) {
      run.release();
      throw new TypeError(`withRetry: call resolved to ${describeValue(response)}, not a response (a fetch Response or {status, headers, body})`);
    }
    const status = parts ? parts.status : (response as RawResponse).status;
    let parsed: ParsedResponse | undefined;
    let decision: RetryDecision;
    if (Number.isInteger(status) && status >= 200 && status < 300) {
      // A success is decided by its status alone: its body (a download, a stream) is the caller's.
      run.settle();
      decision = notAnError(status);
    } else {
      parsed = parts ? await parseApiResponse(response as ResponseLike, { ...options.parse, signal: run.signal }) : parseApiResponse(response as RawResponse, options.parse);
      run.settle();
      if (signal?.aborted) {
        run.release();
        discardBody(response);
        throw abortReason(signal);
      }
      let headers: RawResponse["headers"];
      try {
        headers = parts ? parts.headers : (response as RawResponse).headers;
      } catch {
        // A throwing headers getter reads as no headers.
      }
      decision = decide(parsed, headers, attempt, now(), { tokenRefreshed, random });
      if (decision.action === "retry" && !settings.repeatable && guardedStatuses.includes(status)) {
        decision = fail("not-idempotent", `status ${status} on a ${settings.method}: it may have been carried out, and the call is neither idempotent nor has an idempotency key`);
      }
      if (decision.action === "refresh-token" && !refreshToken) decision = fail("not-retryable", "the token expired and withRetry was given no refreshToken");
      decision = bound(decision, attempt);
    }
    decision = consult(decision, { attempt, response, ...(parsed ? { parsed } : {}) });
    const event = { attempt, decision, status, ...(parsed?.kind === "api-error" ? { code: parsed.code } : {}) };
    if (decision.action === "fail") {
      if (decision.reason !== "not-an-error") onGiveUp?.({ ...event, delayMs: 0 });
      return response;
    }
    // The caller never sees this response: release its body, so that its connection can be reused.
    run.release();
    discardBody(response);
    if (decision.action === "refresh-token") {
      tokenRefreshed = true;
      onRetry?.({ ...event, delayMs: 0 });
      try {
        // A refresh that ignores the signal must not hold the call: the abort rejects at once.
        await untilAborted(Promise.resolve().then(() => refreshToken!(signal ? { signal } : {})), signal);
      } catch (error) {
        if (signal?.aborted) throw abortReason(signal);
        throw error instanceof TokenRefreshError ? error : new TokenRefreshError(error);
      }
      continue;
    }
    onRetry?.({ ...event, delayMs: decision.delayMs });
    await wait(decision.delayMs);
  }
}
