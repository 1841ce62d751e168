package io.github.vpnerrorcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdvisorTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final Advisor FIXED = Advisor.of(SyntheticPolicies.retry()).withClock(Clock.fixed(NOW, ZoneOffset.UTC)).withRandom(() -> 0.5);

    @Test
    void decidesAsAdviseRetryWithItsClockAndRandomness() {
        Map<String, List<String>> headers = Map.of(SyntheticPolicies.WAIT_HEADER, List.of("3"));
        RetryDecision direct = Retries.adviseRetry(SyntheticPolicies.retry(), 418, headers, null, 1, false, NOW.toEpochMilli(), () -> 0.5);
        RetryDecision advised = FIXED.adviseRetry(418, headers, null, 1, false);
        assertEquals(direct.toString(), advised.toString());
        assertEquals(Duration.ofMillis(advised.delayMs()), advised.delay());
        HttpHeaders http = HttpHeaders.of(headers, (name, value) -> true);
        assertEquals(advised.toString(), FIXED.adviseRetry(418, http, null, 1, false).toString());
    }

    @Test
    void toleratesNullHeadersAndKeepsTheDetailInToString() {
        RetryDecision d = FIXED.adviseRetry(451, (Map<String, List<String>>) null, null, 1, false);
        assertTrue(d.toString().startsWith("fail not-retryable: "), d.toString());
        assertEquals("fail not-retryable: " + d.detail(), d.toString());
        assertEquals(Duration.ZERO, d.delay());
    }

    @Test
    void readsTheSystemClockByDefault() {
        // A reset 30 s from now, in Unix seconds: the wait is measured from the system's current time.
        long reset = System.currentTimeMillis() / 1000 + 30;
        RetryDecision d = Advisor.of(SyntheticPolicies.retry())
                .adviseRetry(418, Map.of(SyntheticPolicies.RESET_HEADER, List.of(Long.toString(reset))), null, 1, false);
        assertEquals(RetryDecision.Action.RETRY, d.action());
        assertTrue(d.delayMs() > 28_000 && d.delayMs() <= 30_100, () -> "delay " + d.delayMs());
    }

    @Test
    void refusesMissingPartsOfItsOwn() {
        assertThrows(NullPointerException.class, () -> Advisor.of(null));
        assertThrows(NullPointerException.class, () -> FIXED.withClock(null));
        assertThrows(NullPointerException.class, () -> FIXED.withRandom(null));
    }
}
