// Generated from catalog/*.yaml by scripts/emit/languages/kotlin/enum.ts (npm run build); do not edit.
package vpnerrorcodes

import com.fasterxml.jackson.annotation.JsonCreator
import com.fasterxml.jackson.annotation.JsonValue

/**
 * Standard HTTP status codes the OrbVPN API uses to indicate the general category of a response.
 * The error.code field in the response body identifies the precise error.
 *
 * Source: OrbVPN, Error Reference (section HTTP Status Codes).
 *
 * Jackson reads and writes a member as its integer value.
 */
enum class HttpStatus(
    /** The member's value, as it travels. */
    @get:JsonValue val code: Int,
    /** True when a retry, after the step the member's retry advice names, can succeed. */
    val retryable: Boolean,
) {
    /**
     * The request succeeded. Response body contains the requested data.
     *
     * Group: 2xx Success.
     *
     * Retry: not an error (documented). success
     */
    Ok(200, false),

    /**
     * A new resource was created successfully. Response body contains the new resource.
     *
     * Group: 2xx Success.
     *
     * Retry: not an error (documented). success
     */
    Created(201, false),

    /**
     * The request succeeded but there is no response body (e.g., after a DELETE).
     *
     * Group: 2xx Success.
     *
     * Retry: not an error (documented). success
     */
    NoContent(204, false),

    /**
     * The request is malformed or contains invalid parameters. Check the details field.
     *
     * Group: 4xx Client errors.
     *
     * Retry: do not retry (documented). The page lists 400 among the errors that will not resolve
     * with retries.
     */
    BadRequest(400, false),

    /**
     * Authentication is missing or the provided token is invalid or expired.
     *
     * Group: 4xx Client errors.
     *
     * Retry: do not retry (documented). The page lists 401 among the errors that will not resolve
     * with retries; TOKEN_EXPIRED has its own refresh flow.
     */
    Unauthorized(401, false),

    /**
     * The authenticated user does not have permission to perform this action.
     *
     * Group: 4xx Client errors.
     *
     * Retry: do not retry (documented). The page lists 403 among the errors that will not resolve
     * with retries.
     */
    Forbidden(403, false),

    /**
     * The requested resource does not exist or has been deleted.
     *
     * Group: 4xx Client errors.
     *
     * Retry: do not retry (documented). The page lists 404 among the errors that will not resolve
     * with retries.
     */
    NotFound(404, false),

    /**
     * The request conflicts with the current state of the resource (e.g., duplicate email).
     *
     * Group: 4xx Client errors.
     *
     * Retry: do not retry (documented). The page lists 409 among the errors that will not resolve
     * with retries.
     */
    Conflict(409, false),

    /**
     * The request is well-formed but semantically invalid (e.g., weak password).
     *
     * Group: 4xx Client errors.
     *
     * Retry: do not retry (documented). The page lists 422 among the errors that will not resolve
     * with retries.
     */
    UnprocessableEntity(422, false),

    /**
     * You have exceeded the rate limit. See the Rate Limiting Guide.
     *
     * Group: 4xx Client errors.
     *
     * Retry: wait for the rate-limit window, then retry (documented). The page says to check the
     * X-RateLimit-Reset header and wait before retrying a rate-limited request.
     */
    TooManyRequests(429, true),

    /**
     * An unexpected error occurred on the server. Retry with exponential backoff.
     *
     * Group: 5xx Server errors.
     *
     * Retry: retry with exponential backoff (documented). The page says to retry a 500 with
     * exponential backoff.
     */
    InternalServerError(500, true),

    /**
     * An upstream service returned an invalid response. Usually transient.
     *
     * Group: 5xx Server errors.
     *
     * Retry: retry with exponential backoff (documented). The page lists 502 among the errors that
     * are safe to retry with backoff.
     */
    BadGateway(502, true),

    /**
     * The service is temporarily down for maintenance or overloaded. Retry later.
     *
     * Group: 5xx Server errors.
     *
     * Retry: retry with exponential backoff (documented). The page lists 503 among the errors that
     * are safe to retry with backoff.
     */
    ServiceUnavailable(503, true);

    /** The catalog's identifier, verbatim. */
    val identifier: String
        get() = name

    companion object {
        private val byCode: Map<Int, HttpStatus> = entries.associateBy { it.code }

        private val byName: Map<String, HttpStatus> = entries.associateBy { it.identifier }

        /** The member whose value is [code], or null for a code this catalog does not know. */
        @JvmStatic
        fun fromCode(code: Int): HttpStatus? = byCode[code]

        /** The code as it arrived: the member when this catalog knows it, and the raw value either way. */
        @JvmStatic
        fun decode(code: Int): OpenCode<HttpStatus> = OpenCode(code, byCode[code])

        /** The member with this identifier, or null. */
        @JvmStatic
        fun fromName(name: String): HttpStatus? = byName[name]

        /** Jackson's way in: a value this catalog does not know is an error. */
        @JsonCreator
        @JvmStatic
        fun ofCode(code: Int): HttpStatus =
            fromCode(code) ?: throw IllegalArgumentException("HttpStatus has no code $code")
    }
}
