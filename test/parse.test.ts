import fc from "fast-check";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ApiError, RestErrorCode, parseApiResponse, type ParsedResponse, type RawResponse } from "../src/index.js";
import { ROOT } from "./support/fixtures.js";

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
      { success: fc.oneof(fc.boolean(), fc.anything()), data: fc.anything(), error: fc.record({ code: fc.oneof(fc.constantFrom(...Object.values(RestErrorCode)), fc.string()), message: fc.anything(), details: fc.anything() }, { requiredKeys: [] }) },
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
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error("boom"); }, get: () => { throw new Error("boom"); } });
    check(parseApiResponse({ status: 500, headers: hostile as never, body: "{}" }));
    check(parseApiResponse({ status: 500, headers: { get: () => { throw new Error("boom"); } }, body: "{}" }));
  });
});
