// A synthetic catalog of N codes for the build-scaling row, seeded so that a seed and a size always give
// the same bytes. It has every shape the real catalog has: an integer family, two name-valued families
// (one PascalCase, one SCREAMING_SNAKE with HTTP statuses and per-code details), the HttpStatus family,
// the retry policy, groups with httpStatusClasses, aliases, legacy names, deprecations with replacements,
// overrides, actions and notes. It must load with zero diagnostics, or the figures would time the
// error path.
//
//   npx tsx bench/synthetic-catalog.ts --codes 10000 [--seed 7] --out /tmp/catalog
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { stringify } from "yaml";
import { formatDiagnostic } from "../scripts/catalog/diagnostics.js";
import { loadCatalog } from "../scripts/catalog/load.js";
import { random, type Random } from "./lib/random.js";

type Strategy = "not-applicable" | "no-retry" | "backoff" | "wait-for-window" | "refresh-credentials" | "reconnect-tunnel";
type Yaml = Record<string, unknown>;

const STATUSES: ReadonlyArray<[value: number, name: string, label: string]> = [
  [200, "Ok", "OK"],
  [201, "Created", "Created"],
  [202, "Accepted", "Accepted"],
  [204, "NoContent", "No Content"],
  [400, "BadRequest", "Bad Request"],
  [401, "Unauthorized", "Unauthorized"],
  [402, "PaymentRequired", "Payment Required"],
  [403, "Forbidden", "Forbidden"],
  [404, "NotFound", "Not Found"],
  [405, "MethodNotAllowed", "Method Not Allowed"],
  [408, "RequestTimeout", "Request Timeout"],
  [409, "Conflict", "Conflict"],
  [410, "Gone", "Gone"],
  [413, "PayloadTooLarge", "Payload Too Large"],
  [415, "UnsupportedMediaType", "Unsupported Media Type"],
  [422, "UnprocessableEntity", "Unprocessable Entity"],
  [429, "TooManyRequests", "Too Many Requests"],
  [500, "InternalServerError", "Internal Server Error"],
  [501, "NotImplemented", "Not Implemented"],
  [502, "BadGateway", "Bad Gateway"],
  [503, "ServiceUnavailable", "Service Unavailable"],
  [504, "GatewayTimeout", "Gateway Timeout"],
];
const RETRYABLE = [429, 500, 502, 503];
const NON_RETRYABLE = [400, 401, 403, 404, 409, 422];
const CLIENT = STATUSES.map(([v]) => v).filter((v) => v >= 400 && v < 500);
const SERVER = STATUSES.map(([v]) => v).filter((v) => v >= 500);
const RETRYING: readonly Strategy[] = ["backoff", "wait-for-window", "refresh-credentials", "reconnect-tunnel"];
const ANY: readonly Strategy[] = ["not-applicable", "no-retry", ...RETRYING];
const CODES_PER_GROUP = 25;

const WORDS = (
  "tunnel route server client token session device network profile address quota limit window protocol " +
  "bridge adapter gateway proxy handshake socket packet cipher certificate account payment plan region " +
  "location interface driver service request response timeout transport resolver lease"
).split(" ");
const VERBS = "failed expired dropped refused rejected stalled closed changed exceeded broke lost blocked".split(" ");

const capital = (w: string) => w[0]!.toUpperCase() + w.slice(1);

function sentence(r: Random, min: number, max: number): string {
  const words = Array.from({ length: r.int(min, max) }, (_, i) => (i % 4 === 2 ? r.pick(VERBS) : r.pick(WORDS)));
  return `${capital(words.join(" "))}.`;
}

function prose(r: Random, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(r, 6, 14)).join(" ");
}

const source = (section: string) => ({ title: "Synthetic error reference", publisher: "vpn-error-codes bench", seed: "synthetic.txt", section });

/** A strategy that agrees with the policy for `status`, or now and then departs from it with a reason. */
function retryFor(r: Random, status: number | undefined): Yaml {
  const base = { basis: r.pick(["documented", "inferred"]), note: sentence(r, 8, 16) };
  if (status === undefined) return { strategy: r.pick(ANY), ...base };
  if (RETRYABLE.includes(status)) return { strategy: status === 429 ? "wait-for-window" : "backoff", ...base };
  if (NON_RETRYABLE.includes(status)) {
    if (r.chance(0.05)) return { strategy: r.pick(RETRYING), ...base, override: prose(r, 2) };
    return { strategy: "no-retry", ...base };
  }
  return { strategy: status < 300 ? "not-applicable" : r.pick(ANY), ...base };
}

interface FamilyShape {
  family: string;
  role: "sdk-result" | "sdk-event" | "rest-code";
  valueKind: "integer" | "name";
  namePattern: string;
  size: number;
  /** The status classes of group g, or none. */
  classes(g: number): string[] | undefined;
  name(r: Random, n: number): string;
  alias(name: string): string;
  details: boolean;
}

