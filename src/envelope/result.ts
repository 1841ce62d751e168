// What reading a response gives: a success, the API's own error, or a body that is not the envelope.
import type { CodeEntry } from "../../generated/ts/catalog-types.js";
import type { RestCode } from "../../generated/ts/roles.js";

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

/** A body that is not the envelope, with the first characters of `text` for logs. */
export function invalid(status: number, requestId: string | undefined, reason: InvalidReason, detail: string, text?: string): InvalidResponseResult {
  return {
    kind: "invalid-response",
    status,
    reason,
    detail,
    ...(text !== undefined ? { bodyPreview: text.slice(0, 200) } : {}),
    ...(requestId ? { requestId } : {}),
  };
}
