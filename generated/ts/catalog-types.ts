// Generated from catalog/*.yaml by scripts/emit/typescript.ts (npm run build); do not edit.
// Types of generated/catalog.json, from generated/schema/resolved-catalog.schema.json by json-schema-to-typescript.

/**
 * An HTTP status class.
 */
export type StatusClass = "2xx" | "4xx" | "5xx";
/**
 * A wire or API name, kept verbatim from the source, misspellings included.
 */
export type Identifier = string;
/**
 * Provenance of a fact: 'documented' when the source page states it, 'inferred' when this catalog concludes it.
 */
export type Basis = "documented" | "inferred";
/**
 * Human-readable text. Tidied from the source where needed, never changed in meaning.
 */
export type Prose = string;
/**
 * An error code as Node and undici set it on a network failure: ECONNRESET, UND_ERR_SOCKET.
 */
export type NetworkErrorCode = string;
/**
 * An HTTP status code. It must exist in the HttpStatus family.
 */
export type HttpStatusCode = number;

/**
 * generated/catalog.json: every family with its codes sorted by value, the REST retry policy and the SDK reconnect policy.
 */
export interface Catalog {
  /**
   * Says that the file is generated.
   */
  $comment: string;
  /**
   * The families, sorted by name.
   */
  families: Family[];
  retryPolicy: RetryPolicy;
  reconnectPolicy?: ReconnectPolicy;
}
/**
 * One family of codes: the enum it becomes, its groups and every member.
 */
export interface Family {
  /**
   * The family's name, which is also the name of the generated enum.
   */
  name: "HttpStatus" | "OperationalError" | "ResponseResult" | "RestErrorCode";
  /**
   * What the family's codes are to a client: 'sdk-result' (the result of a request to the SDK service), 'sdk-event' (a code the SDK sends in an event), 'rest-code' (the error.code of a REST response; the retry policy's family) or 'http-status' (the HTTP statuses other families map to). At most one family has each of the last two roles.
   */
  role: "sdk-result" | "sdk-event" | "rest-code" | "http-status";
  /**
   * Short human-readable title of the family.
   */
  title: string;
  /**
   * What the family is and where a client meets it.
   */
  description: string;
  source: Source;
  /**
   * 'integer': every code has a documented integer value. 'name': the source gives no numbers, so the value is the name itself and codes carry no value field.
   */
  valueKind: "integer" | "name";
  /**
   * Regular expression (ECMAScript, anchored) that every identifier in the family matches.
   */
  namePattern: string;
  /**
   * Editor's note on the family: traps in the source, corroboration by other sources.
   */
  note?: string;
  /**
   * The groups the source puts the codes in, in the source's order.
   *
   * @minItems 1
   */
  groups: [Group, ...Group[]];
  /**
   * Every member, sorted by value.
   */
  codes: Code[];
}
/**
 * Where the facts of this file come from.
 */
export interface Source {
  /**
   * Title of the source page.
   */
  title: string;
  /**
   * Who publishes the source page.
   */
  publisher?: string;
  /**
   * File name of the stored copy of the page in shared/seeds/.
   */
  seed: string;
  /**
   * Heading of the section the facts come from.
   */
  section?: string;
}
/**
 * A group of codes as the source presents them.
 */
export interface Group {
  /**
   * Stable id the codes refer to.
   */
  id: string;
  /**
   * The group's heading, verbatim from the source (mind look-alike letters).
   */
  title: string;
  /**
   * The HTTP status classes a code of this group may map to. A code whose status lies outside them is an error.
   *
   * @minItems 1
   */
  httpStatusClasses?: [StatusClass, ...StatusClass[]];
  /**
   * Editor's note on the group.
   */
  note?: string;
}
/**
 * One member of a family.
 */
