// A figure over several rounds: the median, with the smallest and largest round beside it, so that a
// table line shows how far the rounds were apart and not just where their middle fell.
import { median, ratio } from "./stats.js";

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spread(values: readonly number[]): Spread {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

/** Per-round ratios a[i] / b[i] (both measured in round i), as a spread. */
export function ratios(a: readonly number[], b: readonly number[]): Spread {
  if (a.length !== b.length) throw new Error(`${a.length} rounds against ${b.length}`);
  return spread(a.map((x, i) => x / b[i]!));
}

/** "5.12× (4.90–5.61× over 12 rounds)". */
export const showRatio = (s: Spread, rounds: number) => `${ratio(s.median)} (${ratio(s.min)}–${ratio(s.max)} over ${rounds} rounds)`;
