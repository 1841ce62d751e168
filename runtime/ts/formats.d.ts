// The types of formats.js.

/** The policy's rules for the two formats. */
export interface FormatPolicy {
  /** RFC 3339 date-time, unanchored, with nine groups: year, month, day, hour, minute, second, offset sign, offset hour, offset minute. */
  readonly dateTimePattern: string;
  /** A uri's scheme, before its colon. */
  readonly uriSchemePattern: string;
  /** The code points a uri may not contain after its scheme's colon. */
  readonly uriForbidden: readonly number[];
}

/** JSON Schema's "date-time" (RFC 3339, ranges checked) and "uri" (RFC 3986, absolute) under `policy`, as ajv takes formats. */
export declare function formatChecks(policy: FormatPolicy): { readonly "date-time": (value: string) => boolean; readonly uri: (value: string) => boolean };
