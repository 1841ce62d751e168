package io.github.vpnerrorcodes.kotlin

import com.fasterxml.jackson.databind.JsonNode
import io.github.vpnerrorcodes.ApiResponses
import io.github.vpnerrorcodes.DecodedResponse
import io.github.vpnerrorcodes.DecodedResponse.ApiError
import io.github.vpnerrorcodes.EnvelopePolicy

/** A [DecodedResponse] as a sealed type: a success with its data, the API's error, or a body that is not the envelope. */
public sealed class Envelope {
    /** The envelope said success; a JSON null [data] is a NullNode. */
    public data class Success(val data: JsonNode) : Envelope()

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
    DecodedResponse.Kind.SUCCESS -> Envelope.Success(data().get())
    DecodedResponse.Kind.FAILURE -> Envelope.Failure(error().get())
    DecodedResponse.Kind.INVALID -> Envelope.Invalid(problem().get())
}

/**
 * Reads a response body as the API's envelope, checked by this policy as [ApiResponses.decode] checks it:
 * every body that is not the envelope (null included) is [Envelope.Invalid], never an exception.
 */
public fun EnvelopePolicy.decode(body: String?): Envelope = ApiResponses.decode(this, body).toEnvelope()

/**
 * The error's details read as [T], such as the package's `api.TokenExpiredDetails`; null when there are
 * none or they do not fit [T].
 */
public inline fun <reified T : Any> ApiError.detailsAs(): T? = detailsAs(T::class.java).orElse(null)
