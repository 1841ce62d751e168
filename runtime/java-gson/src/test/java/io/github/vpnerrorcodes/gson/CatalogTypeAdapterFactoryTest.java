package io.github.vpnerrorcodes.gson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonIOException;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import com.google.gson.reflect.TypeToken;
import io.github.vpnerrorcodes.ApiResponses;
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

class CatalogTypeAdapterFactoryTest {
    /** What the rendered VpnErrorCodesTypeAdapterFactory is, over the synthetic catalog. */
    static final class SyntheticFactory extends CatalogTypeAdapterFactory {
        SyntheticFactory() {
            super(SyntheticCatalog.ENVELOPE);
            textCodes(Word.class, Word::code, Word::decode);
            integerCodes(Number.class, Number::code, Number::decode);
            details("SHAPED", Shaped.class, Shaped::properties);
        }
    }

    private final Gson gson = new GsonBuilder().registerTypeAdapterFactory(new SyntheticFactory()).create();

    @Test
    void writesAndReadsEachMemberByItsWireValue() {
        for (Word w : Word.values()) {
            assertEquals("\"" + w.code() + "\"", gson.toJson(w));
            assertEquals(w, gson.fromJson(gson.toJson(w), Word.class));
        }
        for (Number n : Number.values()) {
            assertEquals(String.valueOf(n.code()), gson.toJson(n));
            assertEquals(n, gson.fromJson(gson.toJson(n), Number.class));
        }
        // Inside a list, and from a tree.
        List<Word> words = gson.fromJson("[\"slowDown\",\"token.stale\"]", new TypeToken<List<Word>>() {}.getType());
        assertEquals(List.of(Word.SLOW_DOWN, Word.TOKEN_STALE), words);
        assertEquals(Number.TEAPOT, gson.fromJson(JsonParser.parseString("418"), Number.class));
    }

    @Test
    void rejectsAConstantNameAnUnknownCodeOrAnotherJsonTypeWithItsOwnException() {
        for (String json : List.of("\"TOKEN_STALE\"", "\"nope\"", "1", "true", "{}", "[]")) {
            assertThrows(JsonSyntaxException.class, () -> gson.fromJson(json, Word.class), json);
        }
        for (String json : List.of("419", "\"418\"", "418.0", "4294967714", "true")) {
            assertThrows(JsonSyntaxException.class, () -> gson.fromJson(json, Number.class), json);
        }
    }

    @Test
    void keepsAnUnknownCodeInAnOpenCode() {
        OpenCode<Word, String> unknown = gson.fromJson("\"newer.code\"", new TypeToken<OpenCode<Word, String>>() {}.getType());
        assertFalse(unknown.isKnown());
        assertEquals("newer.code", unknown.raw());
        assertEquals("\"newer.code\"", gson.toJson(unknown));
        OpenCode<Number, Integer> known = gson.fromJson("418", new TypeToken<OpenCode<Number, Integer>>() {}.getType());
        assertEquals(Number.TEAPOT, known.known().get());
        Map<String, OpenCode<Number, Integer>> byName = gson.fromJson("{\"c\":9}", new TypeToken<Map<String, OpenCode<Number, Integer>>>() {}.getType());
        assertEquals(Integer.valueOf(9), byName.get("c").raw());
        assertEquals("9", gson.toJson(byName.get("c")));
        assertThrows(JsonSyntaxException.class, () -> gson.fromJson("\"9\"", new TypeToken<OpenCode<Number, Integer>>() {}.getType()));
        // Without its family an OpenCode cannot be read: Gson's own exception says so.
        assertThrows(JsonIOException.class, () -> gson.fromJson("\"x\"", OpenCode.class));
    }

