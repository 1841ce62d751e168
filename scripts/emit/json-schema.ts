import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SCHEMA_PATH } from "../catalog/load.js";
import type { Model, ResolvedFamily } from "../catalog/model.js";
import type { PackageInfo } from "../catalog/package-info.js";
import { unknownCodePattern } from "../catalog/details-checks.js";
import { generatedBy } from "./header.js";
import { stableJson } from "./json.js";

const GENERATED_NOTE = generatedBy("scripts/emit/json-schema.ts");

const DRAFT = "https://json-schema.org/draft/2020-12/schema";
export const schemaId = (stem: string) => `urn:vpn-error-codes:schema:${stem}`;

/**
 * The keywords through which generators name and document enum members, each read by some generator and
 * ignored by the rest. All come from the same model fact: the code's name and its one-line summary
 * (DerivedCode.summary).
 */
export const MEMBER_KEYWORDS = ["x-enum-varnames", "x-enum-descriptions", "x-enumNames", "x-enumDescriptions", "tsEnumNames", "javaEnums"] as const;
/** Every keyword the schemas carry for generators only: ajv must be told each is an annotation. */
export const GENERATOR_KEYWORDS = [...MEMBER_KEYWORDS, "x-rust-type", "tsType"] as const;

/**
 * cargo-typify's x-rust-type: with `--crate vpn-error-codes@VERSION`, typify uses this package's own Rust
 * type (named members, docs, an open ErrorCode) instead of generating a weaker one; without it, typify
 * generates its own as before.
 */
export function rustType(pkg: PackageInfo, typeName: string): Record<string, unknown> {
  const crate = pkg.languages.rust.crate;
  return { crate, version: pkg.version, path: `${crate.replace(/-/g, "_")}::${typeName}`, parameters: [] };
}

export function memberKeywords(family: ResolvedFamily): Record<(typeof MEMBER_KEYWORDS)[number], unknown> {
  const names = family.codes.map((c) => c.name);
  const descriptions = family.codes.map((c) => c.derived.summary);
  return {
    // openapi-generator (every language) and datamodel-code-generator.
    "x-enum-varnames": names,
    "x-enum-descriptions": descriptions,
    // NJsonSchema and NSwag (C#, TypeScript); datamodel-code-generator reads the names too.
    "x-enumNames": names,
    "x-enumDescriptions": descriptions,
    // json-schema-to-typescript.
    tsEnumNames: names,
    // jsonschema2pojo: constant names and their Javadoc.
    javaEnums: family.codes.map((c, i) => ({ name: c.name, description: descriptions[i] })),
  };
}

/** The enum of one family, with every generator's member names and descriptions. */
export function familySchema(family: ResolvedFamily, pkg: PackageInfo): Record<string, unknown> {
  return {
    $schema: DRAFT,
    $id: schemaId(family.derived.stem),
    $comment: GENERATED_NOTE,
    title: family.name,
    description: family.description,
    type: family.valueKind === "integer" ? "integer" : "string",
    enum: family.codes.map((c) => c.value),
    ...memberKeywords(family),
    "x-rust-type": rustType(pkg, family.name),
  };
}

/**
 * Which of a schema's two forms: "validating" is the contract ajv checks, if/then and all; "codegen" says the
 * same shapes in the constructs every major code generator reads (no if/then), and is looser where that
 * costs a construct: it types every code's details as an open object, with each documented shape as a
 * $defs entry of its own.
 */
export type SchemaForm = "validating" | "codegen";

const ENVELOPE_DESCRIPTION = "The JSON envelope of every OrbVPN API response. Check success first, then read data or error. Unknown top-level fields are allowed, so that the API can grow.";
const CODEGEN_NOTE = " This is the form for code generators: per-code details shapes are not checked here (api-response.schema.json checks them).";

