// Row "CLI cold start": `vpn-error-codes explain 8199`, run as `node dist/cli.js explain 8199` (what the
// bin links to), as a ratio to `node -e ""`, alternating, medians. The output is checked first, so a
// placeholder or a broken CLI is named rather than timed as if it were the real thing.
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { summarize } from "../lib/cpuprofile.js";
import { ROOT } from "../lib/paths.js";
import { alternate, node, runOnce } from "../lib/processes.js";
import { QUICK, isMain, log, report, table, verdict, type RowResult } from "../lib/row.js";
import { bytes, ms, ratio } from "../lib/stats.js";

const TARGET = 2.5;

export async function measure(): Promise<RowResult> {
  const cli = join(ROOT, "dist", "cli.js");
  const output = runOnce(node(cli, "explain", "8199"));
  const real = /TrafficLeak/.test(output) && /8199/.test(output);
  const runs = QUICK ? 8 : 20;
  log(`${runs} alternating rounds`);
  const timed = alternate({ baseline: node("-e", ""), cli: node(cli, "explain", "8199"), version: node(cli, "--version") }, runs);
  const r = timed.cli.median / timed.baseline.median;

  // Where a cold start's time goes: the profile of one run.
  const profDir = mkdtempSync(join(tmpdir(), "vec-bench-cli-"));
  runOnce(node("--cpu-prof", `--cpu-prof-dir=${profDir}`, cli, "explain", "8199"));
  const profile = summarize(join(profDir, readdirSync(profDir)[0]!), ROOT);
  rmSync(profDir, { recursive: true, force: true });

  const details = `${real ? "dist/cli.js is the real CLI: its output names TrafficLeak and 8199." : "**dist/cli.js looks like a placeholder** (its output does not name TrafficLeak): the row times it as it is."}
dist/cli.js is ${bytes(statSync(cli).size)}, one self-contained ESM file. Median of ${runs} alternating runs:

${table(
  ["command", "median wall time", "ratio to node -e"],
  [
    ['`node -e ""`', ms(timed.baseline.median), "1.00×"],
    ["`node dist/cli.js explain 8199`", ms(timed.cli.median), ratio(r)],
    ["`node dist/cli.js --version`", ms(timed.version.median), ratio(timed.version.median / timed.baseline.median)],
  ],
)}

CPU profile of one run (${ms(profile.totalMs)} sampled), self time: ${profile.places
    .slice(0, 5)
    .map((p) => `${p.place} ${ms(p.selfMs)}`)
    .join("; ")}.`;
  return {
    id: "cli",
    title: "CLI cold start",
    lines: [
      {
        row: `CLI cold start: \`vpn-error-codes explain 8199\`${real ? "" : " (placeholder CLI)"}`,
        measured: `${ms(timed.cli.median)} vs ${ms(timed.baseline.median)}: **${ratio(r)}**`,
        target: `≤ ${TARGET}×`,
        verdict: verdict(r <= TARGET),
      },
    ],
    details,
  };
}

if (isMain(import.meta.url)) await report(measure);
