// Bench-side builds of bench scripts into bench/.cache/*.mjs with esbuild, to time a script without
// tsx, and "what if" variants that stand in for a proposed fix without touching scripts/. The what-if
// stubs change only what the named fix would change; their output is compared with the real one by
// the rows that use them.
import Ajv2020 from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import { build, type Plugin } from "esbuild";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./paths.js";

export const CACHE = join(ROOT, "bench", ".cache");

export interface ScriptBuild {
  /** Leave node_modules packages as imports (only our TypeScript is compiled) or inline them all. */
  packages: "external" | "bundle";
  /** json2ts's prettier replaced by a pass-through: what `format: false` would save. */
  withoutPrettier?: boolean;
  /** schema-pass's ajv.compile of catalog.schema.json replaced by an ajv standalone validator built here. */
  precompiledCatalogSchema?: boolean;
}

// CommonJS packages inlined into an ES module still call require() for node's built-in modules.
const BANNER = `import { createRequire as __benchCreateRequire } from "node:module";
const require = __benchCreateRequire(import.meta.url);`;

const withoutPrettier: Plugin = {
  name: "what-if-json2ts-format-false",
  setup(b) {
    b.onResolve({ filter: /^prettier$/ }, (args) => (/json-schema-to-typescript/.test(args.importer) ? { path: "prettier", namespace: "what-if" } : undefined));
    b.onLoad({ filter: /^prettier$/, namespace: "what-if" }, () => ({ contents: "export async function format(code) { return code; }", loader: "js" }));
  },
};

/** ajv standalone code of schema/catalog.schema.json, compiled with schema-pass's own options. */
function catalogSchemaValidator(): string {
  const file = join(CACHE, "catalog-schema.validate.js");
  const ajv = new Ajv2020.default({ strict: true, allErrors: true, verbose: true, code: { source: true, esm: true } });
  const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, "schema", "catalog.schema.json"), "utf8")));
  writeFileSync(file, standaloneCode.default(ajv, validate));
  return file;
}

function precompiledCatalogSchema(validatorFile: string): Plugin {
  return {
    name: "what-if-precompiled-catalog-schema",
    setup(b) {
      b.onResolve({ filter: /^ajv\/dist\/2020\.js$/ }, (args) => (/schema-pass\.ts$/.test(args.importer) ? { path: "ajv-stub", namespace: "what-if" } : undefined));
      b.onLoad({ filter: /^ajv-stub$/, namespace: "what-if" }, () => ({
        contents: `import validate from ${JSON.stringify(validatorFile)};
class Precompiled { compile() { return validate; } }
export default { default: Precompiled };`,
        loader: "js",
        resolveDir: CACHE,
      }));
    },
  };
}

/** Builds `entry` (a path under bench/) to bench/.cache/<name>.mjs and returns that path. */
export async function buildScript(entry: string, name: string, options: ScriptBuild): Promise<string> {
  mkdirSync(CACHE, { recursive: true });
  const plugins: Plugin[] = [];
  if (options.withoutPrettier) plugins.push(withoutPrettier);
  if (options.precompiledCatalogSchema) plugins.push(precompiledCatalogSchema(catalogSchemaValidator()));
  // bench/.cache/ sits two folders below the root, like scripts/catalog/, so PROJECT_ROOT still resolves.
  const outfile = join(CACHE, `${name}.mjs`);
  await build({
    entryPoints: [join(ROOT, entry)],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    ...(options.packages === "external" ? { packages: "external" as const } : { banner: { js: BANNER } }),
    plugins,
    logLevel: "error",
  });
  return outfile;
}
