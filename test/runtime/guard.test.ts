// The runtimes under runtime/ compile and are tested without the catalog: the policy arrives as a value
// from the generated data. A catalog identifier or a policy number written into a runtime file (its unit
// tests included, which use synthetic policies) would be a second copy of the catalog, so this fails on one.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../scripts/catalog/load.js";
import type { Model } from "../../scripts/catalog/model.js";
import { ROOT } from "../support/fixtures.js";

const RUNTIME = join(ROOT, "runtime");
/** Build output, caches and dependency folders a runtime's own tools leave inside it. */
const SKIP_DIRS = new Set(["target", "node_modules", "__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "bin", "obj", "build", "dist", ".venv"]);

const { catalog } = loadCatalog(join(ROOT, "catalog"), ROOT);
const model = catalog as Model;

/**
 * Every name, wire value, alias and older wire name of every family, and the policy's header names. A single
 * capitalised word (None, Ok, Error, Timeout, Config) is left out: those are words of the languages
 * themselves, and a runtime that compared against one would still be caught by its vectors.
 */
export function guardedIdentifiers(m: Model): string[] {
  const ids = new Set<string>();
  for (const family of m.families) {
    for (const code of family.codes) {
      ids.add(code.name);
      if (typeof code.value === "string") ids.add(code.value);
    }
    for (const key of family.derived.keys) if (key.kind !== "value") ids.add(String(key.key));
  }
  const { rateLimit, tokenRefresh, idempotency } = m.retryPolicy;
  for (const header of [rateLimit.retryAfterHeader, rateLimit.resetHeader, rateLimit.limitHeader, rateLimit.remainingHeader, idempotency?.keyHeader]) if (header) ids.add(header);
  if (tokenRefresh) ids.add(tokenRefresh.endpoint);
  return [...ids].filter((id) => !/^[A-Z][a-z]+$/.test(id)).sort();
}

/**
 * The policy's numbers and the catalog's numeric values of three or more digits. Left out: 1000, the
 * milliseconds in a second, and 100, 200, … 600, the bounds of HTTP's status classes (a runtime may check that
 * a status lies in 100..599): facts of units and of HTTP that every runtime may state.
 */
export function guardedNumbers(m: Model): number[] {
  const numbers = new Set<number>();
  const walk = (value: unknown) => {
    if (typeof value === "number") numbers.add(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk(m.retryPolicy);
  for (const family of m.families) for (const code of family.codes) if (typeof code.value === "number") numbers.add(code.value);
  for (const family of m.families) for (const code of family.codes) if (code.httpStatus !== undefined) numbers.add(code.httpStatus);
  return [...numbers].filter((n) => Number.isInteger(n) && n >= 100 && n !== 1000 && !STATUS_CLASS_BOUNDS.has(n)).sort((a, b) => a - b);
}

/** 100, 200, … 600: where HTTP's status classes start and end. */
const STATUS_CLASS_BOUNDS = new Set([100, 200, 300, 400, 500, 600]);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Each guarded word or number found in `text`, as whole tokens, with its line. */
export function findCatalogFacts(text: string, ids: readonly string[], numbers: readonly number[]): string[] {
  const found: string[] = [];
  const idPattern = new RegExp(`(?<![A-Za-z0-9_-])(${ids.map(escapeRegExp).join("|")})(?![A-Za-z0-9_-])`, "g");
  // A number as a token of its own, also when written with digit separators (32_000, 32'000).
  const numberPattern = new RegExp(`(?<![A-Za-z0-9_.'])(${numbers.map((n) => String(n).split("").join("[_']?")).join("|")})(?![0-9_.'])`, "g");
  text.split("\n").forEach((line, i) => {
    for (const m of line.matchAll(idPattern)) found.push(`${i + 1}: identifier ${m[1]}`);
    for (const m of line.matchAll(numberPattern)) found.push(`${i + 1}: number ${m[1]}`);
  });
  return found;
}

function runtimeFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return SKIP_DIRS.has(name) || name.startsWith(".") ? [] : runtimeFiles(path);
      // The written specification names the catalog's examples on purpose; code does not.
      return name.endsWith(".md") ? [] : [path];
    });
}

describe("the runtime guard", () => {
  const ids = guardedIdentifiers(model);
  const numbers = guardedNumbers(model);

  it("guards the catalog's identifiers and policy numbers, taken from the catalog", () => {
    const rest = model.restFamily;
    expect(ids).toContain(String(rest.codes[0]!.value));
    expect(ids).toContain(model.retryPolicy.rateLimit.retryAfterHeader);
    expect(numbers).toContain(model.retryPolicy.backoff.maxDelayMs);
    expect(numbers).toContain(model.retryPolicy.rateLimit.maxWaitMs);
  });

  it("finds a planted identifier and number, and leaves look-alikes alone", () => {
    const code = String(model.restFamily.codes[0]!.value);
    const max = model.retryPolicy.backoff.maxDelayMs;
    const planted = `let a = "${code}";\nlet b = ${max};\nlet c = ${String(max).replace(/(\d)(\d{3})$/, "$1_$2")};\nlet d = ${code}_MORE + 1${max};`;
    expect(findCatalogFacts(planted, ids, numbers)).toEqual([`1: identifier ${code}`, `2: number ${max}`, `3: number ${String(max).replace(/(\d)(\d{3})$/, "$1_$2")}`]);
  });

  it("finds no catalog identifier or policy number in any file under runtime/", () => {
    const problems = runtimeFiles(RUNTIME).flatMap((file) => findCatalogFacts(readFileSync(file, "utf8"), ids, numbers).map((p) => `${relative(ROOT, file)}:${p}`));
    expect(problems).toEqual([]);
  });
});
