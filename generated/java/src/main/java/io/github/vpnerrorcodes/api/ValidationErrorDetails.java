// Generated from catalog/*.yaml by scripts/emit/languages/java/details.ts (npm run build); do not edit.
package io.github.vpnerrorcodes.api;

import io.github.vpnerrorcodes.DetailsValues;
import java.util.Map;
import java.util.Objects;

/**
 * Which field failed which constraint, and the value received.
 *
 * <p>The details of {@code VALIDATION_ERROR}, as {@link
 * io.github.vpnerrorcodes.DecodedResponse.ApiError#typedDetails()} gives them; properties this
 * class does not name stay in {@code details()}. Immutable.
 */
public final class ValidationErrorDetails {
    private final String field;
    private final String constraint;
    private final Object received;

    private ValidationErrorDetails(Map<String, ?> details) {
        field = DetailsValues.string(details, "field");
        constraint = DetailsValues.string(details, "constraint");
        received = DetailsValues.value(details, "received");
    }

    /**
     * Reads the details of a {@code VALIDATION_ERROR} error, as {@code ApiError.details()} gives
     * them; {@code DefaultPolicy.ENVELOPE} has the decoder call it. Never throws on details the
     * decoder accepted.
     *
     * @param details the details object
     * @return the typed details
     */
    public static ValidationErrorDetails read(Map<String, ?> details) {
        return new ValidationErrorDetails(Objects.requireNonNull(details, "details"));
    }

    /**
     * The request field that failed validation.
     *
     * <p>Required: the decoder accepts no {@code VALIDATION_ERROR} details without it.
     *
     * @return {@code field}
     */
    public String getField() {
        return field;
    }

    /**
     * The constraint it failed, e.g. required.
     *
     * <p>Required: the decoder accepts no {@code VALIDATION_ERROR} details without it.
     *
     * @return {@code constraint}
     */
    public String getConstraint() {
        return constraint;
    }

    /**
     * The value received; null when the field was missing.
     *
     * <p>Optional: null when the details leave it out.
     *
     * @return {@code received}
     */
    public Object getReceived() {
        return received;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof ValidationErrorDetails)) return false;
        ValidationErrorDetails that = (ValidationErrorDetails) other;
        return Objects.equals(field, that.field)
                && Objects.equals(constraint, that.constraint)
                && Objects.equals(received, that.received);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, constraint, received);
    }

    @Override
    public String toString() {
        return "ValidationErrorDetails(field=" + field + ", constraint=" + constraint + ", received=" + received + ")";
    }
}
