// From a body's text, or a value something else has parsed, to the typed result: JSON, then the envelope's
// core, then the details against the shape the catalog documents for the code.
import { detailsErrors } from "../../generated/ts/api-response.validate.js";
import { restCodeByValue } from "../../generated/ts/roles.js";
import { describeError } from "../body/read.js";
import { invalid, type ApiErrorResult, type ParsedResponse } from "./result.js";

const NO_BODY_STATUSES = new Set([204, 205, 304]);

/** Whether a string is empty or only whitespace (the set trim() removes), found without copying it. */
const blank = (text: string) => !/\S/.test(text);

/** A body already read (text, or a value something else has parsed) as a typed result; `limit` bounds text, in characters. */
export function parseBody(status: number, requestId: string | undefined, body: unknown, limit: number): ParsedResponse {
  if (body === undefined || body === null || (typeof body === "string" && blank(body))) {
    if (NO_BODY_STATUSES.has(status)) return { kind: "success", status, data: undefined, ...(requestId ? { requestId } : {}) };
    return invalid(status, requestId, "empty", "the body is empty");
  }
  if (typeof body === "string") {
    if (body.length > limit) return invalid(status, requestId, "too-large", `the body has ${body.length} characters; the limit is ${limit}`, body);
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch {
      const looksHtml = /^\s*</.test(body);
      return invalid(status, requestId, "not-json", looksHtml ? "the body is HTML, not JSON (a proxy or gateway page?)" : "the body is not valid JSON", body);
    }
    // JSON.parse gives plain data: no accessor or proxy, so its properties are read directly.
    return fromEnvelope(status, requestId, data, true);
  } else if (ArrayBuffer.isView(body) || Object.prototype.toString.call(body) === "[object ArrayBuffer]") {
    return invalid(status, requestId, "not-json", "the body is binary; pass it as text");
  }
  return fromEnvelope(status, requestId, body, false);
}

/** What own() gives for a property that is not there. */
const ABSENT: unique symbol = Symbol("absent");
const hasOwn = Object.prototype.hasOwnProperty;

/**
 * An own property's value, or ABSENT: a prototype's `success` or `data` is not the envelope's. Of plain
 * data (JSON.parse's) the value is read directly; otherwise an accessor is called once and its value
 * used for every check, so a later read cannot differ. Throws as a hostile object does.
 */
function own(object: object, key: string, plain: boolean): unknown {
  if (plain) return hasOwn.call(object, key) ? (object as Record<string, unknown>)[key] : ABSENT;
  const descriptor = Object.getOwnPropertyDescriptor(object, key);
  if (!descriptor) return ABSENT;
  return "value" in descriptor ? descriptor.value : descriptor.get?.call(object);
}

/** Array.isArray throws on a revoked proxy; such a value is no array, and no usable object either. */
function safeIsArray(value: unknown): boolean | undefined {
  try {
    return Array.isArray(value);
  } catch {
    return undefined;
  }
}

const isObject = (value: unknown): value is object => typeof value === "object" && value !== null && safeIsArray(value) === false;

/**
 * The envelope's core decides the kind: `success`, then `data`, or `error.code` and `error.message`.
 * The shape of `details` never does; it is checked apart and reported as detailsMatch.
 */
function fromEnvelope(status: number, requestId: string | undefined, body: unknown, plain: boolean): ParsedResponse {
  const wrong = (problem: string) => invalid(status, requestId, "wrong-shape", `not the OrbVPN envelope: ${problem}`);
  if (typeof body === "object" && body !== null && safeIsArray(body) === undefined) return invalid(status, requestId, "unreadable", "the body cannot be read (a revoked proxy?)");
  if (!isObject(body)) return wrong(`the body must be an object, not ${body === null ? "null" : safeIsArray(body) ? "an array" : typeof body}`);
  const success = own(body, "success", plain);
  if (success === ABSENT) return wrong("the body must have required property 'success'");
  if (typeof success !== "boolean") return wrong("/success must be a boolean");
  if (success) {
    const data = own(body, "data", plain);
    if (data === ABSENT) return wrong("the body must have required property 'data'");
    return requestId ? { kind: "success", status, requestId, data } : { kind: "success", status, data };
  }
  const error = own(body, "error", plain);
  if (error === ABSENT) return wrong("the body must have required property 'error'");
  if (!isObject(error)) return wrong("/error must be an object");
  const code = own(error, "code", plain);
  if (code === ABSENT) return wrong("/error must have required property 'code'");
  if (typeof code !== "string") return wrong("/error/code must be a string");
  const message = own(error, "message", plain);
  if (message === ABSENT) return wrong("/error must have required property 'message'");
  if (typeof message !== "string") return wrong("/error/message must be a string");

  const entry = restCodeByValue(code);
  const details = own(error, "details", plain);
  const result: ApiErrorResult = requestId ? { kind: "api-error", status, requestId, code, message } : { kind: "api-error", status, code, message };
  // null details are "no details", as a server that always sends the key means it.
  if (details !== ABSENT && details !== undefined && details !== null) {
    if (isObject(details)) result.details = details as Record<string, unknown>;
    if (entry) {
      const problems = detailsProblems(code, details);
      result.detailsMatch = problems.length === 0;
      if (problems.length > 0) result.detailsProblems = problems;
    }
  }
  if (entry) result.entry = entry;
  return result;
}

/** What differs between `details` and the shape the catalog documents for `code`; [] when nothing does. */
function detailsProblems(code: string, details: unknown): string[] {
  try {
    // The generated validator checks the details alone, against the envelope's rule for them and the code's shape.
    const errors = detailsErrors(code, details);
    if (errors === null) return [];
    const shown = errors.map((e) => `${e.instancePath.replace(/^\/error/, "") || "/"} ${e.message ?? "is invalid"}`.trim());
    return shown.length > 0 ? shown : ["the details do not match"];
  } catch (error) {
    return [`the details cannot be checked: ${describeError(error)}`];
  }
}
