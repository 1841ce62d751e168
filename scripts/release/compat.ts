// What changed between the last release's catalog and the current one, and how big a release that needs.
// Pure: no file access. The rule of thumb is that of google/rpc/code.proto and weaver's release policy:
// anything a client can switch on (name, value, HTTP status, retry advice, group, stability) is a contract.
import { isDeepStrictEqual } from "node:util";
import type { Catalog, Code, Family, Position, PositionIndex } from "../catalog/model.js";

export const LEVELS = ["none", "patch", "minor", "major"] as const;
export type Level = (typeof LEVELS)[number];
export type Bump = Exclude<Level, "none">;

export type DifferenceKind =
  | "family-added"
  | "family-removed"
  | "family-changed"
  | "group-added"
  | "group-removed"
  | "code-added"
  | "code-removed"
  | "renamed"
  | "renumbered"
  | "value-reused"
  | "http-status"
  | "retry"
  | "group"
  | "stability"
  | "deprecated"
  | "undeprecated"
  | "deprecation-changed"
  | "alias-added"
  | "alias-removed"
  | "field-added"
  | "field-removed"
  | "field-changed"
  | "prose"
  | "policy";

export interface Difference {
  bump: Bump;
  kind: DifferenceKind;
  /** "Family", "Family.Code" or a retry policy path such as "retryPolicy.backoff.maxRetries". */
  subject: string;
  message: string;
  /** For release notes: the entry's text after the subject, where the message would repeat the section title. */
  detail?: string;
  /** Where to look in the current YAML; absent for what no longer exists there (a removed family). */
  position?: Position;
  /** Set when no changeset can allow the difference: a code removed without being deprecated first. */
  refused?: boolean;
}

type Change = Omit<Difference, "subject" | "position">;

const REFUSAL = "refused: deprecate first, remove only in a major";

export function maxLevel(a: Level, b: Level): Level {
  return LEVELS.indexOf(a) >= LEVELS.indexOf(b) ? a : b;
}

export function isAtLeast(level: Level, required: Level): boolean {
  return LEVELS.indexOf(level) >= LEVELS.indexOf(required);
}

export function requiredBump(differences: readonly Difference[]): Level {
  return differences.reduce<Level>((level, d) => maxLevel(level, d.bump), "none");
}

export function formatDifference(d: Difference, missingPosition = "-"): string {
  const where = d.position ? `${d.position.file}:${d.position.line}:${d.position.col}` : missingPosition;
  return `${d.bump}  ${where}  ${d.subject}: ${d.message}`;
}

export interface Verdict {
  ok: boolean;
  required: Level;
  declared: Level;
  refused: Difference[];
}

export function judge(differences: readonly Difference[], declared: Level): Verdict {
  const required = requiredBump(differences);
  const refused = differences.filter((d) => d.refused);
  return { ok: refused.length === 0 && isAtLeast(declared, required), required, declared, refused };
}

/** Every difference from `base` (the last release) to `current`, ordered by where it is in the YAML. */
export function diffCatalogs(base: Catalog, current: Catalog, positions: PositionIndex): Difference[] {
  const out: Difference[] = [];
  const baseFamilies = new Map(base.families.map((f) => [f.name, f]));
  const currentFamilies = new Map(current.families.map((f) => [f.name, f]));
  for (const name of sortedUnion(baseFamilies.keys(), currentFamilies.keys())) {
    const before = baseFamilies.get(name);
    const after = currentFamilies.get(name);
    if (!before && after) {
      const count = `${after.codes.length} code${after.codes.length === 1 ? "" : "s"}`;
      out.push({ bump: "minor", kind: "family-added", subject: name, message: `family added (${count})`, detail: `${count}: ${after.title}`, position: positions.get(name) });
    } else if (before && !after) {
      const live = before.codes.filter((c) => !c.deprecated).length;
      out.push({
        bump: "major",
        kind: "family-removed",
        subject: name,
        ...(live === 0
          ? { message: "family removed (all its codes were deprecated in the last release)" }
          : { message: `family removed, but ${live} of its codes were not deprecated in the last release (${REFUSAL})`, refused: true }),
      });
    } else if (before && after) {
      out.push(...diffFamily(before, after, positions));
    }
  }
  out.push(...diffObjects(["retryPolicy"], base.retryPolicy, current.retryPolicy, positions));
  return sortByPosition(out);
}

