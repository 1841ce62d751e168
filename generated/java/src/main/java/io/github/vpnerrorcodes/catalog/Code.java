// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/resolved-catalog.schema.json.
package io.github.vpnerrorcodes.catalog;

import com.fasterxml.jackson.annotation.*;
import java.util.List;

/**
 * One member of a family.
 */
public class Code {
    private Action action;
    private List<String> aliases;
    private Deprecation deprecated;
    private String description;
    private DetailsShape details;
    private String group;
    private Long httpStatus;
    private String label;
    private List<LegacyName> legacyNames;
    private String name;
    private String note;
    private RetryAdvice retry;
    private boolean retryable;
    private Stability stability;
    private Value value;

    @JsonProperty("action")
    public Action getAction() { return action; }
    @JsonProperty("action")
    public void setAction(Action value) { this.action = value; }

    /**
     * Extra names a lookup also accepts, such as a corrected spelling. The identifier itself
     * never changes.
     */
    @JsonProperty("aliases")
    public List<String> getAliases() { return aliases; }
    @JsonProperty("aliases")
    public void setAliases(List<String> value) { this.aliases = value; }

    @JsonProperty("deprecated")
    public Deprecation getDeprecated() { return deprecated; }
    @JsonProperty("deprecated")
    public void setDeprecated(Deprecation value) { this.deprecated = value; }

    /**
     * What the code means, faithful to the source.
     */
    @JsonProperty("description")
    public String getDescription() { return description; }
    @JsonProperty("description")
    public void setDescription(String value) { this.description = value; }

    @JsonProperty("details")
    public DetailsShape getDetails() { return details; }
    @JsonProperty("details")
    public void setDetails(DetailsShape value) { this.details = value; }

    /**
     * Id of one of the family's groups.
     */
    @JsonProperty("group")
    public String getGroup() { return group; }
    @JsonProperty("group")
    public void setGroup(String value) { this.group = value; }

    /**
     * The HTTP status the source ties the code to. Omit when none is documented.
     */
    @JsonProperty("httpStatus")
    public Long getHttpStatus() { return httpStatus; }
    @JsonProperty("httpStatus")
    public void setHttpStatus(Long value) { this.httpStatus = value; }

    /**
     * The name as the source writes it for people, where it differs from the identifier (an
     * HTTP reason phrase).
     */
    @JsonProperty("label")
    public String getLabel() { return label; }
    @JsonProperty("label")
    public void setLabel(String value) { this.label = value; }

    /**
     * Names older releases used on the wire for this condition.
     */
    @JsonProperty("legacyNames")
    public List<LegacyName> getLegacyNames() { return legacyNames; }
    @JsonProperty("legacyNames")
    public void setLegacyNames(List<LegacyName> value) { this.legacyNames = value; }

    @JsonProperty("name")
    public String getName() { return name; }
    @JsonProperty("name")
    public void setName(String value) { this.name = value; }

    /**
     * Editor's note: traps in the source, corroboration, caveats.
     */
    @JsonProperty("note")
    public String getNote() { return note; }
    @JsonProperty("note")
    public void setNote(String value) { this.note = value; }

    @JsonProperty("retry")
    public RetryAdvice getRetry() { return retry; }
    @JsonProperty("retry")
    public void setRetry(RetryAdvice value) { this.retry = value; }

    /**
     * The short answer: true when retry.strategy says a retry (after its step) can succeed.
     */
    @JsonProperty("retryable")
    public boolean getRetryable() { return retryable; }
    @JsonProperty("retryable")
    public void setRetryable(boolean value) { this.retryable = value; }

    /**
     * stable: safe to switch on. experimental: may still change.
     */
    @JsonProperty("stability")
    public Stability getStability() { return stability; }
    @JsonProperty("stability")
    public void setStability(Stability value) { this.stability = value; }

    /**
     * The integer value, or in a family whose valueKind is 'name', the name itself.
     */
    @JsonProperty("value")
    public Value getValue() { return value; }
    @JsonProperty("value")
    public void setValue(Value value) { this.value = value; }
}
