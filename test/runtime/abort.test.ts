// src/abort.ts: combining the caller's signal with a Request's own, for platform signals and for signals of
// other implementations (a fetch polyfill's Request), which AbortSignal.any does not take.
import { describe, expect, it } from "vitest";
import { eitherSignal, isAbortSignal } from "../../src/abort.js";

/** An AbortSignal of another implementation: the shape, not the platform's class. */
function foreignSignal() {
  const target = new EventTarget() as EventTarget & { aborted: boolean; reason: unknown };
  target.aborted = false;
  target.reason = undefined;
  const abort = (reason: unknown) => {
    target.aborted = true;
    target.reason = reason;
    target.dispatchEvent(new Event("abort"));
  };
  return { signal: target as unknown as AbortSignal, abort };
}

describe("eitherSignal", () => {
  it("is the one signal given when the other is absent or the same", () => {
    const a = new AbortController().signal;
    expect(eitherSignal(a, undefined)).toBe(a);
    expect(eitherSignal(undefined, a)).toBe(a);
    expect(eitherSignal(a, a)).toBe(a);
    expect(eitherSignal(undefined, undefined)).toBeUndefined();
  });

  it.each(["platform", "foreign"] as const)("aborts with the reason of whichever %s signal aborts first", (kind) => {
    for (const which of [0, 1]) {
      const pair = kind === "platform" ? [new AbortController(), new AbortController()].map((c) => ({ signal: c.signal, abort: (r: unknown) => c.abort(r) })) : [foreignSignal(), foreignSignal()];
      const both = eitherSignal(pair[0]!.signal, pair[1]!.signal)!;
      expect(both.aborted).toBe(false);
      const reason = new Error(`signal ${which}`);
      pair[which]!.abort(reason);
      expect(both.aborted).toBe(true);
      expect(both.reason).toBe(reason);
    }
  });

  it("is aborted at once when either is already aborted", () => {
    const reason = new Error("before");
    const foreign = foreignSignal();
    foreign.abort(reason);
    expect(eitherSignal(new AbortController().signal, foreign.signal)!.reason).toBe(reason);
    expect(eitherSignal(AbortSignal.abort(reason), new AbortController().signal)!.reason).toBe(reason);
  });
});

describe("isAbortSignal", () => {
  it("takes the shape, and never throws on a hostile value", () => {
    expect(isAbortSignal(new AbortController().signal)).toBe(true);
    expect(isAbortSignal(foreignSignal().signal)).toBe(true);
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error("trap");
        },
      },
    );
    for (const value of [undefined, null, 1, "signal", {}, { aborted: "no", addEventListener() {} }, hostile]) expect(isAbortSignal(value)).toBe(false);
  });
});
