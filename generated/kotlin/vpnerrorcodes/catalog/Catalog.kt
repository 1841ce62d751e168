// Generated from catalog/*.yaml by scripts/emit/languages/kotlin/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/resolved-catalog.schema.json.
package vpnerrorcodes.catalog

import com.fasterxml.jackson.annotation.*
import com.fasterxml.jackson.core.*
import com.fasterxml.jackson.databind.*
import com.fasterxml.jackson.databind.deser.std.StdDeserializer
import com.fasterxml.jackson.databind.module.SimpleModule
import com.fasterxml.jackson.databind.node.*
import com.fasterxml.jackson.databind.ser.std.StdSerializer
import com.fasterxml.jackson.module.kotlin.*


@Suppress("UNCHECKED_CAST")
private fun <T> ObjectMapper.convert(k: kotlin.reflect.KClass<*>, fromJson: (JsonNode) -> T, toJson: (T) -> String, isUnion: Boolean = false) = registerModule(SimpleModule().apply {
    addSerializer(k.java as Class<T>, object : StdSerializer<T>(k.java as Class<T>) {
            override fun serialize(value: T, gen: JsonGenerator, provider: SerializerProvider) = gen.writeRawValue(toJson(value))
    })
    addDeserializer(k.java as Class<T>, object : StdDeserializer<T>(k.java as Class<T>) {
            override fun deserialize(p: JsonParser, ctxt: DeserializationContext) = fromJson(p.readValueAsTree())
    })
})

val mapper = jacksonObjectMapper().apply {
    propertyNamingStrategy = PropertyNamingStrategies.LOWER_CAMEL_CASE
    setSerializationInclusion(JsonInclude.Include.NON_NULL)
    convert(Basis::class,       { Basis.fromValue(it.asText()) },       { "\"${it.value}\"" })
    convert(Reason::class,      { Reason.fromValue(it.asText()) },      { "\"${it.value}\"" })
    convert(Strategy::class,    { Strategy.fromValue(it.asText()) },    { "\"${it.value}\"" })
    convert(Stability::class,   { Stability.fromValue(it.asText()) },   { "\"${it.value}\"" })
    convert(StatusClass::class, { StatusClass.fromValue(it.asText()) }, { "\"${it.value}\"" })
    convert(FamilyName::class,  { FamilyName.fromValue(it.asText()) },  { "\"${it.value}\"" })
    convert(Role::class,        { Role.fromValue(it.asText()) },        { "\"${it.value}\"" })
    convert(ValueKind::class,   { ValueKind.fromValue(it.asText()) },   { "\"${it.value}\"" })
    convert(Rule::class,        { Rule.fromValue(it.asText()) },        { "\"${it.value}\"" })
    convert(ResetUnit::class,   { ResetUnit.fromValue(it.asText()) },   { "\"${it.value}\"" })
    convert(Value::class,       { Value.fromJson(it) },                 { it.toJson() }, true)
}

/**
 * generated/catalog.json: every family with its codes sorted by value, and the REST retry
 * policy.
 */
