package io.github.vpnerrorcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vpnerrorcodes.CodeIndex.MatchedBy;
import io.github.vpnerrorcodes.ReconnectPolicy.CodeClass;
import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

class ReconnectsTest {
    /** A synthetic SDK family: an integer family whose members cover every class. */
    private enum Event implements CatalogCode {
        QUIET(0, "Quiet", "not-applicable"),
        DROPPED(11, "Dropped", "reconnect-tunnel"),
        STALLED(12, "Stalled", "backoff"),
        MOVED(13, "Moved", "reconnect-tunnel"),
        OFFLINE(14, "Offline", "backoff"),
        BANNED(15, "Banned", "no-retry"),
        MUTE(16, "Mute", "no-retry");

        private final int value;
        private final CodeFacts facts;

        Event(int value, String name, String strategy) {
            this.value = value;
            this.facts = CodeFacts.of(name, "test", true, CodeFacts.NO_HTTP_STATUS, name, strategy, "inferred", "why", null, null, "stable", null);
        }

        @Override
        public CodeFacts facts() {
            return facts;
        }
    }

    private static CodeIndex<Event> index() {
        CodeIndex.Builder<Event> builder = CodeIndex.builder();
        for (Event e : Event.values()) builder.key(e.identifier(), MatchedBy.NAME, e).value(e.value, e).key(String.valueOf(e.value), MatchedBy.VALUE, e);
        return builder.key("Lost", MatchedBy.ALIAS, Event.DROPPED).key("OldDropped", MatchedBy.LEGACY_NAME, Event.DROPPED).build();
    }

    private static final String FAMILY = "Events";
    private static final long NOW = 1_700_000_000_000L;
    private static final long WINDOW = 90_000;
    private static final long WITHIN = 7_000;

    private static ReconnectPolicy.Builder builder() {
        return ReconnectPolicy.builder()
                .window(Duration.ofMillis(WINDOW), 4)
                .flapping(2, Duration.ofMillis(WITHIN))
                .backoff(Duration.ofMillis(4), 3, Duration.ofMillis(50), 0.5)
                .family(FAMILY, index())
                .code(FAMILY, "Quiet", CodeClass.NOT_AN_ERROR, "")
                .code(FAMILY, "Dropped", CodeClass.RECONNECT, "")
                .code(FAMILY, "Stalled", CodeClass.RECONNECT, "")
                .code(FAMILY, "Moved", CodeClass.RECONNECT_NOW, "")
                .code(FAMILY, "Offline", CodeClass.WAIT_FOR_NETWORK, "")
                .code(FAMILY, "Banned", CodeClass.STOP, "the server banned the device")
                .code(FAMILY, "Mute", CodeClass.STOP, "");
    }

    private static final ReconnectPolicy POLICY = builder().build();

    private static String advise(String code, ReconnectHistory history, DoubleSupplier random) {
        return Reconnects.adviseReconnect(POLICY, FAMILY, code, history, NOW, random).line();
    }

    private static String advise(String code, ReconnectHistory history) {
        return advise(code, history, () -> 0);
    }

    private static String advise(String code) {
        return advise(code, ReconnectHistory.empty());
    }

