// Copied from runtime/java/src/main/java/io/github/vpnerrorcodes/CodeFacts.java by npm run build: edit that file, not this copy.
package io.github.vpnerrorcodes;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** One code's facts as the catalog states them; each family's enum renders one per member. */
public final class CodeFacts {
    /** What {@link #of} takes for a code documented without an HTTP status. */
    public static final int NO_HTTP_STATUS = -1;

    private final String identifier;
    private final String group;
    private final boolean retryable;
    private final int httpStatus;
    private final String description;
    private final String strategy;
    private final String basis;
    private final String note;
    private final String override;
    /** Made when first asked, from the four fields above: a first lookup then loads no RetryAdvice class. */
    private RetryAdvice retryAdvice;
    private final String action;
    private final String stability;
    private final Deprecation deprecation;

    private CodeFacts(String identifier, String group, boolean retryable, int httpStatus, String description, String strategy, String basis,
            String note, String override, String action, String stability, Deprecation deprecation) {
        this.identifier = Objects.requireNonNull(identifier, "identifier");
        this.group = Objects.requireNonNull(group, "group");
        this.retryable = retryable;
        this.httpStatus = httpStatus;
        this.description = Objects.requireNonNull(description, "description");
        this.strategy = Objects.requireNonNull(strategy, "strategy");
        this.basis = Objects.requireNonNull(basis, "basis");
        this.note = Objects.requireNonNull(note, "note");
        this.override = override;
        this.action = action;
        this.stability = Objects.requireNonNull(stability, "stability");
        this.deprecation = deprecation;
    }

    /**
     * A code's facts.
     *
     * @param identifier the catalog's identifier
     * @param group the group's id
     * @param retryable whether a retry can succeed
     * @param httpStatus the documented HTTP status, or {@link #NO_HTTP_STATUS}
     * @param description what the code means
     * @param strategy the retry advice's strategy word, such as {@code retry-with-backoff}
     * @param basis {@code documented} or {@code inferred}
     * @param note why the strategy fits the code
     * @param override why the advice departs from the code's HTTP status's rule, or null
     * @param action what to do, or null
     * @param stability {@code stable} or {@code experimental}
     * @param deprecation the deprecation, or null
     * @return the facts
     * @throws NullPointerException when a required fact is null
     */
    public static CodeFacts of(String identifier, String group, boolean retryable, int httpStatus, String description, String strategy,
            String basis, String note, String override, String action, String stability, Deprecation deprecation) {
        return new CodeFacts(identifier, group, retryable, httpStatus, description, strategy, basis, note, override, action, stability, deprecation);
    }

    String identifier() {
        return identifier;
    }

    String group() {
        return group;
    }

    boolean retryable() {
        return retryable;
    }

    OptionalInt httpStatus() {
        return httpStatus == NO_HTTP_STATUS ? OptionalInt.empty() : OptionalInt.of(httpStatus);
    }

    String description() {
        return description;
    }

    RetryAdvice retryAdvice() {
        RetryAdvice advice = retryAdvice;
        // RetryAdvice's fields are final and it compares by value, so a race only makes an equal second one.
        if (advice == null) retryAdvice = advice = new RetryAdvice(strategy, basis, note, override);
        return advice;
    }

    Optional<String> action() {
        return Optional.ofNullable(action);
    }

    String stability() {
        return stability;
    }

    Optional<Deprecation> deprecation() {
        return Optional.ofNullable(deprecation);
    }
}
