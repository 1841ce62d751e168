// Row "validate + generate TypeScript only": the real catalog through bench/ts-build.ts (load, validate,
// emit catalog.json, schemas, TypeScript and the envelope validator, write), as a process started the
// way `npm run build` starts scripts (node scripts/run.mjs), against `node -e ""`. Also timed: the same
// under tsx, prebuilt, and fully bundled; a per-step breakdown; a CPU profile; and the YAML parse, the
// largest step, with the library the loader uses and with js-yaml, cold.
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { buildScript } from "../lib/bundle-script.js";
import { summarize } from "../lib/cpuprofile.js";
import { ROOT } from "../lib/paths.js";
import { alternate, alternateOutputs, node, runOnce, type Command } from "../lib/processes.js";
import { QUICK, isMain, log, report, table, type RowResult } from "../lib/row.js";
import { ratios, showRatio } from "../lib/spread.js";
import { median, ms, ratio } from "../lib/stats.js";
import type { YamlColdResult } from "../children/yaml-cold.js";
import type { TsBuildPhases } from "../ts-build.js";
import { readTree } from "../lib/files.js";

// The goal of the full build (bench/rows/author-loop.ts), shown beside each variant of this subset.
const TARGET = 6;
const TSX_CLI = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
const RUN_MJS = join(ROOT, "scripts", "run.mjs");
const SCRIPT = join(ROOT, "bench", "ts-build.ts");

const files = readTree;

function differences(a: string, b: string): string[] {
  const fa = files(a);
  const fb = files(b);
  return [...new Set([...fa.keys(), ...fb.keys()])].filter((k) => fa.get(k) !== fb.get(k)).sort();
}

function medianPhases(runs: TsBuildPhases[]): { boot: number; steps: Array<[string, number]>; total: number } {
  return {
    boot: median(runs.map((r) => r.bootMs)),
    steps: runs[0]!.steps.map(([name], i) => [name, median(runs.map((r) => r.steps[i]![1]))]),
    total: median(runs.map((r) => r.totalMs)),
  };
}

