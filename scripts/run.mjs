// node scripts/run.mjs scripts/<script>.ts [args]: runs a TypeScript script as one esbuild bundle
// (npm packages stay external). This saves the ~700 ms that transpiling module by module under tsx
// costs on every build; the bundle is rebuilt only when a source under scripts/, src/, runtime/ts/ (which the
// validator's emitter imports) or the entry's folder changes.
// tsx remains the way to run a script by hand.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const entry = process.argv[2];
if (!entry) {
  console.error("usage: node scripts/run.mjs scripts/<script>.ts [args]");
  process.exit(2);
}

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sources(join(dir, d.name)) : /\.(ts|js|mjs|json)$/.test(d.name) ? [join(dir, d.name)] : []));
}
const hash = createHash("sha256").update(resolve(entry));
const dirs = new Set([join(root, "scripts"), join(root, "src"), join(root, "runtime", "ts"), dirname(resolve(entry))]);
for (const file of [...new Set([...dirs].flatMap(sources))].sort()) hash.update(file).update(readFileSync(file));
const key = hash.digest("hex");

// The bundle lives in this checkout's own cache folder (.cache/build/, as scripts/memo.ts's), not in
// node_modules, which may be a symlink shared by several checkouts (a CI cache, a container volume).
// Each module keeps the URL of its own source file: PROJECT_ROOT is found from it and isMain() compares it.
const outDir = join(root, ".cache", "build", "scripts");
const outfile = join(outDir, `${basename(entry, ".ts")}-${createHash("sha256").update(resolve(entry)).digest("hex").slice(0, 8)}.mjs`);
const keyFile = `${outfile}.key`;
const sourceUrls = {
  name: "source-import-meta-url",
  setup(b) {
    b.onLoad({ filter: /\.(ts|mjs)$/ }, (args) => ({
      contents: readFileSync(args.path, "utf8").replace(/\bimport\.meta\.url\b/g, JSON.stringify(pathToFileURL(args.path).href)),
      loader: args.path.endsWith(".ts") ? "ts" : "js",
    }));
  },
};
if (!existsSync(outfile) || !existsSync(keyFile) || readFileSync(keyFile, "utf8") !== key) {
  const { build } = await import("esbuild");
  mkdirSync(outDir, { recursive: true });
  await build({ entryPoints: [resolve(entry)], outfile, bundle: true, platform: "node", format: "esm", target: "node20", packages: "external", logLevel: "error", plugins: [sourceUrls] });
  writeFileSync(keyFile, key);
}
// The script sees argv[1] as its own source, as under tsx; isMain() marks that it recognised itself.
// A script with such a guard that did not fire has done nothing, which must not pass for success.
process.argv.splice(1, 2, resolve(entry));
await import(pathToFileURL(outfile).href);
const MAIN_MARK = Symbol.for("vpn-error-codes.main");
const mark = globalThis[MAIN_MARK];
const guarded = /\bisMain\(/.test(readFileSync(resolve(entry), "utf8"));
if (guarded && (typeof mark !== "string" || realpathSync(fileURLToPath(mark)) !== realpathSync(resolve(entry)))) {
  console.error(`run.mjs: ${entry} did not run as the main module (it must end with \`if (isMain(import.meta.url)) ...\`).`);
  process.exit(2);
}
