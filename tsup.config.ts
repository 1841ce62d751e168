import { defineConfig } from "tsup";
import { distEntries } from "./scripts/dist-entries.js";

// One entry per public subpath; the generated family tables double as the per-family subpaths. Type
// declarations are not tsup's: scripts/declarations.ts writes them file by file, memoized (rollup's
// bundling of them was three quarters of a build's time).
export const ENTRIES: Record<string, string> = distEntries(".");

export default defineConfig([
  {
    entry: ENTRIES,
    format: ["esm", "cjs"],
    dts: false,
    outDir: "dist",
    target: "es2020",
    platform: "neutral",
    splitting: true,
    // esbuild's own tree shaking: tsup's `treeshake` runs rollup over esbuild's output, which doubled the
    // compile's CPU time for 3% of bytes that a consumer's bundler (sideEffects: false) drops anyway.
    treeshake: false,
    clean: false,
    sourcemap: false,
    silent: true,
  },
  {
    // The CLI is one self-contained ESM file, so that a cold start loads a single module.
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    outDir: "dist",
    target: "node20",
    platform: "node",
    splitting: false,
    treeshake: false,
    clean: false,
    sourcemap: false,
    silent: true,
    banner: { js: "#!/usr/bin/env node" },
  },
]);
