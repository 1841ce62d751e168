// What the Java, Kotlin and C# decision functions and envelope decoders read from the model besides
// decision-policy.ts's numbers: the strategies and the contract's words as enum constants, the envelope's
// pattern for codes the catalog does not know, and each code's details shape as a list of checks. Each
// language renders this data; the logic that uses it mirrors src/retry.ts and src/parse.ts.
import { STRATEGY_TEXT, type Model, type RetryStrategy } from "../../../catalog/model.js";
import { apiResponseSchema } from "../../json-schema.js";

export { FAILING_STRATEGIES, decisionPolicy } from "./decision-policy.js";

/** The strategies in the catalog's order, with the constant name a C-family enum gives each. */
export function strategies(): Array<{ wire: RetryStrategy; constant: string }> {
  return (Object.keys(STRATEGY_TEXT) as RetryStrategy[]).map((wire) => ({ wire, constant: constantName(wire) }));
}

/** "wait-for-window" -> "WAIT_FOR_WINDOW". */
export function constantName(wire: string): string {
  return wire.replace(/-/g, "_").toUpperCase();
}

/** "wait-for-window" -> "WaitForWindow". */
export function pascalName(wire: string): string {
  return wire.replace(/(^|-)([a-z])/g, (_, __, ch: string) => ch.toUpperCase());
}

/**
 * The reasons a decision fails for, as src/retry.ts's FailReason spells them. They are the contract's
 * words (the decision vectors print them), not catalog facts.
 */
export const FAIL_REASONS = ["not-an-error", "not-retryable", "attempts-exhausted", "refresh-already-tried", "wait-too-long", "invalid-attempt"] as const;

/** What set a retry's delay, as src/retry.ts's RetryDecision spells it. */
export const RETRY_BASES = ["backoff", "retry-after", "rate-limit-reset"] as const;

export type JsonType = "string" | "integer" | "number" | "boolean" | "array" | "object";
export type StringFormat = "date-time" | "uri";

/** One property of a details shape, as the envelope schema constrains it. */
export interface FieldCheck {
  name: string;
  type?: JsonType;
  minimum?: number;
  format?: StringFormat;
  /** For an array: its items' type. */
  items?: JsonType;
}

export interface DetailsCheck {
  /** The REST code whose details these are. */
  code: string;
  required: string[];
  fields: FieldCheck[];
}

const SCHEMA_WORDS = new Set(["type", "description", "minimum", "format", "items", "title"]);
const TYPES = new Set<string>(["string", "integer", "number", "boolean", "array", "object"]);
const FORMATS = new Set<string>(["date-time", "uri"]);

function fail(where: string, what: string): never {
  throw new Error(`${where}: ${what}; the Java, Kotlin and C# decoders check only what scripts/emit/languages/shared/jvm-policy.ts knows`);
}

function jsonType(value: unknown, where: string): JsonType {
  if (typeof value !== "string" || !TYPES.has(value)) fail(where, `type ${JSON.stringify(value)}`);
  return value as JsonType;
}

/**
 * Each detailed REST code's details schema as checks. A schema keyword the decoders do not implement
 * fails the build here, so that a catalog change cannot make them accept what the JSON Schema rejects.
 */
export function detailsChecks(model: Model): DetailsCheck[] {
  return model.restFamily.codes
    .filter((c) => c.details)
    .map((c) => {
      const schema = c.details!.schema as { type?: unknown; required?: unknown; properties?: Record<string, Record<string, unknown>> } & Record<string, unknown>;
      const where = `${model.restFamily.name}.${c.name} details`;
      for (const key of Object.keys(schema)) if (!["type", "required", "properties", "description", "title"].includes(key)) fail(where, `keyword ${key}`);
      if (schema.type !== undefined && schema.type !== "object") fail(where, `type ${JSON.stringify(schema.type)}`);
      const fields = Object.entries(schema.properties ?? {}).map(([name, prop]): FieldCheck => {
        const at = `${where}.${name}`;
        for (const key of Object.keys(prop)) if (!SCHEMA_WORDS.has(key)) fail(at, `keyword ${key}`);
        const field: FieldCheck = { name };
        if (prop.type !== undefined) field.type = jsonType(prop.type, at);
        if (prop.minimum !== undefined) {
          if (typeof prop.minimum !== "number") fail(at, "a minimum that is not a number");
          field.minimum = prop.minimum;
        }
        if (prop.format !== undefined) {
          if (typeof prop.format !== "string" || !FORMATS.has(prop.format)) fail(at, `format ${JSON.stringify(prop.format)}`);
          field.format = prop.format as StringFormat;
        }
        if (prop.items !== undefined) {
          const items = prop.items as Record<string, unknown>;
          for (const key of Object.keys(items)) if (!SCHEMA_WORDS.has(key) || key === "items" || key === "format" || key === "minimum") fail(`${at}[]`, `keyword ${key}`);
          field.items = jsonType(items.type, `${at}[]`);
        }
        return field;
      });
      const required = Array.isArray(schema.required) ? schema.required.map(String) : [];
      return { code: String(c.value), required, fields };
    });
}

/** The pattern a code the catalog does not know must match, from the envelope schema's ErrorCode. */
export function unknownCodePattern(model: Model): string {
  const errorCode = (apiResponseSchema(model) as { $defs: Record<string, { anyOf?: Array<{ pattern?: string }> }> }).$defs.ErrorCode;
  const pattern = errorCode?.anyOf?.find((s) => s.pattern !== undefined)?.pattern;
  if (pattern === undefined) throw new Error("the envelope schema's ErrorCode has no pattern for unknown codes");
  return pattern;
}
