# Generated from catalog/*.yaml by scripts/emit/languages/python/enum.ts (npm run build); do not edit.
"""OrbVPN API HTTP status codes.

Standard HTTP status codes the OrbVPN API uses to indicate the general category of a response.
The error.code field in the response body identifies the precise error.

Source: OrbVPN, Error Reference (section HTTP Status Codes).
"""

from __future__ import annotations

from enum import IntEnum

from ._lookup import CodeMember, Facts, RetryAdvice, bind

__all__ = ["HttpStatus"]


class HttpStatus(CodeMember, IntEnum):
    """OrbVPN API HTTP status codes.

    Standard HTTP status codes the OrbVPN API uses to indicate the general category of a
    response. The error.code field in the response body identifies the precise error.

    Source: OrbVPN, Error Reference (section HTTP Status Codes).
    """

    OK = 200
    """The request succeeded. Response body contains the requested data.

    Group: 2xx Success.

    Retry: not an error (documented). success

    Wire value: 200; the vendor's identifier is Ok, which identifier, get, lookup and parse give
    and accept.
    """

    CREATED = 201
    """A new resource was created successfully. Response body contains the new resource.

    Group: 2xx Success.

    Retry: not an error (documented). success

    Wire value: 201; the vendor's identifier is Created, which identifier, get, lookup and parse
    give and accept.
    """

    NO_CONTENT = 204
    """The request succeeded but there is no response body (e.g., after a DELETE).

    Group: 2xx Success.

    Retry: not an error (documented). success

    Wire value: 204; the vendor's identifier is NoContent, which identifier, get, lookup and
    parse give and accept.
    """

    BAD_REQUEST = 400
    """The request is malformed or contains invalid parameters. Check the details field.

    Group: 4xx Client errors.

    Retry: do not retry (documented). The page lists 400 among the errors that will not resolve
    with retries.

    Wire value: 400; the vendor's identifier is BadRequest, which identifier, get, lookup and
    parse give and accept.
    """

    UNAUTHORIZED = 401
    """Authentication is missing or the provided token is invalid or expired.

    Group: 4xx Client errors.

    Retry: do not retry (documented). The page lists 401 among the errors that will not resolve
    with retries; TOKEN_EXPIRED has its own refresh flow.

    Wire value: 401; the vendor's identifier is Unauthorized, which identifier, get, lookup and
    parse give and accept.
    """

    FORBIDDEN = 403
    """The authenticated user does not have permission to perform this action.

    Group: 4xx Client errors.

    Retry: do not retry (documented). The page lists 403 among the errors that will not resolve
    with retries.

    Wire value: 403; the vendor's identifier is Forbidden, which identifier, get, lookup and
    parse give and accept.
    """

    NOT_FOUND = 404
    """The requested resource does not exist or has been deleted.

    Group: 4xx Client errors.

    Retry: do not retry (documented). The page lists 404 among the errors that will not resolve
    with retries.

    Wire value: 404; the vendor's identifier is NotFound, which identifier, get, lookup and
    parse give and accept.
    """

    CONFLICT = 409
    """The request conflicts with the current state of the resource (e.g., duplicate email).

    Group: 4xx Client errors.

    Retry: do not retry (documented). The page lists 409 among the errors that will not resolve
    with retries.

    Wire value: 409; the vendor's identifier is Conflict, which identifier, get, lookup and
    parse give and accept.
    """

    UNPROCESSABLE_ENTITY = 422
    """The request is well-formed but semantically invalid (e.g., weak password).

    Group: 4xx Client errors.

    Retry: do not retry (documented). The page lists 422 among the errors that will not resolve
    with retries.

    Wire value: 422; the vendor's identifier is UnprocessableEntity, which identifier, get,
    lookup and parse give and accept.
    """

    TOO_MANY_REQUESTS = 429
    """You have exceeded the rate limit. See the Rate Limiting Guide.

    Group: 4xx Client errors.

    Retry: wait for the rate-limit window, then retry (documented). The page says to check the
    X-RateLimit-Reset header and wait before retrying a rate-limited request.

    Wire value: 429; the vendor's identifier is TooManyRequests, which identifier, get, lookup
    and parse give and accept.
    """

    INTERNAL_SERVER_ERROR = 500
    """An unexpected error occurred on the server. Retry with exponential backoff.

    Group: 5xx Server errors.

    Retry: retry with exponential backoff (documented). The page says to retry a 500 with
    exponential backoff.

    Wire value: 500; the vendor's identifier is InternalServerError, which identifier, get,
    lookup and parse give and accept.
    """

    BAD_GATEWAY = 502
    """An upstream service returned an invalid response. Usually transient.

    Group: 5xx Server errors.

    Retry: retry with exponential backoff (documented). The page lists 502 among the errors that
    are safe to retry with backoff.

    Wire value: 502; the vendor's identifier is BadGateway, which identifier, get, lookup and
    parse give and accept.
    """

    SERVICE_UNAVAILABLE = 503
    """The service is temporarily down for maintenance or overloaded. Retry later.

    Group: 5xx Server errors.

    Retry: retry with exponential backoff (documented). The page lists 503 among the errors that
    are safe to retry with backoff.

    Wire value: 503; the vendor's identifier is ServiceUnavailable, which identifier, get,
    lookup and parse give and accept.
    """


