// Generated from catalog/*.yaml by scripts/emit/languages/java/retry.ts (npm run build); do not edit.
package vpnerrorcodes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * A response body read by {@link ApiResponses#decode}: a success with its data, the API's error, or a body
 * that is not the envelope. The accessors of the other kinds are empty, never null.
 */
public final class DecodedResponse {
    /** Which of the three the body was. */
    public enum Kind {
        SUCCESS,
        FAILURE,
        INVALID
    }

    private final Kind kind;
    private final JsonNode data;
    private final ApiError error;
    private final String problem;

    private DecodedResponse(Kind kind, JsonNode data, ApiError error, String problem) {
        this.kind = kind;
        this.data = data;
        this.error = error;
        this.problem = problem;
    }

    static DecodedResponse success(JsonNode data) {
        return new DecodedResponse(Kind.SUCCESS, Objects.requireNonNull(data), null, null);
    }

    static DecodedResponse failure(ApiError error) {
        return new DecodedResponse(Kind.FAILURE, null, Objects.requireNonNull(error), null);
    }

    static DecodedResponse invalid(String problem) {
        return new DecodedResponse(Kind.INVALID, null, null, problem);
    }

    public Kind kind() {
        return kind;
    }

    /** The envelope's data, for a SUCCESS (a JSON null is a NullNode). */
    public Optional<JsonNode> data() {
        return Optional.ofNullable(data);
    }

    /** The API's error, for a FAILURE. */
    public Optional<ApiError> error() {
        return Optional.ofNullable(error);
    }

    /** What was wrong with the body, for INVALID, in one line for logs. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** The error object of a failed response: its code (open to codes this catalog does not know), message and details. */
    public static final class ApiError {
        private final ErrorCode code;
        private final String message;
        private final JsonNode details;

        ApiError(ErrorCode code, String message, JsonNode details) {
            this.code = code;
            this.message = message;
            this.details = details;
        }

        public ErrorCode code() {
            return code;
        }

        /** Human-readable; branch on the code, not on this. */
        public String message() {
            return message;
        }

        /** The error's details object, when it has one; for a code that documents them, in that shape. */
        public Optional<JsonNode> details() {
            return Optional.ofNullable(details);
        }
    }
}
