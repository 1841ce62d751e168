import { STRATEGY_TEXT, type Catalog, type Code, type Family } from "../catalog/model.js";

/** "OperationalError" -> "operational-error": file names and package subpaths. */
export function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").replace(/([A-Z])([A-Z][a-z])/g, "$1-$2").toLowerCase();
}

/** "OperationalError" -> "operationalError". */
export function camel(name: string): string {
  return name[0]!.toLowerCase() + name.slice(1);
}

export function familyOf(catalog: Catalog, name: string): Family {
  const family = catalog.families.find((f) => f.name === name);
  if (!family) throw new Error(`the catalog has no ${name} family`);
  return family;
}

/** One line of retry advice, as docs and doc comments show it. */
export function retryLine(code: Code): string {
  return `${STRATEGY_TEXT[code.retry.strategy]} (${code.retry.basis})`;
}

export function groupTitle(family: Family, code: Code): string {
  return family.groups.find((g) => g.id === code.group)?.title ?? code.group;
}

const statusLabels = new WeakMap<Catalog, ReadonlyMap<number | string, string>>();

/** "429 Too Many Requests": a status with its name from the HttpStatus family, or the bare number. */
export function httpStatusText(catalog: Catalog, status: number): string {
  let labels = statusLabels.get(catalog);
  if (!labels) {
    labels = new Map((catalog.families.find((f) => f.name === "HttpStatus")?.codes ?? []).map((c) => [c.value, c.label ?? c.name]));
    statusLabels.set(catalog, labels);
  }
  const label = labels.get(status);
  return label ? `${status} ${label}` : String(status);
}
