// The one value every language's runtime takes as its default policy: derived here, once, from the model,
// and rendered by each language's emitter as that language's literal of its own policy type. Everything is
// keyed by wire strings (status numbers, code strings, strategy words), so that a runtime compiles and is
// unit-tested without the catalog, against small synthetic policies of the same shape.
import { ADVICE_FAIL_REASONS, RETRY_BASES } from "../../src/decision-words.js";
import { FAILING_STRATEGIES, decisionPolicy, type DecisionPolicy } from "./decision-policy.js";
import { DATE_TIME_PATTERN, URI_FORBIDDEN, URI_SCHEME_PATTERN, detailsChecks, unknownCodePattern, type DetailsCheck } from "./details-checks.js";
import { STRATEGY_TEXT, type Model, type RetryStrategy } from "./model.js";

export interface RuntimePolicy {
  /** The backoff numbers, headers, each status's and each REST code's strategy (decision-policy.ts). */
  decision: DecisionPolicy;
  /** Strategies under which the decision fails at once. */
  failingStrategies: readonly RetryStrategy[];
  /** Every strategy word, in the catalog's order. */
  strategies: readonly RetryStrategy[];
  /** Why a decision fails, and what set a retry's delay: the words the decision vectors print. */
  failReasons: readonly string[];
  retryBases: readonly string[];
  /** What an envelope decoder checks beyond the envelope's core. */
  envelope: {
    /** A code the catalog does not know must match this (the REST family's namePattern). */
    unknownCodePattern: string;
    /** Each detailed REST code's details shape. */
    details: DetailsCheck[];
    /** RFC 3339 date-time with its nine groups (details-checks.ts says which). */
    dateTimePattern: string;
    /** A uri: a scheme matching this, a colon, then none of uriForbidden's code points. */
    uriSchemePattern: string;
    uriForbidden: readonly number[];
  };
}

export function runtimePolicy(model: Model): RuntimePolicy {
  return {
    decision: decisionPolicy(model),
    failingStrategies: FAILING_STRATEGIES,
    strategies: Object.keys(STRATEGY_TEXT) as RetryStrategy[],
    failReasons: ADVICE_FAIL_REASONS,
    retryBases: RETRY_BASES,
    envelope: {
      unknownCodePattern: unknownCodePattern(model),
      details: detailsChecks(model),
      dateTimePattern: DATE_TIME_PATTERN,
      uriSchemePattern: URI_SCHEME_PATTERN,
      uriForbidden: URI_FORBIDDEN,
    },
  };
}
