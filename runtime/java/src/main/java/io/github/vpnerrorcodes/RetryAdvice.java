package io.github.vpnerrorcodes;

import java.util.Objects;
import java.util.Optional;

/** A code's retry advice as data with its provenance: what to do, on whose word, and why. */
public final class RetryAdvice {
    private final String strategy;
    private final String basis;
    private final String note;
    private final String override;

    /**
     * The advice.
     *
     * @param strategy the strategy word, such as {@code retry-with-backoff}
     * @param basis {@code documented} or {@code inferred}
     * @param note why the strategy fits the code
     * @param override why the advice departs from the code's HTTP status's rule, or null
     * @throws NullPointerException when strategy, basis or note is null
     */
    public RetryAdvice(String strategy, String basis, String note, String override) {
        this.strategy = Objects.requireNonNull(strategy, "strategy");
        this.basis = Objects.requireNonNull(basis, "basis");
        this.note = Objects.requireNonNull(note, "note");
        this.override = override;
    }

    /**
     * The strategy word, as every package and the decision spell it.
     *
     * @return the strategy
     */
    public String strategy() {
        return strategy;
    }

    /**
     * Whether the vendor documents the advice or the catalog infers it.
     *
     * @return {@code documented} or {@code inferred}
     */
    public String basis() {
        return basis;
    }

    /**
     * Why the strategy fits the code.
     *
     * @return the note
     */
    public String note() {
        return note;
    }

    /**
     * Why the advice departs from the rule of the code's HTTP status.
     *
     * @return the reason, or empty when it does not depart
     */
    public Optional<String> override() {
        return Optional.ofNullable(override);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof RetryAdvice)) return false;
        RetryAdvice that = (RetryAdvice) other;
        return strategy.equals(that.strategy) && basis.equals(that.basis) && note.equals(that.note) && Objects.equals(override, that.override);
    }

    @Override
    public int hashCode() {
        return Objects.hash(strategy, basis, note, override);
    }

    /**
     * The advice in one line, for logs.
     *
     * @return {@code strategy (basis): note}
     */
    @Override
    public String toString() {
        return strategy + " (" + basis + "): " + note;
    }
}
