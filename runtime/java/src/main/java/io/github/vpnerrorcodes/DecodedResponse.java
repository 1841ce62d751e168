package io.github.vpnerrorcodes;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A response body read by {@link ApiResponses#decode}: a success with its data, the API's error, or a body
 * that is not the envelope. JSON values are plain Java values: an object is an unmodifiable
 * {@code Map<String, Object>}, an array an unmodifiable {@code List<Object>}, a string a {@code String}, a
 * number a {@link JsonNumber}, a boolean a {@code Boolean} and JSON null a Java null. Each value also comes
 * as its exact JSON text, for an object mapper of your own (Jackson's {@code readValue}, Gson,
 * kotlinx.serialization). Immutable.
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
    private final Object data;
    private final String dataJson;
    private final ApiError error;
    private final String problem;

    private DecodedResponse(Kind kind, Object data, String dataJson, ApiError error, String problem) {
        this.kind = kind;
        this.data = data;
        this.dataJson = dataJson;
        this.error = error;
        this.problem = problem;
    }

    static DecodedResponse success(Object data, String dataJson) {
        return new DecodedResponse(Kind.SUCCESS, data, Objects.requireNonNull(dataJson), null, null);
    }

    static DecodedResponse failure(ApiError error) {
        return new DecodedResponse(Kind.FAILURE, null, null, Objects.requireNonNull(error), null);
    }

    static DecodedResponse invalid(String problem) {
        return new DecodedResponse(Kind.INVALID, null, null, null, problem);
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
     * The envelope's data, as plain Java values.
     *
     * @return the data of a {@link Kind#SUCCESS}; null for JSON null data, and for the other kinds
     */
    public Object data() {
        return data;
    }

    /**
     * The envelope's data as the body wrote it, to read with an object mapper of your own.
     *
     * @return the data's JSON text, for a {@link Kind#SUCCESS}; empty otherwise
     */
    public Optional<String> dataJson() {
        return Optional.ofNullable(dataJson);
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
     * @return the data, as {@link #data()} gives it
     * @throws ApiException for the API's error, and for a body that is not the envelope
     */
    public Object dataOrThrow() {
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
     * The error object of a failed response: its code, message and details, raw and typed. The code is the
     * string as it came, also when the catalog does not know it; each family's {@code fromCode} and
     * {@code decode} look it up.
     */
    public static final class ApiError {
        private final String code;
        private final String message;
        private final Map<String, Object> details;
        private final String detailsJson;
        private final Function<Map<String, Object>, ?> reader;
        private volatile Optional<Object> typed;

        ApiError(String code, String message, Map<String, Object> details, String detailsJson, Function<Map<String, Object>, ?> reader) {
            this.code = Objects.requireNonNull(code, "code");
            this.message = Objects.requireNonNull(message, "message");
            this.details = details;
            this.detailsJson = detailsJson;
            this.reader = reader;
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
         * The error's details object as plain Java values; for a code that documents details, in that shape.
         *
         * @return the details, unmodifiable, or empty when there are none
         */
        public Optional<Map<String, Object>> details() {
            return Optional.ofNullable(details);
        }

        /**
         * The details as the body wrote them, to read with an object mapper of your own.
         *
         * @return the details' JSON text, or empty when there are none
         */
        public Optional<String> detailsJson() {
            return Optional.ofNullable(detailsJson);
        }

        /**
         * The details as their code's typed class, one of the package's {@code api} details classes as its README
         * shows (date-times as {@link java.time.OffsetDateTime}, integers as
         * {@link java.math.BigInteger}); read once, from the details already decoded. Properties the class
         * lacks are kept in {@link #details()} (a newer server may send more).
         *
         * @return the typed details; empty when there are none, when the code documents none, or when the
         *     decoder's policy gives no class for it
         */
        public Optional<Object> typedDetails() {
            Optional<Object> result = typed;
            if (result == null) {
                result = Optional.empty();
                if (details != null && reader != null) {
                    try {
                        result = Optional.ofNullable(reader.apply(details));
                    } catch (RuntimeException e) {
                        // A reader of the caller's own that fails: no typed details (runtime/SPEC.md §11).
                    }
                }
                typed = result;
            }
            return result;
        }

        /**
         * The typed details, when they are of the given class.
         *
         * @param <T> the class's type
         * @param type the class, such as {@code TokenExpiredDetails.class}
         * @return the typed details, or empty when there are none or they are of another class
         */
        public <T> Optional<T> detailsAs(Class<T> type) {
            return type == null ? Optional.empty() : typedDetails().filter(type::isInstance).map(type::cast);
        }
    }
}
