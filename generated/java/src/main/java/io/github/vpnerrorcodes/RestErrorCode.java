// Generated from catalog/*.yaml by scripts/emit/languages/java/enum.ts (npm run build); do not edit.
package io.github.vpnerrorcodes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.vpnerrorcodes.CodeIndex.Match;
import io.github.vpnerrorcodes.CodeIndex.MatchedBy;
import java.util.Optional;

/**
 * Machine-readable error.code strings in the error object of the OrbVPN API's JSON response
 * envelope. Codes are stable between API versions, unlike messages; several codes can share one
 * HTTP status.
 *
 * <p>Source: OrbVPN, Error Reference (section Application Error Codes).
 *
 * <p>Constants follow Java's UPPER_SNAKE convention; {@link #code()} is the vendor's name as it
 * travels and {@link #identifier()} the catalog's spelling, and the lookups accept both. Each
 * member answers its meaning and retry advice through {@link CatalogCode}. Jackson reads and writes
 * a member as its wire value.
 */
public enum RestErrorCode implements CatalogCode {
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
     *
     * <p>Wire value {@code AUTH_REQUIRED}.
     */
    AUTH_REQUIRED("AUTH_REQUIRED",
            CodeFacts.of("AUTH_REQUIRED", "authentication", false, 401,
                    "No authentication token was provided. Include a valid Bearer token in the Authorization header.",
                    "no-retry", "documented", "The page lists 401 among the errors that will not resolve with retries.", null,
                    "Include a valid Bearer token in the Authorization header.", "stable",
                    null)),

    /**
     * The user has reached the maximum number of registered devices for their subscription plan.
     *
     * <p>Group: Conflict Errors.
     *
     * <p>HTTP mapping: 409 Conflict.
     *
     * <p>Retry: do not retry (documented). The page lists 409 among the errors that will not resolve
     * with retries.
     *
     * <p>Wire value {@code DEVICE_LIMIT_REACHED}.
     */
    DEVICE_LIMIT_REACHED("DEVICE_LIMIT_REACHED",
            CodeFacts.of("DEVICE_LIMIT_REACHED", "conflict", false, 409,
                    "The user has reached the maximum number of registered devices for their subscription plan.",
                    "no-retry", "documented", "The page lists 409 among the errors that will not resolve with retries.", null,
                    null, "stable",
                    null)),

    /**
     * No device exists with the specified device ID.
     *
     * <p>Group: Resource Not Found Errors.
     *
     * <p>HTTP mapping: 404 Not Found.
     *
     * <p>Retry: do not retry (documented). The page lists 404 among the errors that will not resolve
     * with retries.
     *
     * <p>Wire value {@code DEVICE_NOT_FOUND}.
     */
    DEVICE_NOT_FOUND("DEVICE_NOT_FOUND",
            CodeFacts.of("DEVICE_NOT_FOUND", "resource-not-found", false, 404,
                    "No device exists with the specified device ID.",
                    "no-retry", "documented", "The page lists 404 among the errors that will not resolve with retries.", null,
                    null, "stable",
                    null)),

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
     *
     * <p>Wire value {@code DNS_RESOLUTION_FAILED}.
     */
    DNS_RESOLUTION_FAILED("DNS_RESOLUTION_FAILED",
            CodeFacts.of("DNS_RESOLUTION_FAILED", "vpn", true, 500,
                    "Smart DNS resolution failed for the requested domain. Verify the domain is in the supported list.",
                    "backoff", "documented", "The page lists 500 among the errors that are safe to retry with backoff, though retries cannot help a domain outside the supported list.", null,
                    "Verify the domain is in the supported list.", "stable",
                    null)),

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
     *
     * <p>Wire value {@code EMAIL_ALREADY_EXISTS}.
     */
    EMAIL_ALREADY_EXISTS("EMAIL_ALREADY_EXISTS",
            CodeFacts.of("EMAIL_ALREADY_EXISTS", "conflict", false, 409,
                    "An account with this email address already exists. Use the login endpoint instead.",
                    "no-retry", "documented", "The page lists 409 among the errors that will not resolve with retries.", null,
                    "Use the login endpoint instead.", "stable",
                    null)),

