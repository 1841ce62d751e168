// Copied from runtime/java/src/main/java/io/github/vpnerrorcodes/ApiResponses.java by npm run build: edit that file, not this copy.
package io.github.vpnerrorcodes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a response body as the API's envelope (runtime/SPEC.md §8 and §9). It accepts exactly what the
 * envelope's JSON Schema accepts, with an {@link EnvelopePolicy}'s codes and details shapes, and gives every
 * other body (HTML from a proxy, a {@code {"success":false}} without its error, a wrong type) as an INVALID
 * result, never an exception.
 */
public final class ApiResponses {
    private ApiResponses() {}

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /**
     * The body as the envelope.
     *
     * @param policy the codes and details shapes to check by; the package's {@code DefaultPolicy.ENVELOPE}
     *     is the catalog's
     * @param body the response text; null or blank text is INVALID
     * @return the decoded body
     * @throws NullPointerException when {@code policy} is null
     */
    public static DecodedResponse decode(EnvelopePolicy policy, String body) {
        return read(Objects.requireNonNull(policy, "policy"), body);
    }

    /**
     * The error's code as the retry decision reads it: from the envelope's core (success, error.code and
     * error.message), so that a code or details the policy would reject do not hide the code.
     */
    static Optional<String> errorCode(String body) {
        return read(null, body).error().map(DecodedResponse.ApiError::code);
    }

    /** The body as the envelope; without a policy only the envelope's core is checked. */
    private static DecodedResponse read(EnvelopePolicy policy, String body) {
        if (body == null || body.isBlank()) return DecodedResponse.invalid("the body is empty");
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return DecodedResponse.invalid(body.strip().startsWith("<") ? "the body is HTML, not JSON (a proxy or gateway page?)" : "the body is not valid JSON");
        }
        if (root == null || !root.isObject()) return wrong("the body must be an object");
        JsonNode success = root.get("success");
        if (success == null) return wrong("the body must have required property 'success'");
        if (!success.isBoolean()) return wrong("/success must be a boolean");
        if (success.booleanValue()) {
            JsonNode data = root.get("data");
            return data == null ? wrong("the body must have required property 'data'") : DecodedResponse.success(data);
        }
        JsonNode error = root.get("error");
        if (error == null) return wrong("the body must have required property 'error'");
        if (!error.isObject()) return wrong("/error must be an object");
        JsonNode code = error.get("code");
        if (code == null || !code.isTextual()) return wrong("/error/code must be a string");
        JsonNode message = error.get("message");
        if (message == null || !message.isTextual()) return wrong("/error/message must be a string");
        JsonNode details = error.get("details");
        if (policy != null) {
            boolean known = policy.knows(code.textValue());
            if (!known && !policy.shapedLikeACode(code.textValue())) return wrong("/error/code is neither a known code nor shaped like one");
            if (details != null && !details.isObject()) return wrong("/error/details must be an object");
            String problem = details != null && known ? DetailsChecks.problem(policy, code.textValue(), details) : null;
            if (problem != null) return wrong("/error/details" + problem);
        }
        // JSON null details mean no details, as a server that always sends the key means it.
        boolean hasDetails = details != null && !details.isNull();
        return DecodedResponse.failure(new DecodedResponse.ApiError(code.textValue(), message.textValue(), hasDetails ? details : null));
    }

    private static DecodedResponse wrong(String problem) {
        return DecodedResponse.invalid("not the envelope: " + problem);
    }
}