    @Test
    void readsDetailsAsTheDecoderDoesFromTextAndFromATree() {
        for (String details : List.of(
                "{\"count\":3,\"when\":\"2026-02-08T11:30:00Z\"}",
                "{\"count\":100000000000000000000,\"when\":\"2026-02-08t11:30:00.123456789123z\",\"newer\":[1,{\"a\":null}]}",
                "{\"count\":2.0,\"when\":\"2017-01-01T00:59:60+01:00\",\"anything\":{\"n\":1e400}}")) {
            Shaped expected = SyntheticCatalog.decoded(details).orElseThrow();
            assertEquals(expected, gson.fromJson(details, Shaped.class), details);
            assertEquals(expected, gson.fromJson(JsonParser.parseString(details), Shaped.class), details);
        }
        Shaped read = gson.fromJson("{\"count\":3,\"when\":\"2026-02-08T11:30:00+02:00\"}", Shaped.class);
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
                "{\"count\":NaN,\"when\":\"2026-02-08T11:30:00Z\"}",
                "[]",
                "\"text\"",
                "7")) {
            assertThrows(JsonParseException.class, () -> gson.fromJson(details, Shaped.class), details);
        }
    }

    @Test
    void writesDetailsBackAsTheDecoderReadsThem() {
        String details = "{\"count\":100000000000000000000,\"when\":\"2026-02-08T11:30:00Z\",\"anything\":[1.50,\"x\",true,null,{\"k\":{}}]}";
        Shaped read = gson.fromJson(details, Shaped.class);
        String written = gson.toJson(read);
        assertEquals(details, written);
        assertEquals(read, gson.fromJson(written, Shaped.class));
        assertEquals(read, gson.fromJson(gson.toJsonTree(read), Shaped.class));
    }

    @Test
    void readsAResponseAsTheDecoderDoes() {
        String body = "{\"success\":false,\"error\":{\"code\":\"SHAPED\",\"message\":\"m\",\"details\":{\"count\":3,\"when\":\"2026-02-08T11:30:00Z\"}}}";
        DecodedResponse failure = gson.fromJson(body, DecodedResponse.class);
        assertEquals(DecodedResponse.Kind.FAILURE, failure.kind());
        assertTrue(failure.error().get().detailsAs(Shaped.class).isPresent());
        assertEquals(body, gson.toJson(failure));
        assertEquals(body, gson.toJsonTree(failure).toString());
        DecodedResponse success = gson.fromJson("{\"success\":true,\"data\":{\"big\":12345678901234567890123}}", DecodedResponse.class);
        assertEquals(DecodedResponse.Kind.SUCCESS, success.kind());
        assertEquals("{\"success\":true,\"data\":{\"big\":12345678901234567890123}}", gson.toJson(success));
        DecodedResponse invalid = gson.fromJson("{\"success\":false}", DecodedResponse.class);
        assertEquals(DecodedResponse.Kind.INVALID, invalid.kind());
        assertThrows(JsonIOException.class, () -> gson.toJson(invalid));
        assertEquals(DecodedResponse.Kind.INVALID, gson.fromJson("[1]", DecodedResponse.class).kind());
        // Malformed JSON never reaches the decoder: Gson's reader rejects it with its own exception.
        assertThrows(JsonParseException.class, () -> gson.fromJson("{\"success\":", DecodedResponse.class));
    }

    @Test
    void readsJsonNullAsNullForEveryType() {
        for (java.lang.reflect.Type type : List.of(Word.class, Number.class, Shaped.class, DecodedResponse.class, new TypeToken<OpenCode<Word, String>>() {}.getType())) {
            assertNull(gson.fromJson("null", type), type.getTypeName());
        }
        Map<String, Shaped> field = gson.fromJson("{\"d\":null}", new TypeToken<Map<String, Shaped>>() {}.getType());
        assertTrue(field.containsKey("d"));
        assertNull(field.get("d"));
    }

    @Test
    void readsAResponseStrictlyThoughGsonIsLenientByDefault() {
        String strict = "{\"success\":false,\"error\":{\"code\":\"SHAPED\",\"message\":\"m\"}}";
        assertEquals(DecodedResponse.Kind.FAILURE, gson.fromJson(strict, DecodedResponse.class).kind());
        // A lone surrogate escape is valid JSON, which the decoder reads (and Gson's STRICT would refuse).
        String lone = "{\"success\":false,\"error\":{\"code\":\"SHAPED\",\"message\":\"m \\ud83d\"}}";
        assertEquals(ApiResponses.decode(SyntheticCatalog.ENVELOPE, lone).error().get().message(), gson.fromJson(lone, DecodedResponse.class).error().get().message());
        // Each is JSON only to a lenient reader; the decoder reads none of them as an envelope.
        for (String lenient : List.of(
                "{'success':false,'error':{'code':'SHAPED','message':'m'}}",
                "{success:false,error:{code:\"SHAPED\",message:\"m\"}}",
                "{\"success\":true,\"data\":NaN}",
                "{\"success\":true;\"data\":1}",
                "{\"success\":true,\"data\":1 /* a comment */}")) {
            assertEquals(DecodedResponse.Kind.INVALID, ApiResponses.decode(SyntheticCatalog.ENVELOPE, lenient).kind(), lenient);
            assertThrows(JsonSyntaxException.class, () -> gson.fromJson(lenient, DecodedResponse.class), lenient);
        }
        // The reader is lenient again after each response: Gson's lenient ';' between array items still reads.
        List<DecodedResponse> both = gson.fromJson("[" + strict + ";" + strict + "]", new TypeToken<List<DecodedResponse>>() {}.getType());
        assertEquals(2, both.size());
        for (DecodedResponse r : both) assertEquals(DecodedResponse.Kind.FAILURE, r.kind());
    }
}
