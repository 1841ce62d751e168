// The protocol between bench/run.ts and a row script: each row runs in a process of its own (so that
// one row's heap and JIT state do not colour the next), logs progress to stderr, and ends by printing
// its result as one marked JSON line on stdout.
import { pathToFileURL } from "node:url";

export type Verdict = "holds" | "misses" | "no target";

/** One line of the summary table. */
export interface Line {
  row: string;
  measured: string;
  target: string;
  verdict: Verdict;
}

export interface RowResult {
  id: string;
  /** The heading of the row's section in RESULTS.md. */
  title: string;
  lines: Line[];
  /** Markdown: how it was measured, the figures behind the line, and for a miss the profile. */
  details: string;
}

export const RESULT_MARK = "@@bench-row ";

export const verdict = (holds: boolean): Verdict => (holds ? "holds" : "misses");

export function isMain(url: string): boolean {
  return process.argv[1] !== undefined && url === pathToFileURL(process.argv[1]).href;
}

/** Fewer runs, for a quick look; the figures in RESULTS.md come from a full run. */
export const QUICK = process.argv.includes("--quick");

export function log(message: string): void {
  process.stderr.write(`  ${message}\n`);
}

export async function report(measure: () => Promise<RowResult>): Promise<void> {
  const result = await measure();
  process.stdout.write(`\n${RESULT_MARK}${JSON.stringify(result)}\n`);
}

/** A markdown table. */
export function table(head: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n");
}
