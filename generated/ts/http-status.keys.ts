// Generated from catalog/*.yaml by scripts/emit/typescript.ts (npm run build); do not edit.
import type { FamilyKeys } from "./catalog-types.js";

/** How a lookup finds a HttpStatus code: each row is [key, index of the code in value order(, kind)]. */
export const httpStatusKeys: FamilyKeys = /* @__PURE__ */ Object.freeze<FamilyKeys>({
  family: "HttpStatus",
  /** Identifiers, aliases and older wire names, highest priority first. */
  names: [
    ["Ok", 0, "name"],
    ["Created", 1, "name"],
    ["NoContent", 2, "name"],
    ["BadRequest", 3, "name"],
    ["Unauthorized", 4, "name"],
    ["Forbidden", 5, "name"],
    ["NotFound", 6, "name"],
    ["Conflict", 7, "name"],
    ["UnprocessableEntity", 8, "name"],
    ["TooManyRequests", 9, "name"],
    ["InternalServerError", 10, "name"],
    ["BadGateway", 11, "name"],
    ["ServiceUnavailable", 12, "name"],
  ],
  /** The codes' values and their decimal strings. */
  values: [
    [200, 0],
    ["200", 0],
    [201, 1],
    ["201", 1],
    [204, 2],
    ["204", 2],
    [400, 3],
    ["400", 3],
    [401, 4],
    ["401", 4],
    [403, 5],
    ["403", 5],
    [404, 6],
    ["404", 6],
    [409, 7],
    ["409", 7],
    [422, 8],
    ["422", 8],
    [429, 9],
    ["429", 9],
    [500, 10],
    ["500", 10],
    [502, 11],
    ["502", 11],
    [503, 12],
    ["503", 12],
  ],
  /** Each code's retry strategy, as an index into STRATEGIES. */
  strategies: [2, 2, 2, 1, 1, 1, 1, 1, 1, 5, 0, 0, 0],
});
