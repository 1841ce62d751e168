import { defineConfig } from "tsup";

// One entry per public subpath; the generated family tables double as the per-family subpaths.
export const ENTRIES = {
  index: "src/index.ts",
  "http-status": "generated/ts/http-status.table.ts",
  "operational-error": "generated/ts/operational-error.table.ts",
  "response-result": "generated/ts/response-result.table.ts",
  "rest-error-code": "generated/ts/rest-error-code.table.ts",
};

export default defineConfig({
  entry: ENTRIES,
  format: ["esm", "cjs"],
  dts: true,
  outDir: "dist",
  target: "es2020",
  platform: "neutral",
  splitting: true,
  treeshake: true,
  clean: true,
  sourcemap: false,
  silent: true,
});