function familyFile(r: Random, shape: FamilyShape, fixed: Yaml[] = []): Yaml {
  const groupCount = Math.max(1, Math.ceil(shape.size / CODES_PER_GROUP));
  const groups = Array.from({ length: groupCount }, (_, g) => {
    const classes = shape.classes(g);
    return {
      id: `group-${g + 1}`,
      title: `${capital(r.pick(WORDS))} ${r.pick(WORDS)} errors ${g + 1}`,
      ...(classes ? { httpStatusClasses: classes } : {}),
      ...(r.chance(0.1) ? { note: sentence(r, 6, 12) } : {}),
    };
  });
  const codes: Yaml[] = [...fixed];
  let value = 1000;
  for (let i = codes.length; i < shape.size; i++) {
    const g = i % groupCount;
    const classes = groups[g]!.httpStatusClasses;
    const name = shape.name(r, i);
    const status = classes ? r.pick(classes.includes("5xx") && (!classes.includes("4xx") || r.chance(0.5)) ? SERVER : CLIENT) : undefined;
    value += r.int(1, 7);
    const code: Yaml = {
      name,
      ...(shape.valueKind === "integer" ? { value } : {}),
      group: groups[g]!.id,
      description: prose(r, r.int(1, 2)),
      ...(status !== undefined ? { httpStatus: status } : {}),
      retry: retryFor(r, status),
      ...(r.chance(0.5) ? { action: { text: sentence(r, 8, 16), basis: r.pick(["documented", "inferred"]) } } : {}),
      ...(shape.details && r.chance(0.05) ? { details: detailsFor(r) } : {}),
      stability: r.chance(0.9) ? "stable" : "experimental",
      ...(r.chance(0.03) ? { aliases: [shape.alias(name)] } : {}),
      ...(r.chance(0.02) ? { legacyNames: [{ name: `LEGACY_${i}`, source: "SDK 2.x (2020)", basis: "inferred" }] } : {}),
      ...(r.chance(0.2) ? { note: prose(r, 1) } : {}),
    };
    // Renamed codes point at an earlier code of the family, as a real rename would.
    if (i > fixed.length + 1 && r.chance(0.03)) {
      code.deprecated = { reason: "renamed", replacement: codes[r.int(fixed.length, i - 1)]!.name, since: "0.1.0", note: sentence(r, 6, 12) };
    } else if (r.chance(0.01)) {
      code.deprecated = { reason: "obsoleted", note: sentence(r, 6, 12) };
    }
    codes.push(code);
  }
  return {
    family: shape.family,
    role: shape.role,
    title: `Synthetic ${shape.family}`,
    description: prose(r, 2),
    source: source(shape.family),
    valueKind: shape.valueKind,
    namePattern: shape.namePattern,
    note: prose(r, 2),
    groups,
    codes,
  };
}

function detailsFor(r: Random): Yaml {
  return {
    basis: "documented",
    schema: {
      type: "object",
      description: sentence(r, 6, 10),
      required: ["at"],
      properties: {
        at: { type: "string", format: "date-time", description: sentence(r, 4, 8) },
        [r.pick(WORDS)]: { type: "integer", description: sentence(r, 4, 8) },
      },
    },
  };
}

function httpStatusFile(r: Random): Yaml {
  return {
    family: "HttpStatus",
    role: "http-status",
    title: "Synthetic HTTP statuses",
    description: prose(r, 2),
    source: source("HTTP Status Codes"),
    valueKind: "integer",
    namePattern: "^[A-Z][A-Za-z]*$",
    groups: [
      { id: "success", title: "2xx Success", httpStatusClasses: ["2xx"] },
      { id: "client-error", title: "4xx Client errors", httpStatusClasses: ["4xx"] },
      { id: "server-error", title: "5xx Server errors", httpStatusClasses: ["5xx"] },
    ],
    codes: STATUSES.map(([value, name, label]) => ({
      name,
      value,
      label,
      group: value < 300 ? "success" : value < 500 ? "client-error" : "server-error",
      description: sentence(r, 8, 16),
      retry: retryFor(r, value),
      stability: "stable",
    })),
  };
}

function policyFile(): Yaml {
  return {
    retryPolicy: {
      appliesTo: "RestErrorCode",
      source: source("Retry Strategy"),
      backoff: { initialDelayMs: 1000, multiplier: 2, jitterMinMs: 0, jitterMaxMs: 500, maxRetries: 5, maxDelayMs: 32000, basis: "documented" },
      statuses: { retryable: RETRYABLE, nonRetryable: NON_RETRYABLE, basis: "documented" },
      tokenRefresh: {
        status: 401,
        code: "TOKEN_EXPIRED",
        endpoint: "POST /api/v1/auth/refresh",
        bodyField: "refreshToken",
        retriesAfterRefresh: 1,
        onRefreshFailure: "Re-authenticate.",
        accessTokenLifetimeSeconds: 86400,
        basis: "documented",
      },
      rateLimit: {
        limitHeader: "X-RateLimit-Limit",
        remainingHeader: "X-RateLimit-Remaining",
        resetHeader: "X-RateLimit-Reset",
        resetUnit: "unix-seconds",
        retryAfterHeader: "Retry-After",
        maxWaitMs: 300000,
        basis: "inferred",
        note: "Synthetic.",
      },
    },
  };
}

