// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/resolved-catalog.schema.json.
package io.github.vpnerrorcodes.catalog;

import java.io.IOException;
import com.fasterxml.jackson.annotation.*;

/**
 * renamed: the same condition under a new name (replacement required). obsoleted: the
 * condition no longer occurs.
 */
public enum Reason {
    OBSOLETED, RENAMED;

    @JsonValue
    public String toValue() {
        switch (this) {
            case OBSOLETED: return "obsoleted";
            case RENAMED: return "renamed";
        }
        return null;
    }

    @JsonCreator
    public static Reason forValue(String value) throws IOException {
        if (value.equals("obsoleted")) return OBSOLETED;
        if (value.equals("renamed")) return RENAMED;
        throw new IOException("Cannot deserialize Reason");
    }
}
