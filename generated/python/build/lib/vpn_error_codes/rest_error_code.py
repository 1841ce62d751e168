# Generated from catalog/*.yaml by `npm run build`; do not edit.
"""OrbVPN API application error codes.

Machine-readable error.code strings in the error object of the OrbVPN API's JSON response
envelope. Codes are stable between API versions, unlike messages; several codes can share one
HTTP status.

Source: OrbVPN, Error Reference (section Application Error Codes).
"""

from __future__ import annotations

from enum import Enum
from typing import Dict, FrozenSet, Optional, Union

__all__ = ["ErrorCode", "RestErrorCode", "to_error_code"]


class RestErrorCode(str, Enum):
    """Machine-readable error.code strings in the error object of the OrbVPN API's JSON response
    envelope. Codes are stable between API versions, unlike messages; several codes can share
    one HTTP status.

    Source: OrbVPN, Error Reference (section Application Error Codes).
    """

    AUTH_REQUIRED = "AUTH_REQUIRED"
    """No authentication token was provided. Include a valid Bearer token in the Authorization
    header.

    HTTP mapping: 401 Unauthorized.

    Retry: do not retry (documented).
    """

    DEVICE_LIMIT_REACHED = "DEVICE_LIMIT_REACHED"
    """The user has reached the maximum number of registered devices for their subscription plan.

    HTTP mapping: 409 Conflict.

    Retry: do not retry (documented).
    """

    DEVICE_NOT_FOUND = "DEVICE_NOT_FOUND"
    """No device exists with the specified device ID.

    HTTP mapping: 404 Not Found.

    Retry: do not retry (documented).
    """

    DNS_RESOLUTION_FAILED = "DNS_RESOLUTION_FAILED"
    """Smart DNS resolution failed for the requested domain. Verify the domain is in the supported
    list.

    HTTP mapping: 500 Internal Server Error.

    Retry: retry with exponential backoff (documented).
    """

    EMAIL_ALREADY_EXISTS = "EMAIL_ALREADY_EXISTS"
    """An account with this email address already exists. Use the login endpoint instead.

    HTTP mapping: 409 Conflict.

    Retry: do not retry (documented).
    """

    INSUFFICIENT_BALANCE = "INSUFFICIENT_BALANCE"
    """The user's wallet balance is insufficient for this transaction.

    HTTP mapping: 400 Bad Request.

    Retry: do not retry (documented).
    """

    INSUFFICIENT_PERMISSIONS = "INSUFFICIENT_PERMISSIONS"
    """The authenticated user does not have the required role or permission for this endpoint.

    HTTP mapping: 403 Forbidden.

    Retry: do not retry (documented).
    """

    INTERNAL_ERROR = "INTERNAL_ERROR"
    """An unexpected server error occurred. The OrbVPN team is automatically notified.

    HTTP mapping: 500 Internal Server Error.

    Retry: retry with exponential backoff (documented).
    """

    INVALID_EMAIL = "INVALID_EMAIL"
    """The provided email address is not a valid email format.

    HTTP mapping: 422 Unprocessable Entity.

    Retry: do not retry (documented).
    """

    PAYMENT_FAILED = "PAYMENT_FAILED"
    """The payment could not be processed. Check the payment method and try again.

    HTTP mapping: 400 Bad Request.

    Retry: do not retry (documented).
    """

    QUOTA_EXCEEDED = "QUOTA_EXCEEDED"
    """The monthly or daily API quota for your plan has been exceeded. Upgrade or wait for reset.

    HTTP mapping: 429 Too Many Requests.

    Retry: do not retry (inferred).
    """

    RATE_LIMITED = "RATE_LIMITED"
    """Too many requests in a given time window. Respect the X-RateLimit-Reset header.

    HTTP mapping: 429 Too Many Requests.

    Retry: wait for the rate-limit window, then retry (documented).
    """

    SERVER_NOT_FOUND = "SERVER_NOT_FOUND"
    """The requested VPN server does not exist or has been decommissioned.

    HTTP mapping: 404 Not Found.

    Retry: do not retry (documented).
    """

    SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE"
    """The service is temporarily unavailable due to maintenance or overload.

    HTTP mapping: 503 Service Unavailable.

    Retry: retry with exponential backoff (documented).
    """

    SUBSCRIPTION_EXPIRED = "SUBSCRIPTION_EXPIRED"
    """The user's subscription has expired. A valid subscription is required for this endpoint.

    HTTP mapping: 403 Forbidden.

    Retry: do not retry (documented).
    """

    SUBSCRIPTION_NOT_FOUND = "SUBSCRIPTION_NOT_FOUND"
    """No active subscription was found for the user.

    HTTP mapping: 404 Not Found.

    Retry: do not retry (documented).
    """

    TOKEN_EXPIRED = "TOKEN_EXPIRED"
    """The access token has expired. Use your refresh token to obtain a new access token.

    HTTP mapping: 401 Unauthorized.

    Retry: refresh the access token, then retry once (documented).
    """

    TOKEN_INVALID = "TOKEN_INVALID"
    """The token is malformed, revoked, or was signed with an unknown key. Re-authenticate.

    HTTP mapping: 401 Unauthorized.

    Retry: do not retry (documented).
    """

    UPSTREAM_ERROR = "UPSTREAM_ERROR"
    """An upstream dependency returned an unexpected response. Usually transient.

    HTTP mapping: 502 Bad Gateway.

    Retry: retry with exponential backoff (documented).
    """

    USER_NOT_FOUND = "USER_NOT_FOUND"
    """No user exists with the specified ID or email.

    HTTP mapping: 404 Not Found.

    Retry: do not retry (documented).
    """

    VALIDATION_ERROR = "VALIDATION_ERROR"
    """One or more request fields failed validation. The details object specifies which fields are
    invalid.

    HTTP mapping: 400 Bad Request.

    Retry: do not retry (documented).
    """

    VPN_CONNECTION_FAILED = "VPN_CONNECTION_FAILED"
    """The VPN server could not establish a tunnel. The server may be at capacity or experiencing
    issues.

    HTTP mapping: 500 Internal Server Error.

    Retry: retry with exponential backoff (documented).
    """

    WEAK_PASSWORD = "WEAK_PASSWORD"
    """The password does not meet the minimum strength requirements (at least 8 characters, one
    uppercase, one number).

    HTTP mapping: 422 Unprocessable Entity.

    Retry: do not retry (documented).
    """

    def __str__(self) -> str:
        """The wire value, as StrEnum gives it (Python 3.11+), on every supported version."""
        return str(self.value)

    @property
    def identifier(self) -> str:
        """The catalog's identifier, verbatim."""
        return str(self.value)

    @property
    def retryable(self) -> bool:
        """True when a retry, after the step the retry advice names, can succeed."""
        return self in _RETRYABLE

    @classmethod
    def from_code(cls, code: str) -> Optional[RestErrorCode]:
        """The member whose value is ``code``, or None for a code this catalog does not know."""
        try:
            return cls(code)
        except ValueError:
            return None

    @classmethod
    def parse(cls, name: str) -> Optional[RestErrorCode]:
        """The member with this identifier, or None."""
        return _BY_NAME.get(name)


_RETRYABLE: FrozenSet[RestErrorCode] = frozenset({
    RestErrorCode.DNS_RESOLUTION_FAILED,
    RestErrorCode.INTERNAL_ERROR,
    RestErrorCode.RATE_LIMITED,
    RestErrorCode.SERVICE_UNAVAILABLE,
    RestErrorCode.TOKEN_EXPIRED,
    RestErrorCode.UPSTREAM_ERROR,
    RestErrorCode.VPN_CONNECTION_FAILED,
})

_BY_NAME: Dict[str, RestErrorCode] = {member.identifier: member for member in RestErrorCode}


ErrorCode = Union[RestErrorCode, str]
"""The envelope's error.code: a RestErrorCode, or a code this catalog does not know yet, kept as its string."""


def to_error_code(code: str) -> ErrorCode:
    """The member for a known code; an unknown code stays a plain string, so newer API codes still decode."""
    member = RestErrorCode.from_code(code)
    return code if member is None else member
