import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./fixtures.js";

/** What a build reads and writes; node_modules is one symlink to this checkout's, as a CI cache mounts it. */
const PARTS = ["catalog", "schema", "scripts", "src", "runtime", "generated", "tsconfig.json", "package.json", "package-lock.json", "LICENSE"];

/**
 * A copy of the project in a temp folder. `nodeModules` is the folder its node_modules links to (this
 * checkout's by default): another user who cannot reach this checkout (under a 0700 home) needs a copy.
 */
export function copyProject(prefix: string, options: { withDist?: boolean; nodeModules?: string } = {}): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const part of [...PARTS, ...(options.withDist ? ["dist"] : [])]) cpSync(join(ROOT, part), join(root, part), { recursive: true });
  // The build's memo, keyed by content, spares each copy's build the compiles this checkout has done
  // (quicktype's above all). Not the record of dist/'s last compile: a copy's first build still compiles dist/.
  const memo = join(ROOT, ".cache", "build", "memo");
  if (existsSync(memo)) cpSync(memo, join(root, ".cache", "build", "memo"), { recursive: true });
  symlinkSync(options.nodeModules ?? join(ROOT, "node_modules"), join(root, "node_modules"), "dir");
  return root;
}

/** Every file under `dir` by relative path, with its bytes. */
export function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(p.slice(dir.length + 1), readFileSync(p, "latin1"));
    }
  };
  walk(dir);
  return out;
}
