// Copied from runtime/java/src/main/java/io/github/vpnerrorcodes/Deprecation.java by npm run build: edit that file, not this copy.
package io.github.vpnerrorcodes;

import java.util.Objects;
import java.util.Optional;

/** Why a code is deprecated and what replaces it; deprecated codes stay in the catalog, so old values still resolve. */
public final class Deprecation {
    private final String reason;
    private final String replacement;
    private final String note;

    /**
     * The deprecation.
     *
     * @param reason {@code renamed} or {@code obsoleted}
     * @param replacement the identifier that replaces the code, or null
     * @param note what changed
     * @throws NullPointerException when reason or note is null
     */
    public Deprecation(String reason, String replacement, String note) {
        this.reason = Objects.requireNonNull(reason, "reason");
        this.replacement = replacement;
        this.note = Objects.requireNonNull(note, "note");
    }

    /**
     * Why: {@code renamed} or {@code obsoleted}.
     *
     * @return the reason
     */
    public String reason() {
        return reason;
    }

    /**
     * The identifier of the code that replaces this one.
     *
     * @return the replacement, or empty
     */
    public Optional<String> replacement() {
        return Optional.ofNullable(replacement);
    }

    /**
     * What changed.
     *
     * @return the note
     */
    public String note() {
        return note;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Deprecation)) return false;
        Deprecation that = (Deprecation) other;
        return reason.equals(that.reason) && Objects.equals(replacement, that.replacement) && note.equals(that.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reason, replacement, note);
    }

    @Override
    public String toString() {
        return reason + (replacement == null ? "" : " to " + replacement) + ": " + note;
    }
}
