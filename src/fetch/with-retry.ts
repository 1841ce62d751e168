// withRetry: sends a request until the policy says stop, within the caller's bounds (attempts, deadline,
// time per attempt, idempotency) and its signal.
import { STATUS_STRATEGY, retryPolicy } from "../../generated/ts/retry-policy.js";
import { abortReason, defaultSleep, eitherSignal, isAbortSignal, untilAborted } from "../abort.js";
import { describeError } from "../body/read.js";
import { responseLikeParts, type RawResponse, type ResponseLike } from "../body/response.js";
import { retryDelayMs, serverWaitDelayMs } from "../decision/backoff.js";
import { describeValue } from "../decision/advise.js";
import { decide, notAnError, type FailReason, type RetryDecision } from "../decision/decide.js";
import { rateLimitWaitMs } from "../decision/rate-limit.js";
import { parseApiResponse } from "../envelope/parse.js";
import type { ParseOptions, ParsedResponse } from "../envelope/result.js";
import { header, trimFieldValue, type HeadersLike } from "../http/headers.js";
import { TokenRefreshError, type TokenRefreshContext, generationOf } from "../token/refresher.js";
import { AttemptTimeoutError, attemptSignal, discardBody } from "./attempt.js";
import { networkFailure } from "./network-errors.js";
import type { RetryBudget } from "./retry-budget.js";
import { heldFor, type WaitState } from "./wait-state.js";

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
   * throws, the call ends with TokenRefreshError. Share one createTokenRefresher() between concurrent calls:
   * it is told which token generation the request went out with (`sentWith`), so it refreshes once per token.
   */
  refreshToken?: ((context: TokenRefreshContext) => Promise<unknown>) | undefined;
  /** Aborting it rejects withRetry at once with its reason: during a call, a wait or a refresh. A Request's own signal does the same. */
  signal?: AbortSignal | undefined;
  /**
   * Shared by the calls to one API origin (createWaitState): a wait that a response asked for holds every
   * call sharing it, before its first attempt too, and a call whose deadline would pass first fails.
   */
  waitState?: WaitState | undefined;
  /**
   * Shared by the calls to one API (createRetryBudget): each transient failure draws on it, each success
   * refills it, and once it runs low a call gives up with "budget-exhausted" instead of retrying.
   */
  budget?: RetryBudget | undefined;
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

