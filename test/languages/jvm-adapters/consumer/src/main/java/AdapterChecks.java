import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import com.google.gson.reflect.TypeToken;
import io.github.vpnerrorcodes.ApiResponses;
import io.github.vpnerrorcodes.DecodedResponse;
import io.github.vpnerrorcodes.DefaultPolicy;
import io.github.vpnerrorcodes.OpenCode;
import io.github.vpnerrorcodes.gson.VpnErrorCodesTypeAdapterFactory;
import io.github.vpnerrorcodes.jackson.VpnErrorCodesModule;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The adapters against the catalog and the envelope vectors, through Jackson and Gson from Java. The cases
 * file (written by jvm-adapters.test.ts) names the families, the details classes and the vectors; each line
 * printed is one check's outcome, which the test compares with what the catalog and the TypeScript
 * reference say it must be.
 */
public final class AdapterChecks {
    private AdapterChecks() {}

    /** One mapper, as the checks use it: its name, and its reading and writing of one value. */
    public interface Mapper {
        String name();

        Object read(String json, Type type) throws Exception;

        String write(Object value) throws Exception;

        /** The mapper's own exception for JSON it rejects. */
        boolean ownRejection(Exception e);
    }

    public static final class JacksonMapper implements Mapper {
        final ObjectMapper mapper;
        final String name;

        public JacksonMapper(String name, ObjectMapper mapper) {
            this.name = name;
            this.mapper = mapper;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Object read(String json, Type type) throws Exception {
            return mapper.readValue(json, mapper.getTypeFactory().constructType(type));
        }

        @Override
        public String write(Object value) throws Exception {
            return mapper.writeValueAsString(value);
        }

        @Override
        public boolean ownRejection(Exception e) {
            return e instanceof JsonProcessingException;
        }
    }

    static final class GsonMapper implements Mapper {
        final Gson gson = new GsonBuilder().registerTypeAdapterFactory(new VpnErrorCodesTypeAdapterFactory()).create();

        @Override
        public String name() {
            return "gson";
        }

        /**
         * As {@code gson.fromJson(json, type)}, but without Gson's nesting limit (255 by default, set on each
         * JsonReader, not on the Gson), which refuses the vectors' 600 levels before any adapter sees them.
         */
        @Override
        public Object read(String json, Type type) throws IOException {
            JsonReader reader = gson.newJsonReader(new StringReader(json));
            reader.setNestingLimit(Integer.MAX_VALUE);
            Object value = gson.fromJson(reader, TypeToken.get(type));
            // What Gson.fromJson(String, Type) does after reading: text past the value is Gson's own syntax error.
            try {
                if (reader.peek() != JsonToken.END_DOCUMENT) throw new JsonSyntaxException("JSON document was not fully consumed.");
            } catch (MalformedJsonException e) {
                throw new JsonSyntaxException(e);
            }
            return value;
        }

        @Override
        public String write(Object value) {
            return gson.toJson(value);
        }

        @Override
        public boolean ownRejection(Exception e) {
            return e instanceof JsonParseException;
        }
    }

    /** The harness's own reader, for the cases file: a plain mapper, no adapter. */
    static final ObjectMapper PLAIN = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        JsonNode cases = PLAIN.readTree(new File(args[0]));
        Mapper[] mappers = {new JacksonMapper("jackson", anySize(new ObjectMapper()).registerModule(new VpnErrorCodesModule())), new GsonMapper()};
        for (Mapper m : mappers) run(m, cases, System.out::println);
    }

