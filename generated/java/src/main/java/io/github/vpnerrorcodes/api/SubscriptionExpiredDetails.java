// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/api-response.schema.json.
package io.github.vpnerrorcodes.api;

import com.fasterxml.jackson.annotation.*;
import java.time.OffsetDateTime;

/**
 * When the subscription expired, its plan, and where to renew.
 */
public class SubscriptionExpiredDetails {
    private OffsetDateTime expiredAt;
    private String plan;
    private String renewUrl;

    /**
     * When the subscription expired.
     */
    @JsonProperty("expiredAt")
    public OffsetDateTime getExpiredAt() { return expiredAt; }
    @JsonProperty("expiredAt")
    public void setExpiredAt(OffsetDateTime value) { this.expiredAt = value; }

    /**
     * The expired plan.
     */
    @JsonProperty("plan")
    public String getPlan() { return plan; }
    @JsonProperty("plan")
    public void setPlan(String value) { this.plan = value; }

    /**
     * Where the user can renew.
     */
    @JsonProperty("renewUrl")
    public String getRenewUrl() { return renewUrl; }
    @JsonProperty("renewUrl")
    public void setRenewUrl(String value) { this.renewUrl = value; }
}
