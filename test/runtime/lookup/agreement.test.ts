// Every surface that answers "which code is this?" answers from the same keys: describe, isRetryable,
// retryStrategies, retryAdvice, the per-family lookups and the type guards agree on every key of every
// code, including names that two families share and other letter cases of each key.
// Expectations come from generated/catalog.json, with the documented priority written out here:
// identifier > alias > older wire name > value.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe as group, expect, it } from "vitest";
import * as pkg from "../../../src/index.js";
import type { Catalog, Code, FamilyName } from "../../../src/index.js";
import { ROOT } from "../../support/fixtures.js";

const catalog = JSON.parse(readFileSync(join(ROOT, "generated", "catalog.json"), "utf8")) as Catalog;
const RETRYING = new Set(["backoff", "wait-for-window", "refresh-credentials", "reconnect-tunnel"]);

type Kind = "name" | "alias" | "legacyName" | "value";
const RANK: Kind[] = ["name", "alias", "legacyName", "value"];

function keysOf(code: Code, integer: boolean): Array<[string | number, Kind]> {
  return [
    [code.name, "name"],
    ...(code.aliases ?? []).map((a): [string, Kind] => [a, "alias"]),
    ...(code.legacyNames ?? []).map((l): [string, Kind] => [l.name, "legacyName"]),
    ...(integer
      ? ([
          [code.value, "value"],
          [String(code.value), "value"],
        ] as Array<[string | number, Kind]>)
      : []),
  ];
}

/** Per family: each key to the code it should find, by the documented priority. */
const expected = new Map<FamilyName, Map<unknown, { code: Code; kind: Kind }>>();
for (const family of catalog.families) {
  const own = new Map<unknown, { code: Code; kind: Kind }>();
  const all = family.codes.flatMap((code) => keysOf(code, family.valueKind === "integer").map(([key, kind]) => ({ key, kind, code })));
  for (const { key, kind, code } of all.sort((a, b) => RANK.indexOf(a.kind) - RANK.indexOf(b.kind))) if (!own.has(key)) own.set(key, { code, kind });
  expected.set(family.name, own);
}
const allKeys = [...new Set([...expected.values()].flatMap((m) => [...m.keys()]))];

const camel = (name: string) => name[0]!.toLowerCase() + name.slice(1);
const lookups = pkg as unknown as Record<string, (x: unknown) => unknown>;

