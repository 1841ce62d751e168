# Generated from catalog/*.yaml by scripts/emit/languages/python/enum.ts (npm run build); do not edit.
"""OrbVPN API application error codes.

Machine-readable error.code strings in the error object of the OrbVPN API's JSON response
envelope. Codes are stable between API versions, unlike messages; several codes can share one
HTTP status.

Source: OrbVPN, Error Reference (section Application Error Codes).
"""

from __future__ import annotations

from enum import Enum

from ._lookup import Action, CodeMember, Facts, RetryAdvice, bind
from .http_status import HttpStatus

__all__ = ["RestErrorCode"]


class RestErrorCode(CodeMember, str, Enum):
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


# Each member's facts, in the members' order.
_FACTS = (
    Facts(
        identifier="AUTH_REQUIRED",
        group="authentication",
        group_title="Authentication Errors",
        description="No authentication token was provided. Include a valid Bearer token in the Authorization header.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "documented",
            "The page lists 401 among the errors that will not resolve with retries.",
        ),
        stability="stable",
        doc="No authentication token was provided. Include a valid Bearer token in the Authorization header.\n\nGroup: Authentication Errors.\n\nHTTP mapping: 401 Unauthorized.\n\nRetry: do not retry (documented). The page lists 401 among the errors that will not resolve with retries.\n\nAction: Include a valid Bearer token in the Authorization header. (documented)",
        http_status=HttpStatus.UNAUTHORIZED,
        action=Action("Include a valid Bearer token in the Authorization header.", "documented"),
    ),
    Facts(
        identifier="DEVICE_LIMIT_REACHED",
        group="conflict",
        group_title="Conflict Errors",
        description="The user has reached the maximum number of registered devices for their subscription plan.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "documented",
            "The page lists 409 among the errors that will not resolve with retries.",
        ),
        stability="stable",
        doc="The user has reached the maximum number of registered devices for their subscription plan.\n\nGroup: Conflict Errors.\n\nHTTP mapping: 409 Conflict.\n\nRetry: do not retry (documented). The page lists 409 among the errors that will not resolve with retries.",
        http_status=HttpStatus.CONFLICT,
    ),
    Facts(
        identifier="DEVICE_NOT_FOUND",
        group="resource-not-found",
        group_title="Resource Not Found Errors",
        description="No device exists with the specified device ID.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "documented",
            "The page lists 404 among the errors that will not resolve with retries.",
        ),
        stability="stable",
        doc="No device exists with the specified device ID.\n\nGroup: Resource Not Found Errors.\n\nHTTP mapping: 404 Not Found.\n\nRetry: do not retry (documented). The page lists 404 among the errors that will not resolve with retries.",
        http_status=HttpStatus.NOT_FOUND,
    ),
    Facts(
        identifier="DNS_RESOLUTION_FAILED",
        group="vpn",
        group_title="VPN-Specific Errors",
        description="Smart DNS resolution failed for the requested domain. Verify the domain is in the supported list.",
        retryable=True,
        retry_advice=RetryAdvice(
            "backoff",
            "documented",
            "The page lists 500 among the errors that are safe to retry with backoff, though retries cannot help a domain outside the supported list.",
        ),
        stability="stable",
        doc="Smart DNS resolution failed for the requested domain. Verify the domain is in the supported list.\n\nGroup: VPN-Specific Errors.\n\nHTTP mapping: 500 Internal Server Error.\n\nRetry: retry with exponential backoff (documented). The page lists 500 among the errors that are safe to retry with backoff, though retries cannot help a domain outside the supported list.\n\nAction: Verify the domain is in the supported list. (documented)",
        http_status=HttpStatus.INTERNAL_SERVER_ERROR,
        action=Action("Verify the domain is in the supported list.", "documented"),
    ),
    Facts(
        identifier="EMAIL_ALREADY_EXISTS",
        group="conflict",
        group_title="Conflict Errors",
        description="An account with this email address already exists. Use the login endpoint instead.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "documented",
            "The page lists 409 among the errors that will not resolve with retries.",
        ),
        stability="stable",
        doc="An account with this email address already exists. Use the login endpoint instead.\n\nGroup: Conflict Errors.\n\nHTTP mapping: 409 Conflict.\n\nRetry: do not retry (documented). The page lists 409 among the errors that will not resolve with retries.\n\nAction: Use the login endpoint instead. (documented)",
        http_status=HttpStatus.CONFLICT,
        action=Action("Use the login endpoint instead.", "documented"),
    ),
    Facts(
        identifier="INSUFFICIENT_BALANCE",
        group="billing",
        group_title="Billing and Payment Errors",
        description="The user's wallet balance is insufficient for this transaction.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "documented",
            "The page lists 400 among the errors that will not resolve with retries.",
        ),
        stability="stable",
        doc="The user's wallet balance is insufficient for this transaction.\n\nGroup: Billing and Payment Errors.\n\nHTTP mapping: 400 Bad Request.\n\nRetry: do not retry (documented). The page lists 400 among the errors that will not resolve with retries.",
        http_status=HttpStatus.BAD_REQUEST,
    ),
    Facts(
        identifier="INSUFFICIENT_PERMISSIONS",
        group="authentication",
        group_title="Authentication Errors",
        description="The authenticated user does not have the required role or permission for this endpoint.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "documented",
            "The page lists 403 among the errors that will not resolve with retries.",
        ),
        stability="stable",
        doc="The authenticated user does not have the required role or permission for this endpoint.\n\nGroup: Authentication Errors.\n\nHTTP mapping: 403 Forbidden.\n\nRetry: do not retry (documented). The page lists 403 among the errors that will not resolve with retries.",
        http_status=HttpStatus.FORBIDDEN,
    ),
    Facts(
        identifier="INTERNAL_ERROR",
        group="server",
        group_title="Server Errors",
        description="An unexpected server error occurred. The OrbVPN team is automatically notified.",
        retryable=True,
        retry_advice=RetryAdvice(
            "backoff",
            "documented",
            "The page lists 500 among the errors that are safe to retry with backoff.",
        ),
        stability="stable",
        doc="An unexpected server error occurred. The OrbVPN team is automatically notified.\n\nGroup: Server Errors.\n\nHTTP mapping: 500 Internal Server Error.\n\nRetry: retry with exponential backoff (documented). The page lists 500 among the errors that are safe to retry with backoff.",
        http_status=HttpStatus.INTERNAL_SERVER_ERROR,
    ),
    Facts(
        identifier="INVALID_EMAIL",
        group="validation",
        group_title="Validation Errors",
        description="The provided email address is not a valid email format.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "documented",
            "The page lists 422 among the errors that will not resolve with retries.",
        ),
        stability="stable",
        doc="The provided email address is not a valid email format.\n\nGroup: Validation Errors.\n\nHTTP mapping: 422 Unprocessable Entity.\n\nRetry: do not retry (documented). The page lists 422 among the errors that will not resolve with retries.",
        http_status=HttpStatus.UNPROCESSABLE_ENTITY,
    ),
    Facts(
        identifier="PAYMENT_FAILED",
        group="billing",
        group_title="Billing and Payment Errors",
        description="The payment could not be processed. Check the payment method and try again.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "documented",
            "The page lists 400 among the errors that will not resolve with retries; the same payment method fails again.",
        ),
        stability="stable",
        doc="The payment could not be processed. Check the payment method and try again.\n\nGroup: Billing and Payment Errors.\n\nHTTP mapping: 400 Bad Request.\n\nRetry: do not retry (documented). The page lists 400 among the errors that will not resolve with retries; the same payment method fails again.\n\nAction: Check the payment method and try again. (documented)",
        http_status=HttpStatus.BAD_REQUEST,
        action=Action("Check the payment method and try again.", "documented"),
    ),
    Facts(
        identifier="QUOTA_EXCEEDED",
        group="rate-limiting",
        group_title="Rate Limiting and Quota Errors",
        description="The monthly or daily API quota for your plan has been exceeded. Upgrade or wait for reset.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "inferred",
            "A monthly or daily quota does not come back within the policy's retry budget.",
            "429 is retryable by status, but the quota is monthly or daily (page), so five retries within 32 seconds cannot outlast it; Google's AIP-194 treats quota exhaustion as not retryable, and the page itself says to upgrade or wait for the reset.",
        ),
        stability="stable",
        doc="The monthly or daily API quota for your plan has been exceeded. Upgrade or wait for reset.\n\nGroup: Rate Limiting and Quota Errors.\n\nHTTP mapping: 429 Too Many Requests.\n\nRetry: do not retry (inferred). A monthly or daily quota does not come back within the policy's retry budget.\n\nDeparts from its status's rule: 429 is retryable by status, but the quota is monthly or daily (page), so five retries within 32 seconds cannot outlast it; Google's AIP-194 treats quota exhaustion as not retryable, and the page itself says to upgrade or wait for the reset.\n\nAction: Upgrade the plan or wait for the quota to reset. (documented)",
        http_status=HttpStatus.TOO_MANY_REQUESTS,
        action=Action("Upgrade the plan or wait for the quota to reset.", "documented"),
    ),
    Facts(
        identifier="RATE_LIMITED",
        group="rate-limiting",
        group_title="Rate Limiting and Quota Errors",
        description="Too many requests in a given time window. Respect the X-RateLimit-Reset header.",
        retryable=True,
        retry_advice=RetryAdvice(
            "wait-for-window",
            "documented",
            "The page says to check the X-RateLimit-Reset header and wait before retrying.",
        ),
        stability="stable",
        doc="Too many requests in a given time window. Respect the X-RateLimit-Reset header.\n\nGroup: Rate Limiting and Quota Errors.\n\nHTTP mapping: 429 Too Many Requests.\n\nRetry: wait for the rate-limit window, then retry (documented). The page says to check the X-RateLimit-Reset header and wait before retrying.\n\nAction: Wait until the time given in the X-RateLimit-Reset header before retrying. (documented)",
        http_status=HttpStatus.TOO_MANY_REQUESTS,
        action=Action("Wait until the time given in the X-RateLimit-Reset header before retrying.", "documented"),
    ),
    Facts(
        identifier="SERVER_NOT_FOUND",
        group="resource-not-found",
        group_title="Resource Not Found Errors",
        description="The requested VPN server does not exist or has been decommissioned.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "documented",
            "The page lists 404 among the errors that will not resolve with retries.",
        ),
        stability="stable",
        doc="The requested VPN server does not exist or has been decommissioned.\n\nGroup: Resource Not Found Errors.\n\nHTTP mapping: 404 Not Found.\n\nRetry: do not retry (documented). The page lists 404 among the errors that will not resolve with retries.",
        http_status=HttpStatus.NOT_FOUND,
    ),
    Facts(
        identifier="SERVICE_UNAVAILABLE",
        group="server",
        group_title="Server Errors",
        description="The service is temporarily unavailable due to maintenance or overload.",
        retryable=True,
        retry_advice=RetryAdvice(
            "backoff",
            "documented",
            "The page lists 503 among the errors that are safe to retry with backoff.",
        ),
        stability="stable",
        doc="The service is temporarily unavailable due to maintenance or overload.\n\nGroup: Server Errors.\n\nHTTP mapping: 503 Service Unavailable.\n\nRetry: retry with exponential backoff (documented). The page lists 503 among the errors that are safe to retry with backoff.",
        http_status=HttpStatus.SERVICE_UNAVAILABLE,
    ),
    Facts(
        identifier="SUBSCRIPTION_EXPIRED",
        group="billing",
        group_title="Billing and Payment Errors",
        description="The user's subscription has expired. A valid subscription is required for this endpoint.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "documented",
            "The page lists 403 among the errors that will not resolve with retries.",
        ),
        stability="stable",
        doc="The user's subscription has expired. A valid subscription is required for this endpoint.\n\nGroup: Billing and Payment Errors.\n\nHTTP mapping: 403 Forbidden.\n\nRetry: do not retry (documented). The page lists 403 among the errors that will not resolve with retries.\n\nAction: Renew the subscription to continue using this feature. (documented)",
        http_status=HttpStatus.FORBIDDEN,
        action=Action("Renew the subscription to continue using this feature.", "documented"),
    ),
    Facts(
        identifier="SUBSCRIPTION_NOT_FOUND",
        group="resource-not-found",
        group_title="Resource Not Found Errors",
        description="No active subscription was found for the user.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "documented",
            "The page lists 404 among the errors that will not resolve with retries.",
        ),
        stability="stable",
        doc="No active subscription was found for the user.\n\nGroup: Resource Not Found Errors.\n\nHTTP mapping: 404 Not Found.\n\nRetry: do not retry (documented). The page lists 404 among the errors that will not resolve with retries.",
        http_status=HttpStatus.NOT_FOUND,
    ),
    Facts(
        identifier="TOKEN_EXPIRED",
        group="authentication",
        group_title="Authentication Errors",
        description="The access token has expired. Use your refresh token to obtain a new access token.",
        retryable=True,
        retry_advice=RetryAdvice(
            "refresh-credentials",
            "documented",
            "The page's token refresh flow says to refresh the token first, then retry the original request exactly once.",
            "401 is non-retryable by status, but the page's token refresh flow says that on 401 TOKEN_EXPIRED the client refreshes the token first, then retries the original request exactly once; if the refresh fails, it re-authenticates.",
        ),
        stability="stable",
        doc="The access token has expired. Use your refresh token to obtain a new access token.\n\nGroup: Authentication Errors.\n\nHTTP mapping: 401 Unauthorized.\n\nRetry: refresh the access token, then retry once (documented). The page's token refresh flow says to refresh the token first, then retry the original request exactly once.\n\nDeparts from its status's rule: 401 is non-retryable by status, but the page's token refresh flow says that on 401 TOKEN_EXPIRED the client refreshes the token first, then retries the original request exactly once; if the refresh fails, it re-authenticates.\n\nAction: Use your refresh token to obtain a new access token, then retry the original request once; re-authenticate if the refresh fails. (documented)",
        http_status=HttpStatus.UNAUTHORIZED,
        action=Action(
            "Use your refresh token to obtain a new access token, then retry the original request once; re-authenticate if the refresh fails.",
            "documented",
        ),
    ),
    Facts(
        identifier="TOKEN_INVALID",
        group="authentication",
        group_title="Authentication Errors",
        description="The token is malformed, revoked, or was signed with an unknown key. Re-authenticate.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "documented",
            "The page lists 401 among the errors that will not resolve with retries.",
        ),
        stability="stable",
        doc="The token is malformed, revoked, or was signed with an unknown key. Re-authenticate.\n\nGroup: Authentication Errors.\n\nHTTP mapping: 401 Unauthorized.\n\nRetry: do not retry (documented). The page lists 401 among the errors that will not resolve with retries.\n\nAction: Re-authenticate to obtain a new token. (documented)",
        http_status=HttpStatus.UNAUTHORIZED,
        action=Action("Re-authenticate to obtain a new token.", "documented"),
    ),
    Facts(
        identifier="UPSTREAM_ERROR",
        group="server",
        group_title="Server Errors",
        description="An upstream dependency returned an unexpected response. Usually transient.",
        retryable=True,
        retry_advice=RetryAdvice(
            "backoff",
            "documented",
            "The page lists 502 among the errors that are safe to retry with backoff.",
        ),
        stability="stable",
        doc="An upstream dependency returned an unexpected response. Usually transient.\n\nGroup: Server Errors.\n\nHTTP mapping: 502 Bad Gateway.\n\nRetry: retry with exponential backoff (documented). The page lists 502 among the errors that are safe to retry with backoff.",
        http_status=HttpStatus.BAD_GATEWAY,
    ),
    Facts(
        identifier="USER_NOT_FOUND",
        group="resource-not-found",
        group_title="Resource Not Found Errors",
        description="No user exists with the specified ID or email.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "documented",
            "The page lists 404 among the errors that will not resolve with retries.",
        ),
        stability="stable",
        doc="No user exists with the specified ID or email.\n\nGroup: Resource Not Found Errors.\n\nHTTP mapping: 404 Not Found.\n\nRetry: do not retry (documented). The page lists 404 among the errors that will not resolve with retries.",
        http_status=HttpStatus.NOT_FOUND,
    ),
    Facts(
        identifier="VALIDATION_ERROR",
        group="validation",
        group_title="Validation Errors",
        description="One or more request fields failed validation. The details object specifies which fields are invalid.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "documented",
            "The page lists 400 among the errors that will not resolve with retries.",
        ),
        stability="stable",
        doc="One or more request fields failed validation. The details object specifies which fields are invalid.\n\nGroup: Validation Errors.\n\nHTTP mapping: 400 Bad Request.\n\nRetry: do not retry (documented). The page lists 400 among the errors that will not resolve with retries.\n\nAction: Read the details object for the field, constraint and received value, and correct the request. (documented)",
        http_status=HttpStatus.BAD_REQUEST,
        action=Action(
            "Read the details object for the field, constraint and received value, and correct the request.",
            "documented",
        ),
    ),
    Facts(
        identifier="VPN_CONNECTION_FAILED",
        group="vpn",
        group_title="VPN-Specific Errors",
        description="The VPN server could not establish a tunnel. The server may be at capacity or experiencing issues.",
        retryable=True,
        retry_advice=RetryAdvice(
            "backoff",
            "documented",
            "The page lists 500 among the errors that are safe to retry with backoff.",
        ),
        stability="stable",
        doc="The VPN server could not establish a tunnel. The server may be at capacity or experiencing issues.\n\nGroup: VPN-Specific Errors.\n\nHTTP mapping: 500 Internal Server Error.\n\nRetry: retry with exponential backoff (documented). The page lists 500 among the errors that are safe to retry with backoff.",
        http_status=HttpStatus.INTERNAL_SERVER_ERROR,
    ),
    Facts(
        identifier="WEAK_PASSWORD",
        group="validation",
        group_title="Validation Errors",
        description="The password does not meet the minimum strength requirements (at least 8 characters, one uppercase, one number).",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "documented",
            "The page lists 422 among the errors that will not resolve with retries.",
        ),
        stability="stable",
        doc="The password does not meet the minimum strength requirements (at least 8 characters, one uppercase, one number).\n\nGroup: Validation Errors.\n\nHTTP mapping: 422 Unprocessable Entity.\n\nRetry: do not retry (documented). The page lists 422 among the errors that will not resolve with retries.\n\nAction: Choose a password that meets the strength requirements listed in the error details. (documented)",
        http_status=HttpStatus.UNPROCESSABLE_ENTITY,
        action=Action(
            "Choose a password that meets the strength requirements listed in the error details.",
            "documented",
        ),
    ),
)