    /**
     * The user's wallet balance is insufficient for this transaction.
     *
     * <p>Group: Billing and Payment Errors.
     *
     * <p>HTTP mapping: 400 Bad Request.
     *
     * <p>Retry: do not retry (documented). The page lists 400 among the errors that will not resolve
     * with retries.
     *
     * <p>Wire value {@code INSUFFICIENT_BALANCE}.
     */
    INSUFFICIENT_BALANCE("INSUFFICIENT_BALANCE",
            CodeFacts.of("INSUFFICIENT_BALANCE", "billing", false, 400,
                    "The user's wallet balance is insufficient for this transaction.",
                    "no-retry", "documented", "The page lists 400 among the errors that will not resolve with retries.", null,
                    null, "stable",
                    null)),

    /**
     * The authenticated user does not have the required role or permission for this endpoint.
     *
     * <p>Group: Authentication Errors.
     *
     * <p>HTTP mapping: 403 Forbidden.
     *
     * <p>Retry: do not retry (documented). The page lists 403 among the errors that will not resolve
     * with retries.
     *
     * <p>Wire value {@code INSUFFICIENT_PERMISSIONS}.
     */
    INSUFFICIENT_PERMISSIONS("INSUFFICIENT_PERMISSIONS",
            CodeFacts.of("INSUFFICIENT_PERMISSIONS", "authentication", false, 403,
                    "The authenticated user does not have the required role or permission for this endpoint.",
                    "no-retry", "documented", "The page lists 403 among the errors that will not resolve with retries.", null,
                    null, "stable",
                    null)),

    /**
     * An unexpected server error occurred. The OrbVPN team is automatically notified.
     *
     * <p>Group: Server Errors.
     *
     * <p>HTTP mapping: 500 Internal Server Error.
     *
     * <p>Retry: retry with exponential backoff (documented). The page lists 500 among the errors that
     * are safe to retry with backoff.
     *
     * <p>Wire value {@code INTERNAL_ERROR}.
     */
    INTERNAL_ERROR("INTERNAL_ERROR",
            CodeFacts.of("INTERNAL_ERROR", "server", true, 500,
                    "An unexpected server error occurred. The OrbVPN team is automatically notified.",
                    "backoff", "documented", "The page lists 500 among the errors that are safe to retry with backoff.", null,
                    null, "stable",
                    null)),

    /**
     * The provided email address is not a valid email format.
     *
     * <p>Group: Validation Errors.
     *
     * <p>HTTP mapping: 422 Unprocessable Entity.
     *
     * <p>Retry: do not retry (documented). The page lists 422 among the errors that will not resolve
     * with retries.
     *
     * <p>Wire value {@code INVALID_EMAIL}.
     */
    INVALID_EMAIL("INVALID_EMAIL",
            CodeFacts.of("INVALID_EMAIL", "validation", false, 422,
                    "The provided email address is not a valid email format.",
                    "no-retry", "documented", "The page lists 422 among the errors that will not resolve with retries.", null,
                    null, "stable",
                    null)),

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
     *
     * <p>Wire value {@code PAYMENT_FAILED}.
     */
    PAYMENT_FAILED("PAYMENT_FAILED",
            CodeFacts.of("PAYMENT_FAILED", "billing", false, 400,
                    "The payment could not be processed. Check the payment method and try again.",
                    "no-retry", "documented", "The page lists 400 among the errors that will not resolve with retries; the same payment method fails again.", null,
                    "Check the payment method and try again.", "stable",
                    null)),

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
     *
     * <p>Wire value {@code QUOTA_EXCEEDED}.
     */
    QUOTA_EXCEEDED("QUOTA_EXCEEDED",
            CodeFacts.of("QUOTA_EXCEEDED", "rate-limiting", false, 429,
                    "The monthly or daily API quota for your plan has been exceeded. Upgrade or wait for reset.",
                    "no-retry", "inferred", "A monthly or daily quota does not come back within the policy's retry budget.", "429 is retryable by status, but the quota is monthly or daily (page), so five retries within 32 seconds cannot outlast it; Google's AIP-194 treats quota exhaustion as not retryable, and the page itself says to upgrade or wait for the reset.",
                    "Upgrade the plan or wait for the quota to reset.", "stable",
                    null)),

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
     *
     * <p>Wire value {@code RATE_LIMITED}.
     */
    RATE_LIMITED("RATE_LIMITED",
            CodeFacts.of("RATE_LIMITED", "rate-limiting", true, 429,
                    "Too many requests in a given time window. Respect the X-RateLimit-Reset header.",
                    "wait-for-window", "documented", "The page says to check the X-RateLimit-Reset header and wait before retrying.", null,
                    "Wait until the time given in the X-RateLimit-Reset header before retrying.", "stable",
                    null)),

