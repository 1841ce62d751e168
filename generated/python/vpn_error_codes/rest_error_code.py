# Generated from catalog/*.yaml by scripts/emit/languages/python/enum.ts (npm run build); do not edit.
"""OrbVPN API application error codes.

Machine-readable error.code strings in the error object of the OrbVPN API's JSON response
envelope. Codes are stable between API versions, unlike messages; several codes can share one
HTTP status.

Source: OrbVPN, Error Reference (section Application Error Codes).
"""

from __future__ import annotations

from enum import Enum
from typing import Union

__all__ = ["ErrorCode", "RestErrorCode", "to_error_code"]


class RestErrorCode(str, Enum):
    """OrbVPN API application error codes.

    Machine-readable error.code strings in the error object of the OrbVPN API's JSON response
    envelope. Codes are stable between API versions, unlike messages; several codes can share
    one HTTP status.

    Source: OrbVPN, Error Reference (section Application Error Codes).
    """

    AUTH_REQUIRED = "AUTH_REQUIRED"
    """No authentication token was provided. Include a valid Bearer token in the Authorization
    header.

    Group: Authentication Errors.

    HTTP mapping: 401 Unauthorized.

    Retry: do not retry (documented). The page lists 401 among the errors that will not resolve
    with retries.

    Action: Include a valid Bearer token in the Authorization header. (documented)
    """

    DEVICE_LIMIT_REACHED = "DEVICE_LIMIT_REACHED"
    """The user has reached the maximum number of registered devices for their subscription plan.

    Group: Conflict Errors.

    HTTP mapping: 409 Conflict.

    Retry: do not retry (documented). The page lists 409 among the errors that will not resolve
    with retries.
    """

    DEVICE_NOT_FOUND = "DEVICE_NOT_FOUND"
    """No device exists with the specified device ID.

    Group: Resource Not Found Errors.

    HTTP mapping: 404 Not Found.

    Retry: do not retry (documented). The page lists 404 among the errors that will not resolve
    with retries.
    """

    DNS_RESOLUTION_FAILED = "DNS_RESOLUTION_FAILED"
    """Smart DNS resolution failed for the requested domain. Verify the domain is in the supported
    list.

    Group: VPN-Specific Errors.

    HTTP mapping: 500 Internal Server Error.

    Retry: retry with exponential backoff (documented). The page lists 500 among the errors that
    are safe to retry with backoff, though retries cannot help a domain outside the supported
    list.

    Action: Verify the domain is in the supported list. (documented)
    """

    EMAIL_ALREADY_EXISTS = "EMAIL_ALREADY_EXISTS"
    """An account with this email address already exists. Use the login endpoint instead.

    Group: Conflict Errors.

    HTTP mapping: 409 Conflict.

    Retry: do not retry (documented). The page lists 409 among the errors that will not resolve
    with retries.

    Action: Use the login endpoint instead. (documented)
    """

    INSUFFICIENT_BALANCE = "INSUFFICIENT_BALANCE"
    """The user's wallet balance is insufficient for this transaction.

    Group: Billing and Payment Errors.

    HTTP mapping: 400 Bad Request.

    Retry: do not retry (documented). The page lists 400 among the errors that will not resolve
    with retries.
    """

    INSUFFICIENT_PERMISSIONS = "INSUFFICIENT_PERMISSIONS"
    """The authenticated user does not have the required role or permission for this endpoint.

    Group: Authentication Errors.

    HTTP mapping: 403 Forbidden.

    Retry: do not retry (documented). The page lists 403 among the errors that will not resolve
    with retries.
    """

    INTERNAL_ERROR = "INTERNAL_ERROR"
    """An unexpected server error occurred. The OrbVPN team is automatically notified.

    Group: Server Errors.

    HTTP mapping: 500 Internal Server Error.

    Retry: retry with exponential backoff (documented). The page lists 500 among the errors that
    are safe to retry with backoff.
    """

    INVALID_EMAIL = "INVALID_EMAIL"
    """The provided email address is not a valid email format.

    Group: Validation Errors.

    HTTP mapping: 422 Unprocessable Entity.

    Retry: do not retry (documented). The page lists 422 among the errors that will not resolve
    with retries.
    """

    PAYMENT_FAILED = "PAYMENT_FAILED"
    """The payment could not be processed. Check the payment method and try again.

    Group: Billing and Payment Errors.

    HTTP mapping: 400 Bad Request.

    Retry: do not retry (documented). The page lists 400 among the errors that will not resolve
    with retries; the same payment method fails again.

    Action: Check the payment method and try again. (documented)
    """

    QUOTA_EXCEEDED = "QUOTA_EXCEEDED"
    """The monthly or daily API quota for your plan has been exceeded. Upgrade or wait for reset.

    Group: Rate Limiting and Quota Errors.

    HTTP mapping: 429 Too Many Requests.

    Retry: do not retry (inferred). A monthly or daily quota does not come back within the
    policy's retry budget.

    Departs from its status's rule: 429 is retryable by status, but the quota is monthly or
    daily (page), so five retries within 32 seconds cannot outlast it; Google's AIP-194 treats
    quota exhaustion as not retryable, and the page itself says to upgrade or wait for the
    reset.

    Action: Upgrade the plan or wait for the quota to reset. (documented)
    """

    RATE_LIMITED = "RATE_LIMITED"
    """Too many requests in a given time window. Respect the X-RateLimit-Reset header.

    Group: Rate Limiting and Quota Errors.

    HTTP mapping: 429 Too Many Requests.

    Retry: wait for the rate-limit window, then retry (documented). The page says to check the
    X-RateLimit-Reset header and wait before retrying.

    Action: Wait until the time given in the X-RateLimit-Reset header before retrying.
    (documented)
    """

    SERVER_NOT_FOUND = "SERVER_NOT_FOUND"
    """The requested VPN server does not exist or has been decommissioned.

    Group: Resource Not Found Errors.

    HTTP mapping: 404 Not Found.

    Retry: do not retry (documented). The page lists 404 among the errors that will not resolve
    with retries.
    """

    SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE"
    """The service is temporarily unavailable due to maintenance or overload.

    Group: Server Errors.

    HTTP mapping: 503 Service Unavailable.

    Retry: retry with exponential backoff (documented). The page lists 503 among the errors that
    are safe to retry with backoff.
    """

    SUBSCRIPTION_EXPIRED = "SUBSCRIPTION_EXPIRED"
    """The user's subscription has expired. A valid subscription is required for this endpoint.

    Group: Billing and Payment Errors.

    HTTP mapping: 403 Forbidden.

    Retry: do not retry (documented). The page lists 403 among the errors that will not resolve
    with retries.

    Action: Renew the subscription to continue using this feature. (documented)
    """

    SUBSCRIPTION_NOT_FOUND = "SUBSCRIPTION_NOT_FOUND"
    """No active subscription was found for the user.

    Group: Resource Not Found Errors.

    HTTP mapping: 404 Not Found.

    Retry: do not retry (documented). The page lists 404 among the errors that will not resolve
    with retries.
    """

    TOKEN_EXPIRED = "TOKEN_EXPIRED"
    """The access token has expired. Use your refresh token to obtain a new access token.

    Group: Authentication Errors.

    HTTP mapping: 401 Unauthorized.

    Retry: refresh the access token, then retry once (documented). The page's token refresh flow
    says to refresh the token first, then retry the original request exactly once.

    Departs from its status's rule: 401 is non-retryable by status, but the page's token refresh
    flow says that on 401 TOKEN_EXPIRED the client refreshes the token first, then retries the
    original request exactly once; if the refresh fails, it re-authenticates.

    Action: Use your refresh token to obtain a new access token, then retry the original request
    once; re-authenticate if the refresh fails. (documented)
    """

    TOKEN_INVALID = "TOKEN_INVALID"
    """The token is malformed, revoked, or was signed with an unknown key. Re-authenticate.

    Group: Authentication Errors.

    HTTP mapping: 401 Unauthorized.

    Retry: do not retry (documented). The page lists 401 among the errors that will not resolve
    with retries.

    Action: Re-authenticate to obtain a new token. (documented)
    """

    UPSTREAM_ERROR = "UPSTREAM_ERROR"
    """An upstream dependency returned an unexpected response. Usually transient.

    Group: Server Errors.

    HTTP mapping: 502 Bad Gateway.

    Retry: retry with exponential backoff (documented). The page lists 502 among the errors that
    are safe to retry with backoff.
    """

    USER_NOT_FOUND = "USER_NOT_FOUND"
    """No user exists with the specified ID or email.

    Group: Resource Not Found Errors.

    HTTP mapping: 404 Not Found.

    Retry: do not retry (documented). The page lists 404 among the errors that will not resolve
    with retries.
    """

    VALIDATION_ERROR = "VALIDATION_ERROR"
    """One or more request fields failed validation. The details object specifies which fields are
    invalid.

    Group: Validation Errors.

    HTTP mapping: 400 Bad Request.

    Retry: do not retry (documented). The page lists 400 among the errors that will not resolve
    with retries.

    Action: Read the details object for the field, constraint and received value, and correct
    the request. (documented)
    """

    VPN_CONNECTION_FAILED = "VPN_CONNECTION_FAILED"
    """The VPN server could not establish a tunnel. The server may be at capacity or experiencing
    issues.

    Group: VPN-Specific Errors.

    HTTP mapping: 500 Internal Server Error.

    Retry: retry with exponential backoff (documented). The page lists 500 among the errors that
    are safe to retry with backoff.
    """

    WEAK_PASSWORD = "WEAK_PASSWORD"
    """The password does not meet the minimum strength requirements (at least 8 characters, one
    uppercase, one number).

    Group: Validation Errors.

    HTTP mapping: 422 Unprocessable Entity.

    Retry: do not retry (documented). The page lists 422 among the errors that will not resolve
    with retries.

    Action: Choose a password that meets the strength requirements listed in the error details.
    (documented)
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
    def from_code(cls, code: str) -> RestErrorCode | None:
        """The member whose value is ``code``, or None for a code this catalog does not know."""
        try:
            return cls(code)
        except ValueError:
            return None

    @classmethod
    def parse(cls, name: str) -> RestErrorCode | None:
        """The member with this identifier, or None."""
        return _BY_NAME.get(name)


_RETRYABLE: frozenset[RestErrorCode] = frozenset(
    {
        RestErrorCode.DNS_RESOLUTION_FAILED,
        RestErrorCode.INTERNAL_ERROR,
        RestErrorCode.RATE_LIMITED,
        RestErrorCode.SERVICE_UNAVAILABLE,
        RestErrorCode.TOKEN_EXPIRED,
        RestErrorCode.UPSTREAM_ERROR,
        RestErrorCode.VPN_CONNECTION_FAILED,
    }
)

_BY_NAME: dict[str, RestErrorCode] = {member.identifier: member for member in RestErrorCode}


ErrorCode = Union[RestErrorCode, str]
"""The envelope's error.code: a RestErrorCode, or a code this catalog does not know yet, kept as its string."""


def to_error_code(code: str) -> ErrorCode:
    """The member for a known code; an unknown code stays a plain string, so newer API codes still decode."""
    member = RestErrorCode.from_code(code)
    return code if member is None else member
