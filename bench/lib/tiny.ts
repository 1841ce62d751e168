// tinybench, one task at a time, with its errors surfaced (tinybench records a failing task as "errored"
// and carries on, which would put a meaningless figure in the table).
import { Bench, type BenchOptions, type Statistics } from "tinybench";

export async function runTask(name: string, fn: () => unknown, options: BenchOptions & { async?: boolean }): Promise<Statistics> {
  const { async = false, ...benchOptions } = options;
  const bench = new Bench({ name, throws: true, ...benchOptions });
  bench.add(name, fn as () => void, { async });
  await bench.run();
  const result = bench.getTask(name)!.result;
  if (result.state !== "completed") throw new Error(`${name}: tinybench ended in state ${result.state}${"error" in result ? `: ${String(result.error)}` : ""}`);
  return result.latency;
}
