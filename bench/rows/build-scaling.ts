// Row "build scaling": synthetic catalogs of 1 000 and 10 000 codes through the whole build (load,
// validate, every emitter including the other languages, write), in this process after a warm-up, so
// that the ratio shows how the work grows and not how long node takes to start. Each run is build()'s
// steps timed one by one (bench/lib/build-phases.ts); a check below shows that they write exactly what
// build() writes. Where a phase grows faster than the whole may, a language emitter is probed under
// the CPU profiler.
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "../../scripts/build.js";
import { LANGUAGE_EMITTERS } from "../../scripts/emit/languages/index.js";
import { buildPhases, type Phases } from "../lib/build-phases.js";
import { summarize } from "../lib/cpuprofile.js";
import { ROOT } from "../lib/paths.js";
import { node, runOnce } from "../lib/processes.js";
import { QUICK, isMain, log, report, table, verdict, type RowResult } from "../lib/row.js";
import { median, ms, ratio } from "../lib/stats.js";
import { runTask } from "../lib/tiny.js";
import type { ProbeResult } from "../lib/emitter-probe.js";
import { assertLoads, writeSyntheticCatalog } from "../synthetic-catalog.js";
import { readTree } from "../lib/files.js";

// The row measures the work, not the build's memo: every step computes (and the probe's child inherits it).
process.env.VPN_ERROR_CODES_MEMO = "off";

const TARGET = 12;
const SIZES = [1_000, 10_000] as const;

const snapshot = readTree;

interface SizeResult {
  codes: number;
  yamlBytes: number;
  counts: Record<string, number>;
  totalMs: number;
  samplesMs: number[];
  phases: Map<string, number>;
}

async function timeSize(temp: string, codes: number, iterations: number): Promise<SizeResult> {
  const catalogDir = join(temp, `catalog-${codes}`);
  const synthetic = writeSyntheticCatalog(catalogDir, codes);
  assertLoads(catalogDir);
  const runs: Phases[] = [];
  const totals: number[] = [];
  log(`${codes} codes: ${iterations} run(s)`);
  await runTask(
    `build ${codes}`,
    async () => {
      const start = performance.now();
      runs.push((await buildPhases(catalogDir, join(temp, `out-${codes}`), { languages: true })).phases);
      totals.push(performance.now() - start);
    },
    { iterations, time: 0, warmup: false, async: true },
  );
  const phases = new Map(runs[0]!.map(([name], i) => [name.replace(/^write \d+ files$/, "write files"), median(runs.map((r) => r[i]![1]))]));
  return { codes, yamlBytes: synthetic.bytes, counts: synthetic.counts, totalMs: median(totals), samplesMs: totals, phases };
}

