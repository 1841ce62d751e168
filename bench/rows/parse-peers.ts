// Row "parseApiResponse on a text body, warm": ns per envelope of parseApiResponse({ status, body }) from
// dist/index.js, against the same bodies through JSON.parse and then ajv (compiled once at start-up from
// generated/schema/api-response.schema.json, the package's options), zod and valibot (each with the
// envelope's core written as its schema). All in the same rounds, over the example envelopes in turn
// (test/vectors/envelopes/*.json); batches, ratios within a round, rounds in several processes.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { BATCH, batchOf, consumed } from "../lib/batch.js";
import { ROOT } from "../lib/paths.js";
import { validEnvelopeTexts } from "../../test/support/envelope-vectors.js";
import { GENERATOR_KEYWORDS } from "../../scripts/emit/json-schema.js";
import { node, runOnce } from "../lib/processes.js";
import { QUICK, isMain, log, report, table, verdict, type Line, type RowResult } from "../lib/row.js";
import { ratios, showRatio, spread } from "../lib/spread.js";
import { runTask } from "../lib/tiny.js";

type Package = typeof import("../../src/index.js");

const ROUNDS = QUICK ? 3 : 5;
const PROCESSES = QUICK ? 2 : 3;
const TASKS = ["ajv", "parse", "zod", "valibot"] as const;
type Task = (typeof TASKS)[number];
type Samples = Record<Task, number[]>;

const requirePeer = createRequire(join(ROOT, "package.json"));
const bodies = () => validEnvelopeTexts(ROOT);

/** The envelope's core (success and data, or error.code, .message and optional object details) in zod and valibot. */
function peers() {
  const { z } = requirePeer("zod") as typeof import("zod");
  const v = requirePeer("valibot") as typeof import("valibot");
  const zod = z.discriminatedUnion("success", [
    z.object({ success: z.literal(true), data: z.unknown() }),
    z.object({ success: z.literal(false), error: z.object({ code: z.string(), message: z.string(), details: z.record(z.string(), z.unknown()).nullable().optional() }) }),
  ]);
  const valibot = v.variant("success", [
    v.object({ success: v.literal(true), data: v.unknown() }),
    v.object({ success: v.literal(false), error: v.object({ code: v.string(), message: v.string(), details: v.optional(v.nullable(v.record(v.string(), v.unknown()))) }) }),
  ]);
  return { zod: (data: unknown) => zod.safeParse(data).success, valibot: (data: unknown) => v.safeParse(valibot, data).success };
}

function ajvValidator(): (data: unknown) => boolean {
  const Ajv = requirePeer("ajv/dist/2020.js") as typeof import("ajv/dist/2020.js");
  const formats = requirePeer("ajv-formats") as typeof import("ajv-formats");
  const ajv = new Ajv.default({ strict: true, allErrors: false });
  formats.default(ajv);
  for (const keyword of GENERATOR_KEYWORDS) ajv.addKeyword(keyword);
  return ajv.compile(JSON.parse(readFileSync(join(ROOT, "generated", "schema", "api-response.schema.json"), "utf8")));
}

async function sample(): Promise<Samples> {
  const pkg = (await import(pathToFileURL(join(ROOT, "dist", "index.js")).href)) as Package;
  const texts = bodies();
  const ajv = ajvValidator();
  const { zod, valibot } = peers();
  const checks: Record<Task, (body: string) => boolean> = {
    ajv: (body) => ajv(JSON.parse(body)),
    parse: (body) => pkg.parseApiResponse({ status: 200, body }).kind !== "invalid-response",
    zod: (body) => zod(JSON.parse(body)),
    valibot: (body) => valibot(JSON.parse(body)),
  };
  // Every subject must accept every example: timing a rejection would compare different work.
  for (const [name, check] of Object.entries(checks)) if (!texts.every(check)) throw new Error(`${name} rejects an example envelope`);
  const tasks = Object.fromEntries(
    TASKS.map((k) => {
      let i = 0;
      return [k, batchOf(() => (checks[k](texts[i++ % texts.length]!) ? 1 : 0))];
    }),
  ) as Record<Task, () => void>;
  const ns = Object.fromEntries(TASKS.map((k) => [k, [] as number[]])) as Samples;
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < TASKS.length; i++) {
      const key = TASKS[(i + round) % TASKS.length]!;
      const latency = await runTask(key, tasks[key], { time: QUICK ? 150 : 300, warmupTime: 100, iterations: 10 });
      ns[key].push((latency.p50 * 1e6) / BATCH);
    }
  }
  if (consumed() === 0.5) log("unreachable: keeps the results alive");
  return ns;
}

