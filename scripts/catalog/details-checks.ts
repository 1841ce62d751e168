// What every language's envelope decoder checks beyond the envelope's core, derived once from the model
// and the envelope schema: each known code's details shape, the pattern of a code the catalog does not
// know, and the two string formats those shapes use. Each language renders this data.
import type { Model } from "./model.js";

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
  throw new Error(`${where}: ${what}; every language's decoder checks only what scripts/catalog/details-checks.ts knows`);
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

/**
 * The pattern a code the catalog does not know must match: the REST family's own namePattern, which the
 * envelope schema's ErrorCode also carries, so that a decoder accepts exactly the codes ajv accepts.
 */
export function unknownCodePattern(model: Model): string {
  return model.restFamily.namePattern;
}

/**
 * RFC 3339's date-time, as the JVM decoders and ajv-formats read it: the groups are year, month, day,
 * hour, minute, second, offset sign, offset hour and offset minute, which the decoder range-checks.
 * [0-9], not \d, which is any Unicode digit in Python and Rust.
 */
export const DATE_TIME_PATTERN = "([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\\.[0-9]+)?(?:[Zz]|([+-])([0-9]{2}):([0-9]{2}))";

/** A uri is a scheme, a colon and then none of these: JavaScript's white space and the characters RFC 3986 never allows. */
export const URI_FORBIDDEN: readonly number[] = [
  ...[0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff],
  ...Array.from({ length: 11 }, (_, i) => 0x2000 + i),
  ...[...'<>"{}|\\^`'].map((c) => c.codePointAt(0)!),
].sort((a, b) => a - b);

/** A uri's scheme, before its colon. */
export const URI_SCHEME_PATTERN = "[A-Za-z][A-Za-z0-9+.-]*";
