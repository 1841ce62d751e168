// Virtual time for the fleet simulator: a binary heap of timers, advanced in fixed steps. All timers due by
// the current step run, then the microtasks they started settle (one macrotask turn), and so on until
// nothing is due; then time jumps to the step of the next timer. The order is fixed by (time, creation),
// so that a seeded run is the same run every time.

interface Timer {
  at: number;
  seq: number;
  run: () => void;
  cancelled: boolean;
}

/** A handle from `after`, for `cancel`. */
export type TimerHandle = object;

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

export class VirtualClock {
  #now = 0;
  #seq = 0;
  readonly #heap: Timer[] = [];

  /** `stepMs`: the resolution of virtual time; a timer fires at the first step at or after its time. */
  constructor(readonly stepMs = 10) {}

  get now(): number {
    return this.#now;
  }

  /** Runs `run` after `ms` of virtual time (at once, in the current step, for 0 or less). */
  after(ms: number, run: () => void): TimerHandle {
    const timer: Timer = { at: this.#now + Math.max(Number.isNaN(ms) ? 0 : ms, 0), seq: this.#seq++, run, cancelled: false };
    this.#push(timer);
    return timer;
  }

  cancel(handle: unknown): void {
    if (handle && typeof handle === "object" && "cancelled" in handle) (handle as Timer).cancelled = true;
  }

  /** withRetry's `sleep` on this clock. */
  readonly sleep = (ms: number): Promise<void> => new Promise<void>((resolve) => this.after(ms, resolve));

  /** Runs timers until none is left or the next one lies after `until`; `onStep` sees the clock after each step settles. */
  async run(until: number, onStep?: (now: number) => void): Promise<void> {
    const heap = this.#heap;
    while (heap.length > 0 && heap[0]!.at <= until) {
      this.#now = Math.max(this.#now, Math.ceil(heap[0]!.at / this.stepMs) * this.stepMs);
      for (;;) {
        let ran = false;
        while (heap.length > 0 && heap[0]!.at <= this.#now) {
          const timer = this.#pop();
          if (timer.cancelled) continue;
          timer.run();
          ran = true;
        }
        if (!ran) break;
        await settle();
      }
      onStep?.(this.#now);
    }
  }

  get pending(): number {
    return this.#heap.length;
  }

  #before(a: Timer, b: Timer): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }

  #push(timer: Timer): void {
    const heap = this.#heap;
    let i = heap.push(timer) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.#before(timer, heap[parent]!)) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = timer;
  }

  #pop(): Timer {
    const heap = this.#heap;
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= heap.length) break;
        const right = left + 1;
        const child = right < heap.length && this.#before(heap[right]!, heap[left]!) ? right : left;
        if (!this.#before(heap[child]!, last)) break;
        heap[i] = heap[child]!;
        i = child;
      }
      heap[i] = last;
    }
    return top;
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
