// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/resolved-catalog.schema.json.
package io.github.vpnerrorcodes.catalog;

import com.fasterxml.jackson.annotation.*;
import java.util.List;

/**
 * One family of codes: the enum it becomes, its groups and every member.
 */
public class Family {
    private List<Code> codes;
    private String description;
    private List<Group> groups;
    private FamilyName name;
    private String namePattern;
    private String note;
    private Role role;
    private Source source;
    private String title;
    private ValueKind valueKind;

    /**
     * Every member, sorted by value.
     */
    @JsonProperty("codes")
    public List<Code> getCodes() { return codes; }
    @JsonProperty("codes")
    public void setCodes(List<Code> value) { this.codes = value; }

    /**
     * What the family is and where a client meets it.
     */
    @JsonProperty("description")
    public String getDescription() { return description; }
    @JsonProperty("description")
    public void setDescription(String value) { this.description = value; }

    /**
     * The groups the source puts the codes in, in the source's order.
     */
    @JsonProperty("groups")
    public List<Group> getGroups() { return groups; }
    @JsonProperty("groups")
    public void setGroups(List<Group> value) { this.groups = value; }

    /**
     * The family's name, which is also the name of the generated enum.
     */
    @JsonProperty("name")
    public FamilyName getName() { return name; }
    @JsonProperty("name")
    public void setName(FamilyName value) { this.name = value; }

    /**
     * Regular expression (ECMAScript, anchored) that every identifier in the family matches.
     */
    @JsonProperty("namePattern")
    public String getNamePattern() { return namePattern; }
    @JsonProperty("namePattern")
    public void setNamePattern(String value) { this.namePattern = value; }

    /**
     * Editor's note on the family: traps in the source, corroboration by other sources.
     */
    @JsonProperty("note")
    public String getNote() { return note; }
    @JsonProperty("note")
    public void setNote(String value) { this.note = value; }

    /**
     * What the family's codes are to a client: 'sdk-result' (the result of a request to the SDK
     * service), 'sdk-event' (a code the SDK sends in an event), 'rest-code' (the error.code of
     * a REST response; the retry policy's family) or 'http-status' (the HTTP statuses other
     * families map to). At most one family has each of the last two roles.
     */
    @JsonProperty("role")
    public Role getRole() { return role; }
    @JsonProperty("role")
    public void setRole(Role value) { this.role = value; }

    @JsonProperty("source")
    public Source getSource() { return source; }
    @JsonProperty("source")
    public void setSource(Source value) { this.source = value; }

    /**
     * Short human-readable title of the family.
     */
    @JsonProperty("title")
    public String getTitle() { return title; }
    @JsonProperty("title")
    public void setTitle(String value) { this.title = value; }

    /**
     * 'integer': every code has a documented integer value. 'name': the source gives no
     * numbers, so the value is the name itself and codes carry no value field.
     */
    @JsonProperty("valueKind")
    public ValueKind getValueKind() { return valueKind; }
    @JsonProperty("valueKind")
    public void setValueKind(ValueKind value) { this.valueKind = value; }
}
