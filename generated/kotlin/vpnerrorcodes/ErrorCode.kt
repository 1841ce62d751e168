// Generated from catalog/*.yaml by scripts/emit/languages/kotlin/envelope.ts (npm run build); do not edit.
package vpnerrorcodes

import com.fasterxml.jackson.annotation.JsonCreator
import com.fasterxml.jackson.annotation.JsonValue

/**
 * The envelope's `error.code`: a [RestErrorCode], or a code this catalog does not know yet, kept as its
 * string so that a response with a newer code still decodes.
 */
class ErrorCode private constructor(
    /** The code as it travels. */
    @get:JsonValue val value: String,
) {
    /** The member, for a code this catalog knows. */
    val known: RestErrorCode?
        get() = RestErrorCode.fromCode(value)

    override fun equals(other: Any?): Boolean = other is ErrorCode && other.value == value

    override fun hashCode(): Int = value.hashCode()

    override fun toString(): String = value

    companion object {
        /** Any code, known or not. */
        @JsonCreator
        @JvmStatic
        fun of(value: String): ErrorCode = ErrorCode(value)

        /** A known code. */
        @JvmStatic
        fun of(code: RestErrorCode): ErrorCode = ErrorCode(code.code)
    }
}
