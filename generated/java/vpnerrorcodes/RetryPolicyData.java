// Generated from catalog/*.yaml by scripts/emit/languages/java/retry.ts (npm run build); do not edit.
package vpnerrorcodes;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * OrbVPN's retry policy as data, from the catalog's retryPolicy and its 13 HTTP statuses;
 * Retries.adviseRetry reads it.
 */
public final class RetryPolicyData {
    private RetryPolicyData() {}

    /** The wait before the first retry; each later one multiplies it by MULTIPLIER. */
    public static final long INITIAL_DELAY_MS = 1000;
    public static final double MULTIPLIER = 2;
    /** Random jitter added to each backoff wait, from the injected random source. */
    public static final long JITTER_MIN_MS = 0;
    public static final long JITTER_MAX_MS = 500;
    public static final int MAX_RETRIES = 5;
    public static final long MAX_DELAY_MS = 32000;
    public static final String RETRY_AFTER_HEADER = "Retry-After";
    public static final String RESET_HEADER = "X-RateLimit-Reset";
    /** The longest wait a client honours; a server asking for more gets a failure. */
    public static final long MAX_WAIT_MS = 300000;
    /** A reset value at or above this is Unix milliseconds rather than seconds; empty when every value is seconds. */
    public static final OptionalLong RESET_MILLISECONDS_FROM = OptionalLong.of(1000000000000L);
    /** When a known code arrives under another status, the more cautious of the two rules wins. */
    public static final boolean MOST_CAUTIOUS = true;

    private static final Map<Integer, RetryStrategy> STATUS_STRATEGY = Map.ofEntries(
            Map.entry(200, RetryStrategy.NOT_APPLICABLE),
            Map.entry(201, RetryStrategy.NOT_APPLICABLE),
            Map.entry(204, RetryStrategy.NOT_APPLICABLE),
            Map.entry(400, RetryStrategy.NO_RETRY),
            Map.entry(401, RetryStrategy.NO_RETRY),
            Map.entry(403, RetryStrategy.NO_RETRY),
            Map.entry(404, RetryStrategy.NO_RETRY),
            Map.entry(409, RetryStrategy.NO_RETRY),
            Map.entry(422, RetryStrategy.NO_RETRY),
            Map.entry(429, RetryStrategy.WAIT_FOR_WINDOW),
            Map.entry(500, RetryStrategy.BACKOFF),
            Map.entry(502, RetryStrategy.BACKOFF),
            Map.entry(503, RetryStrategy.BACKOFF));

    private static final Map<RestErrorCode, RetryStrategy> CODE_STRATEGY = new EnumMap<>(RestErrorCode.class);
    private static final Map<RestErrorCode, Integer> CODE_STATUS = new EnumMap<>(RestErrorCode.class);

