// Writes test/vectors/decisions.json: retry decisions every language must reproduce, with the answers
// given by the real adviseRetry of src/decision/advise.ts (TypeScript is the reference). The cases are derived
// from generated/catalog.json: its statuses, its REST codes and its retry policy, never from a list here.
//   npx tsx scripts/vectors/decisions.ts           rewrite the file
//   npx tsx scripts/vectors/decisions.ts --check   fail when it is stale (test/languages/vectors.test.ts does the same)
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { adviseRetry } from "../../src/decision/advise.js";
import type { RetryDecision } from "../../src/decision/decide.js";
import { isMain } from "../is-main.js";
import { PROJECT_ROOT } from "../root.js";

export interface DecisionCase {
  id: string;
  status: number;
  headers: Array<[string, string]>;
  body: string | null;
  attempt: number;
  tokenRefreshed: boolean;
  now: number;
  random: number;
  expected: string;
}

interface CatalogCode {
  name: string;
  value: number | string;
  httpStatus?: number;
  retry: { strategy: string };
}
interface Catalog {
  families: Array<{ name: string; codes: CatalogCode[] }>;
  retryPolicy: {
    backoff: { maxRetries: number; jitterMaxMs: number };
    rateLimit: { retryAfterHeader: string; resetHeader: string; maxWaitMs: number; resetMillisecondsFrom?: number };
    tokenRefresh: { status: number; code: string };
  };
}

export const DECISIONS_PATH = join("test", "vectors", "decisions.json");

const ABOUT =
  "Retry decisions every language must reproduce, written by scripts/vectors/decisions.ts from the real adviseRetry (src/decision/advise.ts); do not edit. " +
  'headers: name/value pairs in order, each value as the server sent it; names match case-insensitively; a repeated name reads as its values joined by ", ", as a fetch Headers object joins them. ' +
  "A value, and each element of a list, is trimmed of SP and HTAB at both ends and of nothing else (RFC 9110 §5.5, runtime/SPEC.md §3). " +
  "body: the raw response text (null: no body), decoded by the language's own envelope decoder; a body that is not a valid envelope gives no code. " +
  "random: what the injectable random source returns on every call. now: the current time in Unix ms. " +
  "expected: `retry <delayMs> <basis>`, `refresh-token` or `fail <reason>`. Each harness prints `decision <id> -> <expected>` per case, in file order.";

/** 2026-01-01T00:00:00Z: a whole second, so that HTTP dates around it are exact. */
const NOW = Date.UTC(2026, 0, 1);
/** Jitter of 125 ms: an exact value, so that no rounding question hides in the common cases. */
const RANDOM = 0.25;

