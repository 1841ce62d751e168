import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SCHEMA_PATH } from "../catalog/load.js";
import type { Model, ResolvedFamily } from "../catalog/model.js";
import { unknownCodePattern } from "../catalog/details-checks.js";
import { generatedBy } from "./header.js";
import { stableJson } from "./json.js";

const GENERATED_NOTE = generatedBy("scripts/emit/json-schema.ts");

const DRAFT = "https://json-schema.org/draft/2020-12/schema";
export const schemaId = (stem: string) => `urn:vpn-error-codes:schema:${stem}`;

/**
 * The enum of one family, with the vendor extensions that carry member names to other generators:
 * x-enum-varnames and x-enum-descriptions (openapi-generator), tsEnumNames (json-schema-to-typescript).
 */
export function familySchema(family: ResolvedFamily): Record<string, unknown> {
  return {
    $schema: DRAFT,
    $id: schemaId(family.derived.stem),
    $comment: GENERATED_NOTE,
    title: family.name,
    description: family.description,
    type: family.valueKind === "integer" ? "integer" : "string",
    enum: family.codes.map((c) => c.value),
    "x-enum-varnames": family.codes.map((c) => c.name),
    "x-enum-descriptions": family.codes.map((c) => c.description),
    tsEnumNames: family.codes.map((c) => c.name),
  };
}

/** The REST envelope: success with data, or failure with {code, message, details}. */
export function apiResponseSchema(catalog: Model): Record<string, unknown> {
  const rest = catalog.restFamily;
  const detailed = rest.codes.filter((c) => c.details);
  return {
    $schema: DRAFT,
    $id: schemaId("api-response"),
    $comment: GENERATED_NOTE,
    title: "ApiResponse",
    description:
      "The JSON envelope of every OrbVPN API response. Check success first, then read data or error. Unknown top-level fields are allowed, so that the API can grow.",
    oneOf: [{ $ref: "#/$defs/ApiSuccess" }, { $ref: "#/$defs/ApiFailure" }],
    $defs: {
      ApiSuccess: {
        title: "ApiSuccess",
        description: "The request completed; data holds the resource or a confirmation.",
        type: "object",
        required: ["success", "data"],
        properties: {
          success: { const: true, description: "Always true on success." },
          data: { description: "The requested resource or a confirmation." },
        },
      },
      ApiFailure: {
        title: "ApiFailure",
        description: "The request failed; error says why.",
        type: "object",
        required: ["success", "error"],
        properties: {
          success: { const: false, description: "Always false on failure." },
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
          details: { type: "object", description: "Extra facts about the error; its shape depends on the code." },
        },
        // Per-code details shapes, where the API documents one.
        ...(detailed.length === 0 ? {} : { allOf: detailed.map((c) => ({
          if: { properties: { code: { const: c.value }, details: true }, required: ["code", "details"] },
          then: { properties: { details: { $ref: `#/$defs/${detailsName(String(c.value))}` } } },
        })) }),
      },
      ErrorCode: {
        title: "ErrorCode",
        description: `A ${rest.name}, or a code this catalog does not know yet (kept valid for forward compatibility).`,
        anyOf: [{ $ref: `#/$defs/${rest.name}` }, { type: "string", pattern: unknownCodePattern(catalog) }],
      },
      [rest.name]: (({ $schema, $id, $comment, ...rest }) => rest)(familySchema(rest)),
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
export function resolvedCatalogSchema(catalog: Model): Record<string, unknown> {
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
  for (const family of catalog.families) files[join("schema", `${family.derived.stem}.schema.json`)] = stableJson(familySchema(family));
  files[join("schema", "api-response.schema.json")] = stableJson(apiResponseSchema(catalog));
  files[join("schema", "resolved-catalog.schema.json")] = stableJson(resolvedCatalogSchema(catalog));
  return files;
}
