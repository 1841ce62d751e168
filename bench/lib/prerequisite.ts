// What a row measures that a language's consumer test builds (the wheel, the jars in the test's local Maven
// repository): when it is missing, the row runs that test first, so that `npm run bench` works on a fresh
// checkout. The test stays the one place those artefacts are built.
import { join } from "node:path";
import { ROOT } from "./paths.js";
import { runOnce } from "./processes.js";
import { log } from "./row.js";

export function ensureBuiltBy(testFile: string, what: string, present: () => boolean): void {
  if (present()) return;
  log(`${what}: not built yet, so running npx vitest run ${testFile} first`);
  runOnce({ file: process.execPath, args: [join(ROOT, "node_modules", "vitest", "vitest.mjs"), "run", testFile] });
  if (!present()) throw new Error(`${testFile} passed but left no ${what} (was its toolchain missing, and the test skipped?)`);
}
