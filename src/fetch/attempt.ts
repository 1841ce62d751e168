// One attempt of the fetch loop: its signal (the caller's, or with a time limit), and the release of a
// response nobody will read.
import { abortReason } from "../abort.js";

/** An attempt that outlived `attemptTimeoutMs`: a transient failure, retried as one that may have reached the server. */
export class AttemptTimeoutError extends Error {
  override readonly name = "AttemptTimeoutError";
  constructor(readonly timeoutMs: number) {
    super(`the attempt did not settle within ${timeoutMs} ms`);
  }
}

type AnySignal = (signals: AbortSignal[]) => AbortSignal;

/** One attempt's signals, and what to do with its timer once the attempt is settled or given up. */
export interface AttemptSignal {
  /** What `call` is given. */
  readonly signal: AbortSignal;
  /** What can end the attempt early, or undefined when nothing can: then nobody need listen for it. */
  readonly watched: AbortSignal | undefined;
  settle(): void;
  release(): void;
}

const nothing = () => {};

/**
 * One attempt's signal: the caller's, or the timer's AttemptTimeoutError, whichever comes first. Without a
 * timeout it is the caller's own, so that a success's body stays tied to it as with fetch alone, and nothing
 * is left attached to a long-lived signal; with one, AbortSignal.any (Node 20.3+) holds the caller's weakly.
 * With neither, the call still gets a signal of its own, made only if it reads it: a fleet of calls that
 * never abort should not pay an AbortController each.
 */
export function attemptSignal(caller: AbortSignal | undefined, timeoutMs: number | undefined): AttemptSignal {
  if (timeoutMs === undefined) {
    if (caller) return { signal: caller, watched: caller, settle: nothing, release: nothing };
    let own: AbortSignal | undefined;
    return {
      get signal() {
        own ??= new AbortController().signal;
        return own;
      },
      watched: undefined,
      settle: nothing,
      release: nothing,
    };
  }
  const timer = new AbortController();
  const clock = setTimeout(() => timer.abort(new AttemptTimeoutError(timeoutMs)), timeoutMs);
  const stop = () => clearTimeout(clock);
  const any = (AbortSignal as unknown as { any?: AnySignal }).any;
  if (!caller) return { signal: timer.signal, watched: timer.signal, settle: stop, release: stop };
  if (typeof any === "function") {
    const both = any.call(AbortSignal, [caller, timer.signal]);
    return { signal: both, watched: both, settle: stop, release: stop };
  }
  const onAbort = () => timer.abort(abortReason(caller));
  if (caller.aborted) onAbort();
  else caller.addEventListener("abort", onAbort, { once: true });
  return {
    signal: timer.signal,
    watched: timer.signal,
    /** Stops the timer; the caller's abort still reaches a returned response's body, as it would with fetch alone. */
    settle: stop,
    /** For an attempt whose response is discarded: nothing of it stays attached to the caller's signal. */
    release: () => {
      stop();
      caller.removeEventListener("abort", onAbort);
    },
  };
}

/** Cancels the body of a response the caller will never see, so that its connection can be reused. */
export function discardBody(response: unknown): void {
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
