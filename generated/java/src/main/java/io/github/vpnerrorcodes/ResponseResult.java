// Generated from catalog/*.yaml by scripts/emit/languages/java/enum.ts (npm run build); do not edit.
package io.github.vpnerrorcodes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.vpnerrorcodes.CodeIndex.Match;
import io.github.vpnerrorcodes.CodeIndex.MatchedBy;
import java.util.Optional;

/**
 * Result of the request processing by the UnifiedSDK service. The SDK returns it as the response
 * result of a request; the page gives names only, so the value of each member is its name.
 *
 * <p>Source: Pango, Unified VPN SDK for Windows: Error processing (section ResponseResult).
 *
 * <p>Constants follow Java's UPPER_SNAKE convention; {@link #code()} is the vendor's name as it
 * travels and {@link #identifier()} the catalog's spelling, and the lookups accept both. Each
 * member answers its meaning and retry advice through {@link CatalogCode}. Jackson reads and writes
 * a member as its wire value.
 */
public enum ResponseResult implements CatalogCode {
    /**
     * Backend authentication failed.
     *
     * <p>Group: Backend server error codes.
     *
     * <p>Retry: do not retry (inferred). The same credentials fail again; the client must
     * re-authenticate.
     *
     * <p>Action: Re-authenticate with valid credentials before sending the request again. (inferred)
     *
     * <p>Wire value {@code AuthFailed}.
     */
    AUTH_FAILED("AuthFailed",
            CodeFacts.of("AuthFailed", "backend", false, CodeFacts.NO_HTTP_STATUS,
                    "Backend authentication failed.",
                    "no-retry", "inferred", "The same credentials fail again; the client must re-authenticate.", null,
                    "Re-authenticate with valid credentials before sending the request again.", "stable",
                    null)),

    /**
     * Backend server returned a 400 error.
     *
     * <p>Group: Backend server error codes.
     *
     * <p>HTTP mapping: 400 Bad Request.
     *
     * <p>Retry: do not retry (inferred). A 400 from the backend does not resolve with retries.
     *
     * <p>Action: Correct the request parameters before sending the request again. (inferred)
     *
     * <p>Wire value {@code BadRequest}.
     */
    BAD_REQUEST("BadRequest",
            CodeFacts.of("BadRequest", "backend", false, 400,
                    "Backend server returned a 400 error.",
                    "no-retry", "inferred", "A 400 from the backend does not resolve with retries.", null,
                    "Correct the request parameters before sending the request again.", "stable",
                    null)),

    /**
     * Carrier disabled on the backend.
     *
     * <p>Group: Backend server error codes.
     *
     * <p>Retry: do not retry (inferred). A disabled carrier is a backend configuration state that
     * retries do not change.
     *
     * <p>Action: Check that the carrier (project) is enabled in the backend before connecting again.
     * (inferred)
     *
     * <p>Wire value {@code CarrierDisabled}.
     */
    CARRIER_DISABLED("CarrierDisabled",
            CodeFacts.of("CarrierDisabled", "backend", false, CodeFacts.NO_HTTP_STATUS,
                    "Carrier disabled on the backend.",
                    "no-retry", "inferred", "A disabled carrier is a backend configuration state that retries do not change.", null,
                    "Check that the carrier (project) is enabled in the backend before connecting again.", "stable",
                    null)),

    /**
     * Cannot connect to the service during the timeout.
     *
     * <p>Group: Client side error codes.
     *
     * <p>Retry: retry with exponential backoff (inferred). A connection timeout to the local service
     * is usually transient, for example while the service is starting.
     *
     * <p>Action: Check that the SDK service is running, then send the request again with backoff.
     * (inferred)
     *
     * <p>Wire value {@code ConnectionTimeout}.
     */
    CONNECTION_TIMEOUT("ConnectionTimeout",
            CodeFacts.of("ConnectionTimeout", "client", true, CodeFacts.NO_HTTP_STATUS,
                    "Cannot connect to the service during the timeout.",
                    "backoff", "inferred", "A connection timeout to the local service is usually transient, for example while the service is starting.", null,
                    "Check that the SDK service is running, then send the request again with backoff.", "stable",
                    null)),

    /**
     * Device limit exceed.
     *
     * <p>Group: Backend server error codes.
     *
     * <p>Retry: do not retry (inferred). The device limit does not change between attempts.
     *
     * <p>Action: Remove a registered device or raise the user's device limit before connecting again.
     * (inferred)
     *
     * <p>Name lookups also accept DEVICES_EXCEED.
     *
     * <p>Wire value {@code DevicesExceed}.
     */
    DEVICES_EXCEED("DevicesExceed",
            CodeFacts.of("DevicesExceed", "backend", false, CodeFacts.NO_HTTP_STATUS,
                    "Device limit exceed.",
                    "no-retry", "inferred", "The device limit does not change between attempts.", null,
                    "Remove a registered device or raise the user's device limit before connecting again.", "stable",
                    null)),