/** The REST envelope: success with data, or failure with {code, message, details}. */
export function apiResponseSchema(catalog: Model, form: SchemaForm = "validating"): Record<string, unknown> {
  const rest = catalog.restFamily;
  const detailed = rest.codes.filter((c) => c.details);
  // tsType: json-schema-to-typescript would type a schema without `type` as an object.
  const data = { description: "The requested resource or a confirmation: any JSON value.", tsType: "unknown" };
  const details = { type: "object", description: "Extra facts about the error; its shape depends on the code." };
  return {
    $schema: DRAFT,
    $id: schemaId(form === "codegen" ? "api-response.codegen" : "api-response"),
    $comment: GENERATED_NOTE,
    title: "ApiResponse",
    description: ENVELOPE_DESCRIPTION + (form === "codegen" ? CODEGEN_NOTE : ""),
    // For generators that read properties and not oneOf (go-jsonschema, jsonschema2pojo, quicktype): the
    // object shape both branches share. jsonschema-to-typescript would intersect it with the union, so the
    // validating form, which the package's own types come from, leaves it out.
    ...(form === "codegen"
      ? {
          type: "object",
          required: ["success"],
          properties: {
            success: { type: "boolean", description: "true: read data. false: read error." },
            data,
            error: { $ref: "#/$defs/ErrorBody", description: "Present when success is false." },
          },
        }
      : {}),
    oneOf: [{ $ref: "#/$defs/ApiSuccess" }, { $ref: "#/$defs/ApiFailure" }],
    $defs: {
      ApiSuccess: {
        title: "ApiSuccess",
        description: "The request completed; data holds the resource or a confirmation.",
        type: "object",
        required: ["success", "data"],
        properties: {
          success: { type: "boolean", const: true, description: "Always true on success." },
          data,
        },
      },
      ApiFailure: {
        title: "ApiFailure",
        description: "The request failed; error says why.",
        type: "object",
        required: ["success", "error"],
        properties: {
          success: { type: "boolean", const: false, description: "Always false on failure." },
          error: { $ref: "#/$defs/ErrorBody" },
        },
      },
      ErrorBody: {
        title: "ErrorBody",
        description: "A machine-readable code, a human-readable message, and optional details.",
        type: "object",
        required: ["code", "message"],
        properties: {
          code: { $ref: "#/$defs/ErrorCode" },
          message: { type: "string", description: "Human-readable; may change between API versions. Branch on code, not on this." },
          details: form === "codegen" ? { ...details, additionalProperties: true } : details,
        },
        // Per-code details shapes, where the API documents one.
        ...(detailed.length === 0 || form === "codegen"
          ? {}
          : {
              allOf: detailed.map((c) => ({
                if: { properties: { code: { const: c.value }, details: true }, required: ["code", "details"] },
                then: { properties: { details: { $ref: `#/$defs/${detailsName(String(c.value))}` } } },
              })),
            }),
      },
      ErrorCode: {
        title: "ErrorCode",
        description: `A ${rest.name}, or a code this catalog does not know yet (kept valid for forward compatibility).`,
        type: "string",
        "x-rust-type": rustType(catalog.package, "ErrorCode"),
        // json-schema-to-typescript would intersect `type` with the anyOf and lose the members' names.
        tsType: `${rest.name} | (string & {})`,
        anyOf: [{ $ref: `#/$defs/${rest.name}` }, { type: "string", pattern: unknownCodePattern(catalog) }],
      },
      [rest.name]: (({ $schema, $id, $comment, ...rest }) => rest)(familySchema(rest, catalog.package)),
      ...Object.fromEntries(detailed.map((c) => [detailsName(String(c.value)), { title: detailsName(String(c.value)), ...c.details!.schema }])),
    },
  };
}

/** "TOKEN_EXPIRED" -> "TokenExpiredDetails". */
export function detailsName(code: string): string {
  return `${code.toLowerCase().replace(/(^|_)([a-z0-9])/g, (_, __, ch: string) => ch.toUpperCase())}Details`;
}

/**
 * The schema of generated/catalog.json, built from the authoring schema's definitions so that the two
 * cannot drift: a resolved code is an authored code plus its value and the derived `retryable`.
 */
export function resolvedCatalogSchema(catalog: Model, form: SchemaForm = "validating"): Record<string, unknown> {
  const schema = validatingCatalogSchema(catalog);
  if (form === "validating") return schema;
  return {
    ...(forGenerators(schema) as Record<string, unknown>),
    $id: schemaId("resolved-catalog.codegen"),
    description: `${schema.description} This is the form for code generators: rules that need if/then (a renamed code's replacement) are not checked here.`,
  };
}

/** The widest integer every JSON parser and generator type holds exactly (2^53 - 1). */
const WIDEST_EXACT_INTEGER = Number.MAX_SAFE_INTEGER;

