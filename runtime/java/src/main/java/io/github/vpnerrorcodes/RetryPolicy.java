package io.github.vpnerrorcodes;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A retry policy as a value: the numbers, headers and strategies that {@link Retries#adviseRetry} decides by
 * (runtime/SPEC.md §1). Statuses, codes and strategies are keyed by what travels: the status number, the
 * {@code error.code} string and the strategy's word ({@code "backoff"}, {@code "wait-for-window"}), so that
 * the runtime needs no catalog. The package's {@code DefaultPolicy.RETRY} is the catalog's policy; build
 * another with {@link #builder()}. Immutable and safe to share between threads.
 */
public final class RetryPolicy {
    private final long initialDelayMs;
    private final double multiplier;
    private final long jitterMinMs;
    private final long jitterMaxMs;
    private final int maxRetries;
    private final long maxDelayMs;
    private final String retryAfterHeader;
    private final String resetHeader;
    private final long maxWaitMs;
    private final Long resetMillisecondsFrom;
    private final boolean mostCautious;
    private final Map<Integer, String> statusStrategies;
    private final Map<String, String> codeStrategies;
    private final Map<String, Integer> codeStatuses;
    private final Set<String> failingStrategies;

    private RetryPolicy(Builder b) {
        initialDelayMs = b.initialDelayMs;
        multiplier = b.multiplier;
        jitterMinMs = b.jitterMinMs;
        jitterMaxMs = b.jitterMaxMs;
        maxRetries = b.maxRetries;
        maxDelayMs = b.maxDelayMs;
        retryAfterHeader = b.retryAfterHeader;
        resetHeader = b.resetHeader;
        maxWaitMs = b.maxWaitMs;
        resetMillisecondsFrom = b.resetMillisecondsFrom;
        mostCautious = b.mostCautious;
        statusStrategies = Collections.unmodifiableMap(new HashMap<>(b.statusStrategies));
        codeStrategies = Collections.unmodifiableMap(new HashMap<>(b.codeStrategies));
        codeStatuses = Collections.unmodifiableMap(new HashMap<>(b.codeStatuses));
        failingStrategies = Collections.unmodifiableSet(new HashSet<>(b.failingStrategies));
    }

    /**
     * A builder with every number 0, no header names, no statuses, codes or failing strategies.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The backoff's first wait, before jitter; each later retry multiplies it by {@link #multiplier()}.
     *
     * @return milliseconds
     */
    public long initialDelayMs() {
        return initialDelayMs;
    }

    /**
     * The backoff's growth from one retry to the next.
     *
     * @return the factor
     */
    public double multiplier() {
        return multiplier;
    }

    /**
     * The least random jitter added to a backoff wait.
     *
     * @return milliseconds
     */
    public long jitterMinMs() {
        return jitterMinMs;
    }

    /**
     * The most random jitter added to a backoff wait, and to a wait the rate-limit headers set.
     *
     * @return milliseconds
     */
    public long jitterMaxMs() {
        return jitterMaxMs;
    }

    /**
     * How many times a request is sent again at most.
     *
     * @return the number of retries
     */
    public int maxRetries() {
        return maxRetries;
    }

    /**
     * The ceiling of a backoff wait, jitter included.
     *
     * @return milliseconds
     */
    public long maxDelayMs() {
        return maxDelayMs;
    }

    /**
     * The header that gives a wait as delay-seconds or an HTTP date.
     *
     * @return the header's name, matched in any case
     */
    public String retryAfterHeader() {
        return retryAfterHeader;
    }

    /**
     * The header that gives the end of the rate-limit window as a Unix time.
     *
     * @return the header's name, matched in any case
     */
    public String resetHeader() {
        return resetHeader;
    }

    /**
     * The longest wait a client honours; a server asking for more gets a failure.
     *
     * @return milliseconds
     */
    public long maxWaitMs() {
        return maxWaitMs;
    }

    /**
     * The reset value from which on it counts Unix milliseconds rather than seconds.
     *
     * @return the threshold, or empty when every reset value is seconds
     */
    public OptionalLong resetMillisecondsFrom() {
        return resetMillisecondsFrom == null ? OptionalLong.empty() : OptionalLong.of(resetMillisecondsFrom);
    }

    /**
     * Whether a known code under a status it is not documented with takes the more cautious of the code's
     * and the status's strategies (runtime/SPEC.md §7).
     *
     * @return true for the most-cautious rule
     */
    public boolean mostCautious() {
        return mostCautious;
    }

    /**
     * A status's strategy.
     *
     * @param status the HTTP status
     * @return the strategy's word, or empty for a status the policy does not list
     */
    public Optional<String> statusStrategy(int status) {
        return Optional.ofNullable(statusStrategies.get(status));
    }

    /**
     * A code's own strategy.
     *
     * @param code the code as {@code error.code} carries it
     * @return the strategy's word, or empty for a code the policy does not know
     */
    public Optional<String> codeStrategy(String code) {
        return Optional.ofNullable(codeStrategies.get(code));
    }

    /**
     * The status a code is documented with.
     *
     * @param code the code as {@code error.code} carries it
     * @return the status, or empty for a code documented without one or not known
     */
    public OptionalInt documentedStatus(String code) {
        Integer status = codeStatuses.get(code);
        return status == null ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /**
     * Whether a strategy fails at once: no step an HTTP client takes before sending again helps.
     *
     * @param strategy the strategy's word
     * @return true when the decision under it is a failure
     */
    public boolean failing(String strategy) {
        return failingStrategies.contains(strategy);
    }

    /** Collects a policy's parts; {@link #build()} gives the immutable value. */
    public static final class Builder {
        private long initialDelayMs;
        private double multiplier;
        private long jitterMinMs;
        private long jitterMaxMs;
        private int maxRetries;
        private long maxDelayMs;
        private String retryAfterHeader = "";
        private String resetHeader = "";
        private long maxWaitMs;
        private Long resetMillisecondsFrom;
        private boolean mostCautious;
        private final Map<Integer, String> statusStrategies = new HashMap<>();
        private final Map<String, String> codeStrategies = new HashMap<>();
        private final Map<String, Integer> codeStatuses = new HashMap<>();
        private final Set<String> failingStrategies = new HashSet<>();

        private Builder() {}

        /**
         * Sets the backoff: its first wait, its growth, the jitter's range and the ceiling of a wait.
         *
         * @param initialDelayMs the first wait before jitter, in ms
         * @param multiplier the growth from one retry to the next
         * @param jitterMinMs the least jitter, in ms
         * @param jitterMaxMs the most jitter, in ms
         * @param maxDelayMs the ceiling of a backoff wait, in ms
         * @return this builder
         */
        public Builder backoff(long initialDelayMs, double multiplier, long jitterMinMs, long jitterMaxMs, long maxDelayMs) {
            this.initialDelayMs = initialDelayMs;
            this.multiplier = multiplier;
            this.jitterMinMs = jitterMinMs;
            this.jitterMaxMs = jitterMaxMs;
            this.maxDelayMs = maxDelayMs;
            return this;
        }

        /**
         * Sets how many times a request is sent again at most.
         *
         * @param maxRetries the number of retries
         * @return this builder
         */
        public Builder maxRetries(int maxRetries) {
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * Sets the rate-limit headers and the longest wait a client honours.
         *
         * @param retryAfterHeader the header with delay-seconds or an HTTP date
         * @param resetHeader the header with the window's end as a Unix time
         * @param maxWaitMs the longest wait, in ms
         * @return this builder
         */
        public Builder rateLimit(String retryAfterHeader, String resetHeader, long maxWaitMs) {
            this.retryAfterHeader = Objects.requireNonNull(retryAfterHeader, "retryAfterHeader");
            this.resetHeader = Objects.requireNonNull(resetHeader, "resetHeader");
            this.maxWaitMs = maxWaitMs;
            return this;
        }

        /**
         * Sets the reset value from which on it counts Unix milliseconds; without it every value is seconds.
         *
         * @param threshold the least value read as milliseconds
         * @return this builder
         */
        public Builder resetMillisecondsFrom(long threshold) {
            this.resetMillisecondsFrom = threshold;
            return this;
        }

        /**
         * Sets whether a known code under a foreign status takes the more cautious strategy.
         *
         * @param mostCautious true for the most-cautious rule
         * @return this builder
         */
        public Builder mostCautious(boolean mostCautious) {
            this.mostCautious = mostCautious;
            return this;
        }

        /**
         * Lists a status with its strategy.
         *
         * @param status the HTTP status
         * @param strategy the strategy's word
         * @return this builder
         */
        public Builder status(int status, String strategy) {
            statusStrategies.put(status, Objects.requireNonNull(strategy, "strategy"));
            return this;
        }

        /**
         * Lists a code documented without a status.
         *
         * @param code the code as {@code error.code} carries it
         * @param strategy the code's own strategy
         * @return this builder
         */
        public Builder code(String code, String strategy) {
            codeStrategies.put(Objects.requireNonNull(code, "code"), Objects.requireNonNull(strategy, "strategy"));
            codeStatuses.remove(code);
            return this;
        }

        /**
         * Lists a code with the status it is documented with.
         *
         * @param code the code as {@code error.code} carries it
         * @param strategy the code's own strategy
         * @param status the documented status
         * @return this builder
         */
        public Builder code(String code, String strategy, int status) {
            code(code, strategy);
            codeStatuses.put(code, status);
            return this;
        }

        /**
         * Adds strategies under which the decision fails at once.
         *
         * @param strategies the strategies' words
         * @return this builder
         */
        public Builder failingStrategies(String... strategies) {
            for (String strategy : strategies) failingStrategies.add(Objects.requireNonNull(strategy, "strategy"));
            return this;
        }

        /**
         * The policy, a copy of this builder's parts.
         *
         * @return the immutable policy
         */
        public RetryPolicy build() {
            return new RetryPolicy(this);
        }
    }
}
