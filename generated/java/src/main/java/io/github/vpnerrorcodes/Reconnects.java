// Copied from runtime/java/src/main/java/io/github/vpnerrorcodes/Reconnects.java by npm run build: edit that file, not this copy.
package io.github.vpnerrorcodes;

import io.github.vpnerrorcodes.ReconnectDecision.Basis;
import io.github.vpnerrorcodes.ReconnectDecision.StopReason;
import io.github.vpnerrorcodes.ReconnectPolicy.CodeClass;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * "The SDK reported this error; should I reconnect the tunnel, and when?", answered by a {@link ReconnectPolicy}
 * as runtime/SPEC.md §12 states it. Pure: the history, the clock and the random source are the caller's. Never
 * throws on what the SDK or the history holds.
 */
public final class Reconnects {
    private Reconnects() {}

    /**
     * What to do about an SDK error given by any key its family's lookup accepts, now.
     *
     * @param policy the policy to decide by; the package's {@code DefaultPolicy.reconnect()} is the catalog's
     * @param family the family's name, such as the SDK event's or result's
     * @param code the code's value as text, identifier, alias or older wire name
     * @param history what happened before; null reads as none
     * @return the advice
     * @throws NullPointerException when {@code policy} is null
     */
    public static ReconnectDecision adviseReconnect(ReconnectPolicy policy, String family, String code, ReconnectHistory history) {
        return adviseReconnect(policy, family, code, history, System.currentTimeMillis(), Advisor.SystemRandom.INSTANCE);
    }

    /**
     * What to do about an SDK error given by its value in an integer family, now.
     *
     * @param policy the policy to decide by; the package's {@code DefaultPolicy.reconnect()} is the catalog's
     * @param family the family's name, such as the SDK event's
     * @param code the code's value
     * @param history what happened before; null reads as none
     * @return the advice
     * @throws NullPointerException when {@code policy} is null
     */
    public static ReconnectDecision adviseReconnect(ReconnectPolicy policy, String family, long code, ReconnectHistory history) {
        return adviseReconnect(policy, family, code, history, System.currentTimeMillis(), Advisor.SystemRandom.INSTANCE);
    }

    /**
     * What to do about an SDK error given by any key its family's lookup accepts.
     *
     * @param policy the policy to decide by; the package's {@code DefaultPolicy.reconnect()} is the catalog's
     * @param family the family's name, such as the SDK event's or result's
     * @param code the code's value as text, identifier, alias or older wire name
     * @param history what happened before; null reads as none
     * @param nowMs the current time in Unix milliseconds
     * @param random the jitter's source, giving values in [0, 1) as {@code Math::random} does; null, a throw or
     *     garbage reads as 0
     * @return the advice
     * @throws NullPointerException when {@code policy} is null
     */
    public static ReconnectDecision adviseReconnect(ReconnectPolicy policy, String family, String code, ReconnectHistory history, long nowMs,
            DoubleSupplier random) {
        Objects.requireNonNull(policy, "policy");
        String identifier = policy.identifier(family, code);
        return decide(policy, family, identifier, code == null ? "null" : '"' + code + '"', history, nowMs, random);
    }

    /**
     * What to do about an SDK error given by its value in an integer family.
     *
     * @param policy the policy to decide by; the package's {@code DefaultPolicy.reconnect()} is the catalog's
     * @param family the family's name, such as the SDK event's
     * @param code the code's value
     * @param history what happened before; null reads as none
     * @param nowMs the current time in Unix milliseconds
     * @param random the jitter's source, giving values in [0, 1) as {@code Math::random} does; null, a throw or
     *     garbage reads as 0
     * @return the advice
     * @throws NullPointerException when {@code policy} is null
     */
    public static ReconnectDecision adviseReconnect(ReconnectPolicy policy, String family, long code, ReconnectHistory history, long nowMs,
            DoubleSupplier random) {
        Objects.requireNonNull(policy, "policy");
        return decide(policy, family, policy.identifier(family, code), String.valueOf(code), history, nowMs, random);
    }

