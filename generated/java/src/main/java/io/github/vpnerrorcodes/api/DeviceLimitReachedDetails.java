// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/api-response.schema.json.
package io.github.vpnerrorcodes.api;

import com.fasterxml.jackson.annotation.*;

/**
 * The device count against the plan's limit, and where to upgrade.
 */
public class DeviceLimitReachedDetails {
    private long currentDevices;
    private long maxDevices;
    private String plan;
    private String upgradeUrl;

    /**
     * Devices registered now.
     */
    @JsonProperty("currentDevices")
    public long getCurrentDevices() { return currentDevices; }
    @JsonProperty("currentDevices")
    public void setCurrentDevices(long value) { this.currentDevices = value; }

    /**
     * Devices the plan allows.
     */
    @JsonProperty("maxDevices")
    public long getMaxDevices() { return maxDevices; }
    @JsonProperty("maxDevices")
    public void setMaxDevices(long value) { this.maxDevices = value; }

    /**
     * The user's plan.
     */
    @JsonProperty("plan")
    public String getPlan() { return plan; }
    @JsonProperty("plan")
    public void setPlan(String value) { this.plan = value; }

    /**
     * Where the user can upgrade.
     */
    @JsonProperty("upgradeUrl")
    public String getUpgradeUrl() { return upgradeUrl; }
    @JsonProperty("upgradeUrl")
    public void setUpgradeUrl(String value) { this.upgradeUrl = value; }
}
