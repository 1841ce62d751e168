# Generated from catalog/*.yaml by scripts/emit/languages/python/enum.ts (npm run build); do not edit.
"""Unified VPN SDK for Windows request results.

Result of the request processing by the UnifiedSDK service. The SDK returns it as the response
result of a request; the page gives names only, so the value of each member is its name.

Source: Pango, Unified VPN SDK for Windows: Error processing (section ResponseResult).
"""

from __future__ import annotations

from enum import Enum

from ._lookup import Action, CodeMember, Facts, RetryAdvice, bind
from .http_status import HttpStatus

__all__ = ["ResponseResult"]


class ResponseResult(CodeMember, str, Enum):
    """Unified VPN SDK for Windows request results.

    Result of the request processing by the UnifiedSDK service. The SDK returns it as the
    response result of a request; the page gives names only, so the value of each member is its
    name.

    Source: Pango, Unified VPN SDK for Windows: Error processing (section ResponseResult).
    """

    AUTH_FAILED = "AuthFailed"
    """Backend authentication failed.

    Group: Backend server error codes.

    Retry: do not retry (inferred). The same credentials fail again; the client must
    re-authenticate.

    Action: Re-authenticate with valid credentials before sending the request again. (inferred)

    Wire value: AuthFailed, which identifier, get, lookup and parse give and accept.
    """

    BAD_REQUEST = "BadRequest"
    """Backend server returned a 400 error.

    Group: Backend server error codes.

    HTTP mapping: 400 Bad Request.

    Retry: do not retry (inferred). A 400 from the backend does not resolve with retries.

    Action: Correct the request parameters before sending the request again. (inferred)

    Wire value: BadRequest, which identifier, get, lookup and parse give and accept.
    """

    CARRIER_DISABLED = "CarrierDisabled"
    """Carrier disabled on the backend.

    Group: Backend server error codes.

    Retry: do not retry (inferred). A disabled carrier is a backend configuration state that
    retries do not change.

    Action: Check that the carrier (project) is enabled in the backend before connecting again.
    (inferred)

    Wire value: CarrierDisabled, which identifier, get, lookup and parse give and accept.
    """

    CONNECTION_TIMEOUT = "ConnectionTimeout"
    """Cannot connect to the service during the timeout.

    Group: Client side error codes.

    Retry: retry with exponential backoff (inferred). A connection timeout to the local service
    is usually transient, for example while the service is starting.

    Action: Check that the SDK service is running, then send the request again with backoff.
    (inferred)

    Wire value: ConnectionTimeout, which identifier, get, lookup and parse give and accept.
    """

    DEVICES_EXCEED = "DevicesExceed"
    """Device limit exceed.

    Group: Backend server error codes.

    Retry: do not retry (inferred). The device limit does not change between attempts.

    Action: Remove a registered device or raise the user's device limit before connecting again.
    (inferred)

    Name lookups also accept DEVICES_EXCEED.

    Wire value: DevicesExceed, which identifier, get, lookup and parse give and accept.
    """

    ERROR = "Error"
    """Request processing failed for any reason.

    Group: Service side error codes.

    Retry: do not retry (inferred). The page gives no cause, so a blind retry is not known to
    help.

    Action: Log the error details and handle it as a general failure of the request. (inferred)

    Wire value: Error, which identifier, get, lookup and parse give and accept.
    """

    FEATURE_NOT_FOUND = "FeatureNotFound"
    """Feature not found.

    Group: Backend server error codes.

    Retry: do not retry (inferred). A missing feature does not appear between attempts.

    Action: Check that the feature is enabled for the project before using it. (inferred)

    Wire value: FeatureNotFound, which identifier, get, lookup and parse give and accept.
    """

    FORBIDDEN = "Forbidden"
    """Backend server returned a 403 error.

    Group: Backend server error codes.

    HTTP mapping: 403 Forbidden.

    Retry: do not retry (inferred). A 403 from the backend does not resolve with retries.

    Action: Check the user's permissions and project settings for this request. (inferred)

    Wire value: Forbidden, which identifier, get, lookup and parse give and accept.
    """

    INTERNAL_SERVER_ERROR = "InternalServerError"
    """Backend server returned a 500 error.

    Group: Backend server error codes.

    HTTP mapping: 500 Internal Server Error.

    Retry: retry with exponential backoff (inferred). A 500 from the backend is usually
    transient and safe to retry with backoff.

    Action: Retry the request with exponential backoff. (inferred)

    Wire value: InternalServerError, which identifier, get, lookup and parse give and accept.
    """

    INVALID = "Invalid"
    """Invalid data.

    Group: Backend server error codes.

    Retry: do not retry (inferred). The same invalid data is rejected again.

    Action: Correct the data sent to the backend before sending the request again. (inferred)

    Wire value: Invalid, which identifier, get, lookup and parse give and accept.
    """

    INVALID_DEVICE_ID = "InvalidDeviceId"
    """Invalid device identifier.

    Group: Backend server error codes.

    Retry: do not retry (inferred). The same invalid device identifier is rejected again.

    Action: Generate and send a valid unique device identifier. (inferred)

    Wire value: InvalidDeviceId, which identifier, get, lookup and parse give and accept.
    """

    INVALID_PURCHASE = "InvalidPurchase"
    """Something went wrong with the purchase.

    Group: Backend server error codes.

    Retry: do not retry (inferred). A purchase problem is not resolved by repeating the request.

    Action: Check the purchase data and let the user complete or restore the purchase.
    (inferred)

    Wire value: InvalidPurchase, which identifier, get, lookup and parse give and accept.
    """

    INVALID_RESPONSE = "InvalidResponse"
    """Invalid response from the server (i.e. HTML instead of JSON).

    Group: Backend server error codes.

    Retry: retry with exponential backoff (inferred). An HTML answer usually comes from a proxy
    or maintenance page and is often transient.

    Action: Retry the request later with backoff and log the response body. (inferred)

    Wire value: InvalidResponse, which identifier, get, lookup and parse give and accept.
    """

    INVALID_URI = "InvalidUri"
    """URI parameter has an invalid format.

    Group: Service side error codes.

    Retry: do not retry (inferred). The same malformed URI fails again.

    Action: Fix the format of the URI parameter before sending the request again. (inferred)

    Wire value: InvalidUri, which identifier, get, lookup and parse give and accept.
    """

    NO_INTERNET_CONNECTION = "NoInternetConnection"
    """Request processing failed because the service detected a broken internet connection through
    the primary network adapter.

    Group: Service side error codes.

    Retry: retry with exponential backoff (inferred). The request can succeed once the primary
    network adapter has internet connectivity again.

    Action: Wait until the primary network adapter is back online, then send the request again.
    (inferred)

    Wire value: NoInternetConnection, which identifier, get, lookup and parse give and accept.
    """

    NONE = "None"
    """No result; the default value, which should never come from the service.

    Group: Success codes.

    Retry: not an error (documented). The page lists it under success codes, so it is not an
    error.

    Wire value: None, which identifier, get, lookup and parse give and accept.
    """

    NOT_AUTHORIZED = "NotAuthorized"
    """The client passed an invalid Auth token.

    Group: Backend server error codes.

    Retry: do not retry (inferred). The same invalid token is rejected again; the client must
    re-authenticate first.

    Action: Re-authenticate to obtain a valid Auth token, then send the request again.
    (inferred)

    Name lookups also accept NOT_AUTHORIZED.

    Wire value: NotAuthorized, which identifier, get, lookup and parse give and accept.
    """

    NOT_FOUND = "NotFound"
    """Backend server returned a 404 error.

    Group: Backend server error codes.

    HTTP mapping: 404 Not Found.

    Retry: do not retry (inferred). A 404 from the backend does not resolve with retries.

    Action: Check the identifiers in the request; the requested resource does not exist on the
    backend. (inferred)

    Wire value: NotFound, which identifier, get, lookup and parse give and accept.
    """

    NOT_RESPONDING = "NotResponding"
    """VPN node server is not responding.

    Group: Service side error codes.

    Retry: retry with exponential backoff (inferred). An unresponsive VPN node is an unavailable
    condition that is often transient.

    Action: Retry later with backoff, or choose another location. (inferred)

    Wire value: NotResponding, which identifier, get, lookup and parse give and accept.
    """

    OAUTH_ERROR = "OauthError"
    """Open authenticator (OAuth) error.

    Group: Backend server error codes.

    Retry: do not retry (inferred). An OAuth failure needs new credentials from the identity
    provider, not a repeated request.

    Action: Sign the user in with the OAuth provider again to obtain a valid token. (inferred)

    Name lookups also accept OAuthError.

    Wire value: OauthError, which identifier, get, lookup and parse give and accept.
    """

    OK = "Ok"
    """Request processed successfully.

    Group: Success codes.

    Retry: not an error (documented). The page lists it under success codes, so it is not an
    error.

    Wire value: Ok, which identifier, get, lookup and parse give and accept.
    """

    REQUEST_LIMIT_EXCEED = "RequestLimitExceed"
    """Backend request limit exceed.

    Group: Backend server error codes.

    Retry: do not retry (inferred). The page gives no window or reset time, so an immediate
    retry only hits the same limit.

    Action: Stop sending requests to the backend for a while instead of retrying in a loop.
    (inferred)

    Wire value: RequestLimitExceed, which identifier, get, lookup and parse give and accept.
    """

    REQUEST_TIMEOUT = "RequestTimeout"
    """Backend server did not respond within the specified timeout interval.

    Group: Backend server error codes.

    Retry: retry with exponential backoff (inferred). A backend timeout is usually transient.

    Action: Retry the request with backoff. (inferred)

    Wire value: RequestTimeout, which identifier, get, lookup and parse give and accept.
    """

    SERVER_NOT_ANSWERING = "ServerNotAnswering"
    """Cannot connect to the backend server.

    Group: Backend server error codes.

    Retry: retry with exponential backoff (inferred). Failing to reach the backend server is
    usually a transient network or availability problem.

    Action: Retry the request later with backoff. (inferred)

    Wire value: ServerNotAnswering, which identifier, get, lookup and parse give and accept.
    """

    SERVER_UNAVAILABLE = "ServerUnavailable"
    """Backend server is unavailable.

    Group: Backend server error codes.

    Retry: retry with exponential backoff (inferred). An unavailable backend is usually a
    transient condition.

    Action: Retry the request later with backoff. (inferred)

    Wire value: ServerUnavailable, which identifier, get, lookup and parse give and accept.
    """

    SERVICE_NOT_INITIALIZED = "ServiceNotInitialized"
    """Service is not initialized.

    Group: Service side error codes.

    Retry: do not retry (inferred). Sending the same request again fails until the service has
    been initialized.

    Action: Initialize the service before sending the request again. (inferred)

    Wire value: ServiceNotInitialized, which identifier, get, lookup and parse give and accept.
    """

    SESSION_NOT_FOUND = "SessionNotFound"
    """Session not found.

    Group: Backend server error codes.

    Retry: do not retry (inferred). Repeating a request for a session the backend does not know
    fails again.

    Action: Start a new VPN session instead of repeating the request for the missing one.
    (inferred)

    Wire value: SessionNotFound, which identifier, get, lookup and parse give and accept.
    """

    SESSION_TRAFFIC_EXCEED = "SessionTrafficExceed"
    """Session traffic exceed.

    Group: Backend server error codes.

    Retry: do not retry (inferred). The session's traffic limit does not reset between attempts.

    Action: Tell the user that the session traffic limit is reached. (inferred)

    Wire value: SessionTrafficExceed, which identifier, get, lookup and parse give and accept.
    """

    SESSIONS_EXCEED = "SessionsExceed"
    """Session limit exceed.

    Group: Backend server error codes.

    Retry: do not retry (inferred). The session limit does not change between attempts.

    Action: Close another session of the user or raise the session limit before connecting
    again. (inferred)

    Name lookups also accept SESSIONS_EXCEED.

    Wire value: SessionsExceed, which identifier, get, lookup and parse give and accept.
    """

    TIMEOUT = "Timeout"
    """SDK service did not respond within the specified timeout interval (3 minutes).

    Group: Client side error codes.

    Retry: retry with exponential backoff (inferred). A busy service may answer a later attempt,
    but the timed-out request may still be in progress.

    Action: Query the service state before sending the request again, so that a request still in
    progress is not repeated. (inferred)

    Wire value: Timeout, which identifier, get, lookup and parse give and accept.
    """

    TOO_MANY_REQUESTS = "TooManyRequests"
    """SDK service cannot process the command because the same process is in progress or already
    done. From the service this error occurs only for StartVpn and StopVpn requests.

    Group: Service side error codes.

    Retry: do not retry (inferred). The same StartVpn or StopVpn operation is already in
    progress or done, so repeating it does not help.

    Action: Wait for the running StartVpn or StopVpn operation to finish and check the tunnel
    state instead of repeating the request. (inferred)

    Wire value: TooManyRequests, which identifier, get, lookup and parse give and accept.
    """

    TRAFFIC_EXCEED = "TrafficExceed"
    """Account traffic limit exceed.

    Group: Backend server error codes.

    Retry: do not retry (inferred). The account's traffic limit does not reset between attempts.

    Action: Tell the user that the traffic limit is reached and offer a plan with more traffic.
    (inferred)

    Name lookups also accept TRAFFIC_EXCEED.

    Wire value: TrafficExceed, which identifier, get, lookup and parse give and accept.
    """

    TRANSPORT_ERROR = "TransportError"
    """Transport error between client and server.

    Group: Client side error codes.

    Retry: retry with exponential backoff (inferred). A transport error between the client and
    the service is usually transient.

    Action: Retry the request with backoff and raise an SdkException to the user if it keeps
    failing. (inferred)

    Wire value: TransportError, which identifier, get, lookup and parse give and accept.
    """

    TRANSPORT_NOT_AUTHORIZED = "TransportNotAuthorized"
    """The client pipe is not authorized to connect.

    Group: Client side error codes.

    Retry: do not retry (inferred). The pipe's authorization does not change between attempts.

    Action: Check that the client application is allowed to connect to the service pipe.
    (inferred)

    Wire value: TransportNotAuthorized, which identifier, get, lookup and parse give and accept.
    """

    UN_AUTHORIZED = "UnAuthorized"
    """Unauthorized response.

    Group: Backend server error codes.

    Retry: do not retry (inferred). An unauthorized response is not resolved by sending the same
    request again.

    Action: Re-authenticate the user, then send the request again. (inferred)

    Wire value: UnAuthorized, which identifier, get, lookup and parse give and accept.
    """

    UNLIMITED = "Unlimited"
    """Current user traffic limit is unlimited.

    Group: Success codes.

    Retry: not an error (documented). The page lists it under success codes, so it is not an
    error.

    Wire value: Unlimited, which identifier, get, lookup and parse give and accept.
    """

    UNSUPPORTED_VERSION = "UnsupportedVersion"
    """Unsupported version.

    Group: Backend server error codes.

    Retry: do not retry (inferred). The version stays unsupported until the client is updated.

    Action: Update the SDK or application to a supported version. (inferred)

    Wire value: UnsupportedVersion, which identifier, get, lookup and parse give and accept.
    """

    USER_SUSPENDED = "UserSuspended"
    """User activity suspended.

    Group: Backend server error codes.

    Retry: do not retry (inferred). A suspended user stays suspended between attempts.

    Action: Tell the user that the account is suspended and stop connection attempts. (inferred)

    Wire value: UserSuspended, which identifier, get, lookup and parse give and accept.
    """


