// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/resolved-catalog.schema.json.
package io.github.vpnerrorcodes.catalog;

import com.fasterxml.jackson.annotation.*;

/**
 * A cap on reconnects per time window: past it, the client stops and asks the user.
 */
public class Window {
    private Basis basis;
    private long durationMs;
    private long maxReconnects;
    private String note;
    private String reason;

    @JsonProperty("basis")
    public Basis getBasis() { return basis; }
    @JsonProperty("basis")
    public void setBasis(Basis value) { this.basis = value; }

    /**
     * The window's length.
     */
    @JsonProperty("durationMs")
    public long getDurationMs() { return durationMs; }
    @JsonProperty("durationMs")
    public void setDurationMs(long value) { this.durationMs = value; }

    /**
     * Reconnects allowed within any window.
     */
    @JsonProperty("maxReconnects")
    public long getMaxReconnects() { return maxReconnects; }
    @JsonProperty("maxReconnects")
    public void setMaxReconnects(long value) { this.maxReconnects = value; }

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
