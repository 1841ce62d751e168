import type { CodeEntry } from "../generated/ts/catalog-types.js";
import type { RestErrorCode } from "../generated/ts/rest-error-code.js";
import { restErrorCodeByValue } from "../generated/ts/rest-error-code.table.js";
import { validate } from "../generated/ts/api-response.validate.js";
import { header, type HeadersLike } from "./headers.js";

/** A response already read: the body as text, or as a value something else has parsed. */
export interface RawResponse {
  status: number;
  headers?: HeadersLike;
  body?: unknown;
}

/** The envelope said success. */
export interface ApiSuccessResult {
  kind: "success";
  status: number;
  data: unknown;
  requestId?: string;
}

/** The envelope said failure: the API's own error. */
export interface ApiErrorResult {
  kind: "api-error";
  status: number;
  /** A RestErrorCode, or the raw string when the catalog does not know the code yet. */
  code: RestErrorCode | (string & {});
  message: string;
  details?: Record<string, unknown>;
  requestId?: string;
  /** The catalog entry, when the code is known. */
  entry?: CodeEntry;
}

export type InvalidReason = "empty" | "not-json" | "wrong-shape" | "too-large" | "unreadable";

/** The body is not the envelope: plain text or HTML from a proxy, empty, broken JSON, the wrong shape, or too large. */
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

export type ParsedResponse = ApiSuccessResult | ApiErrorResult | InvalidResponseResult;

export interface ParseOptions {
  /** Bodies longer than this many characters are not parsed. Default 1 MiB. */
  maxBodyLength?: number;
}

export const DEFAULT_MAX_BODY_LENGTH = 1024 * 1024;
const NO_BODY_STATUSES = new Set([204, 205, 304]);

function isResponse(input: unknown): input is Response {
  return typeof Response !== "undefined" && input instanceof Response;
}

/**
 * Reads an OrbVPN response into a typed result. Never throws and never rejects, whatever the input.
 * A fetch Response gives a Promise (its body is read from a clone, so the caller can still read it);
 * an already-read {status, headers, body} gives the result directly.
 */
export function parseApiResponse(input: Response, options?: ParseOptions): Promise<ParsedResponse>;
export function parseApiResponse(input: RawResponse, options?: ParseOptions): ParsedResponse;
export function parseApiResponse(input: Response | RawResponse, options: ParseOptions = {}): ParsedResponse | Promise<ParsedResponse> {
  if (isResponse(input)) {
    const { status, headers } = input;
    let clone: Response;
    try {
      clone = input.clone();
    } catch (error) {
      return Promise.resolve(invalid(status, header(headers, "x-request-id"), "unreadable", `the body cannot be read: ${describeError(error)}`));
    }
    return clone.text().then(
      (body) => parseRaw({ status, headers, body }, options),
      (error: unknown) => invalid(status, header(headers, "x-request-id"), "unreadable", `the body cannot be read: ${describeError(error)}`),
    );
  }
  return parseRaw(input, options);
}

function parseRaw(input: RawResponse, options: ParseOptions): ParsedResponse {
  let status = 0;
  let requestId: string | undefined;
  let body: unknown;
  try {
    status = typeof input?.status === "number" && Number.isInteger(input.status) ? input.status : 0;
    requestId = header(input?.headers, "x-request-id");
    body = input?.body;
  } catch (error) {
    return invalid(status, requestId, "unreadable", `the response cannot be read: ${describeError(error)}`);
  }
  const limit = options.maxBodyLength ?? DEFAULT_MAX_BODY_LENGTH;

  if (body === undefined || body === null || body === "" || (typeof body === "string" && body.trim() === "")) {
    if (NO_BODY_STATUSES.has(status)) return { kind: "success", status, data: undefined, ...(requestId ? { requestId } : {}) };
    return invalid(status, requestId, "empty", "the body is empty");
  }
  if (typeof body === "string") {
    if (body.length > limit) return invalid(status, requestId, "too-large", `the body has ${body.length} characters; the limit is ${limit}`, body);
    try {
      body = JSON.parse(body);
    } catch {
      const looksHtml = /^\s*</.test(body as string);
      return invalid(status, requestId, "not-json", looksHtml ? "the body is HTML, not JSON (a proxy or gateway page?)" : "the body is not valid JSON", body as string);
    }
  } else if (body instanceof Uint8Array || body instanceof ArrayBuffer) {
    return invalid(status, requestId, "not-json", "the body is binary; pass it as text");
  }

  let valid: boolean;
  try {
    valid = validate(body);
  } catch (error) {
    return invalid(status, requestId, "wrong-shape", `the body cannot be validated: ${describeError(error)}`);
  }
  if (!valid) {
    const first = validate.errors?.[0];
    const where = first?.instancePath || "the body";
    return invalid(status, requestId, "wrong-shape", `not the OrbVPN envelope: ${where} ${first?.message ?? "is invalid"}`);
  }
  const envelope = body as { success: true; data: unknown } | { success: false; error: { code: string; message: string; details?: Record<string, unknown> } };
  const base = { status, ...(requestId ? { requestId } : {}) };
  if (envelope.success) return { kind: "success", ...base, data: envelope.data };
  const { code, message, details } = envelope.error;
  const entry = restErrorCodeByValue(code);
  return { kind: "api-error", ...base, code, message, ...(details ? { details } : {}), ...(entry ? { entry } : {}) };
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

function describeError(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return "unknown error";
  }
}

/** An API error as an exception, for code that prefers throw to a result. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  readonly status: number;
  readonly code: RestErrorCode | (string & {});
  readonly details?: Record<string, unknown>;
  readonly requestId?: string;
  readonly entry?: CodeEntry;

  constructor(result: ApiErrorResult) {
    super(result.message);
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
