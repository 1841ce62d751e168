import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, cpSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../support/fixtures.js";
import { copyProject, tree } from "../support/project-copy.js";

// Root ignores file modes, so as root the build runs as nobody (the bundle is made beforehand as root,
// since nobody cannot write the bundle cache). The copy lives in the temp folder, which nobody reaches; this
// checkout may not be reachable (cloned under root's 0700 home), so nobody's build then links to a copy of
// node_modules in the temp folder instead of this checkout's.
const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;

/** Whether nobody can read `path`: every folder above it searchable, the file readable. */
function nobodyReads(path: string): boolean {
  const probe = "require('node:fs').accessSync(process.argv[1], require('node:fs').constants.R_OK)";
  return spawnSync(process.execPath, ["-e", probe, path], { uid: NOBODY, gid: NOBODY, stdio: "ignore" }).status === 0;
}

/** Why the test cannot run as nobody here, or undefined when it can. */
function nobodyPrecondition(): string | undefined {
  if (!asRoot) return undefined;
  if (!nobodyReads(tmpdir())) return `nobody (uid ${NOBODY}) cannot run ${process.execPath} or reach the temp folder ${tmpdir()}`;
  return undefined;
}
const unmet = nobodyPrecondition();
if (unmet) console.warn(`test/build/read-only-output.test.ts skipped: ${unmet}.`);

/** The node_modules nobody's build links to: this checkout's when nobody reaches it, else one copy in the temp folder. */
let nodeModules: string | undefined;
let nodeModulesCopy: string | undefined;
function reachableNodeModules(): string | undefined {
  if (!asRoot || nodeModules !== undefined) return nodeModules;
  const own = join(ROOT, "node_modules");
  if (nobodyReads(join(own, "yaml", "package.json"))) nodeModules = own;
  else {
    nodeModulesCopy = mkdtempSync(join(tmpdir(), "vec-ro-node-modules-"));
    chmodSync(nodeModulesCopy, 0o755);
    cpSync(own, join(nodeModulesCopy, "node_modules"), { recursive: true, verbatimSymlinks: true });
    nodeModules = join(nodeModulesCopy, "node_modules");
  }
  return nodeModules;
}
afterAll(() => {
  if (nodeModulesCopy) rmSync(nodeModulesCopy, { recursive: true, force: true });
});

function chownTree(path: string): void {
  chownSync(path, NOBODY, NOBODY);
  if (statSync(path).isDirectory()) for (const name of readdirSync(path)) chownTree(join(path, name));
}

function setup(prefix: string): string {
  const modules = reachableNodeModules();
  const root = copyProject(prefix, modules ? { nodeModules: modules } : {});
  expect(spawnSync(process.execPath, ["scripts/run.mjs", "scripts/build.ts", "--check"], { cwd: root }).status).toBe(0);
  writeFileSync(join(root, "generated", "catalog.json"), "{}\n");
  if (asRoot) {
    for (const name of readdirSync(root)) if (name !== "node_modules") chownTree(join(root, name));
    chownSync(root, NOBODY, NOBODY);
  }
  chmodSync(root, 0o755);
  return root;
}

const build = (root: string) => spawnSync(process.execPath, ["scripts/run.mjs", "scripts/build.ts", "--no-compile"], { cwd: root, encoding: "utf8", ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}) });
const leftovers = (root: string) => readdirSync(root).filter((n) => /^(generated|dist)\./.test(n));

describe.skipIf(unmet !== undefined)("a build against read-only output", () => {
  it("a read-only generated/ folder is replaced whole and its old copy removed", () => {
    const root = setup("vec-ro-folder-");
    chmodSync(join(root, "generated"), 0o555);
    const result = build(root);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(tree(join(root, "generated"))).toEqual(tree(join(ROOT, "generated")));
    expect(leftovers(root)).toEqual([]);
  });

  it("a read-only parent folder fails the build, leaves generated/ as it was and no temp folder", () => {
    const root = setup("vec-ro-parent-");
    const before = tree(join(root, "generated"));
    chmodSync(root, 0o555);
    try {
      const result = build(root);
      expect(result.status).not.toBe(0);
      expect(result.stderr).toMatch(/EACCES/);
      expect(tree(join(root, "generated"))).toEqual(before);
      expect(leftovers(root)).toEqual([]);
    } finally {
      chmodSync(root, 0o755);
    }
  });
});
