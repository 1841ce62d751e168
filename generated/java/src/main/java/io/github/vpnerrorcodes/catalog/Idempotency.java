// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/resolved-catalog.schema.json.
package io.github.vpnerrorcodes.catalog;

import com.fasterxml.jackson.annotation.*;
import java.util.List;

/**
 * Which methods are not retried after a failure the server may have acted on, unless the
 * call is marked idempotent.
 */
public class Idempotency {
    private Basis basis;
    private String keyHeader;
    private List<String> methods;
    private String note;
    private String reason;
    private List<Long> statuses;

    @JsonProperty("basis")
    public Basis getBasis() { return basis; }
    @JsonProperty("basis")
    public void setBasis(Basis value) { this.basis = value; }

    /**
     * The request header that marks a call as safe to repeat.
     */
    @JsonProperty("keyHeader")
    public String getKeyHeader() { return keyHeader; }
    @JsonProperty("keyHeader")
    public void setKeyHeader(String value) { this.keyHeader = value; }

    /**
     * Methods that are not idempotent.
     */
    @JsonProperty("methods")
    public List<String> getMethods() { return methods; }
    @JsonProperty("methods")
    public void setMethods(List<String> value) { this.methods = value; }

    @JsonProperty("note")
    public String getNote() { return note; }
    @JsonProperty("note")
    public void setNote(String value) { this.note = value; }

    /**
     * The reference the rule rests on.
     */
    @JsonProperty("reason")
    public String getReason() { return reason; }
    @JsonProperty("reason")
    public void setReason(String value) { this.reason = value; }

    /**
     * Statuses after which such a method is not retried.
     */
    @JsonProperty("statuses")
    public List<Long> getStatuses() { return statuses; }
    @JsonProperty("statuses")
    public void setStatuses(List<Long> value) { this.statuses = value; }
}
