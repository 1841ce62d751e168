// Generated from catalog/*.yaml by `npm run build`; do not edit.
package vpnerrorcodes;

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
     * <p>Retry: do not retry (inferred).
     */
    AuthFailed("AuthFailed", false),

    /**
     * Backend server returned a 400 error.
     *
     * <p>HTTP mapping: 400 Bad Request.
     *
     * <p>Retry: do not retry (inferred).
     */
    BadRequest("BadRequest", false),

    /**
     * Carrier disabled on the backend.
     *
     * <p>Retry: do not retry (inferred).
     */
    CarrierDisabled("CarrierDisabled", false),

    /**
     * Cannot connect to the service during the timeout.
     *
     * <p>Retry: retry with exponential backoff (inferred).
     */
    ConnectionTimeout("ConnectionTimeout", true),

    /**
     * Device limit exceed.
     *
     * <p>Retry: do not retry (inferred).
     *
     * <p>Name lookups also accept DEVICES_EXCEED.
     */
    DevicesExceed("DevicesExceed", false),

    /**
     * Request processing failed for any reason.
     *
     * <p>Retry: do not retry (inferred).
     */
    Error("Error", false),

    /**
     * Feature not found.
     *
     * <p>Retry: do not retry (inferred).
     */
    FeatureNotFound("FeatureNotFound", false),

    /**
     * Backend server returned a 403 error.
     *
     * <p>HTTP mapping: 403 Forbidden.
     *
     * <p>Retry: do not retry (inferred).
     */
    Forbidden("Forbidden", false),

    /**
     * Backend server returned a 500 error.
     *
     * <p>HTTP mapping: 500 Internal Server Error.
     *
     * <p>Retry: retry with exponential backoff (inferred).
     */
    InternalServerError("InternalServerError", true),

    /**
     * Invalid data.
     *
     * <p>Retry: do not retry (inferred).
     */
    Invalid("Invalid", false),

    /**
     * Invalid device identifier.
     *
     * <p>Retry: do not retry (inferred).
     */
    InvalidDeviceId("InvalidDeviceId", false),

    /**
     * Something went wrong with the purchase.
     *
     * <p>Retry: do not retry (inferred).
     */
    InvalidPurchase("InvalidPurchase", false),

    /**
     * Invalid response from the server (i.e. HTML instead of JSON).
     *
     * <p>Retry: retry with exponential backoff (inferred).
     */
    InvalidResponse("InvalidResponse", true),

    /**
     * URI parameter has an invalid format.
     *
     * <p>Retry: do not retry (inferred).
     */
    InvalidUri("InvalidUri", false),

    /**
     * Request processing failed because the service detected a broken internet connection through
     * the primary network adapter.
     *
     * <p>Retry: retry with exponential backoff (inferred).
     */
    NoInternetConnection("NoInternetConnection", true),

    /**
     * No result; the default value, which should never come from the service.
     *
     * <p>Retry: not an error (documented).
     */
    None("None", false),

    /**
     * The client passed an invalid Auth token.
     *
     * <p>Retry: do not retry (inferred).
     *
     * <p>Name lookups also accept NOT_AUTHORIZED.
     */
    NotAuthorized("NotAuthorized", false),

    /**
     * Backend server returned a 404 error.
     *
     * <p>HTTP mapping: 404 Not Found.
     *
     * <p>Retry: do not retry (inferred).
     */
    NotFound("NotFound", false),

    /**
     * VPN node server is not responding.
     *
     * <p>Retry: retry with exponential backoff (inferred).
     */
    NotResponding("NotResponding", true),

    /**
     * Open authenticator (OAuth) error.
     *
     * <p>Retry: do not retry (inferred).
     *
     * <p>Name lookups also accept OAuthError.
     */
    OauthError("OauthError", false),

    /**
     * Request processed successfully.
     *
     * <p>Retry: not an error (documented).
     */
    Ok("Ok", false),

    /**
     * Backend request limit exceed.
     *
     * <p>Retry: do not retry (inferred).
     */
    RequestLimitExceed("RequestLimitExceed", false),

    /**
     * Backend server did not respond within the specified timeout interval.
     *
     * <p>Retry: retry with exponential backoff (inferred).
     */
    RequestTimeout("RequestTimeout", true),

    /**
     * Cannot connect to the backend server.
     *
     * <p>Retry: retry with exponential backoff (inferred).
     */
    ServerNotAnswering("ServerNotAnswering", true),

    /**
     * Backend server is unavailable.
     *
     * <p>Retry: retry with exponential backoff (inferred).
     */
    ServerUnavailable("ServerUnavailable", true),

    /**
     * Service is not initialized.
     *
     * <p>Retry: do not retry (inferred).
     */
    ServiceNotInitialized("ServiceNotInitialized", false),

    /**
     * Session not found.
     *
     * <p>Retry: do not retry (inferred).
     */
    SessionNotFound("SessionNotFound", false),

    /**
     * Session traffic exceed.
     *
     * <p>Retry: do not retry (inferred).
     */
    SessionTrafficExceed("SessionTrafficExceed", false),

    /**
     * Session limit exceed.
     *
     * <p>Retry: do not retry (inferred).
     *
     * <p>Name lookups also accept SESSIONS_EXCEED.
     */
    SessionsExceed("SessionsExceed", false),

    /**
     * SDK service did not respond within the specified timeout interval (3 minutes).
     *
     * <p>Retry: retry with exponential backoff (inferred).
     */
    Timeout("Timeout", true),

    /**
     * SDK service cannot process the command because the same process is in progress or already
     * done. From the service this error occurs only for StartVpn and StopVpn requests.
     *
     * <p>Retry: do not retry (inferred).
     */
    TooManyRequests("TooManyRequests", false),

    /**
     * Account traffic limit exceed.
     *
     * <p>Retry: do not retry (inferred).
     *
     * <p>Name lookups also accept TRAFFIC_EXCEED.
     */
    TrafficExceed("TrafficExceed", false),

    /**
     * Transport error between client and server.
     *
     * <p>Retry: retry with exponential backoff (inferred).
     */
    TransportError("TransportError", true),

    /**
     * The client pipe is not authorized to connect.
     *
     * <p>Retry: do not retry (inferred).
     */
    TransportNotAuthorized("TransportNotAuthorized", false),

    /**
     * Unauthorized response.
     *
     * <p>Retry: do not retry (inferred).
     */
    UnAuthorized("UnAuthorized", false),

    /**
     * Current user traffic limit is unlimited.
     *
     * <p>Retry: not an error (documented).
     */
    Unlimited("Unlimited", false),

    /**
     * Unsupported version.
     *
     * <p>Retry: do not retry (inferred).
     */
    UnsupportedVersion("UnsupportedVersion", false),

    /**
     * User activity suspended.
     *
     * <p>Retry: do not retry (inferred).
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

    /** The member's value, which is also its identifier, as it travels. */
    @JsonValue
    public String code() {
        return code;
    }

    /** The catalog's identifier, verbatim. */
    public String identifier() {
        return name();
    }

    /** True when a retry, after the step the member's retry advice names, can succeed. */
    public boolean retryable() {
        return retryable;
    }

    /** The member whose value is {@code code}, or empty for a code this catalog does not know. */
    public static Optional<ResponseResult> fromCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** The member with this identifier, alias or older wire name, or empty. */
    public static Optional<ResponseResult> fromName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** Jackson's way in: a value this catalog does not know is an error. */
    @JsonCreator
    static ResponseResult ofCode(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("ResponseResult has no code " + code));
    }
}
