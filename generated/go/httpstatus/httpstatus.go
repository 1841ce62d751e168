// Code generated from catalog/*.yaml by `npm run build`. DO NOT EDIT.
// Generated from catalog/*.yaml by scripts/emit/languages/go/enum.ts (npm run build); do not edit.

// Package httpstatus holds the HttpStatus codes (OrbVPN API HTTP status codes).
//
// Standard HTTP status codes the OrbVPN API uses to indicate the general category of a response.
// The error.code field in the response body identifies the precise error.
//
// Source: OrbVPN, Error Reference (section HTTP Status Codes).
package httpstatus

import (
	"fmt"
	"strconv"

	"github.com/vpn-error-codes/vpn-error-codes/generated/go/codeinfo"
)

// Code is a member of HttpStatus. Any int converts to a Code; Known reports whether the catalog
// has it, and Info what the catalog says about it.
type Code int

// The codes, in value order.
const (
	// Ok: The request succeeded. Response body contains the requested data.
	//
	// Group: 2xx Success.
	//
	// Retry: not an error (documented). success
	Ok Code = 200

	// Created: A new resource was created successfully. Response body contains the new resource.
	//
	// Group: 2xx Success.
	//
	// Retry: not an error (documented). success
	Created Code = 201

	// NoContent: The request succeeded but there is no response body (e.g., after a DELETE).
	//
	// Group: 2xx Success.
	//
	// Retry: not an error (documented). success
	NoContent Code = 204

	// BadRequest: The request is malformed or contains invalid parameters. Check the details
	// field.
	//
	// Group: 4xx Client errors.
	//
	// Retry: do not retry (documented). The page lists 400 among the errors that will not resolve
	// with retries.
	BadRequest Code = 400

	// Unauthorized: Authentication is missing or the provided token is invalid or expired.
	//
	// Group: 4xx Client errors.
	//
	// Retry: do not retry (documented). The page lists 401 among the errors that will not resolve
	// with retries; TOKEN_EXPIRED has its own refresh flow.
	Unauthorized Code = 401

	// Forbidden: The authenticated user does not have permission to perform this action.
	//
	// Group: 4xx Client errors.
	//
	// Retry: do not retry (documented). The page lists 403 among the errors that will not resolve
	// with retries.
	Forbidden Code = 403

	// NotFound: The requested resource does not exist or has been deleted.
	//
	// Group: 4xx Client errors.
	//
	// Retry: do not retry (documented). The page lists 404 among the errors that will not resolve
	// with retries.
	NotFound Code = 404

	// Conflict: The request conflicts with the current state of the resource (e.g., duplicate
	// email).
	//
	// Group: 4xx Client errors.
	//
	// Retry: do not retry (documented). The page lists 409 among the errors that will not resolve
	// with retries.
	Conflict Code = 409

	// UnprocessableEntity: The request is well-formed but semantically invalid (e.g., weak
	// password).
	//
	// Group: 4xx Client errors.
	//
	// Retry: do not retry (documented). The page lists 422 among the errors that will not resolve
	// with retries.
	UnprocessableEntity Code = 422

	// TooManyRequests: You have exceeded the rate limit. See the Rate Limiting Guide.
	//
	// Group: 4xx Client errors.
	//
	// Retry: wait for the rate-limit window, then retry (documented). The page says to check the
	// X-RateLimit-Reset header and wait before retrying a rate-limited request.
	TooManyRequests Code = 429

	// InternalServerError: An unexpected error occurred on the server. Retry with exponential
	// backoff.
	//
	// Group: 5xx Server errors.
	//
	// Retry: retry with exponential backoff (documented). The page says to retry a 500 with
	// exponential backoff.
	InternalServerError Code = 500

	// BadGateway: An upstream service returned an invalid response. Usually transient.
	//
	// Group: 5xx Server errors.
	//
	// Retry: retry with exponential backoff (documented). The page lists 502 among the errors that
	// are safe to retry with backoff.
	BadGateway Code = 502

	// ServiceUnavailable: The service is temporarily down for maintenance or overloaded. Retry
	// later.
	//
	// Group: 5xx Server errors.
	//
	// Retry: retry with exponential backoff (documented). The page lists 503 among the errors that
	// are safe to retry with backoff.
	ServiceUnavailable Code = 503
)

// String returns the vendor's identifier, verbatim from the catalog, or "HttpStatus(N)" for an unknown code.
func (c Code) String() string {
	if info, ok := c.Info(); ok {
		return info.Name
	}
	return fmt.Sprintf("HttpStatus(%d)", int(c))
}

// Info is what the catalog says about the code; ok is false for a code it does not list.
func (c Code) Info() (info codeinfo.Info, ok bool) {
	return table.ByValue(strconv.Itoa(int(c)))
}

// Known reports whether the catalog lists the code.
func (c Code) Known() bool {
	_, ok := c.Info()
	return ok
}

