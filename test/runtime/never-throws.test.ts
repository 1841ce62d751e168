// parseApiResponse and adviseRetry are total. Whatever they are fed (proxies whose traps
// throw, revoked proxies, throwing getters, Map or Headers headers, Response-likes that stall or break),
// they return a typed result, never throw, never reject, and settle within a bound.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RestErrorCode, adviseRetry, parseApiResponse, retryPolicy, type ParsedResponse, type RawResponse, type RetryDecision } from "../../src/index.js";

const NOW = Date.UTC(2026, 10, 22, 12, 0, 0);
const KINDS = new Set(["success", "api-error", "invalid-response"]);
const REASONS = new Set(["empty", "not-json", "wrong-shape", "too-large", "unreadable"]);
const ACTIONS = new Set(["retry", "refresh-token", "fail"]);
const FAIL_REASONS = new Set(["not-an-error", "not-retryable", "attempts-exhausted", "refresh-already-tried", "wait-too-long", "invalid-attempt"]);
const MAX_DELAY = Math.max(retryPolicy.rateLimit.maxWaitMs + retryPolicy.backoff.jitterMaxMs, retryPolicy.backoff.maxDelayMs);

function checkParsed(r: ParsedResponse): void {
  expect(KINDS.has(r.kind), r.kind).toBe(true);
  expect(typeof r.status).toBe("number");
  if (r.kind === "invalid-response") {
    expect(REASONS.has(r.reason), r.reason).toBe(true);
    expect(typeof r.detail).toBe("string");
  }
  if (r.kind === "api-error") {
    expect(typeof r.code).toBe("string");
    expect(typeof r.message).toBe("string");
    if (r.detailsMatch === false) expect(r.detailsProblems?.every((p) => typeof p === "string")).toBe(true);
  }
}

function checkDecision(d: RetryDecision): void {
  expect(ACTIONS.has(d.action), d.action).toBe(true);
  if (d.action === "retry") {
    expect(d.delayMs).toBeGreaterThanOrEqual(0);
    expect(d.delayMs).toBeLessThanOrEqual(MAX_DELAY);
  }
  if (d.action === "fail") expect(FAIL_REASONS.has(d.reason), d.reason).toBe(true);
}

const boom = () => {
  throw new Error("hostile");
};
/** A proxy whose every trap throws: its handler is itself a proxy that answers every trap name with a thrower. */
const throwingProxy = () => new Proxy({}, new Proxy({}, { get: () => boom }));
const revokedProxy = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};
/** An object whose listed keys are getters that answer `good` reads, then throw. */
const withThrowingGetters = (base: Record<string, unknown>, keys: string[], good: number) => {
  const out: Record<string, unknown> = { ...base };
  for (const key of keys) {
    let reads = 0;
    const value = base[key];
    Object.defineProperty(out, key, { enumerable: true, get: () => (reads++ < good ? value : boom()) });
  }
  return out;
};

// fast-check inspects the values it generates (and prints them on failure), which a hostile value
// would break; so the arbitraries generate recipes, and `build` makes the hostile values in the test.
class Make {
  constructor(readonly make: () => unknown) {}
}
const make = (f: () => unknown) => new Make(f);

