// Row "describe(8199), isRetryable("RATE_LIMITED")": ns per call of the package as shipped (dist/index.js),
// against a bare Map.get over the same entries and a linear scan over them.
//
// A few ns per call is below what one measurement on a shared machine can resolve, so: each tinybench
// sample is a batch of calls (the timer's own cost, tens of ns, is spread over the batch); each task's
// batch loop is compiled on its own (new Function), so that the call inside stays monomorphic and is
// inlined as it would be in a caller, instead of every task sharing one megamorphic call site; and the
// tasks run in several short rounds, the ratio to Map.get taken within each round and then the median
// across rounds, so that drift between rounds cancels out. And the rounds run in several processes:
// the JIT does not always settle on the same code for a loop this small (a Map.get baseline can take
// 4 ns in one process and 8 ns in the next), and one process would report one of those at random.
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ROOT } from "../lib/paths.js";
import { node, runOnce } from "../lib/processes.js";
import { QUICK, isMain, log, report, table, verdict, type RowResult } from "../lib/row.js";
import { median, ratio } from "../lib/stats.js";
import { BATCH, batchOf, consumed, roundsOf } from "../lib/batch.js";

type Package = typeof import("../../src/index.js");

const TARGET = 2;
const ROUNDS = QUICK ? 3 : 5;
const PROCESSES = QUICK ? 2 : 4;

const TASKS = ["mapGetValue", "scanValue", "describe", "describeFamily", "mapGetName", "scanName", "isRetryable", "isRetryableFamily"] as const;
type Task = (typeof TASKS)[number];
type Samples = Record<Task, number[]>;

/** One process's rounds: ns per call of every task, round by round. */
async function sample(): Promise<Samples> {
  const pkg = (await import(pathToFileURL(join(ROOT, "dist", "index.js")).href)) as Package;
  const all = pkg.entries();
  const byValue = new Map(all.map((e) => [e.value as unknown, e]));
  const retryableByName = new Map(all.map((e) => [e.name as unknown, e.retryable]));
  // Inputs come through an object the optimizer cannot see through, as they would from a caller.
  const input = { value: 8199 as unknown, name: "RATE_LIMITED" as unknown };
  // Timing a miss would flatter the subject: both inputs must be found.
  if (pkg.describe(input.value).length !== 1 || !pkg.isRetryable(input.name)) throw new Error('describe(8199) or isRetryable("RATE_LIMITED") no longer finds its code');

  const tasks: Record<Task, () => void> = {
    mapGetValue: batchOf(() => (byValue.get(input.value) ? 1 : 0)),
    scanValue: batchOf(() => (all.find((e) => e.value === input.value) ? 1 : 0)),
    describe: batchOf(() => pkg.describe(input.value).length),
    describeFamily: batchOf(() => pkg.describe(input.value, "OperationalError").length),
    mapGetName: batchOf(() => (retryableByName.get(input.name) ? 1 : 0)),
    scanName: batchOf(() => (all.find((e) => e.name === input.name)?.retryable ? 1 : 0)),
    isRetryable: batchOf(() => (pkg.isRetryable(input.name) ? 1 : 0)),
    isRetryableFamily: batchOf(() => (pkg.isRetryable(input.name, "RestErrorCode") ? 1 : 0)),
  };
  const ns = await roundsOf(TASKS, tasks, ROUNDS);
  if (consumed() === 0.5) log("unreachable: keeps the results alive");
  return ns;
}

export async function measure(): Promise<RowResult> {
  log(`${PROCESSES} processes of ${ROUNDS} rounds of ${TASKS.length} tasks, batches of ${BATCH} calls`);
  const self = fileURLToPath(import.meta.url);
  const processes = Array.from({ length: PROCESSES }, () => JSON.parse(runOnce(node("--import", "tsx", self, "--child", ...(QUICK ? ["--quick"] : []))).trim()) as Samples);
  // Rounds keep their process's order, so that a ratio is always taken within one round.
  const ns = Object.fromEntries(TASKS.map((k) => [k, processes.flatMap((p) => p[k])])) as Samples;
  const entries = ((await import(pathToFileURL(join(ROOT, "dist", "index.js")).href)) as Package).entries().length;

  const perCall = (k: Task) => median(ns[k]);
  /** The median over rounds of the ratio within each round. */
  const against = (k: Task, base: Task) => median(ns[k].map((t, i) => t / ns[base][i]!));
  const show = (n: number) => `${n.toFixed(1)} ns`;
  const perProcess = (k: Task) => processes.map((p) => median(p[k]).toFixed(1)).join(" / ");
  const row = (label: string, k: Task, base: Task) => [label, show(perCall(k)), k === base ? "1" : ratio(against(k, base)), perProcess(k)];
  const describeRatio = against("describe", "mapGetValue");
  const retryRatio = against("isRetryable", "mapGetName");
  const details = `The package as shipped (dist/index.js, ${entries} entries in 4 families). Each figure is the median of ${PROCESSES * ROUNDS} rounds in ${PROCESSES}
processes; within a round each task is a tinybench run whose samples are batches of ${BATCH} calls, and the ratio is to the
Map.get baseline of the same round. The last column gives each process's median, to show how far a few ns move between runs.

${table(
  ["call", "ns per call", "ratio to Map.get", "median per process (ns)"],
  [
    row("`Map.get(8199)` over every entry's value: baseline", "mapGetValue", "mapGetValue"),
    row("linear scan of every entry for value 8199", "scanValue", "mapGetValue"),
    row("**`describe(8199)`**", "describe", "mapGetValue"),
    row('`describe(8199, "OperationalError")` (filters the shared result: a new array)', "describeFamily", "mapGetValue"),
    row('`Map.get("RATE_LIMITED")` over every entry\'s name: baseline', "mapGetName", "mapGetName"),
    row('linear scan of every entry for name "RATE_LIMITED"', "scanName", "mapGetName"),
    row('**`isRetryable("RATE_LIMITED")`**', "isRetryable", "mapGetName"),
    row('`isRetryable("RATE_LIMITED", "RestErrorCode")`', "isRetryableFamily", "mapGetName"),
  ],
)}`;

  return {
    id: "lookups",
    title: 'Lookups: `describe(8199)`, `isRetryable("RATE_LIMITED")`',
    lines: [
      {
        row: "`describe(8199)`",
        measured: `${show(perCall("describe"))}; Map.get ${show(perCall("mapGetValue"))}, linear scan ${show(perCall("scanValue"))}: **${ratio(describeRatio)}** of Map.get`,
        target: `≤ ${TARGET}× Map.get`,
        verdict: verdict(describeRatio <= TARGET),
      },
      {
        row: '`isRetryable("RATE_LIMITED")`',
        measured: `${show(perCall("isRetryable"))}; Map.get ${show(perCall("mapGetName"))}, linear scan ${show(perCall("scanName"))}: **${ratio(retryRatio)}** of Map.get`,
        target: `≤ ${TARGET}× Map.get`,
        verdict: verdict(retryRatio <= TARGET),
      },
    ],
    details,
  };
}

if (isMain(import.meta.url)) {
  if (process.argv.includes("--child")) process.stdout.write(`${JSON.stringify(await sample())}\n`);
  else await report(measure);
}
