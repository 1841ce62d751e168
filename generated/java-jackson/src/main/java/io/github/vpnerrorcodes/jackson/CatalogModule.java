// Copied from runtime/java-jackson/src/main/java/io/github/vpnerrorcodes/jackson/CatalogModule.java by npm run build: edit that file, not this copy.
package io.github.vpnerrorcodes.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.vpnerrorcodes.ApiResponses;
import io.github.vpnerrorcodes.DecodedResponse;
import io.github.vpnerrorcodes.EnvelopePolicy;
import io.github.vpnerrorcodes.JsonNumber;
import io.github.vpnerrorcodes.OpenCode;
import java.io.IOException;
import java.io.StringWriter;
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
 * A Jackson module for the package's own types: each code enum and {@link OpenCode} by the value as it
 * travels (the vendor's spelling, the integer code), each typed details class, and {@link DecodedResponse}
 * as the whole envelope. It decides nothing itself: whatever it reads it hands, as JSON text, to the
 * package's decoder ({@link ApiResponses#decode}) with an {@link EnvelopePolicy}, so that Jackson accepts
 * exactly what the decoder accepts (a details date-time in any form RFC 3339 allows, an unknown property
 * ignored by the typed class) and turns what the decoder rejects into Jackson's own
 * {@link JsonMappingException}. No jackson-datatype-jsr310 is needed for these types. The package's
 * {@code VpnErrorCodesModule} registers the catalog's enums and details classes on it.
 */
public class CatalogModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Writes the text handed to the decoder; thread-safe once configured. */
    private static final JsonFactory TEXT = new JsonFactory();

    /** A JSON integer that fits an int, as a map key of an integer family travels. */
    private static final Pattern INT_KEY = Pattern.compile("-?(0|[1-9][0-9]{0,9})");

    private final transient EnvelopePolicy policy;
    private final transient Map<Class<?>, Family<?, ?>> families = new HashMap<>();

    /**
     * A module that reads envelopes and details by {@code policy}.
     *
     * @param name the module's name, as Jackson's {@code getRegisteredModuleIds()} lists it
     * @param policy the codes and details shapes the decoder checks by
     */
    protected CatalogModule(String name, EnvelopePolicy policy) {
        super(name, Version.unknownVersion());
        this.policy = Objects.requireNonNull(policy, "policy");
        setDeserializers(new OpenCodeDeserializers());
        addSerializer(new OpenCodeSerializer());
        addSerializer(new ResponseSerializer());
        addDeserializer(DecodedResponse.class, new ResponseDeserializer());
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

        /** The value at the parser, of the family's JSON type: a string, or an integer within an int. */
        @SuppressWarnings("unchecked")
        V read(JsonParser p, DeserializationContext ctxt, Class<?> target) throws IOException {
            if (integer) {
                if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
                    return ctxt.reportInputMismatch(target, "%s travels as a JSON integer within an int, not %s", type.getSimpleName(), p.getText());
                }
                return (V) Integer.valueOf(p.getIntValue());
            }
            if (p.currentToken() != JsonToken.VALUE_STRING) return ctxt.reportInputMismatch(target, "%s travels as a JSON string, not %s", type.getSimpleName(), p.getText());
            return (V) p.getText();
        }

        E member(V raw, JsonParser p) throws IOException {
            Optional<E> known = decode.apply(raw).known();
            if (known.isEmpty()) throw InvalidFormatException.from(p, type.getSimpleName() + " has no code " + raw + "; read an OpenCode to keep it", raw, type);
            return known.get();
        }

        @SuppressWarnings("unchecked")
        String key(Object member) {
            return String.valueOf(wire.apply((E) member));
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
        register(new Family<>(type, false, wire, decode));
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
        register(new Family<>(type, true, wire, decode));
    }

    private <E extends Enum<E>, V> void register(Family<E, V> family) {
        families.put(family.type, family);
        addSerializer(family.type, new StdSerializer<E>(family.type) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(E value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                writeRaw(family.wire.apply(value), gen);
            }
        });
        addDeserializer(family.type, new StdDeserializer<E>(family.type) {
            private static final long serialVersionUID = 1L;

            @Override
            public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return family.member(family.read(p, ctxt, family.type), p);
            }
        });
        addKeySerializer(family.type, new StdSerializer<E>(family.type) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(E value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeFieldName(family.key(value));
            }
        });
        addKeyDeserializer(family.type, new KeyDeserializer() {
            @Override
            @SuppressWarnings("unchecked")
            public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
                Object raw = key;
                if (family.integer) {
                    if (!INT_KEY.matcher(key).matches()) return ctxt.handleWeirdKey(family.type, key, "%s travels as an integer", family.type.getSimpleName());
                    try {
                        raw = Integer.valueOf(key);
                    } catch (NumberFormatException e) {
                        return ctxt.handleWeirdKey(family.type, key, "%s travels as an integer within an int", family.type.getSimpleName());
                    }
                }
                Optional<E> known = family.decode.apply((V) raw).known();
                return known.isPresent() ? known.get() : ctxt.handleWeirdKey(family.type, key, "%s has no code %s", family.type.getSimpleName(), key);
            }
        });
    }

    /**
     * Registers a details class: Jackson reads it as the decoder reads the details of {@code code}, and
     * writes the properties {@code properties} gives (nulls left out).
     *
     * @param <T> the class
     * @param code the error code whose details the class holds, as the envelope's {@code error.code} spells it
     * @param type the class
     * @param properties gives each property's name and value to its second argument
     */
    protected final <T> void details(String code, Class<T> type, BiConsumer<T, BiConsumer<String, Object>> properties) {
        addDeserializer(type, new StdDeserializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                StringWriter text = new StringWriter();
                try (JsonGenerator g = TEXT.createGenerator(text)) {
                    g.writeStartObject();
                    g.writeBooleanField("success", false);
                    g.writeObjectFieldStart("error");
                    g.writeStringField("code", code);
                    g.writeStringField("message", "");
                    g.writeFieldName("details");
                    copy(p, g, ctxt, type);
                    g.writeEndObject();
                    g.writeEndObject();
                }
                DecodedResponse decoded = ApiResponses.decode(policy, text.toString());
                if (decoded.kind() != DecodedResponse.Kind.FAILURE) return ctxt.reportInputMismatch(type, "%s details: %s", code, decoded.problem().orElse(""));
                Optional<T> typed = decoded.error().get().detailsAs(type);
                if (typed.isEmpty()) return ctxt.reportInputMismatch(type, "the policy reads the details of %s as no %s", code, type.getSimpleName());
                return typed.get();
            }
        });
        addSerializer(type, new StdSerializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                Map<String, Object> named = new LinkedHashMap<>();
                properties.accept(value, (name, property) -> {
                    if (property != null) named.put(name, property);
                });
                writeValue(named, gen, provider);
            }
        });
    }

    /** A raw code: an Integer as a number, a String as a string. */
    private static void writeRaw(Object raw, JsonGenerator gen) throws IOException {
        if (raw instanceof Integer) gen.writeNumber((Integer) raw);
        else gen.writeString((String) raw);
    }

    /** A value as the package's details classes hold it, written as the decoder read it. */
    private static void writeValue(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        if (value == null) {
            gen.writeNull();
        } else if (value instanceof String) {
            gen.writeString((String) value);
        } else if (value instanceof Boolean) {
            gen.writeBoolean((Boolean) value);
        } else if (value instanceof JsonNumber) {
            gen.writeNumber(value.toString());
        } else if (value instanceof BigInteger) {
            gen.writeNumber((BigInteger) value);
        } else if (value instanceof Double && Double.isFinite((Double) value)) {
            gen.writeNumber((Double) value);
        } else if (value instanceof OffsetDateTime) {
            // RFC 3339 always has seconds, which OffsetDateTime.toString leaves out at :00.
            gen.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format((OffsetDateTime) value));
        } else if (value instanceof Map) {
            gen.writeStartObject();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                gen.writeFieldName(String.valueOf(e.getKey()));
                writeValue(e.getValue(), gen, provider);
            }
            gen.writeEndObject();
        } else if (value instanceof List) {
            gen.writeStartArray();
            for (Object item : (List<?>) value) writeValue(item, gen, provider);
            gen.writeEndArray();
        } else {
            provider.reportMappingProblem("a details property of type %s has no JSON form", value.getClass().getName());
        }
    }

    /**
     * The value at the parser, copied token by token: numbers as their text, so that a big integer or a long
     * fraction reaches the decoder as written. A deserializer called on a property name (an object being
     * buffered) copies the rest of that object.
     */
    private static void copy(JsonParser p, JsonGenerator g, DeserializationContext ctxt, Class<?> target) throws IOException {
        JsonToken token = p.currentToken();
        int depth = 0;
        if (token == JsonToken.FIELD_NAME) {
            g.writeStartObject();
            depth = 1;
        }
        while (token != null) {
            switch (token) {
                case START_OBJECT:
                    g.writeStartObject();
                    depth++;
                    break;
                case START_ARRAY:
                    g.writeStartArray();
                    depth++;
                    break;
                case END_OBJECT:
                    g.writeEndObject();
                    depth--;
                    break;
                case END_ARRAY:
                    g.writeEndArray();
                    depth--;
                    break;
                case FIELD_NAME:
                    g.writeFieldName(p.currentName());
                    break;
                case VALUE_STRING:
                    g.writeString(p.getText());
                    break;
                case VALUE_NUMBER_INT:
                    g.writeNumber(p.getText());
                    break;
                case VALUE_NUMBER_FLOAT:
                    g.writeNumber(floatText(p.getText()));
                    break;
                case VALUE_TRUE:
                    g.writeBoolean(true);
                    break;
                case VALUE_FALSE:
                    g.writeBoolean(false);
                    break;
                case VALUE_NULL:
                    g.writeNull();
                    break;
                default:
                    ctxt.reportInputMismatch(target, "%s is no JSON value", token);
            }
            if (depth == 0) return;
            token = p.nextToken();
        }
        ctxt.reportInputMismatch(target, "the JSON ends inside a value");
    }

    /**
     * A float's text for the decoder. A tree (readTree, then treeToValue) holds a number beyond binary64,
     * such as 1e400, as an infinite double whose text is not JSON; any such number reads as infinite again.
     */
    private static String floatText(String text) {
        return text.equals("Infinity") ? "1e400" : text.equals("-Infinity") ? "-1e400" : text;
    }

    /** OpenCode by its raw value. */
    private static final class OpenCodeSerializer extends StdSerializer<OpenCode<?, ?>> {
        private static final long serialVersionUID = 1L;

        OpenCodeSerializer() {
            super(OpenCode.class, false);
        }

        @Override
        public void serialize(OpenCode<?, ?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            writeRaw(value.raw(), gen);
        }
    }

    /** Finds the family of an {@code OpenCode<E, V>} from its first type argument. */
    private final class OpenCodeDeserializers extends SimpleDeserializers {
        private static final long serialVersionUID = 1L;

        @Override
        public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config, BeanDescription beanDesc) throws JsonMappingException {
            if (!type.hasRawClass(OpenCode.class)) return super.findBeanDeserializer(type, config, beanDesc);
            JavaType member = type.containedType(0);
            Family<?, ?> family = member == null ? null : families.get(member.getRawClass());
            return new OpenCodeDeserializer(family, type);
        }
    }

    private static final class OpenCodeDeserializer extends StdDeserializer<OpenCode<?, ?>> {
        private static final long serialVersionUID = 1L;
        private final transient Family<?, ?> family;

        OpenCodeDeserializer(Family<?, ?> family, JavaType type) {
            super(type);
            this.family = family;
        }

        @Override
        public OpenCode<?, ?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (family == null) return ctxt.reportBadDefinition(getValueType(), "an OpenCode is read as OpenCode<E, V> with E a code enum of the catalog, such as OpenCode<RestErrorCode, String>");
            return open(family, p, ctxt);
        }

        private static <E extends Enum<E>, V> OpenCode<E, V> open(Family<E, V> family, JsonParser p, DeserializationContext ctxt) throws IOException {
            return family.decode.apply(family.read(p, ctxt, OpenCode.class));
        }
    }

    /** A decoded response written back as its envelope; an INVALID one has none. */
    private static final class ResponseSerializer extends StdSerializer<DecodedResponse> {
        private static final long serialVersionUID = 1L;

        ResponseSerializer() {
            super(DecodedResponse.class);
        }

        @Override
        public void serialize(DecodedResponse value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value.kind() == DecodedResponse.Kind.INVALID) {
                provider.reportMappingProblem("an INVALID response has no envelope to write: %s", value.problem().orElse(""));
                return;
            }
            gen.writeStartObject();
            gen.writeBooleanField("success", value.kind() == DecodedResponse.Kind.SUCCESS);
            if (value.kind() == DecodedResponse.Kind.SUCCESS) {
                gen.writeFieldName("data");
                gen.writeRawValue(value.dataJson().get());
            } else {
                DecodedResponse.ApiError error = value.error().get();
                gen.writeObjectFieldStart("error");
                gen.writeStringField("code", error.code());
                gen.writeStringField("message", error.message());
                if (error.detailsJson().isPresent()) {
                    gen.writeFieldName("details");
                    gen.writeRawValue(error.detailsJson().get());
                }
                gen.writeEndObject();
            }
            gen.writeEndObject();
        }
    }

    /** The value as the decoder reads a body: a body that is not the envelope is an INVALID result, as the decoder gives it. */
    private final class ResponseDeserializer extends StdDeserializer<DecodedResponse> {
        private static final long serialVersionUID = 1L;

        ResponseDeserializer() {
            super(DecodedResponse.class);
        }

        @Override
        public DecodedResponse deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            StringWriter text = new StringWriter();
            try (JsonGenerator g = TEXT.createGenerator(text)) {
                copy(p, g, ctxt, DecodedResponse.class);
            }
            return ApiResponses.decode(policy, text.toString());
        }
    }
}
