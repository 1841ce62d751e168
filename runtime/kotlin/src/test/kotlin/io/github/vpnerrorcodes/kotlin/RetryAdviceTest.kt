package io.github.vpnerrorcodes.kotlin

import io.github.vpnerrorcodes.Retries
import io.github.vpnerrorcodes.RetryDecision.Basis
import io.github.vpnerrorcodes.RetryDecision.FailReason
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertIs
import kotlin.test.assertTrue

class RetryAdviceTest {
    private fun advise(status: Int, headers: List<Pair<String, String>> = emptyList(), body: String? = null, attempt: Int = 1, refreshed: Boolean = false) =
        retryPolicy.adviseRetry(status, headers, body, attempt, refreshed, NOW) { 0.5 }

    @Test
    fun givesEachAnswerAsItsCase() {
        assertEquals(RetryAdvice.Retry(280, Basis.BACKOFF), advise(599))
        assertEquals(RetryAdvice.RefreshToken, advise(407))
        val fail = assertIs<RetryAdvice.Fail>(advise(407, refreshed = true))
        assertEquals(FailReason.REFRESH_ALREADY_TRIED, fail.reason)
        assertTrue(fail.detail.isNotEmpty())
        assertEquals(FailReason.ATTEMPTS_EXHAUSTED, assertIs<RetryAdvice.Fail>(advise(599, attempt = 4)).reason)
        assertEquals(FailReason.NOT_RETRYABLE, assertIs<RetryAdvice.Fail>(advise(451)).reason)
    }

    @Test
    fun givesTheJavaDecisionsAnswer() {
        for (status in listOf(599, 407, 451, 418, 200)) {
            val java = Retries.adviseRetry(retryPolicy, status, emptyMap(), failure("SYNTHETIC_STALE"), 2, false, NOW) { 0.25 }
            val advice = java.toAdvice()
            when (advice) {
                is RetryAdvice.Retry -> assertEquals("retry ${advice.delayMs} ${advice.basis.wire()}", java.toString())
                RetryAdvice.RefreshToken -> assertEquals("refresh-token", java.toString())
                is RetryAdvice.Fail -> assertEquals("fail ${advice.reason.wire()}: ${advice.detail}", java.toString())
            }
        }
    }

    @Test
    fun readsAMapOfHeadersAgainstAClockAndGivesTheDelayAsADuration() {
        val clock = java.time.Clock.fixed(java.time.Instant.ofEpochMilli(NOW), java.time.ZoneOffset.UTC)
        val map = retryPolicy.adviseRetry(599, mapOf("x-any" to listOf("1")), null, 1, false, clock) { 0.5 }
        assertEquals(advise(599), map)
        val retry = assertIs<RetryAdvice.Retry>(map)
        assertEquals(retry.delayMs, retry.delay.inWholeMilliseconds)
    }

    @Test
    fun readsPairsWithNamesInAnyCaseAndRepeatedValuesInOrder() {
        assertEquals(RetryAdvice.Retry(7025, Basis.RETRY_AFTER), advise(418, listOf("x-test-wait" to " 7\t")))
        // Joined in the order they came, whatever the case of each name: "soon, 7" has no usable first element.
        assertEquals(RetryAdvice.Retry(280, Basis.BACKOFF), advise(418, listOf("x-test-wait" to "soon", WAIT_HEADER to "7")))
        assertEquals(RetryAdvice.Retry(7025, Basis.RETRY_AFTER), advise(418, listOf(WAIT_HEADER to "7", "X-TEST-WAIT" to "soon")))
        assertEquals(RetryAdvice.Retry(280, Basis.BACKOFF), advise(418, listOf(WAIT_HEADER to "\u00a07")))
    }

    @Test
    fun readsPairsThatCannotBeWalkedAsNoHeaders() {
        val hostile = object : Iterable<Pair<String, String>> {
            override fun iterator(): Iterator<Pair<String, String>> = throw IllegalStateException("hostile")
        }
        assertEquals(RetryAdvice.Retry(280, Basis.BACKOFF), retryPolicy.adviseRetry(418, hostile, null, 1, nowMs = NOW) { 0.5 })
    }

    @Test
    fun hasDefaultsForTheRefreshTheClockAndTheRandomSource() {
        assertEquals(RetryAdvice.RefreshToken, retryPolicy.adviseRetry(407, emptyList(), null, 1))
        val backoff = assertIs<RetryAdvice.Retry>(retryPolicy.adviseRetry(599, emptyList(), null, 1))
        assertTrue(backoff.delayMs in 260..300, "${backoff.delayMs}")
        assertTrue(retryPolicy.backoffMs(1) in 260..300)
        assertEquals(300, retryPolicy.backoffMs(1) { 1.0 })
        assertEquals(260, retryPolicy.backoffMs(1) { throw IllegalStateException("no entropy") })
    }

    @Test
    fun readsTheSystemClockInUtcByDefault() {
        // A reset 30 s from now, in Unix seconds: the wait is measured from the system's current time.
        val reset = System.currentTimeMillis() / 1000 + 30
        val wait = assertIs<RetryAdvice.Retry>(retryPolicy.adviseRetry(418, mapOf("X-Test-Reset" to listOf("$reset")), null, 1))
        assertTrue(wait.delayMs in 28_001..30_100, "${wait.delayMs}")
        assertEquals(java.time.ZoneOffset.UTC, SystemUtcClock.zone)
        assertTrue(kotlin.math.abs(SystemUtcClock.instant().toEpochMilli() - System.currentTimeMillis()) < 5_000)
        assertEquals(java.time.ZoneId.of("Europe/Paris"), SystemUtcClock.withZone(java.time.ZoneId.of("Europe/Paris")).zone)
    }
}
