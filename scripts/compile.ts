// dist/'s JavaScript, with esbuild's API in this process: each entry of scripts/dist-entries.ts as ESM with
// shared chunks, the same files again as CommonJS (each ESM file transformed, its relative imports pointed
// at the .cjs files), and the CLI as one self-contained ESM file. Type declarations: scripts/declarations.ts.
// (tsup did the same in a child process, at four times the CPU time: what a catalog author waits for.)
import { mkdirSync, writeFileSync } from "node:fs";
import { basename } from "node:path";

const toCommonJsPath = (path: string) => path.replace(/\.js$/, ".cjs");
/** Relative imports of the ESM files, as the CommonJS transform leaves them: require("./chunk-X.js"). */
const toCommonJsRequires = (code: string) => code.replace(/(require\(["'])(\.\.?\/[^"']+)\.js(["']\))/g, "$1$2.cjs$3");

export async function compileJavaScript(root: string, outDir: string, entries: Record<string, string>): Promise<void> {
  const esbuild = await import("esbuild");
  mkdirSync(outDir, { recursive: true });
  const library = await esbuild.build({
    absWorkingDir: root,
    entryPoints: entries,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "neutral",
    target: "es2020",
    outdir: outDir,
    chunkNames: "chunk-[hash]",
    write: false,
    logLevel: "silent",
  });
  const cli = esbuild.build({
    absWorkingDir: root,
    // The CLI is one self-contained file, so that a cold start loads a single module; `simulate` loads its own on demand.
    entryPoints: { cli: "src/cli/main.ts", "cli-simulate": "src/cli/simulate.ts" },
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    outdir: outDir,
    banner: { js: "#!/usr/bin/env node" },
    write: true,
    logLevel: "silent",
  });
  await Promise.all([
    cli,
    ...library.outputFiles.map(async (file) => {
      writeFileSync(file.path, file.contents);
      const cjs = await esbuild.transform(file.text, { format: "cjs", target: "es2020", platform: "neutral", sourcefile: basename(file.path) });
      writeFileSync(toCommonJsPath(file.path), toCommonJsRequires(cjs.code));
    }),
  ]);
}
