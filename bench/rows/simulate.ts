// Row "fleet simulator": the goals for the retry budget, measured with the simulator as shipped
// (node dist/cli.js simulate ... --json), and the simulator's own cost for 100,000 clients through 10
// simulated minutes. Each run is a process of its own; a preload reports its CPU time and peak resident
// memory (process.resourceUsage) when it exits.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "../lib/paths.js";
import { QUICK, isMain, log, report, table, verdict, type Line, type RowResult } from "../lib/row.js";
import { int, ratio } from "../lib/stats.js";
import type { PolicyResult, SimulationReport } from "../../src/simulate/simulate.js";

const USAGE_MARK = "@@simulate-usage ";
const GIB = 2 ** 30;

interface Usage {
  wallMs: number;
  cpuMs: number;
  maxRssBytes: number;
}

function preload(): string {
  const dir = join(ROOT, ".cache", "bench");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "simulate-usage.mjs");
  writeFileSync(
    file,
    `const start = performance.now();
process.on("exit", () => {
  const u = process.resourceUsage();
  process.stderr.write("\\n${USAGE_MARK}" + JSON.stringify({ wallMs: performance.now() - start, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssBytes: u.maxRSS * 1024 }) + "\\n");
});
`,
  );
  return file;
}

function simulateProcess(args: string[]): Promise<{ report: SimulationReport; usage: Usage }> {
  const hook = preload();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", pathToFileURL(hook).href, join(ROOT, "dist", "cli.js"), "simulate", ...args, "--json"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const line = stderr.split("\n").find((l) => l.startsWith(USAGE_MARK));
      if (code !== 0 || !line) return reject(new Error(`simulate ${args.join(" ")} exited ${code}: ${stderr.trim().slice(0, 500)}`));
      resolve({ report: JSON.parse(stdout) as SimulationReport, usage: JSON.parse(line.slice(USAGE_MARK.length)) as Usage });
    });
  });
}

const seconds = (ms: number | null) => (ms === null ? "never" : `${(ms / 1000).toFixed(1)} s`);
const byPolicy = (r: SimulationReport, policy: string) => r.results.find((x) => x.policy === policy)!;

function policyTable(r: SimulationReport): string {
  return table(
    ["policy", "amplification", "during the outage", "peak arrivals /100 ms", "backlog clears after recovery", "p50 to success", "p99 to success", "gave up"],
    r.results.map((x: PolicyResult) => [
      x.policy,
      x.amplification.toFixed(2),
      x.incidentAmplification?.toFixed(2) ?? "-",
      int(x.peakArrivalsPer100ms),
      seconds(x.backlogClearsAfterMs),
      seconds(x.timeToSuccessP50Ms),
      seconds(x.timeToSuccessP99Ms),
      int(x.gaveUp),
    ]),
  );
}

