// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/api-response.schema.json.
package io.github.vpnerrorcodes.api;

import com.fasterxml.jackson.annotation.*;
import java.util.List;

/**
 * The password requirements and the checks that failed.
 */
public class WeakPasswordDetails {
    private List<String> failedChecks;
    private List<String> requirements;

    /**
     * Ids of the checks that failed, e.g. uppercase.
     */
    @JsonProperty("failedChecks")
    public List<String> getFailedChecks() { return failedChecks; }
    @JsonProperty("failedChecks")
    public void setFailedChecks(List<String> value) { this.failedChecks = value; }

    /**
     * Every requirement, as text.
     */
    @JsonProperty("requirements")
    public List<String> getRequirements() { return requirements; }
    @JsonProperty("requirements")
    public void setRequirements(List<String> value) { this.requirements = value; }
}
