import { FetchingJSONSchemaStore, InputData, JSONSchemaInput, quicktypeMultiFile } from "quicktype-core";
import { loadCatalog } from "../scripts/catalog/load.js";
import { envelopeInput } from "../scripts/emit/languages/quicktype.js";
const { catalog } = loadCatalog(process.argv[2]!);
const { schema, detailTypes } = envelopeInput(catalog!);
async function go(label: string, s: any, names: string[]) {
  const t = performance.now();
  const input = new JSONSchemaInput(new FetchingJSONSchemaStore());
  const text = JSON.stringify(s);
  await input.addSource({ name: "ApiResponse", schema: text });
  for (const name of names) await input.addSource({ name, uris: [`${s.$id}#/$defs/${name}`], schema: text });
  const t1 = performance.now();
  const inputData = new InputData(); inputData.addInput(input);
  await quicktypeMultiFile({ inputData, lang: "python", rendererOptions: { "python-version": "3.7" }, outputFilename: "o" });
  console.log(label, "addSource", (t1 - t).toFixed(0), "total", (performance.now() - t).toFixed(0), "schema bytes", text.length);
}
await go("one source", schema, []);
await go(`${detailTypes.length + 1} sources`, schema, detailTypes);
const slim = structuredClone(schema) as any;
const rest = Object.keys(slim.$defs).find((k) => slim.$defs[k]["x-enum-varnames"]);
if (rest) { delete slim.$defs[rest]["x-enum-varnames"]; delete slim.$defs[rest]["x-enum-descriptions"]; delete slim.$defs[rest].tsEnumNames; }
await go(`${detailTypes.length + 1} sources, no x-enum-* arrays`, slim, detailTypes);
console.log(Object.keys(schema.$defs).length, "defs; rest enum", rest, slim.$defs[rest!]?.enum?.length);
const noEnum = structuredClone(schema) as any;
delete noEnum.$defs[rest!]; delete noEnum.$defs.ErrorCode;
await go(`${detailTypes.length + 1} sources, unreachable ${rest} and ErrorCode defs dropped`, noEnum, detailTypes);
{
  const t = performance.now();
  const input = new JSONSchemaInput(new FetchingJSONSchemaStore());
  const env = structuredClone(noEnum) as any;
  for (const name of detailTypes) delete env.$defs[name];
  delete env.$defs.ErrorBody?.allOf;
  await input.addSource({ name: "ApiResponse", schema: JSON.stringify(env) });
  for (const name of detailTypes) await input.addSource({ name, schema: JSON.stringify({ $schema: env.$schema, ...schema.$defs[name] }) });
  const inputData = new InputData(); inputData.addInput(input);
  const out = await quicktypeMultiFile({ inputData, lang: "python", rendererOptions: { "python-version": "3.7" }, outputFilename: "o" });
  console.log("each detail type as its own small schema", (performance.now() - t).toFixed(0), [...out.values()][0]!.lines.length, "lines");
}
