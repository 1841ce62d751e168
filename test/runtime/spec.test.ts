// runtime/SPEC.md is the written form of the decision and envelope rules, and the runtimes cite its
// sections. This keeps it honest against what it names: its sections are numbered without a gap and every
// citation resolves, every vector it gives as an example exists, and it names exactly the runtime policy's
// fields and words, as runtimePolicy(model) gives them.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../scripts/catalog/load.js";
import type { Model } from "../../scripts/catalog/model.js";
import { runtimePolicy } from "../../scripts/catalog/runtime-policy.js";
import { ROOT } from "../support/fixtures.js";

const SPEC = readFileSync(join(ROOT, "runtime", "SPEC.md"), "utf8");
const { catalog } = loadCatalog(join(ROOT, "catalog"), ROOT);
const policy = runtimePolicy(catalog as Model);
const decisionIds: string[] = (JSON.parse(readFileSync(join(ROOT, "test", "vectors", "decisions.json"), "utf8")) as { cases: Array<{ id: string }> }).cases.map((c) => c.id);
const ENVELOPES = join(ROOT, "test", "vectors", "envelopes");

/** Every file under `dir` whose name `keep` accepts, skipping dependency and build folders. */
function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "node_modules" || name === "target" || name.startsWith(".") ? [] : filesUnder(path, keep);
    return keep(name) ? [path] : [];
  });
}

/** The backticked names that follow "vector" or "vectors": `a`, `b` and `c`. */
function citedVectors(text: string): string[] {
  return [...text.matchAll(/\bvectors?((?:,?\s+(?:and\s+)?`[^`]+`)+)/g)].flatMap((m) => [...m[1]!.matchAll(/`([^`]+)`/g)].map((t) => t[1]!));
}

/** A vector name as the spec writes it, `*` standing for any text, to a test of a decision id. */
const matcher = (name: string) => new RegExp(`^${name.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`);

describe("runtime/SPEC.md", () => {
  it("numbers its sections from §1 without a gap, and every citation of a section resolves", () => {
    const numbers = [...SPEC.matchAll(/^## §(\d+) \S/gm)].map((m) => Number(m[1]));
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    const sources = [join(ROOT, "runtime"), join(ROOT, "src"), join(ROOT, "scripts")].flatMap((dir) => filesUnder(dir, () => true));
    for (const file of sources) {
      for (const m of readFileSync(file, "utf8").matchAll(/SPEC\.md §(\d+)/g)) expect(numbers, `${relative(ROOT, file)} cites §${m[1]}`).toContain(Number(m[1]));
    }
    for (const m of SPEC.matchAll(/§(\d+)/g)) expect(numbers, `SPEC.md refers to §${m[1]}`).toContain(Number(m[1]));
  });

  it("gives as examples only vectors that exist", () => {
    const cited = citedVectors(SPEC);
    expect(cited.length).toBeGreaterThan(0);
    for (const name of cited) {
      const found = /\.(json|html|txt)$/.test(name) ? existsSync(join(ENVELOPES, name)) : decisionIds.some((id) => matcher(name).test(id));
      expect(found, name).toBe(true);
    }
  });

  it("names every field of the runtime policy, and only those", () => {
    // A top-level field is named alone (`failReasons`) or through its own fields (`decision.maxWaitMs`).
    for (const key of Object.keys(policy)) expect(SPEC, key).toMatch(new RegExp(`\`${key}[\`.]`));
    for (const group of ["decision", "envelope"] as const) {
      const fields = Object.keys(policy[group]);
      for (const field of fields) expect(SPEC, `${group}.${field}`).toContain(`${group}.${field}`);
      for (const m of SPEC.matchAll(new RegExp(`\`${group}\\.(\\w+)`, "g"))) expect(fields, `SPEC.md names ${group}.${m[1]}`).toContain(m[1]);
    }
  });

  it("lists every fail reason and retry basis a decision prints, and every strategy word", () => {
    for (const word of [...policy.failReasons, ...policy.retryBases, ...policy.strategies, ...policy.failingStrategies]) expect(SPEC, word).toContain(`\`${word}\``);
  });
});