/**
 * A schema in the constructs every major generator reads: without if/then/else (cargo-typify panics on
 * them), and with a maximum on every unbounded integer, so that jsonschema2pojo and its kin pick a 64-bit
 * type (catalog.json's resetMillisecondsFrom is 10^12).
 */
function forGenerators(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(forGenerators);
  if (!schema || typeof schema !== "object") return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "if" || key === "then" || key === "else") continue;
    out[key] = key === "enum" || key === "const" || key === "javaEnums" ? value : forGenerators(value);
  }
  if (out.type === "integer" && out.maximum === undefined && out.exclusiveMaximum === undefined) out.maximum = WIDEST_EXACT_INTEGER;
  return out;
}

function validatingCatalogSchema(catalog: Model): Record<string, unknown> {
  // biome-ignore lint/suspicious/noExplicitAny: the authoring schema is read as data and its parts are rearranged, at any depth.
  const authoring = JSON.parse(readFileSync(SCHEMA_PATH, "utf8")) as { $defs: Record<string, Record<string, any>> };
  const defs = authoring.$defs;
  const { if: _if, then: _then, else: _else, ...familyFile } = defs.familyFile!;
  const { codes: _codes, family: _family, ...familyProperties } = familyFile.properties;
  const title = (name: string, schema: Record<string, unknown>) => ({ title: name, ...schema });
  const code = defs.code!;
  return {
    $schema: DRAFT,
    $id: schemaId("resolved-catalog"),
    $comment: GENERATED_NOTE,
    title: "Catalog",
    description: "generated/catalog.json: every family with its codes sorted by value, the REST retry policy and the SDK reconnect policy.",
    type: "object",
    additionalProperties: false,
    required: ["$comment", "families", "retryPolicy"],
    properties: {
      $comment: { type: "string", description: "Says that the file is generated." },
      families: { type: "array", description: "The families, sorted by name.", items: { $ref: "#/$defs/family" } },
      retryPolicy: defs.retryPolicyFile!.properties.retryPolicy,
      reconnectPolicy: defs.retryPolicyFile!.properties.reconnectPolicy,
    },
    $defs: {
      ...Object.fromEntries(
        Object.entries(defs)
          .filter(([name]) => !["familyFile", "retryPolicyFile", "code"].includes(name))
          .map(([name, schema]) => [name, schema]),
      ),
      family: title("Family", {
        type: "object",
        description: familyFile.description,
        additionalProperties: false,
        required: ["name", ...familyFile.required.filter((r: string) => r !== "family")],
        properties: {
          name: { ...familyFile.properties.family, enum: catalog.families.map((f) => f.name) },
          ...familyProperties,
          codes: { type: "array", description: "Every member, sorted by value.", items: { $ref: "#/$defs/code" } },
        },
      }),
      code: title("Code", {
        ...code,
        required: [...code.required.slice(0, 1), "value", ...code.required.slice(1), "retryable"],
        properties: {
          ...code.properties,
          value: { description: "The integer value, or in a family whose valueKind is 'name', the name itself.", anyOf: [{ type: "integer" }, { type: "string" }] },
          retryable: { type: "boolean", description: "The short answer: true when retry.strategy says a retry (after its step) can succeed." },
        },
      }),
      group: title("Group", defs.group!),
      retry: title("RetryAdvice", defs.retry!),
      action: title("Action", defs.action!),
      deprecated: title("Deprecation", defs.deprecated!),
      legacyName: title("LegacyName", defs.legacyName!),
      source: title("Source", defs.source!),
      details: title("DetailsShape", defs.details!),
    },
  };
}

export function emitJsonSchemas(catalog: Model): Record<string, string> {
  const files: Record<string, string> = {};
  for (const family of catalog.families) files[join("schema", `${family.derived.stem}.schema.json`)] = stableJson(familySchema(family, catalog.package));
  files[join("schema", "api-response.schema.json")] = stableJson(apiResponseSchema(catalog));
  files[join("schema", "api-response.codegen.schema.json")] = stableJson(apiResponseSchema(catalog, "codegen"));
  files[join("schema", "resolved-catalog.schema.json")] = stableJson(resolvedCatalogSchema(catalog));
  files[join("schema", "resolved-catalog.codegen.schema.json")] = stableJson(resolvedCatalogSchema(catalog, "codegen"));
  return files;
}
