// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/resolved-catalog.schema.json.
package io.github.vpnerrorcodes.catalog;

import com.fasterxml.jackson.annotation.*;

/**
 * A code named by its family and its name.
 */
public class FamilyCode {
    private String family;
    private String name;

    @JsonProperty("family")
    public String getFamily() { return family; }
    @JsonProperty("family")
    public void setFamily(String value) { this.family = value; }

    @JsonProperty("name")
    public String getName() { return name; }
    @JsonProperty("name")
    public void setName(String value) { this.name = value; }
}
