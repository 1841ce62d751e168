// The "validate + generate TypeScript" part of the build, as a process of its own: load and validate
// the catalog, emit catalog.json, the JSON Schemas, the TypeScript modules and the precompiled envelope
// validator, and write them. No language emitter, so quicktype is never imported.
//
//   node scripts/run.mjs bench/ts-build.ts [--catalog DIR] --out DIR [--phases]   (as npm run build runs scripts)
//   npx tsx bench/ts-build.ts ...                                                    (by hand)
//
// With --phases it prints, as JSON, where the time went: every import and every step on its own, in
// the order a cold build meets them. The modules are imported dynamically for that; without --phases
// the work is the same, step for step.
const processStartMs = performance.now();

import { join } from "node:path";
import { parseArgs } from "node:util";

export interface TsBuildPhases {
  /**
   * Process start to this script's first line: node's start-up, plus the tsx loader and this file's
   * transpile under tsx, or the bundling and the bundle's up-front package imports when bundled.
   */
  bootMs: number;
  steps: Array<[step: string, ms: number]>;
  totalMs: number;
  files: number;
}

const { values } = parseArgs({
  options: { catalog: { type: "string" }, out: { type: "string" }, phases: { type: "boolean", default: false } },
});
if (!values.out) throw new Error("usage: tsx bench/ts-build.ts [--catalog DIR] --out DIR [--phases]");

const steps: Array<[string, number]> = [];
async function step<T>(name: string, run: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  steps.push([name, performance.now() - start]);
  return result;
}

// Third-party modules first, so that each figure is that package's own load cost.
// Without --phases, only what the build itself loads: ajv and json-schema-to-typescript load lazily,
// on a cache miss of their compiled output (scripts/memo.ts).
if (values.phases) {
  await step("import yaml", () => import("yaml"));
  await step("import ajv (2020) + ajv-formats", () => Promise.all([import("ajv/dist/2020.js"), import("ajv-formats")]));
}
const load = await step("import scripts/catalog/* (transpiled here under tsx)", () => import("../scripts/catalog/load.js"));
if (values.phases) await step("import json-schema-to-typescript (lodash, ref-parser, prettier's entry)", () => import("json-schema-to-typescript"));
const [{ emitCatalogJson }, { emitJsonSchemas }, { emitTypeScript }, { emitValidator }, { writeAtomically }] = await step("import scripts/emit/* + ajv standalone (transpiled here under tsx)", () =>
  Promise.all([
    import("../scripts/emit/catalog-json.js"),
    import("../scripts/emit/json-schema.js"),
    import("../scripts/emit/typescript.js"),
    import("../scripts/emit/validator.js"),
    import("../scripts/output.js"),
  ]),
);

const catalogDir = values.catalog ?? join(load.PROJECT_ROOT, "catalog");
if (values.phases) {
  // loadCatalog's steps one by one; the loadCatalog below then runs warm, and its figure is "resolve + warm re-run".
  const [{ readFileSync, readdirSync }, { parseCatalogFile }, { schemaPass }, { meaningPass }] = await Promise.all([
    import("node:fs"),
    import("../scripts/catalog/parse.js"),
    import("../scripts/catalog/schema-pass.js"),
    import("../scripts/catalog/meaning-pass.js"),
  ]);
  const names = readdirSync(catalogDir)
    .filter((n) => n.endsWith(".yaml"))
    .sort();
  const parsed = await step("YAML parse, cold (yaml parseDocument + toJS)", () => names.map((n) => parseCatalogFile(n, readFileSync(join(catalogDir, n), "utf8")).parsed!));
  await step("ajv: compile schema/catalog.schema.json", () => schemaPass(parsed[0]!, load.SCHEMA_PATH));
  await step("ajv: validate the files", () => parsed.slice(1).map((p) => schemaPass(p, load.SCHEMA_PATH)));
  type MeaningArgs = Parameters<typeof meaningPass>;
  const isPolicy = (p: (typeof parsed)[number]) => typeof p.data === "object" && p.data !== null && "retryPolicy" in p.data;
  await step("meaning pass (compiles each details schema with ajv + ajv-formats)", () =>
    meaningPass(
      parsed.filter((p) => !isPolicy(p)).map((p) => ({ parsed: p, data: p.data })) as MeaningArgs[0],
      parsed.filter(isPolicy).map((p) => ({ parsed: p, data: p.data })) as MeaningArgs[1],
      true,
      new Set(parsed.map((p) => (p.data as { family?: string }).family ?? "")),
    ),
  );
}
const { catalog, diagnostics } = await step(values.phases ? "loadCatalog, warm (resolve + the steps above again)" : "loadCatalog", () => load.loadCatalog(catalogDir));
if (!catalog) throw new Error(`${catalogDir} does not load: ${diagnostics.length} diagnostics`);

const files = new Map<string, string>();
const keep = (out: Record<string, string>) => {
  for (const [k, v] of Object.entries(out)) files.set(k, v);
};
keep(await step("emitCatalogJson", () => emitCatalogJson(catalog)));
keep(await step("emitJsonSchemas", () => emitJsonSchemas(catalog)));
keep(await step("emitTypeScript (json2ts x2)", () => emitTypeScript(catalog)));
keep(await step("emitValidator (ajv compile + standalone code)", () => emitValidator(catalog)));
await step(`write ${files.size} files`, () => writeAtomically(values.out!, new Map([...files].sort())));

if (values.phases) {
  const end = performance.now();
  const result: TsBuildPhases = { bootMs: processStartMs, steps, totalMs: end, files: files.size };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