# Each member's facts, in the members' order.
_FACTS = (
    Facts(
        identifier="Ok",
        group="success",
        group_title="2xx Success",
        description="The request succeeded. Response body contains the requested data.",
        retryable=False,
        retry_advice=RetryAdvice("not-applicable", "documented", "success"),
        stability="stable",
        doc="The request succeeded. Response body contains the requested data.\n\nGroup: 2xx Success.\n\nRetry: not an error (documented). success\n\nWire value: 200; the vendor's identifier is Ok, which identifier, get, lookup and parse give and accept.",
        label="OK",
    ),
    Facts(
        identifier="Created",
        group="success",
        group_title="2xx Success",
        description="A new resource was created successfully. Response body contains the new resource.",
        retryable=False,
        retry_advice=RetryAdvice("not-applicable", "documented", "success"),
        stability="stable",
        doc="A new resource was created successfully. Response body contains the new resource.\n\nGroup: 2xx Success.\n\nRetry: not an error (documented). success\n\nWire value: 201; the vendor's identifier is Created, which identifier, get, lookup and parse give and accept.",
        label="Created",
    ),
    Facts(
        identifier="NoContent",
        group="success",
        group_title="2xx Success",
        description="The request succeeded but there is no response body (e.g., after a DELETE).",
        retryable=False,
        retry_advice=RetryAdvice("not-applicable", "documented", "success"),
        stability="stable",
        doc="The request succeeded but there is no response body (e.g., after a DELETE).\n\nGroup: 2xx Success.\n\nRetry: not an error (documented). success\n\nWire value: 204; the vendor's identifier is NoContent, which identifier, get, lookup and parse give and accept.",
        label="No Content",
    ),
    Facts(
        identifier="BadRequest",
        group="client-error",
        group_title="4xx Client errors",
        description="The request is malformed or contains invalid parameters. Check the details field.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "documented",
            "The page lists 400 among the errors that will not resolve with retries.",
        ),
        stability="stable",
        doc="The request is malformed or contains invalid parameters. Check the details field.\n\nGroup: 4xx Client errors.\n\nRetry: do not retry (documented). The page lists 400 among the errors that will not resolve with retries.\n\nWire value: 400; the vendor's identifier is BadRequest, which identifier, get, lookup and parse give and accept.",
        label="Bad Request",
    ),
    Facts(
        identifier="Unauthorized",
        group="client-error",
        group_title="4xx Client errors",
        description="Authentication is missing or the provided token is invalid or expired.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "documented",
            "The page lists 401 among the errors that will not resolve with retries; TOKEN_EXPIRED has its own refresh flow.",
        ),
        stability="stable",
        doc="Authentication is missing or the provided token is invalid or expired.\n\nGroup: 4xx Client errors.\n\nRetry: do not retry (documented). The page lists 401 among the errors that will not resolve with retries; TOKEN_EXPIRED has its own refresh flow.\n\nWire value: 401; the vendor's identifier is Unauthorized, which identifier, get, lookup and parse give and accept.",
        label="Unauthorized",
    ),
    Facts(
        identifier="Forbidden",
        group="client-error",
        group_title="4xx Client errors",
        description="The authenticated user does not have permission to perform this action.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "documented",
            "The page lists 403 among the errors that will not resolve with retries.",
        ),
        stability="stable",
        doc="The authenticated user does not have permission to perform this action.\n\nGroup: 4xx Client errors.\n\nRetry: do not retry (documented). The page lists 403 among the errors that will not resolve with retries.\n\nWire value: 403; the vendor's identifier is Forbidden, which identifier, get, lookup and parse give and accept.",
        label="Forbidden",
    ),
    Facts(
        identifier="NotFound",
        group="client-error",
        group_title="4xx Client errors",
        description="The requested resource does not exist or has been deleted.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "documented",
            "The page lists 404 among the errors that will not resolve with retries.",
        ),
        stability="stable",
        doc="The requested resource does not exist or has been deleted.\n\nGroup: 4xx Client errors.\n\nRetry: do not retry (documented). The page lists 404 among the errors that will not resolve with retries.\n\nWire value: 404; the vendor's identifier is NotFound, which identifier, get, lookup and parse give and accept.",
        label="Not Found",
    ),
    Facts(
        identifier="Conflict",
        group="client-error",
        group_title="4xx Client errors",
        description="The request conflicts with the current state of the resource (e.g., duplicate email).",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "documented",
            "The page lists 409 among the errors that will not resolve with retries.",
        ),
        stability="stable",
        doc="The request conflicts with the current state of the resource (e.g., duplicate email).\n\nGroup: 4xx Client errors.\n\nRetry: do not retry (documented). The page lists 409 among the errors that will not resolve with retries.\n\nWire value: 409; the vendor's identifier is Conflict, which identifier, get, lookup and parse give and accept.",
        label="Conflict",
    ),
    Facts(
        identifier="UnprocessableEntity",
        group="client-error",
        group_title="4xx Client errors",
        description="The request is well-formed but semantically invalid (e.g., weak password).",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "documented",
            "The page lists 422 among the errors that will not resolve with retries.",
        ),
        stability="stable",
        doc="The request is well-formed but semantically invalid (e.g., weak password).\n\nGroup: 4xx Client errors.\n\nRetry: do not retry (documented). The page lists 422 among the errors that will not resolve with retries.\n\nWire value: 422; the vendor's identifier is UnprocessableEntity, which identifier, get, lookup and parse give and accept.",
        label="Unprocessable Entity",
    ),
    Facts(
        identifier="TooManyRequests",
        group="client-error",
        group_title="4xx Client errors",
        description="You have exceeded the rate limit. See the Rate Limiting Guide.",
        retryable=True,
        retry_advice=RetryAdvice(
            "wait-for-window",
            "documented",
            "The page says to check the X-RateLimit-Reset header and wait before retrying a rate-limited request.",
        ),
        stability="stable",
        doc="You have exceeded the rate limit. See the Rate Limiting Guide.\n\nGroup: 4xx Client errors.\n\nRetry: wait for the rate-limit window, then retry (documented). The page says to check the X-RateLimit-Reset header and wait before retrying a rate-limited request.\n\nWire value: 429; the vendor's identifier is TooManyRequests, which identifier, get, lookup and parse give and accept.",
        label="Too Many Requests",
    ),
    Facts(
        identifier="InternalServerError",
        group="server-error",
        group_title="5xx Server errors",
        description="An unexpected error occurred on the server. Retry with exponential backoff.",
        retryable=True,
        retry_advice=RetryAdvice("backoff", "documented", "The page says to retry a 500 with exponential backoff."),
        stability="stable",
        doc="An unexpected error occurred on the server. Retry with exponential backoff.\n\nGroup: 5xx Server errors.\n\nRetry: retry with exponential backoff (documented). The page says to retry a 500 with exponential backoff.\n\nWire value: 500; the vendor's identifier is InternalServerError, which identifier, get, lookup and parse give and accept.",
        label="Internal Server Error",
    ),
    Facts(
        identifier="BadGateway",
        group="server-error",
        group_title="5xx Server errors",
        description="An upstream service returned an invalid response. Usually transient.",
        retryable=True,
        retry_advice=RetryAdvice(
            "backoff",
            "documented",
            "The page lists 502 among the errors that are safe to retry with backoff.",
        ),
        stability="stable",
        doc="An upstream service returned an invalid response. Usually transient.\n\nGroup: 5xx Server errors.\n\nRetry: retry with exponential backoff (documented). The page lists 502 among the errors that are safe to retry with backoff.\n\nWire value: 502; the vendor's identifier is BadGateway, which identifier, get, lookup and parse give and accept.",
        label="Bad Gateway",
    ),
    Facts(
        identifier="ServiceUnavailable",
        group="server-error",
        group_title="5xx Server errors",
        description="The service is temporarily down for maintenance or overloaded. Retry later.",
        retryable=True,
        retry_advice=RetryAdvice(
            "backoff",
            "documented",
            "The page lists 503 among the errors that are safe to retry with backoff.",
        ),
        stability="stable",
        doc="The service is temporarily down for maintenance or overloaded. Retry later.\n\nGroup: 5xx Server errors.\n\nRetry: retry with exponential backoff (documented). The page lists 503 among the errors that are safe to retry with backoff.\n\nWire value: 503; the vendor's identifier is ServiceUnavailable, which identifier, get, lookup and parse give and accept.",
        label="Service Unavailable",
    ),
)