    /**
     * Request processing failed for any reason.
     *
     * <p>Group: Service side error codes.
     *
     * <p>Retry: do not retry (inferred). The page gives no cause, so a blind retry is not known to
     * help.
     *
     * <p>Action: Log the error details and handle it as a general failure of the request. (inferred)
     *
     * <p>Wire value {@code Error}.
     */
    ERROR("Error",
            CodeFacts.of("Error", "service", false, CodeFacts.NO_HTTP_STATUS,
                    "Request processing failed for any reason.",
                    "no-retry", "inferred", "The page gives no cause, so a blind retry is not known to help.", null,
                    "Log the error details and handle it as a general failure of the request.", "stable",
                    null)),

    /**
     * Feature not found.
     *
     * <p>Group: Backend server error codes.
     *
     * <p>Retry: do not retry (inferred). A missing feature does not appear between attempts.
     *
     * <p>Action: Check that the feature is enabled for the project before using it. (inferred)
     *
     * <p>Wire value {@code FeatureNotFound}.
     */
    FEATURE_NOT_FOUND("FeatureNotFound",
            CodeFacts.of("FeatureNotFound", "backend", false, CodeFacts.NO_HTTP_STATUS,
                    "Feature not found.",
                    "no-retry", "inferred", "A missing feature does not appear between attempts.", null,
                    "Check that the feature is enabled for the project before using it.", "stable",
                    null)),

    /**
     * Backend server returned a 403 error.
     *
     * <p>Group: Backend server error codes.
     *
     * <p>HTTP mapping: 403 Forbidden.
     *
     * <p>Retry: do not retry (inferred). A 403 from the backend does not resolve with retries.
     *
     * <p>Action: Check the user's permissions and project settings for this request. (inferred)
     *
     * <p>Wire value {@code Forbidden}.
     */
    FORBIDDEN("Forbidden",
            CodeFacts.of("Forbidden", "backend", false, 403,
                    "Backend server returned a 403 error.",
                    "no-retry", "inferred", "A 403 from the backend does not resolve with retries.", null,
                    "Check the user's permissions and project settings for this request.", "stable",
                    null)),

    /**
     * Backend server returned a 500 error.
     *
     * <p>Group: Backend server error codes.
     *
     * <p>HTTP mapping: 500 Internal Server Error.
     *
     * <p>Retry: retry with exponential backoff (inferred). A 500 from the backend is usually transient
     * and safe to retry with backoff.
     *
     * <p>Action: Retry the request with exponential backoff. (inferred)
     *
     * <p>Wire value {@code InternalServerError}.
     */
    INTERNAL_SERVER_ERROR("InternalServerError",
            CodeFacts.of("InternalServerError", "backend", true, 500,
                    "Backend server returned a 500 error.",
                    "backoff", "inferred", "A 500 from the backend is usually transient and safe to retry with backoff.", null,
                    "Retry the request with exponential backoff.", "stable",
                    null)),

    /**
     * Invalid data.
     *
     * <p>Group: Backend server error codes.
     *
     * <p>Retry: do not retry (inferred). The same invalid data is rejected again.
     *
     * <p>Action: Correct the data sent to the backend before sending the request again. (inferred)
     *
     * <p>Wire value {@code Invalid}.
     */
    INVALID("Invalid",
            CodeFacts.of("Invalid", "backend", false, CodeFacts.NO_HTTP_STATUS,
                    "Invalid data.",
                    "no-retry", "inferred", "The same invalid data is rejected again.", null,
                    "Correct the data sent to the backend before sending the request again.", "stable",
                    null)),

    /**
     * Invalid device identifier.
     *
     * <p>Group: Backend server error codes.
     *
     * <p>Retry: do not retry (inferred). The same invalid device identifier is rejected again.
     *
     * <p>Action: Generate and send a valid unique device identifier. (inferred)
     *
     * <p>Wire value {@code InvalidDeviceId}.
     */
    INVALID_DEVICE_ID("InvalidDeviceId",
            CodeFacts.of("InvalidDeviceId", "backend", false, CodeFacts.NO_HTTP_STATUS,
                    "Invalid device identifier.",
                    "no-retry", "inferred", "The same invalid device identifier is rejected again.", null,
                    "Generate and send a valid unique device identifier.", "stable",
                    null)),