function diffFamily(before: Family, after: Family, positions: PositionIndex): Difference[] {
  const out: Difference[] = [];
  const familyPosition = positions.get(after.name);
  const atFamily = (changes: Change[]) => changes.map((c): Difference => ({ ...c, subject: after.name, position: familyPosition }));

  for (const key of fieldOrder(before, after, ["valueKind", "title", "description", "note", "namePattern", "source", "groups", "codes"])) {
    const b = (before as unknown as Record<string, unknown>)[key];
    const a = (after as unknown as Record<string, unknown>)[key];
    if (key === "name" || key === "codes" || isDeepStrictEqual(b, a)) continue;
    if (key === "valueKind") out.push(...atFamily([{ bump: "major", kind: "family-changed", message: `valueKind ${show(b)} -> ${show(a)} (every value changes type)` }]));
    else if (key === "title" || key === "description" || key === "note" || key === "namePattern") out.push(...atFamily([prose(key, b, a)]));
    else if (key === "source") out.push(...atFamily(diffProseObject("source", b, a)));
    else if (key === "groups") out.push(...atFamily(diffGroups(before, after)));
    else out.push(...atFamily([unknownField(key, b, a)]));
  }

  const integer = before.valueKind === "integer" && after.valueKind === "integer";
  const baseByName = new Map(before.codes.map((c) => [c.name, c]));
  const currentByName = new Map(after.codes.map((c) => [c.name, c]));
  const baseByValue = new Map(before.codes.map((c) => [c.value, c]));
  const added = after.codes.filter((c) => !baseByName.has(c.name));
  // A rename is a heuristic: in an integer family the value is the identity clients switch on, so a
  // removed name whose value reappears under a new name is the same code renamed. In a name family the
  // name is the value, so there it stays a removal plus an addition.
  const renamedFrom = new Map<string, Code>();
  const at = (code: Code) => positions.get(`${after.name}.${code.name}`);

  for (const old of before.codes.filter((c) => !currentByName.has(c.name))) {
    const successor = integer ? added.find((c) => c.value === old.value && !renamedFrom.has(c.name)) : undefined;
    const subject = `${after.name}.${old.name}`;
    if (successor) {
      renamedFrom.set(successor.name, old);
      const keptAsAlias = successor.aliases?.includes(old.name) ?? false;
      const base = `renamed to ${successor.name} (value ${String(old.value)})`;
      out.push({
        bump: "major",
        kind: "renamed",
        subject,
        position: at(successor),
        ...(keptAsAlias
          ? { message: `${base}; the old name stays as an alias` }
          : old.deprecated
            ? { message: `${base}; it was deprecated in the last release` }
            : { message: `${base}, but ${old.name} was not deprecated in the last release (${REFUSAL})`, refused: true }),
      });
    } else {
      out.push({
        bump: "major",
        kind: "code-removed",
        subject,
        position: familyPosition,
        ...(old.deprecated ? { message: "removed (deprecated in the last release)" } : { message: `removed without being deprecated in the last release (${REFUSAL})`, refused: true }),
      });
    }
  }

  for (const code of after.codes) {
    const subject = `${after.name}.${code.name}`;
    const position = at(code);
    const push = (changes: Change[]) => out.push(...changes.map((c): Difference => ({ ...c, subject, position })));
    const previous = baseByName.get(code.name) ?? renamedFrom.get(code.name);
    if (!previous) {
      const detail = integer ? `value ${String(code.value)}` : undefined;
      push([{ bump: "minor", kind: "code-added", message: detail ? `added (${detail})` : "added", ...(detail ? { detail } : {}) }]);
    } else {
      push(diffCode(previous, code, after, integer));
    }
    const holder = integer ? baseByValue.get(code.value) : undefined;
    if (holder && holder.name !== code.name && renamedFrom.get(code.name) !== holder) {
      push([{ bump: "major", kind: "value-reused", message: `value ${String(code.value)} was ${holder.name}'s in the last release (value reused for another name)` }]);
    }
  }
  return out;
}

function diffGroups(before: Family, after: Family): Change[] {
  const out: Change[] = [];
  const baseGroups = new Map(before.groups.map((g) => [g.id, g]));
  const currentGroups = new Map(after.groups.map((g) => [g.id, g]));
  for (const id of sortedUnion(baseGroups.keys(), currentGroups.keys())) {
    const b = baseGroups.get(id);
    const a = currentGroups.get(id);
    if (!b) out.push({ bump: "minor", kind: "group-added", message: `group ${id} added` });
    else if (!a) out.push({ bump: "major", kind: "group-removed", message: `group ${id} removed` });
    else {
      for (const key of fieldOrder(b, a, ["title", "note", "httpStatusClasses"])) {
        const bv = (b as unknown as Record<string, unknown>)[key];
        const av = (a as unknown as Record<string, unknown>)[key];
        if (key === "id" || isDeepStrictEqual(bv, av)) continue;
        // The classes only constrain what the build accepts; no code's status changes with them.
        if (key === "httpStatusClasses") out.push({ bump: "minor", kind: "family-changed", message: `group ${id} httpStatusClasses ${show(bv)} -> ${show(av)}` });
        else if (key === "title" || key === "note") out.push(prose(`group ${id} ${key}`, bv, av));
        else out.push(unknownField(`group ${id} ${key}`, bv, av));
      }
    }
  }
  return out;
}

