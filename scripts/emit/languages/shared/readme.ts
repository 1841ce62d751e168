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
  refreshIdent: string;
  /** What to do on it: "refresh the access token, then retry once". */
  refreshAdvice: string;
}

/** `ident` names a member as the language does (identIn(profile), or the language's own rule). */
export function readmeExamples(model: Model, ident: (family: ResolvedFamily, code: ResolvedCode) => string): ReadmeExamples {
  const { family: events, code: event } = model.examples.sdkEvent;
  const { family: refresh, code } = model.examples.tokenRefresh;
  return {
    rest: model.restFamily.name,
    events,
    event,
    refresh,
    refreshIdent: ident(refresh, code),
    refreshAdvice: STRATEGY_TEXT[code.retry.strategy],
  };
}

/** The header, the title and the empty line after it. */
export function readmeTitle(emitter: string, profile: Profile): string[] {
  return [markdownHeader(emitter), `# vpn-error-codes for ${profile.language}`, ""];
}
