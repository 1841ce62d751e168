// Generated from catalog/*.yaml by scripts/emit/languages/java/policy.ts (npm run build); do not edit.
package io.github.vpnerrorcodes;

import io.github.vpnerrorcodes.EnvelopePolicy.Field;
import io.github.vpnerrorcodes.EnvelopePolicy.JsonType;
import io.github.vpnerrorcodes.EnvelopePolicy.StringFormat;
import io.github.vpnerrorcodes.ReconnectPolicy.CodeClass;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

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
    public static final EnvelopePolicy ENVELOPE = EnvelopePolicy.deferred(new CatalogEnvelope());

    /**
     * Pango's reconnect policy after an SDK error, as {@link Reconnects#adviseReconnect} takes it:
     * the catalog's reconnectPolicy and the class of each code of its 2 SDK families.
     *
     * @return the policy, built on the first call
     */
    public static ReconnectPolicy reconnect() {
        return ReconnectDefaults.POLICY;
    }

    private static final class ReconnectDefaults {
        static final ReconnectPolicy POLICY = ReconnectPolicy.builder()
                .window(Duration.ofMinutes(10), 8)
                .flapping(3, Duration.ofSeconds(30))
                .backoff(Duration.ofSeconds(2), 2.0, Duration.ofMinutes(2), 0.5)
                .family("OperationalError", OperationalError.index())
                .code("OperationalError", "None", CodeClass.NOT_AN_ERROR, "")
                .code("OperationalError", "Config", CodeClass.STOP, "The same invalid Hydra configuration fails again.")
                .code("OperationalError", "Broken", CodeClass.RECONNECT, "")
                .code("OperationalError", "Connect", CodeClass.RECONNECT, "")
                .code("OperationalError", "Internal", CodeClass.RECONNECT, "")
                .code("OperationalError", "ServerAuth", CodeClass.STOP, "The VPN node rejects the same credentials again.")
                .code("OperationalError", "CannotSend", CodeClass.RECONNECT, "")
                .code("OperationalError", "TimeSkew", CodeClass.RECONNECT, "")
                .code("OperationalError", "DcnSrvSwitch", CodeClass.RECONNECT, "")
                .code("OperationalError", "DcnBlockedBw", CodeClass.STOP, "The traffic limit stays exceeded, so the server blocks a new tunnel too.")
                .code("OperationalError", "DcnBlockedAbuse", CodeClass.STOP, "The server blocked the tunnel for abuse, so a new tunnel would be blocked too.")
                .code("OperationalError", "DcnBlockedMalware", CodeClass.STOP, "The server blocked the tunnel for malicious traffic, so a new tunnel would be blocked too.")
                .code("OperationalError", "DcnBlockedMisc", CodeClass.STOP, "The server blocked the tunnel, and the page gives no reason that a reconnection would clear.")
                .code("OperationalError", "DcnReqByCliapp", CodeClass.STOP, "The name suggests the disconnect was requested by the client application, so reconnecting would go against that request.")
                .code("OperationalError", "DcnBlockedAuth", CodeClass.STOP, "The server rejected the tunnel's authentication, so the same credentials fail again.")
                .code("OperationalError", "DcnSrvFull", CodeClass.RECONNECT, "")
                .code("OperationalError", "InvalidState", CodeClass.RECONNECT, "")
                .code("OperationalError", "AccessDenied", CodeClass.STOP, "Missing permissions do not change between attempts.")
                .code("OperationalError", "ComException", CodeClass.STOP, "The page gives no cause that a retry would clear.")
                .code("OperationalError", "ComInvalidCastException", CodeClass.STOP, "A failed internal COM call is not known to clear on a retry.")
                .code("OperationalError", "StartVpnFailed", CodeClass.RECONNECT, "")
                .code("OperationalError", "DisconnectedBeforeConnected", CodeClass.RECONNECT, "")
                .code("OperationalError", "ConnectionTimeout", CodeClass.RECONNECT, "")
                .code("OperationalError", "DisconnectedAfterStart", CodeClass.RECONNECT, "")
                .code("OperationalError", "StoppedAfterStart", CodeClass.RECONNECT, "")
                .code("OperationalError", "TunnelExited", CodeClass.RECONNECT, "")
                .code("OperationalError", "PrimaryNetworkInterfaceChanged", CodeClass.RECONNECT_NOW, "")
                .code("OperationalError", "TrafficLeak", CodeClass.RECONNECT, "")
                .code("OperationalError", "TunnelBroken", CodeClass.RECONNECT, "")
                .code("OperationalError", "TunnelProcessStartFailed", CodeClass.STOP, "A tunnel client process that cannot start usually points to an installation or system problem that retries do not clear.")
                .code("OperationalError", "InvalidConfiguration", CodeClass.STOP, "The same invalid StartVpnRequest fails validation again.")
                .code("OperationalError", "InvalidTunnelNetworkIndefaceIndex", CodeClass.RECONNECT, "")
                .code("OperationalError", "StopVpnFailed", CodeClass.RECONNECT, "")
                .code("OperationalError", "WfpSessionCreationFailed", CodeClass.STOP, "Failing to create a Windows Filtering Platform session is a system condition that retries do not clear.")
                .code("OperationalError", "ConnectionCanceled", CodeClass.STOP, "The client application asked for the cancellation, so reconnecting would go against its request.")
                .code("OperationalError", "InvalidFireshieldConfiguration", CodeClass.STOP, "The same invalid fireshield configuration fails again.")
                .code("OperationalError", "NoInternetConnection", CodeClass.WAIT_FOR_NETWORK, "")
                .code("OperationalError", "PersonalBridgeUnknownError", CodeClass.STOP, "The page gives no cause, so a blind retry is not known to help.")
                .code("OperationalError", "PersonalBridgeBadRequest", CodeClass.STOP, "The intermediate server rejects the same bad request again.")
                .code("OperationalError", "PersonalBridgeForbidden", CodeClass.STOP, "A forbidden answer does not change between attempts.")
                .code("OperationalError", "PersonalBridgeInternalServerError", CodeClass.RECONNECT, "")
                .code("OperationalError", "PersonalBridgeNextHopUnavailable", CodeClass.RECONNECT, "")
                .code("OperationalError", "PersonalBridgeNotAnExitNode", CodeClass.STOP, "The chosen node stays a non-exit node between attempts.")
                .code("OperationalError", "PersonalBridgeTooManyHops", CodeClass.STOP, "The same route has too many hops on every attempt.")
                .code("OperationalError", "PersonalBridgeHopNotAllowed", CodeClass.STOP, "The hop stays disallowed between attempts.")
                .code("OperationalError", "PersonalBridgeSessionNotFound", CodeClass.RECONNECT, "")
                .family("ResponseResult", ResponseResult.index())
                .code("ResponseResult", "AuthFailed", CodeClass.STOP, "The same credentials fail again; the client must re-authenticate.")
                .code("ResponseResult", "BadRequest", CodeClass.STOP, "A 400 from the backend does not resolve with retries.")
                .code("ResponseResult", "CarrierDisabled", CodeClass.STOP, "A disabled carrier is a backend configuration state that retries do not change.")
                .code("ResponseResult", "ConnectionTimeout", CodeClass.RECONNECT, "")
                .code("ResponseResult", "DevicesExceed", CodeClass.STOP, "The device limit does not change between attempts.")
                .code("ResponseResult", "Error", CodeClass.STOP, "The page gives no cause, so a blind retry is not known to help.")
                .code("ResponseResult", "FeatureNotFound", CodeClass.STOP, "A missing feature does not appear between attempts.")
                .code("ResponseResult", "Forbidden", CodeClass.STOP, "A 403 from the backend does not resolve with retries.")
                .code("ResponseResult", "InternalServerError", CodeClass.RECONNECT, "")
                .code("ResponseResult", "Invalid", CodeClass.STOP, "The same invalid data is rejected again.")
                .code("ResponseResult", "InvalidDeviceId", CodeClass.STOP, "The same invalid device identifier is rejected again.")
                .code("ResponseResult", "InvalidPurchase", CodeClass.STOP, "A purchase problem is not resolved by repeating the request.")
                .code("ResponseResult", "InvalidResponse", CodeClass.RECONNECT, "")
                .code("ResponseResult", "InvalidUri", CodeClass.STOP, "The same malformed URI fails again.")
                .code("ResponseResult", "NoInternetConnection", CodeClass.WAIT_FOR_NETWORK, "")
                .code("ResponseResult", "None", CodeClass.NOT_AN_ERROR, "")
                .code("ResponseResult", "NotAuthorized", CodeClass.STOP, "The same invalid token is rejected again; the client must re-authenticate first.")
                .code("ResponseResult", "NotFound", CodeClass.STOP, "A 404 from the backend does not resolve with retries.")
                .code("ResponseResult", "NotResponding", CodeClass.RECONNECT, "")
                .code("ResponseResult", "OauthError", CodeClass.STOP, "An OAuth failure needs new credentials from the identity provider, not a repeated request.")
                .code("ResponseResult", "Ok", CodeClass.NOT_AN_ERROR, "")
                .code("ResponseResult", "RequestLimitExceed", CodeClass.STOP, "The page gives no window or reset time, so an immediate retry only hits the same limit.")
                .code("ResponseResult", "RequestTimeout", CodeClass.RECONNECT, "")
                .code("ResponseResult", "ServerNotAnswering", CodeClass.RECONNECT, "")
                .code("ResponseResult", "ServerUnavailable", CodeClass.RECONNECT, "")
                .code("ResponseResult", "ServiceNotInitialized", CodeClass.STOP, "Sending the same request again fails until the service has been initialized.")
                .code("ResponseResult", "SessionNotFound", CodeClass.STOP, "Repeating a request for a session the backend does not know fails again.")
                .code("ResponseResult", "SessionTrafficExceed", CodeClass.STOP, "The session's traffic limit does not reset between attempts.")
                .code("ResponseResult", "SessionsExceed", CodeClass.STOP, "The session limit does not change between attempts.")
                .code("ResponseResult", "Timeout", CodeClass.RECONNECT, "")
                .code("ResponseResult", "TooManyRequests", CodeClass.STOP, "The same StartVpn or StopVpn operation is already in progress or done, so repeating it does not help.")
                .code("ResponseResult", "TrafficExceed", CodeClass.STOP, "The account's traffic limit does not reset between attempts.")
                .code("ResponseResult", "TransportError", CodeClass.RECONNECT, "")
                .code("ResponseResult", "TransportNotAuthorized", CodeClass.STOP, "The pipe's authorization does not change between attempts.")
                .code("ResponseResult", "UnAuthorized", CodeClass.STOP, "An unauthorized response is not resolved by sending the same request again.")
                .code("ResponseResult", "Unlimited", CodeClass.NOT_AN_ERROR, "")
                .code("ResponseResult", "UnsupportedVersion", CodeClass.STOP, "The version stays unsupported until the client is updated.")
                .code("ResponseResult", "UserSuspended", CodeClass.STOP, "A suspended user stays suspended between attempts.")
                .build();
    }

    /**
     * The parts of {@link #ENVELOPE}, built when the policy is first asked something: a retry
     * decision reads no envelope policy, and building it with this class would load the details'
     * classes on a process's first decision.
     */
    private static final class CatalogEnvelope implements Supplier<EnvelopePolicy.Builder> {
        @Override
        public EnvelopePolicy.Builder get() {
            return EnvelopePolicy.builder()
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
                    .catalogPatterns("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$", "([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\\.[0-9]+)?(?:[Zz]|([+-])([0-9]{2}):([0-9]{2}))", "[A-Za-z][A-Za-z0-9+.-]*")
                    .uriForbidden(
                            0x0009, 0x000A, 0x000B, 0x000C, 0x000D, 0x0020, 0x0022, 0x003C, 0x003E, 0x005C, 0x005E, 0x0060,
                            0x007B, 0x007C, 0x007D, 0x00A0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
                            0x2007, 0x2008, 0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF);
        }
    }

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
