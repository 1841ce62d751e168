// What every language README starts with and shows: the header and title, and the model's example codes
// as the language spells them, so that no README names a code of its own.
import { STRATEGY_TEXT, type Model, type ResolvedCode, type ResolvedFamily } from "../../../catalog/model.js";
import { markdownHeader, type Profile } from "./common.js";

export interface ReadmeExamples {
  /** The REST family's name. */
  rest: string;
  /** The SDK event example: a retryable integer code, looked up by value. */
  events: ResolvedFamily;
  event: ResolvedCode;
  /** The REST code that triggers the token refresh, as the language names the member. */
  refresh: ResolvedFamily;
  refreshCode: ResolvedCode;
  refreshIdent: string;
  /** What to do on it: "refresh the access token, then retry once". */
  refreshAdvice: string;
}

/** `ident` names a member as the language does (its memberNaming's ident, or the language's own rule). */
export function readmeExamples(model: Model, ident: (family: ResolvedFamily, code: ResolvedCode) => string): ReadmeExamples {
  const { family: events, code: event } = model.examples.sdkEvent;
  const { family: refresh, code } = model.examples.tokenRefresh;
  return {
    rest: model.restFamily.name,
    events,
    event,
    refresh,
    refreshCode: code,
    refreshIdent: ident(refresh, code),
    refreshAdvice: STRATEGY_TEXT[code.retry.strategy],
  };
}

/** The header, the title and the empty line after it. */
export function readmeTitle(emitter: string, profile: Profile): string[] {
  return [markdownHeader(emitter), `# vpn-error-codes for ${profile.language}`, ""];
}

/** The failed response a README's "should I retry?" example decides on: the token refresh example, as the wire carries it. */
export interface RetryExample {
  status: number;
  /** The envelope's JSON text, one line. */
  body: string;
  /** The decision the example gets on its first attempt, as the decision vectors spell it. */
  expected: "refresh-token";
}

export function retryExample(model: Model): RetryExample {
  const { code } = model.examples.tokenRefresh;
  const status = code.httpStatus ?? model.retryPolicy.tokenRefresh.status;
  return { status, body: JSON.stringify({ success: false, error: { code: String(code.value), message: code.description } }), expected: "refresh-token" };
}

/** What every language's decision function does, in the same words in each README. */
export function decisionNotes(model: Model, call: string): string[] {
  const { backoff, rateLimit } = model.retryPolicy;
  return [
    `- \`${call}\``,
    `  answers "should I retry, and when?" by the rules of runtime/SPEC.md, from the same policy as every package:`,
    `  backoff of ${backoff.initialDelayMs} ms doubling (×${backoff.multiplier}) plus 0–${backoff.jitterMaxMs} ms of jitter, at most ${backoff.maxRetries} retries; \`${rateLimit.retryAfterHeader}\``,
    `  (seconds or an HTTP date) and \`${rateLimit.resetHeader}\` (Unix seconds, or ms) on a rate limit, up to ${rateLimit.maxWaitMs / 1000} s;`,
    "  a code's own advice over its status's rule (a token refresh, a quota that retries cannot outlast).",
    "  The random source is injectable, so tests can pin the jitter. It never raises: a body that is not",
    "  the envelope or a malformed header reads as nothing usable.",
  ];
}
