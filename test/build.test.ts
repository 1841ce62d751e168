import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { build } from "../scripts/build.js";
import { ROOT, materialize } from "./support/fixtures.js";

const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const BUILD = join(ROOT, "scripts", "build.ts");

function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(p.slice(dir.length), readFileSync(p, "latin1"));
    }
  };
  walk(dir);
  return out;
}

const quiet = { log: () => {}, error: () => {} };

describe("the build", () => {
  it("gives byte-identical output on two runs", async () => {
    const a = mkdtempSync(join(tmpdir(), "vec-a-"));
    const b = mkdtempSync(join(tmpdir(), "vec-b-"));
    expect(await build({ catalogDir: join(ROOT, "catalog"), outDir: join(a, "generated"), check: false, ...quiet })).toBe(0);
    expect(await build({ catalogDir: join(ROOT, "catalog"), outDir: join(b, "generated"), check: false, ...quiet })).toBe(0);
    const first = snapshot(join(a, "generated"));
    expect(first.size).toBeGreaterThan(0);
    expect(snapshot(join(b, "generated"))).toEqual(first);
  });

  it("writes every code of every catalog file into the resolved catalog", () => {
    const catalog = JSON.parse(readFileSync(join(ROOT, "generated", "catalog.json"), "utf8"));
    const counts = Object.fromEntries(catalog.families.map((f: { name: string; codes: unknown[] }) => [f.name, f.codes.length]));
    // Counted from the YAML text itself, independently of the loader: one "  - name:" line per code.
    const fromYaml = Object.fromEntries(
      readdirSync(join(ROOT, "catalog"))
        .map((n) => readFileSync(join(ROOT, "catalog", n), "utf8"))
        .filter((text) => /^family: /m.test(text))
        .map((text) => [/^family: (\w+)/m.exec(text)![1], text.slice(text.indexOf("\ncodes:")).match(/^  - name: /gm)!.length]),
    );
    expect(counts).toEqual(fromYaml);
  });

  it("--check passes on the committed generated/ (it is current with catalog/)", () => {
    const result = spawnSync(TSX, [BUILD, "--check"], { cwd: ROOT, encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("--check exits 1 and names each stale file, writing nothing", () => {
    const root = mkdtempSync(join(tmpdir(), "vec-stale-"));
    cpSync(join(ROOT, "catalog"), join(root, "catalog"), { recursive: true });
    cpSync(join(ROOT, "generated"), join(root, "generated"), { recursive: true });
    writeFileSync(join(root, "generated", "catalog.json"), "{}\n");
    writeFileSync(join(root, "generated", "leftover.txt"), "old\n");
    const before = snapshot(join(root, "generated"));
    const result = spawnSync(TSX, [BUILD, "--check", "--catalog", join(root, "catalog"), "--out", join(root, "generated")], { cwd: root, encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("stale: generated/catalog.json (differs)");
    expect(result.stderr).toContain("stale: generated/leftover.txt (not generated any more)");
    expect(snapshot(join(root, "generated"))).toEqual(before);
  });

  it("the real command prints file:line:col diagnostics on stderr and exits 1 for a broken catalog", () => {
    const { root, catalogDir, outDir } = materialize("two-files-two-errors");
    const result = spawnSync(TSX, [BUILD, "--catalog", catalogDir, "--out", outDir], { cwd: root, encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.split("\n").filter((l) => /^catalog\/[\w-]+\.yaml:\d+:\d+: /.test(l))).toHaveLength(2);
    expect(() => statSync(outDir)).toThrow();
  });

  it("rebuilding over an existing output replaces it whole", async () => {
    const { root, catalogDir, outDir } = materialize("base");
    expect(await build({ catalogDir, outDir, check: false, ...quiet })).toBe(0);
    writeFileSync(join(outDir, "stray.txt"), "x");
    expect(await build({ catalogDir, outDir, check: false, ...quiet })).toBe(0);
    expect(readdirSync(outDir)).not.toContain("stray.txt");
    expect(readdirSync(root).filter((n) => /\.(tmp|old|trash)-/.test(n))).toEqual([]);
  });
});
