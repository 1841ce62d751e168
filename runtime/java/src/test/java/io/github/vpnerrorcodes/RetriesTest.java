package io.github.vpnerrorcodes;

import static io.github.vpnerrorcodes.SyntheticPolicies.RESET_HEADER;
import static io.github.vpnerrorcodes.SyntheticPolicies.WAIT_HEADER;
import static io.github.vpnerrorcodes.SyntheticPolicies.failure;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

class RetriesTest {
    private static final RetryPolicy POLICY = SyntheticPolicies.retry();
    private static final long NOW = 1_700_000_000_000L;
    private static final Map<String, List<String>> NONE = Collections.emptyMap();

    private static String advise(RetryPolicy policy, int status, Map<String, List<String>> headers, String body, int attempt, boolean refreshed, DoubleSupplier random) {
        return Retries.adviseRetry(policy, status, headers, body, attempt, refreshed, NOW, random).line();
    }

    private static String advise(int status, Map<String, List<String>> headers, String body, int attempt) {
        return advise(POLICY, status, headers, body, attempt, false, () -> 0.5);
    }

    private static Map<String, List<String>> headers(String name, String... values) {
        return Map.of(name, List.of(values));
    }

    @Test
    void failsAnAttemptBelowOneAndASuccess() {
        assertEquals("fail invalid-attempt", advise(599, NONE, null, 0));
        assertEquals("fail invalid-attempt", advise(599, NONE, null, Integer.MIN_VALUE));
        assertEquals("fail not-an-error", advise(200, NONE, null, 1));
        assertEquals("fail not-an-error", advise(299, NONE, null, 1));
    }

    @Test
    void followsTheStatusStrategy() {
        assertEquals("fail not-retryable", advise(499, NONE, null, 1));
        assertEquals("fail not-retryable", advise(451, NONE, null, 1));
        assertEquals("refresh-token", advise(407, NONE, null, 1));
        assertEquals("fail refresh-already-tried", advise(POLICY, 407, NONE, null, 1, true, () -> 0));
        RetryDecision unlisted = Retries.adviseRetry(POLICY, 499, NONE, null, 1, false, NOW, () -> 0);
        assertTrue(unlisted.detail().contains("does not list status 499"), unlisted.detail());
    }

    @Test
    void backsOffExponentiallyWithJitterUpToTheCeiling() {
        // 250 * 2^(n-1) plus 10 + 0.5 * 40 of jitter, rounded to the nearest ms.
        assertEquals("retry 280 backoff", advise(599, NONE, null, 1));
        assertEquals("retry 530 backoff", advise(599, NONE, null, 2));
        assertEquals("retry 1030 backoff", advise(599, NONE, null, 3));
        assertEquals("fail attempts-exhausted", advise(599, NONE, null, 4));
        RetryPolicy steep = SyntheticPolicies.retryBuilder().backoff(250, 100, 0, 0, 5_000).build();
        assertEquals(5_000, Retries.backoffMs(steep, 3, () -> 0));
        assertEquals(250, Retries.backoffMs(steep, 1, () -> 0));
        // Half a millisecond rounds up.
        RetryPolicy half = SyntheticPolicies.retryBuilder().backoff(250, 2, 0, 1, 5_000).build();
        assertEquals(251, Retries.backoffMs(half, 1, () -> 0.5));
    }

    @Test
    void readsARandomSourceThatMisbehavesAsZero() {
        DoubleSupplier throwing = () -> {
            throw new IllegalStateException("no entropy");
        };
        assertEquals(260, Retries.backoffMs(POLICY, 1, throwing));
        assertEquals(260, Retries.backoffMs(POLICY, 1, null));
        assertEquals(260, Retries.backoffMs(POLICY, 1, () -> Double.NaN));
        assertEquals(260, Retries.backoffMs(POLICY, 1, () -> -3));
        assertEquals(300, Retries.backoffMs(POLICY, 1, () -> 7));
    }