export interface Code {
  name: Identifier;
  /**
   * The integer value, or in a family whose valueKind is 'name', the name itself.
   */
  value: number | string;
  /**
   * The name as the source writes it for people, where it differs from the identifier (an HTTP reason phrase).
   */
  label?: string;
  /**
   * Id of one of the family's groups.
   */
  group: string;
  /**
   * What the code means, faithful to the source.
   */
  description: string;
  /**
   * The HTTP status the source ties the code to. Omit when none is documented.
   */
  httpStatus?: number;
  retry: RetryAdvice;
  action?: Action;
  details?: DetailsShape;
  /**
   * stable: safe to switch on. experimental: may still change.
   */
  stability: "stable" | "experimental";
  deprecated?: Deprecation;
  /**
   * Extra names a lookup also accepts, such as a corrected spelling. The identifier itself never changes.
   */
  aliases?: Identifier[];
  /**
   * Names older releases used on the wire for this condition.
   */
  legacyNames?: LegacyName[];
  /**
   * Human-readable text. Tidied from the source where needed, never changed in meaning.
   */
  note?: string;
  /**
   * The short answer: true when retry.strategy says a retry (after its step) can succeed.
   */
  retryable: boolean;
}
/**
 * Whether and how a retry can help. Structured, so that it can grow; 'retryable' in the resolved catalog is derived from the strategy.
 */
export interface RetryAdvice {
  /**
   * not-applicable: not an error. no-retry: sending the same request again will not help. backoff: retry with the policy's exponential backoff and jitter. wait-for-window: throttled; wait for the rate window (X-RateLimit-Reset, Retry-After) before retrying. refresh-credentials: refresh the access token, then retry the original request exactly once. reconnect-tunnel: reconnect the VPN tunnel with the same credentials.
   */
  strategy: "not-applicable" | "no-retry" | "backoff" | "wait-for-window" | "refresh-credentials" | "reconnect-tunnel";
  basis: Basis;
  /**
   * Why this strategy, in a sentence.
   */
  note: string;
  /**
   * Required when the advice departs from the retry policy's rule for the code's HTTP status: the reason it does.
   */
  override?: string;
}
/**
 * What a client should do when it meets the code.
 */
export interface Action {
  /**
   * The recommended action, as an imperative sentence.
   */
  text: string;
  basis: Basis;
}
/**
 * The shape of the error envelope's error.details for this code, where the source shows one.
 */
export interface DetailsShape {
  /**
   * Provenance of a fact: 'documented' when the source page states it, 'inferred' when this catalog concludes it.
   */
  basis: "documented" | "inferred";
  /**
   * A JSON Schema (draft 2020-12) of error.details. Leave additionalProperties open so that the API can add fields.
   */
  schema: {};
}
/**
 * Set when a code is retired. Codes are deprecated, never deleted.
 */
export interface Deprecation {
  /**
   * renamed: the same condition under a new name (replacement required). obsoleted: the condition no longer occurs.
   */
  reason: "renamed" | "obsoleted";
  /**
   * A wire or API name, kept verbatim from the source, misspellings included.
   */
  replacement?: string;
  /**
   * The package version that deprecated the code.
   */
  since?: string;
  /**
   * Why the code was retired.
   */
  note: string;
}
/**
 * A name an older release of the vendor's software used on the wire for this condition. Recorded with provenance; never a claim about the current software.
 */
export interface LegacyName {
  name: Identifier;
  /**
   * Which older release used it.
   */
  source: string;
  /**
   * Provenance of a fact: 'documented' when the source page states it, 'inferred' when this catalog concludes it.
   */
  basis: "documented" | "inferred";
  note?: Prose;
}
/**
 * The policy itself.
 */
