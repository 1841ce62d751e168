package io.github.vpnerrorcodes;

import java.util.Objects;
import java.util.Optional;

/**
 * A response that is not a success, as an exception: the API's own error (its code, message and details),
 * or a body that is not the envelope at all. {@link DecodedResponse#dataOrThrow()} throws it.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Kept out of serialization: the details are a JSON tree. */
    private final transient DecodedResponse.ApiError error;

    ApiException(DecodedResponse.ApiError error) {
        super(error.code() + ": " + error.message());
        this.error = Objects.requireNonNull(error, "error");
    }

    ApiException(String problem) {
        super(problem);
        this.error = null;
    }

    /**
     * The API's error.
     *
     * @return the error, or empty when the body was not the envelope
     */
    public Optional<DecodedResponse.ApiError> error() {
        return Optional.ofNullable(error);
    }

    /**
     * The error's code as it came, which each family's {@code fromCode} looks up.
     *
     * @return the code, or empty when the body was not the envelope
     */
    public Optional<String> code() {
        return error().map(DecodedResponse.ApiError::code);
    }
}
