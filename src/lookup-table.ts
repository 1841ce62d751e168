import type { CodeEntry } from "../generated/ts/catalog-types.js";

/** How an input found its entry: "alias" and "legacyName" mean it was not the current identifier. */
export type MatchedBy = "value" | "name" | "alias" | "legacyName";

/**
 * Every key a caller may use for these entries, lowest priority first, so that a Map filled in this
 * order keeps identifiers over aliases over older wire names. Integer values come last, with their
 * decimal strings ("8199" from a log line).
 */
export function* lookupKeys(entries: readonly CodeEntry[]): Generator<[key: unknown, entry: CodeEntry, matchedBy: MatchedBy]> {
  for (const e of entries) for (const legacy of e.legacyNames ?? []) yield [legacy.name, e, "legacyName"];
  for (const e of entries) for (const alias of e.aliases ?? []) yield [alias, e, "alias"];
  for (const e of entries) yield [e.name, e, "name"];
  for (const e of entries) {
    if (typeof e.value !== "number") continue;
    yield [e.value, e, "value"];
    yield [String(e.value), e, "value"];
  }
}

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
      names ??= new Map([...lookupKeys(entries)].filter(([, , by]) => by !== "value").map(([key, e]) => [key, e]));
      return names.get(name);
    },
  };
}
