// Generated from catalog/*.yaml by scripts/emit/languages/java/details.ts (npm run build); do not edit.
package io.github.vpnerrorcodes.api;

import io.github.vpnerrorcodes.DetailsValues;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;

/**
 * When the subscription expired, its plan, and where to renew.
 *
 * <p>The details of {@code SUBSCRIPTION_EXPIRED}, as {@link
 * io.github.vpnerrorcodes.DecodedResponse.ApiError#typedDetails()} gives them; properties this
 * class does not name stay in {@code details()}. Immutable.
 */
public final class SubscriptionExpiredDetails {
    private final OffsetDateTime expiredAt;
    private final String plan;
    private final String renewUrl;

    private SubscriptionExpiredDetails(Map<String, ?> details) {
        expiredAt = DetailsValues.dateTime(details, "expiredAt");
        plan = DetailsValues.string(details, "plan");
        renewUrl = DetailsValues.string(details, "renewUrl");
    }

    /**
     * Reads the details of a {@code SUBSCRIPTION_EXPIRED} error, as {@code ApiError.details()}
     * gives them; {@code DefaultPolicy.ENVELOPE} has the decoder call it. Never throws on details
     * the decoder accepted.
     *
     * @param details the details object
     * @return the typed details
     */
    public static SubscriptionExpiredDetails read(Map<String, ?> details) {
        return new SubscriptionExpiredDetails(Objects.requireNonNull(details, "details"));
    }

    /**
     * When the subscription expired.
     *
     * <p>Required: the decoder accepts no {@code SUBSCRIPTION_EXPIRED} details without it.
     *
     * @return {@code expiredAt}
     */
    public OffsetDateTime getExpiredAt() {
        return expiredAt;
    }

    /**
     * The expired plan.
     *
     * <p>Required: the decoder accepts no {@code SUBSCRIPTION_EXPIRED} details without it.
     *
     * @return {@code plan}
     */
    public String getPlan() {
        return plan;
    }

    /**
     * Where the user can renew.
     *
     * <p>Optional: null when the details leave it out.
     *
     * @return {@code renewUrl}
     */
    public String getRenewUrl() {
        return renewUrl;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof SubscriptionExpiredDetails)) return false;
        SubscriptionExpiredDetails that = (SubscriptionExpiredDetails) other;
        return Objects.equals(expiredAt, that.expiredAt)
                && Objects.equals(plan, that.plan)
                && Objects.equals(renewUrl, that.renewUrl);
    }

    @Override
    public int hashCode() {
        return Objects.hash(expiredAt, plan, renewUrl);
    }

    @Override
    public String toString() {
        return "SubscriptionExpiredDetails(expiredAt=" + expiredAt + ", plan=" + plan + ", renewUrl=" + renewUrl + ")";
    }
}
