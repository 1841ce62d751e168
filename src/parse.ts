import type { CodeEntry } from "../generated/ts/catalog-types.js";
import { restCodeByValue, type RestCode } from "../generated/ts/roles.js";
import { detailsErrors } from "../generated/ts/api-response.validate.js";
import { firstHeaderElement, type HeadersLike } from "./headers.js";
import { describeError, readBodyText } from "./body.js";

/** A response already read: the body as text, or as a value something else has parsed. */
export interface RawResponse {
  status: number;
  headers?: HeadersLike;
  body?: unknown;
}

/**
 * A fetch Response of any implementation (global fetch, the undici package, node-fetch, a polyfill,
 * another realm): recognised by its shape, never by `instanceof`.
 */
export interface ResponseLike {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
  clone?(): unknown;
  readonly body?: unknown;
}

/** The envelope said success. `T` is what the caller's type parameter or `validateData` says `data` is. */
export interface ApiSuccessResult<T = unknown> {
  kind: "success";
  status: number;
  data: T;
  requestId?: string;
}

/** The envelope said failure: the API's own error. */
export interface ApiErrorResult {
  kind: "api-error";
  status: number;
  /** A code of the REST family, or the raw string when the catalog does not know the code yet. */
  code: RestCode | (string & {});
  message: string;
  /** The error's details when they are an object, whether or not they have the documented shape. */
  details?: Record<string, unknown>;
  /** For a known code with details: whether they have the shape the catalog documents for it. */
  detailsMatch?: boolean;
  /** When detailsMatch is false: what differs, for logs. */
  detailsProblems?: string[];
  requestId?: string;
  /** The catalog entry, when the code is known. */
  entry?: CodeEntry;
}

export type InvalidReason = "empty" | "not-json" | "wrong-shape" | "too-large" | "unreadable";

/** The body is not the envelope: plain text or HTML from a proxy, empty, broken JSON, the wrong shape, too large, or unreadable. */
export interface InvalidResponseResult {
  kind: "invalid-response";
  status: number;
  reason: InvalidReason;
  /** One line on what was wrong, for logs. */
  detail: string;
  /** The first 200 characters of a text body, for logs. */
  bodyPreview?: string;
  requestId?: string;
}

export type ParsedResponse<T = unknown> = ApiSuccessResult<T> | ApiErrorResult | InvalidResponseResult;

export interface ParseOptions<T = unknown> {
  /**
   * Checks a success's `data` (a type guard types it): data it rejects, or a validator that throws, gives
   * `invalid-response` with reason `wrong-shape` rather than a success with the wrong data.
   */
  validateData?: ((data: unknown) => data is T) | ((data: unknown) => boolean) | undefined;
  /**
   * Bodies longer than this many characters are not parsed. Default 1 MiB. A Response's body is read
   * as a stream and reading stops (the stream is cancelled) as soon as the limit is passed.
   */
  maxBodyLength?: number;
  /**
   * How long a Response's body may take to arrive, in ms. Default 30 s (a stalled body gives
   * `unreadable`, not a hang); `Infinity` waits for ever.
   */
  timeoutMs?: number;
  /** Aborting stops reading a Response's body with `unreadable`. */
  signal?: AbortSignal;
}

export const DEFAULT_MAX_BODY_LENGTH = 1024 * 1024;
export const DEFAULT_BODY_TIMEOUT_MS = 30_000;
const NO_BODY_STATUSES = new Set([204, 205, 304]);

interface Limits {
  maxBodyLength: number;
  timeoutMs: number;
  signal: AbortSignal | undefined;
}

const DEFAULT_LIMITS: Limits = Object.freeze({ maxBodyLength: DEFAULT_MAX_BODY_LENGTH, timeoutMs: DEFAULT_BODY_TIMEOUT_MS, signal: undefined });

/** Options as given, made safe: a garbage option falls back to its default. */
function limitsOf(options: unknown): Limits {
  // The common call passes none: nothing to read, nothing to allocate.
  if (options === undefined) return DEFAULT_LIMITS;
  let maxBodyLength: unknown;
  let timeoutMs: unknown;
  let signal: unknown;
  try {
    if (options && typeof options === "object") ({ maxBodyLength, timeoutMs, signal } = options as ParseOptions);
  } catch {
    // A hostile options object: use the defaults.
  }
  let isSignal = false;
  try {
    isSignal = !!signal && typeof signal === "object" && typeof (signal as AbortSignal).aborted === "boolean" && typeof (signal as AbortSignal).addEventListener === "function";
  } catch {
    isSignal = false;
  }
  return {
    maxBodyLength: typeof maxBodyLength === "number" && maxBodyLength >= 0 && !Number.isNaN(maxBodyLength) ? maxBodyLength : DEFAULT_MAX_BODY_LENGTH,
    timeoutMs: typeof timeoutMs === "number" && timeoutMs > 0 ? timeoutMs : DEFAULT_BODY_TIMEOUT_MS,
    signal: isSignal ? (signal as AbortSignal) : undefined,
  };
}

/** The status and headers of a Response-like input, or undefined when it is not one. Never throws. */
export function responseLikeParts(input: unknown): { status: number; headers: ResponseLike["headers"] } | undefined {
  try {
    if (input === null || (typeof input !== "object" && typeof input !== "function")) return undefined;
    const r = input as ResponseLike;
    if (typeof r.text !== "function") return undefined;
    const status = r.status;
    const headers = r.headers;
    if (typeof status !== "number" || !headers || typeof headers !== "object" || typeof headers.get !== "function") return undefined;
    return { status, headers };
  } catch {
    return undefined;
  }
}

function statusOf(value: unknown): number {
  return typeof value === "number" && Number.isInteger(value) ? value : 0;
}

