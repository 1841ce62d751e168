// Copied from runtime/java/src/main/java/io/github/vpnerrorcodes/DecodedResponse.java by npm run build: edit that file, not this copy.
package io.github.vpnerrorcodes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Objects;
import java.util.Optional;

/**
 * A response body read by {@link ApiResponses#decode}: a success with its data, the API's error, or a body
 * that is not the envelope. The accessors of the other kinds are empty, never null.
 */
public final class DecodedResponse {
    /** Which of the three the body was. */
    public enum Kind {
        /** The envelope said success. */
        SUCCESS,
        /** The envelope carried the API's error. */
        FAILURE,
        /** The body is not the envelope. */
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

    /**
     * Which of the three the body was.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The envelope's data.
     *
     * @return the data, for a {@link Kind#SUCCESS} (a JSON null is a NullNode); empty otherwise
     */
    public Optional<JsonNode> data() {
        return Optional.ofNullable(data);
    }

    /**
     * The API's error.
     *
     * @return the error, for a {@link Kind#FAILURE}; empty otherwise
     */
    public Optional<ApiError> error() {
        return Optional.ofNullable(error);
    }

    /**
     * The data of a success, or the failure as an exception, for code that handles errors by catching.
     *
     * @return the data (a JSON null is a NullNode)
     * @throws ApiException for the API's error, and for a body that is not the envelope
     */
    public JsonNode dataOrThrow() {
        if (kind == Kind.SUCCESS) return data;
        throw kind == Kind.FAILURE ? new ApiException(error) : new ApiException(problem);
    }

    /**
     * What was wrong with the body, in one line for logs.
     *
     * @return the problem, for {@link Kind#INVALID}; empty otherwise
     */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /**
     * The error object of a failed response: its code, message and details. The code is the string as it
     * came, also when the catalog does not know it; each family's {@code fromCode} and {@code decode} look
     * it up.
     */
    public static final class ApiError {
        /** Reads details into the types of the package's {@code api} classes (java.time for date-times). */
        private static final ObjectMapper DETAILS = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

        private final String code;
        private final String message;
        private final JsonNode details;

        ApiError(String code, String message, JsonNode details) {
            this.code = Objects.requireNonNull(code, "code");
            this.message = Objects.requireNonNull(message, "message");
            this.details = details;
        }

        /**
         * The error's code, as {@code error.code} carries it.
         *
         * @return the code
         */
        public String code() {
            return code;
        }

        /**
         * The message, for people; branch on the code, not on this.
         *
         * @return the message
         */
        public String message() {
            return message;
        }

        /**
         * The error's details object; for a code that documents details, in that shape.
         *
         * @return the details, or empty when there are none
         */
        public Optional<JsonNode> details() {
            return Optional.ofNullable(details);
        }

        /**
         * The details read as a typed class, such as the package's {@code api.TokenExpiredDetails} for a code
         * documented with them. Properties the class lacks are ignored (a newer server may send more).
         *
         * @param <T> the class's type
         * @param type the class to read the details as
         * @return the typed details, or empty when there are none or they do not fit the class
         */
        public <T> Optional<T> detailsAs(Class<T> type) {
            if (details == null || type == null) return Optional.empty();
            try {
                return Optional.ofNullable(DETAILS.treeToValue(details, type));
            } catch (JsonProcessingException | RuntimeException e) {
                // A mismatched type, or a class Jackson cannot build: the details do not fit (runtime/SPEC.md §11).
                return Optional.empty();
            }
        }
    }
}
