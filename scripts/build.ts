// npm run build [-- --check] [--catalog DIR] [--out DIR] [--no-compile]
// Loads and validates catalog/ once, runs every emitter, replaces generated/ atomically, then compiles
// the package into dist/ with tsup. With --check it writes nothing and exits 1 when generated/ differs
// from what the catalog gives.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join, relative } from "node:path";
import { isMain } from "./is-main.js";
import { parseArgs } from "node:util";
import { formatDiagnostic } from "./catalog/diagnostics.js";
import { PROJECT_ROOT, loadCatalog } from "./catalog/load.js";
import { emitAll } from "./emit/index.js";
import { staleFiles, writeAtomically } from "./output.js";

export interface BuildOptions {
  catalogDir: string;
  outDir: string;
  check: boolean;
  /** Paths in messages are shown relative to this; the catalog's parent folder by default. */
  root?: string;
  log?: (line: string) => void;
  error?: (line: string) => void;
}

/** Returns the exit code; never throws for a bad catalog. */
export async function build(options: BuildOptions): Promise<number> {
  const log = options.log ?? ((line) => console.log(line));
  const error = options.error ?? ((line) => console.error(line));
  const root = options.root ?? join(options.catalogDir, "..");
  const displayPath = (path: string) => relative(root, path) || ".";
  const { catalog, diagnostics } = loadCatalog(options.catalogDir, root);
  if (!catalog) {
    for (const d of diagnostics) error(formatDiagnostic(d));
    const files = new Set(diagnostics.map((d) => d.file)).size;
    error(`${diagnostics.length} problem${diagnostics.length === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}; ${displayPath(options.outDir)} left untouched.`);
    return 1;
  }
  const files = await emitAll(catalog);
  if (options.check) {
    const stale = staleFiles(options.outDir, files);
    if (stale.length > 0) {
      for (const s of stale) error(`stale: ${displayPath(join(options.outDir, s))}`);
      error(`${displayPath(options.outDir)} is out of date with the catalog: run npm run build.`);
      return 1;
    }
    log(`${displayPath(options.outDir)} is up to date (${files.size} files).`);
    return 0;
  }
  writeAtomically(options.outDir, files);
  const counts = catalog.families.map((f) => `${f.name} ${f.codes.length}`).join(", ");
  log(`wrote ${files.size} files to ${displayPath(options.outDir)} (${counts}).`);
  return 0;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      check: { type: "boolean", default: false },
      catalog: { type: "string", default: join(PROJECT_ROOT, "catalog") },
      out: { type: "string", default: join(PROJECT_ROOT, "generated") },
      "no-compile": { type: "boolean", default: false },
    },
  });
  const code = await build({ catalogDir: values.catalog!, outDir: values.out!, check: values.check! });
  // dist/ is compiled from generated/ts and src/, so only a build of the real output feeds it.
  const compile = code === 0 && !values.check && !values["no-compile"] && values.out === join(PROJECT_ROOT, "generated");
  process.exitCode = compile ? compilePackage() : code;
}

function compilePackage(): number {
  const tsup = join(PROJECT_ROOT, "node_modules", ".bin", "tsup");
  // tsup runs its two configs concurrently, so neither may clean; stale chunks go here instead.
  rmSync(join(PROJECT_ROOT, "dist"), { recursive: true, force: true });
  const result = spawnSync(tsup, [], { cwd: PROJECT_ROOT, stdio: "inherit" });
  if (result.status !== 0) {
    console.error("tsup failed to compile dist/.");
    return 1;
  }
  console.log("compiled dist/ (ESM, CJS and type declarations).");
  return 0;
}

if (isMain(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  });
}
