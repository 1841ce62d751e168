// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/resolved-catalog.schema.json.
package io.github.vpnerrorcodes.catalog;

import java.io.IOException;
import com.fasterxml.jackson.annotation.*;

/**
 * An HTTP status class.
 */
public enum StatusClass {
    THE_2_XX, THE_4_XX, THE_5_XX;

    @JsonValue
    public String toValue() {
        switch (this) {
            case THE_2_XX: return "2xx";
            case THE_4_XX: return "4xx";
            case THE_5_XX: return "5xx";
        }
        return null;
    }

    @JsonCreator
    public static StatusClass forValue(String value) throws IOException {
        if (value.equals("2xx")) return THE_2_XX;
        if (value.equals("4xx")) return THE_4_XX;
        if (value.equals("5xx")) return THE_5_XX;
        throw new IOException("Cannot deserialize StatusClass");
    }
}
