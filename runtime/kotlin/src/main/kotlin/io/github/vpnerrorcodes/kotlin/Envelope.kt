package io.github.vpnerrorcodes.kotlin

import io.github.vpnerrorcodes.ApiResponses
import io.github.vpnerrorcodes.DecodedResponse
import io.github.vpnerrorcodes.DecodedResponse.ApiError
import io.github.vpnerrorcodes.EnvelopePolicy

/**
 * A [DecodedResponse] as a sealed type: a success with its data, the API's error, or a body that is not the
 * envelope. JSON values are the Java package's plain values (maps, lists, strings, `JsonNumber`, booleans,
 * null), and each comes as its JSON text too, for kotlinx.serialization or a mapper of your own.
 */
public sealed class Envelope {
    /** The envelope said success: [data] as plain values (null for JSON null), [dataJson] as the body wrote it. */
    public data class Success(val data: Any?, val dataJson: String) : Envelope()

    /** The API's own error. */
    public data class Failure(val error: ApiError) : Envelope()

    /** Not the envelope: HTML from a proxy, broken JSON, a wrong type; [problem] says what, for logs. */
    public data class Invalid(val problem: String) : Envelope()

    /** The error, for a [Failure]; null for the others. */
    public val errorOrNull: ApiError?
        get() = (this as? Failure)?.error
}

/** The decoded body as an [Envelope]. */
public fun DecodedResponse.toEnvelope(): Envelope = when (kind()) {
    DecodedResponse.Kind.SUCCESS -> Envelope.Success(data(), dataJson().get())
    DecodedResponse.Kind.FAILURE -> Envelope.Failure(error().get())
    DecodedResponse.Kind.INVALID -> Envelope.Invalid(problem().get())
}

/**
 * Reads a response body as the API's envelope, checked by this policy as [ApiResponses.decode] checks it:
 * every body that is not the envelope (null included) is [Envelope.Invalid], never an exception.
 */
public fun EnvelopePolicy.decode(body: String?): Envelope = ApiResponses.decode(this, body).toEnvelope()

/** The details object as plain values; null when there are none. */
public val ApiError.detailsOrNull: Map<String, Any?>?
    get() = details().orElse(null)

/**
 * The details as their code's typed class, one of the package's `api` details classes (its README shows one),
 * for `when (val details = error.typedDetailsOrNull) { is SomeCodeDetails -> … }`; null when there are
 * none or the code documents none.
 */
public val ApiError.typedDetailsOrNull: Any?
    get() = typedDetails().orElse(null)

/** The typed details when they are a [T], such as the package's `api.TokenExpiredDetails`; null otherwise. */
public inline fun <reified T : Any> ApiError.detailsAs(): T? = detailsAs(T::class.java).orElse(null)
