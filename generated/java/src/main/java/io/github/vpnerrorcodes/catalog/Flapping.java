// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/resolved-catalog.schema.json.
package io.github.vpnerrorcodes.catalog;

import com.fasterxml.jackson.annotation.*;

/**
 * The same error again soon after each of several reconnects in a row: reconnecting does
 * not fix it, so the client stops and asks the user.
 */
public class Flapping {
    private Basis basis;
    private String note;
    private long times;
    private long withinMs;

    @JsonProperty("basis")
    public Basis getBasis() { return basis; }
    @JsonProperty("basis")
    public void setBasis(Basis value) { this.basis = value; }

    @JsonProperty("note")
    public String getNote() { return note; }
    @JsonProperty("note")
    public void setNote(String value) { this.note = value; }

    /**
     * How many reconnects in a row the error must come back after.
     */
    @JsonProperty("times")
    public long getTimes() { return times; }
    @JsonProperty("times")
    public void setTimes(long value) { this.times = value; }

    /**
     * How soon after a reconnect the same error counts as coming back.
     */
    @JsonProperty("withinMs")
    public long getWithinMs() { return withinMs; }
    @JsonProperty("withinMs")
    public void setWithinMs(long value) { this.withinMs = value; }
}
