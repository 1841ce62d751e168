// Copied from runtime/java/src/main/java/io/github/vpnerrorcodes/ReconnectDecision.java by npm run build: edit that file, not this copy.
package io.github.vpnerrorcodes;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Reconnects#adviseReconnect} advises about an SDK error: reconnect the tunnel after {@link #delay()},
 * wait for the network, or stop and tell the user. {@link #toString()} gives the line runtime/SPEC.md §12
 * prints, with the detail after a colon.
 */
public final class ReconnectDecision {
    /** The kind of advice. New kinds may come in a minor release: a {@code switch} over them needs a {@code default}. */
    public enum Action {
        /** Reconnect the tunnel after {@link ReconnectDecision#delay()}. */
        RECONNECT,
        /** The device has no network: reconnect once it is back. */
        WAIT_FOR_NETWORK,
        /** Do not reconnect; {@link ReconnectDecision#reason()} says why. */
        STOP
    }

    /** What set a reconnect's delay. */
    public enum Basis {
        /** At once: the code's source says so. */
        IMMEDIATE("immediate"),
        /** The policy's backoff, with jitter. */
        BACKOFF("backoff");

        private final String wire;

        Basis(String wire) {
            this.wire = wire;
        }

        /**
         * The basis as every package spells it.
         *
         * @return the word
         */
        public String wire() {
            return wire;
        }
    }

    /** Why the advice is to stop. New reasons may come in a minor release: a {@code switch} needs a {@code default}. */
    public enum StopReason {
        /** A new tunnel would fail the same way: the code's advice is not to retry. */
        NOT_RECONNECTABLE("not-reconnectable"),
        /** The same error came back soon after each of the last times the tunnel came up. */
        FLAPPING("flapping"),
        /** The window's reconnects are used up. */
        WINDOW_EXHAUSTED("window-exhausted"),
        /** The family does not know the code, or the family is not an SDK family of the policy. */
        UNKNOWN_CODE("unknown-code"),
        /** A success code. */
        NOT_AN_ERROR("not-an-error");

        private final String wire;

        StopReason(String wire) {
            this.wire = wire;
        }

        /**
         * The reason as every package spells it.
         *
         * @return the word
         */
        public String wire() {
            return wire;
        }
    }

    private static final ReconnectDecision WAIT = new ReconnectDecision(Action.WAIT_FOR_NETWORK, 0, null, null, "");

    private final Action action;
    private final long delayMs;
    private final Basis basis;
    private final StopReason reason;
    private final String detail;

    private ReconnectDecision(Action action, long delayMs, Basis basis, StopReason reason, String detail) {
        this.action = action;
        this.delayMs = delayMs;
        this.basis = basis;
        this.reason = reason;
        this.detail = detail;
    }

    static ReconnectDecision reconnect(long delayMs, Basis basis) {
        return new ReconnectDecision(Action.RECONNECT, delayMs, Objects.requireNonNull(basis), null, "");
    }

    static ReconnectDecision waitForNetwork() {
        return WAIT;
    }

    static ReconnectDecision stop(StopReason reason, String detail) {
        return new ReconnectDecision(Action.STOP, 0, null, Objects.requireNonNull(reason), detail);
    }

    /**
     * The kind of advice.
     *
     * @return the action
     */
    public Action action() {
        return action;
    }

    /**
     * How long to wait before reconnecting; 0 unless the action is {@link Action#RECONNECT}.
     *
     * @return milliseconds
     */
    public long delayMs() {
        return delayMs;
    }

    /**
     * How long to wait before reconnecting; zero unless the action is {@link Action#RECONNECT}.
     *
     * @return the delay
     */
    public Duration delay() {
        return Duration.ofMillis(delayMs);
    }

    /**
     * What set the delay of a reconnect.
     *
     * @return the basis, or empty unless the action is {@link Action#RECONNECT}
     */
    public Optional<Basis> basis() {
        return Optional.ofNullable(basis);
    }

    /**
     * Why to stop.
     *
     * @return the reason, or empty unless the action is {@link Action#STOP}
     */
    public Optional<StopReason> reason() {
        return Optional.ofNullable(reason);
    }

    /**
     * One sentence on a stop, for logs and for the user; empty otherwise.
     *
     * @return the detail
     */
    public String detail() {
        return detail;
    }

    String line() {
        switch (action) {
            case RECONNECT:
                return "reconnect " + delayMs + " " + basis.wire();
            case WAIT_FOR_NETWORK:
                return "wait-for-network";
            default:
                return "stop " + reason.wire();
        }
    }

    @Override
    public String toString() {
        return detail.isEmpty() ? line() : line() + ": " + detail;
    }
}
