// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/resolved-catalog.schema.json.
package io.github.vpnerrorcodes.catalog;

import java.io.IOException;
import com.fasterxml.jackson.annotation.*;

/**
 * Unit of the reset header's value.
 */
public enum ResetUnit {
    UNIX_SECONDS;

    @JsonValue
    public String toValue() {
        switch (this) {
            case UNIX_SECONDS: return "unix-seconds";
        }
        return null;
    }

    @JsonCreator
    public static ResetUnit forValue(String value) throws IOException {
        if (value.equals("unix-seconds")) return UNIX_SECONDS;
        throw new IOException("Cannot deserialize ResetUnit");
    }
}
