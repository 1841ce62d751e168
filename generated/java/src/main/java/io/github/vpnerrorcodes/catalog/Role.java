// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/resolved-catalog.schema.json.
package io.github.vpnerrorcodes.catalog;

import java.io.IOException;
import com.fasterxml.jackson.annotation.*;

/**
 * What the family's codes are to a client: 'sdk-result' (the result of a request to the SDK
 * service), 'sdk-event' (a code the SDK sends in an event), 'rest-code' (the error.code of
 * a REST response; the retry policy's family) or 'http-status' (the HTTP statuses other
 * families map to). At most one family has each of the last two roles.
 */
public enum Role {
    HTTP_STATUS, REST_CODE, SDK_EVENT, SDK_RESULT;

    @JsonValue
    public String toValue() {
        switch (this) {
            case HTTP_STATUS: return "http-status";
            case REST_CODE: return "rest-code";
            case SDK_EVENT: return "sdk-event";
            case SDK_RESULT: return "sdk-result";
        }
        return null;
    }

    @JsonCreator
    public static Role forValue(String value) throws IOException {
        if (value.equals("http-status")) return HTTP_STATUS;
        if (value.equals("rest-code")) return REST_CODE;
        if (value.equals("sdk-event")) return SDK_EVENT;
        if (value.equals("sdk-result")) return SDK_RESULT;
        throw new IOException("Cannot deserialize Role");
    }
}
