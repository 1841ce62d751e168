import { describe as group, expect, it } from "vitest";
import {
  HttpStatus,
  OperationalError,
  ResponseResult,
  RestErrorCode,
  describe,
  FAMILIES,
  entries,
  httpStatusByValue,
  isHttpStatus,
  isOperationalError,
  isResponseResult,
  isRestErrorCode,
  isRetryable,
  operationalErrorByName,
  operationalErrorByValue,
  responseResultByName,
  restErrorCodeByName,
  restErrorCodesForStatus,
  retryAdvice,
  retryPolicy,
} from "../../../src/index.js";

const GARBAGE: unknown[] = [
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "valueOf",
  NaN,
  -1,
  1e300,
  Infinity,
  -0.5,
  8199.5,
  "",
  " ",
  null,
  undefined,
  {},
  [],
  { value: 8199 },
  [8199],
  () => 8199,
  Symbol("x"),
  10n,
  true,
  "8199 ",
  "08199",
  "1e3",
];

group("enums", () => {
  it("carry the documented values", () => {
    expect(OperationalError.TrafficLeak).toBe(8199);
    expect(OperationalError.None).toBe(0);
    expect(ResponseResult.UnAuthorized).toBe("UnAuthorized");
    expect(RestErrorCode.TOKEN_EXPIRED).toBe("TOKEN_EXPIRED");
    expect(HttpStatus.TooManyRequests).toBe(429);
    expect(OperationalError[8203]).toBe("InvalidTunnelNetworkIndefaceIndex");
  });

  it("have one member per catalog code", () => {
    const numeric = (e: object) => Object.values(e).filter((v) => typeof v === "number").length;
    expect(numeric(OperationalError)).toBe(entries("OperationalError").length);
    expect(numeric(HttpStatus)).toBe(entries("HttpStatus").length);
    expect(Object.keys(ResponseResult)).toHaveLength(entries("ResponseResult").length);
    expect(Object.keys(RestErrorCode)).toHaveLength(entries("RestErrorCode").length);
    expect(entries("OperationalError").length).toBeGreaterThan(0);
  });
});

group("lookups by value and by name", () => {
  it("give the full entry", () => {
    const e = operationalErrorByValue(8199)!;
    expect(e).toMatchObject({ family: "OperationalError", name: "TrafficLeak", value: 8199, group: "common", retryable: true });
    expect(e.retry).toMatchObject({ strategy: "reconnect-tunnel", basis: "inferred" });
    expect(e.description).toMatch(/leaking outside the tunnel/);
    expect(operationalErrorByName("TrafficLeak")).toBe(e);
    expect(restErrorCodeByName("TOKEN_EXPIRED")).toMatchObject({ httpStatus: 401, retry: { strategy: "refresh-credentials", basis: "documented" } });
    expect(httpStatusByValue(503)).toMatchObject({ name: "ServiceUnavailable", label: "Service Unavailable" });
  });

  it("accept aliases and older wire names, and return the verbatim identifier", () => {
    expect(operationalErrorByName("InvalidTunnelNetworkInterfaceIndex")?.name).toBe("InvalidTunnelNetworkIndefaceIndex");
    expect(responseResultByName("OAuthError")?.name).toBe("OauthError");
    expect(responseResultByName("NOT_AUTHORIZED")?.name).toBe("NotAuthorized");
  });

  it("are prototype-safe and never throw on garbage", () => {
    for (const input of GARBAGE) {
      expect(operationalErrorByValue(input), String(input)).toBeUndefined();
      expect(operationalErrorByName(input), String(input)).toBeUndefined();
      expect(responseResultByName(input), String(input)).toBeUndefined();
      expect(restErrorCodeByName(input), String(input)).toBeUndefined();
      expect(describe(input), String(input)).toEqual([]);
      expect(isRetryable(input), String(input)).toBe(false);
      expect(retryAdvice(input), String(input)).toBeUndefined();
      expect(restErrorCodesForStatus(input), String(input)).toEqual([]);
      for (const guard of [isOperationalError, isResponseResult, isRestErrorCode, isHttpStatus]) expect(guard(input), String(input)).toBe(false);
    }
  });
});

group("describe", () => {
  it("searches every family, by number, numeric string, name and status", () => {
    expect(describe(8199).map((m) => [m.family, m.entry.name, m.matchedBy])).toEqual([["OperationalError", "TrafficLeak", "value"]]);
    expect(describe("8199").map((m) => m.entry.name)).toEqual(["TrafficLeak"]);
    expect(describe("TrafficLeak").map((m) => [m.family, m.matchedBy])).toEqual([["OperationalError", "name"]]);
    expect(describe("TOKEN_EXPIRED").map((m) => [m.family, m.entry.httpStatus])).toEqual([["RestErrorCode", 401]]);
    expect(describe(429).map((m) => [m.family, m.entry.name])).toEqual([["HttpStatus", "TooManyRequests"]]);
  });

  it("returns every match when a name lives in two families", () => {
    const matches = describe("ConnectionTimeout");
    expect(matches.map((m) => m.family).sort()).toEqual(["OperationalError", "ResponseResult"]);
    expect(matches.find((m) => m.family === "OperationalError")!.entry.value).toBe(8194);
    expect(describe("NoInternetConnection")).toHaveLength(2);
    expect(describe("ConnectionTimeout", "ResponseResult")).toHaveLength(1);
  });

  it("tells an alias match apart", () => {
    expect(describe("InvalidTunnelNetworkInterfaceIndex")[0]).toMatchObject({ matchedBy: "alias", entry: { name: "InvalidTunnelNetworkIndefaceIndex", value: 8203 } });
  });
});

