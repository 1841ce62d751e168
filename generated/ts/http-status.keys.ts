// Generated from catalog/*.yaml by scripts/emit/typescript.ts (npm run build); do not edit.
import type { FamilyKeys } from "./catalog-types.js";

/** How a lookup finds a HttpStatus code. Each [key, index] row names a code by its index in value order. */
export const httpStatusKeys: FamilyKeys = /* @__PURE__ */ Object.freeze<FamilyKeys>({
  family: "HttpStatus",
  /** Each code's identifier, in value order. */
  identifiers: ["Ok", "Created", "NoContent", "BadRequest", "Unauthorized", "Forbidden", "NotFound", "Conflict", "UnprocessableEntity", "TooManyRequests", "InternalServerError", "BadGateway", "ServiceUnavailable"],
  aliases: [],
  legacyNames: [],
  /** Each code's value keys, in value order: its value and its decimal string. */
  values: [[200, "200"], [201, "201"], [204, "204"], [400, "400"], [401, "401"], [403, "403"], [404, "404"], [409, "409"], [422, "422"], [429, "429"], [500, "500"], [502, "502"], [503, "503"]],
  /** Each code's retry strategy, as an index into STRATEGIES. */
  strategies: [2, 2, 2, 1, 1, 1, 1, 1, 1, 5, 0, 0, 0],
});
