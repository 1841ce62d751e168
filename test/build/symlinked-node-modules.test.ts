import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/fixtures.js";
import { copyProject } from "../support/project-copy.js";

const run = (root: string, ...args: string[]) => spawnSync(process.execPath, ["scripts/run.mjs", ...args], { cwd: root, encoding: "utf8" });

describe("npm run build with node_modules as a symlink", () => {
  it("--check fails on a stale generated/ and the build rewrites it in the copy, not in the real checkout", () => {
    const root = copyProject("vec-symlinked-");
    const realCatalog = readFileSync(join(ROOT, "generated", "catalog.json"), "utf8");
    writeFileSync(join(root, "generated", "catalog.json"), "{}\n");

    const check = run(root, "scripts/build.ts", "--check");
    expect(check.stderr).toContain("stale: generated/catalog.json (differs)");
    expect(check.status).toBe(1);

    const build = run(root, "scripts/build.ts", "--no-compile");
    expect(build.stderr).toBe("");
    expect(build.stdout).toMatch(/^wrote \d+ files to generated /);
    expect(build.status).toBe(0);
    expect(readFileSync(join(root, "generated", "catalog.json"), "utf8")).toBe(realCatalog);
    expect(run(root, "scripts/build.ts", "--check").status).toBe(0);
  });

  it("run.mjs fails loudly when the script does not recognise itself as the main module", () => {
    const root = copyProject("vec-not-main-");
    // A guard that never matches stands for any way the check can go wrong.
    writeFileSync(join(root, "scripts", "quiet.ts"), 'import { isMain } from "./is-main.js";\nif (isMain("file:///nowhere/quiet.ts")) console.log("ran");\n');
    const result = run(root, "scripts/quiet.ts");
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("did not run as the main module");
  });

  it("a script without a main guard (it runs at top level) still runs", () => {
    const root = copyProject("vec-top-level-");
    writeFileSync(join(root, "scripts", "plain.ts"), 'console.log("ran");\n');
    const result = run(root, "scripts/plain.ts");
    expect(result.stdout).toBe("ran\n");
    expect(result.status).toBe(0);
  });
});
