// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/resolved-catalog.schema.json.
package io.github.vpnerrorcodes.catalog;

import com.fasterxml.jackson.annotation.*;

/**
 * A token bucket that the calls sharing it draw on to retry, so that a fleet stops
 * multiplying its load when most retries fail: each failed attempt takes failureCost, each
 * success gives back successRefund, and a retry is made only while more than retryAbove
 * tokens are left.
 */
public class RetryBudget {
    private Basis basis;
    private double failureCost;
    private double maxTokens;
    private String note;
    private String reason;
    private double retryAbove;
    private double successRefund;

    @JsonProperty("basis")
    public Basis getBasis() { return basis; }
    @JsonProperty("basis")
    public void setBasis(Basis value) { this.basis = value; }

    /**
     * Tokens an attempt that failed transiently (a retryable status, a network error) takes.
     */
    @JsonProperty("failureCost")
    public double getFailureCost() { return failureCost; }
    @JsonProperty("failureCost")
    public void setFailureCost(double value) { this.failureCost = value; }

    /**
     * The bucket's size, and its balance when it is made.
     */
    @JsonProperty("maxTokens")
    public double getMaxTokens() { return maxTokens; }
    @JsonProperty("maxTokens")
    public void setMaxTokens(double value) { this.maxTokens = value; }

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

    /**
     * A retry is made only while the balance is above this.
     */
    @JsonProperty("retryAbove")
    public double getRetryAbove() { return retryAbove; }
    @JsonProperty("retryAbove")
    public void setRetryAbove(double value) { this.retryAbove = value; }

    /**
     * Tokens a success gives back, up to maxTokens.
     */
    @JsonProperty("successRefund")
    public double getSuccessRefund() { return successRefund; }
    @JsonProperty("successRefund")
    public void setSuccessRefund(double value) { this.successRefund = value; }
}