// Retryable reports whether a retry, after the step the code's retry advice names, can succeed.
func (c Code) Retryable() bool {
	info, _ := c.Info()
	return info.Retryable
}

// Description says what the code means; empty for a code the catalog does not list.
func (c Code) Description() string {
	info, _ := c.Info()
	return info.Description
}

// Lookup is what the catalog says about the code a key names: its value ("8199"), identifier, alias or
// older wire name, matched exactly. ok is false for anything else.
func Lookup(key string) (info codeinfo.Info, ok bool) {
	return table.Lookup(key)
}

// Find is Lookup, saying also how the key named the code (codeinfo.ByAlias: show Info.Name instead).
func Find(key string) (match codeinfo.Match, ok bool) {
	return table.Find(key)
}

// Parse returns the code a key names, as Lookup finds it.
func Parse(key string) (Code, error) {
	if m, ok := table.Find(key); ok {
		return values[m.Index], nil
	}
	return 0, fmt.Errorf("httpstatus: unknown name %q", key)
}

// Values returns every code, in value order.
func Values() []Code {
	return append([]Code(nil), values...)
}

var values = []Code{
	Ok,
	Created,
	NoContent,
	BadRequest,
	Unauthorized,
	Forbidden,
	NotFound,
	Conflict,
	UnprocessableEntity,
	TooManyRequests,
	InternalServerError,
	BadGateway,
	ServiceUnavailable,
}

// Each code's facts, in value order.
var infos = []codeinfo.Info{
	{
		Family:      "HttpStatus",
		Name:        "Ok",
		Value:       "200",
		Label:       "OK",
		Group:       "success",
		GroupTitle:  "2xx Success",
		Description: "The request succeeded. Response body contains the requested data.",
		Strategy:    "not-applicable",
		Basis:       "documented",
		Note:        "success",
		Stability:   "stable",
	},
	{
		Family:      "HttpStatus",
		Name:        "Created",
		Value:       "201",
		Label:       "Created",
		Group:       "success",
		GroupTitle:  "2xx Success",
		Description: "A new resource was created successfully. Response body contains the new resource.",
		Strategy:    "not-applicable",
		Basis:       "documented",
		Note:        "success",
		Stability:   "stable",
	},
	{
		Family:      "HttpStatus",
		Name:        "NoContent",
		Value:       "204",
		Label:       "No Content",
		Group:       "success",
		GroupTitle:  "2xx Success",
		Description: "The request succeeded but there is no response body (e.g., after a DELETE).",
		Strategy:    "not-applicable",
		Basis:       "documented",
		Note:        "success",
		Stability:   "stable",
	},
	{
		Family:      "HttpStatus",
		Name:        "BadRequest",
		Value:       "400",
		Label:       "Bad Request",
		Group:       "client-error",
		GroupTitle:  "4xx Client errors",
		Description: "The request is malformed or contains invalid parameters. Check the details field.",
		Strategy:    "no-retry",
		Basis:       "documented",
		Note:        "The page lists 400 among the errors that will not resolve with retries.",
		Stability:   "stable",
	},
	{
		Family:      "HttpStatus",
		Name:        "Unauthorized",
		Value:       "401",
		Label:       "Unauthorized",
		Group:       "client-error",
		GroupTitle:  "4xx Client errors",
		Description: "Authentication is missing or the provided token is invalid or expired.",
		Strategy:    "no-retry",
		Basis:       "documented",
		Note:        "The page lists 401 among the errors that will not resolve with retries; TOKEN_EXPIRED has its own refresh flow.",
		Stability:   "stable",
	},
	{
		Family:      "HttpStatus",
		Name:        "Forbidden",
		Value:       "403",
		Label:       "Forbidden",
		Group:       "client-error",
		GroupTitle:  "4xx Client errors",
		Description: "The authenticated user does not have permission to perform this action.",
		Strategy:    "no-retry",
		Basis:       "documented",
		Note:        "The page lists 403 among the errors that will not resolve with retries.",
		Stability:   "stable",
	},
	{
		Family:      "HttpStatus",
		Name:        "NotFound",
		Value:       "404",
		Label:       "Not Found",
		Group:       "client-error",
		GroupTitle:  "4xx Client errors",
		Description: "The requested resource does not exist or has been deleted.",
		Strategy:    "no-retry",
		Basis:       "documented",
		Note:        "The page lists 404 among the errors that will not resolve with retries.",
		Stability:   "stable",
	},
	{
		Family:      "HttpStatus",
		Name:        "Conflict",
		Value:       "409",
		Label:       "Conflict",
		Group:       "client-error",
		GroupTitle:  "4xx Client errors",
		Description: "The request conflicts with the current state of the resource (e.g., duplicate email).",
		Strategy:    "no-retry",
		Basis:       "documented",
		Note:        "The page lists 409 among the errors that will not resolve with retries.",
		Stability:   "stable",
	},
	{
		Family:      "HttpStatus",
		Name:        "UnprocessableEntity",
		Value:       "422",
		Label:       "Unprocessable Entity",
		Group:       "client-error",
		GroupTitle:  "4xx Client errors",
		Description: "The request is well-formed but semantically invalid (e.g., weak password).",
		Strategy:    "no-retry",
		Basis:       "documented",
		Note:        "The page lists 422 among the errors that will not resolve with retries.",
		Stability:   "stable",
	},
	{
		Family:      "HttpStatus",
		Name:        "TooManyRequests",
		Value:       "429",
		Label:       "Too Many Requests",
		Group:       "client-error",
		GroupTitle:  "4xx Client errors",
		Description: "You have exceeded the rate limit. See the Rate Limiting Guide.",
		Retryable:   true,
		Strategy:    "wait-for-window",
		Basis:       "documented",
		Note:        "The page says to check the X-RateLimit-Reset header and wait before retrying a rate-limited request.",
		Stability:   "stable",
	},
	{
		Family:      "HttpStatus",
		Name:        "InternalServerError",
		Value:       "500",
		Label:       "Internal Server Error",
		Group:       "server-error",
		GroupTitle:  "5xx Server errors",
		Description: "An unexpected error occurred on the server. Retry with exponential backoff.",
		Retryable:   true,
		Strategy:    "backoff",
		Basis:       "documented",
		Note:        "The page says to retry a 500 with exponential backoff.",
		Stability:   "stable",
	},
	{
		Family:      "HttpStatus",
		Name:        "BadGateway",
		Value:       "502",
		Label:       "Bad Gateway",
		Group:       "server-error",
		GroupTitle:  "5xx Server errors",
		Description: "An upstream service returned an invalid response. Usually transient.",
		Retryable:   true,
		Strategy:    "backoff",
		Basis:       "documented",
		Note:        "The page lists 502 among the errors that are safe to retry with backoff.",
		Stability:   "stable",
	},
	{
		Family:      "HttpStatus",
		Name:        "ServiceUnavailable",
		Value:       "503",
		Label:       "Service Unavailable",
		Group:       "server-error",
		GroupTitle:  "5xx Server errors",
		Description: "The service is temporarily down for maintenance or overloaded. Retry later.",
		Retryable:   true,
		Strategy:    "backoff",
		Basis:       "documented",
		Note:        "The page lists 503 among the errors that are safe to retry with backoff.",
		Stability:   "stable",
	},
}

