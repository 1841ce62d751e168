package io.github.vpnerrorcodes.kotlin

import io.github.vpnerrorcodes.Advisor
import io.github.vpnerrorcodes.Retries
import io.github.vpnerrorcodes.RetryDecision
import io.github.vpnerrorcodes.RetryDecision.Basis
import io.github.vpnerrorcodes.RetryDecision.FailReason
import io.github.vpnerrorcodes.RetryPolicy
import java.time.Clock
import java.time.Instant
import java.time.ZoneId
import java.time.ZoneOffset
import java.util.TreeMap
import java.util.function.DoubleSupplier
import kotlin.time.Duration
import kotlin.time.Duration.Companion.milliseconds

/** A [RetryDecision] as a sealed type, so that `when` over it names every answer. */
public sealed class RetryAdvice {
    /** Send the request again after [delayMs] milliseconds; [basis] says what set the delay. */
    public data class Retry(val delayMs: Long, val basis: Basis) : RetryAdvice() {
        /** The delay as a [Duration], for `delay(advice.delay)` in a coroutine. */
        public val delay: Duration
            get() = delayMs.milliseconds
    }

    /** Refresh the access token, then send the request once more. */
    public data object RefreshToken : RetryAdvice()

    /** Do not send the request again; [detail] is one sentence for logs. */
    public data class Fail(val reason: FailReason, val detail: String) : RetryAdvice()
}

/**
 * The decision as a [RetryAdvice]. Compared by identity rather than `when (action())`: Kotlin compiles a `when` over
 * a Java enum to a mapping class whose initialiser a process's first decision would load. The Java action has
 * three constants, so the last branch is FAIL.
 */
public fun RetryDecision.toAdvice(): RetryAdvice {
    val action = action()
    return when {
        action === RetryDecision.Action.RETRY -> RetryAdvice.Retry(delayMs(), basis().get())
        action === RetryDecision.Action.REFRESH_TOKEN -> RetryAdvice.RefreshToken
        else -> RetryAdvice.Fail(reason().get(), detail())
    }
}

/**
 * What to do about the response to the [attempt]-th send of a request, decided by this policy as
 * [Retries.adviseRetry] decides (runtime/SPEC.md). Never throws on what a response holds.
 *
 * @param status the response's HTTP status
 * @param headers the response headers as name/value pairs (OkHttp's `Headers` is one), names in any case;
 *     a repeated header's values count as one joined by ", "
 * @param body the response text, or null when there is none
 * @param attempt which send of the request this response answers, from 1
 * @param tokenRefreshed true once the token has been refreshed for this request
 * @param nowMs the current time in Unix milliseconds
 * @param random the jitter's source, giving values in [0, 1)
 */
public fun RetryPolicy.adviseRetry(
    status: Int,
    headers: Iterable<Pair<String, String>>,
    body: String?,
    attempt: Int,
    tokenRefreshed: Boolean = false,
    nowMs: Long = System.currentTimeMillis(),
    random: () -> Double = SystemRandom,
): RetryAdvice = Retries.adviseRetry(this, status, headers.toHeaderMap(), body, attempt, tokenRefreshed, nowMs, Jitter(random)).toAdvice()

/**
 * What to do about the response to the [attempt]-th send of a request, with its headers as a map, as
 * `java.net.http.HttpHeaders.map()`, Ktor's `Headers.toMap()` and OkHttp's `Headers.toMultimap()` give them.
 *
 * @param headers the response headers, names in any case
 * @param clock the clock the rate-limit headers are read against; by default the system's, in UTC
 * @param random the jitter's source, giving values in [0, 1)
 */
public fun RetryPolicy.adviseRetry(
    status: Int,
    headers: Map<String, List<String>>,
    body: String?,
    attempt: Int,
    tokenRefreshed: Boolean = false,
    clock: Clock = SystemUtcClock,
    random: () -> Double = SystemRandom,
): RetryAdvice = Advisor.of(this).withClock(clock).withRandom(Jitter(random)).adviseRetry(status, headers, body, attempt, tokenRefreshed).toAdvice()

/**
 * The backoff before retry [attempt] under this policy, as [Retries.backoffMs] computes it.
 *
 * @param attempt the retry, from 1 to the policy's `maxRetries()`
 * @param random the jitter's source, giving values in [0, 1)
 */
public fun RetryPolicy.backoffMs(attempt: Int, random: () -> Double = SystemRandom): Long =
    Retries.backoffMs(this, attempt, Jitter(random))

/**
 * The pairs as the Java runtime reads headers: one entry per name in any case, holding its values in the
 * order they came. Pairs that cannot be walked read as no headers (runtime/SPEC.md §11).
 */
private fun Iterable<Pair<String, String>>.toHeaderMap(): Map<String, List<String>> = try {
    groupByTo(TreeMap(String.CASE_INSENSITIVE_ORDER), { it.first }, { it.second })
} catch (e: RuntimeException) {
    emptyMap()
}

/**
 * `Math.random()` as an object, and a Kotlin random source as a `DoubleSupplier` by a class: Kotlin 2 compiles
 * lambdas and references with invokedynamic, whose machinery would start on a process's first decision.
 */
internal object SystemRandom : () -> Double {
    override fun invoke(): Double = Math.random()
}

internal class Jitter(private val random: () -> Double) : DoubleSupplier {
    override fun getAsDouble(): Double = random()
}

/**
 * The system clock in UTC, as `Clock.systemUTC()` gives it, to the millisecond: `Clock.systemUTC()` would set up
 * the time zones on a process's first decision, which reads only the time.
 */
internal object SystemUtcClock : Clock() {
    override fun getZone(): ZoneId = ZoneOffset.UTC

    override fun withZone(zone: ZoneId): Clock = system(zone)

    override fun millis(): Long = System.currentTimeMillis()

    override fun instant(): Instant = Instant.ofEpochMilli(millis())
}
