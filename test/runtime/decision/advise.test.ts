// adviseRetry and what it is made of: the backoff schedule, the rate-limit headers, the decision.
import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { adviseRetry, rateLimitWaitMs, retryDelayMs, retryPolicy, type RawResponse, type RetryDecision } from "../../../src/index.js";
import { parseHttpDate } from "../../../src/http/http-date.js";

const envelope = (code: string, message = "m") => JSON.stringify({ success: false, error: { code, message } });
const NOW = Date.UTC(2026, 10, 22, 12, 0, 0);

describe("retryDelayMs", () => {
  it("follows the page's schedule: 1, 2, 4, 8, 16 s plus 0-500 ms", () => {
    expect([1, 2, 3, 4, 5].map((a) => retryDelayMs(a, () => 0))).toEqual([1000, 2000, 4000, 8000, 16000]);
    expect([1, 2, 3, 4, 5].map((a) => retryDelayMs(a, () => 0.999999))).toEqual([1500, 2500, 4500, 8500, 16500]);
  });

  it("does not retry past the fifth attempt, or for nonsense attempts", () => {
    for (const a of [6, 7, 100, 0, -1, 1.5, NaN, Infinity]) expect(retryDelayMs(a), String(a)).toBeUndefined();
  });

  it("clamps a broken random source instead of trusting it", () => {
    expect(retryDelayMs(1, () => NaN)).toBe(1000);
    expect(retryDelayMs(1, () => -5)).toBe(1000);
    expect(retryDelayMs(1, () => 7)).toBe(1500);
    expect(
      retryDelayMs(1, () => {
        throw new Error("no entropy");
      }),
    ).toBe(1000);
  });

  it("every delay lies within the documented bounds (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (attempt, r) => {
        const delay = retryDelayMs(attempt, () => r)!;
        const base = 1000 * 2 ** (attempt - 1);
        expect(delay).toBeGreaterThanOrEqual(base);
        expect(delay).toBeLessThanOrEqual(Math.min(base + 500, retryPolicy.backoff.maxDelayMs));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("adviseRetry", () => {
  const advise = (response: RawResponse, attempt = 1, options = {}) => adviseRetry(response, attempt, NOW, { random: () => 0, ...options });

  it("retries 500, 502 and 503 with backoff", () => {
    for (const status of [500, 502, 503]) expect(advise({ status, body: "upstream hiccup" })).toEqual({ action: "retry", delayMs: 1000, basis: "backoff" });
    expect(advise({ status: 502, body: envelope("UPSTREAM_ERROR") }, 3)).toEqual({ action: "retry", delayMs: 4000, basis: "backoff" });
  });

  it("fails 400, 401, 403, 404, 409 and 422", () => {
    for (const status of [400, 401, 403, 404, 409, 422]) expect(advise({ status, body: "" }).action, String(status)).toBe("fail");
    expect(advise({ status: 401, body: envelope("TOKEN_INVALID") })).toMatchObject({ action: "fail", reason: "not-retryable" });
  });

  it("fails statuses the policy does not list, and successes", () => {
    expect(advise({ status: 504, body: "" })).toMatchObject({ action: "fail", reason: "not-retryable" });
    expect(advise({ status: 200, body: '{"success":true,"data":1}' })).toMatchObject({ action: "fail", reason: "not-an-error" });
  });

  it("asks for a token refresh on the first TOKEN_EXPIRED only", () => {
    const expired = { status: 401, body: envelope("TOKEN_EXPIRED") };
    expect(advise(expired)).toEqual({ action: "refresh-token" });
    expect(advise(expired, 2, { tokenRefreshed: true })).toMatchObject({ action: "fail", reason: "refresh-already-tried" });
  });

  it("lets the catalog's code-level override win over the status rule", () => {
    // QUOTA_EXCEEDED is a 429, which the status rule retries; the catalog says a quota window outlasts any backoff.
    expect(advise({ status: 429, body: envelope("QUOTA_EXCEEDED") })).toMatchObject({ action: "fail", reason: "not-retryable" });
    expect(advise({ status: 429, body: envelope("RATE_LIMITED") }).action).toBe("retry");
  });

  it("stops after five retries", () => {
    expect(advise({ status: 503, body: "" }, 5).action).toBe("retry");
    expect(advise({ status: 503, body: "" }, 6)).toMatchObject({ action: "fail", reason: "attempts-exhausted" });
  });

  it("honours X-RateLimit-Reset (Unix seconds) and Retry-After (seconds or HTTP date) on 429", () => {
    const reset = String(NOW / 1000 + 30);
    expect(advise({ status: 429, headers: { "X-RateLimit-Reset": reset }, body: envelope("RATE_LIMITED") })).toEqual({ action: "retry", delayMs: 30000, basis: "rate-limit-reset" });
    expect(advise({ status: 429, headers: new Headers({ "retry-after": "12" }), body: "" })).toEqual({ action: "retry", delayMs: 12000, basis: "retry-after" });
    const date = new Date(NOW + 45_000).toUTCString();
    expect(advise({ status: 429, headers: { "Retry-After": date }, body: "Too Many Requests" })).toEqual({ action: "retry", delayMs: 45000, basis: "retry-after" });
    // Both: the later of the two is the safe one.
    expect(advise({ status: 429, headers: { "Retry-After": "5", "X-RateLimit-Reset": reset }, body: "" })).toMatchObject({ delayMs: 30000 });
  });

  it("handles a reset in the past or absurdly far ahead sensibly", () => {
    const past = String(NOW / 1000 - 3600);
    expect(advise({ status: 429, headers: { "X-RateLimit-Reset": past }, body: "" })).toEqual({ action: "retry", delayMs: 1000, basis: "backoff" });
    const farAhead = String(NOW / 1000 + 30 * 24 * 3600);
    expect(advise({ status: 429, headers: { "X-RateLimit-Reset": farAhead }, body: "" })).toMatchObject({ action: "fail", reason: "wait-too-long" });
    for (const garbage of ["soon", "-5", "1e309", "", "NaN"]) {
      expect(advise({ status: 429, headers: { "X-RateLimit-Reset": garbage, "Retry-After": garbage }, body: "" }), garbage).toEqual({ action: "retry", delayMs: 1000, basis: "backoff" });
    }
  });

  it("never advises a retry for a non-retryable status (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...retryPolicy.statuses.nonRetryable),
        fc.oneof(fc.string(), fc.constantFrom(envelope("RATE_LIMITED"), envelope("INTERNAL_ERROR"), envelope("NEW_CODE"), envelope("VALIDATION_ERROR"))),
        fc.integer({ min: -2, max: 10 }),
        fc.dictionary(fc.constantFrom("Retry-After", "X-RateLimit-Reset", "x-request-id"), fc.string()),
        (status, body, attempt, headers) => {
          // TOKEN_EXPIRED's refresh is a documented exception to the 401 rule, not a retry.
          expect(adviseRetry({ status, headers, body }, attempt, NOW).action).not.toBe("retry");
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("never throws, and every retry delay stays within bounds (property)", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.double(), (response, attempt, now) => {
        const decision = adviseRetry(response as RawResponse, attempt as number, now);
        if (decision.action === "retry") {
          expect(decision.delayMs).toBeGreaterThanOrEqual(0);
          expect(decision.delayMs).toBeLessThanOrEqual(retryPolicy.rateLimit.maxWaitMs + retryPolicy.backoff.jitterMaxMs);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("rateLimitWaitMs ignores unusable headers", () => {
    expect(rateLimitWaitMs(undefined, NOW)).toBeUndefined();
    expect(rateLimitWaitMs({ "Retry-After": "0" }, NOW)).toBeUndefined();
  });
});

describe("adviseRetry on what servers and clients really send", () => {
  const advise = (response: RawResponse, attempt = 1, options = {}) => adviseRetry(response, attempt, NOW, { random: () => 0, ...options });
  const expiredWith = (details: unknown) => JSON.stringify({ success: false, error: { code: "TOKEN_EXPIRED", message: "m", details } });

  it("TOKEN_EXPIRED with details unlike the page's example still asks for a refresh", () => {
    for (const details of [{ expiredAt: "2026-02-08T11:30:00Z" }, { expiredAt: "2026-02-08T11:30:00", tokenType: "access" }, { expiredAt: 1770550200 }]) {
      expect(advise({ status: 401, body: expiredWith(details) }), JSON.stringify(details)).toEqual({ action: "refresh-token" });
    }
  });

  it("adviseRetry accepts a fetch Response and resolves with the decision", async () => {
    const pending = adviseRetry(new Response("Service Unavailable", { status: 503 }), 1, NOW, { random: () => 0 });
    expect(pending).toBeInstanceOf(Promise);
    expect(await pending).toEqual({ action: "retry", delayMs: 1000, basis: "backoff" });
    const limited = new Response(envelope("RATE_LIMITED"), { status: 429, headers: { "Retry-After": "7" } });
    expect(await adviseRetry(limited, 1, NOW, { random: () => 0 })).toEqual({ action: "retry", delayMs: 7000, basis: "retry-after" });
    // The caller's body is still readable.
    expect(JSON.parse(await limited.text()).error.code).toBe("RATE_LIMITED");
    expect(await adviseRetry(new Response(envelope("TOKEN_EXPIRED"), { status: 401 }), 1)).toEqual({ action: "refresh-token" });
    // The overloads: a Response gives a Promise, an already-read response the decision itself.
    expectTypeOf(adviseRetry(new Response(""), 1)).toEqualTypeOf<Promise<RetryDecision>>();
    expectTypeOf(adviseRetry({ status: 503 }, 1)).toEqualTypeOf<RetryDecision>();
  });

  it("a known code at a foreign status gets the more cautious answer", () => {
    expect(retryPolicy.codeStatusConflict).toMatchObject({ rule: "most-cautious", basis: "inferred" });
    // QUOTA_EXCEEDED is no-retry by its own advice; a 503 alone would be retried.
    expect(advise({ status: 503, body: envelope("QUOTA_EXCEEDED") })).toMatchObject({ action: "fail", reason: "not-retryable" });
    expect(advise({ status: 500, body: envelope("WEAK_PASSWORD") })).toMatchObject({ action: "fail", reason: "not-retryable" });
    // A retryable code under a non-retryable status: the status's no-retry wins, as before.
    expect(advise({ status: 401, body: envelope("RATE_LIMITED") })).toMatchObject({ action: "fail", reason: "not-retryable" });
    // Both would retry: the status's rule sets the wait.
    expect(advise({ status: 503, body: envelope("RATE_LIMITED") })).toEqual({ action: "retry", delayMs: 1000, basis: "backoff" });
  });

  it("the attempt is validated first, on every path", async () => {
    for (const attempt of [NaN, 0, -1, 1.5, Infinity, "1" as unknown as number, undefined as unknown as number]) {
      expect(adviseRetry({ status: 401, body: envelope("TOKEN_EXPIRED") }, attempt, NOW), String(attempt)).toMatchObject({ action: "fail", reason: "invalid-attempt" });
      expect(adviseRetry({ status: 200, body: '{"success":true,"data":1}' }, attempt, NOW)).toMatchObject({ reason: "invalid-attempt" });
      expect(adviseRetry({ status: 400, body: "" }, attempt, NOW)).toMatchObject({ reason: "invalid-attempt" });
      expect(await adviseRetry(new Response("", { status: 503 }), attempt)).toMatchObject({ reason: "invalid-attempt" });
    }
  });

  it("Retry-After accepts only delay-seconds and the three HTTP-date forms", () => {
    const at = (s: string) => advise({ status: 429, headers: { "Retry-After": s }, body: "" });
    // NOW is Sunday 22 Nov 2026 12:00:00 GMT.
    for (const date of ["Sun, 22 Nov 2026 12:00:45 GMT", "Sunday, 22-Nov-26 12:00:45 GMT", "Sun Nov 22 12:00:45 2026"]) {
      expect(at(date), date).toEqual({ action: "retry", delayMs: 45000, basis: "retry-after" });
    }
    const garbage = [
      "garbage 2030",
      "+5",
      "5.5",
      "-5",
      "5s",
      "0x10",
      "Sun, 31 Nov 2026 12:00:45 GMT",
      "Sun, 22 Foo 2026 12:00:45 GMT",
      "Sul, 22 Nov 2026 12:00:45 GMT",
      "Sun, 22 Nov 2026 24:00:45 GMT",
      "Sun, 22 Nov 2026 12:60:45 GMT",
      "Sun, 22 Nov 2026 12:00:45 UTC",
      "sun, 22 nov 2026 12:00:45 gmt",
      "Sun, 22 Nov 2026 12:00:45 GMT garbage",
      "Sun, 2 Nov 2026 12:00:45 GMT",
      "Sun Nov 22 12:00:45 2026 GMT",
      "2026-11-22T12:00:45Z",
      "Tomorrow, 22-Nov-26 12:00:45 GMT",
    ];
    for (const value of garbage) expect(at(value), value).toEqual({ action: "retry", delayMs: 1000, basis: "backoff" });
    // Plain digits are delay-seconds: 2030 s is past the 5-minute ceiling.
    expect(at("2030")).toMatchObject({ action: "fail", reason: "wait-too-long" });
    expect(parseHttpDate("Sun Nov  6 08:49:37 1994")).toBe(Date.UTC(1994, 10, 6, 8, 49, 37));
    expect(parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT", NOW)).toBe(Date.UTC(1994, 10, 6, 8, 49, 37));
    expect(parseHttpDate("Thu, 29 Feb 2024 00:00:00 GMT")).toBe(Date.UTC(2024, 1, 29));
    expect(parseHttpDate("Sat, 29 Feb 2025 00:00:00 GMT")).toBeUndefined();
  });

  it("a comma-joined Retry-After gives its first element", () => {
    const at = (s: string) => advise({ status: 429, headers: { "Retry-After": s }, body: "" });
    expect(at("5, 5")).toEqual({ action: "retry", delayMs: 5000, basis: "retry-after" });
    const repeated = new Headers();
    repeated.append("Retry-After", "8");
    repeated.append("Retry-After", "9");
    expect(advise({ status: 429, headers: repeated, body: "" })).toEqual({ action: "retry", delayMs: 8000, basis: "retry-after" });
    // IMF-fixdate has its own comma: the first element is the whole first date.
    expect(at("Sun, 22 Nov 2026 12:00:45 GMT, Sun, 22 Nov 2026 12:00:50 GMT")).toEqual({ action: "retry", delayMs: 45000, basis: "retry-after" });
  });

  it("X-RateLimit-Reset in milliseconds is detected by the policy's threshold", () => {
    expect(retryPolicy.rateLimit.resetMillisecondsFrom).toBeGreaterThan(0);
    expect(advise({ status: 429, headers: { "X-RateLimit-Reset": String(NOW + 30_000) }, body: "" })).toEqual({ action: "retry", delayMs: 30000, basis: "rate-limit-reset" });
    expect(advise({ status: 429, headers: { "X-RateLimit-Reset": String(NOW / 1000 + 30) }, body: "" })).toEqual({ action: "retry", delayMs: 30000, basis: "rate-limit-reset" });
    expect(rateLimitWaitMs({ "X-RateLimit-Reset": String(NOW + 30_000) }, NOW)).toEqual({ waitMs: 30000, basis: "rate-limit-reset" });
  });

  it("headers given as a Map are read, case-insensitively", () => {
    const headers = new Map([["retry-after", "7"]]);
    expect(advise({ status: 429, headers, body: "" })).toEqual({ action: "retry", delayMs: 7000, basis: "retry-after" });
    expect(rateLimitWaitMs(new Map([["X-RateLimit-Reset", String(NOW / 1000 + 20)]]), NOW)).toEqual({ waitMs: 20000, basis: "rate-limit-reset" });
  });

  it("hostile inputs never make adviseRetry throw or reject", async () => {
    const throwingEverywhere = new Proxy(
      {},
      new Proxy(
        {},
        {
          get: () => () => {
            throw new Error("trap");
          },
        },
      ),
    );
    const { proxy: revoked, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const input of [throwingEverywhere, revoked]) {
      expect(() => adviseRetry(input as RawResponse, 1, NOW)).not.toThrow();
      expect(adviseRetry(input as RawResponse, 1, NOW).action).toBe("fail");
      expect(() => adviseRetry({ status: 429, headers: input as never, body: "" }, 1, NOW)).not.toThrow();
      expect(() => adviseRetry({ status: 429, body: "" }, 1, NOW, input as never)).not.toThrow();
      expect(() => rateLimitWaitMs(input as never, NOW)).not.toThrow();
    }
    // A headers getter that throws: read once, treated as no headers.
    const noHeaders = {
      status: 429,
      get headers(): never {
        throw new Error("headers");
      },
      body: envelope("RATE_LIMITED"),
    };
    expect(advise(noHeaders)).toEqual({ action: "retry", delayMs: 1000, basis: "backoff" });
    const brokenResponse = {
      status: 503,
      headers: new Headers(),
      text: () => Promise.reject(new Error("x")),
      clone: () => {
        throw new Error("clone");
      },
    };
    await expect(adviseRetry(brokenResponse, 1, NOW, { random: () => 0 })).resolves.toEqual({ action: "retry", delayMs: 1000, basis: "backoff" });
  });
});
