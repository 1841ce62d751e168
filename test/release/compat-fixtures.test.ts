// Weaver-style policy fixtures: each case is a last-release catalog (base/), a current YAML catalog
// (current/), optional pending changesets, and expected.txt: the exact classified differences and verdict.
// A case holds only what differs from test/fixtures/compat/shared/ (see fixtures.ts).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkCompat } from "../../scripts/release/check-compat.js";
import { caseOptions, compatCases, expectedLines } from "./fixtures.js";

const REQUIRED_CASES = [
  "added-code",
  "removed-code",
  "removed-deprecated-code",
  "renumbered",
  "renamed",
  "value-reused",
  "http-status-changed",
  "retry-changed",
  "deprecated-unresolved-replacement",
  "prose-only",
  "changeset-too-small",
  "changeset-enough",
];

function run(caseName: string, changesetDir?: string): string[] {
  const options = caseOptions(caseName);
  const report = checkCompat(changesetDir ? { ...options, changesetDir } : options);
  return [...report.lines.map((l) => l.text), `exit ${report.ok ? 0 : 1}`];
}

describe("compatibility fixtures", () => {
  const cases = compatCases();

  it("cover every case the release policy names", () => {
    for (const name of REQUIRED_CASES) expect(cases).toContain(name);
  });

  it.each(cases)("%s: prints the expected differences and verdict", (caseName) => {
    expect(run(caseName)).toEqual(expectedLines(caseName));
  });

  // A case that passes only because of its changesets must fail without them; otherwise it proves nothing.
  it.each(cases.filter((c) => c !== "no-change" && expectedLines(c).at(-1) === "exit 0"))("%s: fails once its changesets are gone", (caseName) => {
    const empty = mkdtempSync(join(tmpdir(), "vec-no-changesets-"));
    const lines = run(caseName, empty);
    expect(lines.at(-1)).toBe("exit 1");
    expect(lines.at(-2)).toMatch(/^fail: .* no changeset declares a bump for vpn-error-codes/);
  });

  it("every expected.txt ends with a verdict, and only no-change has nothing to report", () => {
    for (const caseName of cases) {
      const lines = expectedLines(caseName);
      expect(lines.at(-1), caseName).toMatch(/^exit [01]$/);
      expect(lines.at(-2), caseName).toMatch(/^(ok|fail): /);
      if (caseName !== "no-change") expect(lines.length, caseName).toBeGreaterThan(2);
    }
  });
});