    /**
     * Something went wrong with the purchase.
     *
     * <p>Group: Backend server error codes.
     *
     * <p>Retry: do not retry (inferred). A purchase problem is not resolved by repeating the request.
     *
     * <p>Action: Check the purchase data and let the user complete or restore the purchase. (inferred)
     *
     * <p>Wire value {@code InvalidPurchase}.
     */
    INVALID_PURCHASE("InvalidPurchase",
            CodeFacts.of("InvalidPurchase", "backend", false, CodeFacts.NO_HTTP_STATUS,
                    "Something went wrong with the purchase.",
                    "no-retry", "inferred", "A purchase problem is not resolved by repeating the request.", null,
                    "Check the purchase data and let the user complete or restore the purchase.", "stable",
                    null)),

    /**
     * Invalid response from the server (i.e. HTML instead of JSON).
     *
     * <p>Group: Backend server error codes.
     *
     * <p>Retry: retry with exponential backoff (inferred). An HTML answer usually comes from a proxy
     * or maintenance page and is often transient.
     *
     * <p>Action: Retry the request later with backoff and log the response body. (inferred)
     *
     * <p>Wire value {@code InvalidResponse}.
     */
    INVALID_RESPONSE("InvalidResponse",
            CodeFacts.of("InvalidResponse", "backend", true, CodeFacts.NO_HTTP_STATUS,
                    "Invalid response from the server (i.e. HTML instead of JSON).",
                    "backoff", "inferred", "An HTML answer usually comes from a proxy or maintenance page and is often transient.", null,
                    "Retry the request later with backoff and log the response body.", "stable",
                    null)),

    /**
     * URI parameter has an invalid format.
     *
     * <p>Group: Service side error codes.
     *
     * <p>Retry: do not retry (inferred). The same malformed URI fails again.
     *
     * <p>Action: Fix the format of the URI parameter before sending the request again. (inferred)
     *
     * <p>Wire value {@code InvalidUri}.
     */
    INVALID_URI("InvalidUri",
            CodeFacts.of("InvalidUri", "service", false, CodeFacts.NO_HTTP_STATUS,
                    "URI parameter has an invalid format.",
                    "no-retry", "inferred", "The same malformed URI fails again.", null,
                    "Fix the format of the URI parameter before sending the request again.", "stable",
                    null)),

    /**
     * Request processing failed because the service detected a broken internet connection through
     * the primary network adapter.
     *
     * <p>Group: Service side error codes.
     *
     * <p>Retry: retry with exponential backoff (inferred). The request can succeed once the primary
     * network adapter has internet connectivity again.
     *
     * <p>Action: Wait until the primary network adapter is back online, then send the request again.
     * (inferred)
     *
     * <p>Wire value {@code NoInternetConnection}.
     */
    NO_INTERNET_CONNECTION("NoInternetConnection",
            CodeFacts.of("NoInternetConnection", "service", true, CodeFacts.NO_HTTP_STATUS,
                    "Request processing failed because the service detected a broken internet connection through the primary network adapter.",
                    "backoff", "inferred", "The request can succeed once the primary network adapter has internet connectivity again.", null,
                    "Wait until the primary network adapter is back online, then send the request again.", "stable",
                    null)),

    /**
     * No result; the default value, which should never come from the service.
     *
     * <p>Group: Success codes.
     *
     * <p>Retry: not an error (documented). The page lists it under success codes, so it is not an
     * error.
     *
     * <p>Wire value {@code None}.
     */
    NONE("None",
            CodeFacts.of("None", "success", false, CodeFacts.NO_HTTP_STATUS,
                    "No result; the default value, which should never come from the service.",
                    "not-applicable", "documented", "The page lists it under success codes, so it is not an error.", null,
                    null, "stable",
                    null)),

    /**
     * The client passed an invalid Auth token.
     *
     * <p>Group: Backend server error codes.
     *
     * <p>Retry: do not retry (inferred). The same invalid token is rejected again; the client must
     * re-authenticate first.
     *
     * <p>Action: Re-authenticate to obtain a valid Auth token, then send the request again. (inferred)
     *
     * <p>Name lookups also accept NOT_AUTHORIZED.
     *
     * <p>Wire value {@code NotAuthorized}.
     */
    NOT_AUTHORIZED("NotAuthorized",
            CodeFacts.of("NotAuthorized", "backend", false, CodeFacts.NO_HTTP_STATUS,
                    "The client passed an invalid Auth token.",
                    "no-retry", "inferred", "The same invalid token is rejected again; the client must re-authenticate first.", null,
                    "Re-authenticate to obtain a valid Auth token, then send the request again.", "stable",
                    null)),