export async function measure(): Promise<RowResult> {
  const temp = mkdtempSync(join(tmpdir(), "vec-bench-ts-"));
  const out = (name: string) => ["--out", join(temp, name)];
  log("bundling bench/ts-build.ts with esbuild for the bench-side variants (scripts/ untouched)");
  // The bundling's own time says what scripts/run.mjs spends on it per run.
  let start = performance.now();
  const external = await buildScript("bench/ts-build.ts", "ts-build.external", { packages: "external" });
  const externalBuildMs = performance.now() - start;
  start = performance.now();
  const bundled = await buildScript("bench/ts-build.ts", "ts-build.bundled", { packages: "bundle" });
  const bundledBuildMs = performance.now() - start;
  const yamlCold = await buildScript("bench/children/yaml-cold.ts", "yaml-cold", { packages: "external" });

  const variants = {
    baseline: { label: '`node -e ""`', command: node("-e", "") },
    asIs: {
      label: "**as things are**: `node scripts/run.mjs bench/ts-build.ts`, as `npm run build` starts scripts (bundles our TypeScript with esbuild, then runs it)",
      command: node(RUN_MJS, SCRIPT, ...out("as-is")),
    },
    tsx: { label: "`tsx bench/ts-build.ts` (the tsx CLI, how the build ran before scripts/run.mjs)", command: node(TSX_CLI, SCRIPT, ...out("tsx")) },
    external: { label: "the same bundle prebuilt (no esbuild step in the run)", command: node(external, ...out("external")) },
    bundled: { label: "esbuild bundle of everything, packages inlined, prebuilt", command: node(bundled, ...out("bundled")) },
  } satisfies Record<string, { label: string; command: Command }>;
  type Key = keyof typeof variants;

  // Each variant once, untimed: it must succeed, and the bundles must write what tsx writes.
  for (const [key, v] of Object.entries(variants) as Array<[Key, (typeof variants)[Key]]>) if (key !== "baseline") runOnce(v.command);
  const checks = [
    ["as is vs generated/ (ts, schema, catalog.json)", differences(join(temp, "as-is"), join(ROOT, "generated")).filter((f) => /^(ts|schema)\/|^catalog\.json$/.test(f))],
    ["tsx vs as is", differences(join(temp, "tsx"), join(temp, "as-is"))],
    ["bundle of everything vs as is", differences(join(temp, "bundled"), join(temp, "as-is"))],
  ] as const;

  const runs = QUICK ? 5 : 12;
  log(`timing ${Object.keys(variants).length} commands, ${runs} alternating rounds`);
  const timed = alternate(Object.fromEntries(Object.entries(variants).map(([k, v]) => [k, v.command])) as Record<Key, Command>, runs);
  const base = timed.baseline.median;

  log("per-step breakdown (3 runs each, as is and prebuilt)");
  const phaseRuns = (...command: string[]) => medianPhases([1, 2, 3].map((i) => JSON.parse(runOnce(node(...command, ...out(`phases-${i}`), "--phases")).trim()) as TsBuildPhases));
  const asIs = phaseRuns(RUN_MJS, SCRIPT);
  const prebuilt = phaseRuns(external);

  // What the packages the bundle imports up front cost a cold process, one after the other in the order
  // the build meets them (a shared dependency counts where it first loads); quicktype-core is the full
  // build's, imported for the language emitters only on a miss of their memo.
  const PACKAGES = ["yaml", "ajv/dist/2020.js", "ajv-formats", "ajv/dist/standalone/index.js", "json-schema-to-typescript", "quicktype-core"];
  const resolvePackage = createRequire(join(ROOT, "package.json")).resolve;
  const importScript = `const urls = ${JSON.stringify(PACKAGES.map((p) => pathToFileURL(resolvePackage(p)).href))}; const out = [];
for (const url of urls) { const s = performance.now(); await import(url); out.push(performance.now() - s); }
console.log(JSON.stringify(out));`;
  const importRuns = [1, 2, 3].map(() => JSON.parse(runOnce(node("--input-type=module", "-e", importScript)).trim()) as number[]);
  const importRows = PACKAGES.map((p, i) => [`\`${p}\``, ms(median(importRuns.map((r) => r[i]!)))]);

  // The YAML parse is the largest step: the library the loader uses against js-yaml (a dependency of a
  // dependency here, so it may be absent; then the comparison is left out).
  const yamlRuns = QUICK ? 3 : 7;
  const hasJsYaml = (() => {
    try {
      createRequire(join(ROOT, "package.json")).resolve("js-yaml");
      return true;
    } catch {
      return false;
    }
  })();
  const yamlCommands: Record<string, Command> = { yaml: node(yamlCold, "yaml", ROOT) };
  if (hasJsYaml) yamlCommands["js-yaml"] = node(yamlCold, "js-yaml", ROOT);
  const yamlOutputs = alternateOutputs(yamlCommands, yamlRuns);
  const yamlRows = Object.entries(yamlOutputs).map(([library, outputs]) => {
    const results = outputs.map((o) => JSON.parse(o.trim()) as YamlColdResult);
    const label = library === "yaml" ? "`yaml`, as scripts/catalog/parse.ts calls it (Document with positions, toJS)" : "`js-yaml` `load` (data only, no positions)";
    return [label, ms(median(results.map((r) => r.importMs))), ms(median(results.map((r) => r.parseMs))), ms(median(results.map((r) => r.importMs + r.parseMs)))];
  });

  log("CPU profile (node --cpu-prof scripts/run.mjs)");
  const profDir = join(temp, "prof");
  // The output goes elsewhere: the profile folder must hold profiles only.
  runOnce(node("--cpu-prof", `--cpu-prof-dir=${profDir}`, RUN_MJS, SCRIPT, ...out("prof-out")));
  // The main thread's profile is the largest, should another thread write one too.
  const profile = readdirSync(profDir)
    .filter((f) => f.endsWith(".cpuprofile"))
    .map((f) => join(profDir, f))
    .sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
  const summary = summarize(profile, ROOT);
  rmSync(temp, { recursive: true, force: true });

  const variantRows = (Object.keys(variants) as Key[]).map((k) => [variants[k].label, ms(timed[k].median), ratio(timed[k].median / base), timed[k].median / base <= TARGET ? "within" : "over"]);
  const stepRows = asIs.steps.map(([name, t]) => [name, ms(t), ms(prebuilt.steps.find(([n]) => n === name)?.[1] ?? NaN)]);
  const details = `Measured: wall time of the process, median of ${runs} runs alternating with \`node -e ""\` (median ${ms(base)}).

${table(["command", "median wall time", "ratio to node -e", `≤ ${TARGET}×`], variantRows)}

Output checks (files that differ; empty is good): ${checks.map(([name, diff]) => `${name}: ${diff.length === 0 ? "none" : diff.join(", ")}`).join("; ")}.
Bundling with esbuild took ${ms(externalBuildMs)} (our TypeScript, packages external, as scripts/run.mjs does) and ${ms(bundledBuildMs)} (everything), in the warm bench process.

Where the time goes, step by step (median of 3 runs; in-process \`performance.now()\`). "Boot" is process start to the script's first line:
node's start, scripts/run.mjs's esbuild step, and the packages the bundle imports up front (yaml, ajv, json-schema-to-typescript),
which is why the import steps after it are near zero. What those imports cost a cold node, in order (median of 3):
${importRows.map(([p, t]) => `${p} ${t}`).join(", ")} (the last is the full build's, for the language emitters, loaded only when quicktype's memo misses; not in this row).

${table(["step", "as is (scripts/run.mjs)", "prebuilt bundle"], [["boot (process start to the first line of the script)", ms(asIs.boot), ms(prebuilt.boot)], ...stepRows, ["**total, process start to end**", ms(asIs.total), ms(prebuilt.total)]])}

The YAML parse, cold, in a fresh process each (bench/children/yaml-cold.ts; median of ${yamlRuns} alternating runs; import + parse of catalog/*.yaml):

${table(["library", "import", "parse", "together"], yamlRows)}

CPU profile of \`node --cpu-prof scripts/run.mjs bench/ts-build.ts\`, self time by package (main thread, ${ms(summary.totalMs)} sampled; esbuild
bundles in a process of its own, which shows here as idle time):

${table(
  ["where", "self time"],
  summary.places.slice(0, 10).map((p) => [p.place, ms(p.selfMs)]),
)}

Top functions by self time: ${summary.functions
    .slice(0, 8)
    .map((f) => `${f.name} (${f.where}) ${ms(f.selfMs)}`)
    .join("; ")}.`;

  return {
    id: "validate-generate",
    title: "validate + generate TypeScript only (bench/ts-build.ts, a subset of the build)",
    lines: [
      {
        row: "validate + generate **TypeScript only**: `node scripts/run.mjs bench/ts-build.ts` (no language emitters; the full build is the author's-loop row)",
        measured: `${ms(timed.asIs.median)} vs ${ms(base)}: **${showRatio(ratios(timed.asIs.samples, timed.baseline.samples), runs)}**`,
        target: "(a subset: the ≤ 6× goal is the full build's)",
        verdict: "no target",
      },
    ],
    details,
  };
}

if (isMain(import.meta.url)) await report(measure);
