import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { build } from "../../scripts/build.js";
import { expectedDiagnostics, fixtureCases, materialize } from "../support/fixtures.js";

function hashTree(dir: string): string {
  const hash = createHash("sha256");
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else hash.update(`${p}\0`).update(readFileSync(p));
    }
  };
  walk(dir);
  return hash.digest("hex");
}

describe("broken catalogs", () => {
  const cases = fixtureCases();

  it("cover at least 15 distinct failure kinds across syntax, schema and meaning", () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
    for (const stage of ["syntax-", "schema-", "meaning-"]) expect(cases.some((c) => c.startsWith(stage))).toBe(true);
  });

  it.each(cases)("%s: reports every problem at file:line:col, exits 1, leaves generated/ untouched", async (caseName) => {
    const { root, catalogDir, outDir } = materialize(caseName);
    // A previous good output that the failed build must not touch.
    mkdirSync(join(outDir, "nested"), { recursive: true });
    writeFileSync(join(outDir, "catalog.json"), '{"previous": true}\n');
    writeFileSync(join(outDir, "nested", "keep.txt"), "keep\n");
    const before = hashTree(outDir);

    const errors: string[] = [];
    const code = await build({ catalogDir, outDir, root, check: false, log: () => {}, error: (l) => errors.push(l) });
    expect(code).toBe(1);
    const expected = expectedDiagnostics(caseName);
    expect(errors.slice(0, -1)).toEqual(expected);
    expect(errors.at(-1)).toMatch(new RegExp(`^${expected.length} problems? in \\d+ files?; generated left untouched\\.$`));
    expect(hashTree(outDir)).toBe(before);
  });

  it("the base fixture itself is valid", async () => {
    const { catalogDir, outDir } = materialize("base");
    expect(await build({ catalogDir, outDir, check: false, log: () => {}, error: () => {} })).toBe(0);
  });
});