group("one answer per key", () => {
  it("covers every key of every family, and names shared between families", () => {
    expect(allKeys.length).toBeGreaterThan(catalog.families.reduce((n, f) => n + f.codes.length, 0));
    const shared = allKeys.filter((k) => [...expected.values()].filter((m) => m.has(k)).length > 1);
    expect(shared).toEqual(expect.arrayContaining(["ConnectionTimeout", "NoInternetConnection"]));
  });

  for (const family of catalog.families) {
    it(`${family.name}: describe, isRetryable, retryAdvice, the ${camel(family.name)}By* lookups and is${family.name} agree`, () => {
      const byValue = lookups[`${camel(family.name)}ByValue`]!;
      const byName = lookups[`${camel(family.name)}ByName`]!;
      const guard = lookups[`is${family.name}`]!;
      for (const [key, { code, kind }] of expected.get(family.name)!) {
        const at = `${family.name} ${JSON.stringify(key)}`;
        const matches = pkg.describe(key, family.name);
        expect(
          matches.map((m) => [m.entry.name, m.matchedBy]),
          at,
        ).toEqual([[code.name, kind]]);
        const table = (kind === "value" || (family.valueKind === "name" && kind === "name") ? byValue(key) : byName(key)) as Code | undefined;
        expect(table?.name, at).toBe(code.name);
        expect(pkg.isRetryable(key, family.name), at).toBe(RETRYING.has(code.retry.strategy));
        expect(pkg.retryStrategies(key, family.name), at).toEqual([code.retry.strategy]);
        expect(pkg.retryAdvice(key, family.name), at).toEqual(code.retry);
        expect(guard(key), at).toBe(key === code.value);
      }
    });
  }

  it("across families: describe lists every family's match, and isRetryable and retryAdvice follow all of them", () => {
    for (const key of allKeys) {
      const found = catalog.families.flatMap((f) => {
        const hit = expected.get(f.name)!.get(key);
        return hit ? [{ family: f.name, code: hit.code }] : [];
      });
      const at = JSON.stringify(key);
      expect(
        pkg.describe(key).map((m) => `${m.family}.${m.entry.name}`),
        at,
      ).toEqual(found.map((h) => `${h.family}.${h.code.name}`));
      expect(pkg.isRetryable(key), at).toBe(found.every((h) => RETRYING.has(h.code.retry.strategy)));
      const strategies = new Set(found.map((h) => h.code.retry.strategy));
      expect(pkg.retryAdvice(key), at).toEqual(strategies.size === 1 ? found[0]!.code.retry : undefined);
    }
  });

  it("other letter cases of a key are not keys: every surface says not found alike", () => {
    const keySet = new Set(allKeys);
    let checked = 0;
    for (const key of allKeys) {
      if (typeof key !== "string") continue;
      for (const variant of [key.toLowerCase(), key.toUpperCase(), key[0]!.toLowerCase() + key.slice(1)]) {
        if (keySet.has(variant)) continue;
        checked++;
        expect(pkg.describe(variant), variant).toEqual([]);
        expect(pkg.isRetryable(variant), variant).toBe(false);
        expect(pkg.retryAdvice(variant), variant).toBeUndefined();
        for (const family of catalog.families) {
          expect(lookups[`${camel(family.name)}ByName`]!(variant), variant).toBeUndefined();
          expect(lookups[`${camel(family.name)}ByValue`]!(variant), variant).toBeUndefined();
          expect(lookups[`is${family.name}`]!(variant), variant).toBe(false);
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("an alias and an older wire name give one answer on every surface", () => {
    for (const [key, family] of [
      ["InvalidTunnelNetworkInterfaceIndex", "OperationalError"],
      ["NOT_AUTHORIZED", "ResponseResult"],
    ] as const) {
      const [match] = pkg.describe(key);
      expect(match?.family).toBe(family);
      expect(pkg.isRetryable(key)).toBe(match!.entry.retryable);
      expect(pkg.retryAdvice(key)).toEqual(match!.entry.retry);
    }
  });
});

group("shared catalog data is frozen", () => {
  it("mutating an entry returned by describe changes nobody's answers", () => {
    const [match] = pkg.describe("QUOTA_EXCEEDED");
    const before = { advice: pkg.retryAdvice("QUOTA_EXCEEDED"), retryable: pkg.isRetryable("QUOTA_EXCEEDED") };
    const entry = match!.entry as unknown as { retry: { strategy: string }; retryable: boolean; aliases?: string[] };
    expect(() => {
      entry.retry.strategy = "backoff";
    }).toThrow(TypeError);
    expect(() => {
      entry.retryable = !entry.retryable;
    }).toThrow(TypeError);
    expect(() => {
      (match as unknown as { matchedBy: string }).matchedBy = "alias";
    }).toThrow(TypeError);
    expect(() => (pkg.describe("QUOTA_EXCEEDED") as unknown as unknown[]).push(match)).toThrow(TypeError);
    expect(pkg.retryAdvice("QUOTA_EXCEEDED")).toEqual(before.advice);
    expect(pkg.isRetryable("QUOTA_EXCEEDED")).toBe(before.retryable);
    expect(new pkg.ApiError({ kind: "api-error", status: 429, code: "QUOTA_EXCEEDED", message: "m", entry: match!.entry }).retryable).toBe(before.retryable);
  });

  it("the exported retryPolicy and every family's entries are frozen through and through", () => {
    const frozenDeep = (value: unknown, path: string): void => {
      if (!value || typeof value !== "object") return;
      expect(Object.isFrozen(value), path).toBe(true);
      for (const [k, v] of Object.entries(value)) frozenDeep(v, `${path}.${k}`);
    };
    frozenDeep(pkg.retryPolicy, "retryPolicy");
    frozenDeep(pkg.entries(), "entries");
    frozenDeep(pkg.FAMILIES, "FAMILIES");
    const policy = pkg.retryPolicy as unknown as { backoff: { maxRetries: number } };
    expect(() => {
      policy.backoff.maxRetries = 0;
    }).toThrow(TypeError);
    expect(pkg.retryDelayMs(1, () => 0)).toBe(pkg.retryPolicy.backoff.initialDelayMs);
  });
});