    @Test
    void waitsAsTheRetryAfterHeaderAsksInSecondsOrAsADate() {
        assertEquals("retry 7025 retry-after", advise(418, headers(WAIT_HEADER, "7"), null, 1));
        assertEquals("retry 7025 retry-after", advise(418, headers("x-test-WAIT", "7, 90"), null, 1));
        // Ten seconds from NOW as an IMF-fixdate.
        assertEquals("retry 10025 retry-after", advise(418, headers(WAIT_HEADER, "Tue, 14 Nov 2023 22:13:30 GMT"), null, 1));
        assertEquals("retry 10025 retry-after", advise(418, headers(WAIT_HEADER, "Tue, 14 Nov 2023 22:13:30 GMT, soon"), null, 1));
        assertEquals("retry 280 backoff", advise(418, headers(WAIT_HEADER, "Tue, 14 Nov 2023 22:13:30 GMT later"), null, 1));
        assertEquals("retry 280 backoff", advise(418, headers(WAIT_HEADER, "soon"), null, 1));
        assertEquals("retry 280 backoff", advise(418, headers(WAIT_HEADER, "0"), null, 1));
        assertEquals("retry 280 backoff", advise(418, headers(WAIT_HEADER, "-5"), null, 1));
        assertEquals("retry 280 backoff", advise(418, NONE, null, 1));
        // The headers count only under wait-for-window.
        assertEquals("retry 280 backoff", advise(599, headers(WAIT_HEADER, "7"), null, 1));
    }

    @Test
    void failsAWaitOverTheCeilingAndRoundsAHeaderWaitUp() {
        assertEquals("fail wait-too-long", advise(418, headers(WAIT_HEADER, "61"), null, 1));
        assertEquals("retry 60001 retry-after", advise(POLICY, 418, headers(WAIT_HEADER, "60"), null, 1, false, () -> 0.00001));
    }

    @Test
    void readsTheResetHeaderInSecondsOrMilliseconds() {
        long inSeconds = NOW / 1000 + 20;
        assertEquals("retry 20025 rate-limit-reset", advise(418, headers(RESET_HEADER, String.valueOf(inSeconds)), null, 1));
        assertEquals("retry 20025 rate-limit-reset", advise(418, headers(RESET_HEADER, inSeconds + ", " + (inSeconds + 40)), null, 1));
        assertEquals("retry 20525 rate-limit-reset", advise(418, headers(RESET_HEADER, inSeconds + ".5"), null, 1));
        assertEquals("retry 30025 rate-limit-reset", advise(418, headers(RESET_HEADER, String.valueOf(NOW + 30_000)), null, 1));
        assertEquals("retry 280 backoff", advise(418, headers(RESET_HEADER, "1e3"), null, 1));
        assertEquals("retry 280 backoff", advise(418, headers(RESET_HEADER, String.valueOf(NOW / 1000 - 5)), null, 1));
        // Just below the threshold a value counts seconds: centuries away, over the ceiling.
        assertEquals("fail wait-too-long", advise(418, headers(RESET_HEADER, String.valueOf(SyntheticPolicies.MS_FROM - 1)), null, 1));
        RetryPolicy secondsOnly = RetryPolicy.builder().backoff(250, 2, 10, 50, 5_000).maxRetries(3)
                .rateLimit(WAIT_HEADER, RESET_HEADER, Long.MAX_VALUE).status(418, "wait-for-window").build();
        assertEquals("retry " + ((NOW + 30_000) * 1000 - NOW + 25) + " rate-limit-reset",
                advise(secondsOnly, 418, headers(RESET_HEADER, String.valueOf(NOW + 30_000)), null, 1, false, () -> 0.5));
    }

