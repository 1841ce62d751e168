import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { build } from "../../scripts/build.js";
import { ROOT, materialize } from "../support/fixtures.js";
import { tree } from "../support/project-copy.js";

const TSX = join(ROOT, "node_modules", ".bin", "tsx");

/** Runs build() on a materialised base whose catalog `alter` changes, over a previous output. */
async function diagnose(alter: (catalogDir: string, root: string) => void): Promise<{ code: number; errors: string[]; untouched: boolean }> {
  const { root, catalogDir, outDir } = materialize("base");
  mkdirSync(outDir);
  writeFileSync(join(outDir, "catalog.json"), '{"previous": true}\n');
  const before = tree(outDir);
  alter(catalogDir, root);
  const errors: string[] = [];
  const code = await build({ catalogDir, outDir, root, check: false, log: () => {}, error: (l) => errors.push(l) });
  return { code, errors, untouched: JSON.stringify([...tree(outDir)]) === JSON.stringify([...before]) };
}

describe("odd catalog paths", () => {
  it("a missing catalog folder: one diagnostic, exit 1, generated/ untouched", async () => {
    const result = await diagnose((catalogDir) => rmSync(catalogDir, { recursive: true }));
    expect(result).toEqual({ code: 1, untouched: true, errors: ["catalog:1:1: the catalog folder does not exist", "1 problem in 1 file; generated left untouched."] });
  });

  it("the real command exits 1 (not 2) for a missing catalog folder", () => {
    const { root } = materialize("base");
    const result = spawnSync(TSX, [join(ROOT, "scripts", "build.ts"), "--catalog", join(root, "nowhere"), "--out", join(root, "generated")], { cwd: root, encoding: "utf8" });
    expect(result.stderr.split("\n")[0]).toBe("nowhere:1:1: the catalog folder does not exist");
    expect(result.status).toBe(1);
  });

  it("a catalog path that is a file", async () => {
    const result = await diagnose((catalogDir) => {
      rmSync(catalogDir, { recursive: true });
      writeFileSync(catalogDir, "");
    });
    expect(result.errors[0]).toBe("catalog:1:1: the catalog path is not a folder");
    expect(result.code).toBe(1);
  });

  it("a dangling symlink and a folder named x.yaml: one diagnostic each", async () => {
    const result = await diagnose((catalogDir) => {
      symlinkSync("../elsewhere/gone.yaml", join(catalogDir, "gone.yaml"));
      mkdirSync(join(catalogDir, "x.yaml"));
    });
    expect(result).toEqual({
      code: 1,
      untouched: true,
      errors: [
        "catalog/gone.yaml:1:1: dangling symbolic link: its target ../elsewhere/gone.yaml does not exist",
        "catalog/x.yaml:1:1: this is a folder, not a YAML file: rename or remove it",
        "2 problems in 2 files; generated left untouched.",
      ],
    });
  });

  it("a UTF-8 byte-order mark is accepted and changes nothing in the output", async () => {
    const plain = materialize("base");
    expect(await build({ catalogDir: plain.catalogDir, outDir: plain.outDir, check: false, log: () => {}, error: () => {} })).toBe(0);
    const withBom = materialize("base");
    for (const name of ["operational-error.yaml", "retry-policy.yaml"]) {
      const path = join(withBom.catalogDir, name);
      writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(path)]));
    }
    expect(await build({ catalogDir: withBom.catalogDir, outDir: withBom.outDir, check: false, log: () => {}, error: () => {} })).toBe(0);
    expect(tree(withBom.outDir)).toEqual(tree(plain.outDir));
  });
});