# Each member's facts, in the members' order.
_FACTS = (
    Facts(
        identifier="AuthFailed",
        group="backend",
        group_title="Backend server error codes",
        description="Backend authentication failed.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "inferred",
            "The same credentials fail again; the client must re-authenticate.",
        ),
        stability="stable",
        doc="Backend authentication failed.\n\nGroup: Backend server error codes.\n\nRetry: do not retry (inferred). The same credentials fail again; the client must re-authenticate.\n\nAction: Re-authenticate with valid credentials before sending the request again. (inferred)\n\nWire value: AuthFailed, which identifier, get, lookup and parse give and accept.",
        action=Action("Re-authenticate with valid credentials before sending the request again.", "inferred"),
    ),
    Facts(
        identifier="BadRequest",
        group="backend",
        group_title="Backend server error codes",
        description="Backend server returned a 400 error.",
        retryable=False,
        retry_advice=RetryAdvice("no-retry", "inferred", "A 400 from the backend does not resolve with retries."),
        stability="stable",
        doc="Backend server returned a 400 error.\n\nGroup: Backend server error codes.\n\nHTTP mapping: 400 Bad Request.\n\nRetry: do not retry (inferred). A 400 from the backend does not resolve with retries.\n\nAction: Correct the request parameters before sending the request again. (inferred)\n\nWire value: BadRequest, which identifier, get, lookup and parse give and accept.",
        http_status=HttpStatus.BAD_REQUEST,
        action=Action("Correct the request parameters before sending the request again.", "inferred"),
    ),
    Facts(
        identifier="CarrierDisabled",
        group="backend",
        group_title="Backend server error codes",
        description="Carrier disabled on the backend.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "inferred",
            "A disabled carrier is a backend configuration state that retries do not change.",
        ),
        stability="stable",
        doc="Carrier disabled on the backend.\n\nGroup: Backend server error codes.\n\nRetry: do not retry (inferred). A disabled carrier is a backend configuration state that retries do not change.\n\nAction: Check that the carrier (project) is enabled in the backend before connecting again. (inferred)\n\nWire value: CarrierDisabled, which identifier, get, lookup and parse give and accept.",
        action=Action(
            "Check that the carrier (project) is enabled in the backend before connecting again.",
            "inferred",
        ),
    ),
    Facts(
        identifier="ConnectionTimeout",
        group="client",
        group_title="Client side error codes",
        description="Cannot connect to the service during the timeout.",
        retryable=True,
        retry_advice=RetryAdvice(
            "backoff",
            "inferred",
            "A connection timeout to the local service is usually transient, for example while the service is starting.",
        ),
        stability="stable",
        doc="Cannot connect to the service during the timeout.\n\nGroup: Client side error codes.\n\nRetry: retry with exponential backoff (inferred). A connection timeout to the local service is usually transient, for example while the service is starting.\n\nAction: Check that the SDK service is running, then send the request again with backoff. (inferred)\n\nWire value: ConnectionTimeout, which identifier, get, lookup and parse give and accept.",
        action=Action("Check that the SDK service is running, then send the request again with backoff.", "inferred"),
    ),
    Facts(
        identifier="DevicesExceed",
        group="backend",
        group_title="Backend server error codes",
        description="Device limit exceed.",
        retryable=False,
        retry_advice=RetryAdvice("no-retry", "inferred", "The device limit does not change between attempts."),
        stability="stable",
        doc="Device limit exceed.\n\nGroup: Backend server error codes.\n\nRetry: do not retry (inferred). The device limit does not change between attempts.\n\nAction: Remove a registered device or raise the user's device limit before connecting again. (inferred)\n\nName lookups also accept DEVICES_EXCEED.\n\nWire value: DevicesExceed, which identifier, get, lookup and parse give and accept.",
        action=Action(
            "Remove a registered device or raise the user's device limit before connecting again.",
            "inferred",
        ),
    ),
    Facts(
        identifier="Error",
        group="service",
        group_title="Service side error codes",
        description="Request processing failed for any reason.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "inferred",
            "The page gives no cause, so a blind retry is not known to help.",
        ),
        stability="stable",
        doc="Request processing failed for any reason.\n\nGroup: Service side error codes.\n\nRetry: do not retry (inferred). The page gives no cause, so a blind retry is not known to help.\n\nAction: Log the error details and handle it as a general failure of the request. (inferred)\n\nWire value: Error, which identifier, get, lookup and parse give and accept.",
        action=Action("Log the error details and handle it as a general failure of the request.", "inferred"),
    ),
    Facts(
        identifier="FeatureNotFound",
        group="backend",
        group_title="Backend server error codes",
        description="Feature not found.",
        retryable=False,
        retry_advice=RetryAdvice("no-retry", "inferred", "A missing feature does not appear between attempts."),
        stability="stable",
        doc="Feature not found.\n\nGroup: Backend server error codes.\n\nRetry: do not retry (inferred). A missing feature does not appear between attempts.\n\nAction: Check that the feature is enabled for the project before using it. (inferred)\n\nWire value: FeatureNotFound, which identifier, get, lookup and parse give and accept.",
        action=Action("Check that the feature is enabled for the project before using it.", "inferred"),
    ),
    Facts(
        identifier="Forbidden",
        group="backend",
        group_title="Backend server error codes",
        description="Backend server returned a 403 error.",
        retryable=False,
        retry_advice=RetryAdvice("no-retry", "inferred", "A 403 from the backend does not resolve with retries."),
        stability="stable",
        doc="Backend server returned a 403 error.\n\nGroup: Backend server error codes.\n\nHTTP mapping: 403 Forbidden.\n\nRetry: do not retry (inferred). A 403 from the backend does not resolve with retries.\n\nAction: Check the user's permissions and project settings for this request. (inferred)\n\nWire value: Forbidden, which identifier, get, lookup and parse give and accept.",
        http_status=HttpStatus.FORBIDDEN,
        action=Action("Check the user's permissions and project settings for this request.", "inferred"),
    ),
    Facts(
        identifier="InternalServerError",
        group="backend",
        group_title="Backend server error codes",
        description="Backend server returned a 500 error.",
        retryable=True,
        retry_advice=RetryAdvice(
            "backoff",
            "inferred",
            "A 500 from the backend is usually transient and safe to retry with backoff.",
        ),
        stability="stable",
        doc="Backend server returned a 500 error.\n\nGroup: Backend server error codes.\n\nHTTP mapping: 500 Internal Server Error.\n\nRetry: retry with exponential backoff (inferred). A 500 from the backend is usually transient and safe to retry with backoff.\n\nAction: Retry the request with exponential backoff. (inferred)\n\nWire value: InternalServerError, which identifier, get, lookup and parse give and accept.",
        http_status=HttpStatus.INTERNAL_SERVER_ERROR,
        action=Action("Retry the request with exponential backoff.", "inferred"),
    ),
    Facts(
        identifier="Invalid",
        group="backend",
        group_title="Backend server error codes",
        description="Invalid data.",
        retryable=False,
        retry_advice=RetryAdvice("no-retry", "inferred", "The same invalid data is rejected again."),
        stability="stable",
        doc="Invalid data.\n\nGroup: Backend server error codes.\n\nRetry: do not retry (inferred). The same invalid data is rejected again.\n\nAction: Correct the data sent to the backend before sending the request again. (inferred)\n\nWire value: Invalid, which identifier, get, lookup and parse give and accept.",
        action=Action("Correct the data sent to the backend before sending the request again.", "inferred"),
    ),
    Facts(
        identifier="InvalidDeviceId",
        group="backend",
        group_title="Backend server error codes",
        description="Invalid device identifier.",
        retryable=False,
        retry_advice=RetryAdvice("no-retry", "inferred", "The same invalid device identifier is rejected again."),
        stability="stable",
        doc="Invalid device identifier.\n\nGroup: Backend server error codes.\n\nRetry: do not retry (inferred). The same invalid device identifier is rejected again.\n\nAction: Generate and send a valid unique device identifier. (inferred)\n\nWire value: InvalidDeviceId, which identifier, get, lookup and parse give and accept.",
        action=Action("Generate and send a valid unique device identifier.", "inferred"),
    ),
    Facts(
        identifier="InvalidPurchase",
        group="backend",
        group_title="Backend server error codes",
        description="Something went wrong with the purchase.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "inferred",
            "A purchase problem is not resolved by repeating the request.",
        ),
        stability="stable",
        doc="Something went wrong with the purchase.\n\nGroup: Backend server error codes.\n\nRetry: do not retry (inferred). A purchase problem is not resolved by repeating the request.\n\nAction: Check the purchase data and let the user complete or restore the purchase. (inferred)\n\nWire value: InvalidPurchase, which identifier, get, lookup and parse give and accept.",
        action=Action("Check the purchase data and let the user complete or restore the purchase.", "inferred"),
    ),
    Facts(
        identifier="InvalidResponse",
        group="backend",
        group_title="Backend server error codes",
        description="Invalid response from the server (i.e. HTML instead of JSON).",
        retryable=True,
        retry_advice=RetryAdvice(
            "backoff",
            "inferred",
            "An HTML answer usually comes from a proxy or maintenance page and is often transient.",
        ),
        stability="stable",
        doc="Invalid response from the server (i.e. HTML instead of JSON).\n\nGroup: Backend server error codes.\n\nRetry: retry with exponential backoff (inferred). An HTML answer usually comes from a proxy or maintenance page and is often transient.\n\nAction: Retry the request later with backoff and log the response body. (inferred)\n\nWire value: InvalidResponse, which identifier, get, lookup and parse give and accept.",
        action=Action("Retry the request later with backoff and log the response body.", "inferred"),
    ),
    Facts(
        identifier="InvalidUri",
        group="service",
        group_title="Service side error codes",
        description="URI parameter has an invalid format.",
        retryable=False,
        retry_advice=RetryAdvice("no-retry", "inferred", "The same malformed URI fails again."),
        stability="stable",
        doc="URI parameter has an invalid format.\n\nGroup: Service side error codes.\n\nRetry: do not retry (inferred). The same malformed URI fails again.\n\nAction: Fix the format of the URI parameter before sending the request again. (inferred)\n\nWire value: InvalidUri, which identifier, get, lookup and parse give and accept.",
        action=Action("Fix the format of the URI parameter before sending the request again.", "inferred"),
    ),
    Facts(
        identifier="NoInternetConnection",
        group="service",
        group_title="Service side error codes",
        description="Request processing failed because the service detected a broken internet connection through the primary network adapter.",
        retryable=True,
        retry_advice=RetryAdvice(
            "backoff",
            "inferred",
            "The request can succeed once the primary network adapter has internet connectivity again.",
        ),
        stability="stable",
        doc="Request processing failed because the service detected a broken internet connection through the primary network adapter.\n\nGroup: Service side error codes.\n\nRetry: retry with exponential backoff (inferred). The request can succeed once the primary network adapter has internet connectivity again.\n\nAction: Wait until the primary network adapter is back online, then send the request again. (inferred)\n\nWire value: NoInternetConnection, which identifier, get, lookup and parse give and accept.",
        action=Action(
            "Wait until the primary network adapter is back online, then send the request again.",
            "inferred",
        ),
    ),
    Facts(
        identifier="None",
        group="success",
        group_title="Success codes",
        description="No result; the default value, which should never come from the service.",
        retryable=False,
        retry_advice=RetryAdvice(
            "not-applicable",
            "documented",
            "The page lists it under success codes, so it is not an error.",
        ),
        stability="stable",
        doc="No result; the default value, which should never come from the service.\n\nGroup: Success codes.\n\nRetry: not an error (documented). The page lists it under success codes, so it is not an error.\n\nWire value: None, which identifier, get, lookup and parse give and accept.",
    ),
    Facts(
        identifier="NotAuthorized",
        group="backend",
        group_title="Backend server error codes",
        description="The client passed an invalid Auth token.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "inferred",
            "The same invalid token is rejected again; the client must re-authenticate first.",
        ),
        stability="stable",
        doc="The client passed an invalid Auth token.\n\nGroup: Backend server error codes.\n\nRetry: do not retry (inferred). The same invalid token is rejected again; the client must re-authenticate first.\n\nAction: Re-authenticate to obtain a valid Auth token, then send the request again. (inferred)\n\nName lookups also accept NOT_AUTHORIZED.\n\nWire value: NotAuthorized, which identifier, get, lookup and parse give and accept.",
        action=Action("Re-authenticate to obtain a valid Auth token, then send the request again.", "inferred"),
    ),
    Facts(
        identifier="NotFound",
        group="backend",
        group_title="Backend server error codes",
        description="Backend server returned a 404 error.",
        retryable=False,
        retry_advice=RetryAdvice("no-retry", "inferred", "A 404 from the backend does not resolve with retries."),
        stability="stable",
        doc="Backend server returned a 404 error.\n\nGroup: Backend server error codes.\n\nHTTP mapping: 404 Not Found.\n\nRetry: do not retry (inferred). A 404 from the backend does not resolve with retries.\n\nAction: Check the identifiers in the request; the requested resource does not exist on the backend. (inferred)\n\nWire value: NotFound, which identifier, get, lookup and parse give and accept.",
        http_status=HttpStatus.NOT_FOUND,
        action=Action(
            "Check the identifiers in the request; the requested resource does not exist on the backend.",
            "inferred",
        ),
    ),
    Facts(
        identifier="NotResponding",
        group="service",
        group_title="Service side error codes",
        description="VPN node server is not responding.",
        retryable=True,
        retry_advice=RetryAdvice(
            "backoff",
            "inferred",
            "An unresponsive VPN node is an unavailable condition that is often transient.",
        ),
        stability="stable",
        doc="VPN node server is not responding.\n\nGroup: Service side error codes.\n\nRetry: retry with exponential backoff (inferred). An unresponsive VPN node is an unavailable condition that is often transient.\n\nAction: Retry later with backoff, or choose another location. (inferred)\n\nWire value: NotResponding, which identifier, get, lookup and parse give and accept.",
        action=Action("Retry later with backoff, or choose another location.", "inferred"),
    ),
    Facts(
        identifier="OauthError",
        group="backend",
        group_title="Backend server error codes",
        description="Open authenticator (OAuth) error.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "inferred",
            "An OAuth failure needs new credentials from the identity provider, not a repeated request.",
        ),
        stability="stable",
        doc="Open authenticator (OAuth) error.\n\nGroup: Backend server error codes.\n\nRetry: do not retry (inferred). An OAuth failure needs new credentials from the identity provider, not a repeated request.\n\nAction: Sign the user in with the OAuth provider again to obtain a valid token. (inferred)\n\nName lookups also accept OAuthError.\n\nWire value: OauthError, which identifier, get, lookup and parse give and accept.",
        action=Action("Sign the user in with the OAuth provider again to obtain a valid token.", "inferred"),
    ),
    Facts(
        identifier="Ok",
        group="success",
        group_title="Success codes",
        description="Request processed successfully.",
        retryable=False,
        retry_advice=RetryAdvice(
            "not-applicable",
            "documented",
            "The page lists it under success codes, so it is not an error.",
        ),
        stability="stable",
        doc="Request processed successfully.\n\nGroup: Success codes.\n\nRetry: not an error (documented). The page lists it under success codes, so it is not an error.\n\nWire value: Ok, which identifier, get, lookup and parse give and accept.",
    ),
    Facts(
        identifier="RequestLimitExceed",
        group="backend",
        group_title="Backend server error codes",
        description="Backend request limit exceed.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "inferred",
            "The page gives no window or reset time, so an immediate retry only hits the same limit.",
        ),
        stability="stable",
        doc="Backend request limit exceed.\n\nGroup: Backend server error codes.\n\nRetry: do not retry (inferred). The page gives no window or reset time, so an immediate retry only hits the same limit.\n\nAction: Stop sending requests to the backend for a while instead of retrying in a loop. (inferred)\n\nWire value: RequestLimitExceed, which identifier, get, lookup and parse give and accept.",
        action=Action("Stop sending requests to the backend for a while instead of retrying in a loop.", "inferred"),
    ),
    Facts(
        identifier="RequestTimeout",
        group="backend",
        group_title="Backend server error codes",
        description="Backend server did not respond within the specified timeout interval.",
        retryable=True,
        retry_advice=RetryAdvice("backoff", "inferred", "A backend timeout is usually transient."),
        stability="stable",
        doc="Backend server did not respond within the specified timeout interval.\n\nGroup: Backend server error codes.\n\nRetry: retry with exponential backoff (inferred). A backend timeout is usually transient.\n\nAction: Retry the request with backoff. (inferred)\n\nWire value: RequestTimeout, which identifier, get, lookup and parse give and accept.",
        action=Action("Retry the request with backoff.", "inferred"),
    ),
    Facts(
        identifier="ServerNotAnswering",
        group="backend",
        group_title="Backend server error codes",
        description="Cannot connect to the backend server.",
        retryable=True,
        retry_advice=RetryAdvice(
            "backoff",
            "inferred",
            "Failing to reach the backend server is usually a transient network or availability problem.",
        ),
        stability="stable",
        doc="Cannot connect to the backend server.\n\nGroup: Backend server error codes.\n\nRetry: retry with exponential backoff (inferred). Failing to reach the backend server is usually a transient network or availability problem.\n\nAction: Retry the request later with backoff. (inferred)\n\nWire value: ServerNotAnswering, which identifier, get, lookup and parse give and accept.",
        action=Action("Retry the request later with backoff.", "inferred"),
    ),
    Facts(
        identifier="ServerUnavailable",
        group="backend",
        group_title="Backend server error codes",
        description="Backend server is unavailable.",
        retryable=True,
        retry_advice=RetryAdvice("backoff", "inferred", "An unavailable backend is usually a transient condition."),
        stability="stable",
        doc="Backend server is unavailable.\n\nGroup: Backend server error codes.\n\nRetry: retry with exponential backoff (inferred). An unavailable backend is usually a transient condition.\n\nAction: Retry the request later with backoff. (inferred)\n\nWire value: ServerUnavailable, which identifier, get, lookup and parse give and accept.",
        action=Action("Retry the request later with backoff.", "inferred"),
    ),
    Facts(
        identifier="ServiceNotInitialized",
        group="service",
        group_title="Service side error codes",
        description="Service is not initialized.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "inferred",
            "Sending the same request again fails until the service has been initialized.",
        ),
        stability="stable",
        doc="Service is not initialized.\n\nGroup: Service side error codes.\n\nRetry: do not retry (inferred). Sending the same request again fails until the service has been initialized.\n\nAction: Initialize the service before sending the request again. (inferred)\n\nWire value: ServiceNotInitialized, which identifier, get, lookup and parse give and accept.",
        action=Action("Initialize the service before sending the request again.", "inferred"),
    ),
    Facts(
        identifier="SessionNotFound",
        group="backend",
        group_title="Backend server error codes",
        description="Session not found.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "inferred",
            "Repeating a request for a session the backend does not know fails again.",
        ),
        stability="stable",
        doc="Session not found.\n\nGroup: Backend server error codes.\n\nRetry: do not retry (inferred). Repeating a request for a session the backend does not know fails again.\n\nAction: Start a new VPN session instead of repeating the request for the missing one. (inferred)\n\nWire value: SessionNotFound, which identifier, get, lookup and parse give and accept.",
        action=Action("Start a new VPN session instead of repeating the request for the missing one.", "inferred"),
    ),
    Facts(
        identifier="SessionTrafficExceed",
        group="backend",
        group_title="Backend server error codes",
        description="Session traffic exceed.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "inferred",
            "The session's traffic limit does not reset between attempts.",
        ),
        stability="stable",
        doc="Session traffic exceed.\n\nGroup: Backend server error codes.\n\nRetry: do not retry (inferred). The session's traffic limit does not reset between attempts.\n\nAction: Tell the user that the session traffic limit is reached. (inferred)\n\nWire value: SessionTrafficExceed, which identifier, get, lookup and parse give and accept.",
        action=Action("Tell the user that the session traffic limit is reached.", "inferred"),
    ),
    Facts(
        identifier="SessionsExceed",
        group="backend",
        group_title="Backend server error codes",
        description="Session limit exceed.",
        retryable=False,
        retry_advice=RetryAdvice("no-retry", "inferred", "The session limit does not change between attempts."),
        stability="stable",
        doc="Session limit exceed.\n\nGroup: Backend server error codes.\n\nRetry: do not retry (inferred). The session limit does not change between attempts.\n\nAction: Close another session of the user or raise the session limit before connecting again. (inferred)\n\nName lookups also accept SESSIONS_EXCEED.\n\nWire value: SessionsExceed, which identifier, get, lookup and parse give and accept.",
        action=Action(
            "Close another session of the user or raise the session limit before connecting again.",
            "inferred",
        ),
    ),
    Facts(
        identifier="Timeout",
        group="client",
        group_title="Client side error codes",
        description="SDK service did not respond within the specified timeout interval (3 minutes).",
        retryable=True,
        retry_advice=RetryAdvice(
            "backoff",
            "inferred",
            "A busy service may answer a later attempt, but the timed-out request may still be in progress.",
        ),
        stability="stable",
        doc="SDK service did not respond within the specified timeout interval (3 minutes).\n\nGroup: Client side error codes.\n\nRetry: retry with exponential backoff (inferred). A busy service may answer a later attempt, but the timed-out request may still be in progress.\n\nAction: Query the service state before sending the request again, so that a request still in progress is not repeated. (inferred)\n\nWire value: Timeout, which identifier, get, lookup and parse give and accept.",
        action=Action(
            "Query the service state before sending the request again, so that a request still in progress is not repeated.",
            "inferred",
        ),
    ),
    Facts(
        identifier="TooManyRequests",
        group="service",
        group_title="Service side error codes",
        description="SDK service cannot process the command because the same process is in progress or already done. From the service this error occurs only for StartVpn and StopVpn requests.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "inferred",
            "The same StartVpn or StopVpn operation is already in progress or done, so repeating it does not help.",
        ),
        stability="stable",
        doc="SDK service cannot process the command because the same process is in progress or already done. From the service this error occurs only for StartVpn and StopVpn requests.\n\nGroup: Service side error codes.\n\nRetry: do not retry (inferred). The same StartVpn or StopVpn operation is already in progress or done, so repeating it does not help.\n\nAction: Wait for the running StartVpn or StopVpn operation to finish and check the tunnel state instead of repeating the request. (inferred)\n\nWire value: TooManyRequests, which identifier, get, lookup and parse give and accept.",
        action=Action(
            "Wait for the running StartVpn or StopVpn operation to finish and check the tunnel state instead of repeating the request.",
            "inferred",
        ),
    ),
    Facts(
        identifier="TrafficExceed",
        group="backend",
        group_title="Backend server error codes",
        description="Account traffic limit exceed.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "inferred",
            "The account's traffic limit does not reset between attempts.",
        ),
        stability="stable",
        doc="Account traffic limit exceed.\n\nGroup: Backend server error codes.\n\nRetry: do not retry (inferred). The account's traffic limit does not reset between attempts.\n\nAction: Tell the user that the traffic limit is reached and offer a plan with more traffic. (inferred)\n\nName lookups also accept TRAFFIC_EXCEED.\n\nWire value: TrafficExceed, which identifier, get, lookup and parse give and accept.",
        action=Action(
            "Tell the user that the traffic limit is reached and offer a plan with more traffic.",
            "inferred",
        ),
    ),
    Facts(
        identifier="TransportError",
        group="client",
        group_title="Client side error codes",
        description="Transport error between client and server.",
        retryable=True,
        retry_advice=RetryAdvice(
            "backoff",
            "inferred",
            "A transport error between the client and the service is usually transient.",
        ),
        stability="stable",
        doc="Transport error between client and server.\n\nGroup: Client side error codes.\n\nRetry: retry with exponential backoff (inferred). A transport error between the client and the service is usually transient.\n\nAction: Retry the request with backoff and raise an SdkException to the user if it keeps failing. (inferred)\n\nWire value: TransportError, which identifier, get, lookup and parse give and accept.",
        action=Action(
            "Retry the request with backoff and raise an SdkException to the user if it keeps failing.",
            "inferred",
        ),
    ),
    Facts(
        identifier="TransportNotAuthorized",
        group="client",
        group_title="Client side error codes",
        description="The client pipe is not authorized to connect.",
        retryable=False,
        retry_advice=RetryAdvice("no-retry", "inferred", "The pipe's authorization does not change between attempts."),
        stability="stable",
        doc="The client pipe is not authorized to connect.\n\nGroup: Client side error codes.\n\nRetry: do not retry (inferred). The pipe's authorization does not change between attempts.\n\nAction: Check that the client application is allowed to connect to the service pipe. (inferred)\n\nWire value: TransportNotAuthorized, which identifier, get, lookup and parse give and accept.",
        action=Action("Check that the client application is allowed to connect to the service pipe.", "inferred"),
    ),
    Facts(
        identifier="UnAuthorized",
        group="backend",
        group_title="Backend server error codes",
        description="Unauthorized response.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "inferred",
            "An unauthorized response is not resolved by sending the same request again.",
        ),
        stability="stable",
        doc="Unauthorized response.\n\nGroup: Backend server error codes.\n\nRetry: do not retry (inferred). An unauthorized response is not resolved by sending the same request again.\n\nAction: Re-authenticate the user, then send the request again. (inferred)\n\nWire value: UnAuthorized, which identifier, get, lookup and parse give and accept.",
        action=Action("Re-authenticate the user, then send the request again.", "inferred"),
    ),
    Facts(
        identifier="Unlimited",
        group="success",
        group_title="Success codes",
        description="Current user traffic limit is unlimited.",
        retryable=False,
        retry_advice=RetryAdvice(
            "not-applicable",
            "documented",
            "The page lists it under success codes, so it is not an error.",
        ),
        stability="stable",
        doc="Current user traffic limit is unlimited.\n\nGroup: Success codes.\n\nRetry: not an error (documented). The page lists it under success codes, so it is not an error.\n\nWire value: Unlimited, which identifier, get, lookup and parse give and accept.",
    ),
    Facts(
        identifier="UnsupportedVersion",
        group="backend",
        group_title="Backend server error codes",
        description="Unsupported version.",
        retryable=False,
        retry_advice=RetryAdvice("no-retry", "inferred", "The version stays unsupported until the client is updated."),
        stability="stable",
        doc="Unsupported version.\n\nGroup: Backend server error codes.\n\nRetry: do not retry (inferred). The version stays unsupported until the client is updated.\n\nAction: Update the SDK or application to a supported version. (inferred)\n\nWire value: UnsupportedVersion, which identifier, get, lookup and parse give and accept.",
        action=Action("Update the SDK or application to a supported version.", "inferred"),
    ),
    Facts(
        identifier="UserSuspended",
        group="backend",
        group_title="Backend server error codes",
        description="User activity suspended.",
        retryable=False,
        retry_advice=RetryAdvice("no-retry", "inferred", "A suspended user stays suspended between attempts."),
        stability="stable",
        doc="User activity suspended.\n\nGroup: Backend server error codes.\n\nRetry: do not retry (inferred). A suspended user stays suspended between attempts.\n\nAction: Tell the user that the account is suspended and stop connection attempts. (inferred)\n\nWire value: UserSuspended, which identifier, get, lookup and parse give and accept.",
        action=Action("Tell the user that the account is suspended and stop connection attempts.", "inferred"),
    ),
)

