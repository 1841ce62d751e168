// runtime/ts/formats.js: the envelope schema's "date-time" and "uri" checks, under a policy given as a value.
// Synthetic policies show that the rules come from the policy; the catalog's own policy, from its one
// derivation, is what the validator compiles with.
import addFormats from "ajv-formats";
import fc from "fast-check";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatChecks, type FormatPolicy } from "../../runtime/ts/formats.js";
import { loadCatalog } from "../../scripts/catalog/load.js";
import type { Model } from "../../scripts/catalog/model.js";
import { runtimePolicy } from "../../scripts/catalog/runtime-policy.js";
import { ROOT } from "../support/fixtures.js";

/** Upper-case T and Z only, no fraction; a scheme of lower-case letters; no space or pipe after it. */
const SYNTHETIC: FormatPolicy = {
  dateTimePattern: "([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:Z|([+-])([0-9]{2}):([0-9]{2}))",
  uriSchemePattern: "[a-z]+",
  uriForbidden: [0x20, 0x7c],
};

describe("formatChecks under a synthetic policy", () => {
  const { "date-time": dateTime, uri } = formatChecks(SYNTHETIC);

  it("matches the whole value against the policy's date-time pattern", () => {
    expect(dateTime("2026-02-08T11:30:00Z")).toBe(true);
    expect(dateTime("2026-02-08T11:30:00+05:30")).toBe(true);
    // What this policy leaves out: a lower-case t, a fraction; and text around a date.
    for (const value of ["2026-02-08t11:30:00Z", "2026-02-08T11:30:00.5Z", " 2026-02-08T11:30:00Z", "2026-02-08T11:30:00Z ", "x2026-02-08T11:30:00Z"]) expect(dateTime(value), value).toBe(false);
  });

  it("checks the ranges RFC 3339 sets, whatever the pattern lets through", () => {
    expect(dateTime("2024-02-29T00:00:00Z")).toBe(true);
    expect(dateTime("2000-02-29T00:00:00Z")).toBe(true);
    expect(dateTime("2016-12-31T23:59:60Z")).toBe(true);
  });

  it("takes a leap second only in the last minute of a UTC day, the offset taken away (runtime/SPEC.md §10)", () => {
    for (const value of ["2016-12-31T23:59:60Z", "2017-01-01T01:59:60+02:00", "2016-12-31T18:29:60-05:30", "2017-01-01T00:00:60+00:01", "2016-12-31T00:59:60-23:00"])
      expect(dateTime(value), value).toBe(true);
    for (const value of ["2016-12-31T12:00:60Z", "2016-12-31T23:59:60+01:00", "2016-12-31T23:58:60Z", "2017-01-01T00:00:60Z", "2016-12-31T23:59:60-00:01", "2016-12-31T23:59:61Z"])
      expect(dateTime(value), value).toBe(false);
    for (const value of [
      "2025-02-29T00:00:00Z",
      "1900-02-29T00:00:00Z",
      "2026-04-31T00:00:00Z",
      "2026-13-01T00:00:00Z",
      "2026-00-01T00:00:00Z",
      "2026-01-00T00:00:00Z",
      "2026-01-01T24:00:00Z",
      "2026-01-01T00:60:00Z",
      "2026-01-01T00:00:61Z",
      "2026-01-01T00:00:00+24:00",
      "2026-01-01T00:00:00+00:60",
    ]) {
      expect(dateTime(value), value).toBe(false);
    }
  });

  it("takes a uri as the policy's scheme, a colon, and no forbidden code point after it", () => {
    expect(uri("https://example.com/renew?plan=pro")).toBe(true);
    expect(uri("mailto:")).toBe(true);
    for (const value of ["HTTPS://example.com", "https//example.com", "://example.com", "https://exa mple.com", "https://a|b", ""]) expect(uri(value), value).toBe(false);
    // Only the listed code points are forbidden here: a tab and a caret are not.
    expect(uri("https://a\tb^c")).toBe(true);
  });
});

describe("formatChecks under the catalog's policy", () => {
  const { catalog } = loadCatalog(join(ROOT, "catalog"), ROOT);
  const policy = runtimePolicy(catalog as Model).envelope;
  const { "date-time": dateTime, uri } = formatChecks(policy);

  it("reads RFC 3339 as JSON Schema's date-time does: either case of T and Z, a fraction, an offset", () => {
    for (const value of ["2026-02-08T11:30:00Z", "2026-02-08t11:30:00z", "2026-02-08T11:30:00.123456Z", "2026-02-08T11:30:00-08:00"]) expect(dateTime(value), value).toBe(true);
    // Digits are ASCII digits: an Arabic-Indic or full-width digit is not one.
    for (const value of ["2026-02-08T11:30:00", "2026-02-08 11:30:00Z", "٢٠٢٦-02-08T11:30:00Z", "２026-02-08T11:30:00Z"]) expect(dateTime(value), value).toBe(false);
  });

  it("rejects in a uri every code point the policy forbids, and accepts the rest", () => {
    for (const code of policy.uriForbidden) expect(uri(`https://a${String.fromCodePoint(code)}b`), code.toString(16)).toBe(false);
    expect(uri("https://example.com/~user/a-b_c.d?e=f&g=h#i")).toBe(true);
  });

  it("agrees with ajv-formats' date-time on every second 59 to 60, at any time of day and offset", () => {
    const ajvDateTime = addFormats.default.get("date-time") as { validate: (value: string) => boolean };
    const two = (n: number) => String(n).padStart(2, "0");
    const zone = fc.oneof(
      fc.constantFrom("Z", "z"),
      fc.tuple(fc.constantFrom("+", "-"), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([sign, h, m]) => `${sign}${two(h)}:${two(m)}`),
    );
    const text = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 59, max: 60 }), fc.constantFrom("", ".5"), zone)
      .map(([h, m, s, fraction, z]) => `2016-12-31T${two(h)}:${two(m)}:${two(s)}${fraction}${z}`);
    fc.assert(
      fc.property(text, (value) => dateTime(value) === ajvDateTime.validate(value)),
      { numRuns: 5000 },
    );
    // The one difference: ajv-formats' leap-second branch lets hour 24 through when the offset brings it back.
    expect(ajvDateTime.validate("2016-12-31T24:59:60+01:00")).toBe(true);
    expect(dateTime("2016-12-31T24:59:60+01:00")).toBe(false);
  });
});
