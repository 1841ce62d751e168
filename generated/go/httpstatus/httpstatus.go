// Code generated from catalog/*.yaml by `npm run build`. DO NOT EDIT.
// Generated from catalog/*.yaml by scripts/emit/languages/go/enum.ts (npm run build); do not edit.

// Package httpstatus holds the HttpStatus codes (OrbVPN API HTTP status codes).
//
// Standard HTTP status codes the OrbVPN API uses to indicate the general category of a response.
// The error.code field in the response body identifies the precise error.
//
// Source: OrbVPN, Error Reference (section HTTP Status Codes).
package httpstatus

import "fmt"

// Code is a member of HttpStatus. Any int converts to a Code; Known reports whether the catalog
// has it.
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

	// BadRequest: The request is malformed or contains invalid parameters. Check the details field.
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

	// Conflict: The request conflicts with the current state of the resource (e.g., duplicate email).
	//
	// Group: 4xx Client errors.
	//
	// Retry: do not retry (documented). The page lists 409 among the errors that will not resolve
	// with retries.
	Conflict Code = 409

	// UnprocessableEntity: The request is well-formed but semantically invalid (e.g., weak password).
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

	// InternalServerError: An unexpected error occurred on the server. Retry with exponential backoff.
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

	// ServiceUnavailable: The service is temporarily down for maintenance or overloaded. Retry later.
	//
	// Group: 5xx Server errors.
	//
	// Retry: retry with exponential backoff (documented). The page lists 503 among the errors that
	// are safe to retry with backoff.
	ServiceUnavailable Code = 503
)

// String returns the code's identifier, verbatim from the catalog, or "HttpStatus(N)" for an unknown code.
func (c Code) String() string {
	switch c {
	case Ok:
		return "Ok"
	case Created:
		return "Created"
	case NoContent:
		return "NoContent"
	case BadRequest:
		return "BadRequest"
	case Unauthorized:
		return "Unauthorized"
	case Forbidden:
		return "Forbidden"
	case NotFound:
		return "NotFound"
	case Conflict:
		return "Conflict"
	case UnprocessableEntity:
		return "UnprocessableEntity"
	case TooManyRequests:
		return "TooManyRequests"
	case InternalServerError:
		return "InternalServerError"
	case BadGateway:
		return "BadGateway"
	case ServiceUnavailable:
		return "ServiceUnavailable"
	}
	return fmt.Sprintf("HttpStatus(%d)", int(c))
}

// Known reports whether the catalog has the code.
func (c Code) Known() bool {
	switch c {
	case Ok, Created, NoContent, BadRequest, Unauthorized, Forbidden, NotFound, Conflict,
		UnprocessableEntity, TooManyRequests, InternalServerError, BadGateway, ServiceUnavailable:
		return true
	}
	return false
}

// Retryable reports whether a retry, after the step the code's retry advice names, can succeed.
func (c Code) Retryable() bool {
	switch c {
	case TooManyRequests, InternalServerError, BadGateway, ServiceUnavailable:
		return true
	}
	return false
}

// Parse returns the code with this identifier.
func Parse(name string) (Code, error) {
	if c, ok := byName[name]; ok {
		return c, nil
	}
	return 0, fmt.Errorf("httpstatus: unknown name %q", name)
}

// Values returns every code, in value order.
func Values() []Code {
	return []Code{
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
}

var byName = map[string]Code{
	"BadGateway":          BadGateway,
	"BadRequest":          BadRequest,
	"Conflict":            Conflict,
	"Created":             Created,
	"Forbidden":           Forbidden,
	"InternalServerError": InternalServerError,
	"NoContent":           NoContent,
	"NotFound":            NotFound,
	"Ok":                  Ok,
	"ServiceUnavailable":  ServiceUnavailable,
	"TooManyRequests":     TooManyRequests,
	"Unauthorized":        Unauthorized,
	"UnprocessableEntity": UnprocessableEntity,
}
