// Rows 'retryAdvice("TOKEN_EXPIRED")' and the status-text peers: ns per call of the package as shipped
// (dist/index.js) against a bare Map.get over the same entries, and, measured in the same rounds, what
// `statuses` and `http-status-codes` take to give a status's text next to the package's describe(429).
// Batches of calls, ratios within each round, rounds in several processes, as the lookups row does
// (bench/lib/batch.ts and bench/rows/lookups.ts say why).
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { BATCH, batchOf, consumed, roundsOf } from "../lib/batch.js";
import { ROOT } from "../lib/paths.js";
import { node, runOnce } from "../lib/processes.js";
import { QUICK, isMain, log, report, table, verdict, type Line, type RowResult } from "../lib/row.js";
import { ratios, showRatio, spread } from "../lib/spread.js";

type Package = typeof import("../../src/index.js");

const TARGET = 2;
const ROUNDS = QUICK ? 3 : 5;
const PROCESSES = QUICK ? 2 : 3;
const CODE = "TOKEN_EXPIRED";
const STATUS = 429;

const TASKS = ["mapGetAdvice", "retryAdvice", "retryAdviceFamily", "mapGetStatus", "describeStatus", "statusesMessage", "statusesCall", "getReasonPhrase"] as const;
type Task = (typeof TASKS)[number];
type Samples = Record<Task, number[]>;

const requirePeer = createRequire(join(ROOT, "package.json"));

async function sample(): Promise<Samples> {
  const pkg = (await import(pathToFileURL(join(ROOT, "dist", "index.js")).href)) as Package;
  const statuses = requirePeer("statuses") as typeof import("statuses");
  const { getReasonPhrase } = requirePeer("http-status-codes") as typeof import("http-status-codes");
  const rest = pkg.entries("RestErrorCode");
  const adviceByName = new Map<unknown, unknown>(rest.map((e) => [e.name, e.retry]));
  const textByStatus = new Map<unknown, unknown>(pkg.entries("HttpStatus").map((e) => [e.value, e.label ?? e.name]));
  // Inputs come through an object the optimizer cannot see through, as they would from a caller.
  const input = { code: CODE as unknown, status: STATUS as unknown };
  // Every subject must find its input: timing a miss would flatter it.
  const found = [pkg.retryAdvice(input.code), adviceByName.get(input.code), pkg.describe(input.status, "HttpStatus")[0], statuses.message[STATUS], getReasonPhrase(STATUS)];
  if (found.some((f) => f === undefined)) throw new Error(`a subject does not find ${CODE} or ${STATUS}`);
  const tasks: Record<Task, () => void> = {
    mapGetAdvice: batchOf(() => (adviceByName.get(input.code) ? 1 : 0)),
    retryAdvice: batchOf(() => (pkg.retryAdvice(input.code) ? 1 : 0)),
    retryAdviceFamily: batchOf(() => (pkg.retryAdvice(input.code, "RestErrorCode") ? 1 : 0)),
    mapGetStatus: batchOf(() => (textByStatus.get(input.status) ? 1 : 0)),
    describeStatus: batchOf(() => pkg.describe(input.status, "HttpStatus").length),
    statusesMessage: batchOf(() => (statuses.message[input.status as number] ? 1 : 0)),
    statusesCall: batchOf(() => (statuses(input.status as number) ? 1 : 0)),
    getReasonPhrase: batchOf(() => getReasonPhrase(input.status as number).length),
  };
  const ns = await roundsOf(TASKS, tasks, ROUNDS);
  if (consumed() === 0.5) log("unreachable: keeps the results alive");
  return ns;
}

