package io.github.vpnerrorcodes;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What to do about a response: send it again after a delay, refresh the access token, or fail.
 * {@link #toString()} gives it in one line: as the shared decision vectors print it, then a failure's detail.
 */
public final class RetryDecision {
    /** The three answers. */
    public enum Action {
        /** Send the request again after {@link RetryDecision#delayMs()}. */
        RETRY,
        /** Refresh the access token, then send the request once more. */
        REFRESH_TOKEN,
        /** Do not send the request again. */
        FAIL
    }

    /** What set a retry's delay. */
    public enum Basis {
        /** The policy's exponential backoff with jitter (runtime/SPEC.md §2). */
        BACKOFF("backoff"),
        /** The policy's retry-after header (runtime/SPEC.md §4). */
        RETRY_AFTER("retry-after"),
        /** The server's rate-limit reset header (runtime/SPEC.md §5). */
        RATE_LIMIT_RESET("rate-limit-reset");

        private final String wire;

        Basis(String wire) {
            this.wire = wire;
        }

        /**
         * The basis as every runtime and the decision vectors spell it.
         *
         * @return the word
         */
        public String wire() {
            return wire;
        }
    }

    /** Why the request should not be sent again. */
    public enum FailReason {
        /** The status is a success. */
        NOT_AN_ERROR("not-an-error"),
        /** The status or code is not one that a retry can mend. */
        NOT_RETRYABLE("not-retryable"),
        /** The policy's retries are used up. */
        ATTEMPTS_EXHAUSTED("attempts-exhausted"),
        /** The token was refreshed already and the server still refuses it. */
        REFRESH_ALREADY_TRIED("refresh-already-tried"),
        /** The server asks for a longer wait than the policy honours. */
        WAIT_TOO_LONG("wait-too-long"),
        /** The attempt number is below 1. */
        INVALID_ATTEMPT("invalid-attempt");

        private final String wire;

        FailReason(String wire) {
            this.wire = wire;
        }

        /**
         * The reason as every runtime and the decision vectors spell it.
         *
         * @return the word
         */
        public String wire() {
            return wire;
        }
    }

    private final Action action;
    private final long delayMs;
    private final Basis basis;
    private final FailReason reason;
    private final String detail;

    private RetryDecision(Action action, long delayMs, Basis basis, FailReason reason, String detail) {
        this.action = action;
        this.delayMs = delayMs;
        this.basis = basis;
        this.reason = reason;
        this.detail = detail;
    }

    static RetryDecision retry(long delayMs, Basis basis) {
        return new RetryDecision(Action.RETRY, delayMs, Objects.requireNonNull(basis), null, "");
    }

    static RetryDecision refreshToken() {
        return new RetryDecision(Action.REFRESH_TOKEN, 0, null, null, "");
    }

    static RetryDecision fail(FailReason reason, String detail) {
        return new RetryDecision(Action.FAIL, 0, null, Objects.requireNonNull(reason), detail);
    }

    /**
     * Which of the three answers this is.
     *
     * @return the action
     */
    public Action action() {
        return action;
    }

    /**
     * How long to wait before sending again.
     *
     * @return milliseconds; 0 unless the action is {@link Action#RETRY}
     */
    public long delayMs() {
        return delayMs;
    }

    /**
     * How long to wait before sending again, as {@code Thread.sleep(Duration)} and schedulers take it.
     *
     * @return the delay; zero unless the action is {@link Action#RETRY}
     */
    public Duration delay() {
        return Duration.ofMillis(delayMs);
    }

    /**
     * What set the delay.
     *
     * @return the basis, for {@link Action#RETRY}; empty otherwise
     */
    public Optional<Basis> basis() {
        return Optional.ofNullable(basis);
    }

    /**
     * Why not to send again.
     *
     * @return the reason, for {@link Action#FAIL}; empty otherwise
     */
    public Optional<FailReason> reason() {
        return Optional.ofNullable(reason);
    }

    /**
     * One sentence for logs.
     *
     * @return the sentence, for {@link Action#FAIL}; empty text otherwise
     */
    public String detail() {
        return detail;
    }

    /** The decision as the shared decision vectors print it: {@code retry <ms> <basis>}, {@code refresh-token} or {@code fail <reason>}. */
    String line() {
        switch (action) {
            case RETRY:
                return "retry " + delayMs + " " + basis.wire();
            case REFRESH_TOKEN:
                return "refresh-token";
            default:
                return "fail " + reason.wire();
        }
    }

    /**
     * The decision in one line: {@code retry <ms> <basis>}, {@code refresh-token} or {@code fail <reason>: <detail>}.
     *
     * @return the line
     */
    @Override
    public String toString() {
        return detail.isEmpty() ? line() : line() + ": " + detail;
    }
}
