// The lookup reference itself: every key of every code finds that code, and unknown keys find nothing.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/fixtures.js";
import { UNKNOWN_KEYS, lookupLines } from "./typescript/lookups.js";

const catalog = JSON.parse(readFileSync(join(ROOT, "generated", "catalog.json"), "utf8")) as {
  families: Array<{ name: string; codes: Array<{ name: string; value: number | string; aliases?: string[]; legacyNames?: Array<{ name: string }> }> }>;
};

describe("the lookup reference", () => {
  const lines = lookupLines(ROOT);

  it("finds each code by its value, identifier, aliases and older wire names", () => {
    for (const family of catalog.families) {
      for (const code of family.codes) {
        for (const key of [code.value, code.name, ...(code.aliases ?? []), ...(code.legacyNames ?? []).map((l) => l.name)]) {
          const line = lines.find((l) => l.startsWith(`lookup ${family.name} ${JSON.stringify(key)} -> `));
          expect(line, `${family.name} ${String(key)}`).toMatch(new RegExp(` -> ${code.name} by=`));
        }
      }
    }
  });

  it("answers unknown for keys no family knows, in every family", () => {
    for (const family of catalog.families) {
      for (const key of UNKNOWN_KEYS) expect(lines).toContain(`lookup ${family.name} ${JSON.stringify(key)} -> unknown`);
    }
  });
});