function build(value: unknown): unknown {
  if (value instanceof Make) return value.make();
  if (Array.isArray(value)) return value.map(build);
  if (value !== null && typeof value === "object") {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return value;
    const out: Record<string, unknown> = Object.create(proto);
    for (const key of Object.keys(value)) out[key] = build((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(make(throwingProxy)),
  fc.constant(make(revokedProxy)),
  fc.constant(make(() => Object.create({ success: true, data: 1 }))),
  fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true, withBoxedValues: true }),
);

const code = fc.oneof(fc.constantFrom(...Object.values(RestErrorCode)), fc.string());
const envelopeValue = fc.oneof(
  fc.record({ success: fc.constant(true), data: fc.oneof(fc.jsonValue(), hostile) }),
  fc.record({
    success: fc.constant(false),
    error: fc.oneof(
      fc.record({ code: fc.oneof(code, hostile), message: fc.oneof(fc.string(), hostile), details: fc.oneof(fc.dictionary(fc.string(), fc.jsonValue()), hostile) }, { requiredKeys: [] }),
      hostile,
    ),
  }),
);
const envelopeish = fc.oneof(
  envelopeValue,
  fc.record({ success: fc.constant(false), error: fc.record({ code, message: fc.string(), details: fc.dictionary(fc.string(), fc.jsonValue()) }) }).map((v) => JSON.stringify(v)),
  fc.tuple(envelopeValue, fc.subarray(["success", "error", "data"]), fc.nat(2)).map(([v, keys, good]) => make(() => withThrowingGetters(build(v) as Record<string, unknown>, keys, good))),
  fc.string(),
  hostile,
);

const headerName = fc.constantFrom("Retry-After", "retry-after", "X-RateLimit-Reset", "x-request-id", "X-Request-ID", "Content-Type");
const headerValue = fc.oneof(fc.string(), fc.nat().map(String), fc.constantFrom("Sun, 22 Nov 2026 12:00:45 GMT", "5, 5", String(NOW + 30_000), String(NOW / 1000 + 30), "garbage 2030"));
const headerPairs = fc.array(fc.tuple(headerName, headerValue), { maxLength: 4 });
const toHeaders = (pairs: Array<[string, string]>) => {
  const h = new Headers();
  for (const [k, v] of pairs) {
    try {
      h.append(k, v);
    } catch {
      // A value Headers refuses (a control character): leave it out.
    }
  }
  return h;
};
const fetchHeaders = headerPairs.map((pairs) => make(() => toHeaders(pairs)));
const headers = fc.oneof(
  headerPairs.map((pairs) => Object.fromEntries(pairs) as Record<string, string>),
  headerPairs.map((pairs) => make(() => new Map(pairs))),
  fetchHeaders,
  fc.constant(make(() => ({ get: boom }))),
  hostile,
);

const status = fc.oneof(fc.constantFrom(200, 204, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504), fc.integer({ min: 100, max: 599 }), hostile);

const rawResponse = fc
  .tuple(fc.record({ status, headers, body: envelopeish }, { requiredKeys: [] }), fc.subarray(["status", "headers", "body"]))
  .map(([r, throwing]) => make(() => withThrowingGetters(build(r) as Record<string, unknown>, throwing, 0)));

/** A body stream: chunks then end, an error, a stall, or chunks that are no bytes. */
const stream = fc.oneof(
  fc.array(fc.uint8Array({ maxLength: 64 }), { maxLength: 5 }).map((chunks) =>
    make(
      () =>
        new ReadableStream<Uint8Array>({
          start: (c) => {
            for (const x of chunks) c.enqueue(x);
            c.close();
          },
        }),
    ),
  ),
  fc.string().map((t) => make(() => new Response(t).body)),
  fc.constant(make(() => new ReadableStream<Uint8Array>({ start: (c) => c.error(new Error("reset")) }))),
  fc.constant(make(() => new ReadableStream<Uint8Array>({ pull: () => new Promise<void>(() => {}) }))),
  fc.constant(
    make(
      () =>
        new ReadableStream<unknown>({
          start: (c) => {
            c.enqueue(42);
            c.close();
          },
        }),
    ),
  ),
  fc.constant(make(() => ({ getReader: boom }))),
  fc.constant(null),
  hostile,
);
const text = fc.oneof(
  envelopeish.map((b) => make(() => () => Promise.resolve(build(b)))),
  fc.constant(make(() => () => Promise.reject(new Error("text")))),
  fc.constant(make(() => () => new Promise<string>(() => {}))),
  fc.constant(make(() => boom)),
);

const responseLike = fc
  .record({
    status: fc.integer({ min: 100, max: 599 }),
    headers: fc.oneof(fetchHeaders, fc.constant({ get: () => null })),
    body: stream,
    text,
    cloneKind: fc.constantFrom("self", "none", "throws", "garbage"),
  })
  .map(({ cloneKind, ...r }) =>
    make(() => {
      const like = build(r) as Record<string, unknown>;
      if (cloneKind === "self") like.clone = () => like;
      if (cloneKind === "throws") like.clone = boom;
      if (cloneKind === "garbage") like.clone = () => revokedProxy();
      return like;
    }),
  );

const attempt = fc.oneof(fc.integer({ min: -1, max: 7 }), fc.constantFrom(NaN, Infinity, 1.5), hostile);

describe("parseApiResponse and adviseRetry are total", () => {
  it("never throw on any raw response, and answer synchronously with a typed result", () => {
    fc.assert(
      fc.property(fc.oneof(rawResponse, hostile), attempt, (recipe, n) => {
        const response = build(recipe) as RawResponse;
        const parsed = parseApiResponse(response);
        expect(parsed).not.toBeInstanceOf(Promise);
        checkParsed(parsed);
        const decision = adviseRetry(response, build(n) as number, NOW, { random: () => 0.5 });
        expect(decision).not.toBeInstanceOf(Promise);
        checkDecision(decision);
      }),
      { numRuns: 1000 },
    );
  });

  it("never reject on any Response-like, and settle within the deadline", async () => {
    const BOUND_MS = 2000;
    const bounded = <T>(p: Promise<T>): Promise<T> => Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`did not settle within ${BOUND_MS} ms`)), BOUND_MS))]);
    await fc.assert(
      fc.asyncProperty(responseLike, attempt, async (recipe, n) => {
        const response = build(recipe) as Response;
        checkParsed(await bounded(parseApiResponse(response, { timeoutMs: 25 })));
        checkDecision(await bounded(adviseRetry(response, build(n) as number, NOW, { random: () => 0.5, parse: { timeoutMs: 25 } })));
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
