// Generated from catalog/*.yaml by scripts/emit/languages/java/enum.ts (npm run build); do not edit.
package io.github.vpnerrorcodes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.vpnerrorcodes.CodeIndex.Match;
import io.github.vpnerrorcodes.CodeIndex.MatchedBy;
import java.util.Optional;

/**
 * Standard HTTP status codes the OrbVPN API uses to indicate the general category of a response.
 * The error.code field in the response body identifies the precise error.
 *
 * <p>Source: OrbVPN, Error Reference (section HTTP Status Codes).
 *
 * <p>Constants follow Java's UPPER_SNAKE convention; {@link #code()} is the value as it travels and
 * {@link #identifier()} the catalog's spelling, and the lookups accept both. Each member answers
 * its meaning and retry advice through {@link CatalogCode}. Jackson reads and writes a member as
 * its wire value.
 */
public enum HttpStatus implements CatalogCode {
    /**
     * The request succeeded. Response body contains the requested data.
     *
     * <p>Group: 2xx Success.
     *
     * <p>Retry: not an error (documented). success
     *
     * <p>Wire value {@code 200}, identifier {@code Ok}.
     */
    OK(200,
            CodeFacts.of("Ok", "success", false, CodeFacts.NO_HTTP_STATUS,
                    "The request succeeded. Response body contains the requested data.",
                    "not-applicable", "documented", "success", null,
                    null, "stable",
                    null)),

    /**
     * A new resource was created successfully. Response body contains the new resource.
     *
     * <p>Group: 2xx Success.
     *
     * <p>Retry: not an error (documented). success
     *
     * <p>Wire value {@code 201}, identifier {@code Created}.
     */
    CREATED(201,
            CodeFacts.of("Created", "success", false, CodeFacts.NO_HTTP_STATUS,
                    "A new resource was created successfully. Response body contains the new resource.",
                    "not-applicable", "documented", "success", null,
                    null, "stable",
                    null)),

    /**
     * The request succeeded but there is no response body (e.g., after a DELETE).
     *
     * <p>Group: 2xx Success.
     *
     * <p>Retry: not an error (documented). success
     *
     * <p>Wire value {@code 204}, identifier {@code NoContent}.
     */
    NO_CONTENT(204,
            CodeFacts.of("NoContent", "success", false, CodeFacts.NO_HTTP_STATUS,
                    "The request succeeded but there is no response body (e.g., after a DELETE).",
                    "not-applicable", "documented", "success", null,
                    null, "stable",
                    null)),

    /**
     * The request is malformed or contains invalid parameters. Check the details field.
     *
     * <p>Group: 4xx Client errors.
     *
     * <p>Retry: do not retry (documented). The page lists 400 among the errors that will not resolve
     * with retries.
     *
     * <p>Wire value {@code 400}, identifier {@code BadRequest}.
     */
    BAD_REQUEST(400,
            CodeFacts.of("BadRequest", "client-error", false, CodeFacts.NO_HTTP_STATUS,
                    "The request is malformed or contains invalid parameters. Check the details field.",
                    "no-retry", "documented", "The page lists 400 among the errors that will not resolve with retries.", null,
                    null, "stable",
                    null)),

    /**
     * Authentication is missing or the provided token is invalid or expired.
     *
     * <p>Group: 4xx Client errors.
     *
     * <p>Retry: do not retry (documented). The page lists 401 among the errors that will not resolve
     * with retries; TOKEN_EXPIRED has its own refresh flow.
     *
     * <p>Wire value {@code 401}, identifier {@code Unauthorized}.
     */
    UNAUTHORIZED(401,
            CodeFacts.of("Unauthorized", "client-error", false, CodeFacts.NO_HTTP_STATUS,
                    "Authentication is missing or the provided token is invalid or expired.",
                    "no-retry", "documented", "The page lists 401 among the errors that will not resolve with retries; TOKEN_EXPIRED has its own refresh flow.", null,
                    null, "stable",
                    null)),

