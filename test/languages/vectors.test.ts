// The TypeScript reference against the vectors' own expectations, so that the lines every other
// language must match are themselves right.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { DECISIONS_PATH, decide, renderDecisionVectors } from "../../scripts/vectors/decisions.js";
import { validEnvelopeFiles } from "../support/envelope-vectors.js";
import { ROOT } from "./support/toolchains.js";
import { invalidEnvelopeFiles, loadCodeVectors, loadDecisionVectors, referenceLines } from "./typescript/harness.js";

const lines = referenceLines(ROOT);
const vectors = loadCodeVectors(ROOT);
const decisions = loadDecisionVectors(ROOT).cases;
const catalog = JSON.parse(readFileSync(join(ROOT, "generated", "catalog.json"), "utf8")) as {
  families: Array<{ name: string; codes: Array<{ value: number | string; httpStatus?: number; retry: { strategy: string } }> }>;
  retryPolicy: { backoff: { maxRetries: number }; rateLimit: { retryAfterHeader: string; resetHeader: string } };
};
const codesOf = (family: string) => catalog.families.find((f) => f.name === family)!.codes;

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
    const files = validEnvelopeFiles(ROOT);
    for (const page of ["success", "validation-error", "token-expired", "weak-password", "device-limit-reached", "subscription-expired"]) {
      expect(files).toContain(`${page}.json`);
    }
    const envelopeLines = lines.filter((l) => l.startsWith("envelope ") && !l.startsWith("envelope invalid/"));
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

  it("prints a decision line per decision vector, in file order, and an invalid line per invalid envelope", () => {
    expect(lines.filter((l) => l.startsWith("decision "))).toEqual(decisions.map((c) => `decision ${c.id} -> ${c.expected}`));
    expect(lines.filter((l) => l.startsWith("envelope invalid/"))).toEqual(invalidEnvelopeFiles(ROOT).map((f) => `envelope invalid/${f} -> invalid`));
  });
});

describe("the decision vectors", () => {
  it(`are current: ${DECISIONS_PATH} is what scripts/vectors/decisions.ts writes from the catalog and adviseRetry`, () => {
    expect(readFileSync(join(ROOT, DECISIONS_PATH), "utf8") === renderDecisionVectors(ROOT), `${DECISIONS_PATH} is stale: run npx tsx scripts/vectors/decisions.ts`).toBe(true);
  });

  it("hold adviseRetry's answer for every case, and unique ids", () => {
    for (const c of decisions) expect(decide(c), c.id).toBe(c.expected);
    expect(new Set(decisions.map((c) => c.id)).size).toBe(decisions.length);
    expect(decisions.length).toBeGreaterThanOrEqual(150);
  });

  it("cover every status of the http-status family and every REST code at its own and a foreign status", () => {
    const bodyCode = (body: string | null) => {
      try {
        return (JSON.parse(body ?? "") as { error?: { code?: unknown } }).error?.code;
      } catch {
        return undefined;
      }
    };
    for (const s of codesOf("HttpStatus"))
      expect(
        decisions.some((c) => c.status === s.value && c.body === null),
        `status ${s.value}`,
      ).toBe(true);
    for (const code of codesOf("RestErrorCode")) {
      const at = decisions.filter((c) => bodyCode(c.body) === code.value).map((c) => c.status);
      expect(at, String(code.value)).toContain(code.httpStatus);
      expect(
        at.some((s) => s !== code.httpStatus),
        String(code.value),
      ).toBe(true);
    }
  });

  it("cover attempts 0 to past the last retry, refreshed or not, every answer and both rate-limit headers", () => {
    const { maxRetries } = catalog.retryPolicy.backoff;
    for (let attempt = 0; attempt <= maxRetries + 2; attempt++)
      expect(
        decisions.some((c) => c.attempt === attempt),
        `attempt ${attempt}`,
      ).toBe(true);
    expect(new Set(decisions.map((c) => c.tokenRefreshed))).toEqual(new Set([true, false]));
    const answers = new Set(decisions.map((c) => c.expected.replace(/^retry \d+/, "retry")));
    for (const answer of [
      "retry backoff",
      "retry retry-after",
      "retry rate-limit-reset",
      "refresh-token",
      "fail not-an-error",
      "fail not-retryable",
      "fail attempts-exhausted",
      "fail refresh-already-tried",
      "fail wait-too-long",
      "fail invalid-attempt",
    ]) {
      expect(answers, answer).toContain(answer);
    }
    const { retryAfterHeader, resetHeader } = catalog.retryPolicy.rateLimit;
    const named = (name: string) => decisions.filter((c) => c.headers.some(([n]) => n.toLowerCase() === name.toLowerCase()));
    expect(named(retryAfterHeader).some((c) => c.headers.some(([, v]) => / GMT$/.test(v)))).toBe(true);
    expect(named(resetHeader).length).toBeGreaterThan(0);
    expect(decisions.some((c) => new Set(c.headers.map(([n]) => n.toLowerCase())).size < c.headers.length)).toBe(true);
  });
});

describe("the envelope vectors", () => {
  const ajv = new Ajv2020.default({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, "generated", "schema", "api-response.schema.json"), "utf8")));
  const accepts = (text: string) => {
    try {
      return validate(JSON.parse(text)) === true;
    } catch {
      return false;
    }
  };
  const dir = join(ROOT, "test", "vectors", "envelopes");

  it("that are valid are accepted by the JSON Schema", () => {
    for (const file of validEnvelopeFiles(ROOT)) expect(accepts(readFileSync(join(dir, file), "utf8")), file).toBe(true);
  });

  it("under invalid/ are rejected by the JSON Schema, or are not JSON at all", () => {
    const files = invalidEnvelopeFiles(ROOT);
    expect(files.some((f) => !f.endsWith(".json"))).toBe(true);
    for (const file of files) expect(accepts(readFileSync(join(dir, "invalid", file), "utf8")), file).toBe(false);
  });
});
