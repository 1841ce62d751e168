// Types that help: literal names for the lookups (with completion), entries typed by their
// family's enum, a typed or validated `data`, and ApiError.is across the ESM and CJS builds.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { describe as group, expect, expectTypeOf, it } from "vitest";
import { ApiError, OperationalError, RestErrorCode, describe, entries, parseApiResponse, retryAdvice, type CodeName, type LookupKey, type ParsedResponse } from "../../src/index.js";
import { ROOT } from "../support/fixtures.js";

group("lookups", () => {
  it("accept the catalog's names as literal types, and still any string or number", () => {
    expectTypeOf<"TOKEN_EXPIRED">().toMatchTypeOf<CodeName<"RestErrorCode">>();
    expectTypeOf<"TrafficLeak">().toMatchTypeOf<CodeName>();
    expectTypeOf<string>().toMatchTypeOf<LookupKey>();
    expectTypeOf<number>().toMatchTypeOf<LookupKey>();
    // Every identifier of every family is among the literal names.
    const names: string[] = entries().map((e) => e.name);
    expect(names.length).toBeGreaterThan(0);
    expect(describe("no such code" as string)).toEqual([]);
    expect(retryAdvice(RestErrorCode.TOKEN_EXPIRED)?.strategy).toBe("refresh-credentials");
  });

  it("type entry.name and entry.value as the family's enum", () => {
    const [match] = describe("TrafficLeak", "OperationalError");
    expectTypeOf(match!.entry.value).toEqualTypeOf<OperationalError>();
    expectTypeOf(match!.entry.name).toEqualTypeOf<CodeName<"OperationalError">>();
    expect(match!.entry.value).toBe(OperationalError.TrafficLeak);
    for (const m of describe("ConnectionTimeout")) {
      if (m.family === "RestErrorCode") expectTypeOf(m.entry.value).toEqualTypeOf<RestErrorCode>();
    }
    const rest = entries("RestErrorCode");
    expectTypeOf(rest[0]!.value).toEqualTypeOf<RestErrorCode>();
    expect(rest.every((e) => Object.values(RestErrorCode).includes(e.value))).toBe(true);
  });

  it("an editor completes the known names in describe()'s first argument", () => {
    const file = join(ROOT, "test", "__completion__.ts");
    const source = `import { describe } from "../src/index.js";\ndescribe("");\n`;
    const position = source.indexOf('("') + 2;
    const options = { ...ts.parseJsonConfigFileContent(JSON.parse(readFileSync(join(ROOT, "tsconfig.json"), "utf8")), ts.sys, ROOT).options, noEmit: true };
    const host: ts.LanguageServiceHost = {
      getScriptFileNames: () => [file],
      getScriptVersion: () => "1",
      getScriptSnapshot: (name) => (name === file ? ts.ScriptSnapshot.fromString(source) : ts.sys.fileExists(name) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(name)!) : undefined),
      getCurrentDirectory: () => ROOT,
      getCompilationSettings: () => options,
      getDefaultLibFileName: ts.getDefaultLibFilePath,
      fileExists: (name) => name === file || ts.sys.fileExists(name),
      readFile: (name) => (name === file ? source : ts.sys.readFile(name)),
    };
    const completions = ts.createLanguageService(host).getCompletionsAtPosition(file, position, {});
    const offered = new Set(completions?.entries.map((e) => e.name));
    for (const entry of entries()) expect(offered.has(entry.name), entry.name).toBe(true);
  }, 30_000);
});

group("parseApiResponse data", () => {
  const body = JSON.stringify({ success: true, data: { token: "t" } });
  const isToken = (data: unknown): data is { token: string } => typeof data === "object" && data !== null && typeof (data as { token?: unknown }).token === "string";

  it("takes a type parameter for data", () => {
    const result = parseApiResponse<{ token: string }>({ status: 200, body });
    if (result.kind === "success") expectTypeOf(result.data).toEqualTypeOf<{ token: string }>();
    expect(result).toMatchObject({ kind: "success", data: { token: "t" } });
  });

  it("takes a validator: a type guard types data, and data it rejects is the wrong shape", async () => {
    const result = await parseApiResponse(new Response(body), { validateData: isToken });
    expectTypeOf(result).toEqualTypeOf<ParsedResponse<{ token: string }>>();
    expect(result).toMatchObject({ kind: "success", data: { token: "t" } });
    const wrong = parseApiResponse({ status: 200, body: JSON.stringify({ success: true, data: { token: 1 } }) }, { validateData: isToken });
    expect(wrong).toMatchObject({ kind: "invalid-response", reason: "wrong-shape", detail: "validateData rejected the data" });
    const throwing = parseApiResponse(
      { status: 200, body },
      {
        validateData: () => {
          throw new Error("boom");
        },
      },
    );
    expect(throwing).toMatchObject({ kind: "invalid-response", reason: "wrong-shape", detail: "validateData threw: boom" });
    // Errors are not the validator's business.
    const error = parseApiResponse({ status: 429, body: JSON.stringify({ success: false, error: { code: "RATE_LIMITED", message: "m" } }) }, { validateData: isToken });
    expect(error.kind).toBe("api-error");
  });
});

group("ApiError.is", () => {
  it("recognises an ApiError from the ESM build in the CJS build and back, where instanceof cannot", async () => {
    const esm = (await import(pathToFileURL(join(ROOT, "dist", "index.js")).href)) as typeof import("../../src/index.js");
    const cjs = createRequire(import.meta.url)(join(ROOT, "dist", "index.cjs")) as typeof import("../../src/index.js");
    const result = { kind: "api-error", status: 429, code: "RATE_LIMITED", message: "slow down" } as const;
    const fromEsm = new esm.ApiError(result);
    const fromCjs = new cjs.ApiError(result);
    expect(fromCjs instanceof esm.ApiError).toBe(false);
    expect(esm.ApiError.is(fromCjs)).toBe(true);
    expect(cjs.ApiError.is(fromEsm)).toBe(true);
    expect(ApiError.is(fromEsm)).toBe(true);
    // The brand is not an own enumerable property: logs and JSON stay as they were.
    expect(Object.prototype.propertyIsEnumerable.call(fromEsm, Symbol.for("vpn-error-codes.ApiError"))).toBe(false);
    expect(JSON.stringify(fromEsm)).toBe(JSON.stringify({ name: "ApiError", status: 429, code: "RATE_LIMITED" }));
  });

  it("is false, and never throws, for anything else", () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error("trap");
        },
      },
    );
    for (const value of [new Error("x"), { name: "ApiError", status: 429 }, null, undefined, 42, "ApiError", hostile]) expect(ApiError.is(value)).toBe(false);
  });
});
