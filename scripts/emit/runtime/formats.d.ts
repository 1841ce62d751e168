/** RFC 3339 date-time, as JSON Schema's "date-time" format means it. */
export declare function isDateTime(value: string): boolean;
/** An absolute URI (RFC 3986). */
export declare function isUri(value: string): boolean;
export declare const formats: { readonly "date-time": (value: string) => boolean; readonly uri: (value: string) => boolean };
