package io.github.vpnerrorcodes.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import io.github.vpnerrorcodes.DecodedResponse;
import io.github.vpnerrorcodes.OpenCode;
import io.github.vpnerrorcodes.SyntheticCatalog;
import io.github.vpnerrorcodes.SyntheticCatalog.Number;
import io.github.vpnerrorcodes.SyntheticCatalog.Shaped;
import io.github.vpnerrorcodes.SyntheticCatalog.Word;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogModuleTest {
    /** What the rendered VpnErrorCodesModule is, over the synthetic catalog. */
    static final class SyntheticModule extends CatalogModule {
        private static final long serialVersionUID = 1L;

        SyntheticModule() {
            super("SyntheticModule", SyntheticCatalog.ENVELOPE);
            textCodes(Word.class, Word::code, Word::decode);
            integerCodes(Number.class, Number::code, Number::decode);
            details("SHAPED", Shaped.class, Shaped::properties);
        }
    }

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new SyntheticModule());

    @Test
    void writesAndReadsEachMemberByItsWireValue() throws Exception {
        for (Word w : Word.values()) {
            assertEquals("\"" + w.code() + "\"", mapper.writeValueAsString(w));
            assertEquals(w, mapper.readValue(mapper.writeValueAsString(w), Word.class));
        }
        for (Number n : Number.values()) {
            assertEquals(String.valueOf(n.code()), mapper.writeValueAsString(n));
            assertEquals(n, mapper.readValue(mapper.writeValueAsString(n), Number.class));
        }
        Map<Word, Number> keyed = Map.of(Word.SLOW_DOWN, Number.TEAPOT);
        String json = mapper.writeValueAsString(keyed);
        assertEquals("{\"slowDown\":418}", json);
        assertEquals(keyed, mapper.readValue(json, new TypeReference<Map<Word, Number>>() {}));
        assertEquals(Map.of(Number.BROKEN, Word.TOKEN_STALE), mapper.readValue("{\"-7\":\"token.stale\"}", new TypeReference<Map<Number, Word>>() {}));
    }

    @Test
    void rejectsAConstantNameAnUnknownCodeOrAnotherJsonTypeWithItsOwnException() {
        for (String json : List.of("\"TOKEN_STALE\"", "\"nope\"", "1", "true", "{}", "[]")) {
            assertThrows(JsonProcessingException.class, () -> mapper.readValue(json, Word.class), json);
        }
        for (String json : List.of("419", "\"418\"", "418.0", "4294967714", "true")) {
            assertThrows(JsonProcessingException.class, () -> mapper.readValue(json, Number.class), json);
        }
        assertThrows(JsonMappingException.class, () -> mapper.readValue("{\"01\":\"slowDown\"}", new TypeReference<Map<Number, Word>>() {}));
    }

    @Test
    void keepsAnUnknownCodeInAnOpenCode() throws Exception {
        OpenCode<Word, String> unknown = mapper.readValue("\"newer.code\"", new TypeReference<OpenCode<Word, String>>() {});
        assertFalse(unknown.isKnown());
        assertEquals("newer.code", unknown.raw());
        assertEquals("\"newer.code\"", mapper.writeValueAsString(unknown));
        OpenCode<Number, Integer> known = mapper.readValue("418", new TypeReference<OpenCode<Number, Integer>>() {});
        assertEquals(Number.TEAPOT, known.known().get());
        OpenCode<Number, Integer> newer = mapper.readValue("{\"c\":9}", new TypeReference<Map<String, OpenCode<Number, Integer>>>() {}).get("c");
        assertEquals(Integer.valueOf(9), newer.raw());
        assertEquals("9", mapper.writeValueAsString(newer));
        assertThrows(JsonMappingException.class, () -> mapper.readValue("\"9\"", new TypeReference<OpenCode<Number, Integer>>() {}));
        // Without its family an OpenCode cannot be read: Jackson's own definition error says so.
        assertThrows(InvalidDefinitionException.class, () -> mapper.readValue("\"x\"", OpenCode.class));
    }

    @Test
    void readsDetailsAsTheDecoderDoesFromTextAndFromATree() throws Exception {
        for (String details : List.of(
                "{\"count\":3,\"when\":\"2026-02-08T11:30:00Z\"}",
                "{\"count\":100000000000000000000,\"when\":\"2026-02-08t11:30:00.123456789123z\",\"newer\":[1,{\"a\":null}]}",
                "{\"count\":2.0,\"when\":\"2017-01-01T00:59:60+01:00\",\"anything\":{\"n\":1e400}}")) {
            Shaped expected = SyntheticCatalog.decoded(details).orElseThrow();
            assertEquals(expected, mapper.readValue(details, Shaped.class), details);
            JsonNode tree = mapper.readTree("{\"error\":{\"details\":" + details + "}}").path("error").path("details");
            assertEquals(expected.getWhen(), mapper.treeToValue(tree, Shaped.class).getWhen(), details);
            assertEquals(expected.getCount(), mapper.treeToValue(tree, Shaped.class).getCount(), details);
        }
        Shaped read = mapper.readValue("{\"count\":3,\"when\":\"2026-02-08T11:30:00+02:00\"}", Shaped.class);
        assertEquals(OffsetDateTime.parse("2026-02-08T11:30:00+02:00"), read.getWhen());
        assertEquals(BigInteger.valueOf(3), read.getCount());
    }

    @Test
    void rejectsDetailsTheDecoderRejectsWithItsOwnException() {
        for (String details : List.of(
                "{\"count\":3}",
                "{\"count\":0,\"when\":\"2026-02-08T11:30:00Z\"}",
                "{\"count\":3,\"when\":\"2026-02-30T11:30:00Z\"}",
                "{\"count\":3,\"when\":\"2026-02-08 11:30:00Z\"}",
                "{\"count\":\"3\",\"when\":\"2026-02-08T11:30:00Z\"}",
                "[]",
                "\"text\"",
                "7")) {
            assertThrows(JsonMappingException.class, () -> mapper.readValue(details, Shaped.class), details);
        }
    }

    @Test
    void writesDetailsBackAsTheDecoderReadsThem() throws Exception {
        String details = "{\"count\":100000000000000000000,\"when\":\"2026-02-08T11:30:00Z\",\"anything\":[1.50,\"x\",true,null,{\"k\":{}}]}";
        Shaped read = mapper.readValue(details, Shaped.class);
        String written = mapper.writeValueAsString(read);
        assertEquals("{\"count\":100000000000000000000,\"when\":\"2026-02-08T11:30:00Z\",\"anything\":[1.50,\"x\",true,null,{\"k\":{}}]}", written);
        assertEquals(read, mapper.readValue(written, Shaped.class));
    }

    @Test
    void readsJsonNullAsNullForEveryType() throws Exception {
        for (Class<?> type : List.of(Word.class, Number.class, Shaped.class, DecodedResponse.class)) {
            assertNull(mapper.readValue("null", type), type.getName());
        }
        assertNull(mapper.readValue("null", new TypeReference<OpenCode<Word, String>>() {}));
        Map<String, Shaped> field = mapper.readValue("{\"d\":null}", new TypeReference<Map<String, Shaped>>() {});
        assertTrue(field.containsKey("d"));
        assertNull(field.get("d"));
    }

    @Test
    void readsAResponseAsTheDecoderDoes() throws Exception {
        DecodedResponse failure = mapper.readValue("{\"success\":false,\"error\":{\"code\":\"SHAPED\",\"message\":\"m\",\"details\":{\"count\":3,\"when\":\"2026-02-08T11:30:00Z\"}}}", DecodedResponse.class);
        assertEquals(DecodedResponse.Kind.FAILURE, failure.kind());
        assertTrue(failure.error().get().detailsAs(Shaped.class).isPresent());
        String written = mapper.writeValueAsString(failure);
        assertEquals("{\"success\":false,\"error\":{\"code\":\"SHAPED\",\"message\":\"m\",\"details\":{\"count\":3,\"when\":\"2026-02-08T11:30:00Z\"}}}", written);
        DecodedResponse success = mapper.readValue("{\"success\":true,\"data\":{\"big\":12345678901234567890123}}", DecodedResponse.class);
        assertEquals(DecodedResponse.Kind.SUCCESS, success.kind());
        assertEquals("{\"success\":true,\"data\":{\"big\":12345678901234567890123}}", mapper.writeValueAsString(success));
        // A body that is not the envelope is the decoder's INVALID result, as ApiResponses.decode gives it.
        DecodedResponse invalid = mapper.readValue("{\"success\":false}", DecodedResponse.class);
        assertEquals(DecodedResponse.Kind.INVALID, invalid.kind());
        assertThrows(JsonMappingException.class, () -> mapper.writeValueAsString(invalid));
        assertEquals(DecodedResponse.Kind.INVALID, mapper.readValue("[1]", DecodedResponse.class).kind());
        // Inside a larger document, read from a tree.
        Map<String, DecodedResponse> nested = mapper.readValue("{\"r\":{\"success\":false,\"error\":{\"code\":\"lower\",\"message\":\"m\"}}}", new TypeReference<Map<String, DecodedResponse>>() {});
        assertEquals(DecodedResponse.Kind.INVALID, nested.get("r").kind());
        // Malformed JSON never reaches the decoder: Jackson's parser rejects it with its own exception.
        assertThrows(JsonProcessingException.class, () -> mapper.readValue("{\"success\":", DecodedResponse.class));
    }
}
