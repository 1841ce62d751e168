// One language emitter on one catalog, in a process of its own so that it can run under --cpu-prof;
// then quicktype's two inputs (the REST envelope and catalog.json) timed apart with the options
// python.ts passes.
// Everything runs once on the real catalog first, so that the figures are not cold-JIT figures.
//
//   node --import tsx bench/lib/emitter-probe.ts --catalog DIR --emitter emitPython
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadCatalog } from "../../scripts/catalog/load.js";
import type { Model as Catalog } from "../../scripts/catalog/model.js";
import { catalogTypes, envelopeInput, envelopeTypes, type QuicktypeRun } from "../../scripts/emit/languages/shared/quicktype.js";
import { LANGUAGE_EMITTERS } from "../../scripts/emit/languages/index.js";
import { ROOT } from "./paths.js";

export interface ProbeResult {
  emitterMs: number;
  envelopeTypesMs: number;
  catalogTypesMs: number;
  /** Sources quicktype is given for the envelope: the envelope itself and one per details shape. */
  envelopeSources: number;
  envelopeSchemaBytes: number;
}

const { values } = parseArgs({ options: { catalog: { type: "string" }, emitter: { type: "string", default: "emitPython" } } });
const load = (dir: string): Catalog => {
  const { catalog } = loadCatalog(dir);
  if (!catalog) throw new Error(`${dir} does not load`);
  return catalog;
};
const emit = LANGUAGE_EMITTERS.find((language) => language.name === values.emitter);
if (!emit) throw new Error(`no language emitter named ${values.emitter}`);
const run: QuicktypeRun = { lang: "python", rendererOptions: { "python-version": "3.7", "nice-property-names": true }, dateTimes: false };

const time = async <T>(work: () => Promise<T> | T): Promise<[T, number]> => {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
};
async function probe(catalog: Catalog): Promise<ProbeResult> {
  const [, emitterMs] = await time(() => emit!(catalog));
  const [, envelopeTypesMs] = await time(() => envelopeTypes(catalog, run));
  const [, catalogTypesMs] = await time(() => catalogTypes(catalog, run));
  const { schema, detailTypes } = envelopeInput(catalog);
  return {
    emitterMs,
    envelopeTypesMs,
    catalogTypesMs,
    envelopeSources: 1 + detailTypes.length,
    envelopeSchemaBytes: JSON.stringify(schema).length,
  };
}

await probe(load(join(ROOT, "catalog")));
process.stdout.write(`${JSON.stringify(await probe(load(values.catalog!)))}\n`);
