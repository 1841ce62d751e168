// One cold process validating the page's example envelopes `count` times, start-up included: either
// parseApiResponse as shipped (its validator precompiled at build time; dist/index.js) or ajv compiling
// the envelope schema at start-up, as a user without the package would. It times itself from before
// the first import, so node's own start, the same for both, is left out. Built by the parse row into
// .cache/bench/ and run with plain node.
//
//   node .cache/bench/parse-startup.mjs precompiled|ajv COUNT ROOT KEYWORDS
//
// KEYWORDS: the schema's generator-only keywords, comma-separated (GENERATOR_KEYWORDS, given by the parent
// so that importing scripts/ is not part of the time measured).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { validEnvelopeTexts } from "../../test/support/envelope-vectors.js";
import type Ajv2020 from "ajv/dist/2020.js";
import type addFormats from "ajv-formats";

export interface StartupResult {
  ms: number;
  valid: number;
}

const [arm, countText, root, keywords = ""] = process.argv.slice(2) as [string, string, string, string?];
const count = Number(countText);
// Bodies as text, as they come off the wire; reading the files is neither arm's cost.
const bodies = validEnvelopeTexts(root);
const resolve = createRequire(join(root, "package.json")).resolve;
const load = (specifier: string) => import(pathToFileURL(specifier.startsWith("/") ? specifier : resolve(specifier)).href);

const start = performance.now();
let check: (body: string) => boolean;
if (arm === "precompiled") {
  const { parseApiResponse } = (await load(join(root, "dist", "index.js"))) as typeof import("../../src/index.js");
  check = (body) => parseApiResponse({ status: 200, body }).kind !== "invalid-response";
} else if (arm === "ajv") {
  // The options the package's own validator is compiled with: strict, first error only, its formats.
  const ajvModule = (await load("ajv/dist/2020.js")) as { default: typeof Ajv2020 };
  const formatsModule = (await load("ajv-formats")) as { default: typeof addFormats };
  const ajv = new ajvModule.default.default({ strict: true, allErrors: false });
  formatsModule.default.default(ajv);
  for (const keyword of keywords.split(",").filter(Boolean)) ajv.addKeyword(keyword);
  const validate = ajv.compile(JSON.parse(readFileSync(join(root, "generated", "schema", "api-response.schema.json"), "utf8")));
  // JSON.parse + validate only: less than parseApiResponse does per call, so the comparison leans toward ajv.
  check = (body) => validate(JSON.parse(body));
} else throw new Error(`unknown arm ${arm}`);

let valid = 0;
for (let i = 0; i < count; i++) if (check(bodies[i % bodies.length]!)) valid++;
const result: StartupResult = { ms: performance.now() - start, valid };
process.stdout.write(`${JSON.stringify(result)}\n`);