    /**
     * Backend server returned a 404 error.
     *
     * <p>Group: Backend server error codes.
     *
     * <p>HTTP mapping: 404 Not Found.
     *
     * <p>Retry: do not retry (inferred). A 404 from the backend does not resolve with retries.
     *
     * <p>Action: Check the identifiers in the request; the requested resource does not exist on the
     * backend. (inferred)
     *
     * <p>Wire value {@code NotFound}.
     */
    NOT_FOUND("NotFound",
            CodeFacts.of("NotFound", "backend", false, 404,
                    "Backend server returned a 404 error.",
                    "no-retry", "inferred", "A 404 from the backend does not resolve with retries.", null,
                    "Check the identifiers in the request; the requested resource does not exist on the backend.", "stable",
                    null)),

    /**
     * VPN node server is not responding.
     *
     * <p>Group: Service side error codes.
     *
     * <p>Retry: retry with exponential backoff (inferred). An unresponsive VPN node is an unavailable
     * condition that is often transient.
     *
     * <p>Action: Retry later with backoff, or choose another location. (inferred)
     *
     * <p>Wire value {@code NotResponding}.
     */
    NOT_RESPONDING("NotResponding",
            CodeFacts.of("NotResponding", "service", true, CodeFacts.NO_HTTP_STATUS,
                    "VPN node server is not responding.",
                    "backoff", "inferred", "An unresponsive VPN node is an unavailable condition that is often transient.", null,
                    "Retry later with backoff, or choose another location.", "stable",
                    null)),

    /**
     * Open authenticator (OAuth) error.
     *
     * <p>Group: Backend server error codes.
     *
     * <p>Retry: do not retry (inferred). An OAuth failure needs new credentials from the identity
     * provider, not a repeated request.
     *
     * <p>Action: Sign the user in with the OAuth provider again to obtain a valid token. (inferred)
     *
     * <p>Name lookups also accept OAuthError.
     *
     * <p>Wire value {@code OauthError}.
     */
    OAUTH_ERROR("OauthError",
            CodeFacts.of("OauthError", "backend", false, CodeFacts.NO_HTTP_STATUS,
                    "Open authenticator (OAuth) error.",
                    "no-retry", "inferred", "An OAuth failure needs new credentials from the identity provider, not a repeated request.", null,
                    "Sign the user in with the OAuth provider again to obtain a valid token.", "stable",
                    null)),

    /**
     * Request processed successfully.
     *
     * <p>Group: Success codes.
     *
     * <p>Retry: not an error (documented). The page lists it under success codes, so it is not an
     * error.
     *
     * <p>Wire value {@code Ok}.
     */
    OK("Ok",
            CodeFacts.of("Ok", "success", false, CodeFacts.NO_HTTP_STATUS,
                    "Request processed successfully.",
                    "not-applicable", "documented", "The page lists it under success codes, so it is not an error.", null,
                    null, "stable",
                    null)),

    /**
     * Backend request limit exceed.
     *
     * <p>Group: Backend server error codes.
     *
     * <p>Retry: do not retry (inferred). The page gives no window or reset time, so an immediate retry
     * only hits the same limit.
     *
     * <p>Action: Stop sending requests to the backend for a while instead of retrying in a loop.
     * (inferred)
     *
     * <p>Wire value {@code RequestLimitExceed}.
     */
    REQUEST_LIMIT_EXCEED("RequestLimitExceed",
            CodeFacts.of("RequestLimitExceed", "backend", false, CodeFacts.NO_HTTP_STATUS,
                    "Backend request limit exceed.",
                    "no-retry", "inferred", "The page gives no window or reset time, so an immediate retry only hits the same limit.", null,
                    "Stop sending requests to the backend for a while instead of retrying in a loop.", "stable",
                    null)),

    /**
     * Backend server did not respond within the specified timeout interval.
     *
     * <p>Group: Backend server error codes.
     *
     * <p>Retry: retry with exponential backoff (inferred). A backend timeout is usually transient.
     *
     * <p>Action: Retry the request with backoff. (inferred)
     *
     * <p>Wire value {@code RequestTimeout}.
     */
    REQUEST_TIMEOUT("RequestTimeout",
            CodeFacts.of("RequestTimeout", "backend", true, CodeFacts.NO_HTTP_STATUS,
                    "Backend server did not respond within the specified timeout interval.",
                    "backoff", "inferred", "A backend timeout is usually transient.", null,
                    "Retry the request with backoff.", "stable",
                    null)),

