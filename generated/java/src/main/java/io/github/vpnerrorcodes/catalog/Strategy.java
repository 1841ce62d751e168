// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/resolved-catalog.schema.json.
package io.github.vpnerrorcodes.catalog;

import java.io.IOException;
import com.fasterxml.jackson.annotation.*;

/**
 * not-applicable: not an error. no-retry: sending the same request again will not help.
 * backoff: retry with the policy's exponential backoff and jitter. wait-for-window:
 * throttled; wait for the rate window (X-RateLimit-Reset, Retry-After) before retrying.
 * refresh-credentials: refresh the access token, then retry the original request exactly
 * once. reconnect-tunnel: reconnect the VPN tunnel with the same credentials.
 */
public enum Strategy {
    BACKOFF, NOT_APPLICABLE, NO_RETRY, RECONNECT_TUNNEL, REFRESH_CREDENTIALS, WAIT_FOR_WINDOW;

    @JsonValue
    public String toValue() {
        switch (this) {
            case BACKOFF: return "backoff";
            case NOT_APPLICABLE: return "not-applicable";
            case NO_RETRY: return "no-retry";
            case RECONNECT_TUNNEL: return "reconnect-tunnel";
            case REFRESH_CREDENTIALS: return "refresh-credentials";
            case WAIT_FOR_WINDOW: return "wait-for-window";
        }
        return null;
    }

    @JsonCreator
    public static Strategy forValue(String value) throws IOException {
        if (value.equals("backoff")) return BACKOFF;
        if (value.equals("not-applicable")) return NOT_APPLICABLE;
        if (value.equals("no-retry")) return NO_RETRY;
        if (value.equals("reconnect-tunnel")) return RECONNECT_TUNNEL;
        if (value.equals("refresh-credentials")) return REFRESH_CREDENTIALS;
        if (value.equals("wait-for-window")) return WAIT_FOR_WINDOW;
        throw new IOException("Cannot deserialize Strategy");
    }
}
