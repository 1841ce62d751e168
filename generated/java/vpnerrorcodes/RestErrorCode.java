// Generated from catalog/*.yaml by `npm run build`; do not edit.
package vpnerrorcodes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Machine-readable error.code strings in the error object of the OrbVPN API's JSON response
 * envelope. Codes are stable between API versions, unlike messages; several codes can share one
 * HTTP status.
 *
 * <p>Source: OrbVPN, Error Reference (section Application Error Codes).
 *
 * <p>Jackson reads and writes a member as its name, which is also its value.
 */
public enum RestErrorCode {
    /**
     * No authentication token was provided. Include a valid Bearer token in the Authorization
     * header.
     *
     * <p>HTTP mapping: 401 Unauthorized.
     *
     * <p>Retry: do not retry (documented).
     */
    AUTH_REQUIRED("AUTH_REQUIRED", false),

    /**
     * The user has reached the maximum number of registered devices for their subscription plan.
     *
     * <p>HTTP mapping: 409 Conflict.
     *
     * <p>Retry: do not retry (documented).
     */
    DEVICE_LIMIT_REACHED("DEVICE_LIMIT_REACHED", false),

    /**
     * No device exists with the specified device ID.
     *
     * <p>HTTP mapping: 404 Not Found.
     *
     * <p>Retry: do not retry (documented).
     */
    DEVICE_NOT_FOUND("DEVICE_NOT_FOUND", false),

    /**
     * Smart DNS resolution failed for the requested domain. Verify the domain is in the supported
     * list.
     *
     * <p>HTTP mapping: 500 Internal Server Error.
     *
     * <p>Retry: retry with exponential backoff (documented).
     */
    DNS_RESOLUTION_FAILED("DNS_RESOLUTION_FAILED", true),

    /**
     * An account with this email address already exists. Use the login endpoint instead.
     *
     * <p>HTTP mapping: 409 Conflict.
     *
     * <p>Retry: do not retry (documented).
     */
    EMAIL_ALREADY_EXISTS("EMAIL_ALREADY_EXISTS", false),

    /**
     * The user's wallet balance is insufficient for this transaction.
     *
     * <p>HTTP mapping: 400 Bad Request.
     *
     * <p>Retry: do not retry (documented).
     */
    INSUFFICIENT_BALANCE("INSUFFICIENT_BALANCE", false),

    /**
     * The authenticated user does not have the required role or permission for this endpoint.
     *
     * <p>HTTP mapping: 403 Forbidden.
     *
     * <p>Retry: do not retry (documented).
     */
    INSUFFICIENT_PERMISSIONS("INSUFFICIENT_PERMISSIONS", false),

    /**
     * An unexpected server error occurred. The OrbVPN team is automatically notified.
     *
     * <p>HTTP mapping: 500 Internal Server Error.
     *
     * <p>Retry: retry with exponential backoff (documented).
     */
    INTERNAL_ERROR("INTERNAL_ERROR", true),

    /**
     * The provided email address is not a valid email format.
     *
     * <p>HTTP mapping: 422 Unprocessable Entity.
     *
     * <p>Retry: do not retry (documented).
     */
    INVALID_EMAIL("INVALID_EMAIL", false),

    /**
     * The payment could not be processed. Check the payment method and try again.
     *
     * <p>HTTP mapping: 400 Bad Request.
     *
     * <p>Retry: do not retry (documented).
     */
    PAYMENT_FAILED("PAYMENT_FAILED", false),

    /**
     * The monthly or daily API quota for your plan has been exceeded. Upgrade or wait for reset.
     *
     * <p>HTTP mapping: 429 Too Many Requests.
     *
     * <p>Retry: do not retry (inferred).
     */
    QUOTA_EXCEEDED("QUOTA_EXCEEDED", false),

    /**
     * Too many requests in a given time window. Respect the X-RateLimit-Reset header.
     *
     * <p>HTTP mapping: 429 Too Many Requests.
     *
     * <p>Retry: wait for the rate-limit window, then retry (documented).
     */
    RATE_LIMITED("RATE_LIMITED", true),

