// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/resolved-catalog.schema.json.
package io.github.vpnerrorcodes.catalog;

import com.fasterxml.jackson.annotation.*;
import java.util.Map;

/**
 * The shape of the error envelope's error.details for this code, where the source shows one.
 */
public class DetailsShape {
    private Basis basis;
    private Map<String, Object> schema;

    /**
     * documented: the source's example shows this shape.
     */
    @JsonProperty("basis")
    public Basis getBasis() { return basis; }
    @JsonProperty("basis")
    public void setBasis(Basis value) { this.basis = value; }

    /**
     * A JSON Schema (draft 2020-12) of error.details. Leave additionalProperties open so that
     * the API can add fields.
     */
    @JsonProperty("schema")
    public Map<String, Object> getSchema() { return schema; }
    @JsonProperty("schema")
    public void setSchema(Map<String, Object> value) { this.schema = value; }
}