export async function measure(): Promise<RowResult> {
  log(`${PROCESSES} processes of ${ROUNDS} rounds of ${TASKS.length} tasks, batches of ${BATCH} calls`);
  const self = fileURLToPath(import.meta.url);
  const processes = Array.from({ length: PROCESSES }, () => JSON.parse(runOnce(node("--import", "tsx", self, "--child", ...(QUICK ? ["--quick"] : []))).trim()) as Samples);
  const ns = Object.fromEntries(TASKS.map((k) => [k, processes.flatMap((p) => p[k])])) as Samples;
  const rounds = PROCESSES * ROUNDS;

  // The result is shared and frozen: the same object every call, so nothing is allocated per call.
  const pkg = (await import(pathToFileURL(join(ROOT, "dist", "index.js")).href)) as Package;
  const advice = pkg.retryAdvice(CODE);
  const shared = advice !== undefined && advice === pkg.retryAdvice(CODE) && advice === pkg.retryAdvice(CODE, "RestErrorCode") && Object.isFrozen(advice);

  const show = (k: Task) => `${spread(ns[k]).median.toFixed(1)} ns`;
  const against = (k: Task, base: Task) => ratios(ns[k], ns[base]);
  const advised = against("retryAdvice", "mapGetAdvice");
  const peer = (label: string, k: Task): Line => ({
    row: label,
    measured: `${show(k)}: ${showRatio(against(k, "mapGetStatus"), rounds)} of Map.get (${show("mapGetStatus")})`,
    target: "(a peer, for comparison)",
    verdict: "no target",
  });
  const lines: Line[] = [
    {
      row: `\`retryAdvice("${CODE}")\` from dist/index.js`,
      measured: `${show("retryAdvice")}; Map.get ${show("mapGetAdvice")}: **${showRatio(advised, rounds)}**; result shared and frozen: ${shared ? "yes" : "**no**"}`,
      target: `≤ ${TARGET}× Map.get, shared frozen result`,
      verdict: verdict(advised.median <= TARGET && shared),
    },
    peer(`\`describe(${STATUS}, "HttpStatus")\` (this package: the status's entry)`, "describeStatus"),
    peer(`\`statuses.message[${STATUS}]\` (statuses 2.0.2)`, "statusesMessage"),
    peer(`\`statuses(${STATUS})\` (statuses 2.0.2: checks the code, returns it)`, "statusesCall"),
    peer(`\`getReasonPhrase(${STATUS})\` (http-status-codes 2.3.0)`, "getReasonPhrase"),
  ];
  const row = (label: string, k: Task, base: Task) => [label, show(k), k === base ? "1" : showRatio(against(k, base), rounds), processes.map((p) => spread(p[k]).median.toFixed(1)).join(" / ")];
  const details = `The package as shipped (dist/index.js); the peers from node_modules. ${rounds} rounds in ${PROCESSES} processes; within a round each task is
a tinybench run whose samples are batches of ${BATCH} calls, and a ratio is to the Map.get of the same round (median, smallest and
largest round). \`retryAdvice\` gives the same frozen object on every call${shared ? "" : " (**it does not**)"}.

${table(
  ["call", "ns per call (median)", "ratio to its Map.get", "median per process (ns)"],
  [
    row(`\`Map.get("${CODE}")\` over the REST codes' advice: baseline`, "mapGetAdvice", "mapGetAdvice"),
    row(`**\`retryAdvice("${CODE}")\`**`, "retryAdvice", "mapGetAdvice"),
    row(`\`retryAdvice("${CODE}", "RestErrorCode")\``, "retryAdviceFamily", "mapGetAdvice"),
    row(`\`Map.get(${STATUS})\` over the HTTP statuses' text: baseline`, "mapGetStatus", "mapGetStatus"),
    row(`\`describe(${STATUS}, "HttpStatus")\``, "describeStatus", "mapGetStatus"),
    row(`\`statuses.message[${STATUS}]\``, "statusesMessage", "mapGetStatus"),
    row(`\`statuses(${STATUS})\``, "statusesCall", "mapGetStatus"),
    row(`\`getReasonPhrase(${STATUS})\``, "getReasonPhrase", "mapGetStatus"),
  ],
)}`;
  return { id: "advice-peers", title: `\`retryAdvice("${CODE}")\`, and status lookups beside \`statuses\` and \`http-status-codes\``, lines, details };
}

if (isMain(import.meta.url)) {
  if (process.argv.includes("--child")) process.stdout.write(`${JSON.stringify(await sample())}\n`);
  else await report(measure);
}