# Every key a lookup accepts, the catalog's priority applied: the key, the member's index, how the key names it.
_KEYS = (
    ("AUTH_REQUIRED", 0, "name"),
    ("DEVICE_LIMIT_REACHED", 1, "name"),
    ("DEVICE_NOT_FOUND", 2, "name"),
    ("DNS_RESOLUTION_FAILED", 3, "name"),
    ("EMAIL_ALREADY_EXISTS", 4, "name"),
    ("INSUFFICIENT_BALANCE", 5, "name"),
    ("INSUFFICIENT_PERMISSIONS", 6, "name"),
    ("INTERNAL_ERROR", 7, "name"),
    ("INVALID_EMAIL", 8, "name"),
    ("PAYMENT_FAILED", 9, "name"),
    ("QUOTA_EXCEEDED", 10, "name"),
    ("RATE_LIMITED", 11, "name"),
    ("SERVER_NOT_FOUND", 12, "name"),
    ("SERVICE_UNAVAILABLE", 13, "name"),
    ("SUBSCRIPTION_EXPIRED", 14, "name"),
    ("SUBSCRIPTION_NOT_FOUND", 15, "name"),
    ("TOKEN_EXPIRED", 16, "name"),
    ("TOKEN_INVALID", 17, "name"),
    ("UPSTREAM_ERROR", 18, "name"),
    ("USER_NOT_FOUND", 19, "name"),
    ("VALIDATION_ERROR", 20, "name"),
    ("VPN_CONNECTION_FAILED", 21, "name"),
    ("WEAK_PASSWORD", 22, "name"),
)

bind(RestErrorCode, _FACTS, _KEYS)
