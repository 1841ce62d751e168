// Copied from runtime/java/src/main/java/io/github/vpnerrorcodes/OpenCode.java by npm run build: edit that file, not this copy.
package io.github.vpnerrorcodes;

import java.util.Objects;
import java.util.Optional;

/**
 * A code as it arrived from the SDK or the API: the member when the catalog knows the code, and the raw
 * value either way, so that a code from a newer SDK or server is kept rather than lost or thrown.
 *
 * @param <E> the family's enum
 * @param <V> the type of its values: {@code Integer} in an integer family, {@code String} in a name family
 */
public final class OpenCode<E extends Enum<E>, V> {
    private final V raw;
    private final E known;

    OpenCode(V raw, E known) {
        this.raw = Objects.requireNonNull(raw, "raw");
        this.known = known;
    }

    /**
     * The value as it arrived.
     *
     * @return the value
     */
    public V raw() {
        return raw;
    }

    /**
     * The member, when the catalog knows the code.
     *
     * @return the member, or empty
     */
    public Optional<E> known() {
        return Optional.ofNullable(known);
    }

    /**
     * Whether the catalog knows the code.
     *
     * @return true when {@link #known()} holds the member
     */
    public boolean isKnown() {
        return known != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OpenCode && ((OpenCode<?, ?>) other).raw.equals(raw) && Objects.equals(((OpenCode<?, ?>) other).known, known);
    }

    @Override
    public int hashCode() {
        return raw.hashCode();
    }

    /**
     * The raw value, as text.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return raw.toString();
    }
}
