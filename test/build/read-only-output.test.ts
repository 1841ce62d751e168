import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/fixtures.js";
import { copyProject, tree } from "../support/project-copy.js";

// Root ignores file modes, so as root the build runs as nobody (the bundle is made beforehand as root,
// since nobody cannot write the bundle cache).
const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;

function chownTree(path: string): void {
  chownSync(path, NOBODY, NOBODY);
  if (statSync(path).isDirectory()) for (const name of readdirSync(path)) chownTree(join(path, name));
}

function setup(prefix: string): string {
  const root = copyProject(prefix);
  expect(spawnSync(process.execPath, ["scripts/run.mjs", "scripts/build.ts", "--check"], { cwd: root }).status).toBe(0);
  writeFileSync(join(root, "generated", "catalog.json"), "{}\n");
  if (asRoot) {
    for (const name of readdirSync(root)) if (name !== "node_modules") chownTree(join(root, name));
    chownSync(root, NOBODY, NOBODY);
  }
  chmodSync(root, 0o755);
  return root;
}

const build = (root: string) =>
  spawnSync(process.execPath, ["scripts/run.mjs", "scripts/build.ts", "--no-compile"], { cwd: root, encoding: "utf8", ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}) });
const leftovers = (root: string) => readdirSync(root).filter((n) => /^(generated|dist)\./.test(n));

describe("a build against read-only output", () => {
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
