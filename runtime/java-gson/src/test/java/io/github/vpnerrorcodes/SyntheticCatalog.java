package io.github.vpnerrorcodes;

import io.github.vpnerrorcodes.EnvelopePolicy.Field;
import io.github.vpnerrorcodes.EnvelopePolicy.JsonType;
import io.github.vpnerrorcodes.EnvelopePolicy.StringFormat;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * A small invented catalog, as the package's rendered enums, details classes and policy are: the adapter
 * is tested without the catalog, whose types arrive as generated code. In the runtime's package, since an
 * OpenCode is made there alone.
 */
public final class SyntheticCatalog {
    private SyntheticCatalog() {}

    /** A family whose codes travel as strings; the constant names differ from the wire values on purpose. */
    public enum Word {
        TOKEN_STALE("token.stale"),
        SLOW_DOWN("slowDown");

        private final String code;

        Word(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static OpenCode<Word, String> decode(String code) {
            for (Word w : values()) if (w.code.equals(code)) return new OpenCode<>(code, w);
            return new OpenCode<>(code, null);
        }
    }

    /** A family whose codes travel as integers. */
    public enum Number {
        NONE(0),
        BROKEN(-7),
        TEAPOT(418);

        private final int code;

        Number(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }

        public static OpenCode<Number, Integer> decode(int code) {
            for (Number n : values()) if (n.code == code) return new OpenCode<>(code, n);
            return new OpenCode<>(code, null);
        }
    }

    /** The details of SHAPED, as an api class holds them. */
    public static final class Shaped {
        private final BigInteger count;
        private final OffsetDateTime when;
        private final Object anything;

        private Shaped(Map<String, ?> details) {
            count = DetailsValues.integer(details, "count");
            when = DetailsValues.dateTime(details, "when");
            anything = DetailsValues.value(details, "anything");
        }

        public static Shaped read(Map<String, ?> details) {
            return new Shaped(details);
        }

        public BigInteger getCount() {
            return count;
        }

        public OffsetDateTime getWhen() {
            return when;
        }

        public Object getAnything() {
            return anything;
        }

        /** What a rendered registration hands the adapter. */
        public static void properties(Shaped d, BiConsumer<String, Object> out) {
            out.accept("count", d.getCount());
            out.accept("when", d.getWhen());
            out.accept("anything", d.getAnything());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Shaped && Objects.equals(count, ((Shaped) other).count) && Objects.equals(when, ((Shaped) other).when)
                    && Objects.equals(anything, ((Shaped) other).anything);
        }

        @Override
        public int hashCode() {
            return Objects.hash(count, when, anything);
        }
    }

    static final String DATE_TIME = "([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\\.[0-9]+)?(?:[Zz]|([+-])([0-9]{2}):([0-9]{2}))";

    /** SHAPED needs a positive count and reads as Shaped; other codes in capitals are well-formed. */
    public static final EnvelopePolicy ENVELOPE = EnvelopePolicy.builder()
            .knownCodes("SHAPED", "PLAIN")
            .unknownCodePattern("[A-Z][A-Z0-9_]*")
            .details("SHAPED", List.of("count", "when"),
                    Field.of("count").type(JsonType.INTEGER).minimum(1),
                    Field.of("when").type(JsonType.STRING).format(StringFormat.DATE_TIME),
                    Field.of("anything"))
            .dateTimePattern(DATE_TIME)
            .uriSchemePattern("[a-z]+")
            .uriForbidden(' ')
            .typedDetails("SHAPED", Shaped::read)
            .build();

    /** The core decoder's typed details of SHAPED for this details text, as the adapters must give them. */
    public static Optional<Shaped> decoded(String details) {
        DecodedResponse r = ApiResponses.decode(ENVELOPE, "{\"success\":false,\"error\":{\"code\":\"SHAPED\",\"message\":\"m\",\"details\":" + details + "}}");
        return r.error().flatMap(e -> e.detailsAs(Shaped.class));
    }
}
