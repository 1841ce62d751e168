// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/resolved-catalog.schema.json.
package io.github.vpnerrorcodes.catalog;

import java.io.IOException;
import com.fasterxml.jackson.annotation.*;

/**
 * The family's name, which is also the name of the generated enum.
 */
public enum FamilyName {
    HTTP_STATUS, OPERATIONAL_ERROR, RESPONSE_RESULT, REST_ERROR_CODE;

    @JsonValue
    public String toValue() {
        switch (this) {
            case HTTP_STATUS: return "HttpStatus";
            case OPERATIONAL_ERROR: return "OperationalError";
            case RESPONSE_RESULT: return "ResponseResult";
            case REST_ERROR_CODE: return "RestErrorCode";
        }
        return null;
    }

    @JsonCreator
    public static FamilyName forValue(String value) throws IOException {
        if (value.equals("HttpStatus")) return HTTP_STATUS;
        if (value.equals("OperationalError")) return OPERATIONAL_ERROR;
        if (value.equals("ResponseResult")) return RESPONSE_RESULT;
        if (value.equals("RestErrorCode")) return REST_ERROR_CODE;
        throw new IOException("Cannot deserialize FamilyName");
    }
}
