// Generated from catalog/*.yaml by scripts/emit/languages/java/policy.ts (npm run build); do not edit.
package io.github.vpnerrorcodes;

import io.github.vpnerrorcodes.EnvelopePolicy.Field;
import io.github.vpnerrorcodes.EnvelopePolicy.JsonType;
import io.github.vpnerrorcodes.EnvelopePolicy.StringFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The catalog's policies, as {@link Retries#adviseRetry} and {@link ApiResponses#decode} take them.
 */
public final class DefaultPolicy {
    private DefaultPolicy() {}

    /**
     * OrbVPN's retry policy: the catalog's retryPolicy, its 13 HTTP statuses and the strategy of
     * each of its 23 REST codes.
     */
    public static final RetryPolicy RETRY = RetryPolicy.builder()
            .backoff(1000, 2.0, 0, 500, 32000)
            .maxRetries(5)
            .rateLimit("Retry-After", "X-RateLimit-Reset", 300000)
            .resetMillisecondsFrom(1000000000000L)
            .mostCautious(true)
            .status(200, "not-applicable")
            .status(201, "not-applicable")
            .status(204, "not-applicable")
            .status(400, "no-retry")
            .status(401, "no-retry")
            .status(403, "no-retry")
            .status(404, "no-retry")
            .status(409, "no-retry")
            .status(422, "no-retry")
            .status(429, "wait-for-window")
            .status(500, "backoff")
            .status(502, "backoff")
            .status(503, "backoff")
            .code("AUTH_REQUIRED", "no-retry", 401)
            .code("DEVICE_LIMIT_REACHED", "no-retry", 409)
            .code("DEVICE_NOT_FOUND", "no-retry", 404)
            .code("DNS_RESOLUTION_FAILED", "backoff", 500)
            .code("EMAIL_ALREADY_EXISTS", "no-retry", 409)
            .code("INSUFFICIENT_BALANCE", "no-retry", 400)
            .code("INSUFFICIENT_PERMISSIONS", "no-retry", 403)
            .code("INTERNAL_ERROR", "backoff", 500)
            .code("INVALID_EMAIL", "no-retry", 422)
            .code("PAYMENT_FAILED", "no-retry", 400)
            .code("QUOTA_EXCEEDED", "no-retry", 429)
            .code("RATE_LIMITED", "wait-for-window", 429)
            .code("SERVER_NOT_FOUND", "no-retry", 404)
            .code("SERVICE_UNAVAILABLE", "backoff", 503)
            .code("SUBSCRIPTION_EXPIRED", "no-retry", 403)
            .code("SUBSCRIPTION_NOT_FOUND", "no-retry", 404)
            .code("TOKEN_EXPIRED", "refresh-credentials", 401)
            .code("TOKEN_INVALID", "no-retry", 401)
            .code("UPSTREAM_ERROR", "backoff", 502)
            .code("USER_NOT_FOUND", "no-retry", 404)
            .code("VALIDATION_ERROR", "no-retry", 400)
            .code("VPN_CONNECTION_FAILED", "backoff", 500)
            .code("WEAK_PASSWORD", "no-retry", 422)
            .failingStrategies("no-retry", "not-applicable", "reconnect-tunnel")
            .build();