group("retry", () => {
  it("isRetryable answers from the catalog's strategy", () => {
    expect(isRetryable("RATE_LIMITED")).toBe(true);
    expect(isRetryable("QUOTA_EXCEEDED")).toBe(false);
    expect(isRetryable("TOKEN_EXPIRED")).toBe(true);
    expect(isRetryable("TOKEN_INVALID")).toBe(false);
    expect(isRetryable(503)).toBe(true);
    expect(isRetryable(404)).toBe(false);
    expect(isRetryable(OperationalError.PrimaryNetworkInterfaceChanged)).toBe(true);
    expect(isRetryable(OperationalError.None)).toBe(false);
  });

  it("is conservative when a name is ambiguous, and exact with a family", () => {
    // ResponseResult.TooManyRequests (same request in progress) is not retryable; HTTP 429 is.
    expect(isRetryable("TooManyRequests")).toBe(false);
    expect(isRetryable("TooManyRequests", "HttpStatus")).toBe(true);
    expect(retryAdvice("TooManyRequests")).toBeUndefined();
    expect(retryAdvice("TooManyRequests", "ResponseResult")?.strategy).toBe("no-retry");
  });

  it("agrees with the entries for every code of every family", () => {
    for (const e of entries()) expect(isRetryable(e.value, e.family), `${e.family}.${e.name}`).toBe(e.retryable);
  });

  it("retryAdvice carries the basis and the override reason", () => {
    const quota = retryAdvice("QUOTA_EXCEEDED")!;
    expect(quota).toMatchObject({ strategy: "no-retry", basis: "inferred" });
    expect(quota.override).toMatch(/quota/i);
    expect(retryAdvice("PrimaryNetworkInterfaceChanged")).toMatchObject({ strategy: "reconnect-tunnel", basis: "documented" });
  });

  it("retryAdvice answers for every key as describe() finds it: the first match's own frozen advice, none where families disagree", () => {
    const keys = new Set<unknown>(entries().flatMap((e) => [e.name, e.value, String(e.value), ...(e.aliases ?? []), ...(e.legacyNames ?? []).map((l) => l.name)]));
    for (const key of [...keys, ...GARBAGE]) {
      for (const family of [undefined, ...FAMILIES.map((f) => f.name)]) {
        const matches = describe(key, family);
        const agree = matches.length > 0 && matches.every((m) => m.entry.retry.strategy === matches[0]!.entry.retry.strategy);
        const advice = retryAdvice(key, family);
        expect(advice, `${String(key)} in ${family ?? "every family"}`).toBe(agree ? matches[0]!.entry.retry : undefined);
        if (advice) expect(Object.isFrozen(advice)).toBe(true);
      }
    }
  });

  it("restErrorCodesForStatus lists the REST codes of a status", () => {
    expect(restErrorCodesForStatus(401).sort()).toEqual(["AUTH_REQUIRED", "TOKEN_EXPIRED", "TOKEN_INVALID"]);
    expect(restErrorCodesForStatus("429").sort()).toEqual(["QUOTA_EXCEEDED", "RATE_LIMITED"]);
    expect(restErrorCodesForStatus(200)).toEqual([]);
  });

  it("exposes the policy", () => {
    expect(retryPolicy.backoff.maxDelayMs).toBe(32000);
    expect(retryPolicy.statuses.retryable).toContain(429);
  });
});

group("recommended actions for SDK codes", () => {
  it("every ResponseResult and OperationalError error carries an action with its basis", () => {
    const sdkFamilies = FAMILIES.filter((f) => f.role === "sdk-result" || f.role === "sdk-event").map((f) => f.name);
    const sdk = entries().filter((e) => sdkFamilies.includes(e.family));
    expect(sdk.length).toBeGreaterThan(0);
    for (const e of sdk.filter((e) => e.retry.strategy !== "not-applicable")) {
      expect(e.action?.text, `${e.family}.${e.name}`).toMatch(/\S/);
      expect(["documented", "inferred"], `${e.family}.${e.name}`).toContain(e.action?.basis);
    }
  });

  it("says the page documents the reconnect advice for PrimaryNetworkInterfaceChanged", () => {
    const [match] = describe("PrimaryNetworkInterfaceChanged");
    expect(match?.entry.action).toEqual({ text: "Reconnect the tunnel with the same credentials.", basis: "documented" });
  });
});

group("type guards", () => {
  it("narrow documented codes only", () => {
    expect(isOperationalError(8199)).toBe(true);
    expect(isOperationalError(8209)).toBe(false);
    expect(isOperationalError("8199")).toBe(false);
    expect(isResponseResult("UnAuthorized")).toBe(true);
    expect(isResponseResult("Unauthorized")).toBe(false);
    expect(isRestErrorCode("TOKEN_EXPIRED")).toBe(true);
    expect(isHttpStatus(429)).toBe(true);
    expect(isHttpStatus(418)).toBe(false);
  });
});
