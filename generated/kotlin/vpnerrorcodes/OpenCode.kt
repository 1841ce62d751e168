// Generated from catalog/*.yaml by scripts/emit/languages/kotlin/enum.ts (npm run build); do not edit.
package vpnerrorcodes

/**
 * A code as it arrived from the SDK or the API: the member when this catalog knows the code, and the raw
 * value either way, so that a code from a newer SDK or server is kept rather than lost or thrown.
 */
data class OpenCode<E : Enum<E>>(
    /** The value as it arrived: an Int in an integer family, a String in a name family. */
    val raw: Any,
    /** The member, when this catalog knows the code; null otherwise. */
    val known: E?,
) {
    val isKnown: Boolean
        get() = known != null

    /** The raw value. */
    override fun toString(): String = raw.toString()
}
