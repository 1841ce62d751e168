// Generated from catalog/*.yaml by scripts/emit/typescript.ts (npm run build); do not edit.
import type { HttpStatus } from "./http-status.js";
import type { OperationalError } from "./operational-error.js";
import type { ResponseResult } from "./response-result.js";
import type { RestErrorCode } from "./rest-error-code.js";

/** Each family's enum, by family name: a lookup's entry.value is a member, its entry.name a member's name. */
export interface FamilyEnums {
  HttpStatus: typeof HttpStatus;
  OperationalError: typeof OperationalError;
  ResponseResult: typeof ResponseResult;
  RestErrorCode: typeof RestErrorCode;
}
