// A key for build outputs that a warm run reuses: the Python test's wheel folder, the Rust test's target, and
// the benchmark rows that measure what those tests built. Node's own modules only, so a row can import it.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** A hash of every file under `dir` (paths and bytes), to key build outputs that a warm run reuses. */
export function contentHash(...dirs: string[]): string {
  const hash = createHash("sha256");
  const walk = (dir: string, base: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path, base);
      else hash.update(relative(base, path)).update("\0").update(readFileSync(path)).update("\0");
    }
  };
  for (const dir of dirs) walk(dir, dir);
  return hash.digest("hex").slice(0, 16);
}
