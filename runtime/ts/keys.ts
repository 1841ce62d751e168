// A family's keys read back as rows, the same way by every lookup. It reads the types of the generated
// catalog-types.ts, beside which the build copies it (tsconfig.json's rootDirs joins the two folders).
import type { FamilyKeys, KeyKind } from "./catalog-types.js";

type Row = readonly [key: string | number, index: number, kind: KeyKind];

/** Identifiers, aliases and older wire names, with how each names its code. */
export function nameKeys(keys: FamilyKeys): Row[] {
  return [
    ...keys.identifiers.map((key, index): Row => [key, index, "name"]),
    ...keys.aliases.map(([key, index]): Row => [key, index, "alias"]),
    ...keys.legacyNames.map(([key, index]): Row => [key, index, "legacyName"]),
  ];
}

/** The keys a by-value lookup accepts. */
export function valueKeys(keys: FamilyKeys): Row[] {
  if (!keys.values) return keys.identifiers.map((key, index): Row => [key, index, "name"]);
  return keys.values.flatMap((own, index) => own.map((key): Row => [key, index, "value"]));
}