    @Test
    void readsAHeadersNumberAsWholeAsciiDigitsEndingItsListElement() {
        long inSeconds = NOW / 1000 + 20;
        for (String seconds : List.of("7", "07", "7 ,x", "7\t, 90", "7,")) {
            assertEquals("retry 7025 retry-after", advise(418, headers(WAIT_HEADER, seconds), null, 1), seconds);
        }
        // Not delay-seconds: a sign, a fraction, an exponent, letters after, a digit that is not ASCII, no digit.
        for (String not : List.of("+7", "7.0", "7e0", "7x", "7 x", "\u0667", "7\u0660", ",7", "", " ")) {
            assertEquals("retry 280 backoff", advise(418, headers(WAIT_HEADER, not), null, 1), not);
        }
        for (String reset : List.of(String.valueOf(inSeconds), inSeconds + ".0", inSeconds + ".000, x", "0" + inSeconds)) {
            assertEquals("retry 20025 rate-limit-reset", advise(418, headers(RESET_HEADER, reset), null, 1), reset);
        }
        for (String not : List.of(inSeconds + ".", "." + inSeconds, inSeconds + ".5.5", "+" + inSeconds, inSeconds + "x", inSeconds + " 1", "\u0662\u0660")) {
            assertEquals("retry 280 backoff", advise(418, headers(RESET_HEADER, not), null, 1), not);
        }
    }

    @Test
    void takesTheLaterOfTwoWaits() {
        long inSeconds = NOW / 1000 + 20;
        Map<String, List<String>> both = Map.of(WAIT_HEADER, List.of("7"), RESET_HEADER, List.of(String.valueOf(inSeconds)));
        assertEquals("retry 20025 rate-limit-reset", advise(418, both, null, 1));
        Map<String, List<String>> later = Map.of(WAIT_HEADER, List.of("30"), RESET_HEADER, List.of(String.valueOf(inSeconds)));
        assertEquals("retry 30025 retry-after", advise(418, later, null, 1));
    }

    @Test
    void trimsOnlySpaceAndTabFromAHeaderValue() {
        assertEquals("retry 7025 retry-after", advise(418, headers(WAIT_HEADER, " \t7\t "), null, 1));
        assertEquals("retry 20025 rate-limit-reset", advise(418, headers(RESET_HEADER, "\t" + (NOW / 1000 + 20) + " "), null, 1));
        // Vertical tab, form feed, the information separators, NEL and no-break space are no optional whitespace.
        for (String other : new String[] {"\u000B", "\f", "\u001C", "\u001F", "\u0085", "\u00A0", "\u2003", "\n", "\r"}) {
            assertEquals("retry 280 backoff", advise(418, headers(WAIT_HEADER, other + "7"), null, 1), "leading U+" + (int) other.charAt(0));
            assertEquals("retry 280 backoff", advise(418, headers(WAIT_HEADER, "7" + other), null, 1), "trailing U+" + (int) other.charAt(0));
        }
    }

    @Test
    void joinsARepeatedHeaderInOrderWithNamesInAnyCase() {
        Map<String, List<String>> any = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        any.put("x-test-wait", List.of("soon", "7"));
        assertEquals("retry 280 backoff", advise(418, any, null, 1));
        assertEquals("retry 7025 retry-after", advise(418, headers(WAIT_HEADER, " 7 ", "soon"), null, 1));
        assertEquals("soon, 7", RateLimitHeaders.header(any, WAIT_HEADER));
        assertEquals("7, soon", RateLimitHeaders.header(headers(WAIT_HEADER, " 7 ", "soon"), "X-TEST-WAIT"));
    }

    @Test
    void readsHeadersThatAreNullOrMisbehaveAsAbsent() {
        assertEquals("retry 280 backoff", advise(418, null, null, 1));
        Map<String, List<String>> nulls = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        nulls.put(WAIT_HEADER, Collections.singletonList(null));
        assertEquals("retry 280 backoff", advise(418, nulls, null, 1));
        Map<String, List<String>> hostile = new AbstractMap<>() {
            @Override
            public Set<Map.Entry<String, List<String>>> entrySet() {
                throw new UnsupportedOperationException("hostile");
            }
        };
        assertEquals("retry 280 backoff", advise(418, hostile, null, 1));
    }