export interface SyntheticCatalog {
  dir: string;
  /** Codes per family, which add up to the size asked for. */
  counts: Record<string, number>;
  bytes: number;
}

/** Writes a catalog of `codes` codes in total to `dir` (created). */
export function writeSyntheticCatalog(dir: string, codes: number, seed = 7): SyntheticCatalog {
  if (codes < STATUSES.length + 30) throw new Error(`a synthetic catalog needs at least ${STATUSES.length + 30} codes`);
  const r = random(seed);
  const rest = codes - STATUSES.length;
  const integerSize = Math.floor(rest * 0.4);
  const pascalSize = Math.floor(rest * 0.3);
  const snakeSize = rest - integerSize - pascalSize;
  const pascal = (r: Random, n: number) => `${capital(r.pick(WORDS))}${capital(r.pick(VERBS))}${n}`;
  const tokenExpired: Yaml = {
    name: "TOKEN_EXPIRED",
    group: "group-1",
    description: "The access token has expired.",
    httpStatus: 401,
    retry: { strategy: "refresh-credentials", basis: "documented", note: "Refresh, then retry once.", override: "401 is non-retryable by status, but the refresh flow retries once." },
    details: detailsFor(r),
    stability: "stable",
  };
  const files: Record<string, Yaml> = {
    "http-status.yaml": httpStatusFile(r),
    "operational-error.yaml": familyFile(r, {
      family: "OperationalError",
      role: "sdk-event",
      valueKind: "integer",
      namePattern: "^[A-Z][A-Za-z0-9]*$",
      size: integerSize,
      classes: () => undefined,
      name: pascal,
      alias: (n) => `${n}Alias`,
      details: false,
    }),
    "response-result.yaml": familyFile(r, {
      family: "ResponseResult",
      role: "sdk-result",
      valueKind: "name",
      namePattern: "^[A-Z][A-Za-z0-9]*$",
      size: pascalSize,
      classes: (g) => (g % 4 === 3 ? ["4xx", "5xx"] : undefined),
      name: pascal,
      alias: (n) => `${n}Alias`,
      details: false,
    }),
    "rest-error-code.yaml": familyFile(
      r,
      {
        family: "RestErrorCode",
        role: "rest-code",
        valueKind: "name",
        namePattern: "^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$",
        size: snakeSize,
        classes: (g) => [g % 3 === 2 ? "5xx" : "4xx"],
        name: (r, n) => `${r.pick(WORDS)}_${r.pick(VERBS)}_${n}`.toUpperCase(),
        alias: (n) => `${n}_ALIAS`,
        details: true,
      },
      [tokenExpired],
    ),
    "retry-policy.yaml": policyFile(),
  };
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const [name, data] of Object.entries(files)) {
    const text = `# Synthetic catalog (bench/synthetic-catalog.ts, ${codes} codes, seed ${seed}); not vendor data.\n${stringify(data, { lineWidth: 0 })}`;
    writeFileSync(join(dir, name), text);
    bytes += Buffer.byteLength(text);
  }
  return { dir, counts: { HttpStatus: STATUSES.length, OperationalError: integerSize, ResponseResult: pascalSize, RestErrorCode: snakeSize }, bytes };
}

/** Throws, listing the diagnostics, unless the real loader accepts the catalog as it is. */
export function assertLoads(dir: string): void {
  const { catalog, diagnostics } = loadCatalog(dir);
  if (!catalog || diagnostics.length > 0) {
    const shown = diagnostics.slice(0, 20).map(formatDiagnostic).join("\n");
    throw new Error(`the synthetic catalog in ${dir} does not load (${diagnostics.length} diagnostics):\n${shown}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { codes: { type: "string", default: "1000" }, seed: { type: "string", default: "7" }, out: { type: "string" } } });
  if (!values.out) throw new Error("usage: tsx bench/synthetic-catalog.ts --codes N [--seed S] --out DIR");
  const result = writeSyntheticCatalog(values.out, Number(values.codes), Number(values.seed));
  assertLoads(values.out);
  console.log(
    `wrote ${values.codes} codes (${Object.entries(result.counts)
      .map(([f, n]) => `${f} ${n}`)
      .join(", ")}; ${result.bytes} bytes) to ${values.out}; it loads with no diagnostics.`,
  );
}
