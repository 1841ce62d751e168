// Copied from runtime/java/src/main/java/io/github/vpnerrorcodes/Advisor.java by npm run build: edit that file, not this copy.
package io.github.vpnerrorcodes;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * {@link Retries#adviseRetry} with its policy, clock and randomness fixed once, so that a call passes only
 * what the response holds. Immutable; the {@code with} methods return a new advisor.
 *
 * <pre>{@code
 * Advisor advisor = Advisor.of(DefaultPolicy.RETRY);           // system clock, Math::random
 * RetryDecision decision = advisor.adviseRetry(response, attempt);
 * }</pre>
 */
public final class Advisor {
    private final RetryPolicy policy;
    /** Null for the system clock, read as System.currentTimeMillis(): Clock.systemUTC() would set up time zones on a first call. */
    private final Clock clock;
    private final DoubleSupplier random;

    private Advisor(RetryPolicy policy, Clock clock, DoubleSupplier random) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = clock;
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * An advisor with the system clock and {@code Math::random}.
     *
     * @param policy the policy to decide by; the package's {@code DefaultPolicy.RETRY} is the catalog's
     * @return the advisor
     * @throws NullPointerException when {@code policy} is null
     */
    public static Advisor of(RetryPolicy policy) {
        return new Advisor(policy, null, SystemRandom.INSTANCE);
    }

    /**
     * The same advisor reading another clock, such as {@code Clock.fixed} in a test.
     *
     * @param clock the clock
     * @return a new advisor
     * @throws NullPointerException when {@code clock} is null
     */
    public Advisor withClock(Clock clock) {
        return new Advisor(policy, Objects.requireNonNull(clock, "clock"), random);
    }

    /**
     * The same advisor drawing its jitter from another source.
     *
     * @param random values in [0, 1), as {@code Math::random} gives them
     * @return a new advisor
     * @throws NullPointerException when {@code random} is null
     */
    public Advisor withRandom(DoubleSupplier random) {
        return new Advisor(policy, clock, random);
    }

    /**
     * The policy this advisor decides by.
     *
     * @return the policy
     */
    public RetryPolicy policy() {
        return policy;
    }

    /**
     * What to do about a {@code java.net.http} response to the {@code attempt}-th send, the token not yet refreshed.
     *
     * @param response the response, its body read as a string
     * @param attempt which send the response answers, from 1
     * @return the decision
     * @throws NullPointerException when {@code response} is null
     */
    public RetryDecision adviseRetry(HttpResponse<String> response, int attempt) {
        return adviseRetry(response, attempt, false);
    }

    /**
     * What to do about a {@code java.net.http} response to the {@code attempt}-th send.
     *
     * @param response the response, its body read as a string
     * @param attempt which send the response answers, from 1
     * @param tokenRefreshed true once the token has been refreshed for this request
     * @return the decision
     * @throws NullPointerException when {@code response} is null
     */
    public RetryDecision adviseRetry(HttpResponse<String> response, int attempt, boolean tokenRefreshed) {
        return adviseRetry(response.statusCode(), response.headers(), response.body(), attempt, tokenRefreshed);
    }

    /**
     * What to do about a response given as its parts, with {@code java.net.http}'s headers.
     *
     * @param status the HTTP status
     * @param headers the headers
     * @param body the body text, or null
     * @param attempt which send the response answers, from 1
     * @param tokenRefreshed true once the token has been refreshed for this request
     * @return the decision
     * @throws NullPointerException when {@code headers} is null
     */
    public RetryDecision adviseRetry(int status, HttpHeaders headers, String body, int attempt, boolean tokenRefreshed) {
        return adviseRetry(status, headers.map(), body, attempt, tokenRefreshed);
    }

    /**
     * What to do about a response given as its parts; {@code HttpURLConnection.getHeaderFields()} fits the headers.
     *
     * @param status the HTTP status
     * @param headers the headers, names in any case, or null for none
     * @param body the body text, or null
     * @param attempt which send the response answers, from 1
     * @param tokenRefreshed true once the token has been refreshed for this request
     * @return the decision
     */
    public RetryDecision adviseRetry(int status, Map<String, List<String>> headers, String body, int attempt, boolean tokenRefreshed) {
        long now;
        try {
            now = clock == null ? System.currentTimeMillis() : clock.millis();
        } catch (RuntimeException e) {
            // A clock outside what milliseconds hold: the decision reads no date then (runtime/SPEC.md §11).
            now = 0;
        }
        return Retries.adviseRetry(policy, status, headers == null ? Map.of() : headers, body, attempt, tokenRefreshed, now, random);
    }

    /** {@code Math.random()} as a class of its own: a method reference would start the JVM's lambda machinery on the first call. */
    enum SystemRandom implements DoubleSupplier {
        INSTANCE;

        @Override
        public double getAsDouble() {
            return Math.random();
        }
    }
}
