// Generated from catalog/*.yaml by scripts/emit/typescript.ts (npm run build); do not edit.
import type { CodeEntry } from "./catalog-types.js";
import { deepFreeze } from "./freeze.js";
import { nameKeys, valueKeys } from "./keys.js";
import { httpStatusKeys } from "./http-status.keys.js";
export { HttpStatus, isHttpStatus } from "./http-status.js";

/** Every HttpStatus code with its meaning and retry advice, sorted by value. Frozen: it is shared. */
export const httpStatusEntries: readonly CodeEntry[] = /* @__PURE__ */ deepFreeze([
  {
    family: "HttpStatus",
    name: "Ok",
    value: 200,
    label: "OK",
    group: "success",
    description: "The request succeeded. Response body contains the requested data.",
    retry: {
      strategy: "not-applicable",
      basis: "documented",
      note: "success",
    },
    stability: "stable",
    retryable: false,
  },
  {
    family: "HttpStatus",
    name: "Created",
    value: 201,
    label: "Created",
    group: "success",
    description: "A new resource was created successfully. Response body contains the new resource.",
    retry: {
      strategy: "not-applicable",
      basis: "documented",
      note: "success",
    },
    stability: "stable",
    retryable: false,
  },
  {
    family: "HttpStatus",
    name: "NoContent",
    value: 204,
    label: "No Content",
    group: "success",
    description: "The request succeeded but there is no response body (e.g., after a DELETE).",
    retry: {
      strategy: "not-applicable",
      basis: "documented",
      note: "success",
    },
    stability: "stable",
    retryable: false,
  },
  {
    family: "HttpStatus",
    name: "BadRequest",
    value: 400,
    label: "Bad Request",
    group: "client-error",
    description: "The request is malformed or contains invalid parameters. Check the details field.",
    retry: {
      strategy: "no-retry",
      basis: "documented",
      note: "The page lists 400 among the errors that will not resolve with retries.",
    },
    stability: "stable",
    retryable: false,
  },
  {
    family: "HttpStatus",
    name: "Unauthorized",
    value: 401,
    label: "Unauthorized",
    group: "client-error",
    description: "Authentication is missing or the provided token is invalid or expired.",
    retry: {
      strategy: "no-retry",
      basis: "documented",
      note: "The page lists 401 among the errors that will not resolve with retries; TOKEN_EXPIRED has its own refresh flow.",
    },
    stability: "stable",
    retryable: false,
  },
  {
    family: "HttpStatus",
    name: "Forbidden",
    value: 403,
    label: "Forbidden",
    group: "client-error",
    description: "The authenticated user does not have permission to perform this action.",
    retry: {
      strategy: "no-retry",
      basis: "documented",
      note: "The page lists 403 among the errors that will not resolve with retries.",
    },
    stability: "stable",
    retryable: false,
  },
  {
    family: "HttpStatus",
    name: "NotFound",
    value: 404,
    label: "Not Found",
    group: "client-error",
    description: "The requested resource does not exist or has been deleted.",
    retry: {
      strategy: "no-retry",
      basis: "documented",
      note: "The page lists 404 among the errors that will not resolve with retries.",
    },
    stability: "stable",
    retryable: false,
  },
  {
    family: "HttpStatus",
    name: "Conflict",
    value: 409,
    label: "Conflict",
    group: "client-error",
    description: "The request conflicts with the current state of the resource (e.g., duplicate email).",
    retry: {
      strategy: "no-retry",
      basis: "documented",
      note: "The page lists 409 among the errors that will not resolve with retries.",
    },
    stability: "stable",
    retryable: false,
  },
  {
    family: "HttpStatus",
    name: "UnprocessableEntity",
    value: 422,
    label: "Unprocessable Entity",
    group: "client-error",
    description: "The request is well-formed but semantically invalid (e.g., weak password).",
    retry: {
      strategy: "no-retry",
      basis: "documented",
      note: "The page lists 422 among the errors that will not resolve with retries.",
    },
    stability: "stable",
    retryable: false,
  },
  {
    family: "HttpStatus",
    name: "TooManyRequests",
    value: 429,
    label: "Too Many Requests",
    group: "client-error",
    description: "You have exceeded the rate limit. See the Rate Limiting Guide.",
    retry: {
      strategy: "wait-for-window",
      basis: "documented",
      note: "The page says to check the X-RateLimit-Reset header and wait before retrying a rate-limited request.",
    },
    stability: "stable",
    retryable: true,
  },
  {
    family: "HttpStatus",
    name: "InternalServerError",
    value: 500,
    label: "Internal Server Error",
    group: "server-error",
    description: "An unexpected error occurred on the server. Retry with exponential backoff.",
    retry: {
      strategy: "backoff",
      basis: "documented",
      note: "The page says to retry a 500 with exponential backoff.",
    },
    stability: "stable",
    retryable: true,
  },
  {
    family: "HttpStatus",
    name: "BadGateway",
    value: 502,
    label: "Bad Gateway",
    group: "server-error",
    description: "An upstream service returned an invalid response. Usually transient.",
    retry: {
      strategy: "backoff",
      basis: "documented",
      note: "The page lists 502 among the errors that are safe to retry with backoff.",
    },
    stability: "stable",
    retryable: true,
  },
  {
    family: "HttpStatus",
    name: "ServiceUnavailable",
    value: 503,
    label: "Service Unavailable",
    group: "server-error",
    description: "The service is temporarily down for maintenance or overloaded. Retry later.",
    retry: {
      strategy: "backoff",
      basis: "documented",
      note: "The page lists 503 among the errors that are safe to retry with backoff.",
    },
    stability: "stable",
    retryable: true,
  },
]);

let byValue: Map<unknown, CodeEntry> | undefined;
let byName: Map<unknown, CodeEntry> | undefined;

/** The HttpStatus entry for a value or its decimal string; undefined for anything else, including garbage. */
export function httpStatusByValue(value: unknown): CodeEntry | undefined {
  byValue ??= new Map(valueKeys(httpStatusKeys).map(([key, index]) => [key, httpStatusEntries[index]!]));
  return byValue.get(value);
}

/** The HttpStatus entry for a name, an alias or an older wire name; undefined for anything else. */
export function httpStatusByName(name: unknown): CodeEntry | undefined {
  byName ??= new Map(nameKeys(httpStatusKeys).map(([key, index]) => [key, httpStatusEntries[index]!]));
  return byName.get(name);
}
