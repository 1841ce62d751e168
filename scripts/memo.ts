import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { PROJECT_ROOT } from "./root.js";

/**
 * Every cache of this checkout lives under its one ignored folder .cache/ (README: "Caches"): the build's
 * in .cache/build/, which `rm -rf .cache/build` clears. Nothing in it is ever output.
 */
export const CACHE_DIR = join(PROJECT_ROOT, ".cache", "build");
const DIR = join(CACHE_DIR, "memo");

/** require() for the CommonJS packages (ajv) that a memoised step loads only on a cache miss. */
export const requireLazily = createRequire(import.meta.url);

/** Where a step's result for these inputs is kept; `.cjs` for compiled code that is required back. */
export function cacheFile(step: string, inputs: unknown[], extension = ".json"): string {
  return join(DIR, `${step}-${createHash("sha256").update(step).update(JSON.stringify(inputs)).digest("hex").slice(0, 24)}${extension}`);
}

/**
 * VPN_ERROR_CODES_MEMO=off makes every memoised step compute and keep nothing: for a benchmark of the
 * work itself (bench/rows/build-scaling.ts), or to rule the cache out when in doubt.
 */
const memoOff = () => process.env.VPN_ERROR_CODES_MEMO === "off";

function read<T>(file: string): { value: T } | undefined {
  if (memoOff() || !existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as { value: T };
  } catch {
    return undefined; // damaged: compute afresh
  }
}

/** Writes a cache entry; a read-only checkout simply has no cache. */
export function writeCache(file: string, text: string): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  } catch {
    // The next build computes again.
  }
}

/**
 * The result of a deterministic, expensive step (an ajv or json2ts compile), kept on disk under a hash
 * of everything it depends on, so that a rebuild with the same inputs skips both the step and the
 * import of the package that does it. `inputs` must name every input, the package's version included.
 */
export function memoSync<T>(step: string, inputs: unknown[], compute: () => T): T {
  if (memoOff()) return compute();
  const file = cacheFile(step, inputs);
  const hit = read<T>(file);
  if (hit) return hit.value;
  const value = compute();
  writeCache(file, JSON.stringify({ value }));
  return value;
}

export async function memo<T>(step: string, inputs: unknown[], compute: () => Promise<T>): Promise<T> {
  if (memoOff()) return compute();
  const file = cacheFile(step, inputs);
  const hit = read<T>(file);
  if (hit) return hit.value;
  const value = await compute();
  writeCache(file, JSON.stringify({ value }));
  return value;
}

/** The version of an installed package, for cache keys. */
export function packageVersion(name: string): string {
  return (requireLazily(`${name}/package.json`) as { version: string }).version;
}

let sources: string | undefined;

/**
 * A hash of the build's own code (scripts/, src/ and schema/), for the key of a step whose result
 * depends on what that code does and not only on a package's version: the catalog loader's.
 */
export function sourceFingerprint(): string {
  if (sources) return sources;
  const hash = createHash("sha256");
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : /\.(ts|mjs|json)$/.test(d.name) ? [join(dir, d.name)] : []));
  // Paths relative to the root, so that a copy of the checkout shares the key (and a copied memo).
  for (const file of ["scripts", "src", "schema"].flatMap((d) => walk(join(PROJECT_ROOT, d))).sort()) hash.update(relative(PROJECT_ROOT, file)).update("\0").update(readFileSync(file));
  return (sources = hash.digest("hex"));
}

/** The cached value for these inputs, if any; for a step that decides for itself whether to keep its result. */
export function cached<T>(step: string, inputs: unknown[]): T | undefined {
  return read<T>(cacheFile(step, inputs))?.value;
}

/** Keeps `value` as the result for these inputs. */
export function keep(step: string, inputs: unknown[], value: unknown): void {
  if (memoOff()) return;
  writeCache(cacheFile(step, inputs), JSON.stringify({ value }));
}