    /**
     * What the envelope decoder checks beyond the envelope's core: the REST codes, the pattern of a
     * code the catalog does not know, each detailed code's details and the formats they use; and
     * the api class each detailed code's details read as.
     */
    public static final EnvelopePolicy ENVELOPE = EnvelopePolicy.builder()
            .knownCodes(
                    "AUTH_REQUIRED",
                    "DEVICE_LIMIT_REACHED",
                    "DEVICE_NOT_FOUND",
                    "DNS_RESOLUTION_FAILED",
                    "EMAIL_ALREADY_EXISTS",
                    "INSUFFICIENT_BALANCE",
                    "INSUFFICIENT_PERMISSIONS",
                    "INTERNAL_ERROR",
                    "INVALID_EMAIL",
                    "PAYMENT_FAILED",
                    "QUOTA_EXCEEDED",
                    "RATE_LIMITED",
                    "SERVER_NOT_FOUND",
                    "SERVICE_UNAVAILABLE",
                    "SUBSCRIPTION_EXPIRED",
                    "SUBSCRIPTION_NOT_FOUND",
                    "TOKEN_EXPIRED",
                    "TOKEN_INVALID",
                    "UPSTREAM_ERROR",
                    "USER_NOT_FOUND",
                    "VALIDATION_ERROR",
                    "VPN_CONNECTION_FAILED",
                    "WEAK_PASSWORD")
            .unknownCodePattern("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$")
            .details("DEVICE_LIMIT_REACHED", List.of("currentDevices", "maxDevices", "plan"),
                    Field.of("currentDevices").type(JsonType.INTEGER).minimum(0.0),
                    Field.of("maxDevices").type(JsonType.INTEGER).minimum(0.0),
                    Field.of("plan").type(JsonType.STRING),
                    Field.of("upgradeUrl").type(JsonType.STRING).format(StringFormat.URI))
            .details("SUBSCRIPTION_EXPIRED", List.of("expiredAt", "plan"),
                    Field.of("expiredAt").type(JsonType.STRING).format(StringFormat.DATE_TIME),
                    Field.of("plan").type(JsonType.STRING),
                    Field.of("renewUrl").type(JsonType.STRING).format(StringFormat.URI))
            .details("TOKEN_EXPIRED", List.of("expiredAt", "tokenType"),
                    Field.of("expiredAt").type(JsonType.STRING).format(StringFormat.DATE_TIME),
                    Field.of("tokenType").type(JsonType.STRING))
            .details("VALIDATION_ERROR", List.of("field", "constraint"),
                    Field.of("field").type(JsonType.STRING),
                    Field.of("constraint").type(JsonType.STRING),
                    Field.of("received"))
            .details("WEAK_PASSWORD", List.of("requirements", "failedChecks"),
                    Field.of("requirements").type(JsonType.ARRAY).items(JsonType.STRING),
                    Field.of("failedChecks").type(JsonType.ARRAY).items(JsonType.STRING))
            .typedDetails("DEVICE_LIMIT_REACHED", new DetailsReader("DEVICE_LIMIT_REACHED"))
            .typedDetails("SUBSCRIPTION_EXPIRED", new DetailsReader("SUBSCRIPTION_EXPIRED"))
            .typedDetails("TOKEN_EXPIRED", new DetailsReader("TOKEN_EXPIRED"))
            .typedDetails("VALIDATION_ERROR", new DetailsReader("VALIDATION_ERROR"))
            .typedDetails("WEAK_PASSWORD", new DetailsReader("WEAK_PASSWORD"))
            .dateTimePattern("([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\\.[0-9]+)?(?:[Zz]|([+-])([0-9]{2}):([0-9]{2}))")
            .uriSchemePattern("[A-Za-z][A-Za-z0-9+.-]*")
            .uriForbidden(
                    0x0009, 0x000A, 0x000B, 0x000C, 0x000D, 0x0020, 0x0022, 0x003C, 0x003E, 0x005C, 0x005E, 0x0060,
                    0x007B, 0x007C, 0x007D, 0x00A0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
                    0x2007, 0x2008, 0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF)
            .build();

    /**
     * Reads a detailed code's details as its api class: a class rather than method references,
     * which would start the JVM's lambda machinery as this class loads.
     */
    private static final class DetailsReader implements Function<Map<String, Object>, Object> {
        private final String code;

        DetailsReader(String code) {
            this.code = code;
        }

        @Override
        public Object apply(Map<String, Object> details) {
            switch (code) {
                case "DEVICE_LIMIT_REACHED":
                    return io.github.vpnerrorcodes.api.DeviceLimitReachedDetails.read(details);
                case "SUBSCRIPTION_EXPIRED":
                    return io.github.vpnerrorcodes.api.SubscriptionExpiredDetails.read(details);
                case "TOKEN_EXPIRED":
                    return io.github.vpnerrorcodes.api.TokenExpiredDetails.read(details);
                case "VALIDATION_ERROR":
                    return io.github.vpnerrorcodes.api.ValidationErrorDetails.read(details);
                case "WEAK_PASSWORD":
                    return io.github.vpnerrorcodes.api.WeakPasswordDetails.read(details);
                default:
                    return null;
            }
        }
    }
}
