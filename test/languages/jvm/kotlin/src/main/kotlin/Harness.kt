// Decodes the shared vectors with the generated Kotlin classes and prints one canonical line per vector.
// Usage: java HarnessKt <repository root>
import com.fasterxml.jackson.databind.JsonNode
import com.fasterxml.jackson.databind.ObjectMapper
import java.io.File
import java.time.OffsetDateTime
import java.time.format.DateTimeFormatter
import kotlin.system.exitProcess
import vpnerrorcodes.DecodedResponse
import vpnerrorcodes.HttpStatus
import vpnerrorcodes.RetryDecision
import vpnerrorcodes.adviseRetry
import vpnerrorcodes.decodeApiResponse
import vpnerrorcodes.OpenCode
import vpnerrorcodes.OperationalError
import vpnerrorcodes.ResponseResult
import vpnerrorcodes.RestErrorCode
import vpnerrorcodes.api.DeviceLimitReachedDetails
import vpnerrorcodes.api.SubscriptionExpiredDetails
import vpnerrorcodes.api.TokenExpiredDetails
import vpnerrorcodes.api.ValidationErrorDetails
import vpnerrorcodes.api.WeakPasswordDetails
import vpnerrorcodes.catalog.Catalog
import vpnerrorcodes.catalog.Value

private val json = ObjectMapper()

/** What the harness needs of any family, so that one loop serves all four. */
private class Found(val name: String, val retryable: Boolean, val member: Any)

/** The member decode() found; decode() must keep the raw code whether or not it knows it. */
private fun <E : Enum<E>> kept(open: OpenCode<E>, value: JsonNode): E? {
    val raw: Any = if (value.isIntegralNumber) value.intValue() else value.textValue()
    check(open.raw == raw) { "decode($value) kept ${open.raw}" }
    return open.known
}

private fun byValue(family: String, value: JsonNode): Found? = when {
    value.isIntegralNumber && family == "OperationalError" ->
        kept(OperationalError.decode(value.intValue()), value)?.let { Found(it.identifier, it.retryable, it) }
    value.isIntegralNumber && family == "HttpStatus" ->
        kept(HttpStatus.decode(value.intValue()), value)?.let { Found(it.identifier, it.retryable, it) }
    value.isTextual && family == "ResponseResult" ->
        kept(ResponseResult.decode(value.textValue()), value)?.let { Found(it.identifier, it.retryable, it) }
    value.isTextual && family == "RestErrorCode" ->
        kept(RestErrorCode.decode(value.textValue()), value)?.let { Found(it.identifier, it.retryable, it) }
    else -> null
}

private fun byName(family: String, name: String): String? = when (family) {
    "OperationalError" -> OperationalError.fromName(name)?.identifier
    "HttpStatus" -> HttpStatus.fromName(name)?.identifier
    "ResponseResult" -> ResponseResult.fromName(name)?.identifier
    "RestErrorCode" -> RestErrorCode.fromName(name)?.identifier
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

private fun typedDetails(code: RestErrorCode, details: JsonNode): String? {
    val raw = text(details)
    return when (code) {
        RestErrorCode.TOKEN_EXPIRED -> TokenExpiredDetails.fromJson(raw).let {
            "TokenExpiredDetails(expiredAt=${stamp(it.expiredAt)};tokenType=${it.tokenType})"
        }
        RestErrorCode.VALIDATION_ERROR -> ValidationErrorDetails.fromJson(raw).let {
            "ValidationErrorDetails(constraint=${it.constraint};field=${it.field};received=${text(it.received)})"
        }
        RestErrorCode.WEAK_PASSWORD -> WeakPasswordDetails.fromJson(raw).let {
            "WeakPasswordDetails(failedChecks=${list(it.failedChecks)};requirements=${list(it.requirements)})"
        }
        RestErrorCode.DEVICE_LIMIT_REACHED -> DeviceLimitReachedDetails.fromJson(raw).let {
            "DeviceLimitReachedDetails(currentDevices=${it.currentDevices};maxDevices=${it.maxDevices};plan=${it.plan};upgradeUrl=${it.upgradeUrl ?: "null"})"
        }
        RestErrorCode.SUBSCRIPTION_EXPIRED -> SubscriptionExpiredDetails.fromJson(raw).let {
            "SubscriptionExpiredDetails(expiredAt=${stamp(it.expiredAt)};plan=${it.plan};renewUrl=${it.renewUrl ?: "null"})"
        }
        else -> null
    }
}

/** The envelope's line, from the package's own decoder; a body it rejects is "invalid". */
private fun envelopeLine(file: String, body: String): String = when (val response = decodeApiResponse(body)) {
    is DecodedResponse.Invalid -> "envelope $file -> invalid"
    is DecodedResponse.Success -> "envelope $file success=true data=${if (response.data.isObject) "object" else "other"}"
    is DecodedResponse.Failure -> {
        val error = response.error
        val known = error.code.known
        val details = error.details?.let { d ->
            known?.let { typedDetails(it, d) } ?: "keys(${d.fieldNames().asSequence().sorted().joinToString(",")})"
        } ?: "none"
        "envelope $file success=false code=${error.code} known=${known?.identifier ?: "unknown"} " +
            "retryable=${known?.retryable ?: "unknown"} message=${text(error.message)} details=$details"
    }
}

/** One decision vector's line, from the decision's fields rather than toString, so that they are checked too. */
private fun decisionLine(c: JsonNode): String {
    val headers = c["headers"].map { it[0].textValue() to it[1].textValue() }
    val random = c["random"].doubleValue()
    val decision = adviseRetry(
        c["status"].intValue(), headers, c["body"].takeUnless { it.isNull }?.textValue(),
        c["attempt"].intValue(), c["tokenRefreshed"].booleanValue(), c["now"].longValue(),
    ) { random }
    val answer = when (decision) {
        is RetryDecision.Retry -> "retry ${decision.delayMs} ${decision.basis.wire}"
        RetryDecision.RefreshToken -> "refresh-token"
        is RetryDecision.Fail -> "fail ${decision.reason.wire}"
    }
    check(answer == decision.toString()) { "toString() gives $decision for $answer" }
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

    val catalog = Catalog.fromJson(root.resolve("generated/catalog.json").readText())
    for (family in catalog.families) {
        val name = family.name.value
        out += "family $name codes=${family.codes.size} members=${memberCount(name)}"
        for (code in family.codes) {
            val value: JsonNode = when (val v = code.value) {
                is Value.IntegerValue -> json.nodeFactory.numberNode(v.value)
                is Value.StringValue -> json.nodeFactory.textNode(v.value)
            }
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
