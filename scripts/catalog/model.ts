// The one in-memory model every emitter reads. It mirrors generated/catalog.json,
// plus source positions that only the build's own checks use.

export type Basis = "documented" | "inferred";
export type RetryStrategy =
  | "not-applicable"
  | "no-retry"
  | "backoff"
  | "wait-for-window"
  | "refresh-credentials"
  | "reconnect-tunnel";
export type StatusClass = "2xx" | "4xx" | "5xx";
export type ValueKind = "integer" | "name";

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
export const RETRYING_STRATEGIES: ReadonlySet<RetryStrategy> = new Set<RetryStrategy>([
  "backoff",
  "wait-for-window",
  "refresh-credentials",
  "reconnect-tunnel",
]);

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
}

export interface Catalog {
  /** Sorted by name. */
  families: Family[];
  retryPolicy: RetryPolicy;
}

/** Positions of catalog entries in their YAML files, keyed "Family.Code" and "Family". */
export type PositionIndex = Map<string, Position>;

export function compareValues(a: number | string, b: number | string): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
