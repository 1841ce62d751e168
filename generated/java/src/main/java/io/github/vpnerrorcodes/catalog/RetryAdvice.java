// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/resolved-catalog.schema.json.
package io.github.vpnerrorcodes.catalog;

import com.fasterxml.jackson.annotation.*;

/**
 * Whether and how a retry can help. Structured, so that it can grow; 'retryable' in the
 * resolved catalog is derived from the strategy.
 */
public class RetryAdvice {
    private Basis basis;
    private String note;
    private String override;
    private Strategy strategy;

    @JsonProperty("basis")
    public Basis getBasis() { return basis; }
    @JsonProperty("basis")
    public void setBasis(Basis value) { this.basis = value; }

    /**
     * Why this strategy, in a sentence.
     */
    @JsonProperty("note")
    public String getNote() { return note; }
    @JsonProperty("note")
    public void setNote(String value) { this.note = value; }

    /**
     * Required when the advice departs from the retry policy's rule for the code's HTTP status:
     * the reason it does.
     */
    @JsonProperty("override")
    public String getOverride() { return override; }
    @JsonProperty("override")
    public void setOverride(String value) { this.override = value; }

    /**
     * not-applicable: not an error. no-retry: sending the same request again will not help.
     * backoff: retry with the policy's exponential backoff and jitter. wait-for-window:
     * throttled; wait for the rate window (X-RateLimit-Reset, Retry-After) before retrying.
     * refresh-credentials: refresh the access token, then retry the original request exactly
     * once. reconnect-tunnel: reconnect the VPN tunnel with the same credentials.
     */
    @JsonProperty("strategy")
    public Strategy getStrategy() { return strategy; }
    @JsonProperty("strategy")
    public void setStrategy(Strategy value) { this.strategy = value; }
}
