// Copied from runtime/java-gson/src/main/java/io/github/vpnerrorcodes/gson/CatalogTypeAdapterFactory.java by npm run build: edit that file, not this copy.
package io.github.vpnerrorcodes.gson;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonIOException;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.github.vpnerrorcodes.ApiResponses;
import io.github.vpnerrorcodes.DecodedResponse;
import io.github.vpnerrorcodes.EnvelopePolicy;
import io.github.vpnerrorcodes.JsonNumber;
import io.github.vpnerrorcodes.OpenCode;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A Gson {@link TypeAdapterFactory} for the package's own types: each code enum and {@link OpenCode} by the
 * value as it travels (the vendor's spelling, the integer code), each typed details class, and
 * {@link DecodedResponse} as the whole envelope. It decides nothing itself: whatever it reads it hands, as
 * JSON text, to the package's decoder ({@link ApiResponses#decode}) with an {@link EnvelopePolicy}, so that
 * Gson accepts exactly what the decoder accepts and turns what the decoder rejects into Gson's own
 * {@link JsonSyntaxException}. The package's {@code VpnErrorCodesTypeAdapterFactory} registers the
 * catalog's enums and details classes on it.
 */
public class CatalogTypeAdapterFactory implements TypeAdapterFactory {
    /** A JSON integer within an int's digits, as an integer family travels. */
    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,9})");

    private final EnvelopePolicy policy;
    private final Map<Class<?>, Family<?, ?>> families = new HashMap<>();
    private final Map<Class<?>, Details<?>> details = new HashMap<>();

    /**
     * A factory that reads envelopes and details by {@code policy}.
     *
     * @param policy the codes and details shapes the decoder checks by
     */
    protected CatalogTypeAdapterFactory(EnvelopePolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** One code enum: how a member travels and how a travelling value is looked up. */
    private static final class Family<E extends Enum<E>, V> {
        final Class<E> type;
        final boolean integer;
        final Function<E, V> wire;
        final Function<V, OpenCode<E, V>> decode;

        Family(Class<E> type, boolean integer, Function<E, V> wire, Function<V, OpenCode<E, V>> decode) {
            this.type = type;
            this.integer = integer;
            this.wire = wire;
            this.decode = decode;
        }

        /** The value at the reader, of the family's JSON type: a string, or an integer within an int. */
        @SuppressWarnings("unchecked")
        V read(JsonReader in) throws IOException {
            JsonToken token = in.peek();
            if (integer) {
                String text = token == JsonToken.NUMBER ? in.nextString() : null;
                if (text == null || !INTEGER.matcher(text).matches()) throw mismatch(in, "a JSON integer within an int", text == null ? token.toString() : text);
                try {
                    return (V) Integer.valueOf(text);
                } catch (NumberFormatException e) {
                    throw mismatch(in, "a JSON integer within an int", text);
                }
            }
            if (token != JsonToken.STRING) throw mismatch(in, "a JSON string", token.toString());
            return (V) in.nextString();
        }

        private JsonSyntaxException mismatch(JsonReader in, String expected, String found) {
            return new JsonSyntaxException(type.getSimpleName() + " travels as " + expected + ", not " + found + " at " + in.getPath());
        }

        TypeAdapter<E> members() {
            return new TypeAdapter<E>() {
                @Override
                public void write(JsonWriter out, E value) throws IOException {
                    writeRaw(wire.apply(value), out);
                }

                @Override
                public E read(JsonReader in) throws IOException {
                    V raw = Family.this.read(in);
                    Optional<E> known = decode.apply(raw).known();
                    if (known.isEmpty()) throw new JsonSyntaxException(type.getSimpleName() + " has no code " + raw + " at " + in.getPath() + "; read an OpenCode to keep it");
                    return known.get();
                }
            }.nullSafe();
        }

        TypeAdapter<OpenCode<E, V>> open() {
            return new TypeAdapter<OpenCode<E, V>>() {
                @Override
                public void write(JsonWriter out, OpenCode<E, V> value) throws IOException {
                    writeRaw(value.raw(), out);
                }

                @Override
                public OpenCode<E, V> read(JsonReader in) throws IOException {
                    return decode.apply(Family.this.read(in));
                }
            }.nullSafe();
        }
    }

    /** One details class: its code, and what it writes. */
    private static final class Details<T> {
        final String code;
        final Class<T> type;
        final BiConsumer<T, BiConsumer<String, Object>> properties;

        Details(String code, Class<T> type, BiConsumer<T, BiConsumer<String, Object>> properties) {
            this.code = code;
            this.type = type;
            this.properties = properties;
        }
    }

    /**
     * Registers a family whose codes travel as strings.
     *
     * @param <E> the enum
     * @param type the enum's class
     * @param wire the member's value as it travels, such as {@code RestErrorCode::code}
     * @param decode the value looked up, such as {@code RestErrorCode::decode}
     */
    protected final <E extends Enum<E>> void textCodes(Class<E> type, Function<E, String> wire, Function<String, OpenCode<E, String>> decode) {
        families.put(type, new Family<>(type, false, wire, decode));
    }

    /**
     * Registers a family whose codes travel as integers.
     *
     * @param <E> the enum
     * @param type the enum's class
     * @param wire the member's value as it travels, such as {@code HttpStatus::code}
     * @param decode the value looked up, such as {@code HttpStatus::decode}
     */
    protected final <E extends Enum<E>> void integerCodes(Class<E> type, Function<E, Integer> wire, Function<Integer, OpenCode<E, Integer>> decode) {
        families.put(type, new Family<>(type, true, wire, decode));
    }

    /**
     * Registers a details class: Gson reads it as the decoder reads the details of {@code code}, and writes
     * the properties {@code properties} gives (nulls left out).
     *
     * @param <T> the class
     * @param code the error code whose details the class holds, as the envelope's {@code error.code} spells it
     * @param type the class
     * @param properties gives each property's name and value to its second argument
     */
    protected final <T> void details(String code, Class<T> type, BiConsumer<T, BiConsumer<String, Object>> properties) {
        details.put(type, new Details<>(code, type, properties));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> token) {
        Class<?> raw = token.getRawType();
        if (raw == DecodedResponse.class) return (TypeAdapter<T>) new ResponseAdapter(gson).nullSafe();
        if (raw == OpenCode.class) return (TypeAdapter<T>) openCodes(token.getType());
        // A constant with a body is a subclass of its enum.
        Family<?, ?> family = families.get(raw.isAnonymousClass() ? raw.getSuperclass() : raw);
        if (family != null) return (TypeAdapter<T>) family.members();
        Details<?> shape = details.get(raw);
        if (shape != null) return (TypeAdapter<T>) new DetailsAdapter<>(gson, shape).nullSafe();
        return null;
    }

    /** An {@code OpenCode<E, V>} by its family; one of no known family is written, but cannot be read. */
    private TypeAdapter<?> openCodes(Type type) {
        Type member = type instanceof ParameterizedType ? ((ParameterizedType) type).getActualTypeArguments()[0] : null;
        Family<?, ?> family = families.get(member);
        if (family != null) return family.open();
        return new TypeAdapter<OpenCode<?, ?>>() {
            @Override
            public void write(JsonWriter out, OpenCode<?, ?> value) throws IOException {
                writeRaw(value.raw(), out);
            }

            @Override
            public OpenCode<?, ?> read(JsonReader in) {
                throw new JsonIOException("an OpenCode is read as OpenCode<E, V> with E a code enum of the catalog, such as new TypeToken<OpenCode<RestErrorCode, String>>() {}, not as " + type.getTypeName());
            }
        }.nullSafe();
    }

    /** A raw code: an Integer as a number, a String as a string. */
    private static void writeRaw(Object raw, JsonWriter out) throws IOException {
        if (raw instanceof Integer) out.value((long) (Integer) raw);
        else out.value((String) raw);
    }

    /** JSON text the decoder already read, written through Gson's own element adapter (a tree writer takes no raw text). */
    private static void writeJson(Gson gson, String json, JsonWriter out) throws IOException {
        gson.getAdapter(JsonElement.class).write(out, JsonParser.parseString(json));
    }

    /** A value as the package's details classes hold it, written as the decoder read it. */
    private static void writeValue(Object value, JsonWriter out) throws IOException {
        if (value == null) {
            out.nullValue();
        } else if (value instanceof String) {
            out.value((String) value);
        } else if (value instanceof Boolean) {
            out.value((Boolean) value);
        } else if (value instanceof JsonNumber || value instanceof BigInteger) {
            // Their text is the JSON number, of any size.
            out.value((Number) value);
        } else if (value instanceof Double && Double.isFinite((Double) value)) {
            out.value((double) (Double) value);
        } else if (value instanceof OffsetDateTime) {
            // RFC 3339 always has seconds, which OffsetDateTime.toString leaves out at :00.
            out.value(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format((OffsetDateTime) value));
        } else if (value instanceof Map) {
            out.beginObject();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                out.name(String.valueOf(e.getKey()));
                writeValue(e.getValue(), out);
            }
            out.endObject();
        } else if (value instanceof List) {
            out.beginArray();
            for (Object item : (List<?>) value) writeValue(item, out);
            out.endArray();
        } else {
            throw new JsonIOException("a details property of type " + value.getClass().getName() + " has no JSON form");
        }
    }

    /** A details class, read through the decoder as the details of its code. */
    private final class DetailsAdapter<T> extends TypeAdapter<T> {
        private final Gson gson;
        private final Details<T> shape;

        DetailsAdapter(Gson gson, Details<T> shape) {
            this.gson = gson;
            this.shape = shape;
        }

        @Override
        public void write(JsonWriter out, T value) throws IOException {
            Map<String, Object> named = new LinkedHashMap<>();
            shape.properties.accept(value, (name, property) -> {
                if (property != null) named.put(name, property);
            });
            writeValue(named, out);
        }

        @Override
        public T read(JsonReader in) throws IOException {
            String path = in.getPath();
            JsonElement element = gson.getAdapter(JsonElement.class).read(in);
            StringWriter text = new StringWriter();
            try (JsonWriter envelope = new JsonWriter(text)) {
                envelope.beginObject();
                envelope.name("success").value(false);
                envelope.name("error").beginObject();
                envelope.name("code").value(shape.code);
                envelope.name("message").value("");
                envelope.name("details").jsonValue(element.toString());
                envelope.endObject();
                envelope.endObject();
            }
            DecodedResponse decoded = ApiResponses.decode(policy, text.toString());
            if (decoded.kind() != DecodedResponse.Kind.FAILURE) throw new JsonSyntaxException(shape.code + " details at " + path + ": " + decoded.problem().orElse(""));
            Optional<T> typed = decoded.error().get().detailsAs(shape.type);
            if (typed.isEmpty()) throw new JsonSyntaxException("the policy reads the details of " + shape.code + " as no " + shape.type.getSimpleName());
            return typed.get();
        }
    }

    /** A response as the decoder reads a body (a body that is not the envelope is an INVALID result), written back as its envelope. */
    private final class ResponseAdapter extends TypeAdapter<DecodedResponse> {
        private final Gson gson;

        ResponseAdapter(Gson gson) {
            this.gson = gson;
        }

        @Override
        public void write(JsonWriter out, DecodedResponse value) throws IOException {
            if (value.kind() == DecodedResponse.Kind.INVALID) throw new JsonIOException("an INVALID response has no envelope to write: " + value.problem().orElse(""));
            out.beginObject();
            out.name("success").value(value.kind() == DecodedResponse.Kind.SUCCESS);
            if (value.kind() == DecodedResponse.Kind.SUCCESS) {
                out.name("data");
                writeJson(gson, value.dataJson().get(), out);
            } else {
                DecodedResponse.ApiError error = value.error().get();
                out.name("error").beginObject();
                out.name("code").value(error.code());
                out.name("message").value(error.message());
                if (error.detailsJson().isPresent()) {
                    out.name("details");
                    writeJson(gson, error.detailsJson().get(), out);
                }
                out.endObject();
            }
            out.endObject();
        }

        /**
         * The body read without Gson's leniency, which fromJson turns on by default: single quotes, unquoted
         * names, NaN or comments would otherwise turn a body the decoder calls INVALID into an envelope.
         * LEGACY_STRICT, not STRICT: STRICT refuses a lone surrogate escape, which is valid JSON the decoder
         * reads. What is not JSON is Gson's own syntax exception.
         */
        @Override
        public DecodedResponse read(JsonReader in) throws IOException {
            Strictness strictness = in.getStrictness();
            in.setStrictness(Strictness.LEGACY_STRICT);
            try {
                return ApiResponses.decode(policy, gson.getAdapter(JsonElement.class).read(in).toString());
            } finally {
                in.setStrictness(strictness);
            }
        }
    }
}