export async function measure(): Promise<RowResult> {
  log(`${PROCESSES} processes of ${ROUNDS} rounds of ${TASKS.length} tasks, batches of ${BATCH} envelopes`);
  const self = fileURLToPath(import.meta.url);
  const processes = Array.from({ length: PROCESSES }, () => JSON.parse(runOnce(node("--import", "tsx", self, "--child", ...(QUICK ? ["--quick"] : []))).trim()) as Samples);
  const ns = Object.fromEntries(TASKS.map((k) => [k, processes.flatMap((p) => p[k])])) as Samples;
  const rounds = PROCESSES * ROUNDS;
  const show = (k: Task) => `${Math.round(spread(ns[k]).median).toLocaleString("en-US")} ns`;
  const vsAjv = (k: Task) => ratios(ns[k], ns.ajv);
  const parse = vsAjv("parse");
  const count = bodies().length;
  const peer = (label: string, k: Task): Line => ({ row: label, measured: `${show(k)}: ${showRatio(vsAjv(k), rounds)} of ajv + JSON.parse`, target: "(a peer, for comparison)", verdict: "no target" });
  const lines: Line[] = [
    {
      row: "`parseApiResponse({ status, body })` on a text body, warm (dist/index.js)",
      measured: `${show("parse")} vs ajv compiled at start-up + \`JSON.parse\` ${show("ajv")}: **${showRatio(parse, rounds)}**`,
      target: "≤ 1× ajv + JSON.parse",
      verdict: verdict(parse.median <= 1),
    },
    peer("zod 4.6.7 `safeParse(JSON.parse(body))`, the envelope's core", "zod"),
    peer("valibot 1.5.0 `safeParse(schema, JSON.parse(body))`, the envelope's core", "valibot"),
  ];
  const details = `Per envelope, warm, over the ${count} example envelopes in turn; ${rounds} rounds in ${PROCESSES} processes, batches of ${BATCH}, each ratio to
the ajv arm of the same round. What each arm does: parseApiResponse parses the text, checks the envelope's core by hand, looks the
code up and, for a known code with details, checks them with the shipped precompiled validator, and builds its result; the ajv arm
is \`validate(JSON.parse(body))\` against the whole envelope schema (per-code details included), compiled once at start-up, with
the package's options (strict, first error only); zod and valibot check the envelope's core only (success/data, or error.code,
error.message and object-or-null details), not the per-code details shapes, so they do less than the other two.

${table(
  ["arm", "ns per envelope (median)", "ratio to ajv + JSON.parse (median, min–max)", "median per process (ns)"],
  TASKS.map((k) => [
    k === "parse" ? "**parseApiResponse**" : k === "ajv" ? "ajv + JSON.parse: baseline" : `${k} + JSON.parse`,
    show(k),
    k === "ajv" ? "1" : showRatio(vsAjv(k), rounds),
    processes.map((p) => Math.round(spread(p[k]).median)).join(" / "),
  ]),
)}`;
  return { id: "parse-peers", title: "`parseApiResponse` warm, beside ajv, zod and valibot", lines, details };
}

if (isMain(import.meta.url)) {
  if (process.argv.includes("--child")) process.stdout.write(`${JSON.stringify(await sample())}\n`);
  else await report(measure);
}
