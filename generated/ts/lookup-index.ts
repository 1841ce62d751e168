// Generated from catalog/*.yaml by scripts/emit/typescript.ts (npm run build); do not edit.
import type { CodeEntry, FamilyKeys, FamilyName } from "./catalog-types.js";
import { httpStatusKeys } from "./http-status.keys.js";
import { operationalErrorKeys } from "./operational-error.keys.js";
import { responseResultKeys } from "./response-result.keys.js";
import { restErrorCodeKeys } from "./rest-error-code.keys.js";
import { httpStatusEntries } from "./http-status.table.js";
import { operationalErrorEntries } from "./operational-error.table.js";
import { responseResultEntries } from "./response-result.table.js";
import { restErrorCodeEntries } from "./rest-error-code.table.js";

export const FAMILY_TABLES: ReadonlyArray<{ family: FamilyName; entries: readonly CodeEntry[]; keys: FamilyKeys }> = [
  { family: "HttpStatus", entries: httpStatusEntries, keys: httpStatusKeys },
  { family: "OperationalError", entries: operationalErrorEntries, keys: operationalErrorKeys },
  { family: "ResponseResult", entries: responseResultEntries, keys: responseResultKeys },
  { family: "RestErrorCode", entries: restErrorCodeEntries, keys: restErrorCodeKeys },
];
