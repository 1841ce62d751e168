// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/resolved-catalog.schema.json.
package io.github.vpnerrorcodes.catalog;

import com.fasterxml.jackson.annotation.*;
import java.util.List;

/**
 * Which thrown errors are transient network failures, by the code of the error or of an
 * error in its cause chain.
 */
public class NetworkErrors {
    private Basis basis;
    private long maxCauseDepth;
    private List<String> mayHaveReached;
    private List<String> neverReached;
    private String note;

    @JsonProperty("basis")
    public Basis getBasis() { return basis; }
    @JsonProperty("basis")
    public void setBasis(Basis value) { this.basis = value; }

    /**
     * How many links of error.cause a client follows, at most.
     */
    @JsonProperty("maxCauseDepth")
    public long getMaxCauseDepth() { return maxCauseDepth; }
    @JsonProperty("maxCauseDepth")
    public void setMaxCauseDepth(long value) { this.maxCauseDepth = value; }

    /**
     * Codes of failures after the request may have reached the server (reset, broken pipe,
     * timeout).
     */
    @JsonProperty("mayHaveReached")
    public List<String> getMayHaveReached() { return mayHaveReached; }
    @JsonProperty("mayHaveReached")
    public void setMayHaveReached(List<String> value) { this.mayHaveReached = value; }

    /**
     * Codes of failures before the request reached the server (refused, DNS): retried for every
     * method.
     */
    @JsonProperty("neverReached")
    public List<String> getNeverReached() { return neverReached; }
    @JsonProperty("neverReached")
    public void setNeverReached(List<String> value) { this.neverReached = value; }

    @JsonProperty("note")
    public String getNote() { return note; }
    @JsonProperty("note")
    public void setNote(String value) { this.note = value; }
}
