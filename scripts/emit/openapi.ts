// generated/openapi/errors.yaml: the catalog as an OpenAPI 3.1 document that an API team can $ref, with
// no paths of its own. components.schemas holds the four families (with the member-name and description
// keywords openapi-generator reads), the envelope in its codegen form with each documented details shape,
// components.responses one reusable response per HTTP status of the page, and components.headers the
// rate-limit headers of the retry policy. Every schema is the JSON Schema emitter's, with its $defs
// references pointed at components.schemas, so the two documents cannot disagree.
import { stringify } from "yaml";
import type { Model } from "../catalog/model.js";
import { generatedBy } from "./header.js";
import { apiResponseSchema, detailsName, familySchema } from "./json-schema.js";

export const OPENAPI_PATH = "openapi/errors.yaml";
const COMPONENT = "#/components/schemas/";

type Json = unknown;

function withComponentRefs(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(withComponentRefs);
  if (!schema || typeof schema !== "object") return schema;
  return Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, key === "$ref" && typeof value === "string" ? value.replace(/^#\/\$defs\//, COMPONENT) : withComponentRefs(value)]));
}

export function openApiDocument(catalog: Model): Record<string, unknown> {
  const { $defs, $schema: _s, $id: _i, $comment: _c, title: _t, ...envelope } = apiResponseSchema(catalog, "codegen");
  const schemas: Record<string, unknown> = {};
  for (const family of catalog.families) {
    const { $schema: _fs, $id: _fi, $comment: _fc, ...schema } = familySchema(family, catalog.package);
    schemas[family.name] = schema;
  }
  schemas.ApiResponse = { title: "ApiResponse", ...(withComponentRefs(envelope) as object) };
  for (const [name, schema] of Object.entries($defs as Record<string, Json>)) if (!(name in schemas)) schemas[name] = withComponentRefs(schema);

  const policy = catalog.retryPolicy;
  const rateLimit = policy.rateLimit;
  const headers = {
    RetryAfter: {
      description: "RFC 9110 §10.2.3: seconds to wait (1*DIGIT) or an HTTP-date. Honour it before the rate-limit headers.",
      schema: { type: "string" },
    },
    RateLimitLimit: { description: "Requests the current window allows.", schema: { type: "integer", minimum: 0 } },
    RateLimitRemaining: { description: "Requests left in the current window.", schema: { type: "integer", minimum: 0 } },
    RateLimitReset: {
      description: `When the window resets, in ${rateLimit.resetUnit === "unix-seconds" ? "Unix seconds" : rateLimit.resetUnit}; a value of ${rateLimit.resetMillisecondsFrom ?? "10^12"} or more is Unix milliseconds, as some proxies send.`,
      schema: { type: "integer", minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
    },
  };
  const headerRefs: Record<string, string> = {
    [rateLimit.retryAfterHeader]: "RetryAfter",
    [rateLimit.limitHeader]: "RateLimitLimit",
    [rateLimit.remainingHeader]: "RateLimitRemaining",
    [rateLimit.resetHeader]: "RateLimitReset",
  };

  const statusFamily = catalog.families.find((f) => f.role === "http-status");
  const responses: Record<string, unknown> = {};
  for (const status of statusFamily?.codes ?? []) {
    const value = status.value as number;
    const codes = catalog.restFamily.codes.filter((c) => c.httpStatus === value);
    const text = catalog.statusText.get(value) ?? String(value);
    const lines = [`${text}. ${status.description}`, `Retry: ${status.derived.doc.retry}.`];
    if (codes.length > 0) {
      lines.push("", `error.code is one of: ${codes.map((c) => c.name).join(", ")} (or a code this catalog does not know yet).`);
      for (const c of codes.filter((c) => c.details)) lines.push(`${c.name} carries details of the shape ${COMPONENT}${detailsName(c.name)}.`);
    }
    const response: Record<string, unknown> = { description: lines.join("\n") };
    // 429 carries the rate-limit headers; any other status the policy retries may carry Retry-After.
    const headerNames = value === 429 ? Object.keys(headerRefs) : policy.statuses.retryable.includes(value) ? [rateLimit.retryAfterHeader] : [];
    if (headerNames.length > 0) response.headers = Object.fromEntries(headerNames.map((h) => [h, { $ref: `#/components/headers/${headerRefs[h]}` }]));
    if (value === 204) {
      // No Content has no body.
    } else if (value < 400) {
      response.content = { "application/json": { schema: { $ref: `${COMPONENT}ApiSuccess` } } };
    } else {
      response.content = {
        "application/json": {
          schema: { $ref: `${COMPONENT}ApiFailure` },
          ...(codes.length > 0
            ? {
                examples: Object.fromEntries(codes.map((c) => [c.name, { summary: c.derived.summary, value: { success: false, error: { code: c.name, message: c.description } } }])),
              }
            : {}),
        },
      };
    }
    // Keyed by the http-status member's name: components/responses/TooManyRequests.
    responses[status.name] = response;
  }

  return {
    openapi: "3.1.0",
    info: {
      title: `${catalog.package.name}: OrbVPN API errors`,
      version: catalog.package.version,
      summary: "The OrbVPN API's response envelope, error codes and per-status responses, for $ref from an API description.",
      description: [
        catalog.package.description,
        "",
        "This document has no paths: reference its components from yours, for example",
        "`$ref: 'errors.yaml#/components/responses/Unauthorized'`.",
        "The schemas are the generation-friendly forms of generated/schema/ (no if/then); validate payloads with generated/schema/api-response.schema.json.",
      ].join("\n"),
      license: { name: catalog.package.license, identifier: catalog.package.license },
    },
    externalDocs: { description: "The package's repository", url: catalog.package.repository },
    paths: {},
    components: { schemas, responses, headers },
  };
}

export function emitOpenApi(catalog: Model): Record<string, string> {
  const body = stringify(openApiDocument(catalog), { lineWidth: 0, aliasDuplicateObjects: false });
  return { [OPENAPI_PATH]: `# ${generatedBy("scripts/emit/openapi.ts")}\n${body}` };
}