const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const two = (n: number) => String(n).padStart(2, "0");
const clock = (d: Date) => `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
/** RFC 9110's three HTTP-date forms. */
const imfFixdate = (ms: number) => new Date(ms).toUTCString();
const rfc850 = (ms: number) => {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]}, ${two(d.getUTCDate())}-${MONTHS[d.getUTCMonth()]}-${two(d.getUTCFullYear() % 100)} ${clock(d)} GMT`;
};
const asctime = (ms: number) => {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]!.slice(0, 3)} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, " ")} ${clock(d)} ${d.getUTCFullYear()}`;
};

const envelope = (code: string) => JSON.stringify({ success: false, error: { code, message: `A ${code} from the server.` } });

/** One line for a decision: the detail text is for people, not part of the contract. */
export function decisionLine(decision: RetryDecision): string {
  if (decision.action === "retry") return `retry ${decision.delayMs} ${decision.basis}`;
  if (decision.action === "refresh-token") return "refresh-token";
  return `fail ${decision.reason}`;
}

/**
 * What adviseRetry decides for a case: the body as text, and the headers as the server sent them, a repeated
 * name's values joined by ", " as fetch's Headers joins them. Not a Headers itself: it would trim the values
 * before adviseRetry sees them, and refuse those with code points above U+00FF.
 */
export function decide(c: Omit<DecisionCase, "expected">): string {
  const headers: Record<string, string> = {};
  for (const [name, value] of c.headers) {
    const key = name.toLowerCase();
    headers[key] = key in headers ? `${headers[key]}, ${value}` : value;
  }
  const random = c.random;
  const decision = adviseRetry({ status: c.status, headers, ...(c.body === null ? {} : { body: c.body }) }, c.attempt, c.now, { tokenRefreshed: c.tokenRefreshed, random: () => random });
  return decisionLine(decision);
}

export function decisionCases(catalog: Catalog): DecisionCase[] {
  const statuses = catalog.families.find((f) => f.name === "HttpStatus")!.codes;
  const rest = catalog.families.find((f) => f.name === "RestErrorCode")!.codes;
  const policy = catalog.retryPolicy;
  const { retryAfterHeader: RETRY_AFTER, resetHeader: RESET, maxWaitMs } = policy.rateLimit;
  const strategyOf = (status: number) => statuses.find((s) => s.value === status)?.retry.strategy;
  const withStrategy = (strategy: string) => statuses.filter((s) => s.retry.strategy === strategy).map((s) => s.value as number);
  const backoffStatuses = withStrategy("backoff");
  const noRetryStatuses = withStrategy("no-retry");
  const windowStatus = withStrategy("wait-for-window")[0]!;
  const successStatus = withStrategy("not-applicable")[0]!;
  // A status the catalog does not list, found rather than assumed.
  const unlisted = [418, 504, 302, 599].find((s) => strategyOf(s) === undefined)!;
  const maxAttempt = policy.backoff.maxRetries + 2;

  const cases: DecisionCase[] = [];
  const ids = new Set<string>();
  const add = (id: string, c: Partial<Omit<DecisionCase, "id" | "expected">> & { status: number }) => {
    if (ids.has(id)) throw new Error(`two decision vectors are called ${id}`);
    ids.add(id);
    const full = { id, headers: [], body: null, attempt: 1, tokenRefreshed: false, now: NOW, random: RANDOM, ...c };
    cases.push({ ...full, expected: decide(full) });
  };

  // Every status of the http-status family, with no body; the retryable ones at every attempt from 0 past the last.
  for (const s of statuses) {
    const status = s.value as number;
    const retrying = s.retry.strategy === "backoff" || s.retry.strategy === "wait-for-window";
    const attempts = retrying ? Array.from({ length: maxAttempt + 1 }, (_, i) => i) : [1, maxAttempt];
    for (const attempt of attempts) add(`status-${status}-attempt-${attempt}`, { status, attempt });
  }
  add(`status-${unlisted}-unlisted`, { status: unlisted });
  add(`status-${unlisted}-unlisted-attempt-0`, { status: unlisted, attempt: 0 });

  // Every REST code at its own status (and after a refresh), at a foreign retryable and non-retryable
  // status, and at the rate-limit status with a Retry-After.
  for (const c of rest) {
    const code = String(c.value);
    const own = c.httpStatus!;
    const body = envelope(code);
    add(`code-${code}-own-${own}`, { status: own, body });
    add(`code-${code}-own-${own}-refreshed`, { status: own, body, tokenRefreshed: true });
    const foreignBackoff = backoffStatuses.find((s) => s !== own)!;
    const foreignNoRetry = noRetryStatuses.find((s) => s !== own)!;
    add(`code-${code}-foreign-${foreignBackoff}`, { status: foreignBackoff, body });
    add(`code-${code}-foreign-${foreignNoRetry}`, { status: foreignNoRetry, body });
    if (own !== windowStatus) add(`code-${code}-foreign-${windowStatus}-retry-after`, { status: windowStatus, body, headers: [[RETRY_AFTER, "30"]] });
    else add(`code-${code}-own-${own}-retry-after`, { status: own, body, headers: [[RETRY_AFTER, "30"]] });
  }

  // The token refresh flow: the code at its own status, at each attempt, refreshed or not.
  const refreshCode = policy.tokenRefresh.code;
  for (const attempt of [0, 1, 2, maxAttempt]) {
    for (const tokenRefreshed of [false, true]) {
      add(`refresh-${refreshCode}-attempt-${attempt}${tokenRefreshed ? "-refreshed" : ""}`, { status: policy.tokenRefresh.status, body: envelope(refreshCode), attempt, tokenRefreshed });
    }
  }

  // A code the catalog does not know: the status decides.
  const unknown = "ACCOUNT_FROZEN";
  if (rest.some((c) => c.value === unknown)) throw new Error(`${unknown} is in the catalog now; pick another unknown code`);
  for (const status of [backoffStatuses[0]!, noRetryStatuses[0]!, windowStatus, unlisted]) add(`unknown-code-${status}`, { status, body: envelope(unknown) });

  // Bodies that are not the envelope: a proxy's HTML, text, broken JSON, JSON of the wrong shape.
  const notEnvelopes: Array<[string, string]> = [
    ["html", "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"],
    ["text", "upstream connect error or disconnect/reset before headers"],
    ["empty", ""],
    ["blank", " \n "],
    ["truncated-json", '{"success":false,"error":{"code":"QUOTA_EXCEEDED"'],
    ["json-null", "null"],
    ["json-array", `[${envelope("QUOTA_EXCEEDED")}]`],
    ["json-string", JSON.stringify(envelope("QUOTA_EXCEEDED"))],
    ["success-not-boolean", '{"success":"false","error":{"code":"QUOTA_EXCEEDED","message":"m"}}'],
    ["failure-without-error", '{"success":false}'],
    ["code-not-string", '{"success":false,"error":{"code":429,"message":"m"}}'],
    ["message-missing", '{"success":false,"error":{"code":"QUOTA_EXCEEDED"}}'],
    ["error-not-object", '{"success":false,"error":"QUOTA_EXCEEDED"}'],
  ];
  for (const [name, body] of notEnvelopes) {
    add(`body-${name}-${windowStatus}`, { status: windowStatus, body, headers: [[RETRY_AFTER, "20"]] });
    add(`body-${name}-${backoffStatuses[0]}`, { status: backoffStatuses[0]!, body });
  }
  add(`body-success-envelope-${successStatus}`, { status: successStatus, body: JSON.stringify({ success: true, data: { id: "usr_abc123" } }) });
  add(`body-failure-envelope-${successStatus}`, { status: successStatus, body: envelope("QUOTA_EXCEEDED") });
  add(`body-envelope-with-extra-fields`, { status: windowStatus, body: JSON.stringify({ success: false, error: { code: "QUOTA_EXCEEDED", message: "m", hint: "x" }, traceId: "t-1" }) });

  // Retry-After as delay-seconds, well formed and not.
  const retryAfter: Array<[string, string]> = [
    ["seconds", "120"],
    ["one-second", "1"],
    ["zero", "0"],
    ["at-ceiling", String(maxWaitMs / 1000)],
    ["over-ceiling", String(maxWaitMs / 1000 + 1)],
    ["leading-zeros", "0030"],
    ["space-before-comma", "45 , 90"],
    ["negative", "-5"],
    ["fraction", "1.5"],
    ["words", "soon"],
    ["number-then-words", "30 seconds"],
    ["huge", "99999999999999999999"],
  ];
  for (const [name, value] of retryAfter) add(`retry-after-${name}`, { status: windowStatus, headers: [[RETRY_AFTER, value]] });

  // Whitespace around a value: SP and HTAB are trimmed; what else a language's own trim() takes is part of the value.
  const ows: Array<[string, string]> = [
    ["space-tab-around", " \t30\t "],
    ["tab-before-comma", "30\t,90"],
    ["leading-vertical-tab", "\u000b30"],
    ["trailing-form-feed", "30\u000c"],
    ["trailing-file-separator", "30\u001c"],
    ["trailing-next-line", "30\u0085"],
    ["trailing-no-break-space", "30\u00a0"],
    ["leading-no-break-space", "\u00a030"],
    ["trailing-byte-order-mark", "30\ufeff"],
    ["trailing-line-separator", "30\u2028"],
  ];
  for (const [name, value] of ows) add(`retry-after-${name}`, { status: windowStatus, headers: [[RETRY_AFTER, value]] });

  // Retry-After as an HTTP date, in the three forms, in the past, over the ceiling, malformed.
  const ahead = (seconds: number) => NOW + seconds * 1000;
  const dates: Array<[string, string]> = [
    ["imf-fixdate", imfFixdate(ahead(90))],
    ["imf-fixdate-past", imfFixdate(ahead(-90))],
    ["imf-fixdate-now", imfFixdate(NOW)],
    ["imf-fixdate-at-ceiling", imfFixdate(ahead(maxWaitMs / 1000))],
    ["imf-fixdate-over-ceiling", imfFixdate(ahead(maxWaitMs / 1000 + 60))],
    ["imf-fixdate-far-future", imfFixdate(ahead(86_400 * 365))],
    ["rfc850", rfc850(ahead(75))],
    ["rfc850-past", rfc850(ahead(-75))],
    ["asctime", asctime(ahead(45))],
    ["asctime-past", asctime(ahead(-45))],
    ["imf-fixdate-lowercase", imfFixdate(ahead(90)).toLowerCase()],
    ["imf-fixdate-no-gmt", imfFixdate(ahead(90)).replace(" GMT", "")],
    ["imf-fixdate-feb-30", "Mon, 30 Feb 2026 00:00:00 GMT"],
    ["imf-fixdate-hour-24", imfFixdate(ahead(90)).replace(/ \d\d:/, " 24:")],
    ["imf-fixdate-trailing-text", `${imfFixdate(ahead(90))} please`],
    ["imf-fixdate-then-another", `${imfFixdate(ahead(90))}, ${imfFixdate(ahead(200))}`],
    ["imf-fixdate-space-tab-around", `\t ${imfFixdate(ahead(90))} \t`],
    ["imf-fixdate-trailing-no-break-space", `${imfFixdate(ahead(90))}\u00a0`],
  ];
  for (const [name, value] of dates) add(`retry-after-${name}`, { status: windowStatus, headers: [[RETRY_AFTER, value]] });

  // X-RateLimit-Reset in Unix seconds and, from the policy's threshold up, in Unix ms.
  const seconds = (offset: number) => String(NOW / 1000 + offset);
  const resets: Array<[string, string]> = [
    ["seconds", seconds(40)],
    ["seconds-past", seconds(-40)],
    ["seconds-now", seconds(0)],
    ["seconds-at-ceiling", seconds(maxWaitMs / 1000)],
    ["seconds-over-ceiling", seconds(maxWaitMs / 1000 + 1)],
    ["seconds-far-future", seconds(86_400 * 30)],
    ["seconds-fraction", `${seconds(30)}.5`],
    ["seconds-fraction-inexact", `${seconds(30)}.123`],
    ["relative-seconds", "60"],
    ["negative", `-${seconds(40)}`],
    ["words", "tomorrow"],
    ["number-then-words", `${seconds(40)}s`],
    ["exponent", "1.7672256e9"],
    ["seconds-space-tab-around", ` \t${seconds(40)}\t `],
    ["seconds-tab-before-comma", `${seconds(40)}\t, ${seconds(80)}`],
    ["seconds-trailing-no-break-space", `${seconds(40)}\u00a0`],
    ["seconds-leading-no-break-space", `\u00a0${seconds(40)}`],
    ["seconds-trailing-vertical-tab", `${seconds(40)}\u000b`],
  ];
  const msFrom = policy.rateLimit.resetMillisecondsFrom;
  if (msFrom !== undefined) {
    resets.push(
      ["milliseconds", String(NOW + 50_000)],
      ["milliseconds-past", String(NOW - 50_000)],
      ["milliseconds-over-ceiling", String(NOW + maxWaitMs + 1)],
      ["just-below-milliseconds", String(msFrom - 1)],
    );
  }
  for (const [name, value] of resets) add(`reset-${name}`, { status: windowStatus, headers: [[RESET, value]] });

  // Header names in any case, repeated headers (joined with ", " and read by their first value), both headers at once.
  const lower = (name: string) => name.toLowerCase();
  const upper = (name: string) => name.toUpperCase();
  add("header-retry-after-lowercase", { status: windowStatus, headers: [[lower(RETRY_AFTER), "25"]] });
  add("header-retry-after-uppercase", { status: windowStatus, headers: [[upper(RETRY_AFTER), "25"]] });
  add("header-reset-lowercase", { status: windowStatus, headers: [[lower(RESET), seconds(35)]] });
  add("header-retry-after-repeated", {
    status: windowStatus,
    headers: [
      [RETRY_AFTER, "25"],
      [RETRY_AFTER, "90"],
    ],
  });
  add("header-retry-after-repeated-mixed-case", {
    status: windowStatus,
    headers: [
      [lower(RETRY_AFTER), "soon"],
      [RETRY_AFTER, "25"],
    ],
  });
  add("header-retry-after-repeated-dates", {
    status: windowStatus,
    headers: [
      [RETRY_AFTER, imfFixdate(ahead(70))],
      [RETRY_AFTER, imfFixdate(ahead(10))],
    ],
  });
  add("header-reset-repeated", {
    status: windowStatus,
    headers: [
      [RESET, seconds(35)],
      [lower(RESET), seconds(80)],
    ],
  });
  add("header-reset-repeated-first-bad", {
    status: windowStatus,
    headers: [
      [RESET, "later"],
      [RESET, seconds(80)],
    ],
  });
  add("header-both-retry-after-later", {
    status: windowStatus,
    headers: [
      [RETRY_AFTER, "90"],
      [RESET, seconds(30)],
    ],
  });
  add("header-both-reset-later", {
    status: windowStatus,
    headers: [
      [RETRY_AFTER, "30"],
      [RESET, seconds(90)],
    ],
  });
  add("header-both-equal", {
    status: windowStatus,
    headers: [
      [RESET, seconds(60)],
      [RETRY_AFTER, "60"],
    ],
  });
  add("header-both-one-over-ceiling", {
    status: windowStatus,
    headers: [
      [RETRY_AFTER, "30"],
      [RESET, seconds(maxWaitMs / 1000 + 30)],
    ],
  });
  add("header-both-past", {
    status: windowStatus,
    headers: [
      [RETRY_AFTER, imfFixdate(ahead(-30))],
      [RESET, seconds(-30)],
    ],
  });
  add("header-unrelated", {
    status: windowStatus,
    headers: [
      ["X-RateLimit-Remaining", "0"],
      ["X-Request-ID", "req-1"],
    ],
  });
  add("header-retry-after-empty", { status: windowStatus, headers: [[RETRY_AFTER, ""]] });
  // Only the wait-for-window strategy reads the headers: on a backoff status they change nothing.
  add(`header-retry-after-on-${backoffStatuses[0]}`, { status: backoffStatuses[0]!, headers: [[RETRY_AFTER, "120"]] });
  add(`header-reset-on-${backoffStatuses[0]}`, { status: backoffStatuses[0]!, headers: [[RESET, seconds(120)]] });

  // Attempts 0 to past the last with a usable wait, and past the last with a wait over the ceiling.
  for (let attempt = 0; attempt <= maxAttempt; attempt++) add(`window-attempt-${attempt}`, { status: windowStatus, headers: [[RETRY_AFTER, "10"]], attempt });
  add(`window-over-ceiling-attempt-${maxAttempt}`, { status: windowStatus, headers: [[RETRY_AFTER, String(maxWaitMs)]], attempt: maxAttempt });

  // The random source pins the jitter: its ends, and a jitter of exactly half a millisecond (rounded half up).
  for (const random of [0, 0.125, 0.5, 0.999]) {
    for (let attempt = 1; attempt <= policy.backoff.maxRetries; attempt++) add(`jitter-${random}-attempt-${attempt}`, { status: backoffStatuses[0]!, attempt, random });
    add(`jitter-${random}-window`, { status: windowStatus, headers: [[RETRY_AFTER, "10"]], random });
  }
  return cases;
}

export function renderDecisionVectors(root: string = PROJECT_ROOT): string {
  const catalog = JSON.parse(readFileSync(join(root, "generated", "catalog.json"), "utf8")) as Catalog;
  const cases = decisionCases(catalog);
  // One case a line, so that a diff shows which decisions changed.
  return `{\n  "about": ${JSON.stringify(ABOUT)},\n  "cases": [\n${cases.map((c) => `    ${JSON.stringify(c)}`).join(",\n")}\n  ]\n}\n`;
}

if (isMain(import.meta.url)) {
  const path = join(PROJECT_ROOT, DECISIONS_PATH);
  const fresh = renderDecisionVectors();
  if (process.argv.includes("--check")) {
    const current = readFileSync(path, "utf8");
    if (current !== fresh) {
      console.error(`${DECISIONS_PATH} is stale: run npx tsx scripts/vectors/decisions.ts`);
      process.exit(1);
    }
  } else {
    writeFileSync(path, fresh);
    console.log(`wrote ${DECISIONS_PATH}`);
  }
}