const CODE_FIELDS = ["value", "httpStatus", "retry", "group", "stability", "deprecated", "aliases", "legacyNames", "action", "details", "label", "description", "note"];

function diffCode(before: Code, after: Code, family: Family, integer: boolean): Change[] {
  const out: Change[] = [];
  for (const key of fieldOrder(before, after, CODE_FIELDS)) {
    const b = (before as unknown as Record<string, unknown>)[key];
    const a = (after as unknown as Record<string, unknown>)[key];
    // retryable is derived from retry.strategy and reported with it.
    if (key === "name" || key === "retryable" || isDeepStrictEqual(b, a)) continue;
    switch (key) {
      case "value":
        // In a name family the value is the name, and a new name is handled as a rename or removal.
        if (integer) out.push({ bump: "major", kind: "renumbered", message: `value ${show(b)} -> ${show(a)} (renumbered)` });
        break;
      case "httpStatus":
        out.push({ bump: "major", kind: "http-status", message: `HTTP status ${show(b)} -> ${show(a)}` });
        break;
      case "group":
        // Clients filter on the group (backend vs tunnel errors) as they do on the status.
        out.push({ bump: "major", kind: "group", message: `group ${String(b)} -> ${String(a)}` });
        break;
      case "retry":
        out.push(...diffRetry(before, after));
        break;
      case "stability":
        out.push(
          a === "experimental"
            ? { bump: "major", kind: "stability", message: `stability ${String(b)} -> ${String(a)} (clients relied on it not changing)` }
            : { bump: "minor", kind: "stability", message: `stability ${String(b)} -> ${String(a)}` },
        );
        break;
      case "deprecated":
        out.push(...diffDeprecation(before, after, family));
        break;
      case "aliases":
        out.push(...diffNames("alias", (b as string[] | undefined) ?? [], (a as string[] | undefined) ?? []));
        break;
      case "legacyNames":
        out.push(...diffLegacyNames(before, after));
        break;
      case "action":
        if (b === undefined) out.push({ bump: "minor", kind: "field-added", message: "new field action" });
        else if (a === undefined) out.push({ bump: "major", kind: "field-removed", message: "field action removed" });
        else out.push(...diffProseObject("action", b, a));
        break;
      case "details":
        if (b === undefined) out.push({ bump: "minor", kind: "field-added", message: "new field details" });
        else if (a === undefined) out.push({ bump: "major", kind: "field-removed", message: "field details removed" });
        else {
          const bd = b as { basis?: unknown; schema?: unknown };
          const ad = a as { basis?: unknown; schema?: unknown };
          // Clients parse error.details by this schema, so any change to it may break them.
          if (!isDeepStrictEqual(bd.schema, ad.schema)) out.push({ bump: "major", kind: "field-changed", message: "details schema changed" });
          if (!isDeepStrictEqual(bd.basis, ad.basis)) out.push(prose("details.basis", bd.basis, ad.basis));
        }
        break;
      case "label":
      case "description":
      case "note":
        out.push(prose(key, b, a));
        break;
      default:
        out.push(unknownField(key, b, a));
    }
  }
  return out;
}

function diffRetry(before: Code, after: Code): Change[] {
  const out: Change[] = [];
  if (before.retry.strategy !== after.retry.strategy) {
    const retryable = before.retryable !== after.retryable ? `; retryable ${String(before.retryable)} -> ${String(after.retryable)}` : "";
    out.push({ bump: "major", kind: "retry", message: `retry strategy ${before.retry.strategy} -> ${after.retry.strategy}${retryable}` });
  }
  const { strategy: _b, ...restBefore } = before.retry;
  const { strategy: _a, ...restAfter } = after.retry;
  // basis, note and override explain the advice; they do not change what a client does.
  out.push(...diffProseObject("retry", restBefore, restAfter));
  return out;
}

function diffDeprecation(before: Code, after: Code, family: Family): Change[] {
  const b = before.deprecated;
  const a = after.deprecated;
  if (!a) return [{ bump: "minor", kind: "undeprecated", message: "no longer deprecated" }];
  const replacement = a.replacement;
  if (replacement !== undefined && !family.codes.some((c) => c.name === replacement)) {
    return [
      {
        bump: "minor",
        kind: "deprecated",
        message: `deprecated, but its replacement ${replacement} is not a code of ${family.name} (refused: a deprecation must point at a code that exists)`,
        refused: true,
      },
    ];
  }
  if (!b) {
    const detail = replacement !== undefined ? `${a.reason}; use ${family.name}.${replacement} instead` : a.reason;
    return [{ bump: "minor", kind: "deprecated", message: `deprecated (${detail})`, detail }];
  }
  const out: Change[] = [];
  if (b.reason !== a.reason || b.replacement !== a.replacement) {
    const what = b.replacement !== a.replacement ? `replacement ${show(b.replacement)} -> ${show(a.replacement)}` : `reason ${show(b.reason)} -> ${show(a.reason)}`;
    out.push({ bump: "minor", kind: "deprecation-changed", message: `deprecation ${what}` });
  }
  if (b.note !== a.note) out.push(prose("deprecated.note", b.note, a.note));
  if (b.since !== a.since) out.push(prose("deprecated.since", b.since, a.since));
  return out;
}

