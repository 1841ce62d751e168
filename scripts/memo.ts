import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { PROJECT_ROOT } from "./root.js";

const DIR = join(PROJECT_ROOT, "node_modules", ".cache", "vpn-error-codes", "memo");

/** require() for the CommonJS packages (ajv) that a memoised step loads only on a cache miss. */
export const requireLazily = createRequire(import.meta.url);

/** Where a step's result for these inputs is kept; `.cjs` for compiled code that is required back. */
export function cacheFile(step: string, inputs: unknown[], extension = ".json"): string {
  return join(DIR, `${step}-${createHash("sha256").update(step).update(JSON.stringify(inputs)).digest("hex").slice(0, 24)}${extension}`);
}

function read<T>(file: string): { value: T } | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as { value: T };
  } catch {
    return undefined; // damaged: compute afresh
  }
}

/** Writes a cache entry; a read-only checkout simply has no cache. */
export function writeCache(file: string, text: string): void {
  try {
    mkdirSync(DIR, { recursive: true });
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
  const file = cacheFile(step, inputs);
  const hit = read<T>(file);
  if (hit) return hit.value;
  const value = compute();
  writeCache(file, JSON.stringify({ value }));
  return value;
}

export async function memo<T>(step: string, inputs: unknown[], compute: () => Promise<T>): Promise<T> {
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
