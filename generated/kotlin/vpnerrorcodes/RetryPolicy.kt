// Generated from catalog/*.yaml by scripts/emit/languages/kotlin/retry.ts (npm run build); do not edit.
package vpnerrorcodes

/**
 * What a client does about an error, as the catalog's retry advice names it.
 */
enum class RetryStrategy(
    /** The name as the catalog and the TypeScript package spell it. */
    val wire: String,
) {
    NOT_APPLICABLE("not-applicable"),
    NO_RETRY("no-retry"),
    BACKOFF("backoff"),
    WAIT_FOR_WINDOW("wait-for-window"),
    REFRESH_CREDENTIALS("refresh-credentials"),
    RECONNECT_TUNNEL("reconnect-tunnel");
}

/**
 * OrbVPN's retry policy as data, from the catalog's retryPolicy and its HTTP statuses; adviseRetry
 * reads it.
 */
object RetryPolicyData {
    /** The wait before the first retry; each later one multiplies it by [MULTIPLIER]. */
    const val INITIAL_DELAY_MS: Long = 1000
    const val MULTIPLIER: Double = 2.0
    /** Random jitter added to each backoff wait, from the injected random source. */
    const val JITTER_MIN_MS: Long = 0
    const val JITTER_MAX_MS: Long = 500
    const val MAX_RETRIES: Int = 5
    const val MAX_DELAY_MS: Long = 32000
    const val RETRY_AFTER_HEADER: String = "Retry-After"
    const val RESET_HEADER: String = "X-RateLimit-Reset"
    /** The longest wait a client honours; a server asking for more gets a failure. */
    const val MAX_WAIT_MS: Long = 300000
    /** A reset value at or above this is Unix milliseconds rather than seconds; null when every value is seconds. */
    val RESET_MILLISECONDS_FROM: Long? = 1000000000000L
    /** When a known code arrives under another status, the more cautious of the two rules wins. */
    const val MOST_CAUTIOUS: Boolean = true

    /** Each listed status's strategy, from its entry in the HTTP status family. */
    val STATUS_STRATEGY: Map<Int, RetryStrategy> = mapOf(
        200 to RetryStrategy.NOT_APPLICABLE,
        201 to RetryStrategy.NOT_APPLICABLE,
        204 to RetryStrategy.NOT_APPLICABLE,
        400 to RetryStrategy.NO_RETRY,
        401 to RetryStrategy.NO_RETRY,
        403 to RetryStrategy.NO_RETRY,
        404 to RetryStrategy.NO_RETRY,
        409 to RetryStrategy.NO_RETRY,
        422 to RetryStrategy.NO_RETRY,
        429 to RetryStrategy.WAIT_FOR_WINDOW,
        500 to RetryStrategy.BACKOFF,
        502 to RetryStrategy.BACKOFF,
        503 to RetryStrategy.BACKOFF,
    )

    /** Each code's own strategy. */
    val CODE_STRATEGY: Map<RestErrorCode, RetryStrategy> = mapOf(
        RestErrorCode.AUTH_REQUIRED to RetryStrategy.NO_RETRY,
        RestErrorCode.DEVICE_LIMIT_REACHED to RetryStrategy.NO_RETRY,
        RestErrorCode.DEVICE_NOT_FOUND to RetryStrategy.NO_RETRY,
        RestErrorCode.DNS_RESOLUTION_FAILED to RetryStrategy.BACKOFF,
        RestErrorCode.EMAIL_ALREADY_EXISTS to RetryStrategy.NO_RETRY,
        RestErrorCode.INSUFFICIENT_BALANCE to RetryStrategy.NO_RETRY,
        RestErrorCode.INSUFFICIENT_PERMISSIONS to RetryStrategy.NO_RETRY,
        RestErrorCode.INTERNAL_ERROR to RetryStrategy.BACKOFF,
        RestErrorCode.INVALID_EMAIL to RetryStrategy.NO_RETRY,
        RestErrorCode.PAYMENT_FAILED to RetryStrategy.NO_RETRY,
        RestErrorCode.QUOTA_EXCEEDED to RetryStrategy.NO_RETRY,
        RestErrorCode.RATE_LIMITED to RetryStrategy.WAIT_FOR_WINDOW,
        RestErrorCode.SERVER_NOT_FOUND to RetryStrategy.NO_RETRY,
        RestErrorCode.SERVICE_UNAVAILABLE to RetryStrategy.BACKOFF,
        RestErrorCode.SUBSCRIPTION_EXPIRED to RetryStrategy.NO_RETRY,
        RestErrorCode.SUBSCRIPTION_NOT_FOUND to RetryStrategy.NO_RETRY,
        RestErrorCode.TOKEN_EXPIRED to RetryStrategy.REFRESH_CREDENTIALS,
        RestErrorCode.TOKEN_INVALID to RetryStrategy.NO_RETRY,
        RestErrorCode.UPSTREAM_ERROR to RetryStrategy.BACKOFF,
        RestErrorCode.USER_NOT_FOUND to RetryStrategy.NO_RETRY,
        RestErrorCode.VALIDATION_ERROR to RetryStrategy.NO_RETRY,
        RestErrorCode.VPN_CONNECTION_FAILED to RetryStrategy.BACKOFF,
        RestErrorCode.WEAK_PASSWORD to RetryStrategy.NO_RETRY,
    )

    /** The status the API documents for each code that has one. */
    val CODE_STATUS: Map<RestErrorCode, Int> = mapOf(
        RestErrorCode.AUTH_REQUIRED to 401,
        RestErrorCode.DEVICE_LIMIT_REACHED to 409,
        RestErrorCode.DEVICE_NOT_FOUND to 404,
        RestErrorCode.DNS_RESOLUTION_FAILED to 500,
        RestErrorCode.EMAIL_ALREADY_EXISTS to 409,
        RestErrorCode.INSUFFICIENT_BALANCE to 400,
        RestErrorCode.INSUFFICIENT_PERMISSIONS to 403,
        RestErrorCode.INTERNAL_ERROR to 500,
        RestErrorCode.INVALID_EMAIL to 422,
        RestErrorCode.PAYMENT_FAILED to 400,
        RestErrorCode.QUOTA_EXCEEDED to 429,
        RestErrorCode.RATE_LIMITED to 429,
        RestErrorCode.SERVER_NOT_FOUND to 404,
        RestErrorCode.SERVICE_UNAVAILABLE to 503,
        RestErrorCode.SUBSCRIPTION_EXPIRED to 403,
        RestErrorCode.SUBSCRIPTION_NOT_FOUND to 404,
        RestErrorCode.TOKEN_EXPIRED to 401,
        RestErrorCode.TOKEN_INVALID to 401,
        RestErrorCode.UPSTREAM_ERROR to 502,
        RestErrorCode.USER_NOT_FOUND to 404,
        RestErrorCode.VALIDATION_ERROR to 400,
        RestErrorCode.VPN_CONNECTION_FAILED to 500,
        RestErrorCode.WEAK_PASSWORD to 422,
    )
}
