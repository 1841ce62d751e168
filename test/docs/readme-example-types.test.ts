import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { ROOT } from "../support/fixtures.js";
import { installPackedPackage } from "../support/packed.js";

// The README's withRetry example, type-checked as a careful user would: against the packed package's
// declarations, under strict, exactOptionalPropertyTypes and noUncheckedIndexedAccess.
it("the README's withRetry example compiles under strict, exactOptionalPropertyTypes and noUncheckedIndexedAccess", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const block = /<!-- example:withRetry -->\n```ts\n([\s\S]*?)```\n<!-- \/example -->/.exec(readme);
  expect(block, "README.md has the marked withRetry example").not.toBeNull();
  const { dir } = installPackedPackage();
  writeFileSync(join(dir, "example.mts"), block![1]!);
  const tsconfig = {
    compilerOptions: {
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      module: "nodenext",
      moduleResolution: "nodenext",
      target: "es2022",
      lib: ["es2022", "dom"],
      types: ["node"],
      typeRoots: [join(ROOT, "node_modules", "@types")],
      noEmit: true,
      skipLibCheck: false,
    },
    files: ["example.mts"],
  };
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(tsconfig, null, 2));
  const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
  let output = "";
  try {
    execFileSync(process.execPath, [tsc, "-p", dir], { cwd: dir, encoding: "utf8" });
  } catch (error) {
    output = String((error as { stdout?: string }).stdout ?? error);
  }
  expect(output).toBe("");
}, 120_000);