    /** {@code n} reconnects spaced further apart than the flapping span, the last one {@code gap} ago. */
    private static long[] spaced(int n, long gap) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) out[i] = NOW - (n - i) * gap;
        return out;
    }

    @Test
    void stopsOnUnknownCodesSuccessAndCodesANewTunnelDoesNotClear() {
        assertEquals("stop unknown-code", advise("Nope"));
        assertEquals("stop unknown-code", advise(null));
        assertEquals("stop unknown-code", advise("dropped"));
        assertEquals("stop unknown-code", Reconnects.adviseReconnect(POLICY, "Other", "Dropped", null, NOW, null).line());
        assertEquals("stop unknown-code", Reconnects.adviseReconnect(POLICY, null, 11, null, NOW, null).line());
        assertEquals("stop unknown-code", Reconnects.adviseReconnect(POLICY, FAMILY, 99, null, NOW, null).line());
        assertEquals("stop not-an-error", advise("Quiet"));
        assertEquals("stop not-an-error", Reconnects.adviseReconnect(POLICY, FAMILY, 0, null, NOW, null).line());
        ReconnectDecision banned = Reconnects.adviseReconnect(POLICY, FAMILY, "Banned", null, NOW, null);
        assertEquals("stop not-reconnectable: Events.Banned: the server banned the device", banned.toString());
        assertEquals(Optional.of(ReconnectDecision.StopReason.NOT_RECONNECTABLE), banned.reason());
        assertEquals(Optional.empty(), banned.basis());
        assertTrue(Reconnects.adviseReconnect(POLICY, FAMILY, "Mute", null, NOW, null).detail().endsWith("a new tunnel would fail the same way"));
    }

    @Test
    void readsEveryKeyTheFamilysLookupAccepts() {
        for (String key : new String[] {"Dropped", "11", "Lost", "OldDropped"}) assertEquals("reconnect 4 backoff", advise(key), key);
        assertEquals("reconnect 4 backoff", Reconnects.adviseReconnect(POLICY, FAMILY, 11, null, NOW, () -> 0).line());
        assertEquals(Optional.of(CodeClass.RECONNECT), POLICY.codeClass(FAMILY, "Lost"));
        assertEquals(Optional.of(CodeClass.WAIT_FOR_NETWORK), POLICY.codeClass(FAMILY, 14));
        assertEquals(Optional.empty(), POLICY.codeClass("Other", 14));
    }

    @Test
    void backsOffWithEachReconnectInTheWindowUpToTheCeiling() {
        long[] expected = {4, 12, 36, 50};
        for (int n = 0; n < expected.length; n++) {
            ReconnectHistory history = ReconnectHistory.builder().reconnects(spaced(n, WITHIN + 1)).build();
            assertEquals("reconnect " + expected[n] + " backoff", advise("Stalled", history), "after " + n);
        }
        ReconnectDecision d = Reconnects.adviseReconnect(POLICY, FAMILY, "Stalled", null, NOW, () -> 0);
        assertEquals(Duration.ofMillis(4), d.delay());
        assertEquals(Optional.of(ReconnectDecision.Basis.BACKOFF), d.basis());
        assertEquals("", d.detail());
    }

    @Test
    void takesTheJittersShareOffAndRoundsATieUp() {
        // 4 × (1 − 0.5 × 0.25) = 3.5 and 12 × 0.875 = 10.5: ties, which go up.
        assertEquals("reconnect 4 backoff", advise("Stalled", null, () -> 0.25));
        assertEquals("reconnect 11 backoff", advise("Stalled", ReconnectHistory.builder().reconnects(NOW - 1).build(), () -> 0.25));
        assertEquals(3, Reconnects.backoffMs(POLICY, 0, () -> 0.75));
        // A source above 1 reads as 1; garbage, a throw or none as 0.
        assertEquals(2, Reconnects.backoffMs(POLICY, 0, () -> 7));
        assertEquals(2, Reconnects.backoffMs(POLICY, 0, () -> Double.POSITIVE_INFINITY));
        for (DoubleSupplier garbage : new DoubleSupplier[] {() -> Double.NaN, () -> -1, () -> Double.NEGATIVE_INFINITY, null, () -> {
            throw new IllegalStateException("no entropy");
        }}) {
            assertEquals(4, Reconnects.backoffMs(POLICY, 0, garbage));
        }
        assertEquals(50, Reconnects.backoffMs(POLICY, Integer.MAX_VALUE, () -> 0));
        assertEquals(4, Reconnects.backoffMs(POLICY, -3, () -> 0));
    }

    @Test
    void stopsWhenTheWindowIsFullCountingOnlyStartsInsideIt() {
        long[] full = spaced(4, WINDOW / 5);
        assertEquals("stop window-exhausted", advise("Dropped", ReconnectHistory.builder().reconnects(full).build()));
        full[0] = NOW - WINDOW;
        assertEquals("reconnect 50 backoff", advise("Dropped", ReconnectHistory.builder().reconnects(full).build()));
        // Starts after now are ignored, and so is their order.
        assertEquals("reconnect 50 backoff", advise("Dropped", ReconnectHistory.builder().reconnects(NOW + 1, full[3], full[1], full[2]).build()));
        assertTrue(Reconnects.adviseReconnect(POLICY, FAMILY, "Dropped", ReconnectHistory.builder().reconnects(spaced(4, 1)).build(), NOW, null).detail()
                .contains("4 reconnects in the last 90 s"));
    }

    /** Two reconnects, each connected half a second after it started. */
    private static ReconnectHistory.Builder flapped(long up1, long up2) {
        return ReconnectHistory.builder().reconnects(up1 - 500, up2 - 500).connected(up1, up2);
    }

    @Test
    void stopsWhenTheSameErrorComesBackAfterEachOfTheLastConnections() {
        long up1 = NOW - 60_000;
        long up2 = NOW - 3_000;
        // Earlier errors by any key of the same code count; the one being decided is the one after up2.
        assertEquals("stop flapping", advise("Dropped", flapped(up1, up2).error(up1 + WITHIN, FAMILY, "Lost").build()));
        assertEquals("stop flapping", advise("Dropped", flapped(up1, up2).error(up1 + 1, FAMILY, 11).build()));
        // Not: another code, an error at the moment it came up, too late, another family, or in the future.
        assertEquals("reconnect 36 backoff", advise("Dropped", flapped(up1, up2).error(up1 + 1, FAMILY, "Stalled").build()));
        assertEquals("reconnect 36 backoff", advise("Dropped", flapped(up1, up2).error(up1, FAMILY, "Dropped").build()));
        assertEquals("reconnect 36 backoff", advise("Dropped", flapped(up1, up2).error(up1 + WITHIN + 1, FAMILY, "Dropped").build()));
        assertEquals("reconnect 36 backoff", advise("Dropped", flapped(up1, up2).error(up1 + 1, "Other", "Dropped").build()));
        assertEquals("reconnect 36 backoff", advise("Dropped", flapped(up1, up2).error(up1 + 1, FAMILY, "Nope").build()));
        // Reconnects that never connected are the backoff's business.
        assertEquals("reconnect 36 backoff", advise("Dropped", ReconnectHistory.builder().reconnects(up1 - 500, up2 - 500).error(up1 + 1, FAMILY, "Dropped").build()));
        // The decided error itself too late after the last connection.
        ReconnectHistory late = ReconnectHistory.builder().connected(NOW - 70_000, NOW - WITHIN - 1).error(NOW - 69_000, FAMILY, "Dropped").build();
        assertEquals("reconnect 4 backoff", advise("Dropped", late));
    }

    @Test
    void reconnectsAtOnceOrWaitsForTheNetworkAsTheCodesClassSays() {
        assertEquals("reconnect 0 immediate", advise("Moved"));
        assertEquals("reconnect 0 immediate", advise("Moved", ReconnectHistory.builder().reconnects(NOW - WITHIN).build()));
        assertEquals("reconnect 12 backoff", advise("Moved", ReconnectHistory.builder().reconnects(NOW - WITHIN + 1).build()));
        assertEquals("wait-for-network", advise("Offline"));
        assertEquals(ReconnectDecision.Action.WAIT_FOR_NETWORK, Reconnects.adviseReconnect(POLICY, FAMILY, 14, null, NOW, null).action());
        // The window and flapping come first.
        assertEquals("stop window-exhausted", advise("Offline", ReconnectHistory.builder().reconnects(spaced(4, 1_000)).build()));
    }

    @Test
    void neverThrowsOnExtremeTimes() {
        for (long now : new long[] {Long.MIN_VALUE, -1, 0, Long.MAX_VALUE}) {
            ReconnectHistory history = ReconnectHistory.builder()
                    .reconnects(Long.MIN_VALUE, Long.MAX_VALUE, 0)
                    .connected(Long.MIN_VALUE, Long.MAX_VALUE, 0, -1)
                    .error(Long.MIN_VALUE, FAMILY, "Dropped").error(Long.MAX_VALUE, FAMILY, Long.MIN_VALUE).error(0, null, null).error(1, FAMILY, null)
                    .build();
            for (String code : new String[] {"Dropped", "Moved", "Offline", "Banned", "", null}) {
                ReconnectDecision d = Reconnects.adviseReconnect(POLICY, FAMILY, code, history, now, () -> Double.NaN);
                assertTrue(d.delayMs() >= 0, d + " at " + now);
            }
        }
        ReconnectPolicy huge = builder().window(Duration.ofMillis(Long.MAX_VALUE), Integer.MAX_VALUE).flapping(Integer.MAX_VALUE, Duration.ofMillis(Long.MAX_VALUE))
                .backoff(Duration.ofMillis(Long.MAX_VALUE), Double.MAX_VALUE, Duration.ofMillis(Long.MAX_VALUE), 1).build();
        assertEquals("reconnect " + Long.MAX_VALUE + " backoff", Reconnects.adviseReconnect(huge, FAMILY, "Dropped", null, Long.MIN_VALUE, null).line());
        assertEquals("reconnect 0 immediate", Reconnects.adviseReconnect(huge, FAMILY, "Moved", null, Long.MAX_VALUE, null).line());
        assertEquals("reconnect 0 backoff", Reconnects.adviseReconnect(huge, FAMILY, "Dropped", null, 0, () -> 1).line());
    }

    @Test
    void takesOnlyAPolicyThatCanDecide() {
        assertThrows(NullPointerException.class, () -> Reconnects.adviseReconnect(null, FAMILY, "Dropped", null, NOW, null));
        assertThrows(IllegalArgumentException.class, () -> ReconnectPolicy.builder().flapping(0, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> ReconnectPolicy.builder().window(Duration.ofMillis(-1), 1));
        assertThrows(IllegalArgumentException.class, () -> ReconnectPolicy.builder().window(Duration.ZERO, -1));
        assertThrows(IllegalArgumentException.class, () -> ReconnectPolicy.builder().backoff(Duration.ZERO, Double.NaN, Duration.ZERO, 0));
        assertThrows(IllegalArgumentException.class, () -> ReconnectPolicy.builder().backoff(Duration.ZERO, 2, Duration.ZERO, 1.5));
        assertThrows(ArithmeticException.class, () -> ReconnectPolicy.builder().window(Duration.ofSeconds(Long.MAX_VALUE), 1));
        assertEquals(Duration.ofMillis(WINDOW), POLICY.window());
        assertEquals(Duration.ofMillis(WITHIN), POLICY.flappingWithin());
        assertEquals(Duration.ofMillis(50), POLICY.maxDelay());
        assertEquals(java.util.Set.of(FAMILY), POLICY.families());
    }
}
