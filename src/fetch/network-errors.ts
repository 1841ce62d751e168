// Which thrown errors are transient network failures: the policy's networkErrors codes, found on the error
// or along its cause chain (undici's `TypeError: fetch failed` carries the socket's error as its cause).
import { retryPolicy } from "../../generated/ts/retry-policy.js";

/** A network failure, and whether the request can have reached the server before it failed. */
export interface NetworkFailure {
  code: string;
  /** "never": refused, DNS, connect timeout, safe to repeat for any method; "maybe": reset, broken pipe, timeout. */
  reached: "never" | "maybe";
}

// A cause graph is walked breadth-first to the policy's depth; this bounds its width (AggregateError lists).
const MAX_ERRORS_PER_LINK = 8;

/** A property, or undefined when reading it throws (a hostile getter or proxy). */
function read(value: object, key: string): unknown {
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

function listOf(value: unknown): unknown[] {
  try {
    return Array.isArray(value) ? value.slice(0, MAX_ERRORS_PER_LINK) : [];
  } catch {
    return [];
  }
}

/**
 * The network failure `error` stands for, or undefined when it is no known one. Walks `cause` (and an
 * AggregateError's `errors`) to the policy's maxCauseDepth; cycles, throwing getters and proxies end the
 * walk of that branch, never the classification. When codes of both kinds appear, "maybe" wins.
 */
export function networkFailure(error: unknown): NetworkFailure | undefined {
  const policy = retryPolicy.networkErrors;
  if (!policy) return undefined;
  const seen = new Set<unknown>();
  let found: NetworkFailure | undefined;
  let level: unknown[] = [error];
  for (let depth = 0; depth <= policy.maxCauseDepth && level.length > 0; depth++) {
    const next: unknown[] = [];
    for (const link of level) {
      if (link === null || (typeof link !== "object" && typeof link !== "function") || seen.has(link)) continue;
      seen.add(link);
      const code = read(link, "code");
      if (typeof code === "string") {
        if (policy.mayHaveReached.includes(code)) return { code, reached: "maybe" };
        if (!found && policy.neverReached.includes(code)) found = { code, reached: "never" };
      }
      next.push(read(link, "cause"), ...listOf(read(link, "errors")));
    }
    level = next;
  }
  return found;
}
