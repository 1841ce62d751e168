// Generated from catalog/*.yaml by `npm run build`; do not edit.
package vpnerrorcodes

import com.fasterxml.jackson.annotation.JsonCreator
import com.fasterxml.jackson.annotation.JsonValue

/**
 * Machine-readable error.code strings in the error object of the OrbVPN API's JSON response
 * envelope. Codes are stable between API versions, unlike messages; several codes can share one
 * HTTP status.
 *
 * Source: OrbVPN, Error Reference (section Application Error Codes).
 *
 * Jackson reads and writes a member as its name, which is also its value.
 */
enum class RestErrorCode(
    /** The member's value, which is also its identifier, as it travels. */
    @get:JsonValue val code: String,
    /** True when a retry, after the step the member's retry advice names, can succeed. */
    val retryable: Boolean,
) {
    /**
     * No authentication token was provided. Include a valid Bearer token in the Authorization
     * header.
     *
     * HTTP mapping: 401 Unauthorized.
     *
     * Retry: do not retry (documented).
     */
    AUTH_REQUIRED("AUTH_REQUIRED", false),

    /**
     * The user has reached the maximum number of registered devices for their subscription plan.
     *
     * HTTP mapping: 409 Conflict.
     *
     * Retry: do not retry (documented).
     */
    DEVICE_LIMIT_REACHED("DEVICE_LIMIT_REACHED", false),

    /**
     * No device exists with the specified device ID.
     *
     * HTTP mapping: 404 Not Found.
     *
     * Retry: do not retry (documented).
     */
    DEVICE_NOT_FOUND("DEVICE_NOT_FOUND", false),

    /**
     * Smart DNS resolution failed for the requested domain. Verify the domain is in the supported
     * list.
     *
     * HTTP mapping: 500 Internal Server Error.
     *
     * Retry: retry with exponential backoff (documented).
     */
    DNS_RESOLUTION_FAILED("DNS_RESOLUTION_FAILED", true),

    /**
     * An account with this email address already exists. Use the login endpoint instead.
     *
     * HTTP mapping: 409 Conflict.
     *
     * Retry: do not retry (documented).
     */
    EMAIL_ALREADY_EXISTS("EMAIL_ALREADY_EXISTS", false),

    /**
     * The user's wallet balance is insufficient for this transaction.
     *
     * HTTP mapping: 400 Bad Request.
     *
     * Retry: do not retry (documented).
     */
    INSUFFICIENT_BALANCE("INSUFFICIENT_BALANCE", false),

    /**
     * The authenticated user does not have the required role or permission for this endpoint.
     *
     * HTTP mapping: 403 Forbidden.
     *
     * Retry: do not retry (documented).
     */
    INSUFFICIENT_PERMISSIONS("INSUFFICIENT_PERMISSIONS", false),

    /**
     * An unexpected server error occurred. The OrbVPN team is automatically notified.
     *
     * HTTP mapping: 500 Internal Server Error.
     *
     * Retry: retry with exponential backoff (documented).
     */
    INTERNAL_ERROR("INTERNAL_ERROR", true),

    /**
     * The provided email address is not a valid email format.
     *
     * HTTP mapping: 422 Unprocessable Entity.
     *
     * Retry: do not retry (documented).
     */
    INVALID_EMAIL("INVALID_EMAIL", false),

    /**
     * The payment could not be processed. Check the payment method and try again.
     *
     * HTTP mapping: 400 Bad Request.
     *
     * Retry: do not retry (documented).
     */
    PAYMENT_FAILED("PAYMENT_FAILED", false),

    /**
     * The monthly or daily API quota for your plan has been exceeded. Upgrade or wait for reset.
     *
     * HTTP mapping: 429 Too Many Requests.
     *
     * Retry: do not retry (inferred).
     */
    QUOTA_EXCEEDED("QUOTA_EXCEEDED", false),

    /**
     * Too many requests in a given time window. Respect the X-RateLimit-Reset header.
     *
     * HTTP mapping: 429 Too Many Requests.
     *
     * Retry: wait for the rate-limit window, then retry (documented).
     */
    RATE_LIMITED("RATE_LIMITED", true),

    /**
     * The requested VPN server does not exist or has been decommissioned.
     *
     * HTTP mapping: 404 Not Found.
     *
     * Retry: do not retry (documented).
     */
    SERVER_NOT_FOUND("SERVER_NOT_FOUND", false),

    /**
     * The service is temporarily unavailable due to maintenance or overload.
     *
     * HTTP mapping: 503 Service Unavailable.
     *
     * Retry: retry with exponential backoff (documented).
     */
    SERVICE_UNAVAILABLE("SERVICE_UNAVAILABLE", true),

    /**
     * The user's subscription has expired. A valid subscription is required for this endpoint.
     *
     * HTTP mapping: 403 Forbidden.
     *
     * Retry: do not retry (documented).
     */
    SUBSCRIPTION_EXPIRED("SUBSCRIPTION_EXPIRED", false),

    /**
     * No active subscription was found for the user.
     *
     * HTTP mapping: 404 Not Found.
     *
     * Retry: do not retry (documented).
     */
    SUBSCRIPTION_NOT_FOUND("SUBSCRIPTION_NOT_FOUND", false),

    /**
     * The access token has expired. Use your refresh token to obtain a new access token.
     *
     * HTTP mapping: 401 Unauthorized.
     *
     * Retry: refresh the access token, then retry once (documented).
     */
    TOKEN_EXPIRED("TOKEN_EXPIRED", true),

    /**
     * The token is malformed, revoked, or was signed with an unknown key. Re-authenticate.
     *
     * HTTP mapping: 401 Unauthorized.
     *
     * Retry: do not retry (documented).
     */
    TOKEN_INVALID("TOKEN_INVALID", false),

    /**
     * An upstream dependency returned an unexpected response. Usually transient.
     *
     * HTTP mapping: 502 Bad Gateway.
     *
     * Retry: retry with exponential backoff (documented).
     */
    UPSTREAM_ERROR("UPSTREAM_ERROR", true),

    /**
     * No user exists with the specified ID or email.
     *
     * HTTP mapping: 404 Not Found.
     *
     * Retry: do not retry (documented).
     */
    USER_NOT_FOUND("USER_NOT_FOUND", false),

    /**
     * One or more request fields failed validation. The details object specifies which fields are
     * invalid.
     *
     * HTTP mapping: 400 Bad Request.
     *
     * Retry: do not retry (documented).
     */
    VALIDATION_ERROR("VALIDATION_ERROR", false),

    /**
     * The VPN server could not establish a tunnel. The server may be at capacity or experiencing
     * issues.
     *
     * HTTP mapping: 500 Internal Server Error.
     *
     * Retry: retry with exponential backoff (documented).
     */
    VPN_CONNECTION_FAILED("VPN_CONNECTION_FAILED", true),

    /**
     * The password does not meet the minimum strength requirements (at least 8 characters, one
     * uppercase, one number).
     *
     * HTTP mapping: 422 Unprocessable Entity.
     *
     * Retry: do not retry (documented).
     */
    WEAK_PASSWORD("WEAK_PASSWORD", false);

    /** The catalog's identifier, verbatim. */
    val identifier: String
        get() = name

    companion object {
        private val byCode: Map<String, RestErrorCode> = entries.associateBy { it.code }

        private val byName: Map<String, RestErrorCode> = entries.associateBy { it.identifier }

        /** The member whose value is [code], or null for a code this catalog does not know. */
        @JvmStatic
        fun fromCode(code: String): RestErrorCode? = byCode[code]

        /** The member with this identifier, or null. */
        @JvmStatic
        fun fromName(name: String): RestErrorCode? = byName[name]

        /** Jackson's way in: a value this catalog does not know is an error. */
        @JsonCreator
        @JvmStatic
        fun ofCode(code: String): RestErrorCode =
            fromCode(code) ?: throw IllegalArgumentException("RestErrorCode has no code $code")
    }
}
