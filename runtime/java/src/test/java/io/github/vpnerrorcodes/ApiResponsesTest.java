package io.github.vpnerrorcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vpnerrorcodes.DecodedResponse.ApiError;
import io.github.vpnerrorcodes.DecodedResponse.Kind;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ApiResponsesTest {
    private static final EnvelopePolicy POLICY = SyntheticPolicies.envelope();

    private static DecodedResponse decode(String body) {
        return ApiResponses.decode(POLICY, body);
    }

    private static String shaped(String details) {
        return "{\"success\":false,\"error\":{\"code\":\"SYNTHETIC_SHAPED\",\"message\":\"m\",\"details\":" + details + "}}";
    }

    private static void invalid(String body, String problem) {
        DecodedResponse response = decode(body);
        assertEquals(Kind.INVALID, response.kind(), body);
        assertEquals(Optional.of(problem), response.problem(), body);
        assertTrue(response.data() == null && response.dataJson().isEmpty() && response.error().isEmpty());
    }

    private static ApiError failure(String body) {
        DecodedResponse response = decode(body);
        assertEquals(Kind.FAILURE, response.kind(), () -> body + ": " + response.problem());
        assertTrue(response.data() == null && response.dataJson().isEmpty() && response.problem().isEmpty());
        return response.error().get();
    }

    @Test
    void throwsTheApiErrorOrTheProblemFromDataOrThrow() {
        assertEquals("1", decode("{\"success\":true,\"data\":1}").dataOrThrow().toString());
        ApiException failure = assertThrows(ApiException.class, () -> decode("{\"success\":false,\"error\":{\"code\":\"LATER\",\"message\":\"m\"}}").dataOrThrow());
        assertEquals(Optional.of("LATER"), failure.code());
        assertEquals("LATER: m", failure.getMessage());
        ApiException invalid = assertThrows(ApiException.class, () -> decode("<html>").dataOrThrow());
        assertEquals(Optional.empty(), invalid.error());
        assertTrue(invalid.getMessage().contains("HTML"), invalid.getMessage());
    }

    @Test
    void readsASuccessWithItsData() {
        DecodedResponse response = decode("{\"success\":true, \"data\" : {\"id\": 1, \"tags\": [\"a\"]} }");
        assertEquals(Kind.SUCCESS, response.kind());
        assertEquals(Map.of("id", new JsonNumber("1"), "tags", List.of("a")), response.data());
        assertEquals(Optional.of("{\"id\": 1, \"tags\": [\"a\"]}"), response.dataJson());
        assertTrue(response.error().isEmpty() && response.problem().isEmpty());
        DecodedResponse nothing = decode("{\"success\":true,\"data\":null}");
        assertEquals(Kind.SUCCESS, nothing.kind());
        assertEquals(null, nothing.data());
        assertEquals(Optional.of("null"), nothing.dataJson());
        invalid("{\"success\":true}", "not the envelope: the body must have required property 'data'");
    }

    @Test
    void readsAFailureWithItsCodeMessageAndDetails() {
        ApiError error = failure("{\"success\":false,\"error\":{\"code\":\"SYNTHETIC_LIMIT\",\"message\":\"slow down\",\"details\":{\"n\":1}}}");
        assertEquals("SYNTHETIC_LIMIT", error.code());
        assertEquals("slow down", error.message());
        assertEquals(1, ((JsonNumber) error.details().get().get("n")).intValue());
        assertEquals(Optional.of("{\"n\":1}"), error.detailsJson());
        assertTrue(failure(SyntheticPolicies.failure("SYNTHETIC_LIMIT")).details().isEmpty());
    }

    @Test
    void givesEveryBodyThatIsNotTheEnvelopeAsInvalid() {
        invalid(null, "the body is empty");
        invalid(" \n\t", "the body is empty");
        invalid("<html><body>Bad gateway</body></html>", "the body is HTML, not JSON (a proxy or gateway page?)");
        invalid("{\"success\":true,\"data\":1} trailing", "the body is not valid JSON");
        invalid("{\"success\":tru", "the body is not valid JSON");
        invalid("[1]", "not the envelope: the body must be an object");
        invalid("null", "not the envelope: the body must be an object");
        invalid("{}", "not the envelope: the body must have required property 'success'");
        invalid("{\"success\":\"false\"}", "not the envelope: /success must be a boolean");
        invalid("{\"success\":false}", "not the envelope: the body must have required property 'error'");
        invalid("{\"success\":false,\"error\":\"boom\"}", "not the envelope: /error must be an object");
        invalid("{\"success\":false,\"error\":{\"code\":7,\"message\":\"m\"}}", "not the envelope: /error/code must be a string");
        invalid("{\"success\":false,\"error\":{\"code\":\"SYNTHETIC_LIMIT\"}}", "not the envelope: /error/message must be a string");
        invalid("{\"success\":false,\"error\":{\"code\":\"SYNTHETIC_LIMIT\",\"message\":\"m\",\"details\":[]}}", "not the envelope: /error/details must be an object");
        invalid("{\"success\":false,\"error\":{\"code\":\"SYNTHETIC_LIMIT\",\"message\":\"m\",\"details\":null}}", "not the envelope: /error/details must be an object");
    }

    @Test
    void acceptsAnUnknownCodeOnlyWhenItIsShapedLikeOne() {
        assertEquals("SYNTHETIC_NEWER", failure(SyntheticPolicies.failure("SYNTHETIC_NEWER")).code());
        invalid(SyntheticPolicies.failure("synthetic_lower"), "not the envelope: /error/code is neither a known code nor shaped like one");
        invalid(SyntheticPolicies.failure(""), "not the envelope: /error/code is neither a known code nor shaped like one");
        // An unknown code's details are not checked: there is no shape to check them by.
        failure("{\"success\":false,\"error\":{\"code\":\"SYNTHETIC_NEWER\",\"message\":\"m\",\"details\":{\"count\":\"x\"}}}");
    }

    @Test
    void checksAKnownCodesDetailsAgainstItsShape() {
        failure(shaped("{\"count\":1}"));
        failure(shaped("{\"count\":2.0,\"ratio\":0.5,\"open\":true,\"tags\":[\"a\"],\"extra\":{},\"anything\":[null]}"));
        invalid(shaped("{}"), "not the envelope: /error/details must have required property 'count'");
        invalid(shaped("{\"count\":2.5}"), "not the envelope: /error/details/count must be integer");
        invalid(shaped("{\"count\":\"2\"}"), "not the envelope: /error/details/count must be integer");
        invalid(shaped("{\"count\":0}"), "not the envelope: /error/details/count must be >= 1.0");
        invalid(shaped("{\"count\":1,\"ratio\":\"half\"}"), "not the envelope: /error/details/ratio must be number");
        invalid(shaped("{\"count\":1,\"open\":1}"), "not the envelope: /error/details/open must be boolean");
        invalid(shaped("{\"count\":1,\"tags\":\"a\"}"), "not the envelope: /error/details/tags must be array");
        invalid(shaped("{\"count\":1,\"tags\":[\"a\",1]}"), "not the envelope: /error/details/tags items must be string");
        invalid(shaped("{\"count\":1,\"extra\":[]}"), "not the envelope: /error/details/extra must be object");
        // A known code without a shape takes any details object.
        failure("{\"success\":false,\"error\":{\"code\":\"SYNTHETIC_LIMIT\",\"message\":\"m\",\"details\":{\"count\":\"x\"}}}");
    }

    @Test
    void checksADateTimeByThePolicysPatternAndTheCalendar() {
        for (String good : List.of("2024-02-29T23:59:60Z", "2023-01-31T00:00:00+23:59", "2023-12-01T12:00:00-05:30")) {
            failure(shaped("{\"count\":1,\"when\":\"" + good + "\"}"));
        }
        for (String bad : List.of("2023-02-29T00:00:00Z", "2023-13-01T00:00:00Z", "2023-00-01T00:00:00Z", "2023-01-00T00:00:00Z",
                "2023-01-01T24:00:00Z", "2023-01-01T00:60:00Z", "2023-01-01T00:00:61Z", "2023-01-01T00:00:00+24:00",
                "2023-01-01T00:00:00+00:60", "2023-01-01t00:00:00Z", "2023-01-01T00:00:00", "tomorrow")) {
            invalid(shaped("{\"count\":1,\"when\":\"" + bad + "\"}"), "not the envelope: /error/details/when must match format \"date-time\"");
        }
    }

    @Test
    void decodesAlikeDeferredWithPatternsCompiledWhenFirstMatched() {
        EnvelopePolicy lazy = SyntheticPolicies.envelopeDeferred();
        String unknown = "{\"success\":false,\"error\":{\"code\":\"%s\",\"message\":\"m\"}}";
        // For each of the three patterns, and the URI's forbidden characters, a body let through and one stopped:
        // both policies must tell them apart alike, so a lazy pattern matching nothing, anything or another's fails.
        List<List<String>> matchedThenNot = List.of(
                List.of(String.format(unknown, "SYNTHETIC_NEW"), String.format(unknown, "not-a-code")),
                List.of(shaped("{\"count\":1,\"when\":\"2024-02-29T23:59:60Z\"}"), shaped("{\"count\":1,\"when\":\"tomorrow\"}")),
                List.of(shaped("{\"count\":1,\"link\":\"https://example.test/a\"}"), shaped("{\"count\":1,\"link\":\"1x:y\"}")),
                List.of(shaped("{\"count\":1,\"link\":\"https://example.test/a\"}"), shaped("{\"count\":1,\"link\":\"https://example.test/a b\"}")));
        for (List<String> pair : matchedThenNot) {
            assertEquals(Kind.FAILURE, decode(pair.get(0)).kind(), pair.get(0));
            assertEquals(Kind.INVALID, decode(pair.get(1)).kind(), pair.get(1));
            for (String body : pair) {
                DecodedResponse eager = decode(body);
                DecodedResponse late = ApiResponses.decode(lazy, body);
                assertEquals(eager.kind(), late.kind(), body);
                assertEquals(eager.problem(), late.problem(), body);
                assertEquals(eager.error().flatMap(ApiError::typedDetails).map(Object::getClass),
                        late.error().flatMap(ApiError::typedDetails).map(Object::getClass), body);
            }
        }
    }

    @Test
    void buildsADeferredPolicyOnceWhenFirstAsked() {
        AtomicInteger builds = new AtomicInteger();
        EnvelopePolicy deferred = EnvelopePolicy.deferred(() -> {
            builds.incrementAndGet();
            return EnvelopePolicy.builder().knownCodes("SYNTHETIC_LIMIT");
        });
        assertEquals(0, builds.get());
        assertTrue(deferred.knows("SYNTHETIC_LIMIT"));
        assertFalse(deferred.knows("SYNTHETIC_SHAPED"));
        assertEquals(1, builds.get());
    }

    @Test
    void rejectsAnInvalidPatternAsTheBuilderIsGivenIt() {
        assertThrows(java.util.regex.PatternSyntaxException.class, () -> EnvelopePolicy.builder().dateTimePattern("("));
    }

    @Test
    void survivesAPolicyPatternWithFewerOrOddGroups() {
        EnvelopePolicy odd = EnvelopePolicy.builder().knownCodes("SYNTHETIC_SHAPED")
                .details("SYNTHETIC_SHAPED", List.of(), EnvelopePolicy.Field.of("when").format(EnvelopePolicy.StringFormat.DATE_TIME))
                .dateTimePattern("(x)?(\\d+)-(\\d+)-(\\d+)T(\\d+):(\\d+):(\\d+)").build();
        assertEquals(Kind.INVALID, ApiResponses.decode(odd, shaped("{\"when\":\"2023-01-01T00:00:00\"}")).kind());
        EnvelopePolicy huge = EnvelopePolicy.builder().knownCodes("SYNTHETIC_SHAPED")
                .details("SYNTHETIC_SHAPED", List.of(), EnvelopePolicy.Field.of("when").format(EnvelopePolicy.StringFormat.DATE_TIME))
                .dateTimePattern("(\\d+)-(\\d+)-(\\d+)T(\\d+):(\\d+):(\\d+)(Z)?()?()?").build();
        assertEquals(Kind.INVALID, ApiResponses.decode(huge, shaped("{\"when\":\"99999999999-01-01T00:00:00\"}")).kind());
        assertEquals(Kind.FAILURE, ApiResponses.decode(huge, shaped("{\"when\":\"2023-01-01T00:00:00\"}")).kind());
    }

    @Test
    void checksAUriByItsSchemeAndTheForbiddenCodePoints() {
        for (String good : List.of("https://example.test/a?b=c#d", "mailto:someone@example.test", "urn:a:b", "x:")) {
            failure(shaped("{\"count\":1,\"link\":\"" + good + "\"}"));
        }
        for (String bad : List.of("example.test/path", "https://example.test/a b", "https://example.test/<a>", "Https://example.test",
                "https://example.test/\u00a0", ":nothing", "1x:y")) {
            invalid(shaped("{\"count\":1,\"link\":\"" + bad + "\"}"), "not the envelope: /error/details/link must match format \"uri\"");
        }
    }

    @Test
    void readsDetailsAsTheirCodesTypedClassOnce() {
        ApiError error = failure(shaped("{\"count\":100000000000000000000,\"when\":\"2023-12-01T12:00:00-05:30\",\"unknown\":true}"));
        SyntheticPolicies.Typed typed = error.detailsAs(SyntheticPolicies.Typed.class).get();
        assertEquals(new BigInteger("100000000000000000000"), typed.count);
        assertEquals(OffsetDateTime.parse("2023-12-01T17:30:00Z").toInstant(), typed.when.toInstant());
        assertSame(typed, error.typedDetails().get());
        assertEquals(true, error.details().get().get("unknown"));
        assertTrue(error.detailsAs(String.class).isEmpty());
        assertTrue(error.detailsAs(null).isEmpty());
        // A code with no class, and a code with no details, have no typed details.
        assertTrue(failure("{\"success\":false,\"error\":{\"code\":\"SYNTHETIC_LIMIT\",\"message\":\"m\",\"details\":{\"n\":1}}}").typedDetails().isEmpty());
        assertTrue(failure(SyntheticPolicies.failure("SYNTHETIC_LIMIT")).typedDetails().isEmpty());
        // A reader that throws gives none.
        EnvelopePolicy throwing = EnvelopePolicy.builder().knownCodes("X").typedDetails("X", d -> {
            throw new IllegalStateException("no");
        }).build();
        assertTrue(ApiResponses.decode(throwing, "{\"success\":false,\"error\":{\"code\":\"X\",\"message\":\"m\",\"details\":{}}}").error().get().typedDetails().isEmpty());
    }

    @Test
    void allowsALeapSecondOnlyAt235960Utc() {
        for (String good : List.of("2026-06-30T23:59:60Z", "2026-07-01T01:59:60+02:00", "2026-06-30T20:29:60-03:30", "2026-07-01T00:00:60+00:01")) {
            failure(shaped("{\"count\":1,\"when\":\"" + good + "\"}"));
        }
        for (String bad : List.of("2026-06-30T12:00:60Z", "2026-06-30T23:59:60+02:00", "2026-06-30T23:58:60Z")) {
            invalid(shaped("{\"count\":1,\"when\":\"" + bad + "\"}"), "not the envelope: /error/details/when must match format \"date-time\"");
        }
    }

    @Test
    void keepsTheCodeOfValidJsonThatOtherParsersRefuse() {
        String deep = "[".repeat(400_000) + "]".repeat(400_000);
        String body = "{\"success\":false,\"error\":{\"code\":\"SYNTHETIC_LIMIT\",\"message\":\"cut \\ud83d\"},\"trace\":" + deep
                + ",\"n\":1e400,\"m\":" + "9".repeat(5000) + ",\"z\":-0.0e-99999999999}";
        ApiError error = failure(body);
        assertEquals("cut \ud83d", error.message());
        assertEquals(Optional.of("SYNTHETIC_LIMIT"), ApiResponses.errorCode(body));
        assertEquals(Kind.FAILURE, decode("{\"success\":true,\"success\":false,\"error\":{\"code\":\"SYNTHETIC_LIMIT\",\"message\":\"m\"}}").kind());
        invalid(shaped("{\"count\":1e400}"), "not the envelope: /error/details/count must be integer");
        failure(shaped("{\"count\":1e20,\"ratio\":1e-400}"));
        invalid(shaped("{\"count\":1,\"ratio\":-1e400}"), "not the envelope: /error/details/ratio must be number");
    }

    @Test
    void hashesComparesAndPrintsDataOfAnyDepthWithoutRecursion() {
        String deep = "[".repeat(350_000) + "{\"k\":\"\\ud83d\"}" + "]".repeat(350_000);
        Object data = decode("{\"success\":true,\"data\":" + deep + "}").data();
        Object again = decode("{\"success\":true,\"data\":" + deep + "}").data();
        assertEquals(data.hashCode(), again.hashCode());
        assertEquals(data, again);
        assertFalse(data.equals(decode("{\"success\":true,\"data\":" + deep.replace("k", "j") + "}").data()));
        assertEquals(deep, data.toString());
        // Small values print as compact JSON, compare as the JDK's maps and lists do, and stay immutable.
        Object small = decode("{\"success\":true,\"data\":{\"a\":[1,\"x\\n\",null,true],\"b\":{}}}").data();
        assertEquals("{\"a\":[1,\"x\\n\",null,true],\"b\":{}}", small.toString());
        assertEquals(Map.of("a", java.util.Arrays.asList(new JsonNumber("1"), "x\n", null, true), "b", Map.of()), small);
        assertEquals(Map.of("a", java.util.Arrays.asList(new JsonNumber("1"), "x\n", null, true), "b", Map.of()).hashCode(), small.hashCode());
        assertThrows(UnsupportedOperationException.class, () -> ((Map<?, ?>) small).clear());
        assertThrows(UnsupportedOperationException.class, () -> ((List<?>) ((Map<?, ?>) small).get("a")).clear());
    }

    @Test
    void refusesWhatIsNotJsonAndBodiesOverTheLimit() {
        for (String bad : List.of("{\"success\":true,\"data\":01}", "{\"success\":true,\"data\":[1,]}", "{\"success\":true,\"data\":NaN}",
                "{\"success\":true,\"data\":'a'}", "{\"success\":true,\"data\":\"a\tb\"}", "{\"success\":true,\"data\":\"\\x\"}",
                "{\"success\":true,\"data\":\"\\u12g4\"}", "{\"success\":true,\"data\":1.}", "{\"success\":true,\"data\":-}", "{\"success\":true,\"data\":+1}",
                "\ufeff{\"success\":true,\"data\":1}", "{\"success\":true,\"data\":1}\u00a0", "{\"success\":true,\"data\":1 /* c */}", "{\"success\":true,,\"data\":1}",
                "{\"success\":true \"data\":1}", "{\"success\":true,\"data\":[}", "{\"success\":true,\"data\":\"\\u00")) {
            invalid(bad, "the body is not valid JSON");
        }
        String padding = " ".repeat(ApiResponses.MAX_BODY_LENGTH - 25);
        assertEquals(Kind.SUCCESS, decode("{\"success\":true,\"data\":1}" + padding).kind());
        invalid("{\"success\":true,\"data\":1}" + padding + " ", "the body is longer than 1048576 characters");
    }

    @Test
    void readsNumbersOfAnySize() {
        assertEquals(Optional.of(new BigInteger("100000000000000000000")), new JsonNumber("1e20").bigIntegerValue());
        assertEquals(Optional.of(new BigInteger("123456789012345678901234567890")), new JsonNumber("123456789012345678901234567890").bigIntegerValue());
        assertEquals(Optional.of(BigInteger.valueOf(25)), new JsonNumber("2.50e1").bigIntegerValue());
        assertEquals(Optional.of(BigInteger.ONE), new JsonNumber("1.0000000000000000000001").bigIntegerValue());
        assertEquals(Optional.of(BigInteger.ZERO), new JsonNumber("-0.0e-99999999999").bigIntegerValue());
        assertTrue(new JsonNumber("1e400").bigIntegerValue().isEmpty());
        assertTrue(new JsonNumber("2.5").bigIntegerValue().isEmpty());
        assertEquals(Double.POSITIVE_INFINITY, new JsonNumber("1e400").doubleValue());
        assertEquals(Long.MAX_VALUE, new JsonNumber("9223372036854775807").longValue());
        assertEquals("1E5", new JsonNumber("1E5").toString());
    }

    @Test
    void readsTheCodeForTheDecisionFromTheCoreAlone() {
        assertEquals(Optional.of("SYNTHETIC_SHAPED"), ApiResponses.errorCode(shaped("{\"count\":\"x\"}")));
        assertEquals(Optional.of("synthetic_lower"), ApiResponses.errorCode(SyntheticPolicies.failure("synthetic_lower")));
        assertEquals(Optional.of("SYNTHETIC_LIMIT"), ApiResponses.errorCode("{\"success\":false,\"error\":{\"code\":\"SYNTHETIC_LIMIT\",\"message\":\"m\",\"details\":null}}"));
        assertFalse(ApiResponses.errorCode("{\"success\":true,\"data\":1}").isPresent());
        assertFalse(ApiResponses.errorCode(null).isPresent());
        assertEquals(Optional.of("SYNTHETIC_LIMIT"), ApiResponses.errorCode("{\"success\":false,\"error\":{\"code\":\"SYNTHETIC_LIMIT\",\"message\":\"m\",\"details\":1}}"));
        // Whatever is not the envelope's core has no code, as decode gives it INVALID.
        for (String notTheCore : List.of("", "  ", "<html></html>", "[1]", "{}", "{\"success\":1}", "{\"success\":true}", "{\"success\":false}",
                "{\"success\":false,\"error\":[]}", "{\"success\":false,\"error\":{\"code\":1,\"message\":\"m\"}}",
                "{\"success\":false,\"error\":{\"code\":\"SYNTHETIC_LIMIT\"}}", "{\"success\":false,\"error\":{\"code\":\"SYNTHETIC_LIMIT\",\"message\":\"m\"}} x",
                "x".repeat(ApiResponses.MAX_BODY_LENGTH + 1))) {
            assertFalse(ApiResponses.errorCode(notTheCore).isPresent(), notTheCore);
            assertEquals(Kind.INVALID, decode(notTheCore).kind(), notTheCore);
        }
    }

    @Test
    void refusesNoPolicy() {
        assertThrows(NullPointerException.class, () -> ApiResponses.decode(null, "{}"));
    }
}
