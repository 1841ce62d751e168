// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/resolved-catalog.schema.json.
package io.github.vpnerrorcodes.catalog;

import com.fasterxml.jackson.annotation.*;

/**
 * The wait before reconnect n (1-based within the window): min(initialDelayMs *
 * multiplier^(n-1), maxDelayMs), scaled by a random factor in [1 - jitterRatio, 1].
 */
public class ReconnectPolicyBackoff {
    private Basis basis;
    private long initialDelayMs;
    private double jitterRatio;
    private long maxDelayMs;
    private double multiplier;
    private String note;
    private String reason;

    @JsonProperty("basis")
    public Basis getBasis() { return basis; }
    @JsonProperty("basis")
    public void setBasis(Basis value) { this.basis = value; }

    /**
     * Wait before the first reconnect.
     */
    @JsonProperty("initialDelayMs")
    public long getInitialDelayMs() { return initialDelayMs; }
    @JsonProperty("initialDelayMs")
    public void setInitialDelayMs(long value) { this.initialDelayMs = value; }

    /**
     * How much of the wait is random: 0 none, 1 all of it.
     */
    @JsonProperty("jitterRatio")
    public double getJitterRatio() { return jitterRatio; }
    @JsonProperty("jitterRatio")
    public void setJitterRatio(double value) { this.jitterRatio = value; }

    /**
     * Ceiling on any one wait.
     */
    @JsonProperty("maxDelayMs")
    public long getMaxDelayMs() { return maxDelayMs; }
    @JsonProperty("maxDelayMs")
    public void setMaxDelayMs(long value) { this.maxDelayMs = value; }

    /**
     * Factor applied to the wait on each further reconnect.
     */
    @JsonProperty("multiplier")
    public double getMultiplier() { return multiplier; }
    @JsonProperty("multiplier")
    public void setMultiplier(double value) { this.multiplier = value; }

    @JsonProperty("note")
    public String getNote() { return note; }
    @JsonProperty("note")
    public void setNote(String value) { this.note = value; }

    /**
     * The reference the numbers rest on.
     */
    @JsonProperty("reason")
    public String getReason() { return reason; }
    @JsonProperty("reason")
    public void setReason(String value) { this.reason = value; }
}