function diffNames(what: string, before: readonly string[], after: readonly string[]): Change[] {
  const out: Change[] = [];
  // A lookup that accepted a name must keep accepting it.
  for (const n of before) if (!after.includes(n)) out.push({ bump: "major", kind: "alias-removed", message: `${what} ${n} removed` });
  for (const n of after) if (!before.includes(n)) out.push({ bump: "minor", kind: "alias-added", message: `${what} ${n} added` });
  return out;
}

function diffLegacyNames(before: Code, after: Code): Change[] {
  const b = before.legacyNames ?? [];
  const a = after.legacyNames ?? [];
  const out = diffNames(
    "legacy name",
    b.map((l) => l.name),
    a.map((l) => l.name),
  );
  for (const entry of a) {
    const previous = b.find((l) => l.name === entry.name);
    if (previous) out.push(...diffProseObject(`legacy name ${entry.name}`, previous, entry));
  }
  return out;
}

// Retry policy keys that explain rather than decide; every other policy value changes what a client does.
const POLICY_PROSE = new Set(["note", "basis", "onRefreshFailure", "source"]);

function diffObjects(path: string[], before: unknown, after: unknown, positions: PositionIndex): Difference[] {
  if (isDeepStrictEqual(before, after)) return [];
  const subject = path.join(".");
  const position = nearestPosition(positions, path);
  if (path.some((p) => POLICY_PROSE.has(p))) return [{ ...prose("", before, after), subject, position, kind: "policy" }];
  if (isRecord(before) && isRecord(after)) {
    return sortedUnion(Object.keys(before), Object.keys(after)).flatMap((key) => diffObjects([...path, key], before[key], after[key], positions));
  }
  return [{ bump: "major", kind: "policy", subject, position, message: `${show(before)} -> ${show(after)}` }];
}

function diffProseObject(label: string, before: unknown, after: unknown): Change[] {
  if (!isRecord(before) || !isRecord(after)) return isDeepStrictEqual(before, after) ? [] : [prose(label, before, after)];
  return sortedUnion(Object.keys(before), Object.keys(after))
    .filter((key) => !isDeepStrictEqual(before[key], after[key]))
    .map((key) => prose(`${label}.${key}`, before[key], after[key]));
}

function prose(label: string, before: unknown, after: unknown): Change {
  const prefix = label === "" ? "" : `${label} `;
  const message =
    before === undefined ? `${prefix}added` : after === undefined ? `${prefix}removed` : isShort(before) && isShort(after) ? `${prefix}${show(before)} -> ${show(after)}` : `${prefix}reworded`;
  return { bump: "patch", kind: "prose", message };
}

function unknownField(label: string, before: unknown, after: unknown): Change {
  if (before === undefined) return { bump: "minor", kind: "field-added", message: `new field ${label}` };
  if (after === undefined) return { bump: "major", kind: "field-removed", message: `field ${label} removed` };
  return { bump: "major", kind: "field-changed", message: `${label} changed (no rule knows this field, so the change counts as breaking)` };
}

function nearestPosition(positions: PositionIndex, path: string[]): Position | undefined {
  for (let n = path.length; n > 0; n--) {
    const found = positions.get(path.slice(0, n).join("."));
    if (found) return found;
  }
  return undefined;
}

/** Known fields in a meaningful order first, then any other field (one this file has no rule for) by name. */
function fieldOrder(before: object, after: object, known: readonly string[]): string[] {
  const present = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...known.filter((k) => present.has(k)), ...[...present].filter((k) => !known.includes(k)).sort()];
}

function sortedUnion(a: Iterable<string>, b: Iterable<string>): string[] {
  return [...new Set([...a, ...b])].sort();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isShort(value: unknown): boolean {
  return typeof value !== "string" || value.length <= 40;
}

function show(value: unknown): string {
  return value === undefined ? "none" : JSON.stringify(value);
}

function sortByPosition(list: Difference[]): Difference[] {
  const key = (d: Difference) => d.position;
  // Stable: differences at one position keep the order they were found in.
  return [...list].sort((x, y) => {
    const a = key(x);
    const b = key(y);
    if (!a || !b) return a ? -1 : b ? 1 : 0;
    return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.col - b.col;
  });
}
