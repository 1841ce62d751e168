package io.github.vpnerrorcodes;

import io.github.vpnerrorcodes.EnvelopePolicy.Field;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.util.Map;
import io.github.vpnerrorcodes.EnvelopePolicy.JsonType;
import io.github.vpnerrorcodes.EnvelopePolicy.StringFormat;
import java.util.List;

/** Small invented policies: the runtime is tested without the catalog, whose policy arrives as generated data. */
final class SyntheticPolicies {
    private SyntheticPolicies() {}

    static final String WAIT_HEADER = "X-Test-Wait";
    static final String RESET_HEADER = "X-Test-Reset";
    /** A reset value from here on counts milliseconds. */
    static final long MS_FROM = 10_000_000_000L;

    /** Statuses: 418 waits for the window, 599 backs off, 451 fails, 407 refreshes; 499 is not listed. */
    static RetryPolicy.Builder retryBuilder() {
        return RetryPolicy.builder()
                .backoff(250, 2, 10, 50, 5_000)
                .maxRetries(3)
                .rateLimit(WAIT_HEADER, RESET_HEADER, 60_000)
                .resetMillisecondsFrom(MS_FROM)
                .mostCautious(true)
                .status(418, "wait-for-window")
                .status(599, "backoff")
                .status(451, "no-retry")
                .status(407, "refresh-credentials")
                .code("SYNTHETIC_LIMIT", "wait-for-window", 418)
                .code("SYNTHETIC_STALE", "refresh-credentials", 407)
                .code("SYNTHETIC_FINAL", "no-retry", 451)
                .code("SYNTHETIC_FLAKY", "backoff")
                .failingStrategies("no-retry", "not-applicable");
    }

    static RetryPolicy retry() {
        return retryBuilder().build();
    }

    /** A date-time of the nine groups the decoder range-checks, without RFC 3339's lower-case letters. */
    static final String DATE_TIME = "(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(?:Z|([+-])(\\d{2}):(\\d{2}))";

    static final String UNKNOWN_CODE = "[A-Z][A-Z0-9_]*";
    static final String URI_SCHEME = "[a-z]+";

    static EnvelopePolicy envelope() {
        return envelopeBuilder().unknownCodePattern(UNKNOWN_CODE).dateTimePattern(DATE_TIME).uriSchemePattern(URI_SCHEME).build();
    }

    /** The same policy as the package's DefaultPolicy.ENVELOPE is made: deferred, its patterns compiled when first matched. */
    static EnvelopePolicy envelopeDeferred() {
        return EnvelopePolicy.deferred(() -> envelopeBuilder().catalogPatterns(UNKNOWN_CODE, DATE_TIME, URI_SCHEME));
    }

    private static EnvelopePolicy.Builder envelopeBuilder() {
        return EnvelopePolicy.builder()
                .knownCodes("SYNTHETIC_LIMIT", "SYNTHETIC_SHAPED")
                .details("SYNTHETIC_SHAPED", List.of("count"),
                        Field.of("count").type(JsonType.INTEGER).minimum(1),
                        Field.of("ratio").type(JsonType.NUMBER),
                        Field.of("open").type(JsonType.BOOLEAN),
                        Field.of("when").type(JsonType.STRING).format(StringFormat.DATE_TIME),
                        Field.of("link").type(JsonType.STRING).format(StringFormat.URI),
                        Field.of("tags").type(JsonType.ARRAY).items(JsonType.STRING),
                        Field.of("extra").type(JsonType.OBJECT),
                        Field.of("anything"))
                .uriForbidden(' ', '<', '>', 0x00A0)
                .typedDetails("SYNTHETIC_SHAPED", Typed::read);
    }

    /** A details class as the package's api classes are: read from the details by DetailsValues. */
    static final class Typed {
        final BigInteger count;
        final OffsetDateTime when;

        private Typed(BigInteger count, OffsetDateTime when) {
            this.count = count;
            this.when = when;
        }

        static Typed read(Map<String, Object> details) {
            return new Typed(DetailsValues.integer(details, "count"), DetailsValues.dateTime(details, "when"));
        }
    }

    /** The body of a failed response with this code. */
    static String failure(String code) {
        return "{\"success\":false,\"error\":{\"code\":\"" + code + "\",\"message\":\"m\"}}";
    }
}
