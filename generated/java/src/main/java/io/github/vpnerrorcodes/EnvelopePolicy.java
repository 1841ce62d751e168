// Copied from runtime/java/src/main/java/io/github/vpnerrorcodes/EnvelopePolicy.java by npm run build: edit that file, not this copy.
package io.github.vpnerrorcodes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * What {@link ApiResponses#decode} checks beyond the envelope's core, as a value: the codes it knows, the
 * pattern a code it does not know must match, each known code's details shape, and the two string formats
 * those shapes use (runtime/SPEC.md §9 and §10), and the class each code's details read as. Codes are keyed by the {@code error.code} string. The
 * package's {@code DefaultPolicy.ENVELOPE} is the catalog's; build another with {@link #builder()}.
 * Immutable and safe to share between threads.
 */
public final class EnvelopePolicy {
    /** A JSON type, as JSON Schema names it. */
    public enum JsonType {
        /** A JSON string. */
        STRING("string"),
        /** A number with no fraction ({@code 2.0} is one). */
        INTEGER("integer"),
        /** Any JSON number. */
        NUMBER("number"),
        /** {@code true} or {@code false}. */
        BOOLEAN("boolean"),
        /** A JSON array. */
        ARRAY("array"),
        /** A JSON object. */
        OBJECT("object");

        private final String wire;

        JsonType(String wire) {
            this.wire = wire;
        }

        /**
         * The type as JSON Schema spells it.
         *
         * @return the word
         */
        public String wire() {
            return wire;
        }
    }

    /** A string format, as JSON Schema names it. */
    public enum StringFormat {
        /** RFC 3339's date-time, checked by the policy's date-time pattern and the calendar. */
        DATE_TIME("date-time"),
        /** A URI: a scheme, a colon, and none of the policy's forbidden characters. */
        URI("uri");

        private final String wire;

        StringFormat(String wire) {
            this.wire = wire;
        }

        /**
         * The format as JSON Schema spells it.
         *
         * @return the word
         */
        public String wire() {
            return wire;
        }
    }

    /** One property of a details shape. Immutable; each {@code with} method gives a copy. */
    public static final class Field {
        private final String name;
        private final JsonType type;
        private final Double minimum;
        private final StringFormat format;
        private final JsonType items;

        private Field(String name, JsonType type, Double minimum, StringFormat format, JsonType items) {
            this.name = Objects.requireNonNull(name, "name");
            this.type = type;
            this.minimum = minimum;
            this.format = format;
            this.items = items;
        }

        /**
         * A property that may hold anything.
         *
         * @param name the property's name
         * @return the field
         */
        public static Field of(String name) {
            return new Field(name, null, null, null, null);
        }

        /**
         * This field, its value of the given type.
         *
         * @param type the JSON type
         * @return a copy
         */
        public Field type(JsonType type) {
            return new Field(name, type, minimum, format, items);
        }

        /**
         * This field, a number in it at least the given value.
         *
         * @param minimum the least number
         * @return a copy
         */
        public Field minimum(double minimum) {
            return new Field(name, type, minimum, format, items);
        }

        /**
         * This field, a string in it of the given format.
         *
         * @param format the format
         * @return a copy
         */
        public Field format(StringFormat format) {
            return new Field(name, type, minimum, format, items);
        }

        /**
         * This field, an array in it holding items of the given type.
         *
         * @param items the items' JSON type
         * @return a copy
         */
        public Field items(JsonType items) {
            return new Field(name, type, minimum, format, items);
        }

        String name() {
            return name;
        }

        JsonType type() {
            return type;
        }

        Double minimum() {
            return minimum;
        }

        StringFormat format() {
            return format;
        }

        JsonType items() {
            return items;
        }
    }

    /** A code's details: the properties it requires and the checks on each property present. */
    static final class Shape {
        final List<String> required;
        final List<Field> fields;

        Shape(List<String> required, List<Field> fields) {
            this.required = required;
            this.fields = fields;
        }
    }

    private final Set<String> knownCodes;
    private final Regex unknownCode;
    private final Map<String, Shape> details;
    private final Map<String, Function<Map<String, Object>, ?>> typedDetails;
    private final Regex dateTime;
    private final Regex uriScheme;
    private final BitSet uriForbidden;
    /** Null, or where a deferred policy's parts come from: then the fields above are null and {@link #parts} holds them. */
    private final Supplier<Builder> source;
    private volatile EnvelopePolicy built;

    private EnvelopePolicy(Builder b) {
        knownCodes = Collections.unmodifiableSet(new HashSet<>(b.knownCodes));
        unknownCode = b.unknownCode;
        details = Collections.unmodifiableMap(new HashMap<>(b.details));
        typedDetails = Collections.unmodifiableMap(new HashMap<>(b.typedDetails));
        dateTime = b.dateTime;
        uriScheme = b.uriScheme;
        uriForbidden = (BitSet) b.uriForbidden.clone();
        source = null;
    }

    private EnvelopePolicy(Supplier<Builder> source) {
        knownCodes = null;
        unknownCode = null;
        details = null;
        typedDetails = null;
        dateTime = null;
        uriScheme = null;
        uriForbidden = null;
        this.source = source;
    }

    /**
     * A policy built from {@code source}'s builder when first asked something. The package's
     * {@code DefaultPolicy.ENVELOPE} is one: the retry decision reads no policy, and building this one with
     * DefaultPolicy's class would load the details' classes on a process's first decision.
     */
    static EnvelopePolicy deferred(Supplier<Builder> source) {
        return new EnvelopePolicy(Objects.requireNonNull(source, "source"));
    }

    /** The policy that holds the parts: this one, or a deferred policy's, built once. */
    private EnvelopePolicy parts() {
        if (source == null) return this;
        EnvelopePolicy p = built;
        // The policy is immutable, so two threads building it at once only do the work twice.
        if (p == null) built = p = source.get().build();
        return p;
    }

    /**
     * A regular expression compiled when first matched: the retry decision and a lookup never match one, and
     * compiling the catalog's three at class initialisation cost a first call milliseconds of regex set-up.
     */
    private static final class Regex {
        private final String source;
        private volatile Pattern pattern;

        Regex(String source, Pattern pattern) {
            this.source = source;
            this.pattern = pattern;
        }

        Pattern pattern() {
            Pattern p = pattern;
            // Pattern is immutable, so two threads compiling it at once only do the work twice.
            if (p == null) pattern = p = Pattern.compile(source);
            return p;
        }
    }

    /**
     * A builder that knows no code, accepts no unknown one and matches no date-time or URI.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether the policy knows a code.
     *
     * @param code the code as {@code error.code} carries it
     * @return true for a known code
     */
    public boolean knows(String code) {
        return parts().knownCodes.contains(code);
    }

    boolean shapedLikeACode(String code) {
        return parts().unknownCode.pattern().matcher(code).matches();
    }

    Shape details(String code) {
        return parts().details.get(code);
    }

    Function<Map<String, Object>, ?> typedDetails(String code) {
        return parts().typedDetails.get(code);
    }

    Pattern dateTime() {
        return parts().dateTime.pattern();
    }

    Pattern uriScheme() {
        return parts().uriScheme.pattern();
    }

    boolean forbiddenInUri(int codePoint) {
        return codePoint >= 0 && parts().uriForbidden.get(codePoint);
    }

    /** Collects a policy's parts; {@link #build()} gives the immutable value. */
    public static final class Builder {
        private static final Regex NOTHING = new Regex("(?!)", null);

        private final Set<String> knownCodes = new HashSet<>();
        private Regex unknownCode = NOTHING;
        private final Map<String, Shape> details = new HashMap<>();
        private final Map<String, Function<Map<String, Object>, ?>> typedDetails = new HashMap<>();
        private Regex dateTime = NOTHING;
        private Regex uriScheme = NOTHING;
        private final BitSet uriForbidden = new BitSet();

        private Builder() {}

        /**
         * Adds codes the decoder knows.
         *
         * @param codes the codes as {@code error.code} carries them
         * @return this builder
         */
        public Builder knownCodes(String... codes) {
            for (String code : codes) knownCodes.add(Objects.requireNonNull(code, "code"));
            return this;
        }

        /**
         * Sets what a code the decoder does not know must look like to be accepted.
         *
         * @param regex a Java regular expression the whole code must match
         * @return this builder
         * @throws java.util.regex.PatternSyntaxException when {@code regex} is not one
         */
        public Builder unknownCodePattern(String regex) {
            unknownCode = new Regex(regex, Pattern.compile(regex));
            return this;
        }

        /**
         * Sets a known code's details shape.
         *
         * @param code the code as {@code error.code} carries it
         * @param required the properties the details must have
         * @param fields the checks on the properties present
         * @return this builder
         */
        public Builder details(String code, List<String> required, Field... fields) {
            details.put(Objects.requireNonNull(code, "code"),
                    new Shape(Collections.unmodifiableList(new ArrayList<>(required)), Collections.unmodifiableList(Arrays.asList(fields.clone()))));
            return this;
        }

        /**
         * Sets how a known code's details read as a typed class, such as the package's
         * {@code api.TokenExpiredDetails::read}: {@link DecodedResponse.ApiError#typedDetails()} gives what it returns.
         * It is given details that passed the code's checks, and should not throw; if it does, there are no
         * typed details.
         *
         * @param code the code as {@code error.code} carries it
         * @param reader the details object to the typed class
         * @return this builder
         */
        public Builder typedDetails(String code, Function<Map<String, Object>, ?> reader) {
            typedDetails.put(Objects.requireNonNull(code, "code"), Objects.requireNonNull(reader, "reader"));
            return this;
        }

        /**
         * Sets the date-time pattern, with nine groups: year, month, day, hour, minute, second, the offset's
         * sign, hour and minute (the last three absent for Z), which the decoder range-checks.
         *
         * @param regex a Java regular expression the whole string must match
         * @return this builder
         * @throws java.util.regex.PatternSyntaxException when {@code regex} is not one
         */
        public Builder dateTimePattern(String regex) {
            dateTime = new Regex(regex, Pattern.compile(regex));
            return this;
        }

        /**
         * Sets what a URI's scheme, before its first colon, must match.
         *
         * @param regex a Java regular expression the whole scheme must match
         * @return this builder
         * @throws java.util.regex.PatternSyntaxException when {@code regex} is not one
         */
        public Builder uriSchemePattern(String regex) {
            uriScheme = new Regex(regex, Pattern.compile(regex));
            return this;
        }

        /**
         * Sets the three patterns as {@link #unknownCodePattern}, {@link #dateTimePattern} and
         * {@link #uriSchemePattern} do, but compiled when first matched: the package's own policy takes the
         * catalog's this way, which its tests compile, so that loading {@code DefaultPolicy} compiles none.
         */
        Builder catalogPatterns(String unknownCodeRegex, String dateTimeRegex, String uriSchemeRegex) {
            unknownCode = new Regex(Objects.requireNonNull(unknownCodeRegex, "unknownCodeRegex"), null);
            dateTime = new Regex(Objects.requireNonNull(dateTimeRegex, "dateTimeRegex"), null);
            uriScheme = new Regex(Objects.requireNonNull(uriSchemeRegex, "uriSchemeRegex"), null);
            return this;
        }

        /**
         * Adds code points a URI may not hold after its scheme.
         *
         * @param codePoints the code points
         * @return this builder
         */
        public Builder uriForbidden(int... codePoints) {
            for (int codePoint : codePoints) if (codePoint >= 0) uriForbidden.set(codePoint);
            return this;
        }

        /**
         * The policy, a copy of this builder's parts.
         *
         * @return the immutable policy
         */
        public EnvelopePolicy build() {
            return new EnvelopePolicy(this);
        }
    }
}