/** A Request's signal, when it has one that looks like an AbortSignal. */
function signalOf(request: Request): AbortSignal | undefined {
  try {
    const signal: unknown = request.signal;
    return isAbortSignal(signal) ? signal : undefined;
  } catch {
    return undefined;
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
/** Decisions not to retry a failure that retries could have helped, had the policy's bounds allowed. */
const SPENT_RETRY: ReadonlySet<FailReason> = new Set<FailReason>(["attempts-exhausted", "wait-too-long"]);
const FORCEABLE: ReadonlySet<FailReason> = new Set<FailReason>(["not-retryable", "not-idempotent", "not-transient", "not-an-error"]);
const fail = (reason: FailReason, detail: string): RetryDecision => ({ action: "fail", reason, detail });

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
  const hasKey = keyHeader !== undefined && !!trimFieldValue(header(headers, keyHeader));
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
 * an attempt timeout, and rethrown when retries end. Aborting `signal`, or the Request's own signal, rejects
 * with its reason at once; a Request whose signal is already aborted is never sent.
 */
export function withRetry(request: Request, options?: WithRetryOptions<Response>): Promise<Response>;
export function withRetry<R extends Sendable>(call: (context: AttemptContext) => Promise<R> | R, options?: WithRetryOptions<R>): Promise<R>;
export async function withRetry<R extends Sendable>(input: Request | ((context: AttemptContext) => Promise<R> | R), options: WithRetryOptions<R> = {}): Promise<R> {
  const request = isRequest(input) ? input : undefined;
  if (!request && typeof input !== "function") throw new TypeError(`withRetry needs a function that sends the request, or a Request; got ${describeValue(input)}`);
  const call = request ? ({ signal }: AttemptContext) => fetch(request.clone(), { signal }) as Promise<unknown> as Promise<R> : (input as (context: AttemptContext) => Promise<R> | R);
  const settings = settingsOf(options as WithRetryOptions<never>, request);
  const { refreshToken, onRetry, onGiveUp, shouldRetry, waitState, budget } = options;
  // A Request's own signal counts as the caller's, as fetch(request) honours it: already aborted, nothing is sent.
  const signal = eitherSignal(options.signal, request ? signalOf(request) : undefined);
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
      if (decision.delayMs > left)
        return fail("deadline", `the next retry would wait ${decision.delayMs} ms, past the deadline (${Math.max(0, Math.round(left))} ms left of deadlineMs ${settings.deadlineMs})`);
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
    if (verdict === true && decision.action === "fail" && FORCEABLE.has(decision.reason) && (!budget || budget.allowsRetry()))
      return bound(backoff(context.attempt, "forced by shouldRetry"), context.attempt);
    return decision;
  };
  const wait = (ms: number) =>
    untilAborted(
      Promise.resolve().then(() => sleep(ms, signal)),
      signal,
    );
  /** A wait another call's response asked for, plus this call's own jitter, so that the held calls spread out. */
  const sharedHold = (): number => {
    const held = heldFor(waitState, now());
    return held > 0 ? serverWaitDelayMs(held, random) : 0;
  };
  /** A transient failure draws on the shared budget; a retry it cannot pay for becomes a give-up. */
  const charge = (decision: RetryDecision, transient: boolean): RetryDecision => {
    if (!budget || !transient) return decision;
    budget.recordFailure();
    if (decision.action !== "retry" || budget.allowsRetry()) return decision;
    budget.recordRefusal();
    const { tokens, retryAbove } = budget.state();
    return fail("budget-exhausted", `the retry budget has ${Math.round(tokens * 100) / 100} tokens left, not above ${retryAbove}: most recent attempts failed`);
  };
  /** A retry waits at least as long as the shared hold. */
  const holdBack = (decision: RetryDecision): RetryDecision => {
    if (decision.action !== "retry") return decision;
    const held = sharedHold();
    return held > decision.delayMs ? { ...decision, delayMs: held } : decision;
  };
  /** Before any attempt: sit out the shared hold, which another call may have extended during this call's own wait. */
  const awaitSharedHold = async (attempt: number) => {
    for (let held = sharedHold(); held > 0; held = sharedHold()) {
      if (deadlineAt !== undefined && now() + held > deadlineAt) {
        const detail = `a wait the server asked for ends in ${held} ms, past the deadline (deadlineMs ${settings.deadlineMs})`;
        onGiveUp?.({ attempt, decision: fail("deadline", detail), delayMs: 0 });
        throw new RetryDeadlineError(detail, undefined);
      }
      await wait(held);
    }
  };

  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) throw abortReason(signal);
    if (waitState) await awaitSharedHold(attempt);
    const run = attemptSignal(signal, settings.attemptTimeoutMs);
    // Read before sending: a refresh that completes while this attempt is out makes its 401 stale, not new.
    const sentWith = generationOf(refreshToken);
    let response: R;
    try {
      const sent = Promise.resolve().then(() =>
        call({
          attempt,
          get signal() {
            return run.signal;
          },
        }),
      );
      const watched = run.watched;
      // A response that arrives after its attempt was given up on is never seen: release its connection.
      if (watched)
        sent.then(
          (late) => watched.aborted && discardBody(late),
          () => {},
        );
      response = await untilAborted(sent, watched);
    } catch (error) {
      run.release();
      if (signal?.aborted) throw abortReason(signal);
      // Asked of our own signal, not of the error: a thrown proxy can throw from instanceof.
      const timedOut = run.watched?.aborted === true && run.watched.reason instanceof AttemptTimeoutError;
      const failure = timedOut ? { code: "ATTEMPT_TIMEOUT", reached: "maybe" as const } : networkFailure(error);
      let decision: RetryDecision;
      if (!failure) decision = fail("not-transient", `${describeError(error)}: not a network failure, so not retried`);
      else if (failure.reached === "maybe" && !settings.repeatable)
        decision = fail("not-idempotent", `${failure.code} on a ${settings.method} that may have reached the server, without idempotent or an idempotency key`);
      else decision = bound(holdBack(charge(backoff(attempt, failure.code), true)), attempt);
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
      budget?.recordSuccess();
      decision = notAnError(status);
    } else {
      parsed = parts ? await parseApiResponse(response as ResponseLike, { ...options.parse, signal: run.watched }) : parseApiResponse(response as RawResponse, options.parse);
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
      const at = now();
      decision = decide(parsed, headers, attempt, at, { tokenRefreshed, random });
      // A response the policy would retry, were it not for its bounds, is a transient failure for the budget.
      const transient = decision.action === "retry" || (decision.action === "fail" && SPENT_RETRY.has(decision.reason));
      if (waitState && STATUS_STRATEGY[status] === "wait-for-window") {
        // The server asked for this wait: it holds every call that shares the state, whatever this call does
        // next (its last attempt included), up to the longest wait the policy honours.
        const asked = rateLimitWaitMs(headers, at);
        if (asked) waitState.holdUntil(at + Math.min(asked.waitMs, retryPolicy.rateLimit.maxWaitMs));
      }
      if (decision.action === "retry" && !settings.repeatable && guardedStatuses.includes(status)) {
        decision = fail("not-idempotent", `status ${status} on a ${settings.method}: it may have been carried out, and the call is neither idempotent nor has an idempotency key`);
      }
      if (decision.action === "refresh-token" && !refreshToken) decision = fail("not-retryable", "the token expired and withRetry was given no refreshToken");
      decision = bound(holdBack(charge(decision, transient)), attempt);
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
        await untilAborted(
          Promise.resolve().then(() => refreshToken!({ ...(signal ? { signal } : {}), ...(sentWith !== undefined ? { sentWith } : {}) })),
          signal,
        );
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
