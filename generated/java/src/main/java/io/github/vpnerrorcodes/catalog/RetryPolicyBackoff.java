// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/resolved-catalog.schema.json.
package io.github.vpnerrorcodes.catalog;

import com.fasterxml.jackson.annotation.*;

/**
 * Exponential backoff with jitter: the delay before retry n (1-based) is min(initialDelayMs
 * * multiplier^(n-1), maxDelayMs) plus a random jitter in [jitterMinMs, jitterMaxMs].
 */
public class RetryPolicyBackoff {
    private Basis basis;
    private long initialDelayMs;
    private long jitterMaxMs;
    private long jitterMinMs;
    private long maxDelayMs;
    private long maxRetries;
    private double multiplier;
    private String note;

    @JsonProperty("basis")
    public Basis getBasis() { return basis; }
    @JsonProperty("basis")
    public void setBasis(Basis value) { this.basis = value; }

    /**
     * Delay before the first retry.
     */
    @JsonProperty("initialDelayMs")
    public long getInitialDelayMs() { return initialDelayMs; }
    @JsonProperty("initialDelayMs")
    public void setInitialDelayMs(long value) { this.initialDelayMs = value; }

    /**
     * Greatest random jitter added to each delay.
     */
    @JsonProperty("jitterMaxMs")
    public long getJitterMaxMs() { return jitterMaxMs; }
    @JsonProperty("jitterMaxMs")
    public void setJitterMaxMs(long value) { this.jitterMaxMs = value; }

    /**
     * Least random jitter added to each delay.
     */
    @JsonProperty("jitterMinMs")
    public long getJitterMinMs() { return jitterMinMs; }
    @JsonProperty("jitterMinMs")
    public void setJitterMinMs(long value) { this.jitterMinMs = value; }

    /**
     * Ceiling on any one delay, jitter included.
     */
    @JsonProperty("maxDelayMs")
    public long getMaxDelayMs() { return maxDelayMs; }
    @JsonProperty("maxDelayMs")
    public void setMaxDelayMs(long value) { this.maxDelayMs = value; }

    /**
     * Retries after the first attempt, at most.
     */
    @JsonProperty("maxRetries")
    public long getMaxRetries() { return maxRetries; }
    @JsonProperty("maxRetries")
    public void setMaxRetries(long value) { this.maxRetries = value; }

    /**
     * Factor applied to the delay on each further retry.
     */
    @JsonProperty("multiplier")
    public double getMultiplier() { return multiplier; }
    @JsonProperty("multiplier")
    public void setMultiplier(double value) { this.multiplier = value; }

    @JsonProperty("note")
    public String getNote() { return note; }
    @JsonProperty("note")
    public void setNote(String value) { this.note = value; }
}
