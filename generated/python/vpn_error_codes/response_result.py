# Generated from catalog/*.yaml by scripts/emit/languages/python/enum.ts (npm run build); do not edit.
"""Unified VPN SDK for Windows request results.

Result of the request processing by the UnifiedSDK service. The SDK returns it as the response
result of a request; the page gives names only, so the value of each member is its name.

Source: Pango, Unified VPN SDK for Windows: Error processing (section ResponseResult).
"""

from __future__ import annotations

from enum import Enum

__all__ = ["ResponseResult"]


class ResponseResult(str, Enum):
    """Unified VPN SDK for Windows request results.

    Result of the request processing by the UnifiedSDK service. The SDK returns it as the
    response result of a request; the page gives names only, so the value of each member is its
    name.

    Source: Pango, Unified VPN SDK for Windows: Error processing (section ResponseResult).
    """

    AuthFailed = "AuthFailed"
    """Backend authentication failed.

    Group: Backend server error codes.

    Retry: do not retry (inferred). The same credentials fail again; the client must
    re-authenticate.

    Action: Re-authenticate with valid credentials before sending the request again. (inferred)
    """

    BadRequest = "BadRequest"
    """Backend server returned a 400 error.

    Group: Backend server error codes.

    HTTP mapping: 400 Bad Request.

    Retry: do not retry (inferred). A 400 from the backend does not resolve with retries.

    Action: Correct the request parameters before sending the request again. (inferred)
    """

    CarrierDisabled = "CarrierDisabled"
    """Carrier disabled on the backend.

    Group: Backend server error codes.

    Retry: do not retry (inferred). A disabled carrier is a backend configuration state that
    retries do not change.

    Action: Check that the carrier (project) is enabled in the backend before connecting again.
    (inferred)
    """

    ConnectionTimeout = "ConnectionTimeout"
    """Cannot connect to the service during the timeout.

    Group: Client side error codes.

    Retry: retry with exponential backoff (inferred). A connection timeout to the local service
    is usually transient, for example while the service is starting.

    Action: Check that the SDK service is running, then send the request again with backoff.
    (inferred)
    """

    DevicesExceed = "DevicesExceed"
    """Device limit exceed.

    Group: Backend server error codes.

    Retry: do not retry (inferred). The device limit does not change between attempts.

    Action: Remove a registered device or raise the user's device limit before connecting again.
    (inferred)

    Name lookups also accept DEVICES_EXCEED.
    """

    Error = "Error"
    """Request processing failed for any reason.

    Group: Service side error codes.

    Retry: do not retry (inferred). The page gives no cause, so a blind retry is not known to
    help.

    Action: Log the error details and handle it as a general failure of the request. (inferred)
    """

    FeatureNotFound = "FeatureNotFound"
    """Feature not found.

    Group: Backend server error codes.

    Retry: do not retry (inferred). A missing feature does not appear between attempts.

    Action: Check that the feature is enabled for the project before using it. (inferred)
    """

    Forbidden = "Forbidden"
    """Backend server returned a 403 error.

    Group: Backend server error codes.

    HTTP mapping: 403 Forbidden.

    Retry: do not retry (inferred). A 403 from the backend does not resolve with retries.

    Action: Check the user's permissions and project settings for this request. (inferred)
    """

    InternalServerError = "InternalServerError"
    """Backend server returned a 500 error.

    Group: Backend server error codes.

    HTTP mapping: 500 Internal Server Error.

    Retry: retry with exponential backoff (inferred). A 500 from the backend is usually
    transient and safe to retry with backoff.

    Action: Retry the request with exponential backoff. (inferred)
    """

    Invalid = "Invalid"
    """Invalid data.

    Group: Backend server error codes.

    Retry: do not retry (inferred). The same invalid data is rejected again.

    Action: Correct the data sent to the backend before sending the request again. (inferred)
    """

    InvalidDeviceId = "InvalidDeviceId"
    """Invalid device identifier.

    Group: Backend server error codes.

    Retry: do not retry (inferred). The same invalid device identifier is rejected again.

    Action: Generate and send a valid unique device identifier. (inferred)
    """

    InvalidPurchase = "InvalidPurchase"
    """Something went wrong with the purchase.

    Group: Backend server error codes.

    Retry: do not retry (inferred). A purchase problem is not resolved by repeating the request.

    Action: Check the purchase data and let the user complete or restore the purchase.
    (inferred)
    """

    InvalidResponse = "InvalidResponse"
    """Invalid response from the server (i.e. HTML instead of JSON).

    Group: Backend server error codes.

    Retry: retry with exponential backoff (inferred). An HTML answer usually comes from a proxy
    or maintenance page and is often transient.

    Action: Retry the request later with backoff and log the response body. (inferred)
    """

    InvalidUri = "InvalidUri"
    """URI parameter has an invalid format.

    Group: Service side error codes.

    Retry: do not retry (inferred). The same malformed URI fails again.

    Action: Fix the format of the URI parameter before sending the request again. (inferred)
    """

    NoInternetConnection = "NoInternetConnection"
    """Request processing failed because the service detected a broken internet connection through
    the primary network adapter.

    Group: Service side error codes.

    Retry: retry with exponential backoff (inferred). The request can succeed once the primary
    network adapter has internet connectivity again.

    Action: Wait until the primary network adapter is back online, then send the request again.
    (inferred)
    """

    None_ = "None"
    """No result; the default value, which should never come from the service.

    Group: Success codes.

    Retry: not an error (documented). The page lists it under success codes, so it is not an
    error.

    None is reserved in Python, so the member is spelled None_; its identifier is still None.
    """

    NotAuthorized = "NotAuthorized"
    """The client passed an invalid Auth token.

    Group: Backend server error codes.

    Retry: do not retry (inferred). The same invalid token is rejected again; the client must
    re-authenticate first.

    Action: Re-authenticate to obtain a valid Auth token, then send the request again.
    (inferred)

    Name lookups also accept NOT_AUTHORIZED.
    """

    NotFound = "NotFound"
    """Backend server returned a 404 error.

    Group: Backend server error codes.

    HTTP mapping: 404 Not Found.

    Retry: do not retry (inferred). A 404 from the backend does not resolve with retries.

    Action: Check the identifiers in the request; the requested resource does not exist on the
    backend. (inferred)
    """

    NotResponding = "NotResponding"
    """VPN node server is not responding.

    Group: Service side error codes.

    Retry: retry with exponential backoff (inferred). An unresponsive VPN node is an unavailable
    condition that is often transient.

    Action: Retry later with backoff, or choose another location. (inferred)
    """

    OauthError = "OauthError"
    """Open authenticator (OAuth) error.

    Group: Backend server error codes.

    Retry: do not retry (inferred). An OAuth failure needs new credentials from the identity
    provider, not a repeated request.

    Action: Sign the user in with the OAuth provider again to obtain a valid token. (inferred)

    Name lookups also accept OAuthError.
    """

    Ok = "Ok"
    """Request processed successfully.

    Group: Success codes.

    Retry: not an error (documented). The page lists it under success codes, so it is not an
    error.
    """

    RequestLimitExceed = "RequestLimitExceed"
    """Backend request limit exceed.

    Group: Backend server error codes.

    Retry: do not retry (inferred). The page gives no window or reset time, so an immediate
    retry only hits the same limit.

    Action: Stop sending requests to the backend for a while instead of retrying in a loop.
    (inferred)
    """

    RequestTimeout = "RequestTimeout"
    """Backend server did not respond within the specified timeout interval.

    Group: Backend server error codes.

    Retry: retry with exponential backoff (inferred). A backend timeout is usually transient.

    Action: Retry the request with backoff. (inferred)
    """

    ServerNotAnswering = "ServerNotAnswering"
    """Cannot connect to the backend server.

    Group: Backend server error codes.

    Retry: retry with exponential backoff (inferred). Failing to reach the backend server is
    usually a transient network or availability problem.

    Action: Retry the request later with backoff. (inferred)
    """

    ServerUnavailable = "ServerUnavailable"
    """Backend server is unavailable.

    Group: Backend server error codes.

    Retry: retry with exponential backoff (inferred). An unavailable backend is usually a
    transient condition.

    Action: Retry the request later with backoff. (inferred)
    """

    ServiceNotInitialized = "ServiceNotInitialized"
    """Service is not initialized.

    Group: Service side error codes.

    Retry: do not retry (inferred). Sending the same request again fails until the service has
    been initialized.

    Action: Initialize the service before sending the request again. (inferred)
    """

    SessionNotFound = "SessionNotFound"
    """Session not found.

    Group: Backend server error codes.

    Retry: do not retry (inferred). Repeating a request for a session the backend does not know
    fails again.

    Action: Start a new VPN session instead of repeating the request for the missing one.
    (inferred)
    """

    SessionTrafficExceed = "SessionTrafficExceed"
    """Session traffic exceed.

    Group: Backend server error codes.

    Retry: do not retry (inferred). The session's traffic limit does not reset between attempts.

    Action: Tell the user that the session traffic limit is reached. (inferred)
    """

    SessionsExceed = "SessionsExceed"
    """Session limit exceed.

    Group: Backend server error codes.

    Retry: do not retry (inferred). The session limit does not change between attempts.

    Action: Close another session of the user or raise the session limit before connecting
    again. (inferred)

    Name lookups also accept SESSIONS_EXCEED.
    """

    Timeout = "Timeout"
    """SDK service did not respond within the specified timeout interval (3 minutes).

    Group: Client side error codes.

    Retry: retry with exponential backoff (inferred). A busy service may answer a later attempt,
    but the timed-out request may still be in progress.

    Action: Query the service state before sending the request again, so that a request still in
    progress is not repeated. (inferred)
    """

    TooManyRequests = "TooManyRequests"
    """SDK service cannot process the command because the same process is in progress or already
    done. From the service this error occurs only for StartVpn and StopVpn requests.

    Group: Service side error codes.

    Retry: do not retry (inferred). The same StartVpn or StopVpn operation is already in
    progress or done, so repeating it does not help.

    Action: Wait for the running StartVpn or StopVpn operation to finish and check the tunnel
    state instead of repeating the request. (inferred)
    """

    TrafficExceed = "TrafficExceed"
    """Account traffic limit exceed.

    Group: Backend server error codes.

    Retry: do not retry (inferred). The account's traffic limit does not reset between attempts.

    Action: Tell the user that the traffic limit is reached and offer a plan with more traffic.
    (inferred)

    Name lookups also accept TRAFFIC_EXCEED.
    """

    TransportError = "TransportError"
    """Transport error between client and server.

    Group: Client side error codes.

    Retry: retry with exponential backoff (inferred). A transport error between the client and
    the service is usually transient.

    Action: Retry the request with backoff and raise an SdkException to the user if it keeps
    failing. (inferred)
    """

    TransportNotAuthorized = "TransportNotAuthorized"
    """The client pipe is not authorized to connect.

    Group: Client side error codes.

    Retry: do not retry (inferred). The pipe's authorization does not change between attempts.

    Action: Check that the client application is allowed to connect to the service pipe.
    (inferred)
    """

    UnAuthorized = "UnAuthorized"
    """Unauthorized response.

    Group: Backend server error codes.

    Retry: do not retry (inferred). An unauthorized response is not resolved by sending the same
    request again.

    Action: Re-authenticate the user, then send the request again. (inferred)
    """

    Unlimited = "Unlimited"
    """Current user traffic limit is unlimited.

    Group: Success codes.

    Retry: not an error (documented). The page lists it under success codes, so it is not an
    error.
    """

    UnsupportedVersion = "UnsupportedVersion"
    """Unsupported version.

    Group: Backend server error codes.

    Retry: do not retry (inferred). The version stays unsupported until the client is updated.

    Action: Update the SDK or application to a supported version. (inferred)
    """

    UserSuspended = "UserSuspended"
    """User activity suspended.

    Group: Backend server error codes.

    Retry: do not retry (inferred). A suspended user stays suspended between attempts.

    Action: Tell the user that the account is suspended and stop connection attempts. (inferred)
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
    def from_code(cls, code: str) -> ResponseResult | None:
        """The member whose value is ``code``, or None for a code this catalog does not know."""
        try:
            return cls(code)
        except ValueError:
            return None

    @classmethod
    def parse(cls, name: str) -> ResponseResult | None:
        """The member with this identifier, alias or older wire name, or None."""
        return _BY_NAME.get(name)


_IDENTIFIERS: dict[ResponseResult, str] = {
    ResponseResult.None_: "None",
}

_RETRYABLE: frozenset[ResponseResult] = frozenset(
    {
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
    }
)

# Identifiers win over aliases and older wire names.
_BY_NAME: dict[str, ResponseResult] = {
    "DEVICES_EXCEED": ResponseResult.DevicesExceed,
    "NOT_AUTHORIZED": ResponseResult.NotAuthorized,
    "OAuthError": ResponseResult.OauthError,
    "SESSIONS_EXCEED": ResponseResult.SessionsExceed,
    "TRAFFIC_EXCEED": ResponseResult.TrafficExceed,
    **{member.identifier: member for member in ResponseResult},
}
