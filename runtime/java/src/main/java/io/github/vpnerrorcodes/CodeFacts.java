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
    private final RetryAdvice retryAdvice;
    private final String action;
    private final String stability;
    private final Deprecation deprecation;

    private CodeFacts(String identifier, String group, boolean retryable, int httpStatus, String description, RetryAdvice retryAdvice,
            String action, String stability, Deprecation deprecation) {
        this.identifier = Objects.requireNonNull(identifier, "identifier");
        this.group = Objects.requireNonNull(group, "group");
        this.retryable = retryable;
        this.httpStatus = httpStatus;
        this.description = Objects.requireNonNull(description, "description");
        this.retryAdvice = Objects.requireNonNull(retryAdvice, "retryAdvice");
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
     * @param retryAdvice the retry advice
     * @param action what to do, or null
     * @param stability {@code stable} or {@code experimental}
     * @param deprecation the deprecation, or null
     * @return the facts
     * @throws NullPointerException when a required fact is null
     */
    public static CodeFacts of(String identifier, String group, boolean retryable, int httpStatus, String description, RetryAdvice retryAdvice,
            String action, String stability, Deprecation deprecation) {
        return new CodeFacts(identifier, group, retryable, httpStatus, description, retryAdvice, action, stability, deprecation);
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
        return retryAdvice;
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