    @Test
    void letsACodesOwnStrategyWinUnderItsDocumentedStatus() {
        assertEquals("refresh-token", advise(407, NONE, failure("SYNTHETIC_STALE"), 1));
        assertEquals("retry 7025 retry-after", advise(418, headers(WAIT_HEADER, "7"), failure("SYNTHETIC_LIMIT"), 1));
        assertEquals("fail not-retryable", advise(451, NONE, failure("SYNTHETIC_FINAL"), 1));
    }

    @Test
    void takesTheMoreCautiousRuleForACodeUnderAForeignStatus() {
        // A failing code wins over a retrying status only under the most-cautious rule.
        assertEquals("fail not-retryable", advise(599, NONE, failure("SYNTHETIC_FINAL"), 1));
        RetryPolicy trusting = SyntheticPolicies.retryBuilder().mostCautious(false).build();
        assertEquals("retry 280 backoff", advise(trusting, 599, NONE, failure("SYNTHETIC_FINAL"), 1, false, () -> 0.5));
        // A retrying code under a foreign status follows the status.
        assertEquals("retry 280 backoff", advise(599, headers(WAIT_HEADER, "7"), failure("SYNTHETIC_LIMIT"), 1));
        assertEquals("fail not-retryable", advise(451, NONE, failure("SYNTHETIC_LIMIT"), 1));
        // A code documented without a status is foreign under every status.
        assertEquals("retry 7025 retry-after", advise(418, headers(WAIT_HEADER, "7"), failure("SYNTHETIC_FLAKY"), 1));
        RetryDecision foreign = Retries.adviseRetry(POLICY, 451, NONE, failure("SYNTHETIC_FLAKY"), 1, false, NOW, () -> 0);
        assertEquals("SYNTHETIC_FLAKY (451, documented without a status): no-retry", foreign.detail());
    }

    @Test
    void followsTheStatusForAnUnknownCodeOrABodyThatIsNotTheEnvelope() {
        assertEquals("retry 280 backoff", advise(599, NONE, failure("SYNTHETIC_NEW"), 1));
        assertEquals("fail not-retryable", advise(499, NONE, failure("SYNTHETIC_NEW"), 1));
        assertEquals("retry 280 backoff", advise(599, NONE, "<html>bad gateway</html>", 1));
        assertEquals("retry 280 backoff", advise(599, NONE, "{\"success\":false}", 1));
        assertEquals("retry 280 backoff", advise(599, NONE, "", 1));
        // Details of the wrong shape do not hide the code.
        String oddDetails = "{\"success\":false,\"error\":{\"code\":\"SYNTHETIC_STALE\",\"message\":\"m\",\"details\":[1]}}";
        assertEquals("refresh-token", advise(407, NONE, oddDetails, 1));
    }

    @Test
    void survivesAClockAtEitherEndOfTime() {
        for (long now : new long[] {Long.MIN_VALUE, Long.MAX_VALUE}) {
            for (String value : new String[] {"Sunday, 06-Nov-94 08:49:37 GMT", "Sun, 06 Nov 1994 08:49:37 GMT", "99999999999999999999", "7"}) {
                Map<String, List<String>> both = Map.of(WAIT_HEADER, List.of(value), RESET_HEADER, List.of(value));
                long clock = now;
                assertDoesNotThrow(() -> Retries.adviseRetry(POLICY, 418, both, null, 1, false, clock, () -> 0.5), value);
            }
        }
    }

    @Test
    void refusesNoPolicy() {
        assertThrows(NullPointerException.class, () -> Retries.adviseRetry(null, 599, NONE, null, 1, false, NOW, () -> 0));
    }
}
