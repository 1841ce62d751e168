import type { Catalog } from "../catalog/model.js";
import { stableJson } from "./json.js";

export const GENERATED_NOTE = "Generated from catalog/*.yaml by `npm run build`; do not edit.";

/** generated/catalog.json: the resolved catalog, the contract for other-language generators. */
export function emitCatalogJson(catalog: Catalog): Record<string, string> {
  return { "catalog.json": stableJson({ $comment: GENERATED_NOTE, ...catalog }) };
}
