// Copied from runtime/java/src/main/java/io/github/vpnerrorcodes/DetailsValues.java by npm run build: edit that file, not this copy.
package io.github.vpnerrorcodes;

import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one property of a details object, as {@link DecodedResponse.ApiError#details()} gives it, into a
 * Java type: what the package's {@code api} classes are made of (runtime/SPEC.md §11). Each method gives
 * null for an absent property or one of another type, and never throws.
 */
public final class DetailsValues {
    private DetailsValues() {}

    /** RFC 3339's date-time, T and Z in either case; the groups as {@code EnvelopePolicy}'s pattern has them, and the fraction. */
    private static final Pattern DATE_TIME = Pattern.compile(
            "([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\\.([0-9]+))?(?:[Zz]|([+-])([0-9]{2}):([0-9]{2}))");

    /**
     * A string property.
     *
     * @param details the details object
     * @param name the property's name
     * @return the string, or null
     */
    public static String string(Map<String, ?> details, String name) {
        Object value = details.get(name);
        return value instanceof String ? (String) value : null;
    }

    /**
     * A date-time property, as {@link #dateTime(String)} reads it.
     *
     * @param details the details object
     * @param name the property's name
     * @return the date-time, or null
     */
    public static OffsetDateTime dateTime(Map<String, ?> details, String name) {
        String text = string(details, name);
        return text == null ? null : dateTime(text);
    }

    /**
     * RFC 3339's date-time as an {@link OffsetDateTime}. A leap second ({@code 23:59:60Z}) reads as 23:59:59 and
     * its fraction, as {@code DateTimeFormatter.ISO_INSTANT} parses one, since java.time has no second 60; an
     * offset beyond java.time's ±18:00 gives the same instant in UTC; fraction digits past the ninth are
     * dropped.
     *
     * @param text the date-time
     * @return the date-time, or null when the text is not one or names no day of the calendar
     */
    public static OffsetDateTime dateTime(String text) {
        Matcher m = DATE_TIME.matcher(text);
        if (!m.matches()) return null;
        String fraction = m.group(7) == null ? "" : m.group(7);
        int nanos = Integer.parseInt((fraction.length() > 9 ? fraction.substring(0, 9) : fraction + "000000000".substring(fraction.length())));
        int second = Integer.parseInt(m.group(6));
        try {
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), second == 60 ? 59 : second, nanos);
            int offsetSeconds = m.group(8) == null ? 0
                    : (m.group(8).equals("-") ? -1 : 1) * (Integer.parseInt(m.group(9)) * 3600 + Integer.parseInt(m.group(10)) * 60);
            if (Math.abs(offsetSeconds) <= 18 * 3600) return OffsetDateTime.of(local, ZoneOffset.ofTotalSeconds(offsetSeconds));
            return OffsetDateTime.of(local.minusSeconds(offsetSeconds), ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * An integer property, of any size: a {@link BigInteger}, since an API may send counts beyond a
     * {@code long} ({@code 1e20} is an integer to JSON Schema).
     *
     * @param details the details object
     * @param name the property's name
     * @return the integer, or null
     */
    public static BigInteger integer(Map<String, ?> details, String name) {
        Object value = details.get(name);
        return value instanceof JsonNumber ? ((JsonNumber) value).bigIntegerValue().orElse(null) : null;
    }

    /**
     * A number property.
     *
     * @param details the details object
     * @param name the property's name
     * @return the number's binary64 value, or null
     */
    public static Double number(Map<String, ?> details, String name) {
        Object value = details.get(name);
        return value instanceof JsonNumber ? ((JsonNumber) value).doubleValue() : null;
    }

    /**
     * A boolean property.
     *
     * @param details the details object
     * @param name the property's name
     * @return the boolean, or null
     */
    public static Boolean bool(Map<String, ?> details, String name) {
        Object value = details.get(name);
        return value instanceof Boolean ? (Boolean) value : null;
    }

    /**
     * An array of strings.
     *
     * @param details the details object
     * @param name the property's name
     * @return the strings, unmodifiable; null when the property is no array of strings alone
     */
    public static List<String> strings(Map<String, ?> details, String name) {
        Object value = details.get(name);
        if (!(value instanceof List)) return null;
        List<String> out = new ArrayList<>();
        for (Object item : (List<?>) value) {
            if (!(item instanceof String)) return null;
            out.add((String) item);
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * An array, its items as the decoder gives them.
     *
     * @param details the details object
     * @param name the property's name
     * @return the array, or null
     */
    public static List<?> array(Map<String, ?> details, String name) {
        Object value = details.get(name);
        return value instanceof List ? (List<?>) value : null;
    }

    /**
     * An object property, as the decoder gives it.
     *
     * @param details the details object
     * @param name the property's name
     * @return the object, or null
     */
    public static Map<?, ?> object(Map<String, ?> details, String name) {
        Object value = details.get(name);
        return value instanceof Map ? (Map<?, ?>) value : null;
    }

    /**
     * A property of any type, as the decoder gives it.
     *
     * @param details the details object
     * @param name the property's name
     * @return the value; null for JSON null and for an absent property
     */
    public static Object value(Map<String, ?> details, String name) {
        return details.get(name);
    }
}
