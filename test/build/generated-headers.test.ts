// Every generated file says, in its first lines, which emitter wrote it or which runtime file it copies, so
// that a reader finds the code behind any output in one step (as OpenTelemetry's generated files name their
// template).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/fixtures.js";

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

describe("generated files", () => {
  const files = walk(join(ROOT, "generated"));

  it("each name the emitter file that wrote it, or the runtime file it copies, and that file exists", () => {
    expect(files.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const file of files) {
      const head = readFileSync(file, "utf8").slice(0, 800);
      if (head === "") continue; // a marker file such as py.typed has no room for a comment
      // A licence is the root LICENSE verbatim, as licence detectors (pkg.go.dev, crates.io, GitHub) read it.
      if (file.endsWith("/LICENSE") && readFileSync(file, "utf8") === readFileSync(join(ROOT, "LICENSE"), "utf8")) continue;
      // A copy of a runtime file names that file instead (scripts/emit/runtime-sources.ts).
      const copiedFrom = /^\S+ Copied from (runtime\/\S+) by npm run build: edit that file, not this copy\.$/m.exec(head)?.[1];
      if (copiedFrom !== undefined) {
        if (!existsSync(join(ROOT, copiedFrom))) problems.push(`${relative(ROOT, file)}: copied from ${copiedFrom}, which does not exist`);
        continue;
      }
      const emitter = /by (scripts\/[\w/.-]+\.(?:ts|js))\b/.exec(head)?.[1];
      if (!emitter) problems.push(`${relative(ROOT, file)}: no "by scripts/..." header`);
      else if (!existsSync(join(ROOT, emitter))) problems.push(`${relative(ROOT, file)}: names ${emitter}, which does not exist`);
    }
    expect(problems).toEqual([]);
  });

  it("never import hand-written runtime from src/", () => {
    const offenders = files.filter((f) => /\.\.\/\.\.\/src\//.test(readFileSync(f, "utf8"))).map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });
});
