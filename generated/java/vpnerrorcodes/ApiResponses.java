// Generated from catalog/*.yaml by scripts/emit/languages/java/retry.ts (npm run build); do not edit.
package vpnerrorcodes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vpnerrorcodes.DecodedResponse.ApiError;

/**
 * Reads a response body as the OrbVPN envelope. It accepts exactly what
 * generated/schema/api-response.schema.json accepts, and gives every other body (HTML from a proxy, a
 * {@code {"success":false}} without its error, a wrong type) as an INVALID result, never an exception.
 */
public final class ApiResponses {
    private ApiResponses() {}

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** What a code the catalog does not know must look like. */
    private static final Pattern UNKNOWN_CODE = Pattern.compile("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$");
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(?:\\.\\d+)?(?:[Zz]|([+-])(\\d{2}):(\\d{2}))");
    private static final Pattern URI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:[^\\t\\n\\x0B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF<>\"{}|\\\\^\u0060]*");
    private static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private enum Type { STRING, INTEGER, NUMBER, BOOLEAN, ARRAY, OBJECT }

    private enum Format { DATE_TIME, URI }

    private static final class Field {
        final String name;
        final Type type;
        final Double minimum;
        final Format format;
        final Type items;

        Field(String name, Type type, Double minimum, Format format, Type items) {
            this.name = name;
            this.type = type;
            this.minimum = minimum;
            this.format = format;
            this.items = items;
        }
    }

    private static final class Shape {
        final List<String> required;
        final List<Field> fields;

        Shape(List<String> required, List<Field> fields) {
            this.required = required;
            this.fields = fields;
        }
    }

    /** Each detailed code's details shape, from the catalog. */
    private static final Map<RestErrorCode, Shape> SHAPES = new EnumMap<>(RestErrorCode.class);

    static {
        SHAPES.put(RestErrorCode.DEVICE_LIMIT_REACHED, new Shape(Arrays.asList("currentDevices", "maxDevices", "plan"), Arrays.asList(
                new Field("currentDevices", Type.INTEGER, 0.0, null, null),
                new Field("maxDevices", Type.INTEGER, 0.0, null, null),
                new Field("plan", Type.STRING, null, null, null),
                new Field("upgradeUrl", Type.STRING, null, Format.URI, null))));
        SHAPES.put(RestErrorCode.SUBSCRIPTION_EXPIRED, new Shape(Arrays.asList("expiredAt", "plan"), Arrays.asList(
                new Field("expiredAt", Type.STRING, null, Format.DATE_TIME, null),
                new Field("plan", Type.STRING, null, null, null),
                new Field("renewUrl", Type.STRING, null, Format.URI, null))));
        SHAPES.put(RestErrorCode.TOKEN_EXPIRED, new Shape(Arrays.asList("expiredAt", "tokenType"), Arrays.asList(
                new Field("expiredAt", Type.STRING, null, Format.DATE_TIME, null),
                new Field("tokenType", Type.STRING, null, null, null))));
        SHAPES.put(RestErrorCode.VALIDATION_ERROR, new Shape(Arrays.asList("field", "constraint"), Arrays.asList(
                new Field("field", Type.STRING, null, null, null),
                new Field("constraint", Type.STRING, null, null, null),
                new Field("received", null, null, null, null))));
        SHAPES.put(RestErrorCode.WEAK_PASSWORD, new Shape(Arrays.asList("requirements", "failedChecks"), Arrays.asList(
                new Field("requirements", Type.ARRAY, null, null, Type.STRING),
                new Field("failedChecks", Type.ARRAY, null, null, Type.STRING))));
    }

    /** The body as the envelope; null or empty text is INVALID. */
    public static DecodedResponse decode(String body) {
        return read(body, true);
    }

    /**
     * The error's code, as adviseRetry reads it: from the envelope's core (success, error.code and
     * error.message), so that details of the wrong shape do not hide the code.
     */
    static Optional<ErrorCode> errorCode(String body) {
        return read(body, false).error().map(ApiError::code);
    }

    private static DecodedResponse read(String body, boolean strict) {
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
        Optional<RestErrorCode> known = RestErrorCode.fromCode(code.textValue());
        JsonNode details = error.get("details");
        if (strict) {
            if (known.isEmpty() && !UNKNOWN_CODE.matcher(code.textValue()).matches()) return wrong("/error/code is neither a known code nor shaped like one");
            if (details != null && !details.isObject()) return wrong("/error/details must be an object");
            String problem = details != null && known.isPresent() ? detailsProblem(SHAPES.get(known.get()), details) : null;
            if (problem != null) return wrong("/error/details" + problem);
        }
        // JSON null details mean no details, as a server that always sends the key means it.
        boolean hasDetails = details != null && !details.isNull();
        return DecodedResponse.failure(new ApiError(ErrorCode.of(code.textValue()), message.textValue(), hasDetails ? details : null));
    }

    private static DecodedResponse wrong(String problem) {
        return DecodedResponse.invalid("not the OrbVPN envelope: " + problem);
    }

    /** What differs from the code's documented details, or null when nothing does (or the code documents none). */
    private static String detailsProblem(Shape shape, JsonNode details) {
        if (shape == null) return null;
        for (String name : shape.required) if (!details.has(name)) return " must have required property '" + name + "'";
        for (Field field : shape.fields) {
            JsonNode value = details.get(field.name);
            if (value == null) continue;
            if (field.type != null && !is(value, field.type)) return "/" + field.name + " must be " + field.type.name().toLowerCase();
            if (field.minimum != null && value.isNumber() && value.doubleValue() < field.minimum) return "/" + field.name + " must be >= " + field.minimum;
            if (field.format != null && value.isTextual() && !hasFormat(value.textValue(), field.format)) return "/" + field.name + " must match format " + field.format;
            if (field.items != null && value.isArray()) {
                for (JsonNode item : value) if (!is(item, field.items)) return "/" + field.name + " items must be " + field.items.name().toLowerCase();
            }
        }
        return null;
    }

    private static boolean is(JsonNode value, Type type) {
        switch (type) {
            case STRING:
                return value.isTextual();
            case INTEGER:
                // JSON Schema's integer is a number with no fraction: 2.0 is one.
                return value.isIntegralNumber() || (value.isNumber() && Double.isFinite(value.doubleValue()) && value.doubleValue() == Math.rint(value.doubleValue()));
            case NUMBER:
                return value.isNumber();
            case BOOLEAN:
                return value.isBoolean();
            case ARRAY:
                return value.isArray();
            default:
                return value.isObject();
        }
    }

    private static boolean hasFormat(String text, Format format) {
        if (format == Format.URI) return URI.matcher(text).matches();
        java.util.regex.Matcher m = DATE_TIME.matcher(text);
        if (!m.matches()) return false;
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        if (month < 1 || month > 12) return false;
        int days = month == 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
        if (day < 1 || day > days) return false;
        if (Integer.parseInt(m.group(4)) > 23 || Integer.parseInt(m.group(5)) > 59 || Integer.parseInt(m.group(6)) > 60) return false;
        return m.group(7) == null || (Integer.parseInt(m.group(8)) <= 23 && Integer.parseInt(m.group(9)) <= 59);
    }
}
