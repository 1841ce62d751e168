import type Ajv2020 from "ajv/dist/2020.js";
import type { ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import { existsSync, readFileSync } from "node:fs";
import { cacheFile, packageVersion, requireLazily, writeCache } from "../memo.js";
import type standaloneCode from "ajv/dist/standalone/index.js";
import { closest } from "../../src/text.js";
import type { Diagnostic } from "./diagnostics.js";
import type { ParsedFile, PathSegment } from "./parse.js";

let validator: ValidateFunction | undefined;

/**
 * The catalog schema's validator. Compiling it costs ~120 ms of every build, so the compiled code is
 * kept in the build cache, keyed by the schema's bytes and ajv's version, and required from there.
 */
function compile(schemaPath: string): ValidateFunction {
  if (validator) return validator;
  const text = readFileSync(schemaPath, "utf8");
  const cached = cacheFile("catalog-schema", [text, packageVersion("ajv")], ".cjs");
  if (existsSync(cached)) {
    try {
      return (validator = requireLazily(cached) as ValidateFunction);
    } catch {
      // A damaged cache entry: compile afresh below.
    }
  }
  // ajv itself is loaded only here, on a cache miss.
  const Ajv = requireLazily("ajv/dist/2020.js") as typeof Ajv2020;
  const standalone = requireLazily("ajv/dist/standalone/index.js") as typeof standaloneCode;
  const ajv = new Ajv.default({ strict: true, allErrors: true, verbose: true, code: { source: true } });
  validator = ajv.compile(JSON.parse(text));
  writeCache(cached, standalone.default(ajv, validator));
  return validator;
}

function pathOf(instancePath: string): PathSegment[] {
  if (instancePath === "") return [];
  return instancePath
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** "codes[3] (TrafficLeak).retry" — a path a person can find in the file. */
export function describePath(data: unknown, path: readonly PathSegment[]): string {
  let out = "";
  let node: unknown = data;
  for (const segment of path) {
    if (typeof segment === "number") {
      out += `[${segment}]`;
      node = Array.isArray(node) ? node[segment] : undefined;
      const name = node && typeof node === "object" ? ((node as Record<string, unknown>).name ?? (node as Record<string, unknown>).id) : undefined;
      if (typeof name === "string") out += ` (${name})`;
    } else {
      out += out === "" ? segment : `.${segment}`;
      node = node && typeof node === "object" ? (node as Record<string, unknown>)[segment] : undefined;
    }
  }
  return out === "" ? "document" : out;
}

function messageFor(error: ErrorObject, data: unknown, path: PathSegment[]): { message: string; key?: boolean; path: PathSegment[] } {
  const where = describePath(data, path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return { path, message: `${where}: missing required field "${String(params.missingProperty)}"` };
    case "additionalProperties": {
      const field = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object })?.properties ?? {});
      const hint = closest(field, allowed, Math.max(2, Math.floor(field.length / 3)));
      return {
        path: [...path, field],
        key: true,
        message: `${where}: unknown field "${field}"${hint ? ` (did you mean "${hint}"?)` : ""}`,
      };
    }
    case "false schema": {
      const field = path[path.length - 1];
      return { path, key: true, message: `${where}: field "${String(field)}" is not allowed here` + (field === "value" ? " (this family's valueKind is 'name': the value is the name itself)" : "") };
    }
    case "enum":
      return { path, message: `${where}: must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}` };
    case "type":
      return { path, message: `${where}: must be ${String(params.type)}, not ${describeType(valueAt(data, path))}` };
    default:
      return { path, message: `${where}: ${error.message ?? error.keyword}` };
  }
}

function valueAt(data: unknown, path: PathSegment[]): unknown {
  let node: unknown = data;
  for (const s of path) node = node && typeof node === "object" ? (node as Record<string | number, unknown>)[s] : undefined;
  return node;
}

function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "number" && !Number.isInteger(value)) return `the number ${value}`;
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** First pass: the file's shape against schema/catalog.schema.json, every error at once. */
export function schemaPass(parsed: ParsedFile, schemaPath: string): Diagnostic[] {
  const validate = compile(schemaPath);
  if (validate(parsed.data)) return [];
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const error of validate.errors ?? []) {
    // if/then/else only repeat what the branch's own errors already say.
    if (error.keyword === "if") continue;
    const { message, key, path } = messageFor(error, parsed.data, pathOf(error.instancePath));
    const { line, col } = parsed.locate(path, { key });
    const id = `${line}:${col}:${message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ file: parsed.file, line, col, message });
  }
  return out;
}
