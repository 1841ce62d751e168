// parseApiResponse: a response, of either shape, read within its limits and interpreted.
import { describeError, readBodyText } from "../body/read.js";
import { limitsOf, type BodyLimits } from "../body/limits.js";
import { responseLikeParts, type RawResponse, type ResponseLike } from "../body/response.js";
import { firstHeaderElement, type HeadersLike } from "../http/headers.js";
import { parseBody } from "./interpret.js";
import { invalid, type ApiSuccessResult, type ParseOptions, type ParsedResponse } from "./result.js";

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

async function parseResponseLike(input: ResponseLike, rawStatus: number, headers: ResponseLike["headers"], limits: BodyLimits): Promise<ParsedResponse> {
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

function parseRaw(input: unknown, limits: BodyLimits): ParsedResponse {
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