    /**
     * Cannot connect to the backend server.
     *
     * <p>Group: Backend server error codes.
     *
     * <p>Retry: retry with exponential backoff (inferred). Failing to reach the backend server is
     * usually a transient network or availability problem.
     *
     * <p>Action: Retry the request later with backoff. (inferred)
     *
     * <p>Wire value {@code ServerNotAnswering}.
     */
    SERVER_NOT_ANSWERING("ServerNotAnswering",
            CodeFacts.of("ServerNotAnswering", "backend", true, CodeFacts.NO_HTTP_STATUS,
                    "Cannot connect to the backend server.",
                    "backoff", "inferred", "Failing to reach the backend server is usually a transient network or availability problem.", null,
                    "Retry the request later with backoff.", "stable",
                    null)),

    /**
     * Backend server is unavailable.
     *
     * <p>Group: Backend server error codes.
     *
     * <p>Retry: retry with exponential backoff (inferred). An unavailable backend is usually a
     * transient condition.
     *
     * <p>Action: Retry the request later with backoff. (inferred)
     *
     * <p>Wire value {@code ServerUnavailable}.
     */
    SERVER_UNAVAILABLE("ServerUnavailable",
            CodeFacts.of("ServerUnavailable", "backend", true, CodeFacts.NO_HTTP_STATUS,
                    "Backend server is unavailable.",
                    "backoff", "inferred", "An unavailable backend is usually a transient condition.", null,
                    "Retry the request later with backoff.", "stable",
                    null)),

    /**
     * Service is not initialized.
     *
     * <p>Group: Service side error codes.
     *
     * <p>Retry: do not retry (inferred). Sending the same request again fails until the service has
     * been initialized.
     *
     * <p>Action: Initialize the service before sending the request again. (inferred)
     *
     * <p>Wire value {@code ServiceNotInitialized}.
     */
    SERVICE_NOT_INITIALIZED("ServiceNotInitialized",
            CodeFacts.of("ServiceNotInitialized", "service", false, CodeFacts.NO_HTTP_STATUS,
                    "Service is not initialized.",
                    "no-retry", "inferred", "Sending the same request again fails until the service has been initialized.", null,
                    "Initialize the service before sending the request again.", "stable",
                    null)),

    /**
     * Session not found.
     *
     * <p>Group: Backend server error codes.
     *
     * <p>Retry: do not retry (inferred). Repeating a request for a session the backend does not know
     * fails again.
     *
     * <p>Action: Start a new VPN session instead of repeating the request for the missing one.
     * (inferred)
     *
     * <p>Wire value {@code SessionNotFound}.
     */
    SESSION_NOT_FOUND("SessionNotFound",
            CodeFacts.of("SessionNotFound", "backend", false, CodeFacts.NO_HTTP_STATUS,
                    "Session not found.",
                    "no-retry", "inferred", "Repeating a request for a session the backend does not know fails again.", null,
                    "Start a new VPN session instead of repeating the request for the missing one.", "stable",
                    null)),

    /**
     * Session traffic exceed.
     *
     * <p>Group: Backend server error codes.
     *
     * <p>Retry: do not retry (inferred). The session's traffic limit does not reset between attempts.
     *
     * <p>Action: Tell the user that the session traffic limit is reached. (inferred)
     *
     * <p>Wire value {@code SessionTrafficExceed}.
     */
    SESSION_TRAFFIC_EXCEED("SessionTrafficExceed",
            CodeFacts.of("SessionTrafficExceed", "backend", false, CodeFacts.NO_HTTP_STATUS,
                    "Session traffic exceed.",
                    "no-retry", "inferred", "The session's traffic limit does not reset between attempts.", null,
                    "Tell the user that the session traffic limit is reached.", "stable",
                    null)),

    /**
     * Session limit exceed.
     *
     * <p>Group: Backend server error codes.
     *
     * <p>Retry: do not retry (inferred). The session limit does not change between attempts.
     *
     * <p>Action: Close another session of the user or raise the session limit before connecting again.
     * (inferred)
     *
     * <p>Name lookups also accept SESSIONS_EXCEED.
     *
     * <p>Wire value {@code SessionsExceed}.
     */
    SESSIONS_EXCEED("SessionsExceed",
            CodeFacts.of("SessionsExceed", "backend", false, CodeFacts.NO_HTTP_STATUS,
                    "Session limit exceed.",
                    "no-retry", "inferred", "The session limit does not change between attempts.", null,
                    "Close another session of the user or raise the session limit before connecting again.", "stable",
                    null)),

