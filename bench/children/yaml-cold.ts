// One cold process parsing catalog/*.yaml with one YAML library, import included, to price the parse
// step of a build: `yaml` as scripts/catalog/parse.ts calls it (a Document with positions, then toJS),
// or js-yaml's plain load (data only, no positions). Prints the milliseconds as JSON.
//
//   node .cache/bench/yaml-cold.mjs yaml|js-yaml ROOT
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

export interface YamlColdResult {
  importMs: number;
  parseMs: number;
}

const [library, root] = process.argv.slice(2) as [string, string];
const dir = join(root, "catalog");
const texts = readdirSync(dir)
  .filter((f) => f.endsWith(".yaml"))
  .sort()
  .map((f) => readFileSync(join(dir, f), "utf8"));
const resolve = createRequire(join(root, "package.json")).resolve;

/** What is called of either library: `yaml`'s Document API, or js-yaml's load (named, or on its CommonJS default). */
interface YamlLibrary {
  LineCounter: new () => unknown;
  parseDocument(text: string, options: Record<string, unknown>): { toJS(options: Record<string, unknown>): unknown };
  load?: (text: string) => unknown;
  default: { load(text: string): unknown };
}

const start = performance.now();
const module = (await import(pathToFileURL(resolve(library)).href)) as YamlLibrary;
const imported = performance.now();
if (library === "yaml") {
  for (const text of texts) {
    const lineCounter = new module.LineCounter();
    module.parseDocument(text, { lineCounter, uniqueKeys: true, strict: true, prettyErrors: false, version: "1.2" }).toJS({ maxAliasCount: 100 });
  }
} else for (const text of texts) (module.load ?? module.default.load)(text);
const result: YamlColdResult = { importMs: imported - start, parseMs: performance.now() - imported };
process.stdout.write(`${JSON.stringify(result)}\n`);
