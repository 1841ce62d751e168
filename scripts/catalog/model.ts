// The one in-memory model every emitter reads. It mirrors generated/catalog.json,
// plus source positions that only the build's own checks use.

import type { PackageInfo } from "./package-info.js";
export type Basis = "documented" | "inferred";
export type RetryStrategy = "not-applicable" | "no-retry" | "backoff" | "wait-for-window" | "refresh-credentials" | "reconnect-tunnel";
export type StatusClass = "2xx" | "4xx" | "5xx";
export type ValueKind = "integer" | "name";

/** What a family's codes are to a client; every surface that treats a family specially asks this. */
export type FamilyRole = "sdk-result" | "sdk-event" | "rest-code" | "http-status";

/** The order in which references present the families: the SDK first, then the REST API. */
export const ROLE_ORDER: readonly FamilyRole[] = ["sdk-result", "sdk-event", "rest-code", "http-status"];

/**
 * How a lookup key names its code, highest priority first: a key that two codes claim goes to the kind
 * listed first. "value" is a code's value, or an integer value's decimal string ("8199" from a log line).
 */
export const KEY_KINDS = ["name", "alias", "legacyName", "value"] as const;
export type KeyKind = (typeof KEY_KINDS)[number];

/** Each strategy in words, as docs, doc comments and the CLI say it. */
export const STRATEGY_TEXT: Readonly<Record<RetryStrategy, string>> = {
  "not-applicable": "not an error",
  "no-retry": "do not retry",
  backoff: "retry with exponential backoff",
  "wait-for-window": "wait for the rate-limit window, then retry",
  "refresh-credentials": "refresh the access token, then retry once",
  "reconnect-tunnel": "reconnect the tunnel",
};

/** Strategies under which sending the request again (after the strategy's step) can succeed. */
export const RETRYING_STRATEGIES: ReadonlySet<RetryStrategy> = new Set<RetryStrategy>(["backoff", "wait-for-window", "refresh-credentials", "reconnect-tunnel"]);

export interface Source {
  title: string;
  publisher?: string;
  seed: string;
  section?: string;
}

export interface RetryAdvice {
  strategy: RetryStrategy;
  basis: Basis;
  note: string;
  override?: string;
}

export interface Action {
  text: string;
  basis: Basis;
}

export interface Deprecation {
  reason: "renamed" | "obsoleted";
  replacement?: string;
  since?: string;
  note: string;
}

export interface LegacyName {
  name: string;
  source: string;
  basis: Basis;
  note?: string;
}

/** Where a YAML node starts: 1-based line and column. */
export interface Position {
  file: string;
  line: number;
  col: number;
}

export interface Code {
  name: string;
  value: number | string;
  label?: string;
  group: string;
  description: string;
  httpStatus?: number;
  /** The short answer, derived from retry.strategy. */
  retryable: boolean;
  retry: RetryAdvice;
  action?: Action;
  /** JSON Schema of the envelope's error.details for this code. */
  details?: { basis: Basis; schema: Record<string, unknown> };
  stability: "stable" | "experimental";
  deprecated?: Deprecation;
  aliases?: string[];
  legacyNames?: LegacyName[];
  note?: string;
}

export interface Group {
  id: string;
  title: string;
  httpStatusClasses?: StatusClass[];
  note?: string;
}

export interface Family {
  name: string;
  role: FamilyRole;
  title: string;
  description: string;
  source: Source;
  valueKind: ValueKind;
  namePattern: string;
  note?: string;
  groups: Group[];
  /** Sorted by value: numerically for integer families, by code unit for name families. */
  codes: Code[];
}

export interface RetryPolicy {
  appliesTo: string;
  source: Source;
  backoff: {
    initialDelayMs: number;
    multiplier: number;
    jitterMinMs: number;
    jitterMaxMs: number;
    maxRetries: number;
    maxDelayMs: number;
    basis: Basis;
    note?: string;
  };
  statuses: { retryable: number[]; nonRetryable: number[]; basis: Basis };
  tokenRefresh: {
    status: number;
    code: string;
    endpoint: string;
    bodyField: string;
    retriesAfterRefresh: number;
    onRefreshFailure: string;
    accessTokenLifetimeSeconds: number;
    basis: Basis;
  };
  rateLimit: {
    limitHeader: string;
    remainingHeader: string;
    resetHeader: string;
    resetUnit: "unix-seconds";
    retryAfterHeader: string;
    maxWaitMs: number;
    resetMillisecondsFrom?: number;
    basis: Basis;
    note: string;
  };
  codeStatusConflict?: { rule: "most-cautious"; basis: Basis; note: string };
  /** Which thrown errors are transient network failures, by their code or a code in their cause chain. */
  networkErrors?: { maxCauseDepth: number; neverReached: string[]; mayHaveReached: string[]; basis: Basis; note: string };
  /** Methods not retried after a failure the server may have acted on, unless the call is marked idempotent. */
  idempotency?: { methods: string[]; statuses: number[]; keyHeader: string; basis: Basis; reason: string; note: string };
  retryBudget?: { maxTokens: number; failureCost: number; successRefund: number; retryAbove: number; basis: Basis; reason: string; note: string };
}

