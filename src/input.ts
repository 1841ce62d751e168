/** The values a caller may mean by `input`: a number as is, and a decimal string also as its number ("8199" from a log line). */
export function candidateValues(input: unknown): Array<number | string> {
  if (typeof input === "number") return Number.isFinite(input) ? [input] : [];
  if (typeof input !== "string" || input === "" || input.length > 64) return [];
  return /^(0|[1-9]\d{0,9})$/.test(input) ? [input, Number(input)] : [input];
}
