package io.github.vpnerrorcodes;

import io.github.vpnerrorcodes.RetryDecision.Basis;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * How long the rate-limit headers ask a client to wait (runtime/SPEC.md §3 to §5). The numbers are scanned by
 * hand: compiling a regex of digits bootstraps java.util.regex's lambdas, milliseconds of a first rate-limited decision.
 */
final class RateLimitHeaders {
    private RateLimitHeaders() {}

    /** A wait in ms and what set it. */
    static final class Wait {
        final double ms;
        final Basis basis;

        Wait(double ms, Basis basis) {
            this.ms = ms;
            this.basis = basis;
        }
    }

    /** The wait the headers ask for, or null when neither says anything usable; of two answers, the later one. */
    static Wait wait(RetryPolicy policy, Map<String, List<String>> headers, long nowMs) {
        Wait best = null;
        String retryAfter = header(headers, policy.retryAfterHeader());
        if (retryAfter != null && !retryAfter.isEmpty()) {
            double ms = retryAfterMs(retryAfter, nowMs);
            if (Double.isFinite(ms) && ms > 0) best = new Wait(ms, Basis.RETRY_AFTER);
        }
        String reset = header(headers, policy.resetHeader());
        if (reset != null) {
            double ms = resetMs(reset, policy.resetMillisecondsFrom(), nowMs);
            if (Double.isFinite(ms) && ms > 0 && (best == null || ms > best.ms)) best = new Wait(ms, Basis.RATE_LIMIT_RESET);
        }
        return best;
    }

    /**
     * A header's value: its values, each trimmed of optional whitespace, joined by ", " in the order they
     * came, the name matched in any case; null when absent. A map that throws reads as no headers.
     */
    static String header(Map<String, List<String>> headers, String name) {
        if (headers == null) return null;
        StringBuilder joined = null;
        try {
            for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
                if (entry.getKey() == null || !entry.getKey().equalsIgnoreCase(name) || entry.getValue() == null) continue;
                for (String value : entry.getValue()) {
                    if (value == null) continue;
                    if (joined == null) joined = new StringBuilder();
                    else joined.append(", ");
                    joined.append(trimOws(value));
                }
            }
        } catch (RuntimeException e) {
            return null;
        }
        return joined == null ? null : joined.toString();
    }

    /** The text without the SP and HTAB at its ends, RFC 9110's optional whitespace; nothing else is trimmed. */
    static String trimOws(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isOws(text.charAt(start))) start++;
        while (end > start && isOws(text.charAt(end - 1))) end--;
        return text.substring(start, end);
    }

    private static boolean isOws(char c) {
        return c == ' ' || c == '\t';
    }

    /** The retry-after header's first list element as delay-seconds or an HTTP-date, in ms from now; NaN when it is neither. */
    static double retryAfterMs(String value, long nowMs) {
        int digits = digitsEnd(value, 0);
        if (digits > 0 && listElementEnds(value, digits)) return Double.parseDouble(value.substring(0, digits)) * 1000;
        HttpDates.Prefix date = HttpDates.prefix(value, nowMs);
        if (date == null || !listElementEnds(value, date.length)) return Double.NaN;
        return (double) (date.epochMs - nowMs);
    }

    /** The reset header's first list element as a Unix time, in ms from now; NaN when it is not a number. */
    static double resetMs(String value, OptionalLong millisecondsFrom, long nowMs) {
        int comma = value.indexOf(',');
        String first = trimOws(comma < 0 ? value : value.substring(0, comma));
        int whole = digitsEnd(first, 0);
        int end = whole < first.length() && first.charAt(whole) == '.' ? digitsEnd(first, whole + 1) : whole;
        // Digits, then a fraction of digits or nothing, and no more.
        if (whole == 0 || end == whole + 1 || end != first.length()) return Double.NaN;
        double n = Double.parseDouble(first);
        return (millisecondsFrom.isPresent() && n >= millisecondsFrom.getAsLong() ? n : n * 1000) - nowMs;
    }

    /** Where the run of ASCII digits from {@code from} ends: {@code from} when there is none. */
    private static int digitsEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') i++;
        return i;
    }

    /** Whether a list element ends at {@code from}: optional whitespace, then a comma or the text's end. */
    private static boolean listElementEnds(String text, int from) {
        int i = from;
        while (i < text.length() && isOws(text.charAt(i))) i++;
        return i == text.length() || text.charAt(i) == ',';
    }
}
