// "Add a code" as the README says it, on a temp copy of the project: YAML (a code in a new group, and a
// deprecated code naming it as its replacement), `npm run build`, a minor changeset. Then the
// TypeScript, lookup, docs and compatibility checks run against that copy and stay green, because every
// expectation they hold comes from the catalog.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../support/fixtures.js";
import { projectFiles } from "../support/project-files.js";

const GROUP = `  - id: test-added
    title: Errors added by the add-a-code test
`;
const CODES = `
  - name: TunnelRebuilt
    value: 9100
    group: test-added
    description: Added by the add-a-code test, in a group of its own.
    retry:
      strategy: backoff
      basis: inferred
      note: Retryable, so that the flag shows on every surface.
    action:
      text: Retry with backoff.
      basis: inferred
    aliases:
      - TunnelReBuilt
    stability: experimental
  - name: TunnelRebuild
    value: 9101
    group: test-added
    description: Added by the add-a-code test, deprecated at once.
    retry:
      strategy: no-retry
      basis: inferred
      note: Not retryable.
    action:
      text: Use TunnelRebuilt.
      basis: inferred
    stability: experimental
    deprecated:
      reason: renamed
      replacement: TunnelRebuilt
      note: Renamed by the test.
`;

const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const VITEST = join(ROOT, "node_modules", "vitest", "vitest.mjs");
const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");

describe("adding a code as the README says keeps the checks green", () => {
  const root = mkdtempSync(join(tmpdir(), "vec-add-"));
  const env = { ...process.env, CI: "", FORCE_COLOR: "0", NO_COLOR: "1" };
  const run = (command: string, args: string[]) => spawnSync(command, args, { cwd: root, encoding: "utf8", env });
  /** As run(), without blocking, so that independent checks of the copy overlap. */
  const start = (command: string, args: string[]) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((done, fail) => {
      const child = spawn(command, args, { cwd: root, env });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => (stdout += d));
      child.stderr.on("data", (d) => (stderr += d));
      child.on("error", fail);
      child.on("close", (status) => done({ status, stdout, stderr }));
    });

  beforeAll(() => {
    for (const file of projectFiles(ROOT).filter((f) => !f.startsWith("generated/"))) {
      cpSync(join(ROOT, file), join(root, file), { recursive: true });
    }
    symlinkSync(join(ROOT, "node_modules"), join(root, "node_modules"), "dir");
    // The build's memo is keyed by content: the steps the new codes do not change (quicktype's above
    // all) are hits, the rest run (as test/support/project-copy.ts does for its copies).
    const memo = join(ROOT, ".cache", "build", "memo");
    if (existsSync(memo)) cpSync(memo, join(root, ".cache", "build", "memo"), { recursive: true });
    const yaml = join(root, "catalog", "operational-error.yaml");
    const text = readFileSync(yaml, "utf8");
    writeFileSync(yaml, `${text.replace(/\ncodes:\n/, `\n${GROUP}codes:\n`).trimEnd()}\n${CODES}`);
    writeFileSync(join(root, ".changeset", "test-added.md"), '---\n"vpn-error-codes": minor\n---\n\nTwo codes added by the test.\n');
    const build = run(TSX, [join(root, "scripts", "build.ts"), "--no-compile"]);
    expect(build.stderr).toBe("");
    expect(build.status).toBe(0);
  }, 120_000);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("the build wrote the new codes into the TypeScript, the docs and catalog.json", () => {
    const enumSource = readFileSync(join(root, "generated", "ts", "operational-error.ts"), "utf8");
    expect(enumSource).toContain("  TunnelRebuilt = 9100,");
    expect(enumSource).toMatch(/@deprecated Renamed by the test\. Use \{@link OperationalError\.TunnelRebuilt\} instead\./);
    const docs = readFileSync(join(root, "generated", "docs", "ERRORS.md"), "utf8");
    expect(docs).toContain("### Errors added by the add-a-code test");
    expect(docs).toContain("`TunnelRebuild`");
    expect(readFileSync(join(ROOT, "generated", "docs", "ERRORS.md"), "utf8")).not.toContain("TunnelRebuilt");
  });

  it("typechecks, and the lookup, agreement, build and validation tests pass against the copy", async () => {
    const [tsc, tests] = await Promise.all([
      start(process.execPath, [TSC, "-p", ".", "--noEmit"]),
      start(process.execPath, [VITEST, "run", "test/runtime/lookup/agreement.test.ts", "test/runtime/lookup/describe.test.ts", "test/build/output.test.ts", "test/catalog/broken-catalogs.test.ts"]),
    ]);
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tests.status, tests.stdout + tests.stderr).toBe(0);
    expect(tests.stdout.replace(/\x1b\[[0-9;]*m/g, "")).toMatch(/Tests\s+\d+ passed/);
  }, 240_000);

  it("check:compat accepts the addition with the minor changeset", () => {
    const compat = run(TSX, [join(root, "scripts", "release", "check-compat.ts")]);
    expect(compat.status, compat.stdout + compat.stderr).toBe(0);
    expect(compat.stdout).toContain("TunnelRebuilt");
  }, 60_000);

  it("the copy's lookups find the new codes by value, name, alias and decimal string", () => {
    const probe = join(root, "probe.ts");
    writeFileSync(
      probe,
      `import { describe, isRetryable, retryAdvice } from "./src/index.js";
for (const key of [9100, "9100", "TunnelRebuilt", "TunnelReBuilt", "TunnelRebuild"]) console.log(JSON.stringify(key), describe(key).map((m) => m.entry.name + "/" + m.matchedBy).join(","), isRetryable(key), retryAdvice(key)?.strategy);`,
    );
    expect(dirname(probe)).toBe(root);
    const out = run(TSX, [probe]);
    expect(out.stderr).toBe("");
    expect(out.stdout.trim().split("\n")).toEqual([
      "9100 TunnelRebuilt/value true backoff",
      '"9100" TunnelRebuilt/value true backoff',
      '"TunnelRebuilt" TunnelRebuilt/name true backoff',
      '"TunnelReBuilt" TunnelRebuilt/alias true backoff',
      '"TunnelRebuild" TunnelRebuild/name false no-retry',
    ]);
  }, 60_000);
});
