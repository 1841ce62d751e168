import fc from "fast-check";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { ApiError, RestErrorCode, parseApiResponse, type ParsedResponse, type RawResponse } from "../../../src/index.js";
import { ROOT } from "../../support/fixtures.js";

const VECTORS = join(ROOT, "test", "vectors", "envelopes");
const text = (name: string) => readFileSync(join(VECTORS, `${name}.json`), "utf8");

describe("parseApiResponse", () => {
  it("reads the page's success example", () => {
    const r = parseApiResponse({ status: 200, headers: { "X-Request-ID": "req-1" }, body: text("success") });
    expect(r).toMatchObject({ kind: "success", status: 200, requestId: "req-1", data: { id: "usr_abc123" } });
  });

  it.each(["validation-error", "token-expired", "weak-password", "device-limit-reached", "subscription-expired"])("reads the page's %s example with its catalog entry", (name) => {
    const body = JSON.parse(text(name));
    const status = { "validation-error": 400, "token-expired": 401, "weak-password": 422, "device-limit-reached": 409, "subscription-expired": 403 }[name]!;
    for (const input of [text(name), body]) {
      const r = parseApiResponse({ status, headers: new Headers({ "x-request-id": "abc" }), body: input });
      expect(r.kind).toBe("api-error");
      if (r.kind !== "api-error") return;
      expect(r.code).toBe(body.error.code);
      expect(r.message).toBe(body.error.message);
      expect(r.details).toEqual(body.error.details);
      expect(r.requestId).toBe("abc");
      expect(r.entry?.name).toBe(body.error.code);
      expect(r.entry?.httpStatus).toBe(status);
    }
  });

  it("keeps an unknown code as its raw string, without an entry", () => {
    const r = parseApiResponse({ status: 418, body: text("unknown-code") });
    expect(r).toMatchObject({ kind: "api-error", code: "ACCOUNT_FROZEN" });
    expect(r.kind === "api-error" && r.entry).toBeUndefined();
  });

  it.each([
    ["plain text from a proxy", 502, "Bad Gateway", "not-json"],
    ["an HTML error page", 503, "<html><body><h1>503 Service Unavailable</h1></body></html>", "not-json"],
    ["an empty body", 500, "", "empty"],
    ["whitespace", 429, "  \n", "empty"],
    ["no body at all", 500, undefined, "empty"],
    ["invalid JSON", 500, '{"success": false, "error": ', "not-json"],
    ["the wrong shape", 500, '{"ok": false}', "wrong-shape"],
    ["a JSON string", 500, '"error"', "wrong-shape"],
    ["an array", 200, "[1,2,3]", "wrong-shape"],
    ["success without data", 200, '{"success": true}', "wrong-shape"],
    ["an oversized body", 200, `{"success":true,"data":"${"x".repeat(1024 * 1024)}"}`, "too-large"],
    ["a binary body", 200, new Uint8Array([123, 125]), "not-json"],
  ])("flags %s as an invalid response", (_, status, body, reason) => {
    const r = parseApiResponse({ status, body });
    expect(r).toMatchObject({ kind: "invalid-response", status, reason });
  });

  it("accepts an empty 204 as a success with no data", () => {
    expect(parseApiResponse({ status: 204, body: "" })).toEqual({ kind: "success", status: 204, data: undefined });
  });

  it("reads a fetch Response without consuming the caller's body", async () => {
    const response = new Response(text("token-expired"), { status: 401, headers: { "X-Request-ID": "r-9" } });
    const r = await parseApiResponse(response);
    expect(r).toMatchObject({ kind: "api-error", code: RestErrorCode.TOKEN_EXPIRED, requestId: "r-9" });
    expect(JSON.parse(await response.text()).error.code).toBe("TOKEN_EXPIRED");
  });

  it("reports an already-consumed Response as unreadable instead of rejecting", async () => {
    const response = new Response("{}", { status: 500 });
    await response.text();
    expect(await parseApiResponse(response)).toMatchObject({ kind: "invalid-response", reason: "unreadable" });
  });

  it("ApiError carries the same fields", () => {
    const r = parseApiResponse({ status: 429, headers: { "x-request-id": "q" }, body: '{"success":false,"error":{"code":"QUOTA_EXCEEDED","message":"Quota"}}' });
    if (r.kind !== "api-error") throw new Error("expected an API error");
    const error = new ApiError(r);
    expect(error).toBeInstanceOf(Error);
    expect([error.name, error.message, error.status, error.code, error.requestId, error.retryable]).toEqual(["ApiError", "Quota", 429, "QUOTA_EXCEEDED", "q", false]);
    expect(error.entry?.retry.override).toMatch(/quota/i);
  });
});

