import type Ajv2020 from "ajv/dist/2020.js";
import type * as Codegen from "ajv/dist/compile/codegen/index.js";
import type standaloneCode from "ajv/dist/standalone/index.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatChecks, type FormatPolicy } from "../../runtime/ts/formats.js";
import { memoSync, packageVersion, requireLazily } from "../memo.js";
import type { Model } from "../catalog/model.js";
import { runtimePolicy } from "../catalog/runtime-policy.js";
import { generatedBy } from "./header.js";
import { GENERATOR_KEYWORDS, apiResponseSchema, detailsName } from "./json-schema.js";
import { RUNTIME_DIR } from "./runtime-sources.js";

const GENERATED_NOTE = generatedBy("scripts/emit/validator.ts");

/**
 * generated/ts/api-response.validate.js: the envelope validator, compiled by ajv at build time so that
 * ajv is not needed at run time and nothing is compiled at import. ajv's standalone ESM still says
 * require() for its runtime helpers (ajv#2209); those become imports here, so the file is real ESM.
 * Beside validate() it exports detailsErrors(): the schema's rule for an error's details and each code's
 * own shape, each a function of its own, so that checking one code's details runs (and has V8 compile)
 * only that code's part rather than the whole envelope again.
 */
export function emitValidator(catalog: Model): Record<string, string> {
  const schema = withoutAnnotations(apiResponseSchema(catalog)) as { $id: string; $defs: Record<string, { properties?: Record<string, { $ref?: string }> }> };
  // The failure's error object, whatever its definition is called, holds the rule for any details.
  const errorRef = String(schema.$defs.ApiFailure!.properties!.error!.$ref);
  const detailed = catalog.restFamily.codes.filter((c) => c.details).map((c) => String(c.value));
  const exported: Record<string, string> = {
    validate: schema.$id,
    anyDetails: `${schema.$id}${errorRef}/properties/details`,
    ...Object.fromEntries(detailed.map((code, i) => [`details${i}`, `${schema.$id}#/$defs/${detailsName(code)}`])),
  };
  const options = { strict: true, allErrors: false } as const;
  // The formats' rules are the policy's, the same that every language's decoder reads; the compiled code
  // calls formatChecks (runtime/ts/formats.js, copied beside it) with them on first use.
  const { dateTimePattern, uriSchemePattern, uriForbidden } = runtimePolicy(catalog).envelope;
  const formatPolicy: FormatPolicy = { dateTimePattern, uriSchemePattern, uriForbidden };
  // Every input of the compile is in the key: the schema, what is exported, ajv's version and options, and
  // the formats (their rules and their source).
  const formatsSource = readFileSync(join(RUNTIME_DIR, "ts", "formats.js"), "utf8");
  let code = memoSync("envelope-validator", [schema, exported, packageVersion("ajv"), options, formatPolicy, formatsSource], () => {
    // ajv is loaded only on a cache miss.
    const Ajv = requireLazily("ajv/dist/2020.js") as typeof Ajv2020;
    const { _ } = requireLazily("ajv/dist/compile/codegen/index.js") as typeof Codegen;
    const standalone = requireLazily("ajv/dist/standalone/index.js") as typeof standaloneCode;
    const ajv = new Ajv.default({
      ...options,
      formats: formatChecks(formatPolicy),
      code: { source: true, esm: true, lines: true, formats: _`formats` },
    });
    for (const keyword of GENERATOR_KEYWORDS) ajv.addKeyword(keyword);
    ajv.addSchema(schema);
    return standalone.default(ajv, exported);
  });

  const imports = ['import { formatChecks } from "./formats.js";'];
  const seen = new Map<string, string>();
  code = code.replace(/require\("([^"]+)"\)/g, (_match, specifier: string) => {
    let name = seen.get(specifier);
    if (!name) {
      name = `runtime${seen.size}`;
      seen.set(specifier, name);
      imports.push(`import * as ${name} from ${JSON.stringify(specifier)};`);
    }
    return name;
  });
  const functions = new Map<string, string>();
  code = code.replace(/^"use strict";/, "").replace(/^export const (\w+) = (\w+);$/gm, (_match, name: string, fn: string) => {
    functions.set(name, fn);
    return "";
  });
  const missing = Object.keys(exported).filter((name) => !functions.has(name));
  if (missing.length > 0) throw new Error(`ajv's standalone output has changed shape: no \`export const\` for ${missing.join(", ")}`);
  // Everything ajv emits sits inside a function compiled on first use, so that a bundle which never
  // validates drops all of it, and importing the package compiles nothing.
  const js = `// ${GENERATED_NOTE}
// ajv standalone validator of generated/schema/api-response.schema.json.
${imports.join("\n")}

let compiled;

export function validate(data) {
  compiled ??= compile();
  const valid = compiled.validate(data);
  validate.errors = compiled.validate.errors;
  return valid;
}

export default validate;

/** Each code with a documented details shape, to its validator. */
const DETAILS = new Map([
${detailed.map((code, i) => `  [${JSON.stringify(code)}, "details${i}"],`).join("\n")}
]);

/**
 * What validate() would find wrong with an error's details for \`code\`, or null when nothing: the rule
 * for any details, then the code's own shape. Paths are the envelope's (/error/details/...).
 */
export function detailsErrors(code, details) {
  compiled ??= compile();
  const shape = DETAILS.get(code);
  for (const check of shape === undefined ? [compiled.anyDetails] : [compiled.anyDetails, compiled[shape]]) {
    if (!check(details)) return check.errors.map((e) => ({ ...e, instancePath: \`/error/details\${e.instancePath}\` }));
  }
  return null;
}

function compile() {
  const formats = formatChecks(${JSON.stringify(formatPolicy)});
${code
  .trim()
  .split("\n")
  .map((line) => (line === "" ? line : `  ${line}`))
  .join("\n")}
  return { ${[...functions].map(([name, fn]) => `${name}: ${fn}`).join(", ")} };
}
`;
  const dts = `// ${GENERATED_NOTE}
import type { ApiResponse } from "./api-response.js";

/** One problem ajv found, as in ajv's ErrorObject. */
export interface ValidationError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** True when \`data\` is an OrbVPN response envelope; on false, \`validate.errors\` says why. */
export declare function validate(data: unknown): data is ApiResponse;
export declare namespace validate {
  let errors: ValidationError[] | null | undefined;
}
export default validate;

/**
 * What validate() would find wrong with an error's details for \`code\` (the rule for any details, then
 * the code's documented shape), or null when nothing. Paths are the envelope's: /error/details/...
 */
export declare function detailsErrors(code: string, details: unknown): ValidationError[] | null;
`;
  return {
    "ts/api-response.validate.js": js,
    "ts/api-response.validate.d.ts": dts,
  };
}

const ANNOTATIONS = new Set<string>(["title", "description", "$comment", ...GENERATOR_KEYWORDS]);
const SCHEMA_MAPS = new Set(["properties", "$defs", "patternProperties"]);
const SCHEMA_LISTS = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);

/** The schema minus text that does not validate; ajv inlines the schema it compiles, prose and all. */
function withoutAnnotations(schema: unknown): unknown {
  if (!schema || typeof schema !== "object" || Array.isArray(schema)) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key)) continue;
    if (SCHEMA_MAPS.has(key)) out[key] = Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, withoutAnnotations(v)]));
    else if (SCHEMA_LISTS.has(key)) out[key] = (value as unknown[]).map(withoutAnnotations);
    else if (["items", "if", "then", "else", "not", "additionalProperties", "contains"].includes(key)) out[key] = withoutAnnotations(value);
    else out[key] = value;
  }
  return out;
}
