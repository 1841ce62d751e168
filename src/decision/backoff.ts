// The backoff schedule (runtime/SPEC.md §2, §6): the wait before each retry, with its jitter.
import { retryPolicy } from "../../generated/ts/retry-policy.js";

/** A random number in [0, 1), as Math.random gives; anything else is clamped, never trusted. */
export function unit(random: () => number): number {
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

/** A wait the server asked for, plus 0 to jitterMaxMs of jitter so that the clients it held spread out (runtime/SPEC.md §7). */
export function serverWaitDelayMs(waitMs: number, random: () => number): number {
  return Math.ceil(waitMs + unit(random) * retryPolicy.backoff.jitterMaxMs);
}
