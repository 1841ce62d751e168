// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/resolved-catalog.schema.json.
package io.github.vpnerrorcodes.catalog;

import com.fasterxml.jackson.annotation.*;

/**
 * The policy itself.
 */
public class RetryPolicy {
    private String appliesTo;
    private RetryPolicyBackoff backoff;
    private CodeStatusConflict codeStatusConflict;
    private Idempotency idempotency;
    private NetworkErrors networkErrors;
    private RateLimit rateLimit;
    private RetryBudget retryBudget;
    private Source source;
    private Statuses statuses;
    private TokenRefresh tokenRefresh;

    /**
     * The family whose HTTP statuses this policy speaks of.
     */
    @JsonProperty("appliesTo")
    public String getAppliesTo() { return appliesTo; }
    @JsonProperty("appliesTo")
    public void setAppliesTo(String value) { this.appliesTo = value; }

    /**
     * Exponential backoff with jitter: the delay before retry n (1-based) is min(initialDelayMs
     * * multiplier^(n-1), maxDelayMs) plus a random jitter in [jitterMinMs, jitterMaxMs].
     */
    @JsonProperty("backoff")
    public RetryPolicyBackoff getBackoff() { return backoff; }
    @JsonProperty("backoff")
    public void setBackoff(RetryPolicyBackoff value) { this.backoff = value; }

    /**
     * What a client does when a known code arrives with a status other than its documented one.
     */
    @JsonProperty("codeStatusConflict")
    public CodeStatusConflict getCodeStatusConflict() { return codeStatusConflict; }
    @JsonProperty("codeStatusConflict")
    public void setCodeStatusConflict(CodeStatusConflict value) { this.codeStatusConflict = value; }

    /**
     * Which methods are not retried after a failure the server may have acted on, unless the
     * call is marked idempotent.
     */
    @JsonProperty("idempotency")
    public Idempotency getIdempotency() { return idempotency; }
    @JsonProperty("idempotency")
    public void setIdempotency(Idempotency value) { this.idempotency = value; }

    /**
     * Which thrown errors are transient network failures, by the code of the error or of an
     * error in its cause chain.
     */
    @JsonProperty("networkErrors")
    public NetworkErrors getNetworkErrors() { return networkErrors; }
    @JsonProperty("networkErrors")
    public void setNetworkErrors(NetworkErrors value) { this.networkErrors = value; }

    /**
     * The headers that tell a throttled client when to come back.
     */
    @JsonProperty("rateLimit")
    public RateLimit getRateLimit() { return rateLimit; }
    @JsonProperty("rateLimit")
    public void setRateLimit(RateLimit value) { this.rateLimit = value; }

    /**
     * A token bucket that the calls sharing it draw on to retry, so that a fleet stops
     * multiplying its load when most retries fail: each failed attempt takes failureCost, each
     * success gives back successRefund, and a retry is made only while more than retryAbove
     * tokens are left.
     */
    @JsonProperty("retryBudget")
    public RetryBudget getRetryBudget() { return retryBudget; }
    @JsonProperty("retryBudget")
    public void setRetryBudget(RetryBudget value) { this.retryBudget = value; }

    @JsonProperty("source")
    public Source getSource() { return source; }
    @JsonProperty("source")
    public void setSource(Source value) { this.source = value; }

    /**
     * Which HTTP statuses the source calls safe to retry and which it says will not resolve
     * with retries.
     */
    @JsonProperty("statuses")
    public Statuses getStatuses() { return statuses; }
    @JsonProperty("statuses")
    public void setStatuses(Statuses value) { this.statuses = value; }

    /**
     * The token refresh flow.
     */
    @JsonProperty("tokenRefresh")
    public TokenRefresh getTokenRefresh() { return tokenRefresh; }
    @JsonProperty("tokenRefresh")
    public void setTokenRefresh(TokenRefresh value) { this.tokenRefresh = value; }
}
