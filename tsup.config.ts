import { defineConfig } from "tsup";
import { FAMILIES } from "./generated/ts/families.js";

// One entry per public subpath; the generated family tables double as the per-family subpaths.
export const ENTRIES: Record<string, string> = {
  index: "src/index.ts",
  ...Object.fromEntries(FAMILIES.map((f) => [f.stem, `generated/ts/${f.stem}.table.ts`])),
};

export default defineConfig([
  {
    entry: ENTRIES,
    format: ["esm", "cjs"],
    dts: true,
    outDir: "dist",
    target: "es2020",
    platform: "neutral",
    splitting: true,
    treeshake: true,
    clean: false,
    sourcemap: false,
    silent: true,
  },
  {
    // The CLI is one self-contained ESM file, so that a cold start loads a single module; `simulate` loads
    // its own on demand.
    entry: { cli: "src/cli/main.ts", "cli-simulate": "src/cli/simulate.ts" },
    format: ["esm"],
    outDir: "dist",
    target: "node20",
    platform: "node",
    splitting: false,
    treeshake: true,
    clean: false,
    sourcemap: false,
    silent: true,
    banner: { js: "#!/usr/bin/env node" },
  },
]);
