// Generated from catalog/*.yaml by scripts/emit/languages/java/details.ts (npm run build); do not edit.
package io.github.vpnerrorcodes.api;

import io.github.vpnerrorcodes.DetailsValues;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The password requirements and the checks that failed.
 *
 * <p>The details of {@code WEAK_PASSWORD}, as {@link
 * io.github.vpnerrorcodes.DecodedResponse.ApiError#typedDetails()} gives them; properties this
 * class does not name stay in {@code details()}. Immutable.
 */
public final class WeakPasswordDetails {
    private final List<String> requirements;
    private final List<String> failedChecks;

    private WeakPasswordDetails(Map<String, ?> details) {
        requirements = DetailsValues.strings(details, "requirements");
        failedChecks = DetailsValues.strings(details, "failedChecks");
    }

    /**
     * Reads the details of a {@code WEAK_PASSWORD} error, as {@code ApiError.details()} gives them;
     * {@code DefaultPolicy.ENVELOPE} has the decoder call it. Never throws on details the decoder
     * accepted.
     *
     * @param details the details object
     * @return the typed details
     */
    public static WeakPasswordDetails read(Map<String, ?> details) {
        return new WeakPasswordDetails(Objects.requireNonNull(details, "details"));
    }

    /**
     * Every requirement, as text.
     *
     * <p>Required: the decoder accepts no {@code WEAK_PASSWORD} details without it.
     *
     * @return {@code requirements}
     */
    public List<String> getRequirements() {
        return requirements;
    }

    /**
     * Ids of the checks that failed, e.g. uppercase.
     *
     * <p>Required: the decoder accepts no {@code WEAK_PASSWORD} details without it.
     *
     * @return {@code failedChecks}
     */
    public List<String> getFailedChecks() {
        return failedChecks;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof WeakPasswordDetails)) return false;
        WeakPasswordDetails that = (WeakPasswordDetails) other;
        return Objects.equals(requirements, that.requirements)
                && Objects.equals(failedChecks, that.failedChecks);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requirements, failedChecks);
    }

    @Override
    public String toString() {
        return "WeakPasswordDetails(requirements=" + requirements + ", failedChecks=" + failedChecks + ")";
    }
}
