// Text helpers shared by the runtime, the CLI and the build: typo suggestions and word wrap.

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
 * The candidate closest to `input`, ignoring case, if it is close enough to be a likely typo: by default
 * at most a quarter of the input's length in edits (at least 1, at most 3).
 */
export function closest(input: string, candidates: Iterable<string>, maxEdits = Math.min(3, Math.max(1, Math.floor(input.length / 4)))): string | undefined {
  if (input.length === 0 || input.length > MAX_INPUT) return undefined;
  const wanted = input.toLowerCase();
  const limit = maxEdits;
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

/** Width in columns of plain text. The catalog is BMP text without wide or combining characters. */
export function displayWidth(text: string): number {
  return Array.from(text).length;
}

/**
 * Greedy word wrap. A word longer than the width is broken when `breakLongWords` (a terminal), else kept
 * whole on its own line (source code, where a URL must stay one token). Always at least one line.
 */
export function wrap(text: string, width: number, options: { breakLongWords?: boolean } = {}): string[] {
  const lines: string[] = [];
  let line = "";
  for (let word of text.split(/\s+/)) {
    while (options.breakLongWords && displayWidth(word) > width) {
      if (line !== "") lines.push(line);
      const chars = Array.from(word);
      lines.push(chars.slice(0, width).join(""));
      word = chars.slice(width).join("");
      line = "";
    }
    if (word === "") continue;
    if (line === "") line = word;
    else if (displayWidth(line) + 1 + displayWidth(word) <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  return lines;
}