export async function measure(): Promise<RowResult> {
  const fleet = "10000";
  // Budgets are per client, so what they save depends on how many calls a client makes during the outage:
  // the catalog's bucket lets a client's first failing call make 5 attempts, later ones 1.
  const workloads = [
    { label: "one call a minute per client", args: ["--interval", "60", "--minutes", "10"] },
    // 1.2 million calls per policy: only the two policies the goals compare.
    { label: "one call every 2 s per client", args: ["--interval", "2", "--minutes", "4", "--policy", "documented,budget"] },
  ];
  const lines: Line[] = [];
  const sections: string[] = [];
  for (const w of workloads) {
    log(`outage, ${fleet} clients, ${w.label}`);
    const { report: r, usage } = await simulateProcess(["--scenario", "outage", "--clients", fleet, "--seed", "1", ...w.args]);
    const documented = byPolicy(r, "documented");
    const budget = byPolicy(r, "budget");
    const amp = budget.incidentAmplification ?? Number.NaN;
    lines.push({
      row: `Outage scenario, N = 10,000, ${w.label}: amplification of the calls wanted during the outage, with the budget`,
      measured: `**${amp.toFixed(2)}** (documented policy ${documented.incidentAmplification?.toFixed(2)})`,
      target: "≤ 1.2 (against 6.0 without)",
      verdict: verdict(amp <= 1.2),
    });
    const clearRatio = documented.backlogClearsAfterMs && budget.backlogClearsAfterMs !== null ? budget.backlogClearsAfterMs / documented.backlogClearsAfterMs : Number.NaN;
    lines.push({
      row: `Outage scenario, N = 10,000, ${w.label}: time until the backlog clears after recovery, with the budget / without`,
      measured: `**${Number.isNaN(clearRatio) ? "n/a" : ratio(clearRatio)}** (${seconds(budget.backlogClearsAfterMs)} against ${seconds(documented.backlogClearsAfterMs)})`,
      target: "≤ 1.1×",
      verdict: verdict(clearRatio <= 1.1),
    });
    sections.push(
      `**${w.label}** (\`node dist/cli.js simulate --scenario outage --clients ${fleet} --seed 1 ${w.args.join(" ")}\`; ${int(documented.wanted)} calls wanted; ${(usage.cpuMs / 1000).toFixed(1)} s of CPU for ${r.results.length} policies):\n\n${policyTable(r)}`,
    );
  }

  const scale = QUICK ? "20000" : "100000";
  log(`outage, ${scale} clients through 10 minutes, documented policy`);
  const load = loadavg()[0]!;
  const big = await simulateProcess(["--scenario", "outage", "--clients", scale, "--minutes", "10", "--policy", "documented"]);
  const bigResult = byPolicy(big.report, "documented");
  lines.push(
    {
      row: `The simulator itself: ${int(Number(scale))} clients × 10 simulated minutes (outage, documented policy), wall time`,
      measured: `**${(big.usage.wallMs / 1000).toFixed(1)} s** (${(big.usage.cpuMs / 1000).toFixed(1)} s of CPU; load average ${load.toFixed(1)} on ${cpus().length} CPUs)`,
      target: "≤ 30 s",
      verdict: verdict(big.usage.wallMs <= 30_000),
    },
    {
      row: `The simulator itself: ${int(Number(scale))} clients × 10 simulated minutes, peak resident memory`,
      measured: `**${(big.usage.maxRssBytes / GIB).toFixed(2)} GiB**`,
      target: "≤ 2 GiB",
      verdict: verdict(big.usage.maxRssBytes <= 2 * GIB),
    },
  );
  const details = `The outage scenario: the API answers 503 for 60 s from the first minute on, then serves 1.5× the fleet's normal load
per second (503 above it). Every client runs \`withRetry\` as shipped on a virtual clock (10 ms steps), with one
\`createRetryBudget()\` and/or \`createWaitState()\` per client. "During the outage" counts the attempts of the calls wanted
during the 60 s; "backlog clears" is the time from the recovery until the wants not yet served are back to their level
before the outage (a call that gave up is served by its client's next success).

The catalog's budget (10 tokens, 1 per failure, retries above 5) lets each client's first failing call make 5 of its 6
attempts and its later calls 1, so the budget's amplification during a 60 s outage is about (4 + W) / W for a client that
wants W calls in it: it meets ≤ 1.2 from about 20 calls per client per outage, not at one call a minute.

${sections.join("\n\n")}

**The simulator's own cost**: \`node dist/cli.js simulate --scenario outage --clients ${scale} --minutes 10 --policy documented\`:
${int(bigResult.wanted)} calls wanted, ${int(bigResult.sent)} attempts, wall ${(big.usage.wallMs / 1000).toFixed(1)} s, CPU ${(big.usage.cpuMs / 1000).toFixed(1)} s,
peak RSS ${(big.usage.maxRssBytes / 2 ** 20).toFixed(0)} MiB (process.resourceUsage at exit). Wall time on a shared machine includes
waiting for a CPU: compare the CPU time when the load average is high.`;
  return { id: "simulate", title: "Fleet simulator: the retry budget's goals, and the simulator's own cost", lines, details };
}

if (isMain(import.meta.url)) await report(measure);
