// Bench-side builds of bench scripts into .cache/bench/*.mjs with esbuild: our TypeScript only (as
// scripts/run.mjs does, but prebuilt, so that a run has no bundling step), or everything inlined.
import { build } from "esbuild";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./paths.js";

/** In the checkout's one cache folder (README: "Caches"), beside the build's. */
export const CACHE = join(ROOT, ".cache", "bench");

export interface ScriptBuild {
  /** Leave node_modules packages as imports (only our TypeScript is compiled) or inline them all. */
  packages: "external" | "bundle";
}

// CommonJS packages inlined into an ES module bundle still call require().
const BANNER = `import { createRequire as __benchCreateRequire } from "node:module";
const require = __benchCreateRequire(import.meta.url);`;

/** Builds `entry` (a path under bench/) to .cache/bench/<name>.mjs and returns that path. */
export async function buildScript(entry: string, name: string, options: ScriptBuild): Promise<string> {
  mkdirSync(CACHE, { recursive: true });
  // Bare imports resolve from .cache/bench/ up to the root's node_modules.
  const outfile = join(CACHE, `${name}.mjs`);
  await build({
    entryPoints: [join(ROOT, entry)],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    ...(options.packages === "external" ? { packages: "external" as const } : {}),
    banner: { js: BANNER },
    logLevel: "error",
  });
  return outfile;
}
