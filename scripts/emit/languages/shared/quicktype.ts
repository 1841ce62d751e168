// Structured types (the REST envelope and catalog.json) through quicktype-core, from our own JSON
// Schemas. The schemas are built from the model and passed as strings, so nothing is fetched.
// quicktype's output depends only on those strings, the run's options and quicktype's version, so it is
// memoised by them (scripts/memo.ts) and quicktype-core, the build's heaviest import, loads only on a miss.
import type { LanguageName } from "quicktype-core";
import type { Model } from "../../../catalog/model.js";
import { memo, packageVersion } from "../../../memo.js";
import { apiResponseSchema, detailsName, resolvedCatalogSchema } from "../../json-schema.js";

// biome-ignore lint/suspicious/noExplicitAny: quicktype's input is a JSON Schema of any shape, edited before it is handed over.
type Schema = Record<string, any>;
export type RendererOptions = Record<string, string | boolean>;

export interface QuicktypeRun {
  lang: LanguageName;
  rendererOptions: RendererOptions;
  /** Keep string formats such as date-time; off where typed dates would cost a dependency. */
  dateTimes?: boolean;
}

function withoutDateTimes(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutDateTimes);
  if (schema && typeof schema === "object") {
    const out: Schema = {};
    for (const [key, value] of Object.entries(schema)) {
      if (key === "format" && value === "date-time") continue;
      out[key] = withoutDateTimes(value);
    }
    return out;
  }
  return schema;
}

/**
 * The envelope schema as quicktype should read it. error.code becomes a plain string, which each
 * language then types with its open RestErrorCode (quicktype would make the anyOf a closed enum or
 * drop it). The per-code if/then details shapes, which quicktype ignores, become top-level types.
 */
export function envelopeInput(catalog: Model): { schema: Schema; detailTypes: string[] } {
  const schema = structuredClone(apiResponseSchema(catalog)) as Schema;
  // The failure's error object, whatever its definition is called.
  const errorRef = String(schema.$defs.ApiFailure.properties.error.$ref);
  const apiError = schema.$defs[errorRef.slice(errorRef.lastIndexOf("/") + 1)];
  delete apiError.allOf;
  apiError.properties.code = { type: "string", description: schema.$defs.ErrorCode.description };
  const detailTypes = catalog.restFamily.codes
    .filter((c) => c.details)
    .map((c) => detailsName(String(c.value)))
    .sort();
  return { schema, detailTypes };
}

/**
 * The resolved-catalog schema with a title on every definition, so that quicktype names its types
 * after them (it would call the status-class enum "Catalo", and the family-name enum "Name").
 */
export function catalogInput(catalog: Model): Schema {
  const schema = structuredClone(resolvedCatalogSchema(catalog)) as Schema;
  for (const [name, def] of Object.entries(schema.$defs as Record<string, Schema>)) {
    def.title ??= name[0]!.toUpperCase() + name.slice(1);
  }
  schema.$defs.family.properties.name.title = "FamilyName";
  return schema;
}

async function render(run: QuicktypeRun, sources: Array<{ name: string; uri?: string; schema: Schema }>): Promise<Map<string, string>> {
  const inputs = sources.map((source) => ({
    name: source.name,
    uri: source.uri,
    schema: JSON.stringify(run.dateTimes === false ? withoutDateTimes(source.schema) : source.schema),
  }));
  const key = [packageVersion("quicktype-core"), run.lang, run.rendererOptions, inputs];
  const files = await memo("quicktype", key, async () => {
    const { FetchingJSONSchemaStore, InputData, JSONSchemaInput, quicktypeMultiFile } = await import("quicktype-core");
    const input = new JSONSchemaInput(new FetchingJSONSchemaStore());
    for (const { name, uri, schema } of inputs) await input.addSource(uri ? { name, uris: [uri], schema } : { name, schema });
    const inputData = new InputData();
    inputData.addInput(input);
    const result = await quicktypeMultiFile({ inputData, lang: run.lang, rendererOptions: run.rendererOptions, outputFilename: "output" });
    return [...result].map(([name, source]): [string, string] => [name, `${source.lines.join("\n")}\n`]);
  });
  return new Map(files);
}

/**
 * quicktype's files for the REST envelope, keyed by the file names quicktype chooses. Each details
 * shape goes in as a small schema of its own: passing the whole envelope again with every shape made
 * quicktype canonicalise (shapes × schema) nodes, quadratic in the catalog's size.
 */
export async function envelopeTypes(catalog: Model, run: QuicktypeRun): Promise<Map<string, string>> {
  const { schema, detailTypes } = envelopeInput(catalog);
  const envelope = structuredClone(schema);
  // Unreachable once error.code is a plain string and the shapes stand alone.
  delete envelope.$defs[catalog.retryPolicy.appliesTo];
  delete envelope.$defs.ErrorCode;
  for (const name of detailTypes) delete envelope.$defs[name];
  return render(run, [{ name: "ApiResponse", schema: envelope }, ...detailTypes.map((name) => ({ name, schema: { $schema: schema.$schema, ...schema.$defs[name] } }))]);
}

/** quicktype's files for generated/catalog.json. */
export async function catalogTypes(catalog: Model, run: QuicktypeRun): Promise<Map<string, string>> {
  return render(run, [{ name: "Catalog", schema: catalogInput(catalog) }]);
}

/** The one file of a single-file language. */
export function only(files: Map<string, string>): string {
  if (files.size !== 1) throw new Error(`quicktype gave ${files.size} files where one was expected`);
  return [...files.values()][0]!;
}

/** Drops quicktype's opening comment block (usage notes that name its own CLI and modules). */
export function dropLeadingComments(source: string, prefix = "//"): string {
  const lines = source.split("\n");
  let i = 0;
  while (i < lines.length && (lines[i]!.startsWith(prefix) || lines[i]!.trim() === "")) i++;
  return lines.slice(i).join("\n");
}