    /**
     * The authenticated user does not have permission to perform this action.
     *
     * <p>Group: 4xx Client errors.
     *
     * <p>Retry: do not retry (documented). The page lists 403 among the errors that will not resolve
     * with retries.
     *
     * <p>Wire value {@code 403}, identifier {@code Forbidden}.
     */
    FORBIDDEN(403,
            CodeFacts.of("Forbidden", "client-error", false, CodeFacts.NO_HTTP_STATUS,
                    "The authenticated user does not have permission to perform this action.",
                    "no-retry", "documented", "The page lists 403 among the errors that will not resolve with retries.", null,
                    null, "stable",
                    null)),

    /**
     * The requested resource does not exist or has been deleted.
     *
     * <p>Group: 4xx Client errors.
     *
     * <p>Retry: do not retry (documented). The page lists 404 among the errors that will not resolve
     * with retries.
     *
     * <p>Wire value {@code 404}, identifier {@code NotFound}.
     */
    NOT_FOUND(404,
            CodeFacts.of("NotFound", "client-error", false, CodeFacts.NO_HTTP_STATUS,
                    "The requested resource does not exist or has been deleted.",
                    "no-retry", "documented", "The page lists 404 among the errors that will not resolve with retries.", null,
                    null, "stable",
                    null)),

    /**
     * The request conflicts with the current state of the resource (e.g., duplicate email).
     *
     * <p>Group: 4xx Client errors.
     *
     * <p>Retry: do not retry (documented). The page lists 409 among the errors that will not resolve
     * with retries.
     *
     * <p>Wire value {@code 409}, identifier {@code Conflict}.
     */
    CONFLICT(409,
            CodeFacts.of("Conflict", "client-error", false, CodeFacts.NO_HTTP_STATUS,
                    "The request conflicts with the current state of the resource (e.g., duplicate email).",
                    "no-retry", "documented", "The page lists 409 among the errors that will not resolve with retries.", null,
                    null, "stable",
                    null)),

    /**
     * The request is well-formed but semantically invalid (e.g., weak password).
     *
     * <p>Group: 4xx Client errors.
     *
     * <p>Retry: do not retry (documented). The page lists 422 among the errors that will not resolve
     * with retries.
     *
     * <p>Wire value {@code 422}, identifier {@code UnprocessableEntity}.
     */
    UNPROCESSABLE_ENTITY(422,
            CodeFacts.of("UnprocessableEntity", "client-error", false, CodeFacts.NO_HTTP_STATUS,
                    "The request is well-formed but semantically invalid (e.g., weak password).",
                    "no-retry", "documented", "The page lists 422 among the errors that will not resolve with retries.", null,
                    null, "stable",
                    null)),

    /**
     * You have exceeded the rate limit. See the Rate Limiting Guide.
     *
     * <p>Group: 4xx Client errors.
     *
     * <p>Retry: wait for the rate-limit window, then retry (documented). The page says to check the
     * X-RateLimit-Reset header and wait before retrying a rate-limited request.
     *
     * <p>Wire value {@code 429}, identifier {@code TooManyRequests}.
     */
    TOO_MANY_REQUESTS(429,
            CodeFacts.of("TooManyRequests", "client-error", true, CodeFacts.NO_HTTP_STATUS,
                    "You have exceeded the rate limit. See the Rate Limiting Guide.",
                    "wait-for-window", "documented", "The page says to check the X-RateLimit-Reset header and wait before retrying a rate-limited request.", null,
                    null, "stable",
                    null)),

    /**
     * An unexpected error occurred on the server. Retry with exponential backoff.
     *
     * <p>Group: 5xx Server errors.
     *
     * <p>Retry: retry with exponential backoff (documented). The page says to retry a 500 with
     * exponential backoff.
     *
     * <p>Wire value {@code 500}, identifier {@code InternalServerError}.
     */
    INTERNAL_SERVER_ERROR(500,
            CodeFacts.of("InternalServerError", "server-error", true, CodeFacts.NO_HTTP_STATUS,
                    "An unexpected error occurred on the server. Retry with exponential backoff.",
                    "backoff", "documented", "The page says to retry a 500 with exponential backoff.", null,
                    null, "stable",
                    null)),