    /**
     * SDK service did not respond within the specified timeout interval (3 minutes).
     *
     * <p>Group: Client side error codes.
     *
     * <p>Retry: retry with exponential backoff (inferred). A busy service may answer a later attempt,
     * but the timed-out request may still be in progress.
     *
     * <p>Action: Query the service state before sending the request again, so that a request still in
     * progress is not repeated. (inferred)
     *
     * <p>Wire value {@code Timeout}.
     */
    TIMEOUT("Timeout",
            CodeFacts.of("Timeout", "client", true, CodeFacts.NO_HTTP_STATUS,
                    "SDK service did not respond within the specified timeout interval (3 minutes).",
                    "backoff", "inferred", "A busy service may answer a later attempt, but the timed-out request may still be in progress.", null,
                    "Query the service state before sending the request again, so that a request still in progress is not repeated.", "stable",
                    null)),

    /**
     * SDK service cannot process the command because the same process is in progress or already
     * done. From the service this error occurs only for StartVpn and StopVpn requests.
     *
     * <p>Group: Service side error codes.
     *
     * <p>Retry: do not retry (inferred). The same StartVpn or StopVpn operation is already in progress
     * or done, so repeating it does not help.
     *
     * <p>Action: Wait for the running StartVpn or StopVpn operation to finish and check the tunnel
     * state instead of repeating the request. (inferred)
     *
     * <p>Wire value {@code TooManyRequests}.
     */
    TOO_MANY_REQUESTS("TooManyRequests",
            CodeFacts.of("TooManyRequests", "service", false, CodeFacts.NO_HTTP_STATUS,
                    "SDK service cannot process the command because the same process is in progress or already done. From the service this error occurs only for StartVpn and StopVpn requests.",
                    "no-retry", "inferred", "The same StartVpn or StopVpn operation is already in progress or done, so repeating it does not help.", null,
                    "Wait for the running StartVpn or StopVpn operation to finish and check the tunnel state instead of repeating the request.", "stable",
                    null)),

    /**
     * Account traffic limit exceed.
     *
     * <p>Group: Backend server error codes.
     *
     * <p>Retry: do not retry (inferred). The account's traffic limit does not reset between attempts.
     *
     * <p>Action: Tell the user that the traffic limit is reached and offer a plan with more traffic.
     * (inferred)
     *
     * <p>Name lookups also accept TRAFFIC_EXCEED.
     *
     * <p>Wire value {@code TrafficExceed}.
     */
    TRAFFIC_EXCEED("TrafficExceed",
            CodeFacts.of("TrafficExceed", "backend", false, CodeFacts.NO_HTTP_STATUS,
                    "Account traffic limit exceed.",
                    "no-retry", "inferred", "The account's traffic limit does not reset between attempts.", null,
                    "Tell the user that the traffic limit is reached and offer a plan with more traffic.", "stable",
                    null)),

    /**
     * Transport error between client and server.
     *
     * <p>Group: Client side error codes.
     *
     * <p>Retry: retry with exponential backoff (inferred). A transport error between the client and
     * the service is usually transient.
     *
     * <p>Action: Retry the request with backoff and raise an SdkException to the user if it keeps
     * failing. (inferred)
     *
     * <p>Wire value {@code TransportError}.
     */
    TRANSPORT_ERROR("TransportError",
            CodeFacts.of("TransportError", "client", true, CodeFacts.NO_HTTP_STATUS,
                    "Transport error between client and server.",
                    "backoff", "inferred", "A transport error between the client and the service is usually transient.", null,
                    "Retry the request with backoff and raise an SdkException to the user if it keeps failing.", "stable",
                    null)),

    /**
     * The client pipe is not authorized to connect.
     *
     * <p>Group: Client side error codes.
     *
     * <p>Retry: do not retry (inferred). The pipe's authorization does not change between attempts.
     *
     * <p>Action: Check that the client application is allowed to connect to the service pipe.
     * (inferred)
     *
     * <p>Wire value {@code TransportNotAuthorized}.
     */
    TRANSPORT_NOT_AUTHORIZED("TransportNotAuthorized",
            CodeFacts.of("TransportNotAuthorized", "client", false, CodeFacts.NO_HTTP_STATUS,
                    "The client pipe is not authorized to connect.",
                    "no-retry", "inferred", "The pipe's authorization does not change between attempts.", null,
                    "Check that the client application is allowed to connect to the service pipe.", "stable",
                    null)),

