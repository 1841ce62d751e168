// From validated files to the model: sorting, and every fact the emitters and the runtime share, derived
// once here (lookup keys and their priority, group titles, status labels, documentation parts, examples).
import type { FamilyFile, PolicyFile } from "./meaning-pass.js";
import type { PackageInfo } from "./package-info.js";
import {
  KEY_KINDS,
  RETRYING_STRATEGIES,
  STRATEGY_TEXT,
  compareValues,
  type Code,
  type DocParts,
  type Examples,
  type Family,
  type FamilyRole,
  type LookupKey,
  type Model,
  type ResolvedCode,
  type ResolvedFamily,
  type RetryStrategy,
  type Source,
} from "./model.js";

/** "OperationalError" -> "operational-error". */
export function kebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z])([A-Z][a-z])/g, "$1-$2")
    .toLowerCase();
}

export function citation(source: Source): string {
  return `${[source.publisher, source.title].filter(Boolean).join(", ")}${source.section ? ` (section ${source.section})` : ""}`;
}

export function resolve(files: FamilyFile[], policy: PolicyFile, pkg: PackageInfo): Model {
  const families: Family[] = files
    .map(({ family, codes, ...rest }) => ({
      name: family,
      ...rest,
      codes: codes
        .map((c): Code => ({ ...c, value: rest.valueKind === "integer" ? c.value! : c.name, retryable: RETRYING_STRATEGIES.has(c.retry.strategy) }))
        .sort((a, b) => compareValues(a.value, b.value)),
    }))
    .sort((a, b) => compareValues(a.name, b.name));

  const statuses = families.find((f) => f.role === "http-status")?.codes ?? [];
  const statusText = new Map(statuses.map((c) => [c.value as number, `${c.value} ${c.label ?? c.name}`]));
  const statusStrategy = new Map<number, RetryStrategy>(statuses.map((c) => [c.value as number, c.retry.strategy]));

  const resolved = families.map((family): ResolvedFamily => {
    const source = citation(family.source);
    return {
      ...family,
      codes: family.codes.map((code) => ({ ...code, derived: { groupTitle: groupTitle(family, code), doc: docParts(family, code, source, statusText) } })),
      derived: { stem: kebab(family.name), ...lookupKeys(family), source },
    };
  });
  const restFamily = resolved.find((f) => f.name === policy.retryPolicy.appliesTo)!;
  return {
    package: pkg,
    families: resolved,
    restFamily,
    retryPolicy: policy.retryPolicy,
    ...(policy.reconnectPolicy ? { reconnectPolicy: policy.reconnectPolicy } : {}),
    statusText,
    statusStrategy,
    examples: examples(resolved, restFamily, policy),
  };
}

function groupTitle(family: Family, code: Code): string {
  return family.groups.find((g) => g.id === code.group)?.title ?? code.group;
}

function docParts(family: Family, code: Code, source: string, statusText: ReadonlyMap<number, string>): DocParts {
  const status = family.role === "http-status" ? undefined : code.httpStatus;
  const d = code.deprecated;
  return {
    meaning: code.description,
    group: groupTitle(family, code),
    ...(status !== undefined ? { http: statusText.get(status) ?? String(status) } : {}),
    retry: `${STRATEGY_TEXT[code.retry.strategy]} (${code.retry.basis})`,
    retryNote: code.retry.note,
    ...(code.retry.override ? { override: code.retry.override } : {}),
    ...(code.action ? { action: `${code.action.text} (${code.action.basis})` } : {}),
    aliases: code.aliases ?? [],
    legacyNames: (code.legacyNames ?? []).map((l) => ({ name: l.name, source: l.source, basis: l.basis })),
    ...(d ? { deprecated: { reason: d.reason, ...(d.replacement ? { replacement: d.replacement } : {}), note: d.note } } : {}),
    source,
  };
}

/**
 * Every key a lookup of this family accepts: identifier, alias, older wire name, and for integer families
 * the value and its decimal string ("8199" from a log line). When two codes claim a key, the kind listed
 * first in KEY_KINDS wins, whatever the order in the catalog. Sorted by kind, then by code.
 */
export function lookupKeys(family: Family): { keys: LookupKey[]; valueKeys: LookupKey[] } {
  const candidates: LookupKey[] = [];
  family.codes.forEach((code, index) => {
    candidates.push({ key: code.name, kind: "name", index });
    for (const alias of code.aliases ?? []) candidates.push({ key: alias, kind: "alias", index });
    for (const legacy of code.legacyNames ?? []) candidates.push({ key: legacy.name, kind: "legacyName", index });
    if (typeof code.value === "number") {
      candidates.push({ key: code.value, kind: "value", index }, { key: String(code.value), kind: "value", index });
    }
  });
  const rank = (k: LookupKey) => KEY_KINDS.indexOf(k.kind);
  const winners = new Map<string | number, LookupKey>();
  for (const candidate of [...candidates].sort((a, b) => rank(a) - rank(b) || a.index - b.index)) {
    if (!winners.has(candidate.key)) winners.set(candidate.key, candidate);
  }
  const keys = [...winners.values()];
  const valueKeys = keys.filter((k) => k.key === family.codes[k.index]!.value || k.kind === "value");
  return { keys, valueKeys };
}

function byRole(families: ResolvedFamily[], role: FamilyRole): ResolvedFamily[] {
  return families.filter((f) => f.role === role);
}

function examples(families: ResolvedFamily[], rest: ResolvedFamily, policy: PolicyFile): Examples {
  // The first retryable SDK event code that has an alias shows value lookup, a verbatim identifier and
  // retryability at once; any retryable one does if none has an alias.
  const pick = () => {
    for (const need of [(c: ResolvedCode) => c.retryable && (c.aliases?.length ?? 0) > 0, (c: ResolvedCode) => c.retryable, () => true]) {
      for (const family of [...byRole(families, "sdk-event"), ...families]) {
        const code = family.codes.find((c) => typeof c.value === "number" && need(c));
        if (code) return { family, code };
      }
    }
    const family = families[0]!;
    return { family, code: family.codes[0]! };
  };
  const refresh = rest.codes.find((c) => c.name === policy.retryPolicy.tokenRefresh.code) ?? rest.codes[0]!;
  return { sdkEvent: pick(), tokenRefresh: { family: rest, code: refresh } };
}
