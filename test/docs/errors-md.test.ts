// generated/docs/ERRORS.md as a reference: an index by value, an anchor per code, hex values, and the
// vendor's Cyrillic heading found under its Latin spelling too. Expectations come from catalog.json.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { STRATEGY_TEXT, type Catalog } from "../../scripts/catalog/model.js";
import { latinFold } from "../../src/text.js";
import { ROOT } from "../support/fixtures.js";

const catalog = JSON.parse(readFileSync(join(ROOT, "generated", "catalog.json"), "utf8")) as Catalog;
const md = readFileSync(join(ROOT, "generated", "docs", "ERRORS.md"), "utf8");
const index = md.slice(md.indexOf("## Index by value"), md.indexOf("\n## ", md.indexOf("## Index by value") + 1));

describe("ERRORS.md", () => {
  it("has one anchor per code, and every link in it points at one", () => {
    for (const f of catalog.families) {
      for (const c of f.codes) expect(md.split(`<a id="${f.name}.${c.name}"></a>`), `${f.name}.${c.name}`).toHaveLength(2);
    }
    const anchors = new Set([...md.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]));
    const links = [...md.matchAll(/\]\(#([A-Za-z]+\.[^)]+)\)/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((l) => !anchors.has(l))).toEqual([]);
  });

  it("opens with an index of every code in value order, with hex values for integer families", () => {
    for (const f of catalog.families) {
      const rows = [...index.matchAll(new RegExp(`^\\| (.*)\\[([^\\]]+)\\]\\(#${f.name}\\.`, "gm"))];
      const sorted = [...f.codes].sort((a, b) => (typeof a.value === "number" && typeof b.value === "number" ? a.value - b.value : String(a.value) < String(b.value) ? -1 : 1));
      expect(
        rows.map((r) => r[2]),
        f.name,
      ).toEqual(sorted.map((c) => c.name));
      if (f.valueKind === "integer") {
        expect(
          rows.map((r) => r[1]),
          f.name,
        ).toEqual(sorted.map((c) => `${c.value} | 0x${(c.value as number).toString(16).toUpperCase().padStart(4, "0")} | `));
      }
    }
  });

  it("keeps a heading with look-alike letters verbatim, with its Latin spelling beside it", () => {
    const titles = catalog.families.flatMap((f) => f.groups.map((g) => g.title)).filter((t) => latinFold(t) !== t);
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(md).toContain(`\n### ${title} (${latinFold(title)})\n`);
    expect(md).toContain("Common errors");
  });

  it("keeps notes out of the tables: a short retry cell, and the retry note listed under the table", () => {
    const lines = md.split("\n");
    for (const f of catalog.families) {
      for (const c of f.codes) {
        const row = lines.find((l) => l.startsWith("| ") && l.includes(`<a id="${f.name}.${c.name}"></a>`))!;
        expect(row.split(" | ").at(-1), `${f.name}.${c.name}`).toBe(`${STRATEGY_TEXT[c.retry.strategy]} (${c.retry.basis}) |`);
        expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^- \\*\\*${c.name}\\*\\*: Retry: `)));
        expect(md).toContain(`**${c.name}**: Retry: ${c.retry.note.replace(/\n/g, " ")}`);
      }
    }
  });
});
