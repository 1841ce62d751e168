// networkFailure: thrown errors classified through the cause chain, by the policy's networkErrors codes.
// Hostile errors (throwing getters, proxies, cycles, endless chains) must never crash classification.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { networkFailure, retryPolicy, withRetry } from "../../../src/index.js";

const policy = retryPolicy.networkErrors!;
const coded = (code: string, cause?: unknown) => Object.assign(new Error(code, cause === undefined ? {} : { cause }), { code });
const fetchFailed = (cause: unknown) => new TypeError("fetch failed", { cause });

describe("networkFailure", () => {
  it("finds every listed code on the error or in undici's cause, with whether the request can have reached the server", () => {
    for (const code of policy.neverReached) expect(networkFailure(fetchFailed(coded(code)))).toEqual({ code, reached: "never" });
    for (const code of policy.mayHaveReached) expect(networkFailure(fetchFailed(coded(code)))).toEqual({ code, reached: "maybe" });
    for (const code of [...policy.neverReached, ...policy.mayHaveReached]) expect(networkFailure(coded(code))?.code).toBe(code);
  });

  it("finds nothing in errors of the caller's own code, or in unknown codes", () => {
    for (const error of [
      new TypeError("x is not a function"),
      new SyntaxError("Unexpected token"),
      new DOMException("aborted", "AbortError"),
      coded("ERR_INVALID_ARG_TYPE"),
      fetchFailed(new Error("no code")),
      "ECONNRESET",
      42,
      null,
      undefined,
    ]) {
      expect(networkFailure(error)).toBeUndefined();
    }
  });

  it("follows causes to the policy's depth and no further", () => {
    const [code] = policy.mayHaveReached;
    const chain = (links: number) => {
      let error: unknown = coded(code!);
      for (let i = 0; i < links; i++) error = new Error(`wrapper ${i}`, { cause: error });
      return error;
    };
    expect(networkFailure(chain(policy.maxCauseDepth))?.code).toBe(code);
    expect(networkFailure(chain(policy.maxCauseDepth + 1))).toBeUndefined();
  });

  it("reads an AggregateError's errors (happy eyeballs: one refusal per address)", () => {
    const [refused] = policy.neverReached;
    expect(networkFailure(fetchFailed(new AggregateError([coded(refused!), coded(refused!)], "connect failed")))).toEqual({ code: refused, reached: "never" });
    // Of the two kinds, "may have reached" is the cautious answer.
    const mixed = new AggregateError([coded(refused!), coded(policy.mayHaveReached[0]!)]);
    expect(networkFailure(mixed)?.reached).toBe("maybe");
  });

  it("survives cycles, throwing getters, proxies and revoked proxies", () => {
    const a = new Error("a") as Error & { cause?: unknown };
    const b = new Error("b", { cause: a });
    a.cause = b;
    expect(networkFailure(a)).toBeUndefined();
    const selfCaused = coded("EOTHER") as Error & { cause?: unknown };
    selfCaused.cause = selfCaused;
    expect(networkFailure(selfCaused)).toBeUndefined();

    const getters = Object.defineProperties(new Error("hostile"), {
      code: {
        get: () => {
          throw new Error("code getter");
        },
      },
      cause: {
        get: () => {
          throw new Error("cause getter");
        },
      },
    });
    expect(networkFailure(getters)).toBeUndefined();
    expect(networkFailure(fetchFailed(getters))).toBeUndefined();

    const trapAll = new Proxy(
      {},
      {
        get: () => {
          throw new Error("trap");
        },
        getPrototypeOf: () => {
          throw new Error("trap");
        },
      },
    );
    expect(networkFailure(trapAll)).toBeUndefined();
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(networkFailure(fetchFailed(proxy))).toBeUndefined();
    const errorsList = Object.assign(new Error("x"), {
      errors: new Proxy([], {
        get: () => {
          throw new Error("trap");
        },
      }),
    });
    expect(networkFailure(errorsList)).toBeUndefined();
    // A hostile link does not hide a good one beside it.
    expect(networkFailure(new AggregateError([trapAll, coded(policy.neverReached[0]!)]))?.code).toBe(policy.neverReached[0]);
  });

  it("never throws, whatever it is given (property)", () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true, withMap: true, withSet: true }), (value) => {
        expect(() => networkFailure(value)).not.toThrow();
        expect(() => networkFailure(fetchFailed(value))).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it("withRetry rethrows a hostile thrown value as it is, after one call", async () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const getters = Object.defineProperty(new Error("hostile"), "message", {
      get: () => {
        throw new Error("message getter");
      },
    });
    for (const value of [
      proxy,
      getters,
      new Proxy(new Error("x"), {
        get: () => {
          throw new Error("trap");
        },
      }),
    ]) {
      let calls = 0;
      const call = async (): Promise<never> => {
        calls++;
        throw value;
      };
      await expect(withRetry(call, { sleep: async () => {} })).rejects.toBe(value);
      expect(calls).toBe(1);
    }
  });
});
