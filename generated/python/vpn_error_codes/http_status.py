# Generated from catalog/*.yaml by scripts/emit/languages/python/enum.ts (npm run build); do not edit.
"""OrbVPN API HTTP status codes.

Standard HTTP status codes the OrbVPN API uses to indicate the general category of a response.
The error.code field in the response body identifies the precise error.

Source: OrbVPN, Error Reference (section HTTP Status Codes).
"""

from __future__ import annotations

from enum import IntEnum

__all__ = ["HttpStatus"]


class HttpStatus(IntEnum):
    """OrbVPN API HTTP status codes.

    Standard HTTP status codes the OrbVPN API uses to indicate the general category of a
    response. The error.code field in the response body identifies the precise error.

    Source: OrbVPN, Error Reference (section HTTP Status Codes).
    """

    Ok = 200
    """The request succeeded. Response body contains the requested data.

    Group: 2xx Success.

    Retry: not an error (documented). success
    """

    Created = 201
    """A new resource was created successfully. Response body contains the new resource.

    Group: 2xx Success.

    Retry: not an error (documented). success
    """

    NoContent = 204
    """The request succeeded but there is no response body (e.g., after a DELETE).

    Group: 2xx Success.

    Retry: not an error (documented). success
    """

    BadRequest = 400
    """The request is malformed or contains invalid parameters. Check the details field.

    Group: 4xx Client errors.

    Retry: do not retry (documented). The page lists 400 among the errors that will not resolve
    with retries.
    """

    Unauthorized = 401
    """Authentication is missing or the provided token is invalid or expired.

    Group: 4xx Client errors.

    Retry: do not retry (documented). The page lists 401 among the errors that will not resolve
    with retries; TOKEN_EXPIRED has its own refresh flow.
    """

    Forbidden = 403
    """The authenticated user does not have permission to perform this action.

    Group: 4xx Client errors.

    Retry: do not retry (documented). The page lists 403 among the errors that will not resolve
    with retries.
    """

    NotFound = 404
    """The requested resource does not exist or has been deleted.

    Group: 4xx Client errors.

    Retry: do not retry (documented). The page lists 404 among the errors that will not resolve
    with retries.
    """

    Conflict = 409
    """The request conflicts with the current state of the resource (e.g., duplicate email).

    Group: 4xx Client errors.

    Retry: do not retry (documented). The page lists 409 among the errors that will not resolve
    with retries.
    """

    UnprocessableEntity = 422
    """The request is well-formed but semantically invalid (e.g., weak password).

    Group: 4xx Client errors.

    Retry: do not retry (documented). The page lists 422 among the errors that will not resolve
    with retries.
    """

    TooManyRequests = 429
    """You have exceeded the rate limit. See the Rate Limiting Guide.

    Group: 4xx Client errors.

    Retry: wait for the rate-limit window, then retry (documented). The page says to check the
    X-RateLimit-Reset header and wait before retrying a rate-limited request.
    """

    InternalServerError = 500
    """An unexpected error occurred on the server. Retry with exponential backoff.

    Group: 5xx Server errors.

    Retry: retry with exponential backoff (documented). The page says to retry a 500 with
    exponential backoff.
    """

    BadGateway = 502
    """An upstream service returned an invalid response. Usually transient.

    Group: 5xx Server errors.

    Retry: retry with exponential backoff (documented). The page lists 502 among the errors that
    are safe to retry with backoff.
    """

    ServiceUnavailable = 503
    """The service is temporarily down for maintenance or overloaded. Retry later.

    Group: 5xx Server errors.

    Retry: retry with exponential backoff (documented). The page lists 503 among the errors that
    are safe to retry with backoff.
    """

    @property
    def identifier(self) -> str:
        """The catalog's identifier, verbatim."""
        return self.name

    @property
    def retryable(self) -> bool:
        """True when a retry, after the step the retry advice names, can succeed."""
        return self in _RETRYABLE

    @classmethod
    def from_code(cls, code: int) -> HttpStatus | None:
        """The member whose value is ``code``, or None for a code this catalog does not know."""
        try:
            return cls(code)
        except ValueError:
            return None

    @classmethod
    def parse(cls, name: str) -> HttpStatus | None:
        """The member with this identifier, or None."""
        return _BY_NAME.get(name)


_RETRYABLE: frozenset[HttpStatus] = frozenset(
    {
        HttpStatus.TooManyRequests,
        HttpStatus.InternalServerError,
        HttpStatus.BadGateway,
        HttpStatus.ServiceUnavailable,
    }
)

_BY_NAME: dict[str, HttpStatus] = {member.identifier: member for member in HttpStatus}