    /**
     * Unauthorized response.
     *
     * <p>Group: Backend server error codes.
     *
     * <p>Retry: do not retry (inferred). An unauthorized response is not resolved by sending the same
     * request again.
     *
     * <p>Action: Re-authenticate the user, then send the request again. (inferred)
     *
     * <p>Wire value {@code UnAuthorized}.
     */
    UN_AUTHORIZED("UnAuthorized",
            CodeFacts.of("UnAuthorized", "backend", false, CodeFacts.NO_HTTP_STATUS,
                    "Unauthorized response.",
                    "no-retry", "inferred", "An unauthorized response is not resolved by sending the same request again.", null,
                    "Re-authenticate the user, then send the request again.", "stable",
                    null)),

    /**
     * Current user traffic limit is unlimited.
     *
     * <p>Group: Success codes.
     *
     * <p>Retry: not an error (documented). The page lists it under success codes, so it is not an
     * error.
     *
     * <p>Wire value {@code Unlimited}.
     */
    UNLIMITED("Unlimited",
            CodeFacts.of("Unlimited", "success", false, CodeFacts.NO_HTTP_STATUS,
                    "Current user traffic limit is unlimited.",
                    "not-applicable", "documented", "The page lists it under success codes, so it is not an error.", null,
                    null, "stable",
                    null)),

    /**
     * Unsupported version.
     *
     * <p>Group: Backend server error codes.
     *
     * <p>Retry: do not retry (inferred). The version stays unsupported until the client is updated.
     *
     * <p>Action: Update the SDK or application to a supported version. (inferred)
     *
     * <p>Wire value {@code UnsupportedVersion}.
     */
    UNSUPPORTED_VERSION("UnsupportedVersion",
            CodeFacts.of("UnsupportedVersion", "backend", false, CodeFacts.NO_HTTP_STATUS,
                    "Unsupported version.",
                    "no-retry", "inferred", "The version stays unsupported until the client is updated.", null,
                    "Update the SDK or application to a supported version.", "stable",
                    null)),

    /**
     * User activity suspended.
     *
     * <p>Group: Backend server error codes.
     *
     * <p>Retry: do not retry (inferred). A suspended user stays suspended between attempts.
     *
     * <p>Action: Tell the user that the account is suspended and stop connection attempts. (inferred)
     *
     * <p>Wire value {@code UserSuspended}.
     */
    USER_SUSPENDED("UserSuspended",
            CodeFacts.of("UserSuspended", "backend", false, CodeFacts.NO_HTTP_STATUS,
                    "User activity suspended.",
                    "no-retry", "inferred", "A suspended user stays suspended between attempts.", null,
                    "Tell the user that the account is suspended and stop connection attempts.", "stable",
                    null));

