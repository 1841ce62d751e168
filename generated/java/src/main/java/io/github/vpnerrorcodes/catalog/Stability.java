// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/resolved-catalog.schema.json.
package io.github.vpnerrorcodes.catalog;

import java.io.IOException;
import com.fasterxml.jackson.annotation.*;

/**
 * stable: safe to switch on. experimental: may still change.
 */
public enum Stability {
    EXPERIMENTAL, STABLE;

    @JsonValue
    public String toValue() {
        switch (this) {
            case EXPERIMENTAL: return "experimental";
            case STABLE: return "stable";
        }
        return null;
    }

    @JsonCreator
    public static Stability forValue(String value) throws IOException {
        if (value.equals("experimental")) return EXPERIMENTAL;
        if (value.equals("stable")) return STABLE;
        throw new IOException("Cannot deserialize Stability");
    }
}
