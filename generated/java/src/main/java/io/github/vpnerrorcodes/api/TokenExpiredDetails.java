// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/api-response.schema.json.
package io.github.vpnerrorcodes.api;

import com.fasterxml.jackson.annotation.*;
import java.time.OffsetDateTime;

/**
 * When the token expired and which token it was.
 */
public class TokenExpiredDetails {
    private OffsetDateTime expiredAt;
    private String tokenType;

    /**
     * When the token expired.
     */
    @JsonProperty("expiredAt")
    public OffsetDateTime getExpiredAt() { return expiredAt; }
    @JsonProperty("expiredAt")
    public void setExpiredAt(OffsetDateTime value) { this.expiredAt = value; }

    /**
     * Which token expired, e.g. access.
     */
    @JsonProperty("tokenType")
    public String getTokenType() { return tokenType; }
    @JsonProperty("tokenType")
    public void setTokenType(String value) { this.tokenType = value; }
}