# Every key a lookup accepts, the catalog's priority applied: the key, the member's index, how the key names it.
_KEYS = (
    ("Ok", 0, "name"),
    ("Created", 1, "name"),
    ("NoContent", 2, "name"),
    ("BadRequest", 3, "name"),
    ("Unauthorized", 4, "name"),
    ("Forbidden", 5, "name"),
    ("NotFound", 6, "name"),
    ("Conflict", 7, "name"),
    ("UnprocessableEntity", 8, "name"),
    ("TooManyRequests", 9, "name"),
    ("InternalServerError", 10, "name"),
    ("BadGateway", 11, "name"),
    ("ServiceUnavailable", 12, "name"),
    (200, 0, "value"),
    ("200", 0, "value"),
    (201, 1, "value"),
    ("201", 1, "value"),
    (204, 2, "value"),
    ("204", 2, "value"),
    (400, 3, "value"),
    ("400", 3, "value"),
    (401, 4, "value"),
    ("401", 4, "value"),
    (403, 5, "value"),
    ("403", 5, "value"),
    (404, 6, "value"),
    ("404", 6, "value"),
    (409, 7, "value"),
    ("409", 7, "value"),
    (422, 8, "value"),
    ("422", 8, "value"),
    (429, 9, "value"),
    ("429", 9, "value"),
    (500, 10, "value"),
    ("500", 10, "value"),
    (502, 11, "value"),
    ("502", 11, "value"),
    (503, 12, "value"),
    ("503", 12, "value"),
)

bind(HttpStatus, _FACTS, _KEYS)
