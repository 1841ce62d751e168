// A few ns per call is below what one measurement on a shared machine can resolve, so a tinybench sample
// is a batch of calls (the timer's own cost, tens of ns, is spread over the batch), and each task's batch
// loop is compiled on its own (new Function), so that the call inside stays monomorphic and is inlined as
// it would be in a caller, instead of every task sharing one megamorphic call site.
import { QUICK } from "./row.js";
import { runTask } from "./tiny.js";

export const BATCH = 1_000;

let sink = 0;

/** A batch of BATCH calls of `call`, in a loop compiled for this task alone. */
export function batchOf(call: () => number): () => void {
  const loop = new Function("call", "BATCH", "return function batch() { let s = 0; for (let i = 0; i < BATCH; i++) s += call(); return s; };")(call, BATCH) as () => number;
  return () => {
    sink ^= loop();
  };
}

/** Read once at the end, so that the optimizer cannot drop the calls whose results it sums. */
export const consumed = () => sink;

/**
 * ns per call of each task, one sample per round: the tasks run in an order that rotates every round, so
 * that no task always runs first (warm-up) or last (after the others' garbage).
 */
export async function roundsOf<T extends string>(order: readonly T[], tasks: Record<T, () => void>, rounds: number): Promise<Record<T, number[]>> {
  const ns = Object.fromEntries(order.map((k) => [k, [] as number[]])) as Record<T, number[]>;
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < order.length; i++) {
      const key = order[(i + round) % order.length]!;
      const latency = await runTask(key, tasks[key], { time: QUICK ? 100 : 200, warmupTime: 50, iterations: 20 });
      ns[key].push((latency.p50 * 1e6) / BATCH);
    }
  }
  return ns;
}