describe("parseApiResponse never throws (property tests)", () => {
  const kinds = new Set(["success", "api-error", "invalid-response"]);
  const check = (r: ParsedResponse): void => {
    expect(kinds.has(r.kind)).toBe(true);
  };

  it("for any JSON value as the body, parsed or as text", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 100, max: 599 }), (value, status) => {
        check(parseApiResponse({ status, body: value }));
        check(parseApiResponse({ status, body: JSON.stringify(value) ?? "" }));
      }),
      { numRuns: 500 },
    );
  });

  it("for anything at all in place of the response", () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true }), (value) => {
        check(parseApiResponse(value as RawResponse));
        check(parseApiResponse({ status: 500, headers: value as never, body: value }));
      }),
      { numRuns: 500 },
    );
  });

  it("for envelope-like bodies with arbitrary parts", () => {
    const envelope = fc.record(
      {
        success: fc.oneof(fc.boolean(), fc.anything()),
        data: fc.anything(),
        error: fc.record({ code: fc.oneof(fc.constantFrom(...Object.values(RestErrorCode)), fc.string()), message: fc.anything(), details: fc.anything() }, { requiredKeys: [] }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(envelope, (body) => {
        check(parseApiResponse({ status: 400, body }));
      }),
      { numRuns: 500 },
    );
  });

  it("for deep nesting and huge strings", () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    check(parseApiResponse({ status: 500, body: deep }));
    const nested: Record<string, unknown> = {};
    let cursor = nested;
    for (let i = 0; i < 10_000; i++) cursor = cursor.next = {};
    check(parseApiResponse({ status: 200, body: { success: true, data: nested } }));
    check(parseApiResponse({ status: 400, body: { success: false, error: { code: "X", message: "m", details: nested } } }));
    expect(parseApiResponse({ status: 500, body: "x".repeat(20 * 1024 * 1024) })).toMatchObject({ reason: "too-large" });
  });

  it("for hostile header objects", () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("boom");
        },
        get: () => {
          throw new Error("boom");
        },
      },
    );
    check(parseApiResponse({ status: 500, headers: hostile as never, body: "{}" }));
    check(
      parseApiResponse({
        status: 500,
        headers: {
          get: () => {
            throw new Error("boom");
          },
        },
        body: "{}",
      }),
    );
  });
});

