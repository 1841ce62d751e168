// Row "a client's first parseApiResponse": in a fresh process (bench/children/first-parse.ts), the time
// of the first call after `import("vpn-error-codes")` (dist/index.js), on a success envelope and on an
// error envelope with details (whose check compiles the shipped validator on first use), and whether the
// import or the call loads undici or any other node module. Also, as whole processes: import only against
// import + first call, alternating, so that the call's cost is seen as time above the bare import.
import type { FirstParseResult } from "../children/first-parse.js";
import { buildScript } from "../lib/bundle-script.js";
import { ROOT } from "../lib/paths.js";
import { alternate, alternateOutputs, node } from "../lib/processes.js";
import { QUICK, isMain, log, report, table, verdict, type Line, type RowResult } from "../lib/row.js";
import { spread } from "../lib/spread.js";
import { ms } from "../lib/stats.js";

const TARGET_MS = 2;
const ENVELOPES = { success: "success.json", detailed: "device-limit-reached.json" } as const;

export async function measure(): Promise<RowResult> {
  const child = await buildScript("bench/children/first-parse.ts", "first-parse", { packages: "external" });
  const runs = QUICK ? 5 : 15;
  const commands = {
    importOnly: node(child, ROOT, "import"),
    success: node(child, ROOT, "parse", ENVELOPES.success),
    detailed: node(child, ROOT, "parse", ENVELOPES.detailed),
  };
  log(`${Object.keys(commands).length} cold-process cases, ${runs} alternating rounds (in-process timing)`);
  const outputs = alternateOutputs(commands, runs);
  const parsed = (key: keyof typeof commands) => outputs[key].map((o) => JSON.parse(o.trim()) as FirstParseResult);
  const wall = alternate(commands, runs);
  const above = (key: "success" | "detailed") => spread(wall[key].samples.map((t, i) => t - wall.importOnly.samples[i]!));

  const lines: Line[] = [];
  const rows: string[][] = [];
  for (const key of ["success", "detailed"] as const) {
    const results = parsed(key);
    const call = spread(results.map((r) => r.callMs));
    const loaded = [...new Set(results.flatMap((r) => r.loadedByCall))];
    const undici = [...new Set(results.flatMap((r) => [...r.loadedByImport, ...r.loadedByCall]))].filter((m) => /undici/i.test(m));
    const kinds = [...new Set(results.map((r) => r.kind))].join(", ");
    const label = key === "success" ? "a success envelope" : "an error envelope with details (validator compiled on first use)";
    lines.push({
      row: `first \`parseApiResponse({ status, body })\` in a fresh process, ${label}: time above the import`,
      measured: `**${ms(call.median)}** (${ms(call.min)}–${ms(call.max)} over ${runs} processes); undici ${undici.length === 0 ? "not loaded" : "**loaded**"}; modules the call loads: ${loaded.length === 0 ? "none" : loaded.join(", ")}`,
      target: `≤ ${TARGET_MS} ms, no undici`,
      verdict: verdict(call.median <= TARGET_MS && undici.length === 0),
    });
    const w = above(key);
    rows.push([
      `${ENVELOPES[key]} (${kinds})`,
      ms(spread(results.map((r) => r.importMs)).median),
      `${ms(call.median)} (${ms(call.min)}–${ms(call.max)})`,
      `${ms(w.median)} (${ms(w.min)}–${ms(w.max)})`,
    ]);
  }
  const importOnly = spread(parsed("importOnly").map((r) => r.importMs));
  const details = `Each figure is a fresh \`node\` process (bench/children/first-parse.ts, ${runs} runs per case, alternating). In-process, the
import of dist/index.js and then the first call are timed with performance.now(), and process.moduleLoadList says which of node's
own modules each loaded (undici is what \`typeof Response\` or a Headers getter would load). As whole processes, the wall time of
import + call minus that of import only, in the same round (noisier: a process's start varies by more than the call costs).

${table(
  ["envelope (result)", "import (median)", "first call, in-process (median, min–max)", "whole process above import-only (median, min–max)"],
  [["import only", ms(importOnly.median), "–", "–"], ...rows],
)}`;
  return { id: "first-parse", title: "A client's first `parseApiResponse` in a fresh process", lines, details };
}

if (isMain(import.meta.url)) await report(measure);
