// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/resolved-catalog.schema.json.
package io.github.vpnerrorcodes.catalog;

import com.fasterxml.jackson.annotation.*;
import java.util.List;

/**
 * A group of codes as the source presents them.
 */
public class Group {
    private List<StatusClass> httpStatusClasses;
    private String id;
    private String note;
    private String title;

    /**
     * The HTTP status classes a code of this group may map to. A code whose status lies outside
     * them is an error.
     */
    @JsonProperty("httpStatusClasses")
    public List<StatusClass> getHttpStatusClasses() { return httpStatusClasses; }
    @JsonProperty("httpStatusClasses")
    public void setHttpStatusClasses(List<StatusClass> value) { this.httpStatusClasses = value; }

    /**
     * Stable id the codes refer to.
     */
    @JsonProperty("id")
    public String getId() { return id; }
    @JsonProperty("id")
    public void setId(String value) { this.id = value; }

    /**
     * Editor's note on the group.
     */
    @JsonProperty("note")
    public String getNote() { return note; }
    @JsonProperty("note")
    public void setNote(String value) { this.note = value; }

    /**
     * The group's heading, verbatim from the source (mind look-alike letters).
     */
    @JsonProperty("title")
    public String getTitle() { return title; }
    @JsonProperty("title")
    public void setTitle(String value) { this.title = value; }
}
