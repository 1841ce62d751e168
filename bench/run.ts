// npm run bench [-- --quick] [-- --only lookups,cli]
// Runs every row of the benchmark table, each in a process of its own, prints the table, and (on a full
// run of every row) writes bench/RESULTS.md with the machine it ran on. Needs `npm run build` first:
// the rows measure dist/ and generated/ as built.
import { spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { machine } from "./lib/machine.js";
import { ROOT } from "./lib/paths.js";
import { ROWS } from "./lib/row-ids.js";
import { RESULT_MARK, table, type Line, type RowResult } from "./lib/row.js";

const { values } = parseArgs({ options: { quick: { type: "boolean", default: false }, only: { type: "string" } } });
const only = values.only?.split(",").map((s) => s.trim());
const unknown = only?.filter((id) => !(ROWS as readonly string[]).includes(id)) ?? [];
if (unknown.length > 0) throw new Error(`unknown row ${unknown.join(", ")}; the rows are ${ROWS.join(", ")}`);
const rows = ROWS.filter((id) => !only || only.includes(id));

for (const file of ["dist/index.js", "dist/cli.js", "generated/schema/api-response.schema.json"]) {
  if (!existsSync(join(ROOT, file))) throw new Error(`${file} is missing: run \`npm run build\` before \`npm run bench\``);
}

/** One row in a fresh process; its stderr (progress) passes through, its stdout carries the result. */
function runRow(id: string): Promise<RowResult> {
  return new Promise((resolve, reject) => {
    const args = ["--import", "tsx", join(ROOT, "bench", "rows", `${id}.ts`), ...(values.quick ? ["--quick"] : [])];
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const line = stdout.split("\n").find((l) => l.startsWith(RESULT_MARK));
      if (code !== 0 || !line) reject(new Error(`row ${id} exited ${code}${stdout.trim() ? `:\n${stdout.trim()}` : ""}`));
      else resolve(JSON.parse(line.slice(RESULT_MARK.length)) as RowResult);
    });
  });
}

const host = machine();
const started = Date.now();
const results: RowResult[] = [];
const failures: string[] = [];
for (const id of rows) {
  process.stderr.write(`${id}\n`);
  const rowStart = Date.now();
  try {
    results.push(await runRow(id));
  } catch (error) {
    // One broken row must not hide the others' figures; the run still fails at the end.
    failures.push(id);
    const message = error instanceof Error ? error.message : String(error);
    results.push({ id, title: id, lines: [{ row: id, measured: `failed: ${message.split("\n")[0]}`, target: "", verdict: "misses" }], details: `The row failed:\n\n\`\`\`\n${message}\n\`\`\`` });
  }
  process.stderr.write(`  (${((Date.now() - rowStart) / 1000).toFixed(0)} s)\n`);
}

const lines: Line[] = results.flatMap((r) => r.lines);
const summary = table(
  ["row", "measured", "target", "verdict"],
  lines.map((l) => [l.row, l.measured, l.target, l.verdict === "misses" ? "**misses**" : l.verdict]),
);
const machineLine = `${host.cpus} CPUs (nproc), ${host.cpuModel}, ${host.memoryGiB} GiB; Node ${host.node}; load average ${host.loadAverage.toFixed(2)} at the start; ${host.date}`;
process.stdout.write(`\n${summary}\n\n${machineLine}\n`);

if (!values.quick && !only) {
  const minutes = ((Date.now() - started) / 60000).toFixed(1);
  const doc = `# Benchmark results

Written by \`npm run bench\` (bench/run.ts) from its last full run; do not edit by hand. See bench/README.md for what each row
measures. Ratios are measured side by side in one run, because absolute times drift on a shared machine.

**Machine:** ${machineLine}. The run took ${minutes} minutes.

${summary}

${results.map((r) => `## ${r.title}\n\n${r.details.trim()}\n`).join("\n")}`;
  writeFileSync(join(ROOT, "bench", "RESULTS.md"), doc);
  process.stderr.write("wrote bench/RESULTS.md\n");
}
if (failures.length > 0) {
  process.stderr.write(`failed rows: ${failures.join(", ")}\n`);
  process.exitCode = 1;
}
