// What the generator stage's test files share (generators.test.ts, generators-jvm.test.ts): the installed
// generators, the README's table, the inputs every decoding program reads and the lines it must print.
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Model } from "../../../scripts/catalog/model.js";
import { IN_CI, ROOT, cacheDir, languageModel, run } from "../../languages/support/toolchains.js";
import { type Generators, generatorVersions, generatorsHome, installedGenerators } from "./tools.js";

/** The installed generators; undefined (with a notice) where they are not, and a failure under CI. */
export function stageGenerators(file: string): Generators | undefined {
  const generators = installedGenerators();
  if (!generators) {
    const notice = `code generators: not installed; run .ci/install-generators to install them (test/generators/${file} is skipped).`;
    if (IN_CI) throw new Error(`CI=true and ${notice}`);
    console.warn(`skipping ${notice}`);
  }
  return generators;
}

export const model: Model = languageModel();
export const versions = generatorVersions();
export const SCHEMA = join(ROOT, "generated", "schema");
export const PROGRAMS = join(ROOT, "test", "generators", "programs");
export const home = generatorsHome();
/** A folder of the stage under .cache/generators/. */
export function workDir(name: string): string {
  const dir = join(cacheDir("generators"), name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * What each generator gives, as the README's table says: `names` when the program can print an integer
 * member's name, `descriptions` when the generated code carries the members' descriptions.
 */
export const TABLE: Record<string, { names: boolean; descriptions: boolean }> = {
  "quicktype (TypeScript)": { names: false, descriptions: false },
  "quicktype (Python)": { names: false, descriptions: false },
  "quicktype (Go)": { names: false, descriptions: false },
  "quicktype (Rust)": { names: false, descriptions: false },
  "quicktype (Java)": { names: false, descriptions: false },
  "quicktype (Kotlin)": { names: false, descriptions: false },
  "quicktype (C#)": { names: false, descriptions: false },
  "json-schema-to-typescript": { names: true, descriptions: false },
  "datamodel-code-generator": { names: true, descriptions: true },
  "go-jsonschema": { names: false, descriptions: false },
  // Through x-rust-type: the package's own crate's types, whose docs are in that crate, not in typify's file.
  "cargo-typify": { names: true, descriptions: false },
  jsonschema2pojo: { names: true, descriptions: true },
  "openapi-generator (Java)": { names: true, descriptions: true },
};

// The inputs every program reads, derived from the catalog and the page's examples.
const tokenCode = model.examples.tokenRefresh.code;
const plain = model.restFamily.codes.find((c) => !c.details && c.name !== tokenCode.name)!;
const event = model.examples.sdkEvent;

/**
 * Writes the inputs into a folder of the calling test file's own (files run side by side) and returns the
 * programs' arguments: the success and TOKEN_EXPIRED examples, an error without details, an OperationalError.
 */
export function prepareInputs(name: string): string[] {
  const inputs = workDir(`inputs-${name}`);
  for (const file of ["success.json", "token-expired.json"]) cpSync(join(ROOT, "test", "vectors", "envelopes", file), join(inputs, file));
  writeFileSync(join(inputs, "no-details.json"), `${JSON.stringify({ success: false, error: { code: plain.name, message: plain.description } }, null, 2)}\n`);
  writeFileSync(join(inputs, "operational.json"), `${event.code.value}\n`);
  return ["success.json", "token-expired.json", "no-details.json", "operational.json"].map((file) => join(inputs, file));
}

export function expectedLines(generator: string): string[] {
  const tokenDetails = JSON.parse(readFileSync(join(ROOT, "test", "vectors", "envelopes", "token-expired.json"), "utf8")).error.details;
  return [
    "success",
    `failure ${tokenCode.name} token-expired=true details=${Object.keys(tokenDetails).sort().join(",")}`,
    `failure ${plain.name} token-expired=false details=-`,
    `operational ${event.code.value} ${TABLE[generator]!.names ? event.code.name : "-"}`,
  ];
}

export const lines = (output: string) => output.split("\n").filter((l) => l.trim() !== "");

/** Whether generated text carries the example member's description (comment markers and line wrapping aside). */
export function carriesDescription(files: string[]): boolean {
  const words = event.code.derived.summary.split(/\s+/).slice(0, 8).join(" ");
  const text = files
    .map((f) => readFileSync(f, "utf8"))
    .join("\n")
    .replace(/^\s*(\/\/\/|\/\/|\/\*\*|\*|#)/gm, " ")
    .replace(/\s+/g, " ");
  return text.includes(words);
}

export function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, suffix) : path.endsWith(suffix) ? [path] : [];
  });
}

export function fresh(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function quicktype(tools: Generators, language: string, out: string, extra: string[] = []): void {
  const sources = ["api-response.codegen", "rest-error-code", "operational-error"].flatMap((s) => ["--src", join(SCHEMA, `${s}.schema.json`)]);
  run(tools.quicktype, ["--src-lang", "schema", ...sources, "--lang", language, "--out", out, ...extra]);
}
