import type { CodeEntry } from "../generated/ts/catalog-types.js";

export interface LookupTable {
  byValue(value: unknown): CodeEntry | undefined;
  byName(name: unknown): CodeEntry | undefined;
}

/**
 * Lookups over one family's entries. The maps are built on first use, so that importing a table costs
 * nothing until it is read, and Map keys cannot reach Object.prototype ("__proto__", "constructor").
 */
export function lookupTable(entries: readonly CodeEntry[]): LookupTable {
  let values: Map<unknown, CodeEntry> | undefined;
  let names: Map<unknown, CodeEntry> | undefined;
  return {
    byValue(value) {
      values ??= new Map(entries.map((e) => [e.value, e]));
      return values.get(value);
    },
    byName(name) {
      if (!names) {
        names = new Map();
        // Identifiers win over aliases and older wire names, whatever the order.
        for (const e of entries) for (const legacy of e.legacyNames ?? []) names.set(legacy.name, e);
        for (const e of entries) for (const alias of e.aliases ?? []) names.set(alias, e);
        for (const e of entries) names.set(e.name, e);
      }
      return names.get(name);
    },
  };
}
