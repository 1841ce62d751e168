package io.github.vpnerrorcodes;

import io.github.vpnerrorcodes.EnvelopePolicy.Field;
import io.github.vpnerrorcodes.EnvelopePolicy.JsonType;
import io.github.vpnerrorcodes.EnvelopePolicy.StringFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/** A known code's details against its shape: required properties, types, minimums, formats (runtime/SPEC.md §10). */
final class DetailsChecks {
    private DetailsChecks() {}

    private static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    /** What differs from the code's shape, as a path and a sentence; null when nothing does or the code has no shape. */
    static String problem(EnvelopePolicy policy, String code, Map<String, Object> details) {
        EnvelopePolicy.Shape shape = policy.details(code);
        if (shape == null) return null;
        for (String name : shape.required) if (!details.containsKey(name)) return " must have required property '" + name + "'";
        for (Field field : shape.fields) {
            if (!details.containsKey(field.name())) continue;
            Object value = details.get(field.name());
            if (field.type() != null && !is(value, field.type())) return "/" + field.name() + " must be " + field.type().wire();
            if (field.minimum() != null && value instanceof JsonNumber && ((JsonNumber) value).doubleValue() < field.minimum()) return "/" + field.name() + " must be >= " + field.minimum();
            if (field.format() != null && value instanceof String && !hasFormat(policy, (String) value, field.format())) {
                return "/" + field.name() + " must match format \"" + field.format().wire() + "\"";
            }
            if (field.items() != null && value instanceof List) {
                for (Object item : (List<?>) value) if (!is(item, field.items())) return "/" + field.name() + " items must be " + field.items().wire();
            }
        }
        return null;
    }

    static boolean is(Object value, JsonType type) {
        switch (type) {
            case STRING:
                return value instanceof String;
            case INTEGER:
                // JSON Schema's integer is a number with no fraction, judged by its binary64 value: 2.0 and 1e20 are ones.
                return value instanceof JsonNumber && ((JsonNumber) value).isInteger();
            case NUMBER:
                return value instanceof JsonNumber && Double.isFinite(((JsonNumber) value).doubleValue());
            case BOOLEAN:
                return value instanceof Boolean;
            case ARRAY:
                return value instanceof List;
            default:
                return value instanceof Map;
        }
    }

    static boolean hasFormat(EnvelopePolicy policy, String text, StringFormat format) {
        return format == StringFormat.URI ? isUri(policy, text) : isDateTime(policy, text);
    }

    /** A scheme, a colon, then no forbidden code point. */
    private static boolean isUri(EnvelopePolicy policy, String text) {
        int colon = text.indexOf(':');
        if (colon < 0 || !policy.uriScheme().matcher(text.substring(0, colon)).matches()) return false;
        return text.codePoints().skip(text.codePointCount(0, colon + 1)).noneMatch(policy::forbiddenInUri);
    }

    /**
     * The policy's date-time pattern, then each field in its calendar's range. Second 60 is a leap second,
     * which RFC 3339 and the schema's date-time allow only at 23:59:60 UTC: through an offset, at the local
     * time that is then ({@code 01:59:60+02:00}).
     */
    private static boolean isDateTime(EnvelopePolicy policy, String text) {
        Matcher m = policy.dateTime().matcher(text);
        if (!m.matches() || m.groupCount() < 9) return false;
        int year = field(m, 1);
        int month = field(m, 2);
        int day = field(m, 3);
        boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        if (year < 0 || month < 1 || month > 12) return false;
        int days = month == 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
        if (day < 1 || day > days) return false;
        int hour = field(m, 4);
        int minute = field(m, 5);
        int second = field(m, 6);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) return false;
        int offset = 0;
        if (m.group(7) != null) {
            int offsetHour = field(m, 8);
            int offsetMinute = field(m, 9);
            if (offsetHour < 0 || offsetHour > 23 || offsetMinute < 0 || offsetMinute > 59) return false;
            offset = (m.group(7).equals("-") ? -1 : 1) * (offsetHour * 60 + offsetMinute);
        }
        return second < 60 || Math.floorMod(hour * 60 + minute - offset, 24 * 60) == 23 * 60 + 59;
    }

    /** A group's digits as a number; -1 when the group is absent or not a small number (a policy's own pattern). */
    private static int field(Matcher m, int group) {
        String digits = m.group(group);
        if (digits == null || digits.isEmpty() || digits.length() > 9) return -1;
        for (int i = 0; i < digits.length(); i++) if (digits.charAt(i) < '0' || digits.charAt(i) > '9') return -1;
        return Integer.parseInt(digits);
    }
}
