// Generated from catalog/*.yaml by scripts/emit/languages/java/details.ts (npm run build); do not edit.
package io.github.vpnerrorcodes.api;

import io.github.vpnerrorcodes.DetailsValues;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;

/**
 * When the token expired and which token it was.
 *
 * <p>The details of {@code TOKEN_EXPIRED}, as {@link
 * io.github.vpnerrorcodes.DecodedResponse.ApiError#typedDetails()} gives them; properties this
 * class does not name stay in {@code details()}. Immutable.
 */
public final class TokenExpiredDetails {
    private final OffsetDateTime expiredAt;
    private final String tokenType;

    private TokenExpiredDetails(Map<String, ?> details) {
        expiredAt = DetailsValues.dateTime(details, "expiredAt");
        tokenType = DetailsValues.string(details, "tokenType");
    }

    /**
     * Reads the details of a {@code TOKEN_EXPIRED} error, as {@code ApiError.details()} gives them;
     * {@code DefaultPolicy.ENVELOPE} has the decoder call it. Never throws on details the decoder
     * accepted.
     *
     * @param details the details object
     * @return the typed details
     */
    public static TokenExpiredDetails read(Map<String, ?> details) {
        return new TokenExpiredDetails(Objects.requireNonNull(details, "details"));
    }

    /**
     * When the token expired.
     *
     * <p>Required: the decoder accepts no {@code TOKEN_EXPIRED} details without it.
     *
     * @return {@code expiredAt}
     */
    public OffsetDateTime getExpiredAt() {
        return expiredAt;
    }

    /**
     * Which token expired, e.g. access.
     *
     * <p>Required: the decoder accepts no {@code TOKEN_EXPIRED} details without it.
     *
     * @return {@code tokenType}
     */
    public String getTokenType() {
        return tokenType;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof TokenExpiredDetails)) return false;
        TokenExpiredDetails that = (TokenExpiredDetails) other;
        return Objects.equals(expiredAt, that.expiredAt)
                && Objects.equals(tokenType, that.tokenType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(expiredAt, tokenType);
    }

    @Override
    public String toString() {
        return "TokenExpiredDetails(expiredAt=" + expiredAt + ", tokenType=" + tokenType + ")";
    }
}
