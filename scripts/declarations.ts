// dist/'s type declarations, file by file: each source under src/ and generated/ts/ is declared on its own
// (oxc's isolated declarations, which the sources allow because they satisfy TypeScript's
// isolatedDeclarations), into dist/types/, as .d.ts for ESM and again as .d.cts (relative imports to .cjs)
// for CommonJS; each entry's dist/<name>.d.ts and .d.cts re-export its source's. All of them take about
// 15 ms; TypeScript's own transpileDeclaration took 30 times that to load, and rollup's bundling of the
// declarations (tsup's dts) three quarters of a build's time.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith(".ts") ? [join(dir, d.name)] : []));
}

/** The same declaration for CommonJS: relative module specifiers end in .cjs, so they resolve to the .d.cts files. */
function forCommonJs(text: string): string {
  return text.replace(/((?:from|import)\s*\(?\s*["'])(\.\.?\/[^"']*)\.js(["'])/g, "$1$2.cjs$3");
}

/** `file:line:col` of an offset into `text`. */
function place(path: string, text: string, offset: number): string {
  const before = text.slice(0, offset).split("\n");
  return `${path}:${before.length}:${before.at(-1)!.length + 1}`;
}

/** Writes dist/types/ and each entry's .d.ts and .d.cts into `outDir`; throws, naming every place, when a source cannot be declared on its own. */
export async function writeDeclarations(root: string, outDir: string, entries: Record<string, string>): Promise<void> {
  const { isolatedDeclarationSync } = await import("oxc-transform");
  const write = (path: string, text: string) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  };
  const problems: string[] = [];
  for (const file of [...sources(join(root, "src")), ...sources(join(root, "generated", "ts"))]) {
    const path = relative(root, file).split("\\").join("/");
    const text = readFileSync(file, "utf8");
    let declaration = text;
    if (path.endsWith(".d.ts")) {
      // A hand-written declaration (the validator's, formats.js's): as it is.
    } else {
      const out = isolatedDeclarationSync(path, text, {});
      for (const e of out.errors) problems.push(`${place(path, text, e.labels[0]?.start ?? 0)}: ${e.message}`);
      declaration = out.code;
    }
    const target = join(outDir, "types", path.replace(/(\.d)?\.ts$/, ""));
    write(`${target}.d.ts`, declaration);
    write(`${target}.d.cts`, forCommonJs(declaration));
  }
  if (problems.length > 0) throw new Error(`cannot declare types file by file (add the annotations isolatedDeclarations asks for):\n${problems.join("\n")}`);
  for (const [name, source] of Object.entries(entries)) {
    const from = `./types/${source.replace(/\.ts$/, "")}`;
    write(join(outDir, `${name}.d.ts`), `export * from "${from}.js";\n`);
    write(join(outDir, `${name}.d.cts`), `export * from "${from}.cjs";\n`);
  }
}
