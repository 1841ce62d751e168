// The retry policy as Kotlin data (RetryStrategy, RetryPolicyData), RetryDecision and adviseRetry with the
// same contract and answers as src/retry.ts, and decodeApiResponse, the envelope decoder that rejects what
// the envelope's JSON Schema rejects.
import type { Model } from "../../../catalog/model.js";
import { file, quote } from "../shared/common.js";
import { FAILING_STRATEGIES, FAIL_REASONS, RETRY_BASES, constantName, decisionPolicy, strategies } from "../shared/jvm-policy.js";
import { detailsChecks, unknownCodePattern, type FieldCheck } from "../../../catalog/details-checks.js";
import { kdoc, kotlin, kotlinPackage } from "./profile.js";

const header = kotlin.header("scripts/emit/languages/kotlin/retry.ts");

const wireEnum = (name: string, doc: string, wires: readonly string[]) => [
  ...kdoc([doc], ""),
  `enum class ${name}(`,
  "    /** The name as the catalog and the TypeScript package spell it. */",
  "    val wire: String,",
  ") {",
  ...wires.map((w, i) => `    ${constantName(w)}(${quote(w)})${i === wires.length - 1 ? ";" : ","}`),
  "}",
];

export function policyFile(model: Model): string {
  const p = decisionPolicy(model);
  const rest = model.restFamily.name;
  const deprecated = model.restFamily.codes.some((c) => c.deprecated);
  return file([
    header,
    ...(deprecated ? ['@file:Suppress("DEPRECATION")', ""] : []),
    `package ${kotlinPackage(model)}`,
    "",
    ...wireEnum("RetryStrategy", "What a client does about an error, as the catalog's retry advice names it.", strategies().map((s) => s.wire)),
    "",
    ...kdoc([`${model.retryPolicy.source.publisher ?? model.retryPolicy.source.title}'s retry policy as data, from the catalog's retryPolicy and its HTTP statuses; adviseRetry reads it.`], ""),
    "object RetryPolicyData {",
    "    /** The wait before the first retry; each later one multiplies it by [MULTIPLIER]. */",
    `    const val INITIAL_DELAY_MS: Long = ${p.initialDelayMs}`,
    `    const val MULTIPLIER: Double = ${Number.isInteger(p.multiplier) ? `${p.multiplier}.0` : p.multiplier}`,
    "    /** Random jitter added to each backoff wait, from the injected random source. */",
    `    const val JITTER_MIN_MS: Long = ${p.jitterMinMs}`,
    `    const val JITTER_MAX_MS: Long = ${p.jitterMaxMs}`,
    `    const val MAX_RETRIES: Int = ${p.maxRetries}`,
    `    const val MAX_DELAY_MS: Long = ${p.maxDelayMs}`,
    `    const val RETRY_AFTER_HEADER: String = ${quote(p.retryAfterHeader)}`,
    `    const val RESET_HEADER: String = ${quote(p.resetHeader)}`,
    "    /** The longest wait a client honours; a server asking for more gets a failure. */",
    `    const val MAX_WAIT_MS: Long = ${p.maxWaitMs}`,
    "    /** A reset value at or above this is Unix milliseconds rather than seconds; null when every value is seconds. */",
    `    val RESET_MILLISECONDS_FROM: Long? = ${p.resetMillisecondsFrom === undefined ? "null" : `${p.resetMillisecondsFrom}L`}`,
    "    /** When a known code arrives under another status, the more cautious of the two rules wins. */",
    `    const val MOST_CAUTIOUS: Boolean = ${p.mostCautious}`,
    "",
    "    /** Each listed status's strategy, from its entry in the HTTP status family. */",
    "    val STATUS_STRATEGY: Map<Int, RetryStrategy> = mapOf(",
    ...p.statuses.map((s) => `        ${s.status} to RetryStrategy.${constantName(s.strategy)},`),
    "    )",
    "",
    "    /** Each code's own strategy. */",
    `    val CODE_STRATEGY: Map<${rest}, RetryStrategy> = mapOf(`,
    ...p.codes.map((c) => `        ${rest}.${c.wire} to RetryStrategy.${constantName(c.strategy)},`),
    "    )",
    "",
    "    /** The status the API documents for each code that has one. */",
    `    val CODE_STATUS: Map<${rest}, Int> = mapOf(`,
    ...p.codes.filter((c) => c.httpStatus !== undefined).map((c) => `        ${rest}.${c.wire} to ${c.httpStatus},`),
    "    )",
    "}",
  ]);
}

