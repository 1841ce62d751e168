// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/resolved-catalog.schema.json.
package io.github.vpnerrorcodes.catalog;

import com.fasterxml.jackson.annotation.*;
import java.util.List;

/**
 * Which HTTP statuses the source calls safe to retry and which it says will not resolve
 * with retries.
 */
public class Statuses {
    private Basis basis;
    private List<Long> nonRetryable;
    private List<Long> retryable;

    @JsonProperty("basis")
    public Basis getBasis() { return basis; }
    @JsonProperty("basis")
    public void setBasis(Basis value) { this.basis = value; }

    /**
     * Statuses that will not resolve with retries.
     */
    @JsonProperty("nonRetryable")
    public List<Long> getNonRetryable() { return nonRetryable; }
    @JsonProperty("nonRetryable")
    public void setNonRetryable(List<Long> value) { this.nonRetryable = value; }

    /**
     * Statuses safe to retry with backoff.
     */
    @JsonProperty("retryable")
    public List<Long> getRetryable() { return retryable; }
    @JsonProperty("retryable")
    public void setRetryable(List<Long> value) { this.retryable = value; }
}
