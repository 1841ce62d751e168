// Generated from catalog/*.yaml by scripts/emit/languages/kotlin/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/api-response.schema.json.
package vpnerrorcodes.api

import java.time.OffsetDateTime

import com.fasterxml.jackson.annotation.*
import com.fasterxml.jackson.core.*
import com.fasterxml.jackson.databind.*
import com.fasterxml.jackson.databind.deser.std.StdDeserializer
import com.fasterxml.jackson.databind.module.SimpleModule
import com.fasterxml.jackson.databind.node.*
import com.fasterxml.jackson.databind.ser.std.StdSerializer
import com.fasterxml.jackson.module.kotlin.*
import vpnerrorcodes.ErrorCode


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
    convert(OffsetDateTime::class, { OffsetDateTime.parse(it.asText()) }, { "\"${java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(it)}\"" })
}

/**
 * The JSON envelope of every OrbVPN API response. Check success first, then read data or
 * error. Unknown top-level fields are allowed, so that the API can grow.
 *
 * The request completed; data holds the resource or a confirmation.
 *
 * The request failed; error says why.
 */
data class APIResponse (
    /**
     * The requested resource or a confirmation.
     */
    val data: Any? = null,

    /**
     * Always true on success.
     *
     * Always false on failure.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val success: Boolean,

    val error: ErrorBody? = null
) {
    fun toJson() = mapper.writeValueAsString(this)

    companion object {
        fun fromJson(json: String) = mapper.readValue<APIResponse>(json)
    }
}

/**
 * A machine-readable code, a human-readable message, and optional details.
 */
data class ErrorBody (
    /**
     * A RestErrorCode, or a code this catalog does not know yet (kept valid for forward
     * compatibility).
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val code: ErrorCode,

    /**
     * Extra facts about the error; its shape depends on the code.
     */
    val details: Map<String, Any?>? = null,

    /**
     * Human-readable; may change between API versions. Branch on code, not on this.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val message: String
)

/**
 * The device count against the plan's limit, and where to upgrade.
 */
data class DeviceLimitReachedDetails (
    /**
     * Devices registered now.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val currentDevices: Long,

    /**
     * Devices the plan allows.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val maxDevices: Long,

    /**
     * The user's plan.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val plan: String,

    /**
     * Where the user can upgrade.
     */
    val upgradeUrl: String? = null
) {
    fun toJson() = mapper.writeValueAsString(this)

    companion object {
        fun fromJson(json: String) = mapper.readValue<DeviceLimitReachedDetails>(json)
    }
}

/**
 * When the subscription expired, its plan, and where to renew.
 */
data class SubscriptionExpiredDetails (
    /**
     * When the subscription expired.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val expiredAt: OffsetDateTime,

    /**
     * The expired plan.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val plan: String,

    /**
     * Where the user can renew.
     */
    val renewUrl: String? = null
) {
    fun toJson() = mapper.writeValueAsString(this)

    companion object {
        fun fromJson(json: String) = mapper.readValue<SubscriptionExpiredDetails>(json)
    }
}

/**
 * When the token expired and which token it was.
 */
data class TokenExpiredDetails (
    /**
     * When the token expired.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val expiredAt: OffsetDateTime,

    /**
     * Which token expired, e.g. access.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val tokenType: String
) {
    fun toJson() = mapper.writeValueAsString(this)

    companion object {
        fun fromJson(json: String) = mapper.readValue<TokenExpiredDetails>(json)
    }
}

/**
 * Which field failed which constraint, and the value received.
 */
data class ValidationErrorDetails (
    /**
     * The constraint it failed, e.g. required.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val constraint: String,

    /**
     * The request field that failed validation.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val field: String,

    /**
     * The value received; null when the field was missing.
     */
    val received: Any? = null
) {
    fun toJson() = mapper.writeValueAsString(this)

    companion object {
        fun fromJson(json: String) = mapper.readValue<ValidationErrorDetails>(json)
    }
}

/**
 * The password requirements and the checks that failed.
 */
data class WeakPasswordDetails (
    /**
     * Ids of the checks that failed, e.g. uppercase.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val failedChecks: List<String>,

    /**
     * Every requirement, as text.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val requirements: List<String>
) {
    fun toJson() = mapper.writeValueAsString(this)

    companion object {
        fun fromJson(json: String) = mapper.readValue<WeakPasswordDetails>(json)
    }
}
