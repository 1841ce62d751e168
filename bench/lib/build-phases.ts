// Where a build's time goes, phase by phase, in this process: the loader's steps (YAML parse, schema
// pass, meaning pass, resolve) and then every emitter on its own, each language emitter included.
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { loadCatalog, SCHEMA_PATH } from "../../scripts/catalog/load.js";
import { meaningPass, type FamilyFile, type PolicyFile } from "../../scripts/catalog/meaning-pass.js";
import type { Catalog } from "../../scripts/catalog/model.js";
import { parseCatalogFile, type ParsedFile } from "../../scripts/catalog/parse.js";
import { schemaPass } from "../../scripts/catalog/schema-pass.js";
import { EMITTERS, type Emitter } from "../../scripts/emit/index.js";
import { writeAtomically } from "../../scripts/output.js";
import { ROOT } from "./paths.js";

export type Phases = Array<[phase: string, ms: number]>;

async function timed<T>(phases: Phases, phase: string, run: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  phases.push([phase, performance.now() - start]);
  return result;
}

/**
 * The language emitters, found on disk rather than from a list, so that a language added to
 * scripts/emit/languages/ is timed without a change here.
 */
export async function languageEmitters(): Promise<Array<[name: string, emit: Emitter]>> {
  const dir = join(ROOT, "scripts", "emit", "languages");
  const out: Array<[string, Emitter]> = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts")).sort()) {
    const module = (await import(pathToFileURL(join(dir, file)).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (typeof value === "function" && /^emit[A-Z]/.test(name) && name !== "emitLanguages") out.push([name, value as Emitter]);
    }
  }
  return out;
}

/**
 * The loader's steps one by one, as loadCatalog runs them (its own result is checked to be the same
 * catalog), then each emitter, then the write. `languages: false` leaves the language emitters out.
 */
export async function buildPhases(catalogDir: string, outDir: string | undefined, options: { languages: boolean }): Promise<{ phases: Phases; catalog: Catalog }> {
  const phases: Phases = [];
  const names = readdirSync(catalogDir).filter((n) => /\.ya?ml$/.test(n)).sort();
  const texts = await timed(phases, "read catalog files", () => names.map((n) => [n, readFileSync(join(catalogDir, n), "utf8")] as const));
  const parsed = await timed(phases, "YAML parse (yaml, with positions)", () =>
    texts.map(([n, text]) => parseCatalogFile(relative(join(catalogDir, ".."), join(catalogDir, n)), text).parsed!),
  );
  // The first schemaPass call compiles catalog.schema.json with ajv; the rest only validate.
  await timed(phases, "ajv: compile catalog.schema.json", () => schemaPass(parsed[0]!, SCHEMA_PATH));
  await timed(phases, "ajv: validate the other files", () => parsed.slice(1).flatMap((p) => schemaPass(p, SCHEMA_PATH)));
  const isPolicy = (p: ParsedFile) => typeof p.data === "object" && p.data !== null && "retryPolicy" in p.data;
  await timed(phases, "meaning pass", () =>
    meaningPass(
      parsed.filter((p) => !isPolicy(p)).map((p) => ({ parsed: p, data: p.data as FamilyFile })),
      parsed.filter(isPolicy).map((p) => ({ parsed: p, data: p.data as PolicyFile })),
      true,
      new Set(parsed.map((p) => (p.data as { family?: string }).family).filter((f): f is string => typeof f === "string")),
    ),
  );
  // The whole loader once more, for the model the emitters read (and the resolve step it ends with).
  const { catalog } = await timed(phases, "loadCatalog again, whole (all of the above)", () => loadCatalog(catalogDir));
  if (!catalog) throw new Error(`${catalogDir} does not load`);

  const files = new Map<string, string>();
  const keep = (out: Record<string, string>) => Object.entries(out).forEach(([k, v]) => files.set(k, v));
  for (const emit of EMITTERS) {
    if (emit.name === "emitLanguages") continue;
    keep(await timed(phases, emit.name, () => emit(catalog)));
  }
  if (options.languages) for (const [name, emit] of await languageEmitters()) keep(await timed(phases, name, () => emit(catalog)));
  if (outDir) await timed(phases, `write ${files.size} files`, () => writeAtomically(outDir, files));
  return { phases, catalog };
}
