// adviseRetry: the decision for a response of either shape, its options read defensively.
import { responseLikeParts, type RawResponse, type ResponseLike } from "../body/response.js";
import { parseApiResponse } from "../envelope/parse.js";
import type { ParseOptions } from "../envelope/result.js";
import { decide, notAnError, type RetryDecision } from "./decide.js";

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

/** A value in a message, even a symbol or an object whose toString throws. */
export function describeValue(value: unknown): string {
  try {
    return typeof value === "symbol" ? value.toString() : String(value);
  } catch {
    return typeof value;
  }
}
