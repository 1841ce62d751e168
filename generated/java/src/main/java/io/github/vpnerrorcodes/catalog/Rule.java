// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/resolved-catalog.schema.json.
package io.github.vpnerrorcodes.catalog;

import java.io.IOException;
import com.fasterxml.jackson.annotation.*;

/**
 * 'most-cautious': of the code's advice and the status's rule, the one that retries less
 * wins.
 */
public enum Rule {
    MOST_CAUTIOUS;

    @JsonValue
    public String toValue() {
        switch (this) {
            case MOST_CAUTIOUS: return "most-cautious";
        }
        return null;
    }

    @JsonCreator
    public static Rule forValue(String value) throws IOException {
        if (value.equals("most-cautious")) return MOST_CAUTIOUS;
        throw new IOException("Cannot deserialize Rule");
    }
}
