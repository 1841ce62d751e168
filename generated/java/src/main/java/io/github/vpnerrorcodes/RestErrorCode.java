// Generated from catalog/*.yaml by scripts/emit/languages/java/enum.ts (npm run build); do not edit.
package io.github.vpnerrorcodes;

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
     * <p>Group: Authentication Errors.
     *
     * <p>HTTP mapping: 401 Unauthorized.
     *
     * <p>Retry: do not retry (documented). The page lists 401 among the errors that will not resolve
     * with retries.
     *
     * <p>Action: Include a valid Bearer token in the Authorization header. (documented)
     */
    AUTH_REQUIRED("AUTH_REQUIRED", false),

    /**
     * The user has reached the maximum number of registered devices for their subscription plan.
     *
     * <p>Group: Conflict Errors.
     *
     * <p>HTTP mapping: 409 Conflict.
     *
     * <p>Retry: do not retry (documented). The page lists 409 among the errors that will not resolve
     * with retries.
     */
    DEVICE_LIMIT_REACHED("DEVICE_LIMIT_REACHED", false),

    /**
     * No device exists with the specified device ID.
     *
     * <p>Group: Resource Not Found Errors.
     *
     * <p>HTTP mapping: 404 Not Found.
     *
     * <p>Retry: do not retry (documented). The page lists 404 among the errors that will not resolve
     * with retries.
     */
    DEVICE_NOT_FOUND("DEVICE_NOT_FOUND", false),

    /**
     * Smart DNS resolution failed for the requested domain. Verify the domain is in the supported
     * list.
     *
     * <p>Group: VPN-Specific Errors.
     *
     * <p>HTTP mapping: 500 Internal Server Error.
     *
     * <p>Retry: retry with exponential backoff (documented). The page lists 500 among the errors that
     * are safe to retry with backoff, though retries cannot help a domain outside the supported
     * list.
     *
     * <p>Action: Verify the domain is in the supported list. (documented)
     */
    DNS_RESOLUTION_FAILED("DNS_RESOLUTION_FAILED", true),

    /**
     * An account with this email address already exists. Use the login endpoint instead.
     *
     * <p>Group: Conflict Errors.
     *
     * <p>HTTP mapping: 409 Conflict.
     *
     * <p>Retry: do not retry (documented). The page lists 409 among the errors that will not resolve
     * with retries.
     *
     * <p>Action: Use the login endpoint instead. (documented)
     */
    EMAIL_ALREADY_EXISTS("EMAIL_ALREADY_EXISTS", false),

    /**
     * The user's wallet balance is insufficient for this transaction.
     *
     * <p>Group: Billing and Payment Errors.
     *
     * <p>HTTP mapping: 400 Bad Request.
     *
     * <p>Retry: do not retry (documented). The page lists 400 among the errors that will not resolve
     * with retries.
     */
    INSUFFICIENT_BALANCE("INSUFFICIENT_BALANCE", false),

    /**
     * The authenticated user does not have the required role or permission for this endpoint.
     *
     * <p>Group: Authentication Errors.
     *
     * <p>HTTP mapping: 403 Forbidden.
     *
     * <p>Retry: do not retry (documented). The page lists 403 among the errors that will not resolve
     * with retries.
     */
    INSUFFICIENT_PERMISSIONS("INSUFFICIENT_PERMISSIONS", false),

    /**
     * An unexpected server error occurred. The OrbVPN team is automatically notified.
     *
     * <p>Group: Server Errors.
     *
     * <p>HTTP mapping: 500 Internal Server Error.
     *
     * <p>Retry: retry with exponential backoff (documented). The page lists 500 among the errors that
     * are safe to retry with backoff.
     */
    INTERNAL_ERROR("INTERNAL_ERROR", true),

    /**
     * The provided email address is not a valid email format.
     *
     * <p>Group: Validation Errors.
     *
     * <p>HTTP mapping: 422 Unprocessable Entity.
     *
     * <p>Retry: do not retry (documented). The page lists 422 among the errors that will not resolve
     * with retries.
     */
    INVALID_EMAIL("INVALID_EMAIL", false),

    /**
     * The payment could not be processed. Check the payment method and try again.
     *
     * <p>Group: Billing and Payment Errors.
     *
     * <p>HTTP mapping: 400 Bad Request.
     *
     * <p>Retry: do not retry (documented). The page lists 400 among the errors that will not resolve
     * with retries; the same payment method fails again.
     *
     * <p>Action: Check the payment method and try again. (documented)
     */
    PAYMENT_FAILED("PAYMENT_FAILED", false),

    /**
     * The monthly or daily API quota for your plan has been exceeded. Upgrade or wait for reset.
     *
     * <p>Group: Rate Limiting and Quota Errors.
     *
     * <p>HTTP mapping: 429 Too Many Requests.
     *
     * <p>Retry: do not retry (inferred). A monthly or daily quota does not come back within the
     * policy's retry budget.
     *
     * <p>Departs from its status's rule: 429 is retryable by status, but the quota is monthly or daily
     * (page), so five retries within 32 seconds cannot outlast it; Google's AIP-194 treats quota
     * exhaustion as not retryable, and the page itself says to upgrade or wait for the reset.
     *
     * <p>Action: Upgrade the plan or wait for the quota to reset. (documented)
     */
    QUOTA_EXCEEDED("QUOTA_EXCEEDED", false),

    /**
     * Too many requests in a given time window. Respect the X-RateLimit-Reset header.
     *
     * <p>Group: Rate Limiting and Quota Errors.
     *
     * <p>HTTP mapping: 429 Too Many Requests.
     *
     * <p>Retry: wait for the rate-limit window, then retry (documented). The page says to check the
     * X-RateLimit-Reset header and wait before retrying.
     *
     * <p>Action: Wait until the time given in the X-RateLimit-Reset header before retrying.
     * (documented)
     */
    RATE_LIMITED("RATE_LIMITED", true),

    /**
     * The requested VPN server does not exist or has been decommissioned.
     *
     * <p>Group: Resource Not Found Errors.
     *
     * <p>HTTP mapping: 404 Not Found.
     *
     * <p>Retry: do not retry (documented). The page lists 404 among the errors that will not resolve
     * with retries.
     */
    SERVER_NOT_FOUND("SERVER_NOT_FOUND", false),

    /**
     * The service is temporarily unavailable due to maintenance or overload.
     *
     * <p>Group: Server Errors.
     *
     * <p>HTTP mapping: 503 Service Unavailable.
     *
     * <p>Retry: retry with exponential backoff (documented). The page lists 503 among the errors that
     * are safe to retry with backoff.
     */
    SERVICE_UNAVAILABLE("SERVICE_UNAVAILABLE", true),

    /**
     * The user's subscription has expired. A valid subscription is required for this endpoint.
     *
     * <p>Group: Billing and Payment Errors.
     *
     * <p>HTTP mapping: 403 Forbidden.
     *
     * <p>Retry: do not retry (documented). The page lists 403 among the errors that will not resolve
     * with retries.
     *
     * <p>Action: Renew the subscription to continue using this feature. (documented)
     */
    SUBSCRIPTION_EXPIRED("SUBSCRIPTION_EXPIRED", false),

    /**
     * No active subscription was found for the user.
     *
     * <p>Group: Resource Not Found Errors.
     *
     * <p>HTTP mapping: 404 Not Found.
     *
     * <p>Retry: do not retry (documented). The page lists 404 among the errors that will not resolve
     * with retries.
     */
    SUBSCRIPTION_NOT_FOUND("SUBSCRIPTION_NOT_FOUND", false),

    /**
     * The access token has expired. Use your refresh token to obtain a new access token.
     *
     * <p>Group: Authentication Errors.
     *
     * <p>HTTP mapping: 401 Unauthorized.
     *
     * <p>Retry: refresh the access token, then retry once (documented). The page's token refresh flow
     * says to refresh the token first, then retry the original request exactly once.
     *
     * <p>Departs from its status's rule: 401 is non-retryable by status, but the page's token refresh
     * flow says that on 401 TOKEN_EXPIRED the client refreshes the token first, then retries the
     * original request exactly once; if the refresh fails, it re-authenticates.
     *
     * <p>Action: Use your refresh token to obtain a new access token, then retry the original request
     * once; re-authenticate if the refresh fails. (documented)
     */
    TOKEN_EXPIRED("TOKEN_EXPIRED", true),

    /**
     * The token is malformed, revoked, or was signed with an unknown key. Re-authenticate.
     *
     * <p>Group: Authentication Errors.
     *
     * <p>HTTP mapping: 401 Unauthorized.
     *
     * <p>Retry: do not retry (documented). The page lists 401 among the errors that will not resolve
     * with retries.
     *
     * <p>Action: Re-authenticate to obtain a new token. (documented)
     */
    TOKEN_INVALID("TOKEN_INVALID", false),

    /**
     * An upstream dependency returned an unexpected response. Usually transient.
     *
     * <p>Group: Server Errors.
     *
     * <p>HTTP mapping: 502 Bad Gateway.
     *
     * <p>Retry: retry with exponential backoff (documented). The page lists 502 among the errors that
     * are safe to retry with backoff.
     */
    UPSTREAM_ERROR("UPSTREAM_ERROR", true),

    /**
     * No user exists with the specified ID or email.
     *
     * <p>Group: Resource Not Found Errors.
     *
     * <p>HTTP mapping: 404 Not Found.
     *
     * <p>Retry: do not retry (documented). The page lists 404 among the errors that will not resolve
     * with retries.
     */
    USER_NOT_FOUND("USER_NOT_FOUND", false),

    /**
     * One or more request fields failed validation. The details object specifies which fields are
     * invalid.
     *
     * <p>Group: Validation Errors.
     *
     * <p>HTTP mapping: 400 Bad Request.
     *
     * <p>Retry: do not retry (documented). The page lists 400 among the errors that will not resolve
     * with retries.
     *
     * <p>Action: Read the details object for the field, constraint and received value, and correct the
     * request. (documented)
     */
    VALIDATION_ERROR("VALIDATION_ERROR", false),

    /**
     * The VPN server could not establish a tunnel. The server may be at capacity or experiencing
     * issues.
     *
     * <p>Group: VPN-Specific Errors.
     *
     * <p>HTTP mapping: 500 Internal Server Error.
     *
     * <p>Retry: retry with exponential backoff (documented). The page lists 500 among the errors that
     * are safe to retry with backoff.
     */
    VPN_CONNECTION_FAILED("VPN_CONNECTION_FAILED", true),

    /**
     * The password does not meet the minimum strength requirements (at least 8 characters, one
     * uppercase, one number).
     *
     * <p>Group: Validation Errors.
     *
     * <p>HTTP mapping: 422 Unprocessable Entity.
     *
     * <p>Retry: do not retry (documented). The page lists 422 among the errors that will not resolve
     * with retries.
     *
     * <p>Action: Choose a password that meets the strength requirements listed in the error details.
     * (documented)
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
    public static Optional<RestErrorCode> fromCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /**
     * The code as it arrived: the member when this catalog knows it, and the raw value either way.
     *
     * @param code the value as it travels
     * @return the open code
     */
    public static OpenCode<RestErrorCode> decode(String code) {
        return new OpenCode<>(code, BY_CODE.get(code));
    }

    /**
     * The member with this identifier.
     *
     * @param name the name to look up
     * @return the member, or empty
     */
    public static Optional<RestErrorCode> fromName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** Jackson's way in: a value this catalog does not know is an error. */
    @JsonCreator
    static RestErrorCode ofCode(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("RestErrorCode has no code " + code));
    }
}
