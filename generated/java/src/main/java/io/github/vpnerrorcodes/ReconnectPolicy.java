// Copied from runtime/java/src/main/java/io/github/vpnerrorcodes/ReconnectPolicy.java by npm run build: edit that file, not this copy.
package io.github.vpnerrorcodes;

import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A reconnect policy as a value: the window, flapping and backoff numbers that {@link Reconnects#adviseReconnect}
 * decides by, the SDK families with the lookup of each, and each code's class (runtime/SPEC.md §12). The
 * package's {@code DefaultPolicy.RECONNECT} is the catalog's policy; build another with {@link #builder()}.
 * Immutable and safe to share between threads.
 */
public final class ReconnectPolicy {
    /**
     * What the decision does with a code. New classes may come in a minor release: a {@code switch} over them
     * needs a {@code default}.
     */
    public enum CodeClass {
        /** Reconnect after the policy's backoff. */
        RECONNECT("reconnect"),
        /** Reconnect at once the first time: the source says so. */
        RECONNECT_NOW("reconnect-now"),
        /** Reconnect once the device's network is back. */
        WAIT_FOR_NETWORK("wait-for-network"),
        /** Do not reconnect: a new tunnel would fail the same way. */
        STOP("stop"),
        /** A success code. */
        NOT_AN_ERROR("not-an-error");

        private final String wire;

        CodeClass(String wire) {
            this.wire = wire;
        }

        /**
         * The class as every package spells it.
         *
         * @return the word
         */
        public String wire() {
            return wire;
        }
    }

    /** A code's class and the reason a stop gives. */
    static final class Entry {
        final CodeClass codeClass;
        final String reason;

        Entry(CodeClass codeClass, String reason) {
            this.codeClass = codeClass;
            this.reason = reason;
        }
    }

    private final long windowMs;
    private final int maxReconnects;
    private final int flappingTimes;
    private final long flappingWithinMs;
    private final long initialDelayMs;
    private final double multiplier;
    private final long maxDelayMs;
    private final double jitterRatio;
    private final Map<String, CodeIndex<?>> families;
    private final Map<String, Map<String, Entry>> codes;

    private ReconnectPolicy(Builder b) {
        windowMs = b.windowMs;
        maxReconnects = b.maxReconnects;
        flappingTimes = b.flappingTimes;
        flappingWithinMs = b.flappingWithinMs;
        initialDelayMs = b.initialDelayMs;
        multiplier = b.multiplier;
        maxDelayMs = b.maxDelayMs;
        jitterRatio = b.jitterRatio;
        families = Map.copyOf(b.families);
        Map<String, Map<String, Entry>> copy = new HashMap<>();
        for (Map.Entry<String, Map<String, Entry>> family : b.codes.entrySet()) copy.put(family.getKey(), Map.copyOf(family.getValue()));
        codes = Collections.unmodifiableMap(copy);
    }

    /**
     * A builder with every number 0 (flapping after 1 time) and no family.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * How far back the window that caps reconnects reaches.
     *
     * @return the window's length
     */
    public Duration window() {
        return Duration.ofMillis(windowMs);
    }

    long windowMs() {
        return windowMs;
    }

    /**
     * How many reconnects the window holds at most; at this many the decision stops.
     *
     * @return the number of reconnects
     */
    public int maxReconnects() {
        return maxReconnects;
    }

    /**
     * How many of the last times the tunnel came up must each be followed by the same error to stop.
     *
     * @return the number of times, at least 1
     */
    public int flappingTimes() {
        return flappingTimes;
    }

    /**
     * How soon after the tunnel came up an error counts as its coming back; also how long after a reconnect
     * an immediate reconnect is not repeated.
     *
     * @return the span
     */
    public Duration flappingWithin() {
        return Duration.ofMillis(flappingWithinMs);
    }

    long flappingWithinMs() {
        return flappingWithinMs;
    }

    /**
     * The backoff before the first reconnect of the window, before jitter.
     *
     * @return the delay
     */
    public Duration initialDelay() {
        return Duration.ofMillis(initialDelayMs);
    }

    long initialDelayMs() {
        return initialDelayMs;
    }

    /**
     * The backoff's growth with each reconnect in the window.
     *
     * @return the factor
     */
    public double multiplier() {
        return multiplier;
    }

    /**
     * The ceiling of the backoff, before jitter.
     *
     * @return the delay
     */
    public Duration maxDelay() {
        return Duration.ofMillis(maxDelayMs);
    }

    long maxDelayMs() {
        return maxDelayMs;
    }

    /**
     * The share of the backoff that the jitter may take off.
     *
     * @return a ratio in [0, 1]
     */
    public double jitterRatio() {
        return jitterRatio;
    }

    /**
     * The SDK families the policy knows.
     *
     * @return the families' names
     */
    public Set<String> families() {
        return families.keySet();
    }

    /**
     * A code's class, by any key its family's lookup accepts.
     *
     * @param family the family's name
     * @param key the code's value as text, identifier, alias or older wire name
     * @return the class, or empty for an unknown family or key
     */
    public Optional<CodeClass> codeClass(String family, String key) {
        Entry entry = entry(family, identifier(family, key));
        return entry == null ? Optional.empty() : Optional.of(entry.codeClass);
    }

    /**
     * A code's class, by its value in an integer family.
     *
     * @param family the family's name
     * @param value the code's value
     * @return the class, or empty for an unknown family or value
     */
    public Optional<CodeClass> codeClass(String family, long value) {
        Entry entry = entry(family, identifier(family, value));
        return entry == null ? Optional.empty() : Optional.of(entry.codeClass);
    }

    /** The identifier of the member a text key finds in a family, or null. */
    String identifier(String family, String key) {
        CodeIndex<?> index = family == null ? null : families.get(family);
        if (index == null) return null;
        Optional<? extends CodeIndex.Match<?>> match = index.find(key);
        return match.isPresent() ? match.get().member().identifier() : null;
    }

    /** The identifier of the member with this value in a family, or null. */
    String identifier(String family, long value) {
        CodeIndex<?> index = family == null ? null : families.get(family);
        if (index == null) return null;
        Optional<? extends CodeIndex.Match<?>> match = index.find(value);
        return match.isPresent() ? match.get().member().identifier() : null;
    }

    /** A code's entry by its identifier, or null. */
    Entry entry(String family, String identifier) {
        if (family == null || identifier == null) return null;
        Map<String, Entry> table = codes.get(family);
        return table == null ? null : table.get(identifier);
    }

    /** Collects a policy's parts; {@link #build()} checks them and gives the immutable value. */
    public static final class Builder {
        private long windowMs;
        private int maxReconnects;
        private int flappingTimes = 1;
        private long flappingWithinMs;
        private long initialDelayMs;
        private double multiplier;
        private long maxDelayMs;
        private double jitterRatio;
        private final Map<String, CodeIndex<?>> families = new HashMap<>();
        private final Map<String, Map<String, Entry>> codes = new HashMap<>();

        private Builder() {}

        private static long millis(Duration duration, String what) {
            Objects.requireNonNull(duration, what);
            if (duration.isNegative()) throw new IllegalArgumentException(what + " is negative: " + duration);
            return duration.toMillis();
        }

        /**
         * Sets the window that caps reconnects.
         *
         * @param window how far back the window reaches
         * @param maxReconnects the reconnects it holds at most
         * @return this builder
         * @throws IllegalArgumentException when a number is negative
         * @throws ArithmeticException when the window does not fit in milliseconds of a long
         */
        public Builder window(Duration window, int maxReconnects) {
            if (maxReconnects < 0) throw new IllegalArgumentException("maxReconnects is negative: " + maxReconnects);
            this.windowMs = millis(window, "window");
            this.maxReconnects = maxReconnects;
            return this;
        }

        /**
         * Sets when the same error coming back after the tunnel came up stops the reconnects.
         *
         * @param times how many of the last times the tunnel came up count
         * @param within how soon after it came up the error counts
         * @return this builder
         * @throws IllegalArgumentException when times is below 1 or within negative
         * @throws ArithmeticException when the span does not fit in milliseconds of a long
         */
        public Builder flapping(int times, Duration within) {
            if (times < 1) throw new IllegalArgumentException("flapping times must be at least 1, not " + times);
            this.flappingWithinMs = millis(within, "within");
            this.flappingTimes = times;
            return this;
        }

        /**
         * Sets the backoff: its first delay, its growth, its ceiling and the share the jitter takes off.
         *
         * @param initialDelay the delay before the window's first reconnect
         * @param multiplier the growth with each reconnect in the window
         * @param maxDelay the ceiling
         * @param jitterRatio the share in [0, 1] the jitter may take off
         * @return this builder
         * @throws IllegalArgumentException when a number is negative, not finite, or the ratio above 1
         * @throws ArithmeticException when a delay does not fit in milliseconds of a long
         */
        public Builder backoff(Duration initialDelay, double multiplier, Duration maxDelay, double jitterRatio) {
            if (!(multiplier >= 0) || Double.isInfinite(multiplier)) throw new IllegalArgumentException("multiplier must be finite and not negative: " + multiplier);
            if (!(jitterRatio >= 0 && jitterRatio <= 1)) throw new IllegalArgumentException("jitterRatio must lie in [0, 1]: " + jitterRatio);
            this.initialDelayMs = millis(initialDelay, "initialDelay");
            this.maxDelayMs = millis(maxDelay, "maxDelay");
            this.multiplier = multiplier;
            this.jitterRatio = jitterRatio;
            return this;
        }

        /**
         * Adds an SDK family with the lookup that reads its keys.
         *
         * @param name the family's name, as the decision is asked about it
         * @param index the family's lookup
         * @return this builder
         */
        public Builder family(String name, CodeIndex<?> index) {
            families.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(index, "index"));
            return this;
        }

        /**
         * Sets a code's class.
         *
         * @param family the family's name
         * @param identifier the member's identifier, as {@link CatalogCode#identifier()} gives it
         * @param codeClass what the decision does with the code
         * @param reason why, for the detail of a stop
         * @return this builder
         */
        public Builder code(String family, String identifier, CodeClass codeClass, String reason) {
            Entry entry = new Entry(Objects.requireNonNull(codeClass, "codeClass"), Objects.requireNonNull(reason, "reason"));
            // No computeIfAbsent: the catalog's policy is built as its class loads, where a lambda would start
            // the JVM's invokedynamic machinery.
            Map<String, Entry> table = codes.get(Objects.requireNonNull(family, "family"));
            if (table == null) codes.put(family, table = new HashMap<>());
            table.put(Objects.requireNonNull(identifier, "identifier"), entry);
            return this;
        }

        /**
         * The policy, a copy of this builder's parts.
         *
         * @return the immutable policy
         */
        public ReconnectPolicy build() {
            return new ReconnectPolicy(this);
        }
    }
}
