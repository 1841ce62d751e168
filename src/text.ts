// Text helpers shared by the runtime, the CLI and the build: typo suggestions, word wrap, and the one
// normalisation of user input (look-alike letters, case and separators, hex) that the CLI and the generated
// HTML page both apply.

/**
 * Cyrillic letters that look like Latin ones, to their Latin twin (case kept). The vendor's group titles
 * carry them ("Сommon errors" starts with a Cyrillic С), which a user types, and searches, as Latin.
 */
export const LOOK_ALIKES: Readonly<Record<string, string>> = Object.freeze({
  А: "A",
  В: "B",
  Е: "E",
  К: "K",
  М: "M",
  Н: "H",
  О: "O",
  Р: "P",
  С: "C",
  Т: "T",
  Х: "X",
  а: "a",
  е: "e",
  о: "o",
  р: "p",
  с: "c",
  у: "y",
  х: "x",
});

/** `text` with its Cyrillic look-alike letters spelled in Latin: "Сommon errors" gives "Common errors". */
export function latinFold(text: string): string {
  return text.replace(/[\u0400-\u04ff]/g, (c) => LOOK_ALIKES[c] ?? c);
}

/** A name as lookups compare it, ignoring case, separators and look-alikes: "token-expired" and "TOKEN_EXPIRED" give "tokenexpired". */
export function foldKey(text: string): string {
  return latinFold(text)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** A hexadecimal input ("0x2007", as Windows tools print codes) as its decimal string ("8199"); else undefined. */
export function hexToDecimal(input: string): string | undefined {
  const match = /^0x([0-9a-f]{1,12})$/i.exec(input.trim());
  return match ? String(parseInt(match[1]!, 16)) : undefined;
}

/** An integer as the references print it in hex: 8199 gives "0x2007", 180 gives "0x00B4". */
export function hex(value: number): string {
  return `0x${value.toString(16).toUpperCase().padStart(4, "0")}`;
}

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
export function closest(input: string, candidates: Iterable<string>, maxEdits: number = Math.min(3, Math.max(1, Math.floor(input.length / 4)))): string | undefined {
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
