import type { Catalog, Code, Family } from "../catalog/model.js";

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

const STRATEGY_TEXT: Record<Code["retry"]["strategy"], string> = {
  "not-applicable": "not an error",
  "no-retry": "do not retry",
  backoff: "retry with exponential backoff",
  "wait-for-window": "wait for the rate-limit window, then retry",
  "refresh-credentials": "refresh the access token, then retry once",
  "reconnect-tunnel": "reconnect the tunnel",
};

/** One line of retry advice, as docs and doc comments show it. */
export function retryLine(code: Code): string {
  return `${STRATEGY_TEXT[code.retry.strategy]} (${code.retry.basis})`;
}

export function groupTitle(family: Family, code: Code): string {
  return family.groups.find((g) => g.id === code.group)?.title ?? code.group;
}
