// Decodes the shared vectors with the Kotlin package, which builds on the Java package (its enums, policies
// and api classes are Java's), and prints one canonical line per vector.
// Usage: java HarnessKt <repository root>
import com.fasterxml.jackson.databind.JsonNode
import com.fasterxml.jackson.databind.ObjectMapper
import io.github.vpnerrorcodes.DecodedResponse.ApiError
import java.io.File
import java.time.OffsetDateTime
import kotlin.system.exitProcess
import io.github.vpnerrorcodes.DefaultPolicy
import io.github.vpnerrorcodes.HttpStatus
import io.github.vpnerrorcodes.OpenCode
import io.github.vpnerrorcodes.OperationalError
import io.github.vpnerrorcodes.ReconnectHistory
import io.github.vpnerrorcodes.ResponseResult
import io.github.vpnerrorcodes.RestErrorCode
import io.github.vpnerrorcodes.api.DeviceLimitReachedDetails
import io.github.vpnerrorcodes.api.SubscriptionExpiredDetails
import io.github.vpnerrorcodes.api.TokenExpiredDetails
import io.github.vpnerrorcodes.api.ValidationErrorDetails
import io.github.vpnerrorcodes.api.WeakPasswordDetails
import io.github.vpnerrorcodes.kotlin.Envelope
import io.github.vpnerrorcodes.kotlin.ReconnectAdvice
import io.github.vpnerrorcodes.kotlin.RetryAdvice
import io.github.vpnerrorcodes.kotlin.adviseReconnect
import io.github.vpnerrorcodes.kotlin.adviseRetry
import io.github.vpnerrorcodes.kotlin.decode
import io.github.vpnerrorcodes.kotlin.detailsAs
import io.github.vpnerrorcodes.kotlin.detailsOrNull
import io.github.vpnerrorcodes.kotlin.typedDetailsOrNull
import kotlin.jvm.optionals.getOrNull

private val json = ObjectMapper()

/** What the harness needs of any family, so that one loop serves all four. */
private class Found(val name: String, val retryable: Boolean, val member: Any)

/** The member decode() found; decode() must keep the raw code whether or not it knows it. */
private fun <E : Enum<E>, V : Any> kept(open: OpenCode<E, V>, value: JsonNode): E? {
    val raw: Any = if (value.isIntegralNumber) value.intValue() else value.textValue()
    check(open.raw() == raw) { "decode($value) kept ${open.raw()}" }
    return open.known().getOrNull()
}

private fun byValue(family: String, value: JsonNode): Found? = when {
    value.isIntegralNumber && family == "OperationalError" ->
        kept(OperationalError.decode(value.intValue()), value)?.let { Found(it.identifier(), it.retryable(), it) }
    value.isIntegralNumber && family == "HttpStatus" ->
        kept(HttpStatus.decode(value.intValue()), value)?.let { Found(it.identifier(), it.retryable(), it) }
    value.isTextual && family == "ResponseResult" ->
        kept(ResponseResult.decode(value.textValue()), value)?.let { Found(it.identifier(), it.retryable(), it) }
    value.isTextual && family == "RestErrorCode" ->
        kept(RestErrorCode.decode(value.textValue()), value)?.let { Found(it.identifier(), it.retryable(), it) }
    else -> null
}

private fun byName(family: String, name: String): String? = when (family) {
    "OperationalError" -> OperationalError.fromName(name).getOrNull()?.identifier()
    "HttpStatus" -> HttpStatus.fromName(name).getOrNull()?.identifier()
    "ResponseResult" -> ResponseResult.fromName(name).getOrNull()?.identifier()
    "RestErrorCode" -> RestErrorCode.fromName(name).getOrNull()?.identifier()
    else -> error("no family $family")
}

private fun memberCount(family: String): Int = when (family) {
    "OperationalError" -> OperationalError.entries.size
    "HttpStatus" -> HttpStatus.entries.size
    "ResponseResult" -> ResponseResult.entries.size
    "RestErrorCode" -> RestErrorCode.entries.size
    else -> error("no family $family")
}

private fun text(value: Any?): String = wellFormed(json.writeValueAsString(value))

/** A lone surrogate as JSON.stringify escapes it, where stdout's encoder would print '?'. */
private fun wellFormed(text: String): String = buildString {
    text.forEachIndexed { i, c ->
        val paired = if (c.isHighSurrogate()) i + 1 < text.length && text[i + 1].isLowSurrogate() else i > 0 && text[i - 1].isHighSurrogate()
        if (c.isSurrogate() && !paired) append("\\u%04x".format(c.code)) else append(c)
    }
}

private fun list(items: List<String>) = items.joinToString("|", "[", "]")

/** A date-time as the reference prints it, the raw text; the typed value must be there too. */
private fun dateTime(raw: Map<String, Any?>, name: String, typed: OffsetDateTime?): String {
    checkNotNull(typed) { "$name ${raw[name]} has no OffsetDateTime" }
    return raw[name].toString()
}

/** The details as the api class the decoder gave them as, in one step, matched by `when`. */
private fun typedDetails(error: ApiError): String? {
    val raw = error.detailsOrNull!!
    val typed = error.typedDetailsOrNull
    return when (typed) {
        is TokenExpiredDetails -> "TokenExpiredDetails(expiredAt=${dateTime(raw, "expiredAt", typed.expiredAt)};tokenType=${typed.tokenType})"
        is ValidationErrorDetails -> "ValidationErrorDetails(constraint=${typed.constraint};field=${typed.field};received=${text(typed.received)})"
        is WeakPasswordDetails -> "WeakPasswordDetails(failedChecks=${list(typed.failedChecks)};requirements=${list(typed.requirements)})"
        is DeviceLimitReachedDetails -> error.detailsAs<DeviceLimitReachedDetails>()!!.let {
            "DeviceLimitReachedDetails(currentDevices=${it.currentDevices};maxDevices=${it.maxDevices};plan=${it.plan};upgradeUrl=${it.upgradeUrl ?: "null"})"
        }
        is SubscriptionExpiredDetails ->
            "SubscriptionExpiredDetails(expiredAt=${dateTime(raw, "expiredAt", typed.expiredAt)};plan=${typed.plan};renewUrl=${typed.renewUrl ?: "null"})"
        else -> null
    }
}

