// Virtual time for the fleet simulator: timers kept in buckets of one step each (a calendar queue), the
// steps in a binary heap. All timers of the current step run in the order they were set, then the
// microtasks they started settle (one macrotask turn), and so on until nothing is due; then time jumps to
// the next step that has a timer. The order depends on nothing but the order of the calls, so that a
// seeded run is the same run every time.

/** A timer that can be cancelled (from `cancellable`): its bucket holds `fire`. */
interface Cancellable {
  fire: () => void;
  cancelled: boolean;
}

/** A handle from `cancellable`, for `cancel`. */
export type TimerHandle = object;

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

export class VirtualClock {
  #now = 0;
  #count = 0;
  readonly #buckets = new Map<number, Array<() => void>>();
  /** The steps that have a bucket, as a min-heap. */
  readonly #steps: number[] = [];

  /** `stepMs`: the resolution of virtual time; a timer fires at the first step at or after its time. */
  constructor(readonly stepMs = 10) {}

  get now(): number {
    return this.#now;
  }

  /** Runs `run` after `ms` of virtual time (in the current step, for 0 or less). */
  after(ms: number, run: () => void): void {
    const step = Math.ceil((this.#now + Math.max(Number.isNaN(ms) ? 0 : ms, 0)) / this.stepMs);
    const bucket = this.#buckets.get(step);
    if (bucket) bucket.push(run);
    else {
      this.#buckets.set(step, [run]);
      this.#pushStep(step);
    }
    this.#count++;
  }

  /** `after`, with a handle for `cancel`: the reconnect controller's setTimer. */
  cancellable(ms: number, run: () => void): TimerHandle {
    const timer: Cancellable = { cancelled: false, fire: () => timer.cancelled || run() };
    this.after(ms, timer.fire);
    return timer;
  }

  cancel(handle: unknown): void {
    if (handle && typeof handle === "object" && "cancelled" in handle) (handle as Cancellable).cancelled = true;
  }

  /** withRetry's `sleep` on this clock. */
  readonly sleep = (ms: number): Promise<void> => new Promise<void>((resolve) => this.after(ms, resolve));

  /** Runs timers until none is left or the next one lies after `until`; `onStep` sees the clock after each step settles. */
  async run(until: number, onStep?: (now: number) => void): Promise<void> {
    const steps = this.#steps;
    while (steps.length > 0 && steps[0]! * this.stepMs <= until) {
      const step = steps[0]!;
      this.#now = Math.max(this.#now, step * this.stepMs);
      // Timers set for this step while it runs land in a new bucket of the same step: run those too.
      while (steps.length > 0 && steps[0] === step) {
        this.#popStep();
        const bucket = this.#buckets.get(step)!;
        this.#buckets.delete(step);
        this.#count -= bucket.length;
        for (const run of bucket) run();
        await settle();
      }
      onStep?.(this.#now);
    }
  }

  /** Timers set and not yet run (cancelled ones included). */
  get pending(): number {
    return this.#count;
  }

  #pushStep(step: number): void {
    const heap = this.#steps;
    let i = heap.push(step) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent]! <= step) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = step;
  }

  #popStep(): void {
    const heap = this.#steps;
    const last = heap.pop()!;
    if (heap.length === 0) return;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const child = right < heap.length && heap[right]! < heap[left]! ? right : left;
      if (heap[child]! >= last) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = last;
  }
}

/** A seeded source in [0, 1) (mulberry32): the same seed gives the same sequence on every platform. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
