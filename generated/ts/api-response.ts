// Generated from catalog/*.yaml by scripts/emit/typescript.ts (npm run build); do not edit.
// From generated/schema/api-response.schema.json by json-schema-to-typescript.
import type { RestErrorCode } from "./rest-error-code.js";

/**
 * The JSON envelope of every OrbVPN API response. Check success first, then read data or error. Unknown top-level fields are allowed, so that the API can grow.
 */
export type ApiResponse = ApiSuccess | ApiFailure;
/**
 * A RestErrorCode, or a code this catalog does not know yet (kept valid for forward compatibility).
 */
export type ErrorCode = RestErrorCode | (string & {});

/**
 * The request completed; data holds the resource or a confirmation.
 */
export interface ApiSuccess {
  /**
   * Always true on success.
   */
  success: true;
  /**
   * The requested resource or a confirmation: any JSON value.
   */
  data: unknown;
}
/**
 * The request failed; error says why.
 */
export interface ApiFailure {
  /**
   * Always false on failure.
   */
  success: false;
  error: ErrorBody;
}
/**
 * A machine-readable code, a human-readable message, and optional details.
 */
export interface ErrorBody {
  code: ErrorCode;
  /**
   * Human-readable; may change between API versions. Branch on code, not on this.
   */
  message: string;
  /**
   * Extra facts about the error; its shape depends on the code.
   */
  details?: {
    [k: string]: unknown | undefined;
  };
}
