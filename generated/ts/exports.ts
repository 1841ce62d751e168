// Generated from catalog/*.yaml by scripts/emit/typescript.ts (npm run build); do not edit.
// Every export is tree-shakeable: an import of one enum bundles that enum alone.
export { HttpStatus, isHttpStatus } from "./http-status.js";
export { httpStatusByName, httpStatusByValue, httpStatusEntries } from "./http-status.table.js";
export { OperationalError, isOperationalError } from "./operational-error.js";
export { operationalErrorByName, operationalErrorByValue, operationalErrorEntries } from "./operational-error.table.js";
export { ResponseResult, isResponseResult } from "./response-result.js";
export { responseResultByName, responseResultByValue, responseResultEntries } from "./response-result.table.js";
export { RestErrorCode, isRestErrorCode } from "./rest-error-code.js";
export { restErrorCodeByName, restErrorCodeByValue, restErrorCodeEntries } from "./rest-error-code.table.js";
