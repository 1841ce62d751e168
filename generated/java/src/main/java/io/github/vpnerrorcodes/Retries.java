// Copied from runtime/java/src/main/java/io/github/vpnerrorcodes/Retries.java by npm run build: edit that file, not this copy.
package io.github.vpnerrorcodes;

import io.github.vpnerrorcodes.RetryDecision.Basis;
import io.github.vpnerrorcodes.RetryDecision.FailReason;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.DoubleSupplier;

/**
 * "This response failed; should I retry, and when?", answered by a {@link RetryPolicy} as runtime/SPEC.md
 * states it. Never throws on what a response holds.
 */
public final class Retries {
    private Retries() {}

    /** The strategy whose step is a token refresh (runtime/SPEC.md §7). */
    static final String REFRESH_CREDENTIALS = "refresh-credentials";
    /** The strategy that reads the rate-limit headers for its wait (runtime/SPEC.md §7). */
    static final String WAIT_FOR_WINDOW = "wait-for-window";

    /**
     * What to do about the response to the {@code attempt}-th send of a request. A code's own strategy wins
     * over its status's; a known code under a status it is not documented with gets the status's, or the
     * code's when the policy is most cautious and the code's fails. Under {@code wait-for-window} the
     * rate-limit headers set the wait, up to the policy's ceiling.
     *
     * @param policy the policy to decide by; the package's {@code DefaultPolicy.RETRY} is the catalog's
     * @param status the response's HTTP status
     * @param headers the response headers, names in any case ({@code HttpHeaders.map()} and
     *     {@code HttpURLConnection.getHeaderFields()} both fit); a repeated header's values count as one
     *     joined by ", "
     * @param body the response text, or null when there is none
     * @param attempt which send of the request this response answers, from 1
     * @param tokenRefreshed true once the token has been refreshed for this request
     * @param nowMs the current time in Unix milliseconds
     * @param random the jitter's source, giving values in [0, 1) as {@code Math::random} does
     * @return the decision
     * @throws NullPointerException when {@code policy} is null
     */
    public static RetryDecision adviseRetry(RetryPolicy policy, int status, Map<String, List<String>> headers, String body, int attempt,
            boolean tokenRefreshed, long nowMs, DoubleSupplier random) {
        Objects.requireNonNull(policy, "policy");
        // runtime/SPEC.md §6: attempts count sends from 1; the policy's retries follow the first send.
        if (attempt < 1) return RetryDecision.fail(FailReason.INVALID_ATTEMPT, "attempt must be a whole number from 1, not " + attempt);
        if (status >= 200 && status < 300) return RetryDecision.fail(FailReason.NOT_AN_ERROR, "status " + status + " is a success");

        // runtime/SPEC.md §7: a known code's own strategy, its status's, or the more cautious of the two.
        String code = ApiResponses.errorCode(body).orElse(null);
        Optional<String> own = code == null ? Optional.empty() : policy.codeStrategy(code);
        OptionalInt documented = own.isPresent() ? policy.documentedStatus(code) : OptionalInt.empty();
        // The server contradicts itself when it sends a code under a status the code is not documented with.
        boolean contradicted = own.isPresent() && !(documented.isPresent() && documented.getAsInt() == status);
        Optional<String> strategy = own.isPresent() && (!contradicted || (policy.mostCautious() && policy.failing(own.get())))
                ? own
                : policy.statusStrategy(status);

        if (strategy.isEmpty()) return RetryDecision.fail(FailReason.NOT_RETRYABLE, subject(code, own, documented, status) + ": the retry policy does not list status " + status);
        String chosen = strategy.get();
        if (policy.failing(chosen)) return RetryDecision.fail(FailReason.NOT_RETRYABLE, subject(code, own, documented, status) + ": " + chosen);
        if (chosen.equals(REFRESH_CREDENTIALS)) {
            return tokenRefreshed
                    ? RetryDecision.fail(FailReason.REFRESH_ALREADY_TRIED, subject(code, own, documented, status) + " again after a token refresh: re-authenticate")
                    : RetryDecision.refreshToken();
        }
        if (attempt > policy.maxRetries()) {
            return RetryDecision.fail(FailReason.ATTEMPTS_EXHAUSTED, subject(code, own, documented, status) + ": " + policy.maxRetries() + " retries already made");
        }
        if (chosen.equals(WAIT_FOR_WINDOW)) {
            RateLimitHeaders.Wait wait = RateLimitHeaders.wait(policy, headers, nowMs);
            if (wait != null && wait.ms > policy.maxWaitMs()) {
                return RetryDecision.fail(FailReason.WAIT_TOO_LONG, subject(code, own, documented, status) + ": the server asks for "
                        + (long) Math.ceil(wait.ms / 1000) + " s, over the " + policy.maxWaitMs() / 1000 + " s a client waits");
            }
            // runtime/SPEC.md §2: the header's wait plus jitter, rounded up to a whole millisecond.
            if (wait != null) return RetryDecision.retry((long) Math.ceil(wait.ms + unit(random) * policy.jitterMaxMs()), wait.basis);
        }
        return RetryDecision.retry(backoffMs(policy, attempt, random), Basis.BACKOFF);
    }

    /**
     * What a failure's detail is about: the code and status as the decision read them. Built only for a
     * failure, so that a retry or a refresh, often a process's first call, formats no text.
     */
    private static String subject(String code, Optional<String> own, OptionalInt documented, int status) {
        if (code == null) return "status " + status;
        if (own.isEmpty()) return "unknown code " + code + " (" + status + ")";
        if (documented.isPresent() && documented.getAsInt() == status) return code + " (" + status + ")";
        return code + " (" + status + ", documented " + (documented.isPresent() ? String.valueOf(documented.getAsInt()) : "without a status") + ")";
    }

    /**
     * The backoff before retry {@code attempt}: exponential, plus jitter, rounded to the nearest millisecond
     * and capped at the policy's ceiling (runtime/SPEC.md §2).
     *
     * @param policy the policy whose numbers to use
     * @param attempt the retry, from 1 to the policy's {@code maxRetries()}
     * @param random the jitter's source, giving values in [0, 1)
     * @return milliseconds
     * @throws NullPointerException when {@code policy} is null
     */
    public static long backoffMs(RetryPolicy policy, int attempt, DoubleSupplier random) {
        double base = policy.initialDelayMs() * Math.pow(policy.multiplier(), attempt - 1);
        double jitter = policy.jitterMinMs() + unit(random) * (policy.jitterMaxMs() - policy.jitterMinMs());
        return Math.min(Math.round(base + jitter), policy.maxDelayMs());
    }

    /** A value in [0, 1]; a source that is null, throws or gives NaN counts as 0 (runtime/SPEC.md §11). */
    static double unit(DoubleSupplier random) {
        double x;
        try {
            x = random.getAsDouble();
        } catch (RuntimeException e) {
            return 0;
        }
        return x > 0 ? Math.min(x, 1) : 0;
    }
}