    /**
     * The requested VPN server does not exist or has been decommissioned.
     *
     * <p>HTTP mapping: 404 Not Found.
     *
     * <p>Retry: do not retry (documented).
     */
    SERVER_NOT_FOUND("SERVER_NOT_FOUND", false),

    /**
     * The service is temporarily unavailable due to maintenance or overload.
     *
     * <p>HTTP mapping: 503 Service Unavailable.
     *
     * <p>Retry: retry with exponential backoff (documented).
     */
    SERVICE_UNAVAILABLE("SERVICE_UNAVAILABLE", true),

    /**
     * The user's subscription has expired. A valid subscription is required for this endpoint.
     *
     * <p>HTTP mapping: 403 Forbidden.
     *
     * <p>Retry: do not retry (documented).
     */
    SUBSCRIPTION_EXPIRED("SUBSCRIPTION_EXPIRED", false),

    /**
     * No active subscription was found for the user.
     *
     * <p>HTTP mapping: 404 Not Found.
     *
     * <p>Retry: do not retry (documented).
     */
    SUBSCRIPTION_NOT_FOUND("SUBSCRIPTION_NOT_FOUND", false),

    /**
     * The access token has expired. Use your refresh token to obtain a new access token.
     *
     * <p>HTTP mapping: 401 Unauthorized.
     *
     * <p>Retry: refresh the access token, then retry once (documented).
     */
    TOKEN_EXPIRED("TOKEN_EXPIRED", true),

    /**
     * The token is malformed, revoked, or was signed with an unknown key. Re-authenticate.
     *
     * <p>HTTP mapping: 401 Unauthorized.
     *
     * <p>Retry: do not retry (documented).
     */
    TOKEN_INVALID("TOKEN_INVALID", false),

    /**
     * An upstream dependency returned an unexpected response. Usually transient.
     *
     * <p>HTTP mapping: 502 Bad Gateway.
     *
     * <p>Retry: retry with exponential backoff (documented).
     */
    UPSTREAM_ERROR("UPSTREAM_ERROR", true),

    /**
     * No user exists with the specified ID or email.
     *
     * <p>HTTP mapping: 404 Not Found.
     *
     * <p>Retry: do not retry (documented).
     */
    USER_NOT_FOUND("USER_NOT_FOUND", false),

    /**
     * One or more request fields failed validation. The details object specifies which fields are
     * invalid.
     *
     * <p>HTTP mapping: 400 Bad Request.
     *
     * <p>Retry: do not retry (documented).
     */
    VALIDATION_ERROR("VALIDATION_ERROR", false),

    /**
     * The VPN server could not establish a tunnel. The server may be at capacity or experiencing
     * issues.
     *
     * <p>HTTP mapping: 500 Internal Server Error.
     *
     * <p>Retry: retry with exponential backoff (documented).
     */
    VPN_CONNECTION_FAILED("VPN_CONNECTION_FAILED", true),

    /**
     * The password does not meet the minimum strength requirements (at least 8 characters, one
     * uppercase, one number).
     *
     * <p>HTTP mapping: 422 Unprocessable Entity.
     *
     * <p>Retry: do not retry (documented).
     */
    WEAK_PASSWORD("WEAK_PASSWORD", false);

    private static final Map<String, RestErrorCode> BY_CODE = new HashMap<>();
    private static final Map<String, RestErrorCode> BY_NAME = new HashMap<>();

    static {
        for (RestErrorCode member : values()) {
            BY_CODE.put(member.code, member);
            BY_NAME.put(member.identifier(), member);
        }
    }

    private final String code;
    private final boolean retryable;

    RestErrorCode(String code, boolean retryable) {
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
    public static Optional<RestErrorCode> fromCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** The member with this identifier, or empty. */
    public static Optional<RestErrorCode> fromName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** Jackson's way in: a value this catalog does not know is an error. */
    @JsonCreator
    static RestErrorCode ofCode(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("RestErrorCode has no code " + code));
    }
}
