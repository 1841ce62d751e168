// The release dry run: every artefact the seven registries would receive, assembled into one folder, and
// each registry's own check run on it. npm run release -- --dry-run calls it after its own checks and a
// build; `tsx scripts/release/dry-run/index.ts` runs it alone on what npm run build left. It prints what
// each registry would receive and stops at the first problem, naming it.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadPackageInfo } from "../../catalog/package-info.js";
import { isMain } from "../../is-main.js";
import { PROJECT_ROOT } from "../../root.js";
import { type Artefact, ReleaseProblem, type Stage, humanSize } from "./context.js";
import { goStage } from "./go.js";
import { mavenStage } from "./maven.js";
import { npmStage } from "./npm.js";
import { nugetStage } from "./nuget.js";
import { pythonStage } from "./python.js";
import { rustStage } from "./rust.js";

/** In the order a release publishes them: npm first (the catalog's home), then the languages. */
export const STAGES: readonly Stage[] = [npmStage, pythonStage, rustStage, mavenStage, goStage, nugetStage];

/** The names --only takes: "npm", "pypi", "crates", "maven", "go", "nuget". */
export const STAGE_KEYS: Record<string, Stage> = { npm: npmStage, pypi: pythonStage, crates: rustStage, maven: mavenStage, go: goStage, nuget: nugetStage };

export interface DryRunOptions {
  projectDir: string;
  /** Where the artefacts go; emptied first. */
  outDir: string;
  /** Tool caches; the project's .cache/ by default. */
  cacheDir?: string;
  /** Only these stages (STAGE_KEYS' names); all by default. */
  only?: readonly string[];
  log?: (line: string) => void;
  error?: (line: string) => void;
}

export interface DryRunResult {
  ok: boolean;
  artefacts: Artefact[];
  /** The problem that stopped the run, named. */
  problem?: string;
}

export function dryRun(options: DryRunOptions): DryRunResult {
  const log = options.log ?? ((line) => console.log(line));
  const error = options.error ?? ((line) => console.error(line));
  const fail = (problem: string): DryRunResult => {
    error(`fail: ${problem}`);
    return { ok: false, artefacts, problem };
  };
  const artefacts: Artefact[] = [];
  const { info, diagnostics } = loadPackageInfo(join(options.projectDir, "catalog"), (p) => p);
  if (!info) return fail(`package.json: ${diagnostics.map((d) => `${d.file}: ${d.message}`).join("; ")}`);
  const unknown = (options.only ?? []).filter((k) => !(k in STAGE_KEYS));
  if (unknown.length > 0) return fail(`no stage ${unknown.join(", ")}; the stages are ${Object.keys(STAGE_KEYS).join(", ")}`);
  const stages = options.only && options.only.length > 0 ? options.only.map((k) => STAGE_KEYS[k]!) : STAGES;

  rmSync(options.outDir, { recursive: true, force: true });
  mkdirSync(options.outDir, { recursive: true });
  const workDir = mkdtempSync(join(tmpdir(), "vec-release-"));
  try {
    for (const stage of stages) {
      log(`${stage.registry}:`);
      const context = {
        projectDir: options.projectDir,
        outDir: options.outDir,
        workDir: join(workDir, stage.registry.replace(/\W+/g, "-")),
        cacheDir: options.cacheDir ?? join(options.projectDir, ".cache"),
        info,
        log,
      };
      mkdirSync(context.workDir, { recursive: true });
      try {
        artefacts.push(...stage.run(context));
      } catch (e) {
        if (e instanceof ReleaseProblem) return fail(e.message);
        throw e;
      }
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  log("");
  log(`What each registry would receive (${options.outDir}):`);
  for (const a of artefacts) log(`  ${a.registry.padEnd(16)} ${a.name.padEnd(58)} ${humanSize(a.bytes).padStart(9)} ${String(a.files).padStart(4)} files  ${a.file}`);
  log(`dry run of ${info.version}: ${artefacts.length} artefacts for ${new Set(artefacts.map((a) => a.registry)).size} registries; nothing was published`);
  return { ok: true, artefacts };
}

function main(): void {
  const { values } = parseArgs({ options: { out: { type: "string" }, only: { type: "string" } } });
  const result = dryRun({
    projectDir: PROJECT_ROOT,
    outDir: values.out ?? join(PROJECT_ROOT, ".cache", "release", "artefacts"),
    only: values.only?.split(",").filter((k) => k !== ""),
  });
  process.exitCode = result.ok ? 0 : 1;
}

if (isMain(import.meta.url)) main();
