import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split("\\").join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

/** Files that differ between `files` and what `dir` holds: changed, missing or extra. */
export function staleFiles(dir: string, files: Map<string, string>): string[] {
  const stale: string[] = [];
  for (const [path, content] of files) {
    const full = join(dir, path);
    if (!existsSync(full)) stale.push(`${path} (missing)`);
    else if (readFileSync(full, "utf8") !== content) stale.push(`${path} (differs)`);
  }
  for (const path of listFiles(dir)) if (!files.has(path)) stale.push(`${path} (not generated any more)`);
  return stale;
}

/**
 * Replaces `dir` with exactly `files`. Everything is written to a sibling temp folder first and
 * swapped in by rename, so a failure part-way leaves the old output whole.
 */
export function writeAtomically(dir: string, files: Map<string, string>): void {
  const temp = `${dir}.tmp-${process.pid}`;
  const old = `${dir}.old-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  try {
    for (const [path, content] of files) {
      const full = join(temp, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
    }
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  const hadOld = existsSync(dir);
  if (hadOld) renameSync(dir, old);
  try {
    renameSync(temp, dir);
  } catch (error) {
    if (hadOld) renameSync(old, dir);
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
}