/** The envelope's line, from the package's own decoder; a body it rejects is "invalid". */
private fun envelopeLine(file: String, body: String): String = when (val envelope = DefaultPolicy.ENVELOPE.decode(body)) {
    is Envelope.Invalid -> "envelope $file -> invalid"
    is Envelope.Success -> "envelope $file success=true data=${if (envelope.data is Map<*, *>) "object" else "other"}"
    is Envelope.Failure -> {
        val error = envelope.error
        val known = RestErrorCode.fromCode(error.code()).getOrNull()
        val details = error.detailsOrNull?.let { d -> typedDetails(error) ?: "keys(${d.keys.sorted().joinToString(",")})" } ?: "none"
        "envelope $file success=false code=${error.code()} known=${known?.identifier() ?: "unknown"} " +
            "retryable=${known?.retryable() ?: "unknown"} message=${text(error.message())} details=$details"
    }
}

/** One decision vector's line, from the advice's cases and fields. */
private fun decisionLine(c: JsonNode): String {
    val headers = c["headers"].map { it[0].textValue() to it[1].textValue() }
    val random = c["random"].doubleValue()
    val advice = DefaultPolicy.RETRY.adviseRetry(
        c["status"].intValue(), headers, c["body"].takeUnless { it.isNull }?.textValue(),
        c["attempt"].intValue(), c["tokenRefreshed"].booleanValue(), c["now"].longValue(),
    ) { random }
    val answer = when (advice) {
        is RetryAdvice.Retry -> "retry ${advice.delayMs} ${advice.basis.wire()}"
        RetryAdvice.RefreshToken -> "refresh-token"
        is RetryAdvice.Fail -> "fail ${advice.reason.wire()}"
    }
    return "decision ${c["id"].textValue()} -> $answer"
}

/** A number or text key of a vector as the Kotlin call takes it. */
private fun key(node: JsonNode): Any = if (node.isIntegralNumber) node.longValue() else node.textValue()

/** One reconnect vector's line, as test/vectors/reconnect.json's expected value spells it. */
private fun reconnectLine(c: JsonNode): String {
    val h = c["history"]
    val history = ReconnectHistory.builder()
        .reconnects(*h["reconnects"].map { it.longValue() }.toLongArray())
        .connected(*h["connected"].map { it.longValue() }.toLongArray())
    for (e in h["errors"]) {
        val code = key(e["code"])
        if (code is Long) history.error(e["at"].longValue(), e["family"].textValue(), code) else history.error(e["at"].longValue(), e["family"].textValue(), code as String)
    }
    val random = c["random"].doubleValue()
    val advice = DefaultPolicy.reconnect().adviseReconnect(c["family"].textValue(), key(c["code"]), history.build(), c["now"].longValue()) { random }
    val answer = when (advice) {
        is ReconnectAdvice.Reconnect -> "reconnect ${advice.delay.inWholeMilliseconds} ${advice.basis.wire()}"
        ReconnectAdvice.WaitForNetwork -> "wait-for-network"
        is ReconnectAdvice.Stop -> "stop ${advice.reason.wire()}"
    }
    return "reconnect ${c["id"].textValue()} -> $answer"
}

fun lines(root: File): List<String> {
    val out = mutableListOf<String>()
    val vectors = json.readTree(root.resolve("test/vectors/codes.json"))
    for (v in vectors["values"]) {
        val family = v["family"].textValue()
        val found = byValue(family, v["value"])
        out += "value $family ${text(v["value"])} -> " +
            (found?.let { "${it.name} retryable=${it.retryable} json=${text(it.member)}" } ?: "unknown")
    }
    for (v in vectors["names"]) {
        val family = v["family"].textValue()
        val lookup = v["lookup"].textValue()
        out += "name $family ${text(lookup)} -> ${byName(family, lookup) ?: "unknown"}"
    }

    val catalog = json.readTree(root.resolve("generated/catalog.json"))
    for (family in catalog["families"]) {
        val name = family["name"].textValue()
        out += "family $name codes=${family["codes"].size()} members=${memberCount(name)}"
        for (code in family["codes"]) {
            val value: JsonNode = code["value"]
            val found = byValue(name, value)
            out += "member $name ${text(value)} -> " +
                (found?.let { "${it.name} retryable=${it.retryable}" } ?: "unknown") + " catalog-retryable=${code["retryable"].booleanValue()}"
        }
    }

    val envelopes = root.resolve("test/vectors/envelopes").listFiles { f -> f.name.endsWith(".json") }!!.sortedBy { it.name }
    for (file in envelopes) out += envelopeLine(file.name, file.readText())
    val invalid = root.resolve("test/vectors/envelopes/invalid").listFiles()!!.sortedBy { it.name }
    for (file in invalid) out += envelopeLine("invalid/${file.name}", file.readText())
    for (c in json.readTree(root.resolve("test/vectors/decisions.json"))["cases"]) out += decisionLine(c)
    for (c in json.readTree(root.resolve("test/vectors/reconnect.json"))["cases"]) out += reconnectLine(c)
    return out
}

fun main(args: Array<String>) {
    if (args.size != 1) {
        System.err.println("usage: HarnessKt <repository root>")
        exitProcess(2)
    }
    lines(File(args[0])).forEach(::println)
}
