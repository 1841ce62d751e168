// One language emitter on one catalog, in a process of its own so that it can run under --cpu-prof,
// and then quicktype's two inputs timed apart (the REST envelope and catalog.json), with the options
// python.ts passes. Prints JSON.
//
//   node --import tsx bench/lib/emitter-probe.ts --catalog DIR --emitter emitPython
import { parseArgs } from "node:util";
import { loadCatalog } from "../../scripts/catalog/load.js";
import { catalogTypes, envelopeInput, envelopeTypes, type QuicktypeRun } from "../../scripts/emit/languages/quicktype.js";
import { languageEmitters } from "./build-phases.js";

export interface ProbeResult {
  emitterMs: number;
  envelopeTypesMs: number;
  catalogTypesMs: number;
  /** Sources quicktype is given for the envelope: the envelope itself and one per details shape. */
  envelopeSources: number;
  envelopeSchemaBytes: number;
}

const { values } = parseArgs({ options: { catalog: { type: "string" }, emitter: { type: "string", default: "emitPython" } } });
const { catalog } = loadCatalog(values.catalog!);
if (!catalog) throw new Error(`${values.catalog} does not load`);
const emit = (await languageEmitters()).find(([name]) => name === values.emitter)?.[1];
if (!emit) throw new Error(`no language emitter named ${values.emitter}`);

const time = async (run: () => unknown) => {
  const start = performance.now();
  await run();
  return performance.now() - start;
};
const run: QuicktypeRun = { lang: "python", rendererOptions: { "python-version": "3.7", "nice-property-names": true }, dateTimes: false };
const { schema, detailTypes } = envelopeInput(catalog);
const result: ProbeResult = {
  emitterMs: await time(() => emit(catalog)),
  envelopeTypesMs: await time(() => envelopeTypes(catalog, run)),
  catalogTypesMs: await time(() => catalogTypes(catalog, run)),
  envelopeSources: 1 + detailTypes.length,
  envelopeSchemaBytes: JSON.stringify(schema).length,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
