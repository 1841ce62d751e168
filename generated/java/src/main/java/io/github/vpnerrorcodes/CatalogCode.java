// Copied from runtime/java/src/main/java/io/github/vpnerrorcodes/CatalogCode.java by npm run build: edit that file, not this copy.
package io.github.vpnerrorcodes;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * What every member of a code family answers at run time, as {@code java.net.http}'s status codes would if
 * they carried their meaning: the catalog's identifier, description, group, HTTP status, retry advice, action,
 * stability and deprecation. Each family's enum implements it from its rendered {@link CodeFacts}.
 */
public interface CatalogCode {
    /**
     * The facts this member was rendered with.
     *
     * @return the facts
     */
    CodeFacts facts();

    /**
     * The catalog's identifier, verbatim (the vendor's spelling, misspellings included).
     *
     * @return the identifier
     */
    default String identifier() {
        return facts().identifier();
    }

    /**
     * What the code means.
     *
     * @return the description
     */
    default String description() {
        return facts().description();
    }

    /**
     * The id of the catalog group the code belongs to.
     *
     * @return the group
     */
    default String group() {
        return facts().group();
    }

    /**
     * The HTTP status the code is documented with.
     *
     * @return the status, or empty for a code documented without one
     */
    default OptionalInt httpStatus() {
        return facts().httpStatus();
    }

    /**
     * Whether a retry, after the step the retry advice names, can succeed.
     *
     * @return true for a retryable code
     */
    default boolean retryable() {
        return facts().retryable();
    }

    /**
     * The code's retry advice: strategy, basis, note and, where it departs from its status's rule, why.
     *
     * @return the advice
     */
    default RetryAdvice retryAdvice() {
        return facts().retryAdvice();
    }

    /**
     * What a client or user should do about the code.
     *
     * @return the action, or empty when the catalog names none
     */
    default Optional<String> action() {
        return facts().action();
    }

    /**
     * The code's stability: {@code stable} or {@code experimental}.
     *
     * @return the stability
     */
    default String stability() {
        return facts().stability();
    }

    /**
     * Why the code is deprecated, and what replaces it.
     *
     * @return the deprecation, or empty for a code in use
     */
    default Optional<Deprecation> deprecation() {
        return facts().deprecation();
    }
}
