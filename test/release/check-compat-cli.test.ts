// The CLI as npm test runs it: the real catalog against the committed baseline, and fixtures through its flags.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, caseOptions, expectedLines } from "./fixtures.js";

const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const CLI = join(ROOT, "scripts", "release", "check-compat.ts");

function cli(...args: string[]) {
  const result = spawnSync(TSX, [CLI, ...args], { cwd: ROOT, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function fixtureFlags(caseName: string): string[] {
  const { baselinePath, catalogDir, changesetDir } = caseOptions(caseName);
  return ["--baseline", baselinePath, "--catalog", catalogDir, "--changesets", changesetDir];
}

describe("check:compat CLI", () => {
  it("passes on the real catalog against releases/catalog.json", () => {
    const { status, stdout, stderr } = cli();
    expect(stderr).toBe("");
    // Pending changes with their changesets print their differences first; the verdict is the last line.
    expect(stdout.trimEnd().split("\n").at(-1)).toMatch(/^ok: .*releases\/catalog\.json/);
    expect(status).toBe(0);
  });

  it("reads a fixture through --baseline, --catalog and --changesets, and fails it", () => {
    const { status, stdout, stderr } = cli(...fixtureFlags("renumbered"));
    const expected = expectedLines("renumbered");
    expect(status).toBe(1);
    // Differences go to stdout, the verdict to stderr; paths are shown relative to the catalog's folder.
    expect(stdout).toBe(`${expected.filter((l) => /^(major|minor|patch) /.test(l)).join("\n")}\n`);
    expect(stderr).toBe(`${expected.filter((l) => l.startsWith("fail: ")).join("\n")}\n`);
  });

  it("prints a JSON report with --json", () => {
    const { status, stdout } = cli("--json", ...fixtureFlags("removed-code"));
    expect(status).toBe(1);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ ok: false, required: "major", declared: "major", problems: [] });
    expect(report.differences).toEqual([
      expect.objectContaining({ bump: "major", kind: "code-removed", subject: "OperationalError.TunnelBroken", refused: true, position: { file: "current/operational-error.yaml", line: 2, col: 9 } }),
    ]);
  });
});
