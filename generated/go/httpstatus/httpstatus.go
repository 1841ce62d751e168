// Code generated from catalog/*.yaml by `npm run build`. DO NOT EDIT.

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
	// Retry: not an error (documented).
	Ok Code = 200

	// Created: A new resource was created successfully. Response body contains the new resource.
	//
	// Retry: not an error (documented).
	Created Code = 201

	// NoContent: The request succeeded but there is no response body (e.g., after a DELETE).
	//
	// Retry: not an error (documented).
	NoContent Code = 204

	// BadRequest: The request is malformed or contains invalid parameters. Check the details field.
	//
	// Retry: do not retry (documented).
	BadRequest Code = 400

	// Unauthorized: Authentication is missing or the provided token is invalid or expired.
	//
	// Retry: do not retry (documented).
	Unauthorized Code = 401

	// Forbidden: The authenticated user does not have permission to perform this action.
	//
	// Retry: do not retry (documented).
	Forbidden Code = 403

	// NotFound: The requested resource does not exist or has been deleted.
	//
	// Retry: do not retry (documented).
	NotFound Code = 404

	// Conflict: The request conflicts with the current state of the resource (e.g., duplicate email).
	//
	// Retry: do not retry (documented).
	Conflict Code = 409

	// UnprocessableEntity: The request is well-formed but semantically invalid (e.g., weak password).
	//
	// Retry: do not retry (documented).
	UnprocessableEntity Code = 422

	// TooManyRequests: You have exceeded the rate limit. See the Rate Limiting Guide.
	//
	// Retry: wait for the rate-limit window, then retry (documented).
	TooManyRequests Code = 429

	// InternalServerError: An unexpected error occurred on the server. Retry with exponential backoff.
	//
	// Retry: retry with exponential backoff (documented).
	InternalServerError Code = 500

	// BadGateway: An upstream service returned an invalid response. Usually transient.
	//
	// Retry: retry with exponential backoff (documented).
	BadGateway Code = 502

	// ServiceUnavailable: The service is temporarily down for maintenance or overloaded. Retry later.
	//
	// Retry: retry with exponential backoff (documented).
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
