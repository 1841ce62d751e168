package io.github.vpnerrorcodes.kotlin

import io.github.vpnerrorcodes.DetailsValues
import io.github.vpnerrorcodes.EnvelopePolicy
import io.github.vpnerrorcodes.RetryPolicy
import java.math.BigInteger

// Small invented policies: the runtime is tested without the catalog, whose policy arrives as generated data.

const val WAIT_HEADER = "X-Test-Wait"
const val NOW = 1_700_000_000_000L

/** 418 waits for the window, 599 backs off, 407 refreshes, 451 fails. */
val retryPolicy: RetryPolicy = RetryPolicy.builder()
    .backoff(250, 2.0, 10, 50, 5_000)
    .maxRetries(3)
    .rateLimit(WAIT_HEADER, "X-Test-Reset", 60_000)
    .status(418, "wait-for-window")
    .status(599, "backoff")
    .status(407, "refresh-credentials")
    .status(451, "no-retry")
    .code("SYNTHETIC_STALE", "refresh-credentials", 407)
    .failingStrategies("no-retry")
    .build()

val envelopePolicy: EnvelopePolicy = EnvelopePolicy.builder()
    .knownCodes("SYNTHETIC_SHAPED")
    .unknownCodePattern("[A-Z_]+")
    .details("SYNTHETIC_SHAPED", listOf("count"), EnvelopePolicy.Field.of("count").type(EnvelopePolicy.JsonType.INTEGER))
    .typedDetails("SYNTHETIC_SHAPED", ::Counted)
    .build()

/** A details class as the package's api classes are: read from the details by DetailsValues. */
data class Counted(val count: BigInteger?) {
    constructor(details: Map<String, Any?>) : this(DetailsValues.integer(details, "count"))
}

fun failure(code: String, details: String? = null): String =
    """{"success":false,"error":{"code":"$code","message":"m"${details?.let { ",\"details\":$it" } ?: ""}}}"""
