// One token refresh shared by concurrent requests.
import { abortReason, untilAborted } from "../abort.js";

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