describe("parseApiResponse on what servers really send", () => {
  const expired = (details: unknown) => ({ success: false, error: { code: "TOKEN_EXPIRED", message: "Your access token has expired.", details } });

  it("the shape of details never decides the kind: TOKEN_EXPIRED and DEVICE_LIMIT_REACHED variants stay api-errors", () => {
    const variants: Array<[string, number, unknown]> = [
      ["no tokenType", 401, expired({ expiredAt: "2026-02-08T11:30:00Z" })],
      ["expiredAt without a time zone", 401, expired({ expiredAt: "2026-02-08T11:30:00", tokenType: "access" })],
      ["expiredAt as Unix seconds", 401, expired({ expiredAt: 1770550200, tokenType: "access" })],
      ["details as an array", 401, expired(["not", "an", "object"])],
      ["DEVICE_LIMIT_REACHED without plan", 409, { success: false, error: { code: "DEVICE_LIMIT_REACHED", message: "m", details: { currentDevices: 5, maxDevices: 5 } } }],
      ["DEVICE_LIMIT_REACHED with a count as text", 409, { success: false, error: { code: "DEVICE_LIMIT_REACHED", message: "m", details: { currentDevices: "5", maxDevices: 5, plan: "standard" } } }],
    ];
    for (const [name, status, body] of variants) {
      for (const input of [body, JSON.stringify(body)]) {
        const r = parseApiResponse({ status, body: input });
        expect(r, name).toMatchObject({ kind: "api-error", detailsMatch: false });
        if (r.kind !== "api-error") continue;
        expect(r.entry?.name, name).toBe((body as { error: { code: string } }).error.code);
        expect(r.detailsProblems?.length, name).toBeGreaterThan(0);
      }
    }
    const missing = parseApiResponse({ status: 401, body: expired({ expiredAt: "2026-02-08T11:30:00Z" }) });
    expect(missing.kind === "api-error" && missing.detailsProblems?.join("; ")).toMatch(/tokenType/);
  });

  it("the page's examples, and an extra field, match their details shape", () => {
    for (const name of ["validation-error", "token-expired", "weak-password", "device-limit-reached", "subscription-expired"]) {
      const r = parseApiResponse({ status: 400, body: text(name) });
      expect(r, name).toMatchObject({ kind: "api-error", detailsMatch: true });
      expect(r.kind === "api-error" && r.detailsProblems, name).toBeUndefined();
    }
    const extra = JSON.parse(text("device-limit-reached"));
    extra.error.details.registeredAt = "2026-01-01T00:00:00Z";
    expect(parseApiResponse({ status: 409, body: extra })).toMatchObject({ kind: "api-error", detailsMatch: true, details: { registeredAt: "2026-01-01T00:00:00Z" } });
    // An unknown code has no documented shape to match.
    const unknown = parseApiResponse({ status: 418, body: text("unknown-code") });
    expect(unknown.kind === "api-error" && "detailsMatch" in unknown).toBe(false);
  });

  it("the wrong-shape detail names the real problem", () => {
    const cases: Array<[unknown, string]> = [
      [{ success: false, error: { code: 123 } }, "/error/code must be a string"],
      [{ success: false, error: { code: "X" } }, "/error must have required property 'message'"],
      [{ success: false, error: { code: "X", message: 5 } }, "/error/message must be a string"],
      [{ success: false, error: "boom" }, "/error must be an object"],
      [{ success: false }, "must have required property 'error'"],
      [{ success: "yes", data: 1 }, "/success must be a boolean"],
      [{ success: true }, "must have required property 'data'"],
    ];
    for (const [body, detail] of cases) {
      const r = parseApiResponse({ status: 400, body });
      expect(r, JSON.stringify(body)).toMatchObject({ kind: "invalid-response", reason: "wrong-shape" });
      expect(r.kind === "invalid-response" && r.detail, JSON.stringify(body)).toContain(detail);
    }
  });

  it("a repeated X-Request-ID gives the first, and Map headers are read case-insensitively", () => {
    const headers = new Headers();
    headers.append("X-Request-ID", "first");
    headers.append("X-Request-ID", "second");
    expect(parseApiResponse({ status: 200, headers, body: text("success") })).toMatchObject({ requestId: "first" });
    expect(parseApiResponse({ status: 200, headers: { "x-request-id": "a, b" }, body: text("success") })).toMatchObject({ requestId: "a" });
    expect(parseApiResponse({ status: 200, headers: { "X-Request-Id": ["one", "two"] }, body: text("success") })).toMatchObject({ requestId: "one" });
    expect(parseApiResponse({ status: 200, headers: new Map([["X-Request-ID", "m-1"]]), body: text("success") })).toMatchObject({ requestId: "m-1" });
  });

  it("a body that streams for ever ends as too-large, and its stream is cancelled", async () => {
    let cancelled = false;
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    const forever = () => new ReadableStream<Uint8Array>({ pull: (c) => c.enqueue(chunk), cancel: () => void (cancelled = true) });
    const viaResponse = await parseApiResponse(new Response(forever(), { status: 200 }));
    expect(viaResponse).toMatchObject({ kind: "invalid-response", reason: "too-large" });
    // Without clone() the stream itself is read, so the cancel reaches its source.
    const bare = { status: 200, headers: new Headers(), body: forever(), text: () => Promise.reject(new Error("use the stream")) };
    expect(await parseApiResponse(bare, { maxBodyLength: 100_000 })).toMatchObject({ kind: "invalid-response", reason: "too-large" });
    expect(cancelled).toBe(true);
  });

  it("a body that stalls after 2 MiB ends as too-large; one that stalls early ends as unreadable at the deadline", async () => {
    const stallAfter = (bytes: number) => {
      let sent = 0;
      return new ReadableStream<Uint8Array>({
        pull: (c) => {
          if (sent >= bytes) return new Promise<void>(() => {}); // never again
          sent += 256 * 1024;
          c.enqueue(new Uint8Array(256 * 1024).fill(0x61));
        },
      });
    };
    expect(await parseApiResponse(new Response(stallAfter(2 * 1024 * 1024), { status: 200 }))).toMatchObject({ kind: "invalid-response", reason: "too-large" });
    const started = Date.now();
    const r = await parseApiResponse(new Response(stallAfter(1024), { status: 502, headers: { "x-request-id": "s" } }), { timeoutMs: 50 });
    expect(r).toMatchObject({ kind: "invalid-response", reason: "unreadable", status: 502, requestId: "s" });
    expect(r.kind === "invalid-response" && r.detail).toMatch(/50 ms/);
    expect(Date.now() - started).toBeLessThan(2000);
    const controller = new AbortController();
    const pending = parseApiResponse(new Response(stallAfter(1024), { status: 502 }), { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    expect(await pending).toMatchObject({ kind: "invalid-response", reason: "unreadable" });
  });

  it("a multi-byte body split across chunks decodes correctly", async () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ success: true, data: "Сommon ✓ 😀" }));
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (const b of bytes) c.enqueue(new Uint8Array([b]));
        c.close();
      },
    });
    expect(await parseApiResponse(new Response(stream, { status: 200 }))).toMatchObject({ kind: "success", data: "Сommon ✓ 😀" });
  });

  it("a Response from another fetch implementation is recognised by its shape", async () => {
    const json = text("token-expired");
    // A polyfill-style class: not the global Response, with a web stream body.
    class OtherResponse {
      readonly headers = new Headers({ "X-Request-ID": "o-1" });
      constructor(
        readonly status: number,
        private readonly source: string,
      ) {}
      get body() {
        return new Response(this.source).body;
      }
      clone() {
        return new OtherResponse(this.status, this.source);
      }
      text() {
        return Promise.resolve(this.source);
      }
    }
    expect(await parseApiResponse(new OtherResponse(401, json))).toMatchObject({ kind: "api-error", code: "TOKEN_EXPIRED", requestId: "o-1" });
    // node-fetch style: the body is a Node stream (async iterable).
    const nodeFetchLike = { status: 401, headers: new Headers(), body: Readable.from([Buffer.from(json.slice(0, 10)), Buffer.from(json.slice(10))]), text: async () => json };
    expect(await parseApiResponse(nodeFetchLike)).toMatchObject({ kind: "api-error", code: "TOKEN_EXPIRED" });
    // Only text(): read through it, still under the deadline.
    const textOnly = { status: 401, headers: { get: () => null }, text: async () => json };
    expect(await parseApiResponse(textOnly)).toMatchObject({ kind: "api-error", code: "TOKEN_EXPIRED" });
    const stalledText = { status: 503, headers: { get: () => null }, text: () => new Promise<string>(() => {}) };
    expect(await parseApiResponse(stalledText, { timeoutMs: 30 })).toMatchObject({ kind: "invalid-response", reason: "unreadable" });
  });

  it("hostile inputs never make parseApiResponse throw or reject", async () => {
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
      expect(() => parseApiResponse(input as RawResponse)).not.toThrow();
      expect(parseApiResponse(input as RawResponse)).toMatchObject({ kind: "invalid-response" });
      expect(() => parseApiResponse({ status: 400, headers: input as never, body: input })).not.toThrow();
      expect(parseApiResponse({ status: 400, body: { success: false, error: input } })).toMatchObject({ kind: "invalid-response" });
      expect(parseApiResponse({ status: 400, body: { success: false, error: { code: "TOKEN_EXPIRED", message: "m", details: input } } })).toMatchObject({ kind: "api-error", detailsMatch: false });
    }
    // A getter that answers once, then throws: read once, so a second read cannot change the answer.
    let reads = 0;
    const flaky = {
      success: false,
      get error() {
        if (reads++ > 0) throw new Error("second read");
        return { code: "TOKEN_EXPIRED", message: "m" };
      },
    };
    expect(parseApiResponse({ status: 401, body: flaky })).toMatchObject({ kind: "api-error", code: "TOKEN_EXPIRED" });
    expect(
      parseApiResponse({
        status: 401,
        get body(): unknown {
          throw new Error("no body");
        },
      }),
    ).toMatchObject({ kind: "invalid-response", reason: "unreadable" });
    expect(
      parseApiResponse({
        status: 200,
        get headers(): never {
          throw new Error("no headers");
        },
        body: text("success"),
      }),
    ).toMatchObject({ kind: "success" });
    // Response-likes whose parts throw or reject resolve to unreadable.
    const base = { status: 500, headers: new Headers() };
    const broken = [
      {
        ...base,
        text: () => Promise.reject(new Error("x")),
        clone: () => {
          throw new Error("clone");
        },
      },
      { ...base, text: () => Promise.reject(new Error("x")) },
      {
        ...base,
        text: () => {
          throw new Error("sync");
        },
      },
      {
        ...base,
        text: async () => "",
        get body(): unknown {
          throw new Error("body");
        },
      },
      {
        ...base,
        text: async () => "",
        body: {
          getReader: () => ({
            read: () => {
              throw new Error("read");
            },
            cancel: () => {
              throw new Error("cancel");
            },
          }),
        },
      },
      { ...base, text: async () => "", body: { getReader: () => ({ read: async () => ({ done: false, value: 42 }), cancel: () => Promise.reject(new Error("cancel")) }) } },
      { ...base, text: async () => "", clone: () => revoked },
    ];
    for (const input of broken) await expect(parseApiResponse(input), String(input.text)).resolves.toMatchObject({ kind: "invalid-response", reason: "unreadable" });
  });

  it("a prototype's success and data are not the envelope's", () => {
    expect(parseApiResponse({ status: 200, body: Object.create({ success: true, data: { id: 1 } }) })).toMatchObject({ kind: "invalid-response", reason: "wrong-shape" });
    const error = Object.create({ code: "TOKEN_EXPIRED", message: "m" });
    expect(parseApiResponse({ status: 401, body: { success: false, error } })).toMatchObject({ kind: "invalid-response", reason: "wrong-shape" });
  });
});

describe("no global Response", () => {
  it("parsing and advice never touch the global Response (which would make Node load undici)", () => {
    // Node installs Response as a lazy getter and replaces it with a value on first access.
    const script = `
      const { parseApiResponse, adviseRetry } = await import(${JSON.stringify(pathToFileURL(join(ROOT, "src", "index.ts")).href)});
      parseApiResponse({ status: 200, body: '{"success":true,"data":1}' });
      adviseRetry({ status: 429, headers: new Map([["retry-after", "3"]]), body: "" }, 1);
      await parseApiResponse({ status: 401, headers: { get: () => null }, text: async () => '{"success":false,"error":{"code":"TOKEN_EXPIRED","message":"m"}}' });
      await adviseRetry({ status: 503, headers: { get: () => null }, text: async () => "" }, 1);
      const d = Object.getOwnPropertyDescriptor(globalThis, "Response");
      console.log(typeof d?.get === "function" ? "untouched" : "touched");
    `;
    const output = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" });
    expect(output.trim()).toBe("untouched");
  });
});
