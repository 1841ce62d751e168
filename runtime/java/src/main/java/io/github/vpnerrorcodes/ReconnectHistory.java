package io.github.vpnerrorcodes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What happened before an SDK error, in Unix milliseconds, for {@link Reconnects#adviseReconnect}: when each
 * reconnect started, when the tunnel came up, and the errors reported earlier. Order does not matter; times
 * after the decision's {@code now} are ignored. Immutable; build one with {@link #builder()}.
 */
public final class ReconnectHistory {
    /** An error the SDK reported earlier. */
    static final class PastError {
        final long atMs;
        final String family;
        /** A String key or a Long value. */
        final Object code;

        PastError(long atMs, String family, Object code) {
            this.atMs = atMs;
            this.family = family;
            this.code = code;
        }
    }

    private static final ReconnectHistory EMPTY = new ReconnectHistory(new long[0], new long[0], List.of());

    private final long[] reconnects;
    private final long[] connected;
    private final List<PastError> errors;

    private ReconnectHistory(long[] reconnects, long[] connected, List<PastError> errors) {
        this.reconnects = reconnects;
        this.connected = connected;
        this.errors = errors;
    }

    /**
     * No reconnect, no connection and no earlier error.
     *
     * @return the empty history
     */
    public static ReconnectHistory empty() {
        return EMPTY;
    }

    /**
     * An empty builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    long[] reconnects() {
        return reconnects;
    }

    long[] connected() {
        return connected;
    }

    List<PastError> errors() {
        return errors;
    }

    /** Collects a history; {@link #build()} gives the immutable value. */
    public static final class Builder {
        private long[] reconnects = new long[0];
        private long[] connected = new long[0];
        private final List<PastError> errors = new ArrayList<>();

        private Builder() {}

        private static long[] append(long[] to, long[] times) {
            long[] out = Arrays.copyOf(to, to.length + times.length);
            System.arraycopy(times, 0, out, to.length, times.length);
            return out;
        }

        /**
         * Adds times a reconnect started: the window's cap and the backoff count these.
         *
         * @param timesMs Unix milliseconds
         * @return this builder
         */
        public Builder reconnects(long... timesMs) {
            reconnects = append(reconnects, Objects.requireNonNull(timesMs, "timesMs"));
            return this;
        }

        /**
         * Adds times the tunnel came up: flapping counts an error that follows one of these.
         *
         * @param timesMs Unix milliseconds
         * @return this builder
         */
        public Builder connected(long... timesMs) {
            connected = append(connected, Objects.requireNonNull(timesMs, "timesMs"));
            return this;
        }

        /**
         * Adds an earlier error by any key its family's lookup accepts.
         *
         * @param atMs when it was reported, in Unix milliseconds
         * @param family the family's name
         * @param code the code's value as text, identifier, alias or older wire name
         * @return this builder
         */
        public Builder error(long atMs, String family, String code) {
            errors.add(new PastError(atMs, family, code));
            return this;
        }

        /**
         * Adds an earlier error by its value in an integer family.
         *
         * @param atMs when it was reported, in Unix milliseconds
         * @param family the family's name
         * @param code the code's value
         * @return this builder
         */
        public Builder error(long atMs, String family, long code) {
            errors.add(new PastError(atMs, family, code));
            return this;
        }

        /**
         * The history, a copy of this builder's parts.
         *
         * @return the immutable history
         */
        public ReconnectHistory build() {
            return new ReconnectHistory(reconnects.clone(), connected.clone(), List.copyOf(errors));
        }
    }
}