    /**
     * Every key the lookups accept, the model's priority between them applied: in a holder, so that loading
     * the enum builds no table.
     */
    private static final class Keys {
        static final CodeIndex<ResponseResult> INDEX = CodeIndex.<ResponseResult>builder()
                .key("AuthFailed", MatchedBy.NAME, AUTH_FAILED)
                .key("BadRequest", MatchedBy.NAME, BAD_REQUEST)
                .key("CarrierDisabled", MatchedBy.NAME, CARRIER_DISABLED)
                .key("ConnectionTimeout", MatchedBy.NAME, CONNECTION_TIMEOUT)
                .key("DevicesExceed", MatchedBy.NAME, DEVICES_EXCEED)
                .key("Error", MatchedBy.NAME, ERROR)
                .key("FeatureNotFound", MatchedBy.NAME, FEATURE_NOT_FOUND)
                .key("Forbidden", MatchedBy.NAME, FORBIDDEN)
                .key("InternalServerError", MatchedBy.NAME, INTERNAL_SERVER_ERROR)
                .key("Invalid", MatchedBy.NAME, INVALID)
                .key("InvalidDeviceId", MatchedBy.NAME, INVALID_DEVICE_ID)
                .key("InvalidPurchase", MatchedBy.NAME, INVALID_PURCHASE)
                .key("InvalidResponse", MatchedBy.NAME, INVALID_RESPONSE)
                .key("InvalidUri", MatchedBy.NAME, INVALID_URI)
                .key("NoInternetConnection", MatchedBy.NAME, NO_INTERNET_CONNECTION)
                .key("None", MatchedBy.NAME, NONE)
                .key("NotAuthorized", MatchedBy.NAME, NOT_AUTHORIZED)
                .key("NotFound", MatchedBy.NAME, NOT_FOUND)
                .key("NotResponding", MatchedBy.NAME, NOT_RESPONDING)
                .key("OauthError", MatchedBy.NAME, OAUTH_ERROR)
                .key("Ok", MatchedBy.NAME, OK)
                .key("RequestLimitExceed", MatchedBy.NAME, REQUEST_LIMIT_EXCEED)
                .key("RequestTimeout", MatchedBy.NAME, REQUEST_TIMEOUT)
                .key("ServerNotAnswering", MatchedBy.NAME, SERVER_NOT_ANSWERING)
                .key("ServerUnavailable", MatchedBy.NAME, SERVER_UNAVAILABLE)
                .key("ServiceNotInitialized", MatchedBy.NAME, SERVICE_NOT_INITIALIZED)
                .key("SessionNotFound", MatchedBy.NAME, SESSION_NOT_FOUND)
                .key("SessionTrafficExceed", MatchedBy.NAME, SESSION_TRAFFIC_EXCEED)
                .key("SessionsExceed", MatchedBy.NAME, SESSIONS_EXCEED)
                .key("Timeout", MatchedBy.NAME, TIMEOUT)
                .key("TooManyRequests", MatchedBy.NAME, TOO_MANY_REQUESTS)
                .key("TrafficExceed", MatchedBy.NAME, TRAFFIC_EXCEED)
                .key("TransportError", MatchedBy.NAME, TRANSPORT_ERROR)
                .key("TransportNotAuthorized", MatchedBy.NAME, TRANSPORT_NOT_AUTHORIZED)
                .key("UnAuthorized", MatchedBy.NAME, UN_AUTHORIZED)
                .key("Unlimited", MatchedBy.NAME, UNLIMITED)
                .key("UnsupportedVersion", MatchedBy.NAME, UNSUPPORTED_VERSION)
                .key("UserSuspended", MatchedBy.NAME, USER_SUSPENDED)
                .key("OAuthError", MatchedBy.ALIAS, OAUTH_ERROR)
                .key("DEVICES_EXCEED", MatchedBy.LEGACY_NAME, DEVICES_EXCEED)
                .key("NOT_AUTHORIZED", MatchedBy.LEGACY_NAME, NOT_AUTHORIZED)
                .key("SESSIONS_EXCEED", MatchedBy.LEGACY_NAME, SESSIONS_EXCEED)
                .key("TRAFFIC_EXCEED", MatchedBy.LEGACY_NAME, TRAFFIC_EXCEED)
                .build();
    }

    private final String code;
    private final CodeFacts facts;

    ResponseResult(String code, CodeFacts facts) {
        this.code = code;
        this.facts = facts;
    }

    /**
     * The member's value as it travels (the vendor's name).
     *
     * @return the value
     */
    @JsonValue
    public String code() {
        return code;
    }

    @Override
    public CodeFacts facts() {
        return facts;
    }

    /**
     * The member whose name is {@code code}, as {@code error.code} or a log carries it.
     *
     * @param code the value as it travels
     * @return the member, or empty for a code this catalog does not know
     */
    public static Optional<ResponseResult> fromCode(String code) {
        Optional<ResponseResult> member = Keys.INDEX.member(code);
        return member.isPresent() && member.get().code.equals(code) ? member : Optional.empty();
    }

    /**
     * The code as it arrived: the member when this catalog knows it, and the raw value either way.
     *
     * @param code the value as it travels
     * @return the open code
     */
    public static OpenCode<ResponseResult, String> decode(String code) {
        return new OpenCode<>(code, fromCode(code).orElse(null));
    }

    /**
     * The member with this identifier, alias or older wire name, as the vendor spells them ({@code valueOf}
     * takes the constant's name).
     *
     * @param name the name to look up
     * @return the member, or empty
     */
    public static Optional<ResponseResult> fromName(String name) {
        return Keys.INDEX.named(name);
    }

    /**
     * The member any key names (identifier, alias or older wire name), and how the key found it, as TypeScript's {@code describe} answers.
     *
     * @param key the key
     * @return the match, or empty for an unknown or null key
     */
    public static Optional<Match<ResponseResult>> lookup(String key) {
        return Keys.INDEX.find(key);
    }

    /** The lookup the catalog's reconnect policy reads this family's keys with. */
    static CodeIndex<ResponseResult> index() {
        return Keys.INDEX;
    }

    /** Jackson's way in: a value this catalog does not know is an error. */
    @JsonCreator
    static ResponseResult ofCode(String code) {
        Optional<ResponseResult> member = fromCode(code);
        if (member.isEmpty()) throw new IllegalArgumentException("ResponseResult has no code " + code);
        return member.get();
    }
}