    /**
     * Jackson's parser refuses a number longer than 1000 characters by default (StreamReadConstraints), before
     * any module sees it; the decoder reads numbers of any size, and the vectors hold one, so the checks raise
     * the limit as an app that receives such numbers would.
     */
    public static ObjectMapper anySize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNumberLength(Integer.MAX_VALUE).build());
        return mapper;
    }

    /** Every check of one mapper, each outcome handed to {@code out}. */
    public static void run(Mapper m, JsonNode cases, java.util.function.Consumer<String> out) throws Exception {
        String pkg = cases.get("package").asText();
        for (JsonNode family : cases.get("families")) enums(m, pkg, family, out);
        Map<String, Class<?>> classes = new HashMap<>();
        for (JsonNode d : cases.get("details")) classes.put(d.get("code").asText(), Class.forName(d.get("class").asText()));
        for (JsonNode vector : cases.get("vectors")) {
            String name = vector.get("name").asText();
            String body = vector.get("body").asText();
            out.accept(m.name() + " response " + name + " " + response(m, body));
            Optional<String[]> details = detailsOf(body);
            if (details.isPresent() && classes.containsKey(details.get()[0])) {
                out.accept(m.name() + " details " + name + " " + details(m, classes.get(details.get()[0]), details.get()[0], details.get()[1]));
            }
        }
    }

    /** Each member written and read back by its wire value; a value the catalog lacks kept as an OpenCode and refused as the enum. */
    static void enums(Mapper m, String pkg, JsonNode family, java.util.function.Consumer<String> out) throws Exception {
        String name = family.get("name").asText();
        Class<?> type = Class.forName(pkg + "." + name);
        for (Object member : type.getEnumConstants()) {
            String json = m.write(member);
            out.accept(m.name() + " " + name + " " + json + " " + (member.equals(m.read(json, type)) ? "round-trips" : "differs"));
        }
        JsonNode unknown = family.get("unknown");
        String json = unknown.toString();
        Type open = TypeToken.getParameterized(OpenCode.class, type, unknown.isInt() ? Integer.class : String.class).getType();
        OpenCode<?, ?> code = (OpenCode<?, ?>) m.read(json, open);
        boolean kept = !code.isKnown() && code.raw().equals(unknown.isInt() ? (Object) unknown.asInt() : unknown.asText()) && json.equals(m.write(code));
        out.accept(m.name() + " " + name + " unknown " + json + " " + (kept ? "kept" : "lost") + " " + outcome(m, () -> m.read(json, type)));
    }

    public interface Read {
        Object get() throws Exception;
    }

    /** "rejected" for the mapper's own exception, "accepted" for a value, "crash X" for anything else. */
    static String outcome(Mapper m, Read read) {
        try {
            read.get();
            return "accepted";
        } catch (Exception e) {
            return m.ownRejection(e) ? "rejected" : "crash " + e.getClass().getName() + ": " + e.getMessage();
        }
    }

    /** The body through the mapper compared with the package's decoder on the same text. */
    static String response(Mapper m, String body) {
        String expected = describe(ApiResponses.decode(DefaultPolicy.ENVELOPE, body));
        String actual;
        try {
            // JSON null is Java null in both mappers before an adapter sees it, as the decoder's INVALID.
            DecodedResponse read = (DecodedResponse) m.read(body, DecodedResponse.class);
            actual = read == null ? "INVALID" : describe(read);
            // Written back, a success or failure is an envelope that the decoder reads as the same.
            if (read != null && read.kind() != DecodedResponse.Kind.INVALID && !describe(ApiResponses.decode(DefaultPolicy.ENVELOPE, m.write(read))).equals(actual)) {
                actual += " written differently";
            }
        } catch (Exception e) {
            // Text that is not JSON at all never reaches the adapter: the mapper's parser refuses it.
            actual = m.ownRejection(e) ? "INVALID" : "crash " + e.getClass().getName();
        }
        return actual.equals(expected) ? "same" : "differs: " + actual + " vs " + expected;
    }

    static String describe(DecodedResponse r) {
        if (r.kind() != DecodedResponse.Kind.FAILURE) return r.kind().toString();
        DecodedResponse.ApiError e = r.error().get();
        return "FAILURE " + e.code() + " " + e.typedDetails().map(Object::toString).orElse("-");
    }

    /** The error's code and its details' JSON text, when the body is JSON with a string code and non-null details. */
    static Optional<String[]> detailsOf(String body) {
        try {
            JsonNode error = PLAIN.readTree(body).path("error");
            JsonNode details = error.path("details");
            if (!error.path("code").isTextual() || details.isMissingNode() || details.isNull()) return Optional.empty();
            return Optional.of(new String[] {error.get("code").asText(), details.toString()});
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /**
     * The details read as their class from text, and from the mapper's own tree: "accepted equal round-trips"
     * when both equal the decoder's typed details of the same details and write back to an equal value,
     * "rejected" when the mapper refuses them with its own exception.
     */
    static String details(Mapper m, Class<?> type, String code, String json) throws Exception {
        String text = outcome(m, () -> m.read(json, type));
        String tree = m instanceof JacksonMapper
                ? outcome(m, () -> ((JacksonMapper) m).mapper.treeToValue(((JacksonMapper) m).mapper.readTree(json), type))
                : outcome(m, () -> ((GsonMapper) m).gson.fromJson(JsonParser.parseString(json), type));
        if (!text.equals(tree)) return "text " + text + ", tree " + tree;
        if (!text.equals("accepted")) return text;
        Object read = m.read(json, type);
        Object core = ApiResponses.decode(DefaultPolicy.ENVELOPE, "{\"success\":false,\"error\":{\"code\":" + PLAIN.writeValueAsString(code) + ",\"message\":\"m\",\"details\":" + json + "}}")
                .error().flatMap(DecodedResponse.ApiError::typedDetails).orElse(null);
        Object back = m.read(m.write(read), type);
        return "accepted " + (Objects.equals(read, core) ? "equal" : "differs from " + core) + " " + (read.equals(back) ? "round-trips" : "written as " + m.write(read));
    }
}
