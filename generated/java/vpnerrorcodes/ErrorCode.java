// Generated from catalog/*.yaml by scripts/emit/languages/java/envelope.ts (npm run build); do not edit.
package vpnerrorcodes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;

/**
 * The envelope's {@code error.code}: a {@link RestErrorCode}, or a code this catalog does not know yet, kept as
 * its string so that a response with a newer code still decodes.
 */
public final class ErrorCode {
    private final String value;

    private ErrorCode(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    /** Any code, known or not. */
    @JsonCreator
    public static ErrorCode of(String value) {
        return new ErrorCode(value);
    }

    /** A known code. */
    public static ErrorCode of(RestErrorCode code) {
        return new ErrorCode(code.code());
    }

    /** The code as it travels. */
    @JsonValue
    public String value() {
        return value;
    }

    /** The member, for a code this catalog knows. */
    public Optional<RestErrorCode> known() {
        return RestErrorCode.fromCode(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ErrorCode && ((ErrorCode) other).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
