// bench/README.md is how a reader finds out what a row of bench/RESULTS.md measures: every row that
// `npm run bench` runs has its file and its line there, and the table names no row that is gone.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROWS } from "../../bench/lib/row-ids.js";
import { ROOT } from "../support/fixtures.js";

const documented = readFileSync(join(ROOT, "bench", "README.md"), "utf8")
  .split("\n")
  .map((line) => /^\| ([a-z0-9-]+) \|/.exec(line)?.[1])
  .filter((id): id is string => id !== undefined && id !== "row");

describe("bench/README.md", () => {
  it.each([...ROWS])("documents the row %s, which has its own file", (id) => {
    expect(existsSync(join(ROOT, "bench", "rows", `${id}.ts`))).toBe(true);
    expect(documented).toContain(id);
  });

  it("documents no row that npm run bench does not run, each once, in the order it runs them", () => {
    expect(documented).toEqual([...ROWS]);
  });
});
