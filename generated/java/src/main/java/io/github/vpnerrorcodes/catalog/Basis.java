// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/resolved-catalog.schema.json.
package io.github.vpnerrorcodes.catalog;

import java.io.IOException;
import com.fasterxml.jackson.annotation.*;

/**
 * Provenance of a fact: 'documented' when the source page states it, 'inferred' when this
 * catalog concludes it.
 *
 * documented: the source's example shows this shape.
 *
 * documented: the older source ties the name to this condition; inferred: the mapping is
 * this catalog's.
 */
public enum Basis {
    DOCUMENTED, INFERRED;

    @JsonValue
    public String toValue() {
        switch (this) {
            case DOCUMENTED: return "documented";
            case INFERRED: return "inferred";
        }
        return null;
    }

    @JsonCreator
    public static Basis forValue(String value) throws IOException {
        if (value.equals("documented")) return DOCUMENTED;
        if (value.equals("inferred")) return INFERRED;
        throw new IOException("Cannot deserialize Basis");
    }
}