data class Catalog (
    /**
     * Says that the file is generated.
     */
    @get:JsonProperty("\$comment", required=true)@field:JsonProperty("\$comment", required=true)
    val comment: String,

    /**
     * The families, sorted by name.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val families: List<Family>,

    /**
     * The policy itself.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val retryPolicy: RetryPolicy
) {
    fun toJson() = mapper.writeValueAsString(this)

    companion object {
        fun fromJson(json: String) = mapper.readValue<Catalog>(json)
    }
}

/**
 * One family of codes: the enum it becomes, its groups and every member.
 */
data class Family (
    /**
     * Every member, sorted by value.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val codes: List<Code>,

    /**
     * What the family is and where a client meets it.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val description: String,

    /**
     * The groups the source puts the codes in, in the source's order.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val groups: List<Group>,

    /**
     * The family's name, which is also the name of the generated enum.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val name: FamilyName,

    /**
     * Regular expression (ECMAScript, anchored) that every identifier in the family matches.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val namePattern: String,

    /**
     * Editor's note on the family: traps in the source, corroboration by other sources.
     */
    val note: String? = null,

    /**
     * What the family's codes are to a client: 'sdk-result' (the result of a request to the SDK
     * service), 'sdk-event' (a code the SDK sends in an event), 'rest-code' (the error.code of
     * a REST response; the retry policy's family) or 'http-status' (the HTTP statuses other
     * families map to). At most one family has each of the last two roles.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val role: Role,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val source: Source,

    /**
     * Short human-readable title of the family.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val title: String,

    /**
     * 'integer': every code has a documented integer value. 'name': the source gives no
     * numbers, so the value is the name itself and codes carry no value field.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val valueKind: ValueKind
)

/**
 * One member of a family.
 */
data class Code (
    val action: Action? = null,

    /**
     * Extra names a lookup also accepts, such as a corrected spelling. The identifier itself
     * never changes.
     */
    val aliases: List<String>? = null,

    val deprecated: Deprecation? = null,

    /**
     * What the code means, faithful to the source.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val description: String,

    val details: DetailsShape? = null,

    /**
     * Id of one of the family's groups.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val group: String,

    /**
     * The HTTP status the source ties the code to. Omit when none is documented.
     */
    val httpStatus: Long? = null,

    /**
     * The name as the source writes it for people, where it differs from the identifier (an
     * HTTP reason phrase).
     */
    val label: String? = null,

    /**
     * Names older releases used on the wire for this condition.
     */
    val legacyNames: List<LegacyName>? = null,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val name: String,

    /**
     * Editor's note: traps in the source, corroboration, caveats.
     */
    val note: String? = null,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val retry: RetryAdvice,

    /**
     * The short answer: true when retry.strategy says a retry (after its step) can succeed.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val retryable: Boolean,

    /**
     * stable: safe to switch on. experimental: may still change.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val stability: Stability,

    /**
     * The integer value, or in a family whose valueKind is 'name', the name itself.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val value: Value
)

/**
 * What a client should do when it meets the code.
 */
data class Action (
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val basis: Basis,

    /**
     * The recommended action, as an imperative sentence.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val text: String
)

/**
 * Provenance of a fact: 'documented' when the source page states it, 'inferred' when this
 * catalog concludes it.
 *
 * documented: the source's example shows this shape.
 *
 * documented: the older source ties the name to this condition; inferred: the mapping is
 * this catalog's.
 */
enum class Basis(val value: String) {
    Documented("documented"),
    Inferred("inferred");

    companion object {
        fun fromValue(value: String): Basis = when (value) {
            "documented" -> Documented
            "inferred"   -> Inferred
            else         -> throw IllegalArgumentException()
        }
    }
}

/**
 * Set when a code is retired. Codes are deprecated, never deleted.
 */
data class Deprecation (
    /**
     * Why the code was retired.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val note: String,

    /**
     * renamed: the same condition under a new name (replacement required). obsoleted: the
     * condition no longer occurs.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val reason: Reason,

    /**
     * The code in the same family to use instead.
     */
    val replacement: String? = null,

    /**
     * The package version that deprecated the code.
     */
    val since: String? = null
)

/**
 * renamed: the same condition under a new name (replacement required). obsoleted: the
 * condition no longer occurs.
 */
enum class Reason(val value: String) {
    Obsoleted("obsoleted"),
    Renamed("renamed");

    companion object {
        fun fromValue(value: String): Reason = when (value) {
            "obsoleted" -> Obsoleted
            "renamed"   -> Renamed
            else        -> throw IllegalArgumentException()
        }
    }
}

/**
 * The shape of the error envelope's error.details for this code, where the source shows one.
 */
data class DetailsShape (
    /**
     * documented: the source's example shows this shape.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val basis: Basis,

    /**
     * A JSON Schema (draft 2020-12) of error.details. Leave additionalProperties open so that
     * the API can add fields.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val schema: Map<String, Any?>
)

/**
 * A name an older release of the vendor's software used on the wire for this condition.
 * Recorded with provenance; never a claim about the current software.
 */
data class LegacyName (
    /**
     * documented: the older source ties the name to this condition; inferred: the mapping is
     * this catalog's.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val basis: Basis,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val name: String,

    val note: String? = null,

    /**
     * Which older release used it.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val source: String
)

/**
 * Whether and how a retry can help. Structured, so that it can grow; 'retryable' in the
 * resolved catalog is derived from the strategy.
 */
data class RetryAdvice (
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val basis: Basis,

    /**
     * Why this strategy, in a sentence.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val note: String,

    /**
     * Required when the advice departs from the retry policy's rule for the code's HTTP status:
     * the reason it does.
     */
    val override: String? = null,

    /**
     * not-applicable: not an error. no-retry: sending the same request again will not help.
     * backoff: retry with the policy's exponential backoff and jitter. wait-for-window:
     * throttled; wait for the rate window (X-RateLimit-Reset, Retry-After) before retrying.
     * refresh-credentials: refresh the access token, then retry the original request exactly
     * once. reconnect-tunnel: reconnect the VPN tunnel with the same credentials.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val strategy: Strategy
)

/**
 * not-applicable: not an error. no-retry: sending the same request again will not help.
 * backoff: retry with the policy's exponential backoff and jitter. wait-for-window:
 * throttled; wait for the rate window (X-RateLimit-Reset, Retry-After) before retrying.
 * refresh-credentials: refresh the access token, then retry the original request exactly
 * once. reconnect-tunnel: reconnect the VPN tunnel with the same credentials.
 */
enum class Strategy(val value: String) {
    Backoff("backoff"),
    NoRetry("no-retry"),
    NotApplicable("not-applicable"),
    ReconnectTunnel("reconnect-tunnel"),
    RefreshCredentials("refresh-credentials"),
    WaitForWindow("wait-for-window");

    companion object {
        fun fromValue(value: String): Strategy = when (value) {
            "backoff"             -> Backoff
            "no-retry"            -> NoRetry
            "not-applicable"      -> NotApplicable
            "reconnect-tunnel"    -> ReconnectTunnel
            "refresh-credentials" -> RefreshCredentials
            "wait-for-window"     -> WaitForWindow
            else                  -> throw IllegalArgumentException()
        }
    }
}

/**
 * stable: safe to switch on. experimental: may still change.
 */
enum class Stability(val value: String) {
    Experimental("experimental"),
    Stable("stable");

    companion object {
        fun fromValue(value: String): Stability = when (value) {
            "experimental" -> Experimental
            "stable"       -> Stable
            else           -> throw IllegalArgumentException()
        }
    }
}

/**
 * The integer value, or in a family whose valueKind is 'name', the name itself.
 */
sealed class Value {
    class IntegerValue(val value: Long)  : Value()
    class StringValue(val value: String) : Value()

    fun toJson(): String = mapper.writeValueAsString(when (this) {
        is IntegerValue -> this.value
        is StringValue  -> this.value
    })

    companion object {
        fun fromJson(jn: JsonNode): Value = when (jn) {
            is IntNode, is LongNode -> IntegerValue(mapper.treeToValue(jn))
            is TextNode             -> StringValue(mapper.treeToValue(jn))
            else                    -> throw IllegalArgumentException()
        }
    }
}

/**
 * A group of codes as the source presents them.
 */
data class Group (
    /**
     * The HTTP status classes a code of this group may map to. A code whose status lies outside
     * them is an error.
     */
    val httpStatusClasses: List<StatusClass>? = null,

    /**
     * Stable id the codes refer to.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val id: String,

    /**
     * Editor's note on the group.
     */
    val note: String? = null,

    /**
     * The group's heading, verbatim from the source (mind look-alike letters).
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val title: String
)

/**
 * An HTTP status class.
 */
enum class StatusClass(val value: String) {
    The2Xx("2xx"),
    The4Xx("4xx"),
    The5Xx("5xx");

    companion object {
        fun fromValue(value: String): StatusClass = when (value) {
            "2xx" -> The2Xx
            "4xx" -> The4Xx
            "5xx" -> The5Xx
            else  -> throw IllegalArgumentException()
        }
    }
}

/**
 * The family's name, which is also the name of the generated enum.
 */
enum class FamilyName(val value: String) {
    HTTPStatus("HttpStatus"),
    OperationalError("OperationalError"),
    RESTErrorCode("RestErrorCode"),
    ResponseResult("ResponseResult");

    companion object {
        fun fromValue(value: String): FamilyName = when (value) {
            "HttpStatus"       -> HTTPStatus
            "OperationalError" -> OperationalError
            "RestErrorCode"    -> RESTErrorCode
            "ResponseResult"   -> ResponseResult
            else               -> throw IllegalArgumentException()
        }
    }
}

/**
 * What the family's codes are to a client: 'sdk-result' (the result of a request to the SDK
 * service), 'sdk-event' (a code the SDK sends in an event), 'rest-code' (the error.code of
 * a REST response; the retry policy's family) or 'http-status' (the HTTP statuses other
 * families map to). At most one family has each of the last two roles.
 */
enum class Role(val value: String) {
    HTTPStatus("http-status"),
    RESTCode("rest-code"),
    SDKEvent("sdk-event"),
    SDKResult("sdk-result");

    companion object {
        fun fromValue(value: String): Role = when (value) {
            "http-status" -> HTTPStatus
            "rest-code"   -> RESTCode
            "sdk-event"   -> SDKEvent
            "sdk-result"  -> SDKResult
            else          -> throw IllegalArgumentException()
        }
    }
}

/**
 * Where the facts of this file come from.
 */
data class Source (
    /**
     * Who publishes the source page.
     */
    val publisher: String? = null,

    /**
     * Heading of the section the facts come from.
     */
    val section: String? = null,

    /**
     * File name of the stored copy of the page in shared/seeds/.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val seed: String,

    /**
     * Title of the source page.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val title: String
)

/**
 * 'integer': every code has a documented integer value. 'name': the source gives no
 * numbers, so the value is the name itself and codes carry no value field.
 */
enum class ValueKind(val value: String) {
    Integer("integer"),
    Name("name");

    companion object {
        fun fromValue(value: String): ValueKind = when (value) {
            "integer" -> Integer
            "name"    -> Name
            else      -> throw IllegalArgumentException()
        }
    }
}

/**
 * The policy itself.
 */
data class RetryPolicy (
    /**
     * The family whose HTTP statuses this policy speaks of.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val appliesTo: String,

    /**
     * Exponential backoff with jitter: the delay before retry n (1-based) is min(initialDelayMs
     * * multiplier^(n-1), maxDelayMs) plus a random jitter in [jitterMinMs, jitterMaxMs].
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val backoff: Backoff,

    /**
     * What a client does when a known code arrives with a status other than its documented one.
     */
    val codeStatusConflict: CodeStatusConflict? = null,

    /**
     * Which methods are not retried after a failure the server may have acted on, unless the
     * call is marked idempotent.
     */
    val idempotency: Idempotency? = null,

    /**
     * Which thrown errors are transient network failures, by the code of the error or of an
     * error in its cause chain.
     */
    val networkErrors: NetworkErrors? = null,

    /**
     * The headers that tell a throttled client when to come back.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val rateLimit: RateLimit,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val source: Source,

    /**
     * Which HTTP statuses the source calls safe to retry and which it says will not resolve
     * with retries.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val statuses: Statuses,

    /**
     * The token refresh flow.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val tokenRefresh: TokenRefresh
)

/**
 * Exponential backoff with jitter: the delay before retry n (1-based) is min(initialDelayMs
 * * multiplier^(n-1), maxDelayMs) plus a random jitter in [jitterMinMs, jitterMaxMs].
 */
data class Backoff (
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val basis: Basis,

    /**
     * Delay before the first retry.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val initialDelayMs: Long,

    /**
     * Greatest random jitter added to each delay.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val jitterMaxMs: Long,

    /**
     * Least random jitter added to each delay.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val jitterMinMs: Long,

    /**
     * Ceiling on any one delay, jitter included.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val maxDelayMs: Long,

    /**
     * Retries after the first attempt, at most.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val maxRetries: Long,

    /**
     * Factor applied to the delay on each further retry.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val multiplier: Double,

    val note: String? = null
)

/**
 * What a client does when a known code arrives with a status other than its documented one.
 */
data class CodeStatusConflict (
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val basis: Basis,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val note: String,

    /**
     * 'most-cautious': of the code's advice and the status's rule, the one that retries less
     * wins.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val rule: Rule
)

/**
 * 'most-cautious': of the code's advice and the status's rule, the one that retries less
 * wins.
 */
enum class Rule(val value: String) {
    MostCautious("most-cautious");

    companion object {
        fun fromValue(value: String): Rule = when (value) {
            "most-cautious" -> MostCautious
            else            -> throw IllegalArgumentException()
        }
    }
}

/**
 * Which methods are not retried after a failure the server may have acted on, unless the
 * call is marked idempotent.
 */
data class Idempotency (
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val basis: Basis,

    /**
     * The request header that marks a call as safe to repeat.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val keyHeader: String,

    /**
     * Methods that are not idempotent.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val methods: List<String>,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val note: String,

    /**
     * The reference the rule rests on.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val reason: String,

    /**
     * Statuses after which such a method is not retried.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val statuses: List<Long>
)

/**
 * Which thrown errors are transient network failures, by the code of the error or of an
 * error in its cause chain.
 */
data class NetworkErrors (
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val basis: Basis,

    /**
     * How many links of error.cause a client follows, at most.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val maxCauseDepth: Long,

    /**
     * Codes of failures after the request may have reached the server (reset, broken pipe,
     * timeout).
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val mayHaveReached: List<String>,

    /**
     * Codes of failures before the request reached the server (refused, DNS): retried for every
     * method.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val neverReached: List<String>,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val note: String
)

/**
 * The headers that tell a throttled client when to come back.
 */
data class RateLimit (
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val basis: Basis,

    /**
     * Header with the request limit of the window.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val limitHeader: String,

    /**
     * Longest wait a client honours from these headers before it gives up instead (this
     * catalog's bound).
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val maxWaitMs: Long,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val note: String,

    /**
     * Header with the requests left in the window.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val remainingHeader: String,

    /**
     * Header with the time the window resets.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val resetHeader: String,

    /**
     * A reset value at or above this is read as Unix milliseconds rather than seconds.
     */
    val resetMillisecondsFrom: Long? = null,

    /**
     * Unit of the reset header's value.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val resetUnit: ResetUnit,

    /**
     * Standard header with seconds or an HTTP date.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val retryAfterHeader: String
)

/**
 * Unit of the reset header's value.
 */
enum class ResetUnit(val value: String) {
    UnixSeconds("unix-seconds");

    companion object {
        fun fromValue(value: String): ResetUnit = when (value) {
            "unix-seconds" -> UnixSeconds
            else           -> throw IllegalArgumentException()
        }
    }
}

/**
 * Which HTTP statuses the source calls safe to retry and which it says will not resolve
 * with retries.
 */
data class Statuses (
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val basis: Basis,

    /**
     * Statuses that will not resolve with retries.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val nonRetryable: List<Long>,

    /**
     * Statuses safe to retry with backoff.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val retryable: List<Long>
)

/**
 * The token refresh flow.
 */
data class TokenRefresh (
    /**
     * How long an access token lasts.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val accessTokenLifetimeSeconds: Long,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val basis: Basis,

    /**
     * The JSON body field that carries the refresh token.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val bodyField: String,

    /**
     * The error code that triggers a refresh.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val code: String,

    /**
     * Method and path of the refresh call.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val endpoint: String,

    /**
     * What to do when the refresh fails.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val onRefreshFailure: String,

    /**
     * How many times the original request is retried after a successful refresh.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val retriesAfterRefresh: Long,

    /**
     * The status that triggers a refresh.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val status: Long
)
