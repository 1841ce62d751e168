// A folder's files as text, keyed by their path inside it: what a build wrote, to compare two builds.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

export function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p, "utf8"));
    }
  };
  walk(dir);
  return out;
}
