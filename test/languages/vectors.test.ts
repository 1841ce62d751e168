// The TypeScript reference against the vectors' own expectations, so that the lines every other
// language must match are themselves right.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./support/toolchains.js";
import { loadCodeVectors, referenceLines } from "./typescript/harness.js";

const lines = referenceLines(ROOT);
const vectors = loadCodeVectors(ROOT);

describe("the TypeScript reference harness", () => {
  it("finds every value vector's expected member and retryability", () => {
    const valueLines = lines.filter((l) => l.startsWith("value "));
    expect(valueLines).toHaveLength(vectors.values.length);
    vectors.values.forEach((v, i) => {
      const answer = v.name === null ? "unknown" : `${v.name} retryable=${v.retryable} json=`;
      expect(valueLines[i]).toContain(`value ${v.family} ${JSON.stringify(v.value)} -> ${answer}`);
    });
  });

  it("finds every name vector's expected member, through aliases and older wire names", () => {
    const nameLines = lines.filter((l) => l.startsWith("name "));
    expect(nameLines).toEqual(vectors.names.map((v) => `name ${v.family} ${JSON.stringify(v.lookup)} -> ${v.name ?? "unknown"}`));
  });

  it("covers unknown values and names in every family", () => {
    for (const family of ["HttpStatus", "OperationalError", "ResponseResult", "RestErrorCode"]) {
      expect(vectors.values.some((v) => v.family === family && v.name === null)).toBe(true);
      expect(vectors.names.some((v) => v.family === family && v.name === null)).toBe(true);
    }
  });

  it("prints one line per envelope, the page's six examples and an unknown code among them", () => {
    const files = readdirSync(join(ROOT, "test", "vectors", "envelopes")).filter((f) => f.endsWith(".json")).sort();
    for (const page of ["success", "validation-error", "token-expired", "weak-password", "device-limit-reached", "subscription-expired"]) {
      expect(files).toContain(`${page}.json`);
    }
    const envelopeLines = lines.filter((l) => l.startsWith("envelope "));
    expect(envelopeLines.map((l) => l.split(" ")[1])).toEqual(files);
    expect(envelopeLines.find((l) => l.startsWith("envelope token-expired.json"))).toBe(
      'envelope token-expired.json success=false code=TOKEN_EXPIRED known=TOKEN_EXPIRED retryable=true message="Your access token has expired. Please refresh your token or re-authenticate." details=TokenExpiredDetails(expiredAt=2026-02-08T11:30:00Z;tokenType=access)',
    );
    expect(envelopeLines.find((l) => l.startsWith("envelope unknown-code.json"))).toContain("known=unknown retryable=unknown");
  });

  it("prints a member line for every code of every family", () => {
    const catalog = JSON.parse(readFileSync(join(ROOT, "generated", "catalog.json"), "utf8")) as { families: Array<{ codes: unknown[] }> };
    expect(lines.filter((l) => l.startsWith("member "))).toHaveLength(catalog.families.reduce((n, f) => n + f.codes.length, 0));
  });
});
