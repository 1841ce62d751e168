// One token refresh shared by concurrent requests, and only one per token.
import { abortReason, untilAborted } from "../abort.js";

/** The token refresh that withRetry was given failed: the caller must re-authenticate. */
export class TokenRefreshError extends Error {
  override readonly name = "TokenRefreshError";
  constructor(cause: unknown) {
    super("the access token could not be refreshed: re-authenticate", { cause });
  }
}

/** What a caller tells the refresher: its signal, and which token its request carried. */
export interface TokenRefreshContext {
  signal?: AbortSignal | undefined;
  /**
   * The refresher's `generation` when the request that met TOKEN_EXPIRED was sent (withRetry records it).
   * Without it, the call is a direct one: it refreshes unless a refresh is already running.
   */
  sentWith?: number | undefined;
}

/** A token refresh that concurrent requests share; see createTokenRefresher. */
export interface TokenRefresher {
  (context?: TokenRefreshContext): Promise<void>;
  /** How many refreshes have succeeded: the token a request is sent with is the one of this generation. */
  readonly generation: number;
}

/**
 * Runs `refresh` at most once per token. Callers that hit TOKEN_EXPIRED while a refresh is in flight await
 * the same one; a caller whose request was sent before the latest successful refresh resolves at once (its
 * retry carries the new token); a caller whose request carried the token that a refresh failed to replace
 * rejects with that refresh's TokenRefreshError without calling `refresh` again, so a dead refresh token
 * costs the auth endpoint one call, not one per wave of requests. A direct call (no `sentWith`: after a
 * new login, say) starts a refresh whenever none is running. A caller's signal ends its own wait, not the
 * shared refresh.
 */
export function createTokenRefresher(refresh: () => Promise<unknown> | unknown): TokenRefresher {
  let generation = 0;
  let inFlight: Promise<void> | undefined;
  let failed: { generation: number; error: TokenRefreshError } | undefined;

  const start = (): Promise<void> => {
    const from = generation;
    // Started on a microtask, so that a refresh that throws synchronously still clears inFlight after it is set.
    const run: Promise<void> = Promise.resolve()
      .then(() => refresh())
      .then(
        () => {
          generation = from + 1;
          failed = undefined;
        },
        (error: unknown) => {
          const refreshError = error instanceof TokenRefreshError ? error : new TokenRefreshError(error);
          failed = { generation: from, error: refreshError };
          throw refreshError;
        },
      );
    inFlight = run;
    const clear = () => {
      if (inFlight === run) inFlight = undefined;
    };
    run.then(clear, clear);
    return run;
  };

  const refresher = ({ signal, sentWith }: TokenRefreshContext = {}): Promise<void> => {
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    const stamped = typeof sentWith === "number" && Number.isFinite(sentWith);
    if (stamped && sentWith < generation) return Promise.resolve();
    if (inFlight) return untilAborted(inFlight, signal);
    if (stamped && failed?.generation === generation) return Promise.reject(failed.error);
    return untilAborted(start(), signal);
  };
  Object.defineProperty(refresher, "generation", { get: () => generation, enumerable: true });
  return refresher as TokenRefresher;
}

/** The generation a request goes out with, when refreshToken is a refresher that counts them. */
export function generationOf(refreshToken: unknown): number | undefined {
  try {
    const generation = (refreshToken as Partial<TokenRefresher> | undefined)?.generation;
    return typeof generation === "number" ? generation : undefined;
  } catch {
    return undefined;
  }
}
