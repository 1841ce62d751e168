// Copied from runtime/java/src/main/java/io/github/vpnerrorcodes/JsonNumber.java by npm run build: edit that file, not this copy.
package io.github.vpnerrorcodes;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/**
 * A JSON number as the body wrote it, of any length or magnitude. Its value is the text read as binary64
 * (runtime/SPEC.md §8): {@code 1e400} is infinite and a 400-digit integer is its nearest double; an integral
 * one also gives its exact {@link BigInteger}, so {@code 100000000000000000000} (beyond a {@code long}) is
 * kept whole. Immutable.
 */
public final class JsonNumber extends Number {
    private static final long serialVersionUID = 1L;

    /** The number as the body wrote it: its serialized form. */
    private final String text;

    JsonNumber(String text) {
        this.text = text;
    }

    /**
     * The number's binary64 value; never throws.
     *
     * @return the nearest double, infinite for a magnitude beyond the largest one
     */
    @Override
    public double doubleValue() {
        return Double.parseDouble(text);
    }

    @Override
    public float floatValue() {
        return (float) doubleValue();
    }

    /**
     * The value as a {@code long}: exact for an integer in range, else as {@link BigInteger#longValue()} or a
     * cast of the double narrows it.
     *
     * @return the value, narrowed
     */
    @Override
    public long longValue() {
        return bigIntegerValue().map(BigInteger::longValue).orElseGet(() -> (long) doubleValue());
    }

    @Override
    public int intValue() {
        return (int) longValue();
    }

    /**
     * Whether the number is an integer as JSON Schema's {@code integer} judges one: finite, with no
     * fraction ({@code 2.0} and {@code 1e20} are; {@code 2.5} and {@code 1e400} are not).
     *
     * @return true for an integer
     */
    public boolean isInteger() {
        double value = doubleValue();
        return Double.isFinite(value) && value == Math.rint(value);
    }

    /**
     * The integer, whatever its size.
     *
     * @return the digits the body wrote when they are whole, or the binary64 value's when only that is
     *     (as for {@code 1.0000000000000000001}); empty when {@link #isInteger()} is false
     */
    public Optional<BigInteger> bigIntegerValue() {
        if (!isInteger()) return Optional.empty();
        // A finite integer has at most 309 digits; longer text is zeros or a fraction the double rounds away,
        // and reading it exactly would cost time quadratic in its length.
        if (text.length() > 1100) return Optional.of(new BigDecimal(doubleValue()).toBigInteger());
        try {
            BigDecimal exact = new BigDecimal(text);
            if (exact.signum() == 0 || exact.stripTrailingZeros().scale() <= 0) return Optional.of(exact.toBigInteger());
        } catch (NumberFormatException | ArithmeticException e) {
            // An exponent beyond BigDecimal's range: the binary64 value below is the number.
        }
        return Optional.of(new BigDecimal(doubleValue()).toBigInteger());
    }

    /**
     * The number as the body wrote it.
     *
     * @return the JSON text
     */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonNumber && ((JsonNumber) other).text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