export interface RetryPolicy {
  /**
   * Which thrown errors are transient network failures, by the code of the error or of an error in its cause chain.
   */
  networkErrors?: {
    /**
     * How many links of error.cause a client follows, at most.
     */
    maxCauseDepth: number;
    /**
     * Codes of failures before the request reached the server (refused, DNS): retried for every method.
     */
    neverReached: NetworkErrorCode[];
    /**
     * Codes of failures after the request may have reached the server (reset, broken pipe, timeout).
     */
    mayHaveReached: NetworkErrorCode[];
    basis: Basis;
    note: Prose;
  };
  /**
   * Which methods are not retried after a failure the server may have acted on, unless the call is marked idempotent.
   */
  idempotency?: {
    /**
     * Methods that are not idempotent.
     */
    methods: string[];
    /**
     * Statuses after which such a method is not retried.
     */
    statuses: HttpStatusCode[];
    /**
     * The request header that marks a call as safe to repeat.
     */
    keyHeader: string;
    basis: Basis;
    /**
     * The reference the rule rests on.
     */
    reason: string;
    note: Prose;
  };
  /**
   * A token bucket that the calls sharing it draw on to retry, so that a fleet stops multiplying its load when most retries fail: each failed attempt takes failureCost, each success gives back successRefund, and a retry is made only while more than retryAbove tokens are left.
   */
  retryBudget?: {
    /**
     * The bucket's size, and its balance when it is made.
     */
    maxTokens: number;
    /**
     * Tokens an attempt that failed transiently (a retryable status, a network error) takes.
     */
    failureCost: number;
    /**
     * Tokens a success gives back, up to maxTokens.
     */
    successRefund: number;
    /**
     * A retry is made only while the balance is above this.
     */
    retryAbove: number;
    basis: Basis;
    /**
     * The reference the numbers rest on.
     */
    reason: string;
    note: Prose;
  };
  /**
   * What a client does when a known code arrives with a status other than its documented one.
   */
  codeStatusConflict?: {
    /**
     * 'most-cautious': of the code's advice and the status's rule, the one that retries less wins.
     */
    rule: "most-cautious";
    basis: Basis;
    note: Prose;
  };
  /**
   * The family whose HTTP statuses this policy speaks of.
   */
  appliesTo: string;
  source: Source;
  /**
   * Exponential backoff with jitter: the delay before retry n (1-based) is min(initialDelayMs * multiplier^(n-1), maxDelayMs) plus a random jitter in [jitterMinMs, jitterMaxMs].
   */
  backoff: {
    /**
     * Delay before the first retry.
     */
    initialDelayMs: number;
    /**
     * Factor applied to the delay on each further retry.
     */
    multiplier: number;
    /**
     * Least random jitter added to each delay.
     */
    jitterMinMs: number;
    /**
     * Greatest random jitter added to each delay.
     */
    jitterMaxMs: number;
    /**
     * Retries after the first attempt, at most.
     */
    maxRetries: number;
    /**
     * Ceiling on any one delay, jitter included.
     */
    maxDelayMs: number;
    basis: Basis;
    note?: Prose;
  };
  /**
   * Which HTTP statuses the source calls safe to retry and which it says will not resolve with retries.
   */
  statuses: {
    /**
     * Statuses safe to retry with backoff.
     */
    retryable: HttpStatusCode[];
    /**
     * Statuses that will not resolve with retries.
     */
    nonRetryable: HttpStatusCode[];
    basis: Basis;
  };
  /**
   * The token refresh flow.
   */
  tokenRefresh: {
    /**
     * An HTTP status code. It must exist in the HttpStatus family.
     */
    status: number;
    /**
     * A wire or API name, kept verbatim from the source, misspellings included.
     */
    code: string;
    /**
     * Method and path of the refresh call.
     */
    endpoint: string;
    /**
     * The JSON body field that carries the refresh token.
     */
    bodyField: string;
    /**
     * How many times the original request is retried after a successful refresh.
     */
    retriesAfterRefresh: number;
    /**
     * Human-readable text. Tidied from the source where needed, never changed in meaning.
     */
    onRefreshFailure: string;
    /**
     * How long an access token lasts.
     */
    accessTokenLifetimeSeconds: number;
    basis: Basis;
  };
  /**
   * The headers that tell a throttled client when to come back.
   */
  rateLimit: {
    /**
     * Header with the request limit of the window.
     */
    limitHeader: string;
    /**
     * Header with the requests left in the window.
     */
    remainingHeader: string;
    /**
     * Header with the time the window resets.
     */
    resetHeader: string;
    /**
     * Unit of the reset header's value.
     */
    resetUnit: "unix-seconds";
    /**
     * Standard header with seconds or an HTTP date.
     */
    retryAfterHeader: string;
    /**
     * Longest wait a client honours from these headers before it gives up instead (this catalog's bound).
     */
    maxWaitMs: number;
    /**
     * A reset value at or above this is read as Unix milliseconds rather than seconds.
     */
    resetMillisecondsFrom?: number;
    basis: Basis;
    note: Prose;
  };
}
/**
 * What a client does when the SDK reports an error (the families with roles sdk-event and sdk-result): reconnect the tunnel, after how long, how often, or stop and tell the user.
 */
