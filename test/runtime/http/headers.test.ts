// Header values as RFC 9110 §5.5 reads them (runtime/SPEC.md §3): SP and HTAB around a value are not part of
// it, and nothing else is trimmed. JavaScript's trim() takes more (NBSP, VT, FF, U+FEFF, line terminators);
// a value wrapped in those is not a well-formed value, so the runtime must not read one out of it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstHeaderElement, header, trimFieldValue } from "../../../src/http/headers.js";
import { parseHttpDate } from "../../../src/http/http-date.js";
import { parseApiResponse, retryPolicy, withRetry, type RawResponse } from "../../../src/index.js";

/** Every code point that String.prototype.trim removes but RFC 9110's optional whitespace does not hold. */
const NOT_OWS = ["\u000b", "\u000c", "\u00a0", "\u1680", "\u2000", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff", "\n", "\r"];

describe("trimFieldValue", () => {
  it("removes SP and HTAB at both ends, and keeps them inside", () => {
    expect(trimFieldValue(" \t30\t ")).toBe("30");
    expect(trimFieldValue("\t\t")).toBe("");
    expect(trimFieldValue("a \t b")).toBe("a \t b");
    expect(trimFieldValue(undefined)).toBeUndefined();
  });

  it("keeps every other whitespace of JavaScript's, and the control characters other languages strip", () => {
    for (const c of NOT_OWS) expect(`${c}30${c}`.trim(), JSON.stringify(c)).toBe("30");
    for (const c of [...NOT_OWS, "\u001c", "\u001f", "\u0085"]) {
      expect(trimFieldValue(`${c}30${c}`), JSON.stringify(c)).toBe(`${c}30${c}`);
      expect(trimFieldValue(` ${c} `), JSON.stringify(c)).toBe(c);
    }
  });

  it("is what trimming SP and HTAB one by one gives, for any string (property)", () => {
    const slow = (s: string) => {
      let t = s;
      while (t.startsWith(" ") || t.startsWith("\t")) t = t.slice(1);
      while (t.endsWith(" ") || t.endsWith("\t")) t = t.slice(0, -1);
      return t;
    };
    const text = fc.string({ unit: fc.constantFrom(" ", "\t", "a", "\u00a0", "\u000b", ",") });
    fc.assert(fc.property(text, (s) => trimFieldValue(s) === slow(s)));
  });

  it("takes linear time on a long run of spaces before other text", () => {
    const hostile = `${" ".repeat(200_000)}x${" ".repeat(200_000)}`;
    const started = performance.now();
    expect(trimFieldValue(hostile)).toBe("x");
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe("where the runtime reads header values", () => {
  it("an HTTP-date with SP and HTAB around it is a date; with NBSP around it, none", () => {
    const date = "Sun, 06 Nov 1994 08:49:37 GMT";
    expect(parseHttpDate(` \t${date}\t `)).toBe(Date.UTC(1994, 10, 6, 8, 49, 37));
    for (const c of NOT_OWS) expect(parseHttpDate(`${date}${c}`), JSON.stringify(c)).toBeUndefined();
  });

  it("the first element of a list is trimmed of SP and HTAB only", () => {
    expect(firstHeaderElement({ "X-Request-ID": " \treq-1\t , req-2" }, "x-request-id")).toBe("req-1");
    expect(firstHeaderElement({ "X-Request-ID": "\u00a0req-1, req-2" }, "x-request-id")).toBe("\u00a0req-1");
    expect(firstHeaderElement({ "X-Request-ID": " \t, req-2" }, "x-request-id")).toBeUndefined();
    expect(parseApiResponse({ status: 500, headers: { "X-Request-ID": "\treq-1 " }, body: "" }).requestId).toBe("req-1");
  });

  it("an idempotency key of SP and HTAB alone is no key; one of other whitespace is a key", async () => {
    const keyHeader = retryPolicy.idempotency?.keyHeader;
    const guarded = retryPolicy.idempotency?.statuses[0];
    expect(keyHeader, "the policy names an idempotency key header").toBeTypeOf("string");
    expect(guarded, "the policy guards a status").toBeTypeOf("number");
    const calls = async (key: string) => {
      let count = 0;
      const call = async (): Promise<RawResponse> => (count++, { status: guarded!, body: "" });
      await withRetry(call, { method: "POST", headers: { [keyHeader!]: key }, maxAttempts: 2, sleep: async () => {}, random: () => 0 });
      return count;
    };
    expect(await calls(" \t ")).toBe(1);
    expect(await calls("\u00a0")).toBe(2);
    expect(await calls(" \tkey-1\t ")).toBe(2);
    // Read from the headers as given, whatever their shape.
    expect(header(new Map([[keyHeader!.toLowerCase(), " k "]]), keyHeader!)).toBe(" k ");
  });
});
