// npm run build [-- --check | --validate-only] [--catalog DIR] [--out DIR] [--no-compile] [--force]
// Loads and validates catalog/ once, runs every emitter, then compiles the package (scripts/compile.ts and
// scripts/declarations.ts); generated/ and dist/ are replaced together or not at all (see OutputTransaction), also when interrupted.
// With --check it writes nothing and exits 1 when generated/ differs from what the catalog gives.
// With --validate-only (npm run validate) it loads, checks and reports, and emits nothing.
// dist/ is compiled only when its inputs differ from those of the dist/ in place (scripts/dist-key.ts);
// --force compiles regardless.
import { join, relative, resolve } from "node:path";
import { isMain } from "./is-main.js";
import { parseArgs } from "node:util";
import { formatDiagnostic } from "./catalog/diagnostics.js";
import type { Model } from "./catalog/model.js";
import { PROJECT_ROOT, loadCatalog } from "./catalog/load.js";
import { emitAll } from "./emit/index.js";
import { writeDeclarations } from "./declarations.js";
import { compileJavaScript } from "./compile.js";
import { distEntries } from "./dist-entries.js";
import { distInputsKey, distIsCurrent, recordDist } from "./dist-key.js";
import { OutputTransaction, staleFiles, writeAtomically } from "./output.js";

export interface BuildOptions {
  catalogDir: string;
  outDir: string;
  check: boolean;
  /** Load and check the catalog and report; emit nothing. */
  validateOnly?: boolean;
  /** Paths in messages are shown relative to this; the catalog's parent folder by default. */
  root?: string;
  log?: (line: string) => void;
  error?: (line: string) => void;
  /** When given, generated/ is swapped in through it and left for the caller to commit or roll back. */
  transaction?: OutputTransaction;
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
  if (options.validateOnly) {
    const codes = catalog.families.reduce((n, f) => n + f.codes.length, 0);
    log(`${displayPath(options.catalogDir)} is valid: ${codes} codes in ${catalog.families.length} families (${familyCounts(catalog)}).`);
    return 0;
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
  // Reading and comparing costs less than writing, swapping and deleting a whole tree: an output that
  // is already exactly these files (nothing differs, missing or extra) is left as it is.
  if (staleFiles(options.outDir, files).length === 0) {
    log(`${displayPath(options.outDir)} already holds the ${files.size} files the catalog gives (${familyCounts(catalog)}); wrote nothing.`);
    return 0;
  }
  if (options.transaction) options.transaction.writeGenerated(files);
  else writeAtomically(options.outDir, files);
  log(`wrote ${files.size} files to ${displayPath(options.outDir)} (${familyCounts(catalog)}).`);
  return 0;
}

const familyCounts = (catalog: Model) => catalog.families.map((f) => `${f.name} ${f.codes.length}`).join(", ");

const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      check: { type: "boolean", default: false },
      "validate-only": { type: "boolean", default: false },
      force: { type: "boolean", default: false },
      catalog: { type: "string", default: join(PROJECT_ROOT, "catalog") },
      out: { type: "string", default: join(PROJECT_ROOT, "generated") },
      "no-compile": { type: "boolean", default: false },
    },
  });
  const catalogDir = values.catalog!;
  const outDir = resolve(values.out!);
  if (values.check && values["validate-only"]) {
    console.error("--check and --validate-only do not go together: --validate-only writes nothing and compares nothing.");
    return 2;
  }
  if (values["validate-only"]) return build({ catalogDir, outDir, check: false, validateOnly: true });
  if (values.check) return build({ catalogDir, outDir, check: true });

  // dist/ is compiled from generated/ts and src/, so only a build of the real output feeds it.
  const realOutput = outDir === join(PROJECT_ROOT, "generated");
  const compile = realOutput && !values["no-compile"];
  const transaction = new OutputTransaction(outDir, realOutput ? join(PROJECT_ROOT, "dist") : undefined);

  // A signal is acted on at the next await: the file writes and renames in between (recovery's too)
  // are synchronous, so the handler never sees a half-made swap.
  let interrupted: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted) {
      transaction.rollback();
      process.exit(SIGNAL_EXIT[signal]);
    }
    interrupted = signal;
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    for (const note of transaction.recover()) console.error(note);
    let code = await build({ catalogDir, outDir, check: false, transaction });
    if (code === 0 && compile && !interrupted) {
      // Keyed by content: the dist/ in place is kept when it is exactly what these inputs compiled to.
      const inputs = distInputsKey(PROJECT_ROOT);
      if (!values.force && distIsCurrent(PROJECT_ROOT, inputs)) console.log("dist/ is up to date with its inputs (src/, generated/ts/, configs, lockfile); not recompiled (--force to compile).");
      else {
        // esbuild's own threads and the declarations overlap; both write into distTemp, to files of their own.
        console.log("compiling dist/ …");
        const [compiled, declared] = await Promise.all([compilePackage(transaction.distTemp), declare(transaction.distTemp)]);
        code = compiled !== 0 ? compiled : declared;
        if (code === 0 && !interrupted) {
          transaction.swapDist();
          recordDist(PROJECT_ROOT, inputs);
        }
      }
    }
    if (interrupted) {
      transaction.rollback();
      console.error(`build interrupted (${interrupted}): generated/ and dist/ left as they were.`);
      return SIGNAL_EXIT[interrupted]!;
    }
    if (code !== 0) {
      // build() has already said so when the catalog was at fault; the compiler's failure is ours to report.
      if (transaction.rollback() && compile) console.error("generated/ and dist/ left as they were.");
      return code;
    }
    transaction.commit();
    return 0;
  } catch (error) {
    transaction.rollback();
    throw error;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

/** dist/'s type declarations (scripts/declarations.ts); a source that cannot be declared file by file fails the build. */
async function declare(outDir: string): Promise<number> {
  try {
    await writeDeclarations(PROJECT_ROOT, outDir, distEntries(PROJECT_ROOT));
    console.log("declared dist/'s types.");
    return 0;
  } catch (error) {
    console.error(`type declarations failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

/** dist/'s JavaScript into `outDir` (scripts/compile.ts); a source that does not compile fails the build. */
async function compilePackage(outDir: string): Promise<number> {
  try {
    await compileJavaScript(PROJECT_ROOT, outDir, distEntries(PROJECT_ROOT));
    console.log("compiled dist/ (ESM and CJS).");
    return 0;
  } catch (error) {
    console.error(`esbuild failed to compile dist/: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

if (isMain(import.meta.url)) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 2;
    },
  );
}
