// Generated from catalog/*.yaml by scripts/emit/validator.ts (npm run build); do not edit.
import type { ApiResponse } from "./api-response.js";

/** One problem ajv found, as in ajv's ErrorObject. */
export interface ValidationError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** True when `data` is an OrbVPN response envelope; on false, `validate.errors` says why. */
export declare function validate(data: unknown): data is ApiResponse;
export declare namespace validate {
  let errors: ValidationError[] | null | undefined;
}
export default validate;

/**
 * What validate() would find wrong with an error's details for `code` (the rule for any details, then
 * the code's documented shape), or null when nothing. Paths are the envelope's: /error/details/...
 */
export declare function detailsErrors(code: string, details: unknown): ValidationError[] | null;
