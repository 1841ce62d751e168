import { expect, it } from "vitest";
import { indentTypeScript } from "../../scripts/emit/indent-ts.js";

it("lays out json2ts's unformatted output as prettier would", () => {
  const raw = `/**
 * A union.
 */
export type ApiResponse = (ApiSuccess | ApiFailure)
export type Call = (() => void)

export interface ErrorBody {
/**
 * The code.
 */
code: ErrorCode
details?: {
[k: string]: unknown
}
empty: {

}
groups: [Group, ...(Group)[]]
stability: ("stable" | "experimental")
}
`;
  expect(indentTypeScript(raw)).toBe(`/**
 * A union.
 */
export type ApiResponse = ApiSuccess | ApiFailure;
export type Call = () => void;

export interface ErrorBody {
  /**
   * The code.
   */
  code: ErrorCode;
  details?: {
    [k: string]: unknown;
  };
  empty: {};
  groups: [Group, ...Group[]];
  stability: "stable" | "experimental";
}
`);
});
