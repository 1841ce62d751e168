// dist/'s type declarations, file by file: each source under src/ and generated/ts/ is declared on its own
// (TypeScript's transpileDeclaration, which the sources allow because they satisfy isolatedDeclarations),
// into dist/types/, as .d.ts for ESM and again as .d.cts (relative imports to .cjs) for CommonJS; each entry's
// dist/<name>.d.ts and .d.cts re-export its source's. A file's declaration depends on its text alone, so it is
// memoized by content in .cache/build/dts/: TypeScript (half a second to load) is started only for files
// whose text is new, such as the generated tables after a catalog edit.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";

/** What every declaration is emitted under; part of each memo key. */
const OPTIONS = { declaration: true, isolatedDeclarations: true, target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, verbatimModuleSyntax: true } as const;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith(".ts") ? [join(dir, d.name)] : []));
}

/** The same declaration for CommonJS: relative module specifiers end in .cjs, so they resolve to the .d.cts files. */
function forCommonJs(text: string): string {
  return text.replace(/((?:from|import)\s*\(?\s*["'])(\.\.?\/[^"']*)\.js(["'])/g, "$1$2.cjs$3");
}

type Transpile = (text: string, fileName: string) => string;

async function typescriptTranspiler(): Promise<Transpile> {
  const ts = (await import("typescript")).default;
  const compilerOptions = ts.convertCompilerOptionsFromJson(OPTIONS, ".").options;
  return (text, fileName) => {
    const out = ts.transpileDeclaration(text, { fileName, compilerOptions, reportDiagnostics: true });
    const problems = (out.diagnostics ?? []).map((d) => {
      const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
      return `${fileName}${at ? `:${at.line + 1}:${at.character + 1}` : ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
    });
    if (problems.length > 0) throw new Error(`cannot declare types file by file:\n${problems.join("\n")}`);
    return out.outputText;
  };
}

/** Writes dist/types/ and each entry's .d.ts and .d.cts into `outDir`; returns how many files TypeScript declared. */
export async function writeDeclarations(root: string, outDir: string, entries: Record<string, string>): Promise<number> {
  // VPN_ERROR_CODES_MEMO=off runs every step afresh, as scripts/memo.ts does for the build's memo.
  const memo = process.env.VPN_ERROR_CODES_MEMO === "off" ? undefined : join(root, ".cache", "build", "dts");
  if (memo) mkdirSync(memo, { recursive: true });
  const typescriptVersion = JSON.parse(readFileSync(join(root, "node_modules", "typescript", "package.json"), "utf8")).version as string;
  let transpile: Transpile | undefined;
  let declared = 0;
  const write = (path: string, text: string) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  };
  for (const file of [...sources(join(root, "src")), ...sources(join(root, "generated", "ts"))]) {
    const path = relative(root, file).split("\\").join("/");
    const target = join(outDir, "types", path.replace(/\.ts$/, ""));
    if (path.endsWith(".d.ts")) {
      // A hand-written declaration (the validator's, formats.js's): as it is.
      const text = readFileSync(file, "utf8");
      write(`${target.replace(/\.d$/, "")}.d.ts`, text);
      write(`${target.replace(/\.d$/, "")}.d.cts`, forCommonJs(text));
      continue;
    }
    const text = readFileSync(file, "utf8");
    const key = createHash("sha256")
      .update(JSON.stringify([typescriptVersion, OPTIONS, path]))
      .update(text)
      .digest("hex");
    const cached = memo && join(memo, `${key}.d.ts`);
    let declaration: string;
    if (cached && existsSync(cached)) declaration = readFileSync(cached, "utf8");
    else {
      transpile ??= await typescriptTranspiler();
      declaration = transpile(text, path);
      if (cached) writeFileSync(cached, declaration);
      declared++;
    }
    write(`${target}.d.ts`, declaration);
    write(`${target}.d.cts`, forCommonJs(declaration));
  }
  for (const [name, source] of Object.entries(entries)) {
    const from = `./types/${source.replace(/\.ts$/, "")}`;
    write(join(outDir, `${name}.d.ts`), `export * from "${from}.js";\n`);
    write(join(outDir, `${name}.d.cts`), `export * from "${from}.cjs";\n`);
  }
  return declared;
}
