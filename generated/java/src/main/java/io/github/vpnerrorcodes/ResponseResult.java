// Generated from catalog/*.yaml by scripts/emit/languages/java/enum.ts (npm run build); do not edit.
package io.github.vpnerrorcodes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Result of the request processing by the UnifiedSDK service. The SDK returns it as the response
 * result of a request; the page gives names only, so the value of each member is its name.
 *
 * <p>Source: Pango, Unified VPN SDK for Windows: Error processing (section ResponseResult).
 *
 * <p>Jackson reads and writes a member as its name, which is also its value.
 */
public enum ResponseResult {
    /**
     * Backend authentication failed.
     *
     * <p>Group: Backend server error codes.
     *
     * <p>Retry: do not retry (inferred). The same credentials fail again; the client must
     * re-authenticate.
     *
     * <p>Action: Re-authenticate with valid credentials before sending the request again. (inferred)
     */
    AuthFailed("AuthFailed", false),

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
     */
    BadRequest("BadRequest", false),

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
     */
    CarrierDisabled("CarrierDisabled", false),

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
     */
    ConnectionTimeout("ConnectionTimeout", true),

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
     */
    DevicesExceed("DevicesExceed", false),

    /**
     * Request processing failed for any reason.
     *
     * <p>Group: Service side error codes.
     *
     * <p>Retry: do not retry (inferred). The page gives no cause, so a blind retry is not known to
     * help.
     *
     * <p>Action: Log the error details and handle it as a general failure of the request. (inferred)
     */
    Error("Error", false),

    /**
     * Feature not found.
     *
     * <p>Group: Backend server error codes.
     *
     * <p>Retry: do not retry (inferred). A missing feature does not appear between attempts.
     *
     * <p>Action: Check that the feature is enabled for the project before using it. (inferred)
     */
    FeatureNotFound("FeatureNotFound", false),

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
     */
    Forbidden("Forbidden", false),

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
     */
    InternalServerError("InternalServerError", true),

    /**
     * Invalid data.
     *
     * <p>Group: Backend server error codes.
     *
     * <p>Retry: do not retry (inferred). The same invalid data is rejected again.
     *
     * <p>Action: Correct the data sent to the backend before sending the request again. (inferred)
     */
    Invalid("Invalid", false),

    /**
     * Invalid device identifier.
     *
     * <p>Group: Backend server error codes.
     *
     * <p>Retry: do not retry (inferred). The same invalid device identifier is rejected again.
     *
     * <p>Action: Generate and send a valid unique device identifier. (inferred)
     */
    InvalidDeviceId("InvalidDeviceId", false),

    /**
     * Something went wrong with the purchase.
     *
     * <p>Group: Backend server error codes.
     *
     * <p>Retry: do not retry (inferred). A purchase problem is not resolved by repeating the request.
     *
     * <p>Action: Check the purchase data and let the user complete or restore the purchase. (inferred)
     */
    InvalidPurchase("InvalidPurchase", false),

    /**
     * Invalid response from the server (i.e. HTML instead of JSON).
     *
     * <p>Group: Backend server error codes.
     *
     * <p>Retry: retry with exponential backoff (inferred). An HTML answer usually comes from a proxy
     * or maintenance page and is often transient.
     *
     * <p>Action: Retry the request later with backoff and log the response body. (inferred)
     */
    InvalidResponse("InvalidResponse", true),

    /**
     * URI parameter has an invalid format.
     *
     * <p>Group: Service side error codes.
     *
     * <p>Retry: do not retry (inferred). The same malformed URI fails again.
     *
     * <p>Action: Fix the format of the URI parameter before sending the request again. (inferred)
     */
    InvalidUri("InvalidUri", false),

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
     */
    NoInternetConnection("NoInternetConnection", true),

    /**
     * No result; the default value, which should never come from the service.
     *
     * <p>Group: Success codes.
     *
     * <p>Retry: not an error (documented). The page lists it under success codes, so it is not an
     * error.
     */
    None("None", false),

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
     */
    NotAuthorized("NotAuthorized", false),

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
     */
    NotFound("NotFound", false),

    /**
     * VPN node server is not responding.
     *
     * <p>Group: Service side error codes.
     *
     * <p>Retry: retry with exponential backoff (inferred). An unresponsive VPN node is an unavailable
     * condition that is often transient.
     *
     * <p>Action: Retry later with backoff, or choose another location. (inferred)
     */
    NotResponding("NotResponding", true),

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
     */
    OauthError("OauthError", false),

    /**
     * Request processed successfully.
     *
     * <p>Group: Success codes.
     *
     * <p>Retry: not an error (documented). The page lists it under success codes, so it is not an
     * error.
     */
    Ok("Ok", false),

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
     */
    RequestLimitExceed("RequestLimitExceed", false),

    /**
     * Backend server did not respond within the specified timeout interval.
     *
     * <p>Group: Backend server error codes.
     *
     * <p>Retry: retry with exponential backoff (inferred). A backend timeout is usually transient.
     *
     * <p>Action: Retry the request with backoff. (inferred)
     */
    RequestTimeout("RequestTimeout", true),

    /**
     * Cannot connect to the backend server.
     *
     * <p>Group: Backend server error codes.
     *
     * <p>Retry: retry with exponential backoff (inferred). Failing to reach the backend server is
     * usually a transient network or availability problem.
     *
     * <p>Action: Retry the request later with backoff. (inferred)
     */
    ServerNotAnswering("ServerNotAnswering", true),

