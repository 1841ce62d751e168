import type { Model } from "../catalog/model.js";
import { emitCatalogJson } from "./catalog-json.js";
import { emitDocs } from "./docs.js";
import { emitHtml } from "./html.js";
import { emitJsonSchemas } from "./json-schema.js";
import { emitLanguages } from "./languages/index.js";
import { emitOpenApi } from "./openapi.js";
import { emitTypeScript } from "./typescript.js";
import { emitValidator } from "./validator.js";

/** A pure function from the model to files, keyed by path relative to generated/. */
export type Emitter = (model: Model) => Record<string, string> | Promise<Record<string, string>>;

export const EMITTERS: readonly Emitter[] = [emitCatalogJson, emitJsonSchemas, emitOpenApi, emitTypeScript, emitValidator, emitDocs, emitHtml, emitLanguages];

export async function emitAll(catalog: Model): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const emit of EMITTERS) {
    for (const [path, content] of Object.entries(await emit(catalog))) {
      if (files.has(path)) throw new Error(`two emitters write ${path}`);
      files.set(path, content);
    }
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}
