# Generated from catalog/*.yaml by `npm run build`; do not edit.
"""Unified VPN SDK for Windows request results.

Result of the request processing by the UnifiedSDK service. The SDK returns it as the response
result of a request; the page gives names only, so the value of each member is its name.

Source: Pango, Unified VPN SDK for Windows: Error processing (section ResponseResult).
"""

from __future__ import annotations

from enum import Enum
from typing import Dict, FrozenSet, Optional

__all__ = ["ResponseResult"]


class ResponseResult(str, Enum):
    """Result of the request processing by the UnifiedSDK service. The SDK returns it as the
    response result of a request; the page gives names only, so the value of each member is its
    name.

    Source: Pango, Unified VPN SDK for Windows: Error processing (section ResponseResult).
    """

    AuthFailed = "AuthFailed"
    """Backend authentication failed.

    Retry: do not retry (inferred).
    """

    BadRequest = "BadRequest"
    """Backend server returned a 400 error.

    HTTP mapping: 400 Bad Request.

    Retry: do not retry (inferred).
    """

    CarrierDisabled = "CarrierDisabled"
    """Carrier disabled on the backend.

    Retry: do not retry (inferred).
    """

    ConnectionTimeout = "ConnectionTimeout"
    """Cannot connect to the service during the timeout.

    Retry: retry with exponential backoff (inferred).
    """

    DevicesExceed = "DevicesExceed"
    """Device limit exceed.

    Retry: do not retry (inferred).

    Name lookups also accept DEVICES_EXCEED.
    """

    Error = "Error"
    """Request processing failed for any reason.

    Retry: do not retry (inferred).
    """

    FeatureNotFound = "FeatureNotFound"
    """Feature not found.

    Retry: do not retry (inferred).
    """

    Forbidden = "Forbidden"
    """Backend server returned a 403 error.

    HTTP mapping: 403 Forbidden.

    Retry: do not retry (inferred).
    """

    InternalServerError = "InternalServerError"
    """Backend server returned a 500 error.

    HTTP mapping: 500 Internal Server Error.

    Retry: retry with exponential backoff (inferred).
    """

    Invalid = "Invalid"
    """Invalid data.

    Retry: do not retry (inferred).
    """

    InvalidDeviceId = "InvalidDeviceId"
    """Invalid device identifier.

    Retry: do not retry (inferred).
    """

    InvalidPurchase = "InvalidPurchase"
    """Something went wrong with the purchase.

    Retry: do not retry (inferred).
    """

    InvalidResponse = "InvalidResponse"
    """Invalid response from the server (i.e. HTML instead of JSON).

    Retry: retry with exponential backoff (inferred).
    """

    InvalidUri = "InvalidUri"
    """URI parameter has an invalid format.

    Retry: do not retry (inferred).
    """

    NoInternetConnection = "NoInternetConnection"
    """Request processing failed because the service detected a broken internet connection through
    the primary network adapter.

    Retry: retry with exponential backoff (inferred).
    """

    None_ = "None"
    """No result; the default value, which should never come from the service.

    Retry: not an error (documented).

    None is reserved in Python, so the member is spelled None_; its identifier is still None.
    """

    NotAuthorized = "NotAuthorized"
    """The client passed an invalid Auth token.

    Retry: do not retry (inferred).

    Name lookups also accept NOT_AUTHORIZED.
    """

    NotFound = "NotFound"
    """Backend server returned a 404 error.

    HTTP mapping: 404 Not Found.

    Retry: do not retry (inferred).
    """

    NotResponding = "NotResponding"
    """VPN node server is not responding.

    Retry: retry with exponential backoff (inferred).
    """

    OauthError = "OauthError"
    """Open authenticator (OAuth) error.

    Retry: do not retry (inferred).

    Name lookups also accept OAuthError.
    """

    Ok = "Ok"
    """Request processed successfully.

    Retry: not an error (documented).
    """

    RequestLimitExceed = "RequestLimitExceed"
    """Backend request limit exceed.

    Retry: do not retry (inferred).
    """

    RequestTimeout = "RequestTimeout"
    """Backend server did not respond within the specified timeout interval.

    Retry: retry with exponential backoff (inferred).
    """

    ServerNotAnswering = "ServerNotAnswering"
    """Cannot connect to the backend server.

    Retry: retry with exponential backoff (inferred).
    """

    ServerUnavailable = "ServerUnavailable"
    """Backend server is unavailable.

    Retry: retry with exponential backoff (inferred).
    """

    ServiceNotInitialized = "ServiceNotInitialized"
    """Service is not initialized.

    Retry: do not retry (inferred).
    """

    SessionNotFound = "SessionNotFound"
    """Session not found.

    Retry: do not retry (inferred).
    """

    SessionTrafficExceed = "SessionTrafficExceed"
    """Session traffic exceed.

    Retry: do not retry (inferred).
    """

    SessionsExceed = "SessionsExceed"
    """Session limit exceed.

    Retry: do not retry (inferred).

    Name lookups also accept SESSIONS_EXCEED.
    """

    Timeout = "Timeout"
    """SDK service did not respond within the specified timeout interval (3 minutes).

    Retry: retry with exponential backoff (inferred).
    """

    TooManyRequests = "TooManyRequests"
    """SDK service cannot process the command because the same process is in progress or already
    done. From the service this error occurs only for StartVpn and StopVpn requests.

    Retry: do not retry (inferred).
    """

    TrafficExceed = "TrafficExceed"
    """Account traffic limit exceed.

    Retry: do not retry (inferred).

    Name lookups also accept TRAFFIC_EXCEED.
    """

    TransportError = "TransportError"
    """Transport error between client and server.

    Retry: retry with exponential backoff (inferred).
    """

    TransportNotAuthorized = "TransportNotAuthorized"
    """The client pipe is not authorized to connect.

    Retry: do not retry (inferred).
    """

    UnAuthorized = "UnAuthorized"
    """Unauthorized response.

    Retry: do not retry (inferred).
    """

    Unlimited = "Unlimited"
    """Current user traffic limit is unlimited.

    Retry: not an error (documented).
    """

    UnsupportedVersion = "UnsupportedVersion"
    """Unsupported version.

    Retry: do not retry (inferred).
    """

    UserSuspended = "UserSuspended"
    """User activity suspended.

    Retry: do not retry (inferred).
    """

    def __str__(self) -> str:
        """The wire value, as StrEnum gives it (Python 3.11+), on every supported version."""
        return str(self.value)

    @property
    def identifier(self) -> str:
        """The catalog's identifier, verbatim (``None_`` is ``None``)."""
        return str(self.value)

    @property
    def retryable(self) -> bool:
        """True when a retry, after the step the retry advice names, can succeed."""
        return self in _RETRYABLE

    @classmethod
    def from_code(cls, code: str) -> Optional[ResponseResult]:
        """The member whose value is ``code``, or None for a code this catalog does not know."""
        try:
            return cls(code)
        except ValueError:
            return None

    @classmethod
    def parse(cls, name: str) -> Optional[ResponseResult]:
        """The member with this identifier, alias or older wire name, or None."""
        return _BY_NAME.get(name)


_IDENTIFIERS: Dict[ResponseResult, str] = {
    ResponseResult.None_: "None",
}

_RETRYABLE: FrozenSet[ResponseResult] = frozenset({
    ResponseResult.ConnectionTimeout,
    ResponseResult.InternalServerError,
    ResponseResult.InvalidResponse,
    ResponseResult.NoInternetConnection,
    ResponseResult.NotResponding,
    ResponseResult.RequestTimeout,
    ResponseResult.ServerNotAnswering,
    ResponseResult.ServerUnavailable,
    ResponseResult.Timeout,
    ResponseResult.TransportError,
})

# Identifiers win over aliases and older wire names.
_BY_NAME: Dict[str, ResponseResult] = {
    "DEVICES_EXCEED": ResponseResult.DevicesExceed,
    "NOT_AUTHORIZED": ResponseResult.NotAuthorized,
    "OAuthError": ResponseResult.OauthError,
    "SESSIONS_EXCEED": ResponseResult.SessionsExceed,
    "TRAFFIC_EXCEED": ResponseResult.TrafficExceed,
    **{member.identifier: member for member in ResponseResult},
}
