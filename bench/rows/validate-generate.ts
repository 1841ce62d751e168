// Row "validate + generate TypeScript": the real catalog through bench/ts-build.ts (load, validate,
// emit catalog.json, schemas, TypeScript and the envelope validator, write), as a process, against
// `node -e ""`. Also timed: the same script without tsx, bundled, and with two proposed fixes stood in
// for, so that each fix comes with its measured gain; a per-step breakdown; and a CPU profile.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { buildScript } from "../lib/bundle-script.js";
import { summarize } from "../lib/cpuprofile.js";
import { ROOT } from "../lib/paths.js";
import { alternate, node, runOnce, type Command } from "../lib/processes.js";
import { QUICK, isMain, log, report, table, verdict, type RowResult } from "../lib/row.js";
import { median, ms, ratio } from "../lib/stats.js";
import type { TsBuildPhases } from "../ts-build.js";

const TARGET = 6;
const TSX_CLI = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
const SCRIPT = join(ROOT, "bench", "ts-build.ts");

function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p, "utf8"));
    }
  };
  walk(dir);
  return out;
}

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
  log("bundling bench/ts-build.ts with esbuild (bench-side; scripts/ untouched)");
  const external = await buildScript("bench/ts-build.ts", "ts-build.external", { packages: "external" });
  const bundled = await buildScript("bench/ts-build.ts", "ts-build.bundled", { packages: "bundle" });
  const noPrettier = await buildScript("bench/ts-build.ts", "ts-build.no-prettier", { packages: "bundle", withoutPrettier: true });
  const precompiled = await buildScript("bench/ts-build.ts", "ts-build.precompiled", { packages: "bundle", withoutPrettier: true, precompiledCatalogSchema: true });

  const variants = {
    baseline: { label: "`node -e \"\"`", command: node("-e", "") },
    tsx: { label: "**as things are**: `tsx bench/ts-build.ts` (the tsx CLI, as `npm run build` starts)", command: node(TSX_CLI, SCRIPT, ...out("tsx")) },
    tsxImport: { label: "`node --import tsx` (no tsx CLI process in front)", command: node("--import", "tsx", SCRIPT, ...out("tsx-import")) },
    external: { label: "esbuild bundle of our TypeScript, node_modules loaded as usual", command: node(external, ...out("external")) },
    bundled: { label: "esbuild bundle of everything, one file", command: node(bundled, ...out("bundled")) },
    noPrettier: { label: "what-if: bundle + json2ts `format: false` (prettier stubbed out)", command: node(noPrettier, ...out("no-prettier")) },
    precompiled: { label: "what-if: that + catalog.schema.json precompiled (ajv standalone)", command: node(precompiled, ...out("precompiled")) },
  } satisfies Record<string, { label: string; command: Command }>;
  type Key = keyof typeof variants;

  // Each variant once, untimed: it must succeed, and the bundles must write what tsx writes.
  for (const [key, v] of Object.entries(variants) as Array<[Key, (typeof variants)[Key]]>) if (key !== "baseline") runOnce(v.command);
  const checks = [
    ["tsx vs generated/ (ts, schema, catalog.json)", differences(join(temp, "tsx"), join(ROOT, "generated")).filter((f) => /^(ts|schema)\/|^catalog\.json$/.test(f))],
    ["bundle of everything vs tsx", differences(join(temp, "bundled"), join(temp, "tsx"))],
    ["what-if without prettier vs tsx", differences(join(temp, "no-prettier"), join(temp, "tsx"))],
    ["what-if precompiled schema vs what-if without prettier", differences(join(temp, "precompiled"), join(temp, "no-prettier"))],
  ] as const;

  const runs = QUICK ? 5 : 12;
  log(`timing ${Object.keys(variants).length} commands, ${runs} alternating rounds`);
  const timed = alternate(Object.fromEntries(Object.entries(variants).map(([k, v]) => [k, v.command])) as Record<Key, Command>, runs);
  const base = timed.baseline.median;
  const headline = timed.tsx.median / base;

  log("per-step breakdown (3 runs each, under tsx and bundled)");
  const phaseRuns = (file: string, pre: string[]) =>
    medianPhases([1, 2, 3].map((i) => JSON.parse(runOnce(node(...pre, file, ...out(`phases-${i}`), "--phases")).trim()) as TsBuildPhases));
  const underTsx = phaseRuns(SCRIPT, ["--import", "tsx"]);
  const underBundle = phaseRuns(bundled, []);

  log("CPU profile (node --cpu-prof --import tsx)");
  const profDir = join(temp, "prof");
  runOnce(node("--cpu-prof", `--cpu-prof-dir=${profDir}`, "--import", "tsx", SCRIPT, ...out("prof")));
  // The main thread's profile is the largest; tsx's loader thread writes a small one of its own.
  const profile = readdirSync(profDir).map((f) => join(profDir, f)).sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
  const summary = summarize(profile, ROOT);
  rmSync(temp, { recursive: true, force: true });

  const variantRows = (Object.keys(variants) as Key[]).map((k) => [variants[k].label, ms(timed[k].median), ratio(timed[k].median / base), timed[k].median / base <= TARGET ? "within" : "over"]);
  const stepRows = underTsx.steps.map(([name, t], i) => [name, ms(t), ms(underBundle.steps[i]![1])]);
  const details = `Measured: wall time of the process, median of ${runs} runs alternating with \`node -e ""\` (median ${ms(base)}).

${table(["command", "median wall time", "ratio to node -e", `≤ ${TARGET}×`], variantRows)}

Output checks (files that differ; empty is good): ${checks.map(([name, diff]) => `${name}: ${diff.length === 0 ? "none" : diff.join(", ")}`).join("; ")}.
The what-if without prettier writes unformatted catalog-types.ts and api-response.ts, as \`format: false\` would; it is a measurement stand-in, not a fix.

Where the time goes, step by step (median of 3 runs; in-process \`performance.now()\`). Under tsx, "boot" is node plus the tsx loader plus this
script's transpile; in the bundle, boot also loads every package, since the bundle imports them up front.

${table(["step", "under tsx", "bundled"], [["boot (process start to the first line of the script)", ms(underTsx.boot), ms(underBundle.boot)], ...stepRows, ["**total, process start to end**", ms(underTsx.total), ms(underBundle.total)]])}

CPU profile of \`node --cpu-prof --import tsx bench/ts-build.ts\`, self time by package (main thread, ${ms(summary.totalMs)} sampled; tsx transpiles on
its loader thread, which shows here as idle time):

${table(["where", "self time"], summary.places.slice(0, 10).map((p) => [p.place, ms(p.selfMs)]))}

Top functions by self time: ${summary.functions.slice(0, 8).map((f) => `${f.name} (${f.where}) ${ms(f.selfMs)}`).join("; ")}.`;

  return {
    id: "validate-generate",
    lines: [
      {
        row: "validate + generate TypeScript",
        measured: `${ms(timed.tsx.median)} vs ${ms(base)}: **${ratio(headline)}** (bundled, what-ifs applied: ${ratio(timed.precompiled.median / base)})`,
        target: `≤ ${TARGET}×`,
        verdict: verdict(headline <= TARGET),
      },
    ],
    details,
  };
}

if (isMain(import.meta.url)) await report(measure);