    /**
     * An upstream service returned an invalid response. Usually transient.
     *
     * <p>Group: 5xx Server errors.
     *
     * <p>Retry: retry with exponential backoff (documented). The page lists 502 among the errors that
     * are safe to retry with backoff.
     *
     * <p>Wire value {@code 502}, identifier {@code BadGateway}.
     */
    BAD_GATEWAY(502,
            CodeFacts.of("BadGateway", "server-error", true, CodeFacts.NO_HTTP_STATUS,
                    "An upstream service returned an invalid response. Usually transient.",
                    "backoff", "documented", "The page lists 502 among the errors that are safe to retry with backoff.", null,
                    null, "stable",
                    null)),

    /**
     * The service is temporarily down for maintenance or overloaded. Retry later.
     *
     * <p>Group: 5xx Server errors.
     *
     * <p>Retry: retry with exponential backoff (documented). The page lists 503 among the errors that
     * are safe to retry with backoff.
     *
     * <p>Wire value {@code 503}, identifier {@code ServiceUnavailable}.
     */
    SERVICE_UNAVAILABLE(503,
            CodeFacts.of("ServiceUnavailable", "server-error", true, CodeFacts.NO_HTTP_STATUS,
                    "The service is temporarily down for maintenance or overloaded. Retry later.",
                    "backoff", "documented", "The page lists 503 among the errors that are safe to retry with backoff.", null,
                    null, "stable",
                    null));

    /**
     * Every key the lookups accept, the model's priority between them applied: in a holder, so that loading
     * the enum builds no table and {@link #fromValue} (a switch) never needs one.
     */
    private static final class Keys {
        static final CodeIndex<HttpStatus> INDEX = CodeIndex.<HttpStatus>builder()
                .key("Ok", MatchedBy.NAME, OK)
                .key("Created", MatchedBy.NAME, CREATED)
                .key("NoContent", MatchedBy.NAME, NO_CONTENT)
                .key("BadRequest", MatchedBy.NAME, BAD_REQUEST)
                .key("Unauthorized", MatchedBy.NAME, UNAUTHORIZED)
                .key("Forbidden", MatchedBy.NAME, FORBIDDEN)
                .key("NotFound", MatchedBy.NAME, NOT_FOUND)
                .key("Conflict", MatchedBy.NAME, CONFLICT)
                .key("UnprocessableEntity", MatchedBy.NAME, UNPROCESSABLE_ENTITY)
                .key("TooManyRequests", MatchedBy.NAME, TOO_MANY_REQUESTS)
                .key("InternalServerError", MatchedBy.NAME, INTERNAL_SERVER_ERROR)
                .key("BadGateway", MatchedBy.NAME, BAD_GATEWAY)
                .key("ServiceUnavailable", MatchedBy.NAME, SERVICE_UNAVAILABLE)
                .value(200, OK)
                .key("200", MatchedBy.VALUE, OK)
                .value(201, CREATED)
                .key("201", MatchedBy.VALUE, CREATED)
                .value(204, NO_CONTENT)
                .key("204", MatchedBy.VALUE, NO_CONTENT)
                .value(400, BAD_REQUEST)
                .key("400", MatchedBy.VALUE, BAD_REQUEST)
                .value(401, UNAUTHORIZED)
                .key("401", MatchedBy.VALUE, UNAUTHORIZED)
                .value(403, FORBIDDEN)
                .key("403", MatchedBy.VALUE, FORBIDDEN)
                .value(404, NOT_FOUND)
                .key("404", MatchedBy.VALUE, NOT_FOUND)
                .value(409, CONFLICT)
                .key("409", MatchedBy.VALUE, CONFLICT)
                .value(422, UNPROCESSABLE_ENTITY)
                .key("422", MatchedBy.VALUE, UNPROCESSABLE_ENTITY)
                .value(429, TOO_MANY_REQUESTS)
                .key("429", MatchedBy.VALUE, TOO_MANY_REQUESTS)
                .value(500, INTERNAL_SERVER_ERROR)
                .key("500", MatchedBy.VALUE, INTERNAL_SERVER_ERROR)
                .value(502, BAD_GATEWAY)
                .key("502", MatchedBy.VALUE, BAD_GATEWAY)
                .value(503, SERVICE_UNAVAILABLE)
                .key("503", MatchedBy.VALUE, SERVICE_UNAVAILABLE)
                .build();
    }

