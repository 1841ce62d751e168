import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { build } from "../../scripts/build.js";
import { ROOT, materialize } from "../support/fixtures.js";

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
        .map((text) => [/^family: (\w+)/m.exec(text)![1], text.slice(text.indexOf("\ncodes:")).match(/^ {2}- name: /gm)!.length]),
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

describe("the author's loop: memoised steps and work left undone", () => {
  it("a memoised catalog load gives the model a load from scratch gives", async () => {
    const { loadCatalog } = await import("../../scripts/catalog/load.js");
    const { catalogDir } = materialize("base");
    const fresh = (() => {
      process.env.VPN_ERROR_CODES_MEMO = "off";
      try {
        return loadCatalog(catalogDir);
      } finally {
        delete process.env.VPN_ERROR_CODES_MEMO;
      }
    })();
    expect(fresh.catalog).toBeDefined();
    const first = loadCatalog(catalogDir); // fills the memo, or hits it
    const second = loadCatalog(catalogDir); // hits it
    for (const loaded of [first, second]) {
      expect(loaded.diagnostics).toEqual([]);
      expect(loaded.catalog).toEqual(fresh.catalog);
      expect([...loaded.positions]).toEqual([...fresh.positions]);
    }
  });

  it("--validate-only reports a good catalog and writes nothing, and fails on a broken one as the build does", async () => {
    const good = materialize("base");
    const lines: string[] = [];
    expect(await build({ catalogDir: good.catalogDir, outDir: good.outDir, check: false, validateOnly: true, log: (l) => lines.push(l), error: (l) => lines.push(l) })).toBe(0);
    expect(lines.join("\n")).toMatch(/^catalog is valid: \d+ codes in \d+ families/);
    expect(readdirSync(good.root)).toEqual(["catalog"]);

    const broken = materialize("meaning-duplicate-value");
    const errors: string[] = [];
    expect(await build({ catalogDir: broken.catalogDir, outDir: broken.outDir, check: false, validateOnly: true, log: () => {}, error: (l) => errors.push(l) })).toBe(1);
    expect(errors.some((l) => /already used/.test(l))).toBe(true);
  });

  it("a build over output that is already exactly what the catalog gives leaves every file as it was", async () => {
    const { root, catalogDir, outDir } = materialize("base");
    expect(await build({ catalogDir, outDir, check: false, ...quiet })).toBe(0);
    const before = new Map(readdirSync(outDir, { recursive: true, encoding: "utf8" }).map((p) => [p, statSync(join(outDir, p)).mtimeMs]));
    const lines: string[] = [];
    expect(await build({ catalogDir, outDir, check: false, log: (l) => lines.push(l), error: (l) => lines.push(l) })).toBe(0);
    expect(lines).toEqual([expect.stringMatching(/^generated already holds the \d+ files the catalog gives .*; wrote nothing\.$/)]);
    expect(new Map(readdirSync(outDir, { recursive: true, encoding: "utf8" }).map((p) => [p, statSync(join(outDir, p)).mtimeMs]))).toEqual(before);
    expect(readdirSync(root).sort()).toEqual(["catalog", "generated"]);
  });
});

describe("whether dist/ is current (scripts/dist-key.ts)", () => {
  it("holds while the inputs and dist/ are as recorded, and not once either changes or the record is missing", async () => {
    const { distInputsKey, distIsCurrent, recordDist } = await import("../../scripts/dist-key.js");
    const root = mkdtempSync(join(tmpdir(), "vec-dist-key-"));
    const put = (path: string, text: string) => {
      mkdirSync(join(root, dirname(path)), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    for (const path of ["src/index.ts", "generated/ts/roles.ts", "scripts/compile.ts", "package.json", "dist/index.js", "dist/cli.js"]) put(path, `// ${path}\n`);
    expect(distIsCurrent(root, distInputsKey(root))).toBe(false); // never compiled here
    recordDist(root, distInputsKey(root));
    expect(distIsCurrent(root, distInputsKey(root))).toBe(true);

    put("dist/index.js", "// edited by hand\n");
    expect(distIsCurrent(root, distInputsKey(root))).toBe(false);
    recordDist(root, distInputsKey(root));
    rmSync(join(root, "dist", "cli.js"));
    expect(distIsCurrent(root, distInputsKey(root))).toBe(false);
    recordDist(root, distInputsKey(root));

    for (const input of ["src/index.ts", "generated/ts/roles.ts", "scripts/compile.ts", "package.json", "package-lock.json", "src/new.ts"]) {
      const key = distInputsKey(root);
      put(input, `// ${input}, changed\n`);
      expect(distIsCurrent(root, distInputsKey(root)), input).toBe(false);
      expect(distInputsKey(root)).not.toBe(key);
      recordDist(root, distInputsKey(root));
      expect(distIsCurrent(root, distInputsKey(root))).toBe(true);
    }
  });
});
