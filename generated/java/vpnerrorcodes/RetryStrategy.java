// Generated from catalog/*.yaml by scripts/emit/languages/java/retry.ts (npm run build); do not edit.
package vpnerrorcodes;

/**
 * What a client does about an error, as the catalog's retry advice names it.
 */
public enum RetryStrategy {
    NOT_APPLICABLE("not-applicable"),
    NO_RETRY("no-retry"),
    BACKOFF("backoff"),
    WAIT_FOR_WINDOW("wait-for-window"),
    REFRESH_CREDENTIALS("refresh-credentials"),
    RECONNECT_TUNNEL("reconnect-tunnel");

    private final String wire;

    RetryStrategy(String wire) {
        this.wire = wire;
    }

    /** The name as the catalog and the TypeScript package spell it. */
    public String wire() {
        return wire;
    }
}
