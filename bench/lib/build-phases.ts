// build()'s steps, timed one by one in this process: loadCatalog, every emitter of scripts/emit/index.ts
// with the language emitters taken one at a time, and the atomic write.
import { loadCatalog } from "../../scripts/catalog/load.js";
import type { Catalog } from "../../scripts/catalog/model.js";
import { EMITTERS } from "../../scripts/emit/index.js";
import { LANGUAGE_EMITTERS } from "../../scripts/emit/languages/index.js";
import { writeAtomically } from "../../scripts/output.js";

export type Phases = Array<[phase: string, ms: number]>;

async function timed<T>(phases: Phases, phase: string, run: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  phases.push([phase, performance.now() - start]);
  return result;
}

/** What build() does for a good catalog, step by step; `languages: false` leaves the language emitters out. */
export async function buildPhases(catalogDir: string, outDir: string, options: { languages: boolean }): Promise<{ phases: Phases; catalog: Catalog }> {
  const phases: Phases = [];
  const { catalog } = await timed(phases, "loadCatalog (YAML, schema pass, meaning pass, resolve)", () => loadCatalog(catalogDir));
  if (!catalog) throw new Error(`${catalogDir} does not load`);
  const files = new Map<string, string>();
  const keep = (out: Record<string, string>) => {
    for (const [path, content] of Object.entries(out)) {
      if (files.has(path)) throw new Error(`two emitters write ${path}`);
      files.set(path, content);
    }
  };
  for (const emit of EMITTERS) {
    if (emit.name === "emitLanguages") {
      if (options.languages) for (const language of LANGUAGE_EMITTERS) keep(await timed(phases, language.name, () => language(catalog)));
    } else keep(await timed(phases, emit.name, () => emit(catalog)));
  }
  await timed(phases, `write ${files.size} files`, () => writeAtomically(outDir, new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)))));
  return { phases, catalog };
}
