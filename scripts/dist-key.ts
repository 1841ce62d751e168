// Whether dist/ is what the compile (scripts/compile.ts, scripts/declarations.ts) would make now, by
// content: a hash of everything it reads, recorded with a hash of dist/ as it was compiled. Both must
// match, so that an edited or part-deleted dist/ is never taken for current.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { writeCache } from "./memo.js";

/** Where the record of the last compile is kept: the checkout's build cache (README, "Caches"). */
const recordFile = (root: string) => join(root, ".cache", "build", "dist-inputs.json");

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? filesUnder(join(dir, d.name)) : [join(dir, d.name)]))
    .sort();
}

function hashFiles(root: string, files: string[]): string {
  const hash = createHash("sha256");
  for (const file of files)
    hash
      .update(relative(root, file))
      .update("\0")
      .update(existsSync(file) ? readFileSync(file) : "(absent)")
      .update("\0");
  return hash.digest("hex");
}

/** Everything the compile reads to make dist/: src/, generated/ts/ (as just written), the compile's own scripts, its configs and the lockfile's versions. */
export function distInputsKey(root: string): string {
  const configs = ["scripts/compile.ts", "scripts/dist-entries.ts", "scripts/declarations.ts", "tsconfig.json", "package.json", "package-lock.json"].map((name) => join(root, name));
  return hashFiles(root, [...filesUnder(join(root, "src")), ...filesUnder(join(root, "generated", "ts")), ...configs]);
}

const distContents = (root: string) => hashFiles(join(root, "dist"), filesUnder(join(root, "dist")));

export function distIsCurrent(root: string, inputs: string): boolean {
  if (!existsSync(recordFile(root)) || !existsSync(join(root, "dist"))) return false;
  try {
    const recorded = JSON.parse(readFileSync(recordFile(root), "utf8")) as { inputs?: unknown; dist?: unknown };
    return recorded.inputs === inputs && recorded.dist === distContents(root);
  } catch {
    return false; // a damaged record: compile
  }
}

/** Records a compile of `inputs` into the dist/ now in place. */
export function recordDist(root: string, inputs: string): void {
  writeCache(recordFile(root), JSON.stringify({ inputs, dist: distContents(root) }));
}
