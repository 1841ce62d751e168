// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/resolved-catalog.schema.json.
package io.github.vpnerrorcodes.catalog;

import com.fasterxml.jackson.annotation.*;
import java.util.List;

/**
 * Codes after which the source says to reconnect at once (the first time; again within
 * flapping.withinMs, the backoff applies).
 */
public class Immediate {
    private Basis basis;
    private List<FamilyCode> codes;
    private String note;

    @JsonProperty("basis")
    public Basis getBasis() { return basis; }
    @JsonProperty("basis")
    public void setBasis(Basis value) { this.basis = value; }

    @JsonProperty("codes")
    public List<FamilyCode> getCodes() { return codes; }
    @JsonProperty("codes")
    public void setCodes(List<FamilyCode> value) { this.codes = value; }

    @JsonProperty("note")
    public String getNote() { return note; }
    @JsonProperty("note")
    public void setNote(String value) { this.note = value; }
}
