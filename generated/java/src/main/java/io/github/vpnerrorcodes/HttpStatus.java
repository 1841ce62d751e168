// Generated from catalog/*.yaml by scripts/emit/languages/java/enum.ts (npm run build); do not edit.
package io.github.vpnerrorcodes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Standard HTTP status codes the OrbVPN API uses to indicate the general category of a response.
 * The error.code field in the response body identifies the precise error.
 *
 * <p>Source: OrbVPN, Error Reference (section HTTP Status Codes).
 *
 * <p>Jackson reads and writes a member as its integer value.
 */
public enum HttpStatus {
    /**
     * The request succeeded. Response body contains the requested data.
     *
     * <p>Group: 2xx Success.
     *
     * <p>Retry: not an error (documented). success
     */
    Ok(200, false),

    /**
     * A new resource was created successfully. Response body contains the new resource.
     *
     * <p>Group: 2xx Success.
     *
     * <p>Retry: not an error (documented). success
     */
    Created(201, false),

    /**
     * The request succeeded but there is no response body (e.g., after a DELETE).
     *
     * <p>Group: 2xx Success.
     *
     * <p>Retry: not an error (documented). success
     */
    NoContent(204, false),

    /**
     * The request is malformed or contains invalid parameters. Check the details field.
     *
     * <p>Group: 4xx Client errors.
     *
     * <p>Retry: do not retry (documented). The page lists 400 among the errors that will not resolve
     * with retries.
     */
    BadRequest(400, false),

    /**
     * Authentication is missing or the provided token is invalid or expired.
     *
     * <p>Group: 4xx Client errors.
     *
     * <p>Retry: do not retry (documented). The page lists 401 among the errors that will not resolve
     * with retries; TOKEN_EXPIRED has its own refresh flow.
     */
    Unauthorized(401, false),

    /**
     * The authenticated user does not have permission to perform this action.
     *
     * <p>Group: 4xx Client errors.
     *
     * <p>Retry: do not retry (documented). The page lists 403 among the errors that will not resolve
     * with retries.
     */
    Forbidden(403, false),

    /**
     * The requested resource does not exist or has been deleted.
     *
     * <p>Group: 4xx Client errors.
     *
     * <p>Retry: do not retry (documented). The page lists 404 among the errors that will not resolve
     * with retries.
     */
    NotFound(404, false),

    /**
     * The request conflicts with the current state of the resource (e.g., duplicate email).
     *
     * <p>Group: 4xx Client errors.
     *
     * <p>Retry: do not retry (documented). The page lists 409 among the errors that will not resolve
     * with retries.
     */
    Conflict(409, false),

    /**
     * The request is well-formed but semantically invalid (e.g., weak password).
     *
     * <p>Group: 4xx Client errors.
     *
     * <p>Retry: do not retry (documented). The page lists 422 among the errors that will not resolve
     * with retries.
     */
    UnprocessableEntity(422, false),

    /**
     * You have exceeded the rate limit. See the Rate Limiting Guide.
     *
     * <p>Group: 4xx Client errors.
     *
     * <p>Retry: wait for the rate-limit window, then retry (documented). The page says to check the
     * X-RateLimit-Reset header and wait before retrying a rate-limited request.
     */
    TooManyRequests(429, true),

    /**
     * An unexpected error occurred on the server. Retry with exponential backoff.
     *
     * <p>Group: 5xx Server errors.
     *
     * <p>Retry: retry with exponential backoff (documented). The page says to retry a 500 with
     * exponential backoff.
     */
    InternalServerError(500, true),

    /**
     * An upstream service returned an invalid response. Usually transient.
     *
     * <p>Group: 5xx Server errors.
     *
     * <p>Retry: retry with exponential backoff (documented). The page lists 502 among the errors that
     * are safe to retry with backoff.
     */
    BadGateway(502, true),

    /**
     * The service is temporarily down for maintenance or overloaded. Retry later.
     *
     * <p>Group: 5xx Server errors.
     *
     * <p>Retry: retry with exponential backoff (documented). The page lists 503 among the errors that
     * are safe to retry with backoff.
     */
    ServiceUnavailable(503, true);

    private static final Map<Integer, HttpStatus> BY_CODE = new HashMap<>();
    private static final Map<String, HttpStatus> BY_NAME = new HashMap<>();

    static {
        for (HttpStatus member : values()) {
            BY_CODE.put(member.code, member);
            BY_NAME.put(member.identifier(), member);
        }
    }

    private final int code;
    private final boolean retryable;

    HttpStatus(int code, boolean retryable) {
        this.code = code;
        this.retryable = retryable;
    }

    /**
     * The member's value, as it travels.
     *
     * @return the value
     */
    @JsonValue
    public int code() {
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
    public static Optional<HttpStatus> fromCode(int code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /**
     * The code as it arrived: the member when this catalog knows it, and the raw value either way.
     *
     * @param code the value as it travels
     * @return the open code
     */
    public static OpenCode<HttpStatus> decode(int code) {
        return new OpenCode<>(code, BY_CODE.get(code));
    }

    /**
     * The member with this identifier.
     *
     * @param name the name to look up
     * @return the member, or empty
     */
    public static Optional<HttpStatus> fromName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** Jackson's way in: a value this catalog does not know is an error. */
    @JsonCreator
    static HttpStatus ofCode(int code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("HttpStatus has no code " + code));
    }
}
