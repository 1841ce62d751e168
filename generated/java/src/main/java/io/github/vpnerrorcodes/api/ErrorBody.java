// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/api-response.schema.json.
package io.github.vpnerrorcodes.api;

import com.fasterxml.jackson.annotation.*;
import java.util.Map;

/**
 * A machine-readable code, a human-readable message, and optional details.
 */
public class ErrorBody {
    private String code;
    private Map<String, Object> details;
    private String message;

    /**
     * A RestErrorCode, or a code this catalog does not know yet (kept valid for forward
     * compatibility).
     */
    @JsonProperty("code")
    public String getCode() { return code; }
    @JsonProperty("code")
    public void setCode(String value) { this.code = value; }

    /**
     * Extra facts about the error; its shape depends on the code.
     */
    @JsonProperty("details")
    public Map<String, Object> getDetails() { return details; }
    @JsonProperty("details")
    public void setDetails(Map<String, Object> value) { this.details = value; }

    /**
     * Human-readable; may change between API versions. Branch on code, not on this.
     */
    @JsonProperty("message")
    public String getMessage() { return message; }
    @JsonProperty("message")
    public void setMessage(String value) { this.message = value; }
}