export interface ReconnectPolicy {
  source: Source;
  /**
   * The wait before reconnect n (1-based within the window): min(initialDelayMs * multiplier^(n-1), maxDelayMs), scaled by a random factor in [1 - jitterRatio, 1].
   */
  backoff: {
    /**
     * Wait before the first reconnect.
     */
    initialDelayMs: number;
    /**
     * Factor applied to the wait on each further reconnect.
     */
    multiplier: number;
    /**
     * Ceiling on any one wait.
     */
    maxDelayMs: number;
    /**
     * How much of the wait is random: 0 none, 1 all of it.
     */
    jitterRatio: number;
    basis: Basis;
    /**
     * The reference the numbers rest on.
     */
    reason: string;
    note: Prose;
  };
  /**
   * A cap on reconnects per time window: past it, the client stops and asks the user.
   */
  window: {
    /**
     * The window's length.
     */
    durationMs: number;
    /**
     * Reconnects allowed within any window.
     */
    maxReconnects: number;
    basis: Basis;
    /**
     * The reference the numbers rest on.
     */
    reason: string;
    note: Prose;
  };
  /**
   * The same error again soon after each of the last times the tunnel came up: reconnecting does not fix it, so the client stops and asks the user. Reconnects that never connected do not count.
   */
  flapping: {
    /**
     * How soon after the tunnel came up the same error counts as coming back.
     */
    withinMs: number;
    /**
     * How many of the last connections the error must come back after.
     */
    times: number;
    basis: Basis;
    note: Prose;
  };
  /**
   * Codes after which the source says to reconnect at once (the first time; again within flapping.withinMs, the backoff applies).
   */
  immediate: {
    codes: FamilyCode[];
    basis: Basis;
    note: Prose;
  };
  /**
   * Codes that mean the device has no network: the client waits until it is back, then reconnects.
   */
  waitForNetwork: {
    codes: FamilyCode[];
    basis: Basis;
    note: Prose;
  };
}
/**
 * A code named by its family and its name.
 */
export interface FamilyCode {
  family: string;
  name: string;
}

/** The name of a family of codes. */
export type FamilyName = "HttpStatus" | "OperationalError" | "ResponseResult" | "RestErrorCode";

/** How a retry can help; see RetryAdvice. */
export type RetryStrategy = RetryAdvice["strategy"];

/** A code as the runtime lookups return it: its catalog entry and the family it belongs to. */
export interface CodeEntry extends Omit<Code, "details"> {
  family: FamilyName;
}

/** How a lookup key names its code, highest priority first. */
export type KeyKind = "name" | "alias" | "legacyName" | "value";

/**
 * A family's lookup keys, as the catalog's model resolved them, priority applied: a key appears once, under
 * the kind that wins it (see generated/ts/<family>.keys.ts). Rows are [key, index of the code].
 */
export interface FamilyKeys {
  family: FamilyName;
  /** Each code's identifier, in value order: code i is identifiers[i]. */
  identifiers: readonly string[];
  aliases: ReadonlyArray<readonly [key: string, index: number]>;
  legacyNames: ReadonlyArray<readonly [key: string, index: number]>;
  /** The keys a by-value lookup accepts, code by code (values[i] belongs to code i); absent where each code's value is its identifier. */
  values?: ReadonlyArray<ReadonlyArray<string | number>>;
  strategies: readonly number[];
}

/** What the runtime knows of a family besides its codes. */
export interface FamilyInfo {
  name: FamilyName;
  role: Family["role"];
  title: string;
  /** The file stem and package subpath: "operational-error". */
  stem: string;
  valueKind: Family["valueKind"];
  groups: ReadonlyArray<{ id: string; title: string }>;
}