    /**
     * Backend server is unavailable.
     *
     * <p>Group: Backend server error codes.
     *
     * <p>Retry: retry with exponential backoff (inferred). An unavailable backend is usually a
     * transient condition.
     *
     * <p>Action: Retry the request later with backoff. (inferred)
     */
    ServerUnavailable("ServerUnavailable", true),

    /**
     * Service is not initialized.
     *
     * <p>Group: Service side error codes.
     *
     * <p>Retry: do not retry (inferred). Sending the same request again fails until the service has
     * been initialized.
     *
     * <p>Action: Initialize the service before sending the request again. (inferred)
     */
    ServiceNotInitialized("ServiceNotInitialized", false),

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
     */
    SessionNotFound("SessionNotFound", false),

    /**
     * Session traffic exceed.
     *
     * <p>Group: Backend server error codes.
     *
     * <p>Retry: do not retry (inferred). The session's traffic limit does not reset between attempts.
     *
     * <p>Action: Tell the user that the session traffic limit is reached. (inferred)
     */
    SessionTrafficExceed("SessionTrafficExceed", false),

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
     */
    SessionsExceed("SessionsExceed", false),

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
     */
    Timeout("Timeout", true),

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
     */
    TooManyRequests("TooManyRequests", false),

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
     */
    TrafficExceed("TrafficExceed", false),

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
     */
    TransportError("TransportError", true),

    /**
     * The client pipe is not authorized to connect.
     *
     * <p>Group: Client side error codes.
     *
     * <p>Retry: do not retry (inferred). The pipe's authorization does not change between attempts.
     *
     * <p>Action: Check that the client application is allowed to connect to the service pipe.
     * (inferred)
     */
    TransportNotAuthorized("TransportNotAuthorized", false),

    /**
     * Unauthorized response.
     *
     * <p>Group: Backend server error codes.
     *
     * <p>Retry: do not retry (inferred). An unauthorized response is not resolved by sending the same
     * request again.
     *
     * <p>Action: Re-authenticate the user, then send the request again. (inferred)
     */
    UnAuthorized("UnAuthorized", false),

    /**
     * Current user traffic limit is unlimited.
     *
     * <p>Group: Success codes.
     *
     * <p>Retry: not an error (documented). The page lists it under success codes, so it is not an
     * error.
     */
    Unlimited("Unlimited", false),

    /**
     * Unsupported version.
     *
     * <p>Group: Backend server error codes.
     *
     * <p>Retry: do not retry (inferred). The version stays unsupported until the client is updated.
     *
     * <p>Action: Update the SDK or application to a supported version. (inferred)
     */
    UnsupportedVersion("UnsupportedVersion", false),

    /**
     * User activity suspended.
     *
     * <p>Group: Backend server error codes.
     *
     * <p>Retry: do not retry (inferred). A suspended user stays suspended between attempts.
     *
     * <p>Action: Tell the user that the account is suspended and stop connection attempts. (inferred)
     */
    UserSuspended("UserSuspended", false);

    private static final Map<String, ResponseResult> BY_CODE = new HashMap<>();
    private static final Map<String, ResponseResult> BY_NAME = new HashMap<>();

    static {
        for (ResponseResult member : values()) {
            BY_CODE.put(member.code, member);
            BY_NAME.put(member.identifier(), member);
        }
        // Identifiers win over aliases and older wire names.
        BY_NAME.putIfAbsent("DEVICES_EXCEED", DevicesExceed);
        BY_NAME.putIfAbsent("NOT_AUTHORIZED", NotAuthorized);
        BY_NAME.putIfAbsent("OAuthError", OauthError);
        BY_NAME.putIfAbsent("SESSIONS_EXCEED", SessionsExceed);
        BY_NAME.putIfAbsent("TRAFFIC_EXCEED", TrafficExceed);
    }

    private final String code;
    private final boolean retryable;

    ResponseResult(String code, boolean retryable) {
        this.code = code;
        this.retryable = retryable;
    }

    /**
     * The member's value, which is also its identifier, as it travels.
     *
     * @return the value
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * The catalog's identifier, verbatim.
     *
     * @return the identifier
     */
    public String identifier() {
        return name();
    }

    /**
     * Whether a retry, after the step the member's retry advice names, can succeed.
     *
     * @return true for a retryable member
     */
    public boolean retryable() {
        return retryable;
    }

    /**
     * The member whose value is {@code code}.
     *
     * @param code the value as it travels
     * @return the member, or empty for a code this catalog does not know
     */
    public static Optional<ResponseResult> fromCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /**
     * The code as it arrived: the member when this catalog knows it, and the raw value either way.
     *
     * @param code the value as it travels
     * @return the open code
     */
    public static OpenCode<ResponseResult> decode(String code) {
        return new OpenCode<>(code, BY_CODE.get(code));
    }

    /**
     * The member with this identifier, alias or older wire name.
     *
     * @param name the name to look up
     * @return the member, or empty
     */
    public static Optional<ResponseResult> fromName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** Jackson's way in: a value this catalog does not know is an error. */
    @JsonCreator
    static ResponseResult ofCode(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("ResponseResult has no code " + code));
    }
}
