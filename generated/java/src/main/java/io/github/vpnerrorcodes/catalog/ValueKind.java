// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/resolved-catalog.schema.json.
package io.github.vpnerrorcodes.catalog;

import java.io.IOException;
import com.fasterxml.jackson.annotation.*;

/**
 * 'integer': every code has a documented integer value. 'name': the source gives no
 * numbers, so the value is the name itself and codes carry no value field.
 */
public enum ValueKind {
    INTEGER, NAME;

    @JsonValue
    public String toValue() {
        switch (this) {
            case INTEGER: return "integer";
            case NAME: return "name";
        }
        return null;
    }

    @JsonCreator
    public static ValueKind forValue(String value) throws IOException {
        if (value.equals("integer")) return INTEGER;
        if (value.equals("name")) return NAME;
        throw new IOException("Cannot deserialize ValueKind");
    }
}