    static {
        CODE_STRATEGY.put(RestErrorCode.AUTH_REQUIRED, RetryStrategy.NO_RETRY);
        CODE_STRATEGY.put(RestErrorCode.DEVICE_LIMIT_REACHED, RetryStrategy.NO_RETRY);
        CODE_STRATEGY.put(RestErrorCode.DEVICE_NOT_FOUND, RetryStrategy.NO_RETRY);
        CODE_STRATEGY.put(RestErrorCode.DNS_RESOLUTION_FAILED, RetryStrategy.BACKOFF);
        CODE_STRATEGY.put(RestErrorCode.EMAIL_ALREADY_EXISTS, RetryStrategy.NO_RETRY);
        CODE_STRATEGY.put(RestErrorCode.INSUFFICIENT_BALANCE, RetryStrategy.NO_RETRY);
        CODE_STRATEGY.put(RestErrorCode.INSUFFICIENT_PERMISSIONS, RetryStrategy.NO_RETRY);
        CODE_STRATEGY.put(RestErrorCode.INTERNAL_ERROR, RetryStrategy.BACKOFF);
        CODE_STRATEGY.put(RestErrorCode.INVALID_EMAIL, RetryStrategy.NO_RETRY);
        CODE_STRATEGY.put(RestErrorCode.PAYMENT_FAILED, RetryStrategy.NO_RETRY);
        CODE_STRATEGY.put(RestErrorCode.QUOTA_EXCEEDED, RetryStrategy.NO_RETRY);
        CODE_STRATEGY.put(RestErrorCode.RATE_LIMITED, RetryStrategy.WAIT_FOR_WINDOW);
        CODE_STRATEGY.put(RestErrorCode.SERVER_NOT_FOUND, RetryStrategy.NO_RETRY);
        CODE_STRATEGY.put(RestErrorCode.SERVICE_UNAVAILABLE, RetryStrategy.BACKOFF);
        CODE_STRATEGY.put(RestErrorCode.SUBSCRIPTION_EXPIRED, RetryStrategy.NO_RETRY);
        CODE_STRATEGY.put(RestErrorCode.SUBSCRIPTION_NOT_FOUND, RetryStrategy.NO_RETRY);
        CODE_STRATEGY.put(RestErrorCode.TOKEN_EXPIRED, RetryStrategy.REFRESH_CREDENTIALS);
        CODE_STRATEGY.put(RestErrorCode.TOKEN_INVALID, RetryStrategy.NO_RETRY);
        CODE_STRATEGY.put(RestErrorCode.UPSTREAM_ERROR, RetryStrategy.BACKOFF);
        CODE_STRATEGY.put(RestErrorCode.USER_NOT_FOUND, RetryStrategy.NO_RETRY);
        CODE_STRATEGY.put(RestErrorCode.VALIDATION_ERROR, RetryStrategy.NO_RETRY);
        CODE_STRATEGY.put(RestErrorCode.VPN_CONNECTION_FAILED, RetryStrategy.BACKOFF);
        CODE_STRATEGY.put(RestErrorCode.WEAK_PASSWORD, RetryStrategy.NO_RETRY);
        CODE_STATUS.put(RestErrorCode.AUTH_REQUIRED, 401);
        CODE_STATUS.put(RestErrorCode.DEVICE_LIMIT_REACHED, 409);
        CODE_STATUS.put(RestErrorCode.DEVICE_NOT_FOUND, 404);
        CODE_STATUS.put(RestErrorCode.DNS_RESOLUTION_FAILED, 500);
        CODE_STATUS.put(RestErrorCode.EMAIL_ALREADY_EXISTS, 409);
        CODE_STATUS.put(RestErrorCode.INSUFFICIENT_BALANCE, 400);
        CODE_STATUS.put(RestErrorCode.INSUFFICIENT_PERMISSIONS, 403);
        CODE_STATUS.put(RestErrorCode.INTERNAL_ERROR, 500);
        CODE_STATUS.put(RestErrorCode.INVALID_EMAIL, 422);
        CODE_STATUS.put(RestErrorCode.PAYMENT_FAILED, 400);
        CODE_STATUS.put(RestErrorCode.QUOTA_EXCEEDED, 429);
        CODE_STATUS.put(RestErrorCode.RATE_LIMITED, 429);
        CODE_STATUS.put(RestErrorCode.SERVER_NOT_FOUND, 404);
        CODE_STATUS.put(RestErrorCode.SERVICE_UNAVAILABLE, 503);
        CODE_STATUS.put(RestErrorCode.SUBSCRIPTION_EXPIRED, 403);
        CODE_STATUS.put(RestErrorCode.SUBSCRIPTION_NOT_FOUND, 404);
        CODE_STATUS.put(RestErrorCode.TOKEN_EXPIRED, 401);
        CODE_STATUS.put(RestErrorCode.TOKEN_INVALID, 401);
        CODE_STATUS.put(RestErrorCode.UPSTREAM_ERROR, 502);
        CODE_STATUS.put(RestErrorCode.USER_NOT_FOUND, 404);
        CODE_STATUS.put(RestErrorCode.VALIDATION_ERROR, 400);
        CODE_STATUS.put(RestErrorCode.VPN_CONNECTION_FAILED, 500);
        CODE_STATUS.put(RestErrorCode.WEAK_PASSWORD, 422);
    }

    /** A status's strategy, from its entry in the HTTP status family; empty for a status the catalog does not list. */
    public static Optional<RetryStrategy> statusStrategy(int status) {
        return Optional.ofNullable(STATUS_STRATEGY.get(status));
    }

    /** A code's own strategy. */
    public static RetryStrategy codeStrategy(RestErrorCode code) {
        return CODE_STRATEGY.get(code);
    }

    /** The status the API documents for a code; empty for a code documented without one. */
    public static OptionalInt documentedStatus(RestErrorCode code) {
        Integer status = CODE_STATUS.get(code);
        return status == null ? OptionalInt.empty() : OptionalInt.of(status);
    }
}