# Every key a lookup accepts, the catalog's priority applied: the key, the member's index, how the key names it.
_KEYS = (
    ("AuthFailed", 0, "name"),
    ("BadRequest", 1, "name"),
    ("CarrierDisabled", 2, "name"),
    ("ConnectionTimeout", 3, "name"),
    ("DevicesExceed", 4, "name"),
    ("Error", 5, "name"),
    ("FeatureNotFound", 6, "name"),
    ("Forbidden", 7, "name"),
    ("InternalServerError", 8, "name"),
    ("Invalid", 9, "name"),
    ("InvalidDeviceId", 10, "name"),
    ("InvalidPurchase", 11, "name"),
    ("InvalidResponse", 12, "name"),
    ("InvalidUri", 13, "name"),
    ("NoInternetConnection", 14, "name"),
    ("None", 15, "name"),
    ("NotAuthorized", 16, "name"),
    ("NotFound", 17, "name"),
    ("NotResponding", 18, "name"),
    ("OauthError", 19, "name"),
    ("Ok", 20, "name"),
    ("RequestLimitExceed", 21, "name"),
    ("RequestTimeout", 22, "name"),
    ("ServerNotAnswering", 23, "name"),
    ("ServerUnavailable", 24, "name"),
    ("ServiceNotInitialized", 25, "name"),
    ("SessionNotFound", 26, "name"),
    ("SessionTrafficExceed", 27, "name"),
    ("SessionsExceed", 28, "name"),
    ("Timeout", 29, "name"),
    ("TooManyRequests", 30, "name"),
    ("TrafficExceed", 31, "name"),
    ("TransportError", 32, "name"),
    ("TransportNotAuthorized", 33, "name"),
    ("UnAuthorized", 34, "name"),
    ("Unlimited", 35, "name"),
    ("UnsupportedVersion", 36, "name"),
    ("UserSuspended", 37, "name"),
    ("OAuthError", 19, "alias"),
    ("DEVICES_EXCEED", 4, "legacyName"),
    ("NOT_AUTHORIZED", 16, "legacyName"),
    ("SESSIONS_EXCEED", 28, "legacyName"),
    ("TRAFFIC_EXCEED", 31, "legacyName"),
)

bind(ResponseResult, _FACTS, _KEYS)
