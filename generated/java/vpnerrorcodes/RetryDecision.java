// Generated from catalog/*.yaml by scripts/emit/languages/java/retry.ts (npm run build); do not edit.
package vpnerrorcodes;

import java.util.Objects;
import java.util.Optional;

/**
 * What to do about a response: send it again after a delay, refresh the access token, or fail.
 * toString() gives it in one line, as the shared decision vectors print it.
 */
public final class RetryDecision {
    /** The three answers. */
    public enum Action {
        RETRY,
        REFRESH_TOKEN,
        FAIL
    }

    /**
     * What set a retry's delay.
     */
    public enum Basis {
        BACKOFF("backoff"),
        RETRY_AFTER("retry-after"),
        RATE_LIMIT_RESET("rate-limit-reset");

        private final String wire;

        Basis(String wire) {
            this.wire = wire;
        }

        /** The name as the catalog and the TypeScript package spell it. */
        public String wire() {
            return wire;
        }
    }

    /**
     * Why the request should not be sent again.
     */
    public enum FailReason {
        NOT_AN_ERROR("not-an-error"),
        NOT_RETRYABLE("not-retryable"),
        ATTEMPTS_EXHAUSTED("attempts-exhausted"),
        REFRESH_ALREADY_TRIED("refresh-already-tried"),
        WAIT_TOO_LONG("wait-too-long"),
        INVALID_ATTEMPT("invalid-attempt");

        private final String wire;

        FailReason(String wire) {
            this.wire = wire;
        }

        /** The name as the catalog and the TypeScript package spell it. */
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

    public Action action() {
        return action;
    }

    /** How long to wait before sending again; 0 unless the action is RETRY. */
    public long delayMs() {
        return delayMs;
    }

    /** What set the delay, for RETRY. */
    public Optional<Basis> basis() {
        return Optional.ofNullable(basis);
    }

    /** Why not to retry, for FAIL. */
    public Optional<FailReason> reason() {
        return Optional.ofNullable(reason);
    }

    /** One sentence for logs on a FAIL; empty otherwise. */
    public String detail() {
        return detail;
    }

    @Override
    public String toString() {
        switch (action) {
            case RETRY:
                return "retry " + delayMs + " " + basis.wire();
            case REFRESH_TOKEN:
                return "refresh-token";
            default:
                return "fail " + reason.wire();
        }
    }
}