export async function measure(): Promise<RowResult> {
  const temp = mkdtempSync(join(tmpdir(), "vec-bench-scaling-"));

  // Warm-up, and the check that the timed steps are build()'s: both write the same files from the same catalog.
  log("warm-up: build() and the step-by-step build of the 1 000-code catalog, compared");
  const warm = join(temp, "warm-catalog");
  writeSyntheticCatalog(warm, SIZES[0]);
  const quiet = { log: () => {}, error: (line: string) => process.stderr.write(`${line}\n`) };
  if ((await build({ catalogDir: warm, outDir: join(temp, "warm-build"), check: false, ...quiet })) !== 0) throw new Error("build() failed on the synthetic catalog");
  await buildPhases(warm, join(temp, "warm-phases"), { languages: true });
  const viaBuild = snapshot(join(temp, "warm-build"));
  const viaPhases = snapshot(join(temp, "warm-phases"));
  const differing = [...new Set([...viaBuild.keys(), ...viaPhases.keys()])].filter((k) => viaBuild.get(k) !== viaPhases.get(k));
  if (differing.length > 0) throw new Error(`the step-by-step build writes other files than build(): ${differing.slice(0, 10).join(", ")}`);

  const small = await timeSize(temp, SIZES[0], QUICK ? 2 : 5);
  const large = await timeSize(temp, SIZES[1], QUICK ? 1 : 3);
  const growth = large.totalMs / small.totalMs;

  // A phase that grows more than the target is what makes the whole miss; one such language emitter is
  // run once more under the CPU profiler, with quicktype's two inputs timed apart. emitPython first,
  // since the probe times quicktype with python.ts's options.
  const phaseRows = [...large.phases].map(([name, t]) => {
    const before = small.phases.get(name) ?? NaN;
    return { name, before, after: t, growth: t / before };
  });
  // The probe runs language emitters only (the list build() runs, as build-phases times them).
  const languages = new Set(LANGUAGE_EMITTERS.map((language) => language.name));
  const worst = phaseRows.filter((p) => p.growth > TARGET && languages.has(p.name)).sort((a, b) => Number(b.name === "emitPython") - Number(a.name === "emitPython") || b.after - a.after)[0];
  let probe = "";
  if (worst) {
    log(`profiling ${worst.name} at ${SIZES[1]} codes (grows ${ratio(worst.growth)})`);
    const probeAt = (codes: number, profileDir?: string) =>
      JSON.parse(
        runOnce(
          node(
            ...(profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : []),
            "--import",
            "tsx",
            join(ROOT, "bench", "lib", "emitter-probe.ts"),
            "--catalog",
            join(temp, `catalog-${codes}`),
            "--emitter",
            worst.name,
          ),
        ).trim(),
      ) as ProbeResult;
    const profDir = join(temp, "prof");
    const before = probeAt(SIZES[0]);
    const after = probeAt(SIZES[1], profDir);
    const file = readdirSync(profDir)
      .filter((f) => f.endsWith(".cpuprofile"))
      .map((f) => join(profDir, f))
      .sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
    const summary = summarize(file, ROOT);
    const probeRow = (label: string, pick: (p: ProbeResult) => number, fmt: (n: number) => string) => [label, fmt(pick(before)), fmt(pick(after)), ratio(pick(after) / pick(before))];
    probe = `
Profile of ${worst.name} (bench/lib/emitter-probe.ts, a process of its own, warmed up on the real catalog; quicktype's inputs timed
with python.ts's options):

${table(
  ["", `${SIZES[0]} codes`, `${SIZES[1]} codes`, "growth"],
  [
    probeRow(`${worst.name}, whole`, (p) => p.emitterMs, ms),
    probeRow("quicktype: REST envelope (envelopeTypes)", (p) => p.envelopeTypesMs, ms),
    probeRow("quicktype: catalog.json (catalogTypes)", (p) => p.catalogTypesMs, ms),
    probeRow("sources given to quicktype for the envelope (1 + one per details shape)", (p) => p.envelopeSources, String),
    probeRow(
      "bytes of the whole envelope schema",
      (p) => p.envelopeSchemaBytes,
      (n) => n.toLocaleString("en-US"),
    ),
  ],
)}

CPU profile at ${SIZES[1]} codes (whole probe process, ${ms(summary.totalMs)} sampled), self time by package: ${summary.places
      .slice(0, 6)
      .map((p) => `${p.place} ${ms(p.selfMs)}`)
      .join("; ")}.
Top functions: ${summary.functions
      .slice(0, 8)
      .map((f) => `${f.name} (${f.where}) ${ms(f.selfMs)}`)
      .join("; ")}.
`;
  }
  rmSync(temp, { recursive: true, force: true });

  const sizeLine = (s: SizeResult) =>
    `${s.codes.toLocaleString("en-US")} codes (${Object.entries(s.counts)
      .map(([f, n]) => `${f} ${n}`)
      .join(", ")}; ${(s.yamlBytes / 1e6).toFixed(1)} MB of YAML): median ${ms(s.totalMs)} of ${s.samplesMs.map(ms).join(", ")}`;
  const details = `Catalogs from bench/synthetic-catalog.ts (seed 7), each loaded by the real loader with zero diagnostics first. Every run is the whole
build: loadCatalog, every emitter (the other languages included), and the atomic write; timed in one process with tinybench after a
warm-up build, so process start-up is not in the figures. The step-by-step build wrote exactly what build() writes (checked at 1 000 codes).

- ${sizeLine(small)}
- ${sizeLine(large)}

By phase (median per phase; a phase growing more than ${TARGET}× is marked):

${table(
  ["phase", `${SIZES[0]} codes`, `${SIZES[1]} codes`, "growth"],
  phaseRows.map((p) => [p.name, ms(p.before), ms(p.after), `${ratio(p.growth)}${p.growth > TARGET ? " **superlinear**" : ""}`]),
)}
${probe}`;

  return {
    id: "build-scaling",
    title: "Build scaling",
    lines: [
      {
        row: "build scaling (whole build, all emitters)",
        measured: `1 000 codes ${ms(small.totalMs)}; 10 000 codes ${ms(large.totalMs)}: ratio **${growth.toFixed(1)}**`,
        target: `ratio ≤ ${TARGET}`,
        verdict: verdict(growth <= TARGET),
      },
    ],
    details,
  };
}

if (isMain(import.meta.url)) await report(measure);
