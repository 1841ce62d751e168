/**
 * Edit distance (optimal string alignment: insert, delete, substitute, swap two neighbours), so that a
 * typo such as "TOKEN_EXPRIED" is one edit away from "TOKEN_EXPIRED".
 */
export function editDistance(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  let before: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[t.length]!;
}

// Longer input than any identifier (33 characters today) cannot be a typo of one; bounding it also keeps
// a pasted log line from costing a quadratic comparison against every name.
const MAX_INPUT = 64;

/**
 * The candidate closest to `input`, ignoring case, if it is close enough to be a
 * likely typo: at most a quarter of the input's length in edits (at least 1, at most 3).
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  if (input.length === 0 || input.length > MAX_INPUT) return undefined;
  const wanted = input.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(input.length / 4)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
