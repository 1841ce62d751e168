// Prints what the run-time lookups answer, called from Kotlin, for every key of
// test/languages/typescript/lookups.ts, in its line format.
// Usage: java LookupsKt <keys.json: [[family, key], ...]>
import com.fasterxml.jackson.databind.JsonNode
import com.fasterxml.jackson.databind.ObjectMapper
import io.github.vpnerrorcodes.CodeIndex.Match
import io.github.vpnerrorcodes.HttpStatus
import io.github.vpnerrorcodes.OperationalError
import io.github.vpnerrorcodes.ResponseResult
import io.github.vpnerrorcodes.RestErrorCode
import java.io.File
import kotlin.jvm.optionals.getOrNull
import kotlin.system.exitProcess

private val mapper = ObjectMapper()

private fun jsonText(value: Any?): String = mapper.writeValueAsString(value)

/** The family's lookup of a key as it came: a JSON number by value, a string by any key. */
private fun lookup(family: String, key: JsonNode): Match<*>? = when {
    key.isNumber && !key.canConvertToLong() -> null
    key.isNumber && family == "OperationalError" -> OperationalError.lookup(key.longValue()).getOrNull()
    key.isNumber && family == "HttpStatus" -> HttpStatus.lookup(key.longValue()).getOrNull()
    key.isNumber -> null
    family == "OperationalError" -> OperationalError.lookup(key.textValue()).getOrNull()
    family == "HttpStatus" -> HttpStatus.lookup(key.textValue()).getOrNull()
    family == "ResponseResult" -> ResponseResult.lookup(key.textValue()).getOrNull()
    family == "RestErrorCode" -> RestErrorCode.lookup(key.textValue()).getOrNull()
    else -> error("no family $family")
}

private fun lookupLine(family: String, key: JsonNode): String {
    val head = "lookup $family ${jsonText(key)}"
    val found = lookup(family, key) ?: return "$head -> unknown"
    val c = found.member()
    val advice = c.retryAdvice()
    return listOf(
        "$head -> ${c.identifier()}",
        "by=${found.matchedBy().wire()}",
        "value=${jsonText(c)}",
        "group=${c.group()}",
        "status=${if (c.httpStatus().isPresent) c.httpStatus().asInt.toString() else "none"}",
        "strategy=${advice.strategy()}",
        "basis=${advice.basis()}",
        "retryable=${c.retryable()}",
        "stability=${c.stability()}",
        "deprecated=${c.deprecation().getOrNull()?.let { d -> d.reason() + (d.replacement().getOrNull()?.let { ":$it" } ?: "") } ?: "none"}",
        "action=${c.action().getOrNull()?.let(::jsonText) ?: "none"}",
        "description=${jsonText(c.description())}",
        "note=${jsonText(advice.note())}",
        "override=${advice.override().getOrNull()?.let(::jsonText) ?: "none"}",
    ).joinToString(" ")
}

fun main(args: Array<String>) {
    if (args.size != 1) {
        System.err.println("usage: LookupsKt <keys.json>")
        exitProcess(2)
    }
    for (pair in mapper.readTree(File(args[0]))) println(lookupLine(pair[0].textValue(), pair[1]))
}
