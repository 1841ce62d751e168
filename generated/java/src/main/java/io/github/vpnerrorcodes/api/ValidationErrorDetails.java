// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/api-response.schema.json.
package io.github.vpnerrorcodes.api;

import com.fasterxml.jackson.annotation.*;

/**
 * Which field failed which constraint, and the value received.
 */
public class ValidationErrorDetails {
    private String constraint;
    private String field;
    private Object received;

    /**
     * The constraint it failed, e.g. required.
     */
    @JsonProperty("constraint")
    public String getConstraint() { return constraint; }
    @JsonProperty("constraint")
    public void setConstraint(String value) { this.constraint = value; }

    /**
     * The request field that failed validation.
     */
    @JsonProperty("field")
    public String getField() { return field; }
    @JsonProperty("field")
    public void setField(String value) { this.field = value; }

    /**
     * The value received; null when the field was missing.
     */
    @JsonProperty("received")
    public Object getReceived() { return received; }
    @JsonProperty("received")
    public void setReceived(Object value) { this.received = value; }
}
