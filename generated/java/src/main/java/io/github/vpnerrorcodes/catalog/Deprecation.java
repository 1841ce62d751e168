// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/resolved-catalog.schema.json.
package io.github.vpnerrorcodes.catalog;

import com.fasterxml.jackson.annotation.*;

/**
 * Set when a code is retired. Codes are deprecated, never deleted.
 */
public class Deprecation {
    private String note;
    private Reason reason;
    private String replacement;
    private String since;

    /**
     * Why the code was retired.
     */
    @JsonProperty("note")
    public String getNote() { return note; }
    @JsonProperty("note")
    public void setNote(String value) { this.note = value; }

    /**
     * renamed: the same condition under a new name (replacement required). obsoleted: the
     * condition no longer occurs.
     */
    @JsonProperty("reason")
    public Reason getReason() { return reason; }
    @JsonProperty("reason")
    public void setReason(Reason value) { this.reason = value; }

    /**
     * The code in the same family to use instead.
     */
    @JsonProperty("replacement")
    public String getReplacement() { return replacement; }
    @JsonProperty("replacement")
    public void setReplacement(String value) { this.replacement = value; }

    /**
     * The package version that deprecated the code.
     */
    @JsonProperty("since")
    public String getSince() { return since; }
    @JsonProperty("since")
    public void setSince(String value) { this.since = value; }
}
