// One fresh process: import the package as shipped (dist/index.js), then optionally make the first
// parseApiResponse call on one example envelope, given as text. It times itself with performance.now()
// (the import, then the call) and says which of node's own modules the call loaded, undici among them.
// Built by the first-parse row into .cache/bench/ and run with plain node.
//
//   node .cache/bench/first-parse.mjs ROOT import|parse [ENVELOPE.json]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

export interface FirstParseResult {
  importMs: number;
  /** The first call; 0 for the import-only arm. */
  callMs: number;
  kind?: string;
  /** node's internal modules that the import and the call loaded (process.moduleLoadList's new entries). */
  loadedByImport: string[];
  loadedByCall: string[];
}

const [root, arm, envelope] = process.argv.slice(2) as [string, string, string | undefined];
// Read before the clock starts: the body comes off the wire as text, and reading it is no part of the call.
const body = envelope ? readFileSync(join(root, "test", "vectors", "envelopes", envelope), "utf8") : "";
const moduleList = () => (process as unknown as { moduleLoadList: string[] }).moduleLoadList;
const before = new Set(moduleList());
const start = performance.now();
const pkg = (await import(pathToFileURL(join(root, "dist", "index.js")).href)) as typeof import("../../src/index.js");
const imported = performance.now();
const afterImport = new Set(moduleList());
let kind: string | undefined;
let called = imported;
if (arm === "parse") {
  kind = pkg.parseApiResponse({ status: 401, body }).kind;
  called = performance.now();
} else if (arm !== "import") throw new Error(`unknown arm ${arm}`);
const result: FirstParseResult = {
  importMs: imported - start,
  callMs: called - imported,
  ...(kind ? { kind } : {}),
  loadedByImport: [...afterImport].filter((m) => !before.has(m)),
  loadedByCall: moduleList().filter((m) => !afterImport.has(m)),
};
process.stdout.write(`${JSON.stringify(result)}\n`);
