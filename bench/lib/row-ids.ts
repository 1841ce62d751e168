// The benchmark's rows, in the order `npm run bench` runs them: each id is bench/rows/<id>.ts and a line of
// bench/README.md's table (test/docs/bench-readme.test.ts holds the three together).
// One row a line, so that adding a row is a one-line change.
export const ROWS = [
  "author-loop",
  "validate-generate",
  "build-scaling",
  "lookups",
  "advice-peers",
  "bundle-size",
  "first-parse",
  "parse",
  "parse-peers",
  "cli",
  "with-retry",
  "python-startup",
  "go-startup",
  "rust-startup",
  "csharp-startup",
  "jvm-startup",
  "simulate",
] as const;
