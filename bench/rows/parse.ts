// Row "parseApiResponse": validations per second on the page's example envelopes
// (test/vectors/envelopes/*.json), start-up included, at 1 and at 1 000 calls: the package's
// precompiled validator (parseApiResponse from dist/index.js) against ajv compiling
// generated/schema/api-response.schema.json at start-up. Each figure is a fresh process
// (bench/children/parse-startup.ts), run in alternation with the others; then, for context, the
// warm throughput of both in this process.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { StartupResult } from "../children/parse-startup.js";
import { buildScript } from "../lib/bundle-script.js";
import { ROOT } from "../lib/paths.js";
import { validEnvelopeTexts } from "../../test/support/envelope-vectors.js";
import { GENERATOR_KEYWORDS } from "../../scripts/emit/json-schema.js";
import { alternateOutputs, node } from "../lib/processes.js";
import { QUICK, isMain, log, report, table, verdict, type RowResult } from "../lib/row.js";
import { int, median, ms, ratio } from "../lib/stats.js";
import { runTask } from "../lib/tiny.js";

const COUNTS = [1, 1_000] as const;

export async function measure(): Promise<RowResult> {
  const child = await buildScript("bench/children/parse-startup.ts", "parse-startup", { packages: "external" });
  const runs = QUICK ? 5 : 15;
  const commands = Object.fromEntries(
    COUNTS.flatMap((count) => (["precompiled", "ajv"] as const).map((arm) => [`${arm}@${count}`, node(child, arm, String(count), ROOT, GENERATOR_KEYWORDS.join(","))])),
  );
  log(`${Object.keys(commands).length} cold-process cases, ${runs} alternating rounds`);
  const outputs = alternateOutputs(commands, runs);
  const result = (key: string) => {
    const parsed = outputs[key]!.map((o) => JSON.parse(o.trim()) as StartupResult);
    const count = Number(key.split("@")[1]);
    if (parsed.some((p) => p.valid !== count)) throw new Error(`${key}: not every example envelope validated`);
    const t = median(parsed.map((p) => p.ms));
    return { ms: t, perSecond: (count / t) * 1000 };
  };

  // Warm throughput, for context: the same calls in a loop once both are loaded and compiled.
  const bodies = validEnvelopeTexts(ROOT);
  const { parseApiResponse } = (await import(pathToFileURL(join(ROOT, "dist", "index.js")).href)) as typeof import("../../src/index.js");
  const ajv = addFormats.default(new Ajv2020.default({ strict: true, allErrors: false }));
  for (const keyword of GENERATOR_KEYWORDS) ajv.addKeyword(keyword);
  const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, "generated", "schema", "api-response.schema.json"), "utf8")));
  let i = 0;
  let sink = 0;
  const warm = async (name: string, call: (body: string) => boolean) => runTask(name, () => void (sink += call(bodies[i++ % bodies.length]!) ? 1 : 0), { time: QUICK ? 300 : 1000, warmupTime: 200 });
  const warmPre = await warm("parseApiResponse, warm", (body) => parseApiResponse({ status: 200, body }).kind !== "invalid-response");
  const warmAjv = await warm("ajv, warm", (body) => validate(JSON.parse(body)));
  // The shipped validator on its own, for the same work as the ajv arm.
  const shipped = (await import(pathToFileURL(join(ROOT, "generated", "ts", "api-response.validate.js")).href)) as { validate(data: unknown): boolean };
  const warmShipped = await warm("precompiled validate, warm", (body) => shipped.validate(JSON.parse(body)));
  if (sink < 0) log("unreachable");

  const rows = COUNTS.map((count) => {
    const pre = result(`precompiled@${count}`);
    const aj = result(`ajv@${count}`);
    return { count, pre, aj, faster: pre.ms < aj.ms };
  });
  const perSecond = (n: number) => `${int(n)}/s`;
  const details = `Each case is a fresh \`node\` process that times itself from before its first import to its last call (median of ${runs}
alternating runs): the precompiled arm imports dist/index.js and calls \`parseApiResponse({ status, body })\` on the text bodies;
the ajv arm imports ajv 2020 and ajv-formats, compiles generated/schema/api-response.schema.json with the package's options
(strict, first error only) and calls \`validate(JSON.parse(body))\`, which is less work per call than parseApiResponse does.
The ${bodies.length} example envelopes are used in turn.

${table(
  ["calls", "precompiled (parseApiResponse)", "ajv compiled at start-up", "precompiled faster"],
  rows.map((r) => [int(r.count), `${ms(r.pre.ms)} (${perSecond(r.pre.perSecond)})`, `${ms(r.aj.ms)} (${perSecond(r.aj.perSecond)})`, `${r.faster ? "yes" : "**no**"}, ${ratio(r.aj.ms / r.pre.ms)}`]),
)}

Warm, in one process once both are loaded (tinybench, median per call): parseApiResponse ${(warmPre.p50 * 1e6).toFixed(0)} ns
(${perSecond(1000 / warmPre.p50)}); the precompiled \`validate(JSON.parse(body))\` alone (generated/ts/api-response.validate.js)
${(warmShipped.p50 * 1e6).toFixed(0)} ns (${perSecond(1000 / warmShipped.p50)}); ajv's \`validate(JSON.parse(body))\` ${(warmAjv.p50 * 1e6).toFixed(0)} ns (${perSecond(1000 / warmAjv.p50)}).`;

  return {
    id: "parse",
    title: "`parseApiResponse`: precompiled validator against ajv at start-up",
    lines: rows.map((r) => ({
      row: `\`parseApiResponse\`, ${int(r.count)} call${r.count === 1 ? "" : "s"} from a cold start`,
      measured: `precompiled ${ms(r.pre.ms)} (${perSecond(r.pre.perSecond)}) vs ajv at start-up ${ms(r.aj.ms)} (${perSecond(r.aj.perSecond)}): **${ratio(r.aj.ms / r.pre.ms)}** faster`,
      target: "precompiled faster",
      verdict: verdict(r.faster),
    })),
    details,
  };
}

if (isMain(import.meta.url)) await report(measure);