export function retriesFile(model: Model): string {
  const rest = model.restFamily.name;
  return file([
    header,
    `package ${kotlinPackage(model)}`,
    "",
    ...wireEnum("RetryBasis", "What set a retry's delay.", RETRY_BASES),
    "",
    ...wireEnum("FailReason", "Why the request should not be sent again.", FAIL_REASONS),
    "",
    String.raw`/** What to do about a response; toString() gives it in one line, as the shared decision vectors print it. */
sealed class RetryDecision {
    /** Send the request again after [delayMs]; [basis] says what set the delay. */
    data class Retry(val delayMs: Long, val basis: RetryBasis) : RetryDecision() {
        override fun toString() = "retry $delayMs ${"$"}{basis.wire}"
    }

    /** Refresh the access token, then send the request once more. */
    object RefreshToken : RetryDecision() {
        override fun toString() = "refresh-token"
    }

    /** Do not send it again; [detail] is one sentence for logs. */
    data class Fail(val reason: FailReason, val detail: String) : RetryDecision() {
        override fun toString() = "fail ${"$"}{reason.wire}"
    }
}

private val DELAY_SECONDS = Regex("""^(\d+)[ \t]*(?:,|\z)""")
private val LIST_END = Regex("""^[ \t]*(?:,|\z)""")
private val RESET = Regex("""\d+(\.\d+)?""")
private val IMF_FIXDATE =
    Regex("""^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT""")
private val RFC_850 =
    Regex("""^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT""")
private val ASCTIME =
    Regex("""^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( \d|\d{2}) (\d{2}):(\d{2}):(\d{2}) (\d{4})""")
private val MONTHS = listOf("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
private val DAYS_IN_MONTH = intArrayOf(31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

/**
 * "This response failed; should I retry, and when?" The same contract and the same answers as the
 * TypeScript package's adviseRetry, with the numbers of [RetryPolicyData]. A code's own advice wins over
 * its status's rule; a known code under another status gets the more cautious of the two. Never throws.
 *
 * @param headers the response headers as name/value pairs (OkHttp's Headers is one), names in any case; a
 *     repeated header's values count as one joined by ", "
 * @param body the response text, or null when there is none
 * @param attempt which send of the request this response answers, from 1
 * @param tokenRefreshed true once the token has been refreshed for this request
 * @param nowMs the current time in Unix milliseconds
 * @param random the jitter's source, giving values in [0, 1)
 */
fun adviseRetry(
    status: Int,
    headers: Iterable<Pair<String, String>>,
    body: String?,
    attempt: Int,
    tokenRefreshed: Boolean = false,
    nowMs: Long = System.currentTimeMillis(),
    random: () -> Double = Math::random,
): RetryDecision {
    if (attempt < 1) return RetryDecision.Fail(FailReason.INVALID_ATTEMPT, "attempt must be a whole number from 1, not $attempt")
    if (status in 200..299) return RetryDecision.Fail(FailReason.NOT_AN_ERROR, "status $status is a success")

    val code = errorCodeOf(body)
    val known = code?.known
    val byStatus = RetryPolicyData.STATUS_STRATEGY[status]
    val strategy: RetryStrategy?
    val subject: String
    if (known != null) {
        val own = RetryPolicyData.CODE_STRATEGY.getValue(known)
        val documented = RetryPolicyData.CODE_STATUS[known]
        if (documented == status) {
            subject = "${"$"}{known.identifier} ($status)"
            strategy = own
        } else {
            // The server contradicts itself (a code under a status it is not documented with).
            subject = "${"$"}{known.identifier} ($status, documented ${"$"}{documented ?: "without a status"})"
            strategy = if (RetryPolicyData.MOST_CAUTIOUS && failing(own)) own else byStatus
        }
    } else {
        subject = if (code != null) "unknown code $code ($status)" else "status $status"
        strategy = byStatus
    }

    return when {
        strategy == null -> RetryDecision.Fail(FailReason.NOT_RETRYABLE, "$subject: the retry policy does not list status $status")
        failing(strategy) -> RetryDecision.Fail(FailReason.NOT_RETRYABLE, "$subject: ${"$"}{strategy.wire}")
        strategy == RetryStrategy.REFRESH_CREDENTIALS ->
            if (tokenRefreshed) RetryDecision.Fail(FailReason.REFRESH_ALREADY_TRIED, "$subject again after a token refresh: re-authenticate")
            else RetryDecision.RefreshToken
        attempt > RetryPolicyData.MAX_RETRIES ->
            RetryDecision.Fail(FailReason.ATTEMPTS_EXHAUSTED, "$subject: ${"$"}{RetryPolicyData.MAX_RETRIES} retries already made")
        else -> {
            val wait = if (strategy == RetryStrategy.WAIT_FOR_WINDOW) rateLimitWait(headers, nowMs) else null
            when {
                wait == null -> RetryDecision.Retry(backoffMs(attempt, random), RetryBasis.BACKOFF)
                wait.first > RetryPolicyData.MAX_WAIT_MS -> RetryDecision.Fail(
                    FailReason.WAIT_TOO_LONG,
                    "$subject: the server asks for ${"$"}{Math.ceil(wait.first / 1000).toLong()} s, over the ${"$"}{RetryPolicyData.MAX_WAIT_MS / 1000} s a client waits",
                )
                else -> RetryDecision.Retry(Math.ceil(wait.first + unit(random) * RetryPolicyData.JITTER_MAX_MS).toLong(), wait.second)
            }
        }
    }
}

/** The backoff before retry [attempt] (1 to MAX_RETRIES): exponential, plus jitter, capped at MAX_DELAY_MS. */
fun backoffMs(attempt: Int, random: () -> Double = Math::random): Long {
    val base = RetryPolicyData.INITIAL_DELAY_MS * Math.pow(RetryPolicyData.MULTIPLIER, (attempt - 1).toDouble())
    val jitter = RetryPolicyData.JITTER_MIN_MS + unit(random) * (RetryPolicyData.JITTER_MAX_MS - RetryPolicyData.JITTER_MIN_MS)
    return minOf(Math.round(base + jitter), RetryPolicyData.MAX_DELAY_MS)
}

// A tunnel reconnect is no step an HTTP client can take before sending again.
private fun failing(strategy: RetryStrategy) =
    ${FAILING_STRATEGIES.map((f) => `strategy == RetryStrategy.${constantName(f)}`).join(" || ")}

/** A value in [0, 1]; a source that throws or gives NaN counts as 0. */
private fun unit(random: () -> Double): Double {
    val x = try {
        random()
    } catch (e: RuntimeException) {
        return 0.0
    }
    return if (x > 0) minOf(x, 1.0) else 0.0
}

/** The wait the rate-limit headers ask for, in ms, with its basis; of two usable answers, the later one. */
private fun rateLimitWait(headers: Iterable<Pair<String, String>>, nowMs: Long): Pair<Double, RetryBasis>? {
    var best: Pair<Double, RetryBasis>? = null
    val retryAfter = jsTrim(header(headers, RetryPolicyData.RETRY_AFTER_HEADER))
    if (retryAfter.isNotEmpty()) {
        val ms = retryAfterMs(retryAfter, nowMs)
        if (ms.isFinite() && ms > 0) best = ms to RetryBasis.RETRY_AFTER
    }
    // A repeated reset header, joined: its first value.
    val reset = jsTrim(header(headers, RetryPolicyData.RESET_HEADER)?.substringBefore(','))
    if (RESET.matches(reset)) {
        val n = reset.toDouble()
        val msFrom = RetryPolicyData.RESET_MILLISECONDS_FROM
        val ms = (if (msFrom != null && n >= msFrom) n else n * 1000) - nowMs
        if (ms.isFinite() && ms > 0 && (best == null || ms > best.first)) best = ms to RetryBasis.RATE_LIMIT_RESET
    }
    return best
}

/** Retry-After as delay-seconds or an HTTP-date, in ms from now; NaN when it is neither. */
private fun retryAfterMs(value: String, nowMs: Long): Double {
    DELAY_SECONDS.find(value)?.let { return it.groupValues[1].toDouble() * 1000 }
    // IMF-fixdate holds a comma itself, so the first list element is found by parsing, not splitting.
    val (ms, length) = httpDatePrefix(value, nowMs) ?: return Double.NaN
    return if (LIST_END.containsMatchIn(value.substring(length))) (ms - nowMs).toDouble() else Double.NaN
}

/** An HTTP-date (IMF-fixdate, RFC 850 or asctime) at the start of [text]: its epoch ms and length, or null. */
private fun httpDatePrefix(text: String, nowMs: Long): Pair<Long, Int>? {
    fun MatchResult.n(group: Int) = groupValues[group].trim().toInt()
    fun MatchResult.month(group: Int) = MONTHS.indexOf(groupValues[group])
    fun MatchResult.at(ms: Long?) = ms?.let { it to value.length }
    IMF_FIXDATE.find(text)?.let { return it.at(epochMs(it.n(4), it.month(3), it.n(2), it.n(5), it.n(6), it.n(7))) }
    RFC_850.find(text)?.let {
        // RFC 9110: a two-digit year more than 50 years ahead is the most recent past year with those digits.
        val current = java.time.Instant.ofEpochMilli(nowMs).atOffset(java.time.ZoneOffset.UTC).year
        var year = current / 100 * 100 + it.n(4)
        if (year > current + 50) year -= 100
        return it.at(epochMs(year, it.month(3), it.n(2), it.n(5), it.n(6), it.n(7)))
    }
    ASCTIME.find(text)?.let { return it.at(epochMs(it.n(7), it.month(2), it.n(3), it.n(4), it.n(5), it.n(6))) }
    return null
}

/** Null when a field is out of range (Feb 30, 24:00:00); second 60 is a leap second. */
private fun epochMs(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int): Long? {
    val leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    val days = if (month == 1 && leap) 29 else DAYS_IN_MONTH[month]
    if (day < 1 || day > days || hour > 23 || minute > 59 || second > 60) return null
    val epochDay = java.time.LocalDate.of(year, month + 1, day).toEpochDay()
    return ((epochDay * 24 + hour) * 60 + minute) * 60_000L + second * 1000L
}

/** A header's values, names matched in any case, joined by ", " as a fetch Headers object joins them; null when absent. */
private fun header(headers: Iterable<Pair<String, String>>, name: String): String? =
    headers.filter { it.first.equals(name, ignoreCase = true) }.takeIf { it.isNotEmpty() }?.joinToString(", ") { it.second.trim() }

private const val JS_SPACE = "\t\n\u000B\u000C\r \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF"

/** JavaScript's trim, so that every language reads a header alike. */
private fun jsTrim(text: String?): String = text?.trim { it in JS_SPACE } ?: ""`,
    "",
    decoderSource(model, rest),
  ]);
}

