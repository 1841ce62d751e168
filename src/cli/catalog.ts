// What the CLI needs beyond the lookup tables: family and group titles, and tolerant filter matching.
import type { FamilyInfo, FamilyName } from "../../generated/ts/catalog-types.js";
import { FAMILIES } from "../../generated/ts/families.js";
import { foldKey } from "../text.js";

/** Every family name, in the catalog's (alphabetical) order. */
export const FAMILY_NAMES: readonly FamilyName[] = FAMILIES.map((f) => f.name);

export function familyInfo(family: FamilyName): FamilyInfo | undefined {
  return FAMILIES.find((f) => f.name === family);
}

export function familyTitle(family: FamilyName): string {
  return familyInfo(family)?.title ?? family;
}

export function groupTitle(family: FamilyName, groupId: string): string {
  return familyInfo(family)?.groups.find((g) => g.id === groupId)?.title ?? groupId;
}

/** "OperationalError", "operational-error" and "operational_error" all fold to "operationalerror"; "Сommon errors" (Cyrillic С) to "commonerrors". */
export const fold: (text: string) => string = foldKey;

/** The family a user means by `input` (any case, kebab-case, snake_case), if any. */
export function resolveFamily(input: string): FamilyName | undefined {
  const wanted = fold(input);
  return wanted === "" ? undefined : FAMILY_NAMES.find((name) => fold(name) === wanted);
}

/** The `family/groupId` keys of the groups that `input` names by id or title, within `families`. */
export function resolveGroups(input: string, families: readonly FamilyName[]): Set<string> {
  const wanted = fold(input);
  const keys = new Set<string>();
  if (wanted === "") return keys;
  for (const f of FAMILIES) {
    if (!families.includes(f.name)) continue;
    for (const g of f.groups) if (fold(g.id) === wanted || fold(g.title) === wanted) keys.add(`${f.name}/${g.id}`);
  }
  return keys;
}

/** The distinct group ids of `families`, for a usage message. */
export function groupIds(families: readonly FamilyName[]): string[] {
  return [...new Set(FAMILIES.filter((f) => families.includes(f.name)).flatMap((f) => f.groups.map((g) => g.id)))];
}
