// node scripts/run.mjs scripts/<script>.ts [args]: runs a TypeScript script as one esbuild bundle
// (npm packages stay external). This saves the ~700 ms that transpiling module by module under tsx
// costs on every build; the bundle is rebuilt only when a source under scripts/, src/ or the entry's folder changes.
// tsx remains the way to run a script by hand.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const entry = process.argv[2];
if (!entry) {
  console.error("usage: node scripts/run.mjs scripts/<script>.ts [args]");
  process.exit(2);
}

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sources(join(dir, d.name)) : /\.(ts|mjs|json)$/.test(d.name) ? [join(dir, d.name)] : []));
}
const hash = createHash("sha256").update(resolve(entry));
const dirs = new Set([join(root, "scripts"), join(root, "src"), dirname(resolve(entry))]);
for (const file of [...new Set([...dirs].flatMap(sources))].sort()) hash.update(file).update(readFileSync(file));
const key = hash.digest("hex");

const outDir = join(root, "node_modules", ".cache", "vpn-error-codes");
const outfile = join(outDir, `${basename(entry, ".ts")}.mjs`);
const keyFile = `${outfile}.key`;
if (!existsSync(outfile) || !existsSync(keyFile) || readFileSync(keyFile, "utf8") !== key) {
  const { build } = await import("esbuild");
  mkdirSync(outDir, { recursive: true });
  await build({ entryPoints: [resolve(entry)], outfile, bundle: true, platform: "node", format: "esm", target: "node20", packages: "external", logLevel: "error" });
  writeFileSync(keyFile, key);
}
// The script checks whether it is the main module by comparing import.meta.url with argv[1].
process.argv.splice(1, 2, outfile);
await import(pathToFileURL(outfile).href);