/** The roles of the families whose codes reach a client from the SDK, which the reconnect policy applies to. */
export const RECONNECT_ROLES: ReadonlySet<FamilyRole> = new Set<FamilyRole>(["sdk-event", "sdk-result"]);

/** A code named by its family and name, as the reconnect policy lists them. */
export interface FamilyCodeRef {
  family: string;
  name: string;
}

/** What a client does when the SDK reports an error: the families with roles sdk-event and sdk-result. */
export interface ReconnectPolicy {
  source: Source;
  backoff: { initialDelayMs: number; multiplier: number; maxDelayMs: number; jitterRatio: number; basis: Basis; reason: string; note: string };
  window: { durationMs: number; maxReconnects: number; basis: Basis; reason: string; note: string };
  flapping: { withinMs: number; times: number; basis: Basis; note: string };
  immediate: { codes: FamilyCodeRef[]; basis: Basis; note: string };
  waitForNetwork: { codes: FamilyCodeRef[]; basis: Basis; note: string };
}

export interface Catalog {
  /** Sorted by name. */
  families: Family[];
  retryPolicy: RetryPolicy;
  reconnectPolicy?: ReconnectPolicy | undefined;
}

/** A key a lookup accepts, and the code it finds. */
export interface LookupKey {
  key: string | number;
  kind: KeyKind;
  /** Index of the code in its family's `codes`. */
  index: number;
}

/**
 * The parts of a code's documentation, each computed once, so that every surface (doc comments in every
 * language, the Markdown reference, the CLI) says the same thing and only lays it out.
 */
export interface DocParts {
  meaning: string;
  group: string;
  /** "429 Too Many Requests", for codes of a family that maps to HTTP statuses. */
  http?: string;
  /** "retry with exponential backoff (documented)". */
  retry: string;
  retryNote: string;
  /** Why the code's advice departs from its HTTP status's rule. */
  override?: string;
  /** "Reconnect the tunnel ... (inferred)". */
  action?: string;
  aliases: string[];
  legacyNames: Array<{ name: string; source: string; basis: Basis }>;
  deprecated?: { reason: Deprecation["reason"]; replacement?: string; note: string };
  /** The family's source, as a citation. */
  source: string;
}

/** What the resolver derives for a code. Kept apart from the code's catalog fields so that catalog.json stays the source's shape. */
export interface DerivedCode {
  groupTitle: string;
  doc: DocParts;
}

/** What the resolver derives for a family. */
export interface DerivedFamily {
  /** "operational-error": file names and package subpaths. */
  stem: string;
  /**
   * Every key a lookup accepts, each with the code it finds, the priority rule already applied, highest
   * kind first. In a name family a code's value is its identifier, found as kind "name".
   */
  keys: LookupKey[];
  /** The keys that are a code's value: what a by-value lookup accepts (in a name family, the identifiers). */
  valueKeys: LookupKey[];
  /** "Source: Pango, Unified VPN SDK ... (section OperationalError)." */
  source: string;
}

/** The model every emitter reads: the catalog, plus facts derived from it once. */
export interface Model extends Catalog {
  /** The package's name, version, licence and each language's coordinates (package.json). */
  package: PackageInfo;
  families: ResolvedFamily[];
  /** The family whose codes the REST envelope's error.code carries (role rest-code; the retry policy's family). */
  restFamily: ResolvedFamily;
  /** HTTP status → "429 Too Many Requests", from the http-status family. */
  statusText: ReadonlyMap<number, string>;
  /** HTTP status → the retry strategy its http-status entry gives. */
  statusStrategy: ReadonlyMap<number, RetryStrategy>;
  /** Codes that READMEs and examples show, chosen from the catalog rather than written into each emitter. */
  examples: Examples;
}

export interface ResolvedCode extends Code {
  derived: DerivedCode;
}

export interface ResolvedFamily extends Family {
  codes: ResolvedCode[];
  derived: DerivedFamily;
}

export interface Examples {
  /** A retryable SDK event code with a corrected-spelling alias: shows value lookup, verbatim names and retryability. */
  sdkEvent: { family: ResolvedFamily; code: ResolvedCode };
  /** The REST code that triggers the token refresh. */
  tokenRefresh: { family: ResolvedFamily; code: ResolvedCode };
}

/** Positions of catalog entries in their YAML files, keyed "Family.Code" and "Family". */
export type PositionIndex = Map<string, Position>;

export function compareValues(a: number | string, b: number | string): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The catalog as generated/catalog.json has it: the model without what the resolver derived. */
export function catalogOf(model: Catalog): Catalog {
  return {
    families: model.families.map(({ derived: _d, codes, ...family }: Family & { derived?: unknown }) => ({
      ...family,
      codes: codes.map(({ derived: _c, ...code }: Code & { derived?: unknown }) => code),
    })),
    retryPolicy: model.retryPolicy,
    ...(model.reconnectPolicy ? { reconnectPolicy: model.reconnectPolicy } : {}),
  };
}
