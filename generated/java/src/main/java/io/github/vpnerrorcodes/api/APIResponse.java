// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/api-response.schema.json.
package io.github.vpnerrorcodes.api;

import com.fasterxml.jackson.annotation.*;

/**
 * The JSON envelope of every OrbVPN API response. Check success first, then read data or
 * error. Unknown top-level fields are allowed, so that the API can grow.
 *
 * The request completed; data holds the resource or a confirmation.
 *
 * The request failed; error says why.
 */
public class APIResponse {
    private Object data;
    private boolean success;
    private ErrorBody error;

    /**
     * The requested resource or a confirmation: any JSON value.
     */
    @JsonProperty("data")
    public Object getData() { return data; }
    @JsonProperty("data")
    public void setData(Object value) { this.data = value; }

    /**
     * Always true on success.
     *
     * Always false on failure.
     */
    @JsonProperty("success")
    public boolean getSuccess() { return success; }
    @JsonProperty("success")
    public void setSuccess(boolean value) { this.success = value; }

    @JsonProperty("error")
    public ErrorBody getError() { return error; }
    @JsonProperty("error")
    public void setError(ErrorBody value) { this.error = value; }
}
