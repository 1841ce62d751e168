// Decodes the shared vectors with the Kotlin package, which builds on the Java package (its enums, policies
// and api classes are Java's), and prints one canonical line per vector.
// Usage: java HarnessKt <repository root>
import com.fasterxml.jackson.databind.JsonNode
import com.fasterxml.jackson.databind.ObjectMapper
import io.github.vpnerrorcodes.DecodedResponse.ApiError
import java.io.File
import java.time.OffsetDateTime
import java.time.format.DateTimeFormatter
import kotlin.system.exitProcess
import io.github.vpnerrorcodes.DefaultPolicy
import io.github.vpnerrorcodes.HttpStatus
import io.github.vpnerrorcodes.OpenCode
import io.github.vpnerrorcodes.OperationalError
import io.github.vpnerrorcodes.ResponseResult
import io.github.vpnerrorcodes.RestErrorCode
import io.github.vpnerrorcodes.api.DeviceLimitReachedDetails
import io.github.vpnerrorcodes.api.SubscriptionExpiredDetails
import io.github.vpnerrorcodes.api.TokenExpiredDetails
import io.github.vpnerrorcodes.api.ValidationErrorDetails
import io.github.vpnerrorcodes.api.WeakPasswordDetails
import io.github.vpnerrorcodes.catalog.Converter
import io.github.vpnerrorcodes.kotlin.Envelope
import io.github.vpnerrorcodes.kotlin.RetryAdvice
import io.github.vpnerrorcodes.kotlin.adviseRetry
import io.github.vpnerrorcodes.kotlin.decode
import io.github.vpnerrorcodes.kotlin.detailsAs
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

private fun text(value: Any?): String = json.writeValueAsString(value)

private fun list(items: List<String>) = items.joinToString("|", "[", "]")

private fun stamp(time: OffsetDateTime): String = DateTimeFormatter.ISO_INSTANT.format(time.toInstant())

/** The details as the api class of their code, read by the Kotlin package's reified detailsAs. */
private fun typedDetails(code: RestErrorCode, error: ApiError): String? = when (code) {
    RestErrorCode.TOKEN_EXPIRED -> error.detailsAs<TokenExpiredDetails>()!!.let {
        "TokenExpiredDetails(expiredAt=${stamp(it.expiredAt)};tokenType=${it.tokenType})"
    }
    RestErrorCode.VALIDATION_ERROR -> error.detailsAs<ValidationErrorDetails>()!!.let {
        "ValidationErrorDetails(constraint=${it.constraint};field=${it.field};received=${text(it.received)})"
    }
    RestErrorCode.WEAK_PASSWORD -> error.detailsAs<WeakPasswordDetails>()!!.let {
        "WeakPasswordDetails(failedChecks=${list(it.failedChecks)};requirements=${list(it.requirements)})"
    }
    RestErrorCode.DEVICE_LIMIT_REACHED -> error.detailsAs<DeviceLimitReachedDetails>()!!.let {
        "DeviceLimitReachedDetails(currentDevices=${it.currentDevices};maxDevices=${it.maxDevices};plan=${it.plan};upgradeUrl=${it.upgradeUrl ?: "null"})"
    }
    RestErrorCode.SUBSCRIPTION_EXPIRED -> error.detailsAs<SubscriptionExpiredDetails>()!!.let {
        "SubscriptionExpiredDetails(expiredAt=${stamp(it.expiredAt)};plan=${it.plan};renewUrl=${it.renewUrl ?: "null"})"
    }
    else -> null
}

/** The envelope's line, from the package's own decoder; a body it rejects is "invalid". */
private fun envelopeLine(file: String, body: String): String = when (val envelope = DefaultPolicy.ENVELOPE.decode(body)) {
    is Envelope.Invalid -> "envelope $file -> invalid"
    is Envelope.Success -> "envelope $file success=true data=${if (envelope.data.isObject) "object" else "other"}"
    is Envelope.Failure -> {
        val error = envelope.error
        val known = RestErrorCode.fromCode(error.code()).getOrNull()
        val details = error.details().getOrNull()?.let { d ->
            known?.let { typedDetails(it, error) } ?: "keys(${d.fieldNames().asSequence().sorted().joinToString(",")})"
        } ?: "none"
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

    val catalog = Converter.fromJsonString(root.resolve("generated/catalog.json").readText())
    for (family in catalog.families) {
        val name = family.name.toValue()
        out += "family $name codes=${family.codes.size} members=${memberCount(name)}"
        for (code in family.codes) {
            val value: JsonNode = code.value.integerValue?.let { json.nodeFactory.numberNode(it) } ?: json.nodeFactory.textNode(code.value.stringValue)
            val found = byValue(name, value)
            out += "member $name ${text(value)} -> " +
                (found?.let { "${it.name} retryable=${it.retryable}" } ?: "unknown") + " catalog-retryable=${code.retryable}"
        }
    }

    val envelopes = root.resolve("test/vectors/envelopes").listFiles { f -> f.name.endsWith(".json") }!!.sortedBy { it.name }
    for (file in envelopes) out += envelopeLine(file.name, file.readText())
    val invalid = root.resolve("test/vectors/envelopes/invalid").listFiles()!!.sortedBy { it.name }
    for (file in invalid) out += envelopeLine("invalid/${file.name}", file.readText())
    for (c in json.readTree(root.resolve("test/vectors/decisions.json"))["cases"]) out += decisionLine(c)
    return out
}

fun main(args: Array<String>) {
    if (args.size != 1) {
        System.err.println("usage: HarnessKt <repository root>")
        exitProcess(2)
    }
    lines(File(args[0])).forEach(::println)
}
