// Waiting under an AbortSignal, for the fetch loop and the token refresher: an abort ends the wait at once.

/** `promise`, or a rejection with the signal's reason as soon as it aborts, whichever comes first. */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
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

/** The signal's reason, or the AbortError that fetch gives when it has none. */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("This operation was aborted", "AbortError");
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
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

/** Whether `value` is an AbortSignal of any implementation, by its shape; never throws. */
export function isAbortSignal(value: unknown): value is AbortSignal {
  try {
    const s = value as AbortSignal;
    return typeof value === "object" && value !== null && typeof s.aborted === "boolean" && typeof s.addEventListener === "function";
  } catch {
    return false;
  }
}

type AnySignal = (signals: AbortSignal[]) => AbortSignal;

/** A signal that aborts when either does, with that one's reason; one of them alone when the other is absent. */
export function eitherSignal(a: AbortSignal | undefined, b: AbortSignal | undefined): AbortSignal | undefined {
  if (!a || a === b) return b;
  if (!b) return a;
  const any = (AbortSignal as unknown as { any?: AnySignal }).any;
  // AbortSignal.any (Node 20.3+) holds both weakly; it takes only the platform's own signals.
  if (typeof any === "function" && a instanceof AbortSignal && b instanceof AbortSignal) return any.call(AbortSignal, [a, b]);
  const both = new AbortController();
  for (const s of [a, b]) {
    if (s.aborted) {
      both.abort(abortReason(s));
      break;
    }
    s.addEventListener("abort", () => both.abort(abortReason(s)), { once: true });
  }
  return both.signal;
}
