// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/resolved-catalog.schema.json.
package io.github.vpnerrorcodes.catalog;

import com.fasterxml.jackson.annotation.*;

/**
 * The token refresh flow.
 */
public class TokenRefresh {
    private long accessTokenLifetimeSeconds;
    private Basis basis;
    private String bodyField;
    private String code;
    private String endpoint;
    private String onRefreshFailure;
    private long retriesAfterRefresh;
    private long status;

    /**
     * How long an access token lasts.
     */
    @JsonProperty("accessTokenLifetimeSeconds")
    public long getAccessTokenLifetimeSeconds() { return accessTokenLifetimeSeconds; }
    @JsonProperty("accessTokenLifetimeSeconds")
    public void setAccessTokenLifetimeSeconds(long value) { this.accessTokenLifetimeSeconds = value; }

    @JsonProperty("basis")
    public Basis getBasis() { return basis; }
    @JsonProperty("basis")
    public void setBasis(Basis value) { this.basis = value; }

    /**
     * The JSON body field that carries the refresh token.
     */
    @JsonProperty("bodyField")
    public String getBodyField() { return bodyField; }
    @JsonProperty("bodyField")
    public void setBodyField(String value) { this.bodyField = value; }

    /**
     * The error code that triggers a refresh.
     */
    @JsonProperty("code")
    public String getCode() { return code; }
    @JsonProperty("code")
    public void setCode(String value) { this.code = value; }

    /**
     * Method and path of the refresh call.
     */
    @JsonProperty("endpoint")
    public String getEndpoint() { return endpoint; }
    @JsonProperty("endpoint")
    public void setEndpoint(String value) { this.endpoint = value; }

    /**
     * What to do when the refresh fails.
     */
    @JsonProperty("onRefreshFailure")
    public String getOnRefreshFailure() { return onRefreshFailure; }
    @JsonProperty("onRefreshFailure")
    public void setOnRefreshFailure(String value) { this.onRefreshFailure = value; }

    /**
     * How many times the original request is retried after a successful refresh.
     */
    @JsonProperty("retriesAfterRefresh")
    public long getRetriesAfterRefresh() { return retriesAfterRefresh; }
    @JsonProperty("retriesAfterRefresh")
    public void setRetriesAfterRefresh(long value) { this.retriesAfterRefresh = value; }

    /**
     * The status that triggers a refresh.
     */
    @JsonProperty("status")
    public long getStatus() { return status; }
    @JsonProperty("status")
    public void setStatus(long value) { this.status = value; }
}
