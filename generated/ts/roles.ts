// Generated from catalog/*.yaml by scripts/emit/typescript.ts (npm run build); do not edit.
// The REST family: the one whose codes the envelope's error.code carries.
export type { RestErrorCode as RestCode } from "./rest-error-code.js";
export { restErrorCodeByValue as restCodeByValue, restErrorCodeEntries as restCodeEntries } from "./rest-error-code.table.js";
