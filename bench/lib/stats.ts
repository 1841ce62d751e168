export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** "1 234" style grouping is hard to read in a table cell; "1,234" is plain. */
export const int = (n: number) => Math.round(n).toLocaleString("en-US");

/** Milliseconds with a precision that suits their size. */
export function ms(n: number): string {
  if (n >= 10_000) return `${(n / 1000).toFixed(1)} s`;
  if (n >= 100) return `${Math.round(n)} ms`;
  return `${n.toFixed(1)} ms`;
}

export const ratio = (n: number) => `${n.toFixed(n >= 10 ? 1 : 2)}×`;

export function bytes(n: number): string {
  return n >= 10_000 ? `${(n / 1024).toFixed(1)} KB` : `${int(n)} B`;
}
