// Generated from catalog/*.yaml by scripts/emit/typescript.ts (npm run build); do not edit.
import type { FamilyInfo } from "./catalog-types.js";
import { deepFreeze } from "./freeze.js";

/** Every family, sorted by name: its role, its title, its file stem (the package subpath) and its groups. */
export const FAMILIES: readonly FamilyInfo[] = /* @__PURE__ */ deepFreeze([
  {
    name: "HttpStatus",
    role: "http-status",
    title: "OrbVPN API HTTP status codes",
    stem: "http-status",
    valueKind: "integer",
    groups: [
      {
        id: "success",
        title: "2xx Success",
      },
      {
        id: "client-error",
        title: "4xx Client errors",
      },
      {
        id: "server-error",
        title: "5xx Server errors",
      },
    ],
  },
  {
    name: "OperationalError",
    role: "sdk-event",
    title: "Unified VPN SDK for Windows operational errors",
    stem: "operational-error",
    valueKind: "integer",
    groups: [
      {
        id: "success",
        title: "Success codes",
      },
      {
        id: "common",
        title: "Сommon errors",
      },
      {
        id: "hydra",
        title: "Hydra protocol errors",
      },
      {
        id: "wireguard-personal-bridge",
        title: "Wireguard personal bridge errors",
      },
    ],
  },
  {
    name: "ResponseResult",
    role: "sdk-result",
    title: "Unified VPN SDK for Windows request results",
    stem: "response-result",
    valueKind: "name",
    groups: [
      {
        id: "success",
        title: "Success codes",
      },
      {
        id: "client",
        title: "Client side error codes",
      },
      {
        id: "service",
        title: "Service side error codes",
      },
      {
        id: "backend",
        title: "Backend server error codes",
      },
    ],
  },
  {
    name: "RestErrorCode",
    role: "rest-code",
    title: "OrbVPN API application error codes",
    stem: "rest-error-code",
    valueKind: "name",
    groups: [
      {
        id: "authentication",
        title: "Authentication Errors",
      },
      {
        id: "validation",
        title: "Validation Errors",
      },
      {
        id: "resource-not-found",
        title: "Resource Not Found Errors",
      },
      {
        id: "conflict",
        title: "Conflict Errors",
      },
      {
        id: "rate-limiting",
        title: "Rate Limiting and Quota Errors",
      },
      {
        id: "server",
        title: "Server Errors",
      },
      {
        id: "vpn",
        title: "VPN-Specific Errors",
      },
      {
        id: "billing",
        title: "Billing and Payment Errors",
      },
    ],
  },
]);

/** Each HTTP status as the references write it: "429 Too Many Requests", from the http-status family. */
export const STATUS_TEXT: Readonly<Record<number, string>> = /* @__PURE__ */ Object.freeze({
  "200": "200 OK",
  "201": "201 Created",
  "204": "204 No Content",
  "400": "400 Bad Request",
  "401": "401 Unauthorized",
  "403": "403 Forbidden",
  "404": "404 Not Found",
  "409": "409 Conflict",
  "422": "422 Unprocessable Entity",
  "429": "429 Too Many Requests",
  "500": "500 Internal Server Error",
  "502": "502 Bad Gateway",
  "503": "503 Service Unavailable",
});

/** The family with each role, as the catalog assigns them. */
export const FAMILY_BY_ROLE: Readonly<Partial<Record<FamilyInfo["role"], FamilyInfo["name"]>>> = /* @__PURE__ */ Object.freeze({
  "http-status": "HttpStatus",
  "sdk-event": "OperationalError",
  "sdk-result": "ResponseResult",
  "rest-code": "RestErrorCode",
});
