// Copied from runtime/java/src/main/java/io/github/vpnerrorcodes/ApiResponses.java by npm run build: edit that file, not this copy.
package io.github.vpnerrorcodes;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a response body as the API's envelope (runtime/SPEC.md §8 and §9). It accepts exactly what the
 * envelope's JSON Schema accepts, with an {@link EnvelopePolicy}'s codes and details shapes, and gives every
 * other body (HTML from a proxy, a {@code {"success":false}} without its error, a wrong type, a body over
 * 1 MiB) as an INVALID result, never an exception. The JSON is read by the package's own strict reader, so
 * that valid JSON of any depth or number size keeps its code and no object mapper is loaded.
 */
public final class ApiResponses {
    private ApiResponses() {}

    /** The longest body read, in UTF-16 code units (runtime/SPEC.md §8). */
    public static final int MAX_BODY_LENGTH = 1_048_576;

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
        // Read as decode reads the core, without building its result: a first decision then loads none of its classes.
        if (body == null || body.length() > MAX_BODY_LENGTH) return Optional.empty();
        Json.Parsed parsed = Json.parse(body);
        if (parsed == null || coreProblem(parsed.root) != null) return Optional.empty();
        Map<?, ?> root = (Map<?, ?>) parsed.root;
        return (Boolean) root.get("success") ? Optional.empty() : Optional.of((String) ((Map<?, ?>) root.get("error")).get("code"));
    }

    /** The body as the envelope, checked by the policy beyond its core. */
    private static DecodedResponse read(EnvelopePolicy policy, String body) {
        if (body == null || body.isBlank()) return DecodedResponse.invalid("the body is empty");
        if (body.length() > MAX_BODY_LENGTH) return DecodedResponse.invalid("the body is longer than " + MAX_BODY_LENGTH + " characters");
        Json.Parsed parsed = Json.parse(body);
        if (parsed == null) {
            return DecodedResponse.invalid(body.strip().startsWith("<") ? "the body is HTML, not JSON (a proxy or gateway page?)" : "the body is not valid JSON");
        }
        String core = coreProblem(parsed.root);
        if (core != null) return wrong(core);
        Map<?, ?> root = (Map<?, ?>) parsed.root;
        if ((Boolean) root.get("success")) return DecodedResponse.success(root.get("data"), parsed.source("data"));
        Map<?, ?> error = (Map<?, ?>) root.get("error");
        String code = (String) error.get("code");
        Object details = error.get("details");
        boolean hasDetails = details != null;
        boolean known = policy.knows(code);
        if (!known && !policy.shapedLikeACode(code)) return wrong("/error/code is neither a known code nor shaped like one");
        if (error.containsKey("details") && !(details instanceof Map)) return wrong("/error/details must be an object");
        String problem = hasDetails && known ? DetailsChecks.problem(policy, code, objectOf(details)) : null;
        if (problem != null) return wrong("/error/details" + problem);
        // JSON null details mean no details, as a server that always sends the key means it.
        return DecodedResponse.failure(new DecodedResponse.ApiError(code, (String) error.get("message"),
                hasDetails ? objectOf(details) : null, hasDetails ? parsed.source("error", "details") : null, policy.typedDetails(code)));
    }

    /** An object the reader made, whose names are strings. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> objectOf(Object value) {
        return (Map<String, Object>) value;
    }

    /**
     * Why a parsed body is not the envelope's core (success, and data or error with its code and message), or
     * null when it is one: decode and the retry decision's code read the core alike.
     */
    private static String coreProblem(Object parsedRoot) {
        if (!(parsedRoot instanceof Map)) return "the body must be an object";
        Map<?, ?> root = (Map<?, ?>) parsedRoot;
        if (!root.containsKey("success")) return "the body must have required property 'success'";
        Object success = root.get("success");
        if (!(success instanceof Boolean)) return "/success must be a boolean";
        if ((Boolean) success) return root.containsKey("data") ? null : "the body must have required property 'data'";
        if (!root.containsKey("error")) return "the body must have required property 'error'";
        if (!(root.get("error") instanceof Map)) return "/error must be an object";
        Map<?, ?> error = (Map<?, ?>) root.get("error");
        if (!(error.get("code") instanceof String)) return "/error/code must be a string";
        if (!(error.get("message") instanceof String)) return "/error/message must be a string";
        return null;
    }

    private static DecodedResponse wrong(String problem) {
        return DecodedResponse.invalid("not the envelope: " + problem);
    }
}
