package io.github.vpnerrorcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    @Test
    void keysStatusesCodesAndStrategiesByTheirWireValues() {
        RetryPolicy policy = SyntheticPolicies.retry();
        assertEquals(Optional.of("wait-for-window"), policy.statusStrategy(418));
        assertEquals(Optional.empty(), policy.statusStrategy(499));
        assertEquals(Optional.of("refresh-credentials"), policy.codeStrategy("SYNTHETIC_STALE"));
        assertEquals(Optional.empty(), policy.codeStrategy("SYNTHETIC_NEW"));
        assertEquals(OptionalInt.of(407), policy.documentedStatus("SYNTHETIC_STALE"));
        assertEquals(OptionalInt.empty(), policy.documentedStatus("SYNTHETIC_FLAKY"));
        assertTrue(policy.failing("no-retry"));
        assertFalse(policy.failing("backoff"));
        assertEquals(OptionalLong.of(SyntheticPolicies.MS_FROM), policy.resetMillisecondsFrom());
        assertEquals(SyntheticPolicies.WAIT_HEADER, policy.retryAfterHeader());
        assertEquals(SyntheticPolicies.RESET_HEADER, policy.resetHeader());
        assertEquals(60_000, policy.maxWaitMs());
        assertEquals(3, policy.maxRetries());
        assertEquals(2.0, policy.multiplier());
        assertEquals(250, policy.initialDelayMs());
        assertEquals(10, policy.jitterMinMs());
        assertEquals(50, policy.jitterMaxMs());
        assertEquals(5_000, policy.maxDelayMs());
        assertTrue(policy.mostCautious());
    }

    @Test
    void startsEmptyAndCountsEveryResetValueAsSecondsWithoutAThreshold() {
        RetryPolicy empty = RetryPolicy.builder().build();
        assertEquals(OptionalLong.empty(), empty.resetMillisecondsFrom());
        assertEquals(Optional.empty(), empty.statusStrategy(418));
        assertEquals("", empty.retryAfterHeader());
        assertFalse(empty.mostCautious());
    }

    @Test
    void isNotChangedByItsBuilderAfterwards() {
        RetryPolicy.Builder builder = SyntheticPolicies.retryBuilder();
        RetryPolicy policy = builder.build();
        builder.status(499, "backoff").code("SYNTHETIC_STALE", "backoff").failingStrategies("backoff");
        assertEquals(Optional.empty(), policy.statusStrategy(499));
        assertEquals(OptionalInt.of(407), policy.documentedStatus("SYNTHETIC_STALE"));
        assertFalse(policy.failing("backoff"));
        RetryPolicy later = builder.build();
        assertEquals(OptionalInt.empty(), later.documentedStatus("SYNTHETIC_STALE"));
    }

    @Test
    void refusesNullWords() {
        assertThrows(NullPointerException.class, () -> RetryPolicy.builder().status(418, null));
        assertThrows(NullPointerException.class, () -> RetryPolicy.builder().code(null, "backoff"));
        assertThrows(NullPointerException.class, () -> RetryPolicy.builder().rateLimit(null, "X-Test-Reset", 1));
    }
}
