import { catalogOf, type Catalog } from "../catalog/model.js";
import { stableJson } from "./json.js";

import { generatedBy } from "./header.js";

const GENERATED_NOTE = generatedBy("scripts/emit/catalog-json.ts");

/** generated/catalog.json: the resolved catalog, the contract for other-language generators. */
export function emitCatalogJson(model: Catalog): Record<string, string> {
  return { "catalog.json": stableJson({ $comment: GENERATED_NOTE, ...catalogOf(model) }) };
}