function decoderSource(model: Model, rest: string): string {
  const checks = detailsChecks(model);
  const field = (f: FieldCheck) =>
    `Field(${quote(f.name)}, ${f.type ? `JsonType.${constantName(f.type)}` : "null"}, ${f.minimum === undefined ? "null" : Number.isInteger(f.minimum) ? `${f.minimum}.0` : f.minimum}, ${f.format ? `StringFormat.${constantName(f.format)}` : "null"}, ${f.items ? `JsonType.${constantName(f.items)}` : "null"})`;
  const shapes = checks.map(
    (c) => `    ${rest}.${c.code} to Shape(\n        listOf(${c.required.map(quote).join(", ")}),\n        listOf(\n${c.fields.map((f) => `            ${field(f)},`).join("\n")}\n        ),\n    ),`,
  );
  return String.raw`/**
 * A response body read by [decodeApiResponse]: a success with its data, the API's error, or a body that is not
 * the envelope.
 */
sealed class DecodedResponse {
    /** The envelope said success; a JSON null data is a NullNode. */
    data class Success(val data: com.fasterxml.jackson.databind.JsonNode) : DecodedResponse()

    /** The API's own error. */
    data class Failure(val error: ApiError) : DecodedResponse()

    /** Not the envelope: HTML from a proxy, broken JSON, a wrong type; [problem] says what, for logs. */
    data class Invalid(val problem: String) : DecodedResponse()

    /** The error, for a [Failure]; null for the others. */
    val errorOrNull: ApiError?
        get() = (this as? Failure)?.error
}

/** The error object of a failed response; [code] is open to codes this catalog does not know. */
data class ApiError(val code: ErrorCode, val message: String, val details: com.fasterxml.jackson.databind.JsonNode?)

private val JSON = com.fasterxml.jackson.databind.ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)

/** What a code the catalog does not know must look like. */
private val UNKNOWN_CODE = Regex(${quote(unknownCodePattern(model))})
private val DATE_TIME = Regex("""(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|([+-])(\d{2}):(\d{2}))""")
private val URI = Regex("[A-Za-z][A-Za-z0-9+.-]*:[^<>\"{}|\\\\^\u0060$JS_SPACE]*")

private enum class JsonType { STRING, INTEGER, NUMBER, BOOLEAN, ARRAY, OBJECT }

private enum class StringFormat { DATE_TIME, URI }

private class Field(val name: String, val type: JsonType?, val minimum: Double?, val format: StringFormat?, val items: JsonType?)

private class Shape(val required: List<String>, val fields: List<Field>)

/** Each detailed code's details shape, from the catalog. */
private val SHAPES: Map<${rest}, Shape> = mapOf(
${shapes.join("\n")}
)

/**
 * Reads a response body as the OrbVPN envelope. It accepts exactly what
 * generated/schema/api-response.schema.json accepts; every other body (HTML from a proxy, a
 * {"success":false} without its error, a wrong type, null) is [DecodedResponse.Invalid], never an exception.
 */
fun decodeApiResponse(body: String?): DecodedResponse = read(body, strict = true)

/**
 * The error's code as adviseRetry reads it: from the envelope's core (success, error.code and
 * error.message), so that details of the wrong shape do not hide the code.
 */
internal fun errorCodeOf(body: String?): ErrorCode? = read(body, strict = false).errorOrNull?.code

private fun wrong(problem: String) = DecodedResponse.Invalid("not the OrbVPN envelope: $problem")

private fun read(body: String?, strict: Boolean): DecodedResponse {
    if (body.isNullOrBlank()) return DecodedResponse.Invalid("the body is empty")
    val root = try {
        JSON.readTree(body)
    } catch (e: com.fasterxml.jackson.core.JsonProcessingException) {
        return DecodedResponse.Invalid(if (body.trim().startsWith("<")) "the body is HTML, not JSON (a proxy or gateway page?)" else "the body is not valid JSON")
    }
    if (root == null || !root.isObject) return wrong("the body must be an object")
    val success = root.get("success") ?: return wrong("the body must have required property 'success'")
    if (!success.isBoolean) return wrong("/success must be a boolean")
    if (success.booleanValue()) return root.get("data")?.let { DecodedResponse.Success(it) } ?: wrong("the body must have required property 'data'")
    val error = root.get("error") ?: return wrong("the body must have required property 'error'")
    if (!error.isObject) return wrong("/error must be an object")
    val code = error.get("code")?.takeIf { it.isTextual }?.textValue() ?: return wrong("/error/code must be a string")
    val message = error.get("message")?.takeIf { it.isTextual }?.textValue() ?: return wrong("/error/message must be a string")
    val known = ${rest}.fromCode(code)
    val details = error.get("details")
    if (strict) {
        if (known == null && !UNKNOWN_CODE.matches(code)) return wrong("/error/code is neither a known code nor shaped like one")
        if (details != null && !details.isObject) return wrong("/error/details must be an object")
        val problem = if (details != null && known != null) SHAPES[known]?.let { detailsProblem(it, details) } else null
        if (problem != null) return wrong("/error/details$problem")
    }
    // JSON null details mean no details, as a server that always sends the key means it.
    return DecodedResponse.Failure(ApiError(ErrorCode.of(code), message, details?.takeUnless { it.isNull }))
}

/** What differs from the code's documented details, or null when nothing does. */
private fun detailsProblem(shape: Shape, details: com.fasterxml.jackson.databind.JsonNode): String? {
    shape.required.firstOrNull { !details.has(it) }?.let { return " must have required property '$it'" }
    for (field in shape.fields) {
        val value = details.get(field.name) ?: continue
        if (field.type != null && !value.isOf(field.type)) return "/${"$"}{field.name} must be ${"$"}{field.type.name.lowercase()}"
        if (field.minimum != null && value.isNumber && value.doubleValue() < field.minimum) return "/${"$"}{field.name} must be >= ${"$"}{field.minimum}"
        if (field.format != null && value.isTextual && !hasFormat(value.textValue(), field.format)) return "/${"$"}{field.name} must match format ${"$"}{field.format}"
        if (field.items != null && value.isArray && !value.all { it.isOf(field.items) }) return "/${"$"}{field.name} items must be ${"$"}{field.items.name.lowercase()}"
    }
    return null
}

private fun com.fasterxml.jackson.databind.JsonNode.isOf(type: JsonType): Boolean = when (type) {
    JsonType.STRING -> isTextual
    // JSON Schema's integer is a number with no fraction: 2.0 is one.
    JsonType.INTEGER -> isIntegralNumber || (isNumber && doubleValue().isFinite() && doubleValue() == Math.rint(doubleValue()))
    JsonType.NUMBER -> isNumber
    JsonType.BOOLEAN -> isBoolean
    JsonType.ARRAY -> isArray
    JsonType.OBJECT -> isObject
}

private fun hasFormat(text: String, format: StringFormat): Boolean {
    if (format == StringFormat.URI) return URI.matches(text)
    val m = DATE_TIME.matchEntire(text) ?: return false
    val g = m.groupValues
    val (year, month, day) = Triple(g[1].toInt(), g[2].toInt(), g[3].toInt())
    val leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    if (month !in 1..12) return false
    val days = if (month == 2 && leap) 29 else DAYS_IN_MONTH[month - 1]
    if (day < 1 || day > days || g[4].toInt() > 23 || g[5].toInt() > 59 || g[6].toInt() > 60) return false
    return g[7].isEmpty() || (g[8].toInt() <= 23 && g[9].toInt() <= 59)
}`;
}