    private final int code;
    private final CodeFacts facts;

    HttpStatus(int code, CodeFacts facts) {
        this.code = code;
        this.facts = facts;
    }

    /**
     * The member's value as it travels.
     *
     * @return the value
     */
    @JsonValue
    public int code() {
        return code;
    }

    @Override
    public CodeFacts facts() {
        return facts;
    }

    /**
     * The member whose value is {@code value}.
     *
     * @param value the value as it travels
     * @return the member, or empty for a value this catalog does not know
     */
    public static Optional<HttpStatus> fromValue(long value) {
        if (value != (int) value) return Optional.empty();
        switch ((int) value) {
            case 200:
                return Optional.of(OK);
            case 201:
                return Optional.of(CREATED);
            case 204:
                return Optional.of(NO_CONTENT);
            case 400:
                return Optional.of(BAD_REQUEST);
            case 401:
                return Optional.of(UNAUTHORIZED);
            case 403:
                return Optional.of(FORBIDDEN);
            case 404:
                return Optional.of(NOT_FOUND);
            case 409:
                return Optional.of(CONFLICT);
            case 422:
                return Optional.of(UNPROCESSABLE_ENTITY);
            case 429:
                return Optional.of(TOO_MANY_REQUESTS);
            case 500:
                return Optional.of(INTERNAL_SERVER_ERROR);
            case 502:
                return Optional.of(BAD_GATEWAY);
            case 503:
                return Optional.of(SERVICE_UNAVAILABLE);
            default:
                return Optional.empty();
        }
    }

    /**
     * The member whose value is {@code value}, and how the value found it.
     *
     * @param value the value as it travels
     * @return the match, or empty
     */
    public static Optional<Match<HttpStatus>> lookup(long value) {
        return Keys.INDEX.find(value);
    }

    /**
     * The member whose value is {@code code}, as {@code error.code} or a log carries it.
     *
     * @param code the value as it travels
     * @return the member, or empty for a code this catalog does not know
     */
    public static Optional<HttpStatus> fromCode(int code) {
        return fromValue(code);
    }

    /**
     * The code as it arrived: the member when this catalog knows it, and the raw value either way.
     *
     * @param code the value as it travels
     * @return the open code
     */
    public static OpenCode<HttpStatus, Integer> decode(int code) {
        return new OpenCode<>(code, fromCode(code).orElse(null));
    }

    /**
     * The member with this identifier, alias or older wire name, as the vendor spells them ({@code valueOf}
     * takes the constant's name).
     *
     * @param name the name to look up
     * @return the member, or empty
     */
    public static Optional<HttpStatus> fromName(String name) {
        return Keys.INDEX.named(name);
    }

    /**
     * The member any key names (the value's decimal text, identifier, alias or older wire name), and how the key found it, as TypeScript's {@code describe} answers.
     *
     * @param key the key
     * @return the match, or empty for an unknown or null key
     */
    public static Optional<Match<HttpStatus>> lookup(String key) {
        return Keys.INDEX.find(key);
    }

    /** Jackson's way in: a value this catalog does not know is an error. */
    @JsonCreator
    static HttpStatus ofCode(int code) {
        Optional<HttpStatus> member = fromCode(code);
        if (member.isEmpty()) throw new IllegalArgumentException("HttpStatus has no code " + code);
        return member.get();
    }
}
