package io.github.vpnerrorcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vpnerrorcodes.DecodedResponse.ApiError;
import io.github.vpnerrorcodes.DecodedResponse.Kind;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
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
        assertTrue(response.data().isEmpty() && response.error().isEmpty());
    }

    private static ApiError failure(String body) {
        DecodedResponse response = decode(body);
        assertEquals(Kind.FAILURE, response.kind(), () -> body + ": " + response.problem());
        assertTrue(response.data().isEmpty() && response.problem().isEmpty());
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
        DecodedResponse response = decode("{\"success\":true,\"data\":{\"id\":1}}");
        assertEquals(Kind.SUCCESS, response.kind());
        assertEquals(1, response.data().get().get("id").intValue());
        assertTrue(response.error().isEmpty() && response.problem().isEmpty());
        assertTrue(decode("{\"success\":true,\"data\":null}").data().get().isNull());
        invalid("{\"success\":true}", "not the envelope: the body must have required property 'data'");
    }

    @Test
    void readsAFailureWithItsCodeMessageAndDetails() {
        ApiError error = failure("{\"success\":false,\"error\":{\"code\":\"SYNTHETIC_LIMIT\",\"message\":\"slow down\",\"details\":{\"n\":1}}}");
        assertEquals("SYNTHETIC_LIMIT", error.code());
        assertEquals("slow down", error.message());
        assertEquals(1, error.details().get().get("n").intValue());
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

    /** A details class as the package's api classes are: bean properties, java.time for date-times. */
    public static final class Typed {
        private long count;
        private OffsetDateTime when;

        /** @return the count */
        public long getCount() {
            return count;
        }

        /** @param value the count */
        public void setCount(long value) {
            count = value;
        }

        /** @return the time */
        public OffsetDateTime getWhen() {
            return when;
        }

        /** @param value the time */
        public void setWhen(OffsetDateTime value) {
            when = value;
        }
    }

    @Test
    void readsDetailsAsATypedClass() {
        ApiError error = failure(shaped("{\"count\":3,\"when\":\"2023-12-01T12:00:00-05:30\",\"unknown\":true}"));
        Typed typed = error.detailsAs(Typed.class).get();
        assertEquals(3, typed.getCount());
        assertEquals(OffsetDateTime.parse("2023-12-01T17:30:00Z").toInstant(), typed.getWhen().toInstant());
        ApiError wrong = failure("{\"success\":false,\"error\":{\"code\":\"SYNTHETIC_LIMIT\",\"message\":\"m\",\"details\":{\"count\":\"many\"}}}");
        assertTrue(wrong.detailsAs(Typed.class).isEmpty());
        assertTrue(wrong.detailsAs(null).isEmpty());
        assertTrue(failure(SyntheticPolicies.failure("SYNTHETIC_LIMIT")).detailsAs(Typed.class).isEmpty());
    }

    @Test
    void readsTheCodeForTheDecisionFromTheCoreAlone() {
        assertEquals(Optional.of("SYNTHETIC_SHAPED"), ApiResponses.errorCode(shaped("{\"count\":\"x\"}")));
        assertEquals(Optional.of("synthetic_lower"), ApiResponses.errorCode(SyntheticPolicies.failure("synthetic_lower")));
        assertEquals(Optional.of("SYNTHETIC_LIMIT"), ApiResponses.errorCode("{\"success\":false,\"error\":{\"code\":\"SYNTHETIC_LIMIT\",\"message\":\"m\",\"details\":null}}"));
        assertFalse(ApiResponses.errorCode("{\"success\":true,\"data\":1}").isPresent());
        assertFalse(ApiResponses.errorCode(null).isPresent());
    }

    @Test
    void refusesNoPolicy() {
        assertThrows(NullPointerException.class, () -> ApiResponses.decode(null, "{}"));
    }
}