// Every key a lookup accepts, the catalog's priority between kinds already applied: the same keys as
// the TypeScript describe().
var keys = []codeinfo.Key{
	{Text: "Ok", Index: 0, Kind: codeinfo.ByName},
	{Text: "Created", Index: 1, Kind: codeinfo.ByName},
	{Text: "NoContent", Index: 2, Kind: codeinfo.ByName},
	{Text: "BadRequest", Index: 3, Kind: codeinfo.ByName},
	{Text: "Unauthorized", Index: 4, Kind: codeinfo.ByName},
	{Text: "Forbidden", Index: 5, Kind: codeinfo.ByName},
	{Text: "NotFound", Index: 6, Kind: codeinfo.ByName},
	{Text: "Conflict", Index: 7, Kind: codeinfo.ByName},
	{Text: "UnprocessableEntity", Index: 8, Kind: codeinfo.ByName},
	{Text: "TooManyRequests", Index: 9, Kind: codeinfo.ByName},
	{Text: "InternalServerError", Index: 10, Kind: codeinfo.ByName},
	{Text: "BadGateway", Index: 11, Kind: codeinfo.ByName},
	{Text: "ServiceUnavailable", Index: 12, Kind: codeinfo.ByName},
	{Text: "200", Index: 0, Kind: codeinfo.ByValue},
	{Text: "201", Index: 1, Kind: codeinfo.ByValue},
	{Text: "204", Index: 2, Kind: codeinfo.ByValue},
	{Text: "400", Index: 3, Kind: codeinfo.ByValue},
	{Text: "401", Index: 4, Kind: codeinfo.ByValue},
	{Text: "403", Index: 5, Kind: codeinfo.ByValue},
	{Text: "404", Index: 6, Kind: codeinfo.ByValue},
	{Text: "409", Index: 7, Kind: codeinfo.ByValue},
	{Text: "422", Index: 8, Kind: codeinfo.ByValue},
	{Text: "429", Index: 9, Kind: codeinfo.ByValue},
	{Text: "500", Index: 10, Kind: codeinfo.ByValue},
	{Text: "502", Index: 11, Kind: codeinfo.ByValue},
	{Text: "503", Index: 12, Kind: codeinfo.ByValue},
}

var table = codeinfo.NewTable(infos, keys)
