// Generated from catalog/*.yaml by scripts/emit/languages/java/details.ts (npm run build); do not edit.
package io.github.vpnerrorcodes.api;

import io.github.vpnerrorcodes.DetailsValues;
import java.math.BigInteger;
import java.util.Map;
import java.util.Objects;

/**
 * The device count against the plan's limit, and where to upgrade.
 *
 * <p>The details of {@code DEVICE_LIMIT_REACHED}, as {@link
 * io.github.vpnerrorcodes.DecodedResponse.ApiError#typedDetails()} gives them; properties this
 * class does not name stay in {@code details()}. Immutable.
 */
public final class DeviceLimitReachedDetails {
    private final BigInteger currentDevices;
    private final BigInteger maxDevices;
    private final String plan;
    private final String upgradeUrl;

    private DeviceLimitReachedDetails(Map<String, ?> details) {
        currentDevices = DetailsValues.integer(details, "currentDevices");
        maxDevices = DetailsValues.integer(details, "maxDevices");
        plan = DetailsValues.string(details, "plan");
        upgradeUrl = DetailsValues.string(details, "upgradeUrl");
    }

    /**
     * Reads the details of a {@code DEVICE_LIMIT_REACHED} error, as {@code ApiError.details()}
     * gives them; {@code DefaultPolicy.ENVELOPE} has the decoder call it. Never throws on details
     * the decoder accepted.
     *
     * @param details the details object
     * @return the typed details
     */
    public static DeviceLimitReachedDetails read(Map<String, ?> details) {
        return new DeviceLimitReachedDetails(Objects.requireNonNull(details, "details"));
    }

    /**
     * Devices registered now.
     *
     * <p>Required: the decoder accepts no {@code DEVICE_LIMIT_REACHED} details without it.
     *
     * @return {@code currentDevices}
     */
    public BigInteger getCurrentDevices() {
        return currentDevices;
    }

    /**
     * Devices the plan allows.
     *
     * <p>Required: the decoder accepts no {@code DEVICE_LIMIT_REACHED} details without it.
     *
     * @return {@code maxDevices}
     */
    public BigInteger getMaxDevices() {
        return maxDevices;
    }

    /**
     * The user's plan.
     *
     * <p>Required: the decoder accepts no {@code DEVICE_LIMIT_REACHED} details without it.
     *
     * @return {@code plan}
     */
    public String getPlan() {
        return plan;
    }

    /**
     * Where the user can upgrade.
     *
     * <p>Optional: null when the details leave it out.
     *
     * @return {@code upgradeUrl}
     */
    public String getUpgradeUrl() {
        return upgradeUrl;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof DeviceLimitReachedDetails)) return false;
        DeviceLimitReachedDetails that = (DeviceLimitReachedDetails) other;
        return Objects.equals(currentDevices, that.currentDevices)
                && Objects.equals(maxDevices, that.maxDevices)
                && Objects.equals(plan, that.plan)
                && Objects.equals(upgradeUrl, that.upgradeUrl);
    }

    @Override
    public int hashCode() {
        return Objects.hash(currentDevices, maxDevices, plan, upgradeUrl);
    }

    @Override
    public String toString() {
        return "DeviceLimitReachedDetails(currentDevices=" + currentDevices + ", maxDevices=" + maxDevices + ", plan=" + plan + ", upgradeUrl=" + upgradeUrl + ")";
    }
}
