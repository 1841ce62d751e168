// The API's error as an exception, for code that prefers throw to a result.
import type { CodeEntry } from "../../generated/ts/catalog-types.js";
import type { RestCode } from "../../generated/ts/roles.js";
import type { ApiErrorResult } from "./result.js";

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
