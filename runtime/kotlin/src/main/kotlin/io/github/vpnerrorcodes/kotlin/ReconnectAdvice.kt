package io.github.vpnerrorcodes.kotlin

import io.github.vpnerrorcodes.CatalogCode
import io.github.vpnerrorcodes.ReconnectDecision
import io.github.vpnerrorcodes.ReconnectDecision.Basis
import io.github.vpnerrorcodes.ReconnectDecision.StopReason
import io.github.vpnerrorcodes.ReconnectHistory
import io.github.vpnerrorcodes.ReconnectPolicy
import io.github.vpnerrorcodes.Reconnects
import kotlin.time.Duration
import kotlin.time.Duration.Companion.milliseconds

/** The key of a code given as something no lookup reads: no member has it. */
private val UNKNOWN: String? = null

/** A [ReconnectDecision] as a sealed type, so that `when` over it names every answer. */
public sealed class ReconnectAdvice {
    /** Reconnect the tunnel after [delayMs] milliseconds; [basis] says what set the delay. */
    public data class Reconnect(val delayMs: Long, val basis: Basis) : ReconnectAdvice() {
        /** The delay as a [Duration], for `delay(advice.delay)` in a coroutine. */
        public val delay: Duration
            get() = delayMs.milliseconds
    }

    /** The device has no network: reconnect once it is back. */
    public data object WaitForNetwork : ReconnectAdvice()

    /** Do not reconnect; [detail] is one sentence for logs and for the user. */
    public data class Stop(val reason: StopReason, val detail: String) : ReconnectAdvice()
}

/** The decision as a [ReconnectAdvice]. */
public fun ReconnectDecision.toAdvice(): ReconnectAdvice = when (action()) {
    ReconnectDecision.Action.RECONNECT -> ReconnectAdvice.Reconnect(delayMs(), basis().get())
    ReconnectDecision.Action.WAIT_FOR_NETWORK -> ReconnectAdvice.WaitForNetwork
    else -> ReconnectAdvice.Stop(reason().get(), detail())
}

/**
 * What to do about an SDK error under this policy, as [Reconnects.adviseReconnect] decides (runtime/SPEC.md
 * §12). Never throws on what the SDK or the history holds.
 *
 * @param family the family's name, such as the SDK event's or result's
 * @param code the code: a member of the family's enum, its value (an integer or its text), identifier, alias or
 *     older wire name; anything else is an unknown code
 * @param history what happened before
 * @param nowMs the current time in Unix milliseconds
 * @param random the jitter's source, giving values in [0, 1)
 */
public fun ReconnectPolicy.adviseReconnect(
    family: String,
    code: Any?,
    history: ReconnectHistory = ReconnectHistory.empty(),
    nowMs: Long = System.currentTimeMillis(),
    random: () -> Double = SystemRandom,
): ReconnectAdvice {
    val jitter = Jitter(random)
    val decision = when (code) {
        is Int -> Reconnects.adviseReconnect(this, family, code.toLong(), history, nowMs, jitter)
        is Long -> Reconnects.adviseReconnect(this, family, code, history, nowMs, jitter)
        is Short -> Reconnects.adviseReconnect(this, family, code.toLong(), history, nowMs, jitter)
        is Byte -> Reconnects.adviseReconnect(this, family, code.toLong(), history, nowMs, jitter)
        is String -> Reconnects.adviseReconnect(this, family, code, history, nowMs, jitter)
        is CatalogCode -> Reconnects.adviseReconnect(this, family, code.identifier(), history, nowMs, jitter)
        else -> Reconnects.adviseReconnect(this, family, UNKNOWN, history, nowMs, jitter)
    }
    return decision.toAdvice()
}
