// A few ns per call is below what one measurement on a shared machine can resolve, so a tinybench sample
// is a batch of calls (the timer's own cost, tens of ns, is spread over the batch), and each task's batch
// loop is compiled on its own (new Function), so that the call inside stays monomorphic and is inlined as
// it would be in a caller, instead of every task sharing one megamorphic call site.

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
