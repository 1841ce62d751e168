// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
// Types by quicktype from generated/schema/resolved-catalog.schema.json.
package io.github.vpnerrorcodes.catalog;

import com.fasterxml.jackson.annotation.*;

/**
 * What a client does when the SDK reports an error (the families with roles sdk-event and
 * sdk-result): reconnect the tunnel, after how long, how often, or stop and tell the user.
 */
public class ReconnectPolicy {
    private ReconnectPolicyBackoff backoff;
    private Flapping flapping;
    private Immediate immediate;
    private Source source;
    private WaitForNetwork waitForNetwork;
    private Window window;

    /**
     * The wait before reconnect n (1-based within the window): min(initialDelayMs *
     * multiplier^(n-1), maxDelayMs), scaled by a random factor in [1 - jitterRatio, 1].
     */
    @JsonProperty("backoff")
    public ReconnectPolicyBackoff getBackoff() { return backoff; }
    @JsonProperty("backoff")
    public void setBackoff(ReconnectPolicyBackoff value) { this.backoff = value; }

    /**
     * The same error again soon after each of several reconnects in a row: reconnecting does
     * not fix it, so the client stops and asks the user.
     */
    @JsonProperty("flapping")
    public Flapping getFlapping() { return flapping; }
    @JsonProperty("flapping")
    public void setFlapping(Flapping value) { this.flapping = value; }

    /**
     * Codes after which the source says to reconnect at once (the first time; again within
     * flapping.withinMs, the backoff applies).
     */
    @JsonProperty("immediate")
    public Immediate getImmediate() { return immediate; }
    @JsonProperty("immediate")
    public void setImmediate(Immediate value) { this.immediate = value; }

    @JsonProperty("source")
    public Source getSource() { return source; }
    @JsonProperty("source")
    public void setSource(Source value) { this.source = value; }

    /**
     * Codes that mean the device has no network: the client waits until it is back, then
     * reconnects.
     */
    @JsonProperty("waitForNetwork")
    public WaitForNetwork getWaitForNetwork() { return waitForNetwork; }
    @JsonProperty("waitForNetwork")
    public void setWaitForNetwork(WaitForNetwork value) { this.waitForNetwork = value; }

    /**
     * A cap on reconnects per time window: past it, the client stops and asks the user.
     */
    @JsonProperty("window")
    public Window getWindow() { return window; }
    @JsonProperty("window")
    public void setWindow(Window value) { this.window = value; }
}
