import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./fixtures.js";

/** What a build reads and writes; node_modules is one symlink to this checkout's, as a CI cache mounts it. */
const PARTS = ["catalog", "schema", "scripts", "src", "generated", "tsup.config.ts", "tsconfig.json", "package.json"];

export function copyProject(prefix: string, options: { withDist?: boolean } = {}): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const part of [...PARTS, ...(options.withDist ? ["dist"] : [])]) cpSync(join(ROOT, part), join(root, part), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(root, "node_modules"), "dir");
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