    /**
     * The requested VPN server does not exist or has been decommissioned.
     *
     * <p>Group: Resource Not Found Errors.
     *
     * <p>HTTP mapping: 404 Not Found.
     *
     * <p>Retry: do not retry (documented). The page lists 404 among the errors that will not resolve
     * with retries.
     *
     * <p>Wire value {@code SERVER_NOT_FOUND}.
     */
    SERVER_NOT_FOUND("SERVER_NOT_FOUND",
            CodeFacts.of("SERVER_NOT_FOUND", "resource-not-found", false, 404,
                    "The requested VPN server does not exist or has been decommissioned.",
                    "no-retry", "documented", "The page lists 404 among the errors that will not resolve with retries.", null,
                    null, "stable",
                    null)),

    /**
     * The service is temporarily unavailable due to maintenance or overload.
     *
     * <p>Group: Server Errors.
     *
     * <p>HTTP mapping: 503 Service Unavailable.
     *
     * <p>Retry: retry with exponential backoff (documented). The page lists 503 among the errors that
     * are safe to retry with backoff.
     *
     * <p>Wire value {@code SERVICE_UNAVAILABLE}.
     */
    SERVICE_UNAVAILABLE("SERVICE_UNAVAILABLE",
            CodeFacts.of("SERVICE_UNAVAILABLE", "server", true, 503,
                    "The service is temporarily unavailable due to maintenance or overload.",
                    "backoff", "documented", "The page lists 503 among the errors that are safe to retry with backoff.", null,
                    null, "stable",
                    null)),

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
     *
     * <p>Wire value {@code SUBSCRIPTION_EXPIRED}.
     */
    SUBSCRIPTION_EXPIRED("SUBSCRIPTION_EXPIRED",
            CodeFacts.of("SUBSCRIPTION_EXPIRED", "billing", false, 403,
                    "The user's subscription has expired. A valid subscription is required for this endpoint.",
                    "no-retry", "documented", "The page lists 403 among the errors that will not resolve with retries.", null,
                    "Renew the subscription to continue using this feature.", "stable",
                    null)),

    /**
     * No active subscription was found for the user.
     *
     * <p>Group: Resource Not Found Errors.
     *
     * <p>HTTP mapping: 404 Not Found.
     *
     * <p>Retry: do not retry (documented). The page lists 404 among the errors that will not resolve
     * with retries.
     *
     * <p>Wire value {@code SUBSCRIPTION_NOT_FOUND}.
     */
    SUBSCRIPTION_NOT_FOUND("SUBSCRIPTION_NOT_FOUND",
            CodeFacts.of("SUBSCRIPTION_NOT_FOUND", "resource-not-found", false, 404,
                    "No active subscription was found for the user.",
                    "no-retry", "documented", "The page lists 404 among the errors that will not resolve with retries.", null,
                    null, "stable",
                    null)),

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
     *
     * <p>Wire value {@code TOKEN_EXPIRED}.
     */
    TOKEN_EXPIRED("TOKEN_EXPIRED",
            CodeFacts.of("TOKEN_EXPIRED", "authentication", true, 401,
                    "The access token has expired. Use your refresh token to obtain a new access token.",
                    "refresh-credentials", "documented", "The page's token refresh flow says to refresh the token first, then retry the original request exactly once.", "401 is non-retryable by status, but the page's token refresh flow says that on 401 TOKEN_EXPIRED the client refreshes the token first, then retries the original request exactly once; if the refresh fails, it re-authenticates.",
                    "Use your refresh token to obtain a new access token, then retry the original request once; re-authenticate if the refresh fails.", "stable",
                    null)),

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
     *
     * <p>Wire value {@code TOKEN_INVALID}.
     */
    TOKEN_INVALID("TOKEN_INVALID",
            CodeFacts.of("TOKEN_INVALID", "authentication", false, 401,
                    "The token is malformed, revoked, or was signed with an unknown key. Re-authenticate.",
                    "no-retry", "documented", "The page lists 401 among the errors that will not resolve with retries.", null,
                    "Re-authenticate to obtain a new token.", "stable",
                    null)),