    private static ReconnectDecision decide(ReconnectPolicy policy, String family, String identifier, String key, ReconnectHistory history, long now,
            DoubleSupplier random) {
        // runtime/SPEC.md §12 step 1: the code and its class.
        ReconnectPolicy.Entry entry = policy.entry(family, identifier);
        if (entry == null) return ReconnectDecision.stop(StopReason.UNKNOWN_CODE, (family == null ? "no family" : "family " + family) + " has no code " + key);
        String subject = family + "." + identifier;
        if (entry.codeClass == CodeClass.NOT_AN_ERROR) return ReconnectDecision.stop(StopReason.NOT_AN_ERROR, subject + " is a success code");
        if (entry.codeClass == CodeClass.STOP) {
            return ReconnectDecision.stop(StopReason.NOT_RECONNECTABLE, subject + ": " + (entry.reason.isEmpty() ? "a new tunnel would fail the same way" : entry.reason));
        }

        // Step 2: times after now are ignored; the error being decided counts as one at now.
        ReconnectHistory past = history == null ? ReconnectHistory.empty() : history;
        long[] reconnects = upTo(past.reconnects(), now);
        long[] connected = upTo(past.connected(), now);
        long[] errors = sameCode(policy, past, family, identifier, now);

        // Step 3: the window's cap.
        long windowStart = minus(now, policy.windowMs());
        int recent = 0;
        for (long t : reconnects) if (t > windowStart) recent++;
        if (recent >= policy.maxReconnects()) {
            return ReconnectDecision.stop(StopReason.WINDOW_EXHAUSTED, subject + ": " + recent + " reconnects in the last " + seconds(policy.windowMs())
                    + " s, the most the policy allows; ask the user");
        }

        // Step 4: a reconnect that never connected (the gateway is down) is the backoff's business, not flapping.
        int times = policy.flappingTimes();
        long within = policy.flappingWithinMs();
        if (connected.length >= times) {
            boolean flapping = true;
            for (int i = connected.length - times; i < connected.length && flapping; i++) flapping = cameBack(errors, connected[i], within);
            if (flapping) {
                return ReconnectDecision.stop(StopReason.FLAPPING, subject + " came back within " + seconds(within) + " s of each of the last " + times
                        + " times the tunnel came up: a new tunnel does not clear it; ask the user");
            }
        }

        // Steps 5 to 7.
        if (entry.codeClass == CodeClass.WAIT_FOR_NETWORK) return ReconnectDecision.waitForNetwork();
        if (entry.codeClass == CodeClass.RECONNECT_NOW) {
            long soon = minus(now, within);
            boolean reconnectedSoon = false;
            for (long t : reconnects) reconnectedSoon |= t > soon;
            if (!reconnectedSoon) return ReconnectDecision.reconnect(0, Basis.IMMEDIATE);
        }
        return ReconnectDecision.reconnect(backoffMs(policy, recent, random), Basis.BACKOFF);
    }

    /**
     * The backoff after {@code reconnects} reconnects in the window: exponential up to the ceiling, less the
     * jitter's share, rounded to the nearest millisecond, a tie up (runtime/SPEC.md §12 step 7 and §2).
     *
     * @param policy the policy whose numbers to use
     * @param reconnects the reconnects in the window, from 0
     * @param random the jitter's source, giving values in [0, 1)
     * @return milliseconds
     * @throws NullPointerException when {@code policy} is null
     */
    public static long backoffMs(ReconnectPolicy policy, int reconnects, DoubleSupplier random) {
        double base = Math.min(policy.initialDelayMs() * Math.pow(policy.multiplier(), Math.max(reconnects, 0)), policy.maxDelayMs());
        return Math.round(base * (1 - policy.jitterRatio() * Retries.unit(random)));
    }

    /** The times at or before now, sorted. */
    private static long[] upTo(long[] times, long now) {
        long[] out = new long[times.length];
        int n = 0;
        for (long t : times) if (t <= now) out[n++] = t;
        out = Arrays.copyOf(out, n);
        Arrays.sort(out);
        return out;
    }

    /** When this same code was reported before, at or before now, and now itself: the error being decided. */
    private static long[] sameCode(ReconnectPolicy policy, ReconnectHistory past, String family, String identifier, long now) {
        long[] out = new long[past.errors().size() + 1];
        int n = 0;
        for (ReconnectHistory.PastError e : past.errors()) {
            if (e.atMs > now || !family.equals(e.family)) continue;
            String other = e.code instanceof Long ? policy.identifier(e.family, (long) (Long) e.code) : policy.identifier(e.family, (String) e.code);
            if (identifier.equals(other)) out[n++] = e.atMs;
        }
        out[n++] = now;
        return Arrays.copyOf(out, n);
    }

    /** Whether an error followed the tunnel coming up at {@code up}: after it, and at most {@code within} later. */
    private static boolean cameBack(long[] errors, long up, long within) {
        long until = up > Long.MAX_VALUE - within ? Long.MAX_VALUE : up + within;
        for (long t : errors) if (t > up && t <= until) return true;
        return false;
    }

    /** now − span, held at Long.MIN_VALUE rather than wrapping around. */
    private static long minus(long now, long span) {
        return now < Long.MIN_VALUE + span ? Long.MIN_VALUE : now - span;
    }

    /** Milliseconds as seconds, the fraction only where there is one. */
    private static String seconds(long ms) {
        return ms % 1000 == 0 ? String.valueOf(ms / 1000) : String.valueOf(ms / 1000.0);
    }
}
