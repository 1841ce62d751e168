// Generated from catalog/*.yaml by scripts/emit/languages/java/retry.ts (npm run build); do not edit.
package vpnerrorcodes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.DoubleSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vpnerrorcodes.RetryDecision.Basis;
import vpnerrorcodes.RetryDecision.FailReason;

/**
 * "This response failed; should I retry, and when?" The same contract and the same answers as the
 * TypeScript package's adviseRetry, with the numbers of {@link RetryPolicyData}. Never throws.
 */
public final class Retries {
    private Retries() {}

    private static final Pattern DELAY_SECONDS = Pattern.compile("^(\\d+)[ \\t]*(?:,|\\z)");
    private static final Pattern LIST_END = Pattern.compile("^[ \\t]*(?:,|\\z)");
    private static final Pattern RESET = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern IMF_FIXDATE = Pattern.compile(
            "^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) GMT");
    private static final Pattern RFC_850 = Pattern.compile(
            "^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2}) GMT");
    private static final Pattern ASCTIME = Pattern.compile(
            "^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( \\d|\\d{2}) (\\d{2}):(\\d{2}):(\\d{2}) (\\d{4})");
    private static final List<String> MONTHS = Arrays.asList("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
    private static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    /**
     * What to do about the response to the {@code attempt}-th send of a request (1-based). A code's own
     * advice wins over its status's rule; a known code under another status gets the more cautious of the
     * two. On a rate limit the Retry-After and reset headers set the wait, up to the policy's ceiling.
     *
     * @param headers the response headers, names in any case (HttpHeaders.map() and
     *     HttpURLConnection.getHeaderFields() both fit); a repeated header's values count as one joined by ", "
     * @param body the response text, or null when there is none
     * @param tokenRefreshed true once the token has been refreshed for this request
     * @param nowMs the current time in Unix milliseconds
     * @param random the jitter's source, returning values in [0, 1) as Math::random does
     */
    public static RetryDecision adviseRetry(int status, Map<String, List<String>> headers, String body, int attempt,
            boolean tokenRefreshed, long nowMs, DoubleSupplier random) {
        if (attempt < 1) return RetryDecision.fail(FailReason.INVALID_ATTEMPT, "attempt must be a whole number from 1, not " + attempt);
        if (status >= 200 && status < 300) return RetryDecision.fail(FailReason.NOT_AN_ERROR, "status " + status + " is a success");

        Optional<ErrorCode> code = ApiResponses.errorCode(body);
        Optional<RestErrorCode> known = code.flatMap(ErrorCode::known);
        Optional<RetryStrategy> byStatus = RetryPolicyData.statusStrategy(status);
        Optional<RetryStrategy> strategy;
        String subject;
        if (known.isPresent()) {
            RetryStrategy own = RetryPolicyData.codeStrategy(known.get());
            OptionalInt documented = RetryPolicyData.documentedStatus(known.get());
            if (documented.isPresent() && documented.getAsInt() == status) {
                subject = known.get().identifier() + " (" + status + ")";
                strategy = Optional.of(own);
            } else {
                // The server contradicts itself (a code under a status it is not documented with).
                subject = known.get().identifier() + " (" + status + ", documented " + (documented.isPresent() ? String.valueOf(documented.getAsInt()) : "without a status") + ")";
                strategy = RetryPolicyData.MOST_CAUTIOUS && failing(own) ? Optional.of(own) : byStatus;
            }
        } else {
            subject = code.isPresent() ? "unknown code " + code.get() + " (" + status + ")" : "status " + status;
            strategy = byStatus;
        }

        if (strategy.isEmpty()) return RetryDecision.fail(FailReason.NOT_RETRYABLE, subject + ": the retry policy does not list status " + status);
        if (failing(strategy.get())) return RetryDecision.fail(FailReason.NOT_RETRYABLE, subject + ": " + strategy.get().wire());
        if (strategy.get() == RetryStrategy.REFRESH_CREDENTIALS) {
            return tokenRefreshed
                    ? RetryDecision.fail(FailReason.REFRESH_ALREADY_TRIED, subject + " again after a token refresh: re-authenticate")
                    : RetryDecision.refreshToken();
        }
        if (attempt > RetryPolicyData.MAX_RETRIES) {
            return RetryDecision.fail(FailReason.ATTEMPTS_EXHAUSTED, subject + ": " + RetryPolicyData.MAX_RETRIES + " retries already made");
        }
        if (strategy.get() == RetryStrategy.WAIT_FOR_WINDOW) {
            Optional<RetryDecision> window = rateLimitWait(headers, nowMs).map(wait -> {
                if (wait.ms > RetryPolicyData.MAX_WAIT_MS) {
                    return RetryDecision.fail(FailReason.WAIT_TOO_LONG, subject + ": the server asks for "
                            + (long) Math.ceil(wait.ms / 1000) + " s, over the " + RetryPolicyData.MAX_WAIT_MS / 1000 + " s a client waits");
                }
                return RetryDecision.retry((long) Math.ceil(wait.ms + unit(random) * RetryPolicyData.JITTER_MAX_MS), wait.basis);
            });
            if (window.isPresent()) return window.get();
        }
        return RetryDecision.retry(backoffMs(attempt, random), Basis.BACKOFF);
    }

    /** The backoff before retry {@code attempt} (1 to MAX_RETRIES): exponential, plus jitter, capped at MAX_DELAY_MS. */
    public static long backoffMs(int attempt, DoubleSupplier random) {
        double base = RetryPolicyData.INITIAL_DELAY_MS * Math.pow(RetryPolicyData.MULTIPLIER, attempt - 1);
        double jitter = RetryPolicyData.JITTER_MIN_MS + unit(random) * (RetryPolicyData.JITTER_MAX_MS - RetryPolicyData.JITTER_MIN_MS);
        return Math.min(Math.round(base + jitter), RetryPolicyData.MAX_DELAY_MS);
    }

    private static boolean failing(RetryStrategy strategy) {
        // A tunnel reconnect is no step an HTTP client can take before sending again.
        return strategy == RetryStrategy.NO_RETRY || strategy == RetryStrategy.NOT_APPLICABLE || strategy == RetryStrategy.RECONNECT_TUNNEL;
    }

    /** A value in [0, 1]; a source that throws or gives NaN counts as 0. */
    private static double unit(DoubleSupplier random) {
        double x;
        try {
            x = random.getAsDouble();
        } catch (RuntimeException e) {
            return 0;
        }
        return x > 0 ? Math.min(x, 1) : 0;
    }

    private static final class Wait {
        final double ms;
        final Basis basis;

        Wait(double ms, Basis basis) {
            this.ms = ms;
            this.basis = basis;
        }
    }

    /** The wait the rate-limit headers ask for; of two usable answers, the later one. */
    private static Optional<Wait> rateLimitWait(Map<String, List<String>> headers, long nowMs) {
        Wait best = null;
        String retryAfter = trim(header(headers, RetryPolicyData.RETRY_AFTER_HEADER));
        if (!retryAfter.isEmpty()) {
            double ms = retryAfterMs(retryAfter, nowMs);
            if (Double.isFinite(ms) && ms > 0) best = new Wait(ms, Basis.RETRY_AFTER);
        }
        String reset = header(headers, RetryPolicyData.RESET_HEADER);
        // A repeated reset header, joined: its first value.
        reset = trim(reset == null || reset.indexOf(',') < 0 ? reset : reset.substring(0, reset.indexOf(',')));
        if (RESET.matcher(reset).matches()) {
            double n = Double.parseDouble(reset);
            OptionalLong msFrom = RetryPolicyData.RESET_MILLISECONDS_FROM;
            double ms = (msFrom.isPresent() && n >= msFrom.getAsLong() ? n : n * 1000) - nowMs;
            if (Double.isFinite(ms) && ms > 0 && (best == null || ms > best.ms)) best = new Wait(ms, Basis.RATE_LIMIT_RESET);
        }
        return Optional.ofNullable(best);
    }

    /** Retry-After as delay-seconds or an HTTP-date, in ms from now; NaN when it is neither. */
    private static double retryAfterMs(String value, long nowMs) {
        Matcher seconds = DELAY_SECONDS.matcher(value);
        if (seconds.lookingAt()) return Double.parseDouble(seconds.group(1)) * 1000;
        // IMF-fixdate holds a comma itself, so the first list element is found by parsing, not splitting.
        long[] date = httpDatePrefix(value, nowMs);
        if (date == null || !LIST_END.matcher(value.substring((int) date[1])).lookingAt()) return Double.NaN;
        return (double) (date[0] - nowMs);
    }

    /** An HTTP-date (IMF-fixdate, RFC 850 or asctime) at the start of text: {epoch ms, characters used}, or null. */
    private static long[] httpDatePrefix(String text, long nowMs) {
        Matcher m = IMF_FIXDATE.matcher(text);
        if (m.lookingAt()) return at(m, epochMs(num(m, 4), month(m, 3), num(m, 2), num(m, 5), num(m, 6), num(m, 7)));
        m = RFC_850.matcher(text);
        if (m.lookingAt()) {
            // RFC 9110: a two-digit year more than 50 years ahead is the most recent past year with those digits.
            int current = Instant.ofEpochMilli(nowMs).atOffset(ZoneOffset.UTC).getYear();
            int year = current / 100 * 100 + num(m, 4);
            if (year > current + 50) year -= 100;
            return at(m, epochMs(year, month(m, 3), num(m, 2), num(m, 5), num(m, 6), num(m, 7)));
        }
        m = ASCTIME.matcher(text);
        if (m.lookingAt()) return at(m, epochMs(num(m, 7), month(m, 2), Integer.parseInt(m.group(3).trim()), num(m, 4), num(m, 5), num(m, 6)));
        return null;
    }

    private static long[] at(Matcher m, Long ms) {
        return ms == null ? null : new long[] {ms, m.end()};
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int month(Matcher m, int group) {
        return MONTHS.indexOf(m.group(group));
    }

    /** Null when a field is out of range (Feb 30, 24:00:00); second 60 is a leap second. */
    private static Long epochMs(int year, int month, int day, int hour, int minute, int second) {
        boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        int days = month == 1 && leap ? 29 : DAYS_IN_MONTH[month];
        if (day < 1 || day > days || hour > 23 || minute > 59 || second > 60) return null;
        long epochDay = LocalDate.of(year, month + 1, day).toEpochDay();
        return ((epochDay * 24 + hour) * 60 + minute) * 60_000L + second * 1000L;
    }

    /** A header's values, names matched in any case, joined by ", " as a fetch Headers object joins them; null when absent. */
    private static String header(Map<String, List<String>> headers, String name) {
        if (headers == null) return null;
        StringBuilder joined = null;
        for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
            if (entry.getKey() == null || !entry.getKey().equalsIgnoreCase(name) || entry.getValue() == null) continue;
            for (String value : entry.getValue()) {
                if (value == null) continue;
                if (joined == null) joined = new StringBuilder();
                else joined.append(", ");
                joined.append(value.strip());
            }
        }
        return joined == null ? null : joined.toString();
    }

    /** JavaScript's trim: the whitespace and line terminators of ECMAScript, so that every language reads a header alike. */
    private static String trim(String text) {
        if (text == null) return "";
        int start = 0;
        int end = text.length();
        while (start < end && isJsSpace(text.charAt(start))) start++;
        while (end > start && isJsSpace(text.charAt(end - 1))) end--;
        return text.substring(start, end);
    }

    private static boolean isJsSpace(char c) {
        return c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == ' ' || c == 0xA0 || c == 0x1680
                || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
    }
}