/**
 * Reads an OrbVPN response into a typed result. Never throws and never rejects, whatever the input.
 * A Response (any fetch implementation) gives a Promise: its body is read from a clone, so the caller
 * can still read it (a Response-like without clone() is read itself), with `maxBodyLength` and `timeoutMs` (default 30 s) bounding the read. An
 * already-read {status, headers, body} gives the result directly.
 */
export function parseApiResponse<T = unknown>(input: ResponseLike, options?: ParseOptions<T>): Promise<ParsedResponse<T>>;
export function parseApiResponse<T = unknown>(input: RawResponse, options?: ParseOptions<T>): ParsedResponse<T>;
export function parseApiResponse<T = unknown>(input: ResponseLike | RawResponse, options?: ParseOptions<T>): ParsedResponse<T> | Promise<ParsedResponse<T>> {
  const limits = limitsOf(options);
  const validateData = dataValidator(options);
  const parts = responseLikeParts(input);
  if (parts) {
    const pending = parseResponseLike(input as ResponseLike, parts.status, parts.headers, limits);
    return validateData ? pending.then((result) => checkData<T>(result, validateData)) : (pending as Promise<ParsedResponse<T>>);
  }
  const result = parseRaw(input, limits);
  return validateData ? checkData<T>(result, validateData) : (result as ParsedResponse<T>);
}

function dataValidator(options: unknown): ((data: unknown) => unknown) | undefined {
  try {
    const validate = (options as ParseOptions | undefined)?.validateData;
    return typeof validate === "function" ? validate : undefined;
  } catch {
    return undefined;
  }
}

/** A success whose data the caller's validator accepts; any other success is the wrong shape. */
function checkData<T>(result: ParsedResponse, validate: (data: unknown) => unknown): ParsedResponse<T> {
  if (result.kind !== "success") return result;
  let accepted = false;
  let why = "validateData rejected the data";
  try {
    accepted = validate(result.data) === true;
  } catch (error) {
    why = `validateData threw: ${describeError(error)}`;
  }
  return accepted ? (result as ApiSuccessResult<T>) : invalid(result.status, result.requestId, "wrong-shape", why);
}

async function parseResponseLike(input: ResponseLike, rawStatus: number, headers: ResponseLike["headers"], limits: Limits): Promise<ParsedResponse> {
  const status = statusOf(rawStatus);
  const requestId = firstHeaderElement(headers, "x-request-id");
  try {
    const read = await readBodyText(input, limits);
    if (read.kind === "text") return parseRaw({ status, headers, body: read.text }, limits);
    if (read.kind === "too-large") {
      return invalid(status, requestId, "too-large", `the body is longer than the limit of ${limits.maxBodyLength} characters (reading stopped there)`, read.preview);
    }
    return invalid(status, requestId, "unreadable", `the body cannot be read: ${read.detail}`);
  } catch (error) {
    return invalid(status, requestId, "unreadable", `the body cannot be read: ${describeError(error)}`);
  }
}

function parseRaw(input: unknown, limits: Limits): ParsedResponse {
  let status = 0;
  let requestId: string | undefined;
  try {
    status = statusOf((input as RawResponse | undefined)?.status);
  } catch {
    // A throwing status getter: status 0, as for any input without a status.
  }
  let headers: unknown;
  try {
    headers = (input as RawResponse | undefined)?.headers;
  } catch {
    // A throwing headers getter reads as no headers.
  }
  requestId = firstHeaderElement(headers as HeadersLike, "x-request-id");
  try {
    return parseBody(status, requestId, (input as RawResponse | undefined)?.body, limits.maxBodyLength);
  } catch (error) {
    // A body getter, proxy or toString that throws.
    return invalid(status, requestId, "unreadable", `the response cannot be read: ${describeError(error)}`);
  }
}

/** Whether a string is empty or only whitespace (the set trim() removes), found without copying it. */
const blank = (text: string) => !/\S/.test(text);

function parseBody(status: number, requestId: string | undefined, body: unknown, limit: number): ParsedResponse {
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

function invalid(status: number, requestId: string | undefined, reason: InvalidReason, detail: string, text?: string): InvalidResponseResult {
  return {
    kind: "invalid-response",
    status,
    reason,
    detail,
    ...(text !== undefined ? { bodyPreview: text.slice(0, 200) } : {}),
    ...(requestId ? { requestId } : {}),
  };
}

// Symbol.for: one key in every copy of this module, so the ESM and the CJS build recognise each other's errors.
const API_ERROR = Symbol.for("vpn-error-codes.ApiError");

/** An API error as an exception, for code that prefers throw to a result. */
export class ApiError extends Error {
  /**
   * Whether `value` is an ApiError from any copy of this package (its ESM or CJS build, two installed
   * versions), where `instanceof` sees only one. Never throws.
   */
  static is(value: unknown): value is ApiError {
    try {
      return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[API_ERROR] === true;
    } catch {
      return false;
    }
  }

  override readonly name = "ApiError";
  readonly status: number;
  readonly code: RestCode | (string & {});
  readonly details?: Record<string, unknown>;
  readonly requestId?: string;
  readonly entry?: CodeEntry;

  constructor(result: ApiErrorResult) {
    super(result.message);
    Object.defineProperty(this, API_ERROR, { value: true });
    this.status = result.status;
    this.code = result.code;
    if (result.details) this.details = result.details;
    if (result.requestId) this.requestId = result.requestId;
    if (result.entry) this.entry = result.entry;
  }

  /** Whether a retry can help, from the catalog; false for a code it does not know. */
  get retryable(): boolean {
    return this.entry?.retryable ?? false;
  }
}