    /**
     * An upstream dependency returned an unexpected response. Usually transient.
     *
     * <p>Group: Server Errors.
     *
     * <p>HTTP mapping: 502 Bad Gateway.
     *
     * <p>Retry: retry with exponential backoff (documented). The page lists 502 among the errors that
     * are safe to retry with backoff.
     *
     * <p>Wire value {@code UPSTREAM_ERROR}.
     */
    UPSTREAM_ERROR("UPSTREAM_ERROR",
            CodeFacts.of("UPSTREAM_ERROR", "server", true, 502,
                    "An upstream dependency returned an unexpected response. Usually transient.",
                    "backoff", "documented", "The page lists 502 among the errors that are safe to retry with backoff.", null,
                    null, "stable",
                    null)),

    /**
     * No user exists with the specified ID or email.
     *
     * <p>Group: Resource Not Found Errors.
     *
     * <p>HTTP mapping: 404 Not Found.
     *
     * <p>Retry: do not retry (documented). The page lists 404 among the errors that will not resolve
     * with retries.
     *
     * <p>Wire value {@code USER_NOT_FOUND}.
     */
    USER_NOT_FOUND("USER_NOT_FOUND",
            CodeFacts.of("USER_NOT_FOUND", "resource-not-found", false, 404,
                    "No user exists with the specified ID or email.",
                    "no-retry", "documented", "The page lists 404 among the errors that will not resolve with retries.", null,
                    null, "stable",
                    null)),

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
     *
     * <p>Wire value {@code VALIDATION_ERROR}.
     */
    VALIDATION_ERROR("VALIDATION_ERROR",
            CodeFacts.of("VALIDATION_ERROR", "validation", false, 400,
                    "One or more request fields failed validation. The details object specifies which fields are invalid.",
                    "no-retry", "documented", "The page lists 400 among the errors that will not resolve with retries.", null,
                    "Read the details object for the field, constraint and received value, and correct the request.", "stable",
                    null)),

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
     *
     * <p>Wire value {@code VPN_CONNECTION_FAILED}.
     */
    VPN_CONNECTION_FAILED("VPN_CONNECTION_FAILED",
            CodeFacts.of("VPN_CONNECTION_FAILED", "vpn", true, 500,
                    "The VPN server could not establish a tunnel. The server may be at capacity or experiencing issues.",
                    "backoff", "documented", "The page lists 500 among the errors that are safe to retry with backoff.", null,
                    null, "stable",
                    null)),

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
     *
     * <p>Wire value {@code WEAK_PASSWORD}.
     */
    WEAK_PASSWORD("WEAK_PASSWORD",
            CodeFacts.of("WEAK_PASSWORD", "validation", false, 422,
                    "The password does not meet the minimum strength requirements (at least 8 characters, one uppercase, one number).",
                    "no-retry", "documented", "The page lists 422 among the errors that will not resolve with retries.", null,
                    "Choose a password that meets the strength requirements listed in the error details.", "stable",
                    null));

