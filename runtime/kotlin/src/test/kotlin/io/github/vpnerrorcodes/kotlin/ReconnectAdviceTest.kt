package io.github.vpnerrorcodes.kotlin

import io.github.vpnerrorcodes.CatalogCode
import io.github.vpnerrorcodes.CodeFacts
import io.github.vpnerrorcodes.CodeIndex
import io.github.vpnerrorcodes.ReconnectDecision.Basis
import io.github.vpnerrorcodes.ReconnectDecision.StopReason
import io.github.vpnerrorcodes.ReconnectHistory
import io.github.vpnerrorcodes.ReconnectPolicy
import io.github.vpnerrorcodes.ReconnectPolicy.CodeClass
import io.github.vpnerrorcodes.Reconnects
import java.time.Duration as JavaDuration
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertIs
import kotlin.time.Duration.Companion.milliseconds

class ReconnectAdviceTest {
    private enum class Signal(val value: Long, id: String) : CatalogCode {
        CALM(0, "Calm"),
        SLIPPED(21, "Slipped"),
        SHIFTED(22, "Shifted"),
        UNPLUGGED(23, "Unplugged"),
        REFUSED(24, "Refused");

        private val facts = CodeFacts.of(id, "test", true, CodeFacts.NO_HTTP_STATUS, id, "backoff", "inferred", "why", null, null, "stable", null)

        override fun facts(): CodeFacts = facts
    }

    private val family = "Signals"
    private val now = 1_800_000_000_000L

    private val policy: ReconnectPolicy = run {
        val index = CodeIndex.builder<Signal>()
        for (s in Signal.entries) index.key(s.identifier(), CodeIndex.MatchedBy.NAME, s).value(s.value, s).key(s.value.toString(), CodeIndex.MatchedBy.VALUE, s)
        ReconnectPolicy.builder()
            .window(JavaDuration.ofMillis(50_000), 3)
            .flapping(2, JavaDuration.ofMillis(5_000))
            .backoff(JavaDuration.ofMillis(8), 2.0, JavaDuration.ofMillis(60), 0.25)
            .family(family, index.build())
            .code(family, "Calm", CodeClass.NOT_AN_ERROR, "")
            .code(family, "Slipped", CodeClass.RECONNECT, "")
            .code(family, "Shifted", CodeClass.RECONNECT_NOW, "")
            .code(family, "Unplugged", CodeClass.WAIT_FOR_NETWORK, "")
            .code(family, "Refused", CodeClass.STOP, "refused for good")
            .build()
    }

    @Test
    fun givesEachAnswerAsItsCaseByAnyKindOfKey() {
        for (code in listOf<Any>(21, 21L, "21", "Slipped", Signal.SLIPPED)) {
            assertEquals(ReconnectAdvice.Reconnect(8, Basis.BACKOFF), policy.adviseReconnect(family, code, nowMs = now) { 0.0 }, code.toString())
        }
        assertEquals(ReconnectAdvice.Reconnect(0, Basis.IMMEDIATE), policy.adviseReconnect(family, Signal.SHIFTED, nowMs = now))
        assertEquals(ReconnectAdvice.WaitForNetwork, policy.adviseReconnect(family, "Unplugged", nowMs = now))
        val stop = assertIs<ReconnectAdvice.Stop>(policy.adviseReconnect(family, 24, nowMs = now))
        assertEquals(StopReason.NOT_RECONNECTABLE, stop.reason)
        assertEquals("Signals.Refused: refused for good", stop.detail)
        assertEquals(StopReason.NOT_AN_ERROR, assertIs<ReconnectAdvice.Stop>(policy.adviseReconnect(family, 0, nowMs = now)).reason)
        for (garbage in listOf<Any?>(null, 21.0, listOf(21), "slipped", Unit)) {
            assertEquals(StopReason.UNKNOWN_CODE, assertIs<ReconnectAdvice.Stop>(policy.adviseReconnect(family, garbage, nowMs = now)).reason, garbage.toString())
        }
    }

    @Test
    fun givesTheJavaDecisionsAnswerWithTheDelayAsADuration() {
        val history = ReconnectHistory.builder().reconnects(now - 10_000, now - 6_000).build()
        val java = Reconnects.adviseReconnect(policy, family, "Slipped", history, now) { 0.5 }
        val advice = assertIs<ReconnectAdvice.Reconnect>(policy.adviseReconnect(family, "Slipped", history, now) { 0.5 })
        // 8 × 2² × (1 − 0.25 × 0.5) = 28.
        assertEquals(28.milliseconds, advice.delay)
        assertEquals("reconnect ${advice.delayMs} ${advice.basis.wire()}", java.toString())
        // A source that throws reads as 0, one above 1 as 1.
        assertEquals(ReconnectAdvice.Reconnect(8, Basis.BACKOFF), policy.adviseReconnect(family, "Slipped", nowMs = now) { throw IllegalStateException("no entropy") })
        assertEquals(ReconnectAdvice.Reconnect(6, Basis.BACKOFF), policy.adviseReconnect(family, "Slipped", nowMs = now) { 3.0 })
    }
}
