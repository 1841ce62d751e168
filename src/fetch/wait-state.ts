// A wait the server asked for (Retry-After, X-RateLimit-Reset), held for every call that shares it, so that
// one call's 429 keeps the others from meeting the same 429 (issue: one call's wait did not hold back the next).

/** The end of the wait a server last asked for, shared by the calls to one API origin; see createWaitState. */
export interface WaitState {
  /** When the wait the server asked for ends, in the clock's ms; 0 when there is none. */
  readonly until: number;
  /** Holds every call that shares this state until `at` (a later end wins; an earlier one is ignored). */
  holdUntil(at: number): void;
}

/**
 * One per API origin, shared by the withRetry calls to it (`waitState` option). When a response asks for a
 * wait (429 with Retry-After or X-RateLimit-Reset) that withRetry honours, every call sharing the state
 * waits it out before its next attempt, its first included, each with its own jitter so that they do not
 * all start at the same instant; a call whose deadline ends first fails as its own retry would.
 */
export function createWaitState(): WaitState {
  let until = 0;
  return {
    get until() {
      return until;
    },
    holdUntil(at: number) {
      if (typeof at === "number" && Number.isFinite(at) && at > until) until = at;
    },
  };
}

/** How long a call must still wait before it may start, in ms (0 when it may start now); never throws. */
export function heldFor(state: WaitState | undefined, now: number): number {
  if (!state) return 0;
  let until: unknown;
  try {
    until = state.until;
  } catch {
    return 0;
  }
  return typeof until === "number" && Number.isFinite(until) && until > now ? until - now : 0;
}
