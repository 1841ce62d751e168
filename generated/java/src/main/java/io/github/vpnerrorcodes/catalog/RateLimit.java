// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/resolved-catalog.schema.json.
package io.github.vpnerrorcodes.catalog;

import com.fasterxml.jackson.annotation.*;

/**
 * The headers that tell a throttled client when to come back.
 */
public class RateLimit {
    private Basis basis;
    private String limitHeader;
    private long maxWaitMs;
    private String note;
    private String remainingHeader;
    private String resetHeader;
    private Long resetMillisecondsFrom;
    private ResetUnit resetUnit;
    private String retryAfterHeader;

    @JsonProperty("basis")
    public Basis getBasis() { return basis; }
    @JsonProperty("basis")
    public void setBasis(Basis value) { this.basis = value; }

    /**
     * Header with the request limit of the window.
     */
    @JsonProperty("limitHeader")
    public String getLimitHeader() { return limitHeader; }
    @JsonProperty("limitHeader")
    public void setLimitHeader(String value) { this.limitHeader = value; }

    /**
     * Longest wait a client honours from these headers before it gives up instead (this
     * catalog's bound).
     */
    @JsonProperty("maxWaitMs")
    public long getMaxWaitMs() { return maxWaitMs; }
    @JsonProperty("maxWaitMs")
    public void setMaxWaitMs(long value) { this.maxWaitMs = value; }

    @JsonProperty("note")
    public String getNote() { return note; }
    @JsonProperty("note")
    public void setNote(String value) { this.note = value; }

    /**
     * Header with the requests left in the window.
     */
    @JsonProperty("remainingHeader")
    public String getRemainingHeader() { return remainingHeader; }
    @JsonProperty("remainingHeader")
    public void setRemainingHeader(String value) { this.remainingHeader = value; }

    /**
     * Header with the time the window resets.
     */
    @JsonProperty("resetHeader")
    public String getResetHeader() { return resetHeader; }
    @JsonProperty("resetHeader")
    public void setResetHeader(String value) { this.resetHeader = value; }

    /**
     * A reset value at or above this is read as Unix milliseconds rather than seconds.
     */
    @JsonProperty("resetMillisecondsFrom")
    public Long getResetMillisecondsFrom() { return resetMillisecondsFrom; }
    @JsonProperty("resetMillisecondsFrom")
    public void setResetMillisecondsFrom(Long value) { this.resetMillisecondsFrom = value; }

    /**
     * Unit of the reset header's value.
     */
    @JsonProperty("resetUnit")
    public ResetUnit getResetUnit() { return resetUnit; }
    @JsonProperty("resetUnit")
    public void setResetUnit(ResetUnit value) { this.resetUnit = value; }

    /**
     * Standard header with seconds or an HTTP date.
     */
    @JsonProperty("retryAfterHeader")
    public String getRetryAfterHeader() { return retryAfterHeader; }
    @JsonProperty("retryAfterHeader")
    public void setRetryAfterHeader(String value) { this.retryAfterHeader = value; }
}
