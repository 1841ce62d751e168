// Row "bundle bytes": what a user's bundler (esbuild, minified) keeps of the packed package for each
// import in test/support/bundle.ts's SIZE_CASES, and the same gzipped. The package is packed and
// installed as a user gets it (test/support/packed.ts). The budgets that guard against regressions live
// in test/packaging/packed-package.test.ts; this row compares with the package's targets (an enum within
// 1 KB, everything within a multiple of the catalog). Where an enum misses, the same members are bundled
// in the shapes a fix could take, to show what each would weigh.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { SIZE_CASES, bundle } from "../../test/support/bundle.js";
import { installPackedPackage } from "../../test/support/packed.js";
import { ROOT } from "../lib/paths.js";
import { isMain, log, report, table, verdict, type Line, type RowResult } from "../lib/row.js";
import { bytes, ratio } from "../lib/stats.js";

const ENUM_TARGET = 1024;
const EVERYTHING_FACTOR = 3;

type Family = { name: string; entries: ReadonlyArray<{ name: string; value: number | string }> };

/** The same members in the shapes a fix could emit, each bundled for one member's use. */
async function enumShapes(family: Family, member: string): Promise<string[][]> {
  const dir = mkdtempSync(join(tmpdir(), "vec-bench-enum-"));
  const members = family.entries.map((e) => [e.name, JSON.stringify(e.value)] as const);
  writeFileSync(join(dir, "const-object.ts"), `export const ${family.name} = {\n${members.map(([n, v]) => `  ${n}: ${v},`).join("\n")}\n} as const;\n`);
  writeFileSync(join(dir, "named-exports.ts"), members.map(([n, v]) => `export const ${n} = ${v};`).join("\n"));
  const shapes: Array<[string, string]> = [
    ["`as const` object (no reverse mapping), `import { X }`", `import { ${family.name} } from "./const-object.js"; console.log(${family.name}.${member});`],
    ["one `export const` per member, `import * as X`", `import * as ${family.name} from "./named-exports.js"; console.log(${family.name}.${member});`],
  ];
  const rows: string[][] = [];
  for (const [label, source] of shapes) {
    const { bytes: b, gzip } = await bundle(source, dir);
    rows.push([label, bytes(b), bytes(gzip)]);
  }
  return rows;
}

export async function measure(): Promise<RowResult> {
  log("npm pack + install into a temp project");
  const { dir } = installPackedPackage();
  const catalogBytes = readdirSync(join(ROOT, "catalog"))
    .filter((f) => f.endsWith(".yaml"))
    .reduce((sum, f) => sum + readFileSync(join(ROOT, "catalog", f)).length, 0);

  const results: Array<{ name: string; bytes: number; gzip: number; text: string }> = [];
  for (const [name, source] of Object.entries(SIZE_CASES)) results.push({ name, ...(await bundle(source, dir)) });

  const lines: Line[] = [];
  let shapes = "";
  const pkg = (await import(pathToFileURL(join(dir, "node_modules", "vpn-error-codes", "dist", "index.js")).href)) as typeof import("../../src/index.js");
  for (const r of results) {
    if (r.name.startsWith("one enum")) {
      lines.push({ row: `bundle: ${r.name}`, measured: `${bytes(r.bytes)} minified, ${bytes(r.gzip)} gzip`, target: "≤ 1 KB minified", verdict: verdict(r.bytes <= ENUM_TARGET) });
      if (r.bytes > ENUM_TARGET) {
        const family = /\((\w+)\)/.exec(r.name)![1]!;
        const member = /\.(\w+)\)/.exec(SIZE_CASES[r.name as keyof typeof SIZE_CASES])![1]!;
        const entries = pkg.entries(family as never);
        const names = entries.reduce((n, e) => n + e.name.length, 0);
        shapes += `
**${family}** misses: ${entries.length} members whose names alone are ${names} bytes. A TypeScript numeric enum compiles to an
object filled twice (\`E[E.Name = 1] = "Name"\`: name to value and value to name), and a bundler cannot drop the members
a user does not read, so the whole object ships. The same members, bundled the same way in other shapes:

${table(["shape", "minified", "gzip"], [[`TypeScript enum, as shipped`, bytes(r.bytes), bytes(r.gzip)], ...(await enumShapes({ name: family, entries }, member))])}
`;
      }
    } else if (r.name === "everything") {
      const limit = EVERYTHING_FACTOR * catalogBytes;
      lines.push({
        row: "bundle: everything",
        measured: `${bytes(r.bytes)} minified (${ratio(r.bytes / catalogBytes)} the catalog's ${bytes(catalogBytes)} of YAML), ${bytes(r.gzip)} gzip`,
        target: `≤ ${EVERYTHING_FACTOR}× catalog YAML (${bytes(limit)})`,
        verdict: verdict(r.bytes <= limit),
      });
    } else {
      lines.push({ row: `bundle: ${r.name}`, measured: `${bytes(r.bytes)} minified, ${bytes(r.gzip)} gzip`, target: "(budget in test/packaging/packed-package.test.ts)", verdict: "no target" });
    }
  }

  const details = `esbuild, minified ESM, platform neutral, from the packed package installed in a temp project (test/support/bundle.ts
and test/support/packed.ts); gzip at level 9. The catalog's text is catalog/*.yaml, ${bytes(catalogBytes)}.

${table(
  ["import", "minified", "gzip"],
  results.map((r) => [`${r.name}: \`${SIZE_CASES[r.name as keyof typeof SIZE_CASES].replace(/\|/g, "\\|")}\``, bytes(r.bytes), bytes(r.gzip)]),
)}
${shapes}`;
  return { id: "bundle-size", title: "Bundle bytes", lines, details };
}

if (isMain(import.meta.url)) await report(measure);