    /**
     * Every key the lookups accept, the model's priority between them applied: in a holder, so that loading
     * the enum builds no table.
     */
    private static final class Keys {
        static final CodeIndex<RestErrorCode> INDEX = CodeIndex.<RestErrorCode>builder()
                .key("AUTH_REQUIRED", MatchedBy.NAME, AUTH_REQUIRED)
                .key("DEVICE_LIMIT_REACHED", MatchedBy.NAME, DEVICE_LIMIT_REACHED)
                .key("DEVICE_NOT_FOUND", MatchedBy.NAME, DEVICE_NOT_FOUND)
                .key("DNS_RESOLUTION_FAILED", MatchedBy.NAME, DNS_RESOLUTION_FAILED)
                .key("EMAIL_ALREADY_EXISTS", MatchedBy.NAME, EMAIL_ALREADY_EXISTS)
                .key("INSUFFICIENT_BALANCE", MatchedBy.NAME, INSUFFICIENT_BALANCE)
                .key("INSUFFICIENT_PERMISSIONS", MatchedBy.NAME, INSUFFICIENT_PERMISSIONS)
                .key("INTERNAL_ERROR", MatchedBy.NAME, INTERNAL_ERROR)
                .key("INVALID_EMAIL", MatchedBy.NAME, INVALID_EMAIL)
                .key("PAYMENT_FAILED", MatchedBy.NAME, PAYMENT_FAILED)
                .key("QUOTA_EXCEEDED", MatchedBy.NAME, QUOTA_EXCEEDED)
                .key("RATE_LIMITED", MatchedBy.NAME, RATE_LIMITED)
                .key("SERVER_NOT_FOUND", MatchedBy.NAME, SERVER_NOT_FOUND)
                .key("SERVICE_UNAVAILABLE", MatchedBy.NAME, SERVICE_UNAVAILABLE)
                .key("SUBSCRIPTION_EXPIRED", MatchedBy.NAME, SUBSCRIPTION_EXPIRED)
                .key("SUBSCRIPTION_NOT_FOUND", MatchedBy.NAME, SUBSCRIPTION_NOT_FOUND)
                .key("TOKEN_EXPIRED", MatchedBy.NAME, TOKEN_EXPIRED)
                .key("TOKEN_INVALID", MatchedBy.NAME, TOKEN_INVALID)
                .key("UPSTREAM_ERROR", MatchedBy.NAME, UPSTREAM_ERROR)
                .key("USER_NOT_FOUND", MatchedBy.NAME, USER_NOT_FOUND)
                .key("VALIDATION_ERROR", MatchedBy.NAME, VALIDATION_ERROR)
                .key("VPN_CONNECTION_FAILED", MatchedBy.NAME, VPN_CONNECTION_FAILED)
                .key("WEAK_PASSWORD", MatchedBy.NAME, WEAK_PASSWORD)
                .build();
    }

    private final String code;
    private final CodeFacts facts;

    RestErrorCode(String code, CodeFacts facts) {
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
    public static Optional<RestErrorCode> fromCode(String code) {
        Optional<RestErrorCode> member = Keys.INDEX.member(code);
        return member.isPresent() && member.get().code.equals(code) ? member : Optional.empty();
    }

    /**
     * The code as it arrived: the member when this catalog knows it, and the raw value either way.
     *
     * @param code the value as it travels
     * @return the open code
     */
    public static OpenCode<RestErrorCode, String> decode(String code) {
        return new OpenCode<>(code, fromCode(code).orElse(null));
    }

    /**
     * The member with this identifier, alias or older wire name, as the vendor spells them ({@code valueOf}
     * takes the constant's name).
     *
     * @param name the name to look up
     * @return the member, or empty
     */
    public static Optional<RestErrorCode> fromName(String name) {
        return Keys.INDEX.named(name);
    }

    /**
     * The member any key names (identifier, alias or older wire name), and how the key found it, as TypeScript's {@code describe} answers.
     *
     * @param key the key
     * @return the match, or empty for an unknown or null key
     */
    public static Optional<Match<RestErrorCode>> lookup(String key) {
        return Keys.INDEX.find(key);
    }

    /** Jackson's way in: a value this catalog does not know is an error. */
    @JsonCreator
    static RestErrorCode ofCode(String code) {
        Optional<RestErrorCode> member = fromCode(code);
        if (member.isEmpty()) throw new IllegalArgumentException("RestErrorCode has no code " + code);
        return member.get();
    }
}
