// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/resolved-catalog.schema.json.
package io.github.vpnerrorcodes.catalog;

import com.fasterxml.jackson.annotation.*;
import java.util.List;

/**
 * generated/catalog.json: every family with its codes sorted by value, the REST retry
 * policy and the SDK reconnect policy.
 */
public class Catalog {
    private String comment;
    private List<Family> families;
    private ReconnectPolicy reconnectPolicy;
    private RetryPolicy retryPolicy;

    /**
     * Says that the file is generated.
     */
    @JsonProperty("$comment")
    public String getComment() { return comment; }
    @JsonProperty("$comment")
    public void setComment(String value) { this.comment = value; }

    /**
     * The families, sorted by name.
     */
    @JsonProperty("families")
    public List<Family> getFamilies() { return families; }
    @JsonProperty("families")
    public void setFamilies(List<Family> value) { this.families = value; }

    /**
     * What a client does when the SDK reports an error (the families with roles sdk-event and
     * sdk-result): reconnect the tunnel, after how long, how often, or stop and tell the user.
     */
    @JsonProperty("reconnectPolicy")
    public ReconnectPolicy getReconnectPolicy() { return reconnectPolicy; }
    @JsonProperty("reconnectPolicy")
    public void setReconnectPolicy(ReconnectPolicy value) { this.reconnectPolicy = value; }

    /**
     * The policy itself.
     */
    @JsonProperty("retryPolicy")
    public RetryPolicy getRetryPolicy() { return retryPolicy; }
    @JsonProperty("retryPolicy")
    public void setRetryPolicy(RetryPolicy value) { this.retryPolicy = value; }
}
