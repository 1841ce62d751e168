// Generated from catalog/*.yaml by `npm run build`; do not edit.
package vpnerrorcodes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Operational error codes that the UnifiedSDK service sends in the ErrorOccured event, each with a
 * documented integer value.
 *
 * <p>Source: Pango, Unified VPN SDK for Windows: Error processing (section OperationalError).
 *
 * <p>Jackson reads and writes a member as its integer value.
 */
public enum OperationalError {
    /**
     * No error. Occurs when the service resets the last error on tunnel start.
     *
     * <p>Retry: not an error (documented).
     */
    None(0, false),

    /**
     * Occurs when the Hydra configuration is invalid.
     *
     * <p>Retry: do not retry (inferred).
     */
    Config(180, false),

    /**
     * Tunnel broken. Occurs when a connected tunnel unexpectedly broke for an unknown reason.
     *
     * <p>Retry: reconnect the tunnel (inferred).
     */
    Broken(181, true),

    /**
     * Tunnel connection failed.
     *
     * <p>Retry: retry with exponential backoff (inferred).
     */
    Connect(182, true),

    /**
     * Internal Hydra protocol error.
     *
     * <p>Retry: reconnect the tunnel (inferred).
     */
    Internal(183, true),

    /**
     * VPN node server reported an authentication error.
     *
     * <p>Retry: do not retry (inferred).
     */
    ServerAuth(184, false),

    /**
     * Internal Hydra client communication issue. Occurs when traffic accumulates in the socket
     * buffer but doesn't go out.
     *
     * <p>Retry: reconnect the tunnel (inferred).
     */
    CannotSend(185, true),

    /**
     * Internal Hydra client communication issue. Can happen only when infrastructure problems
     * occur.
     *
     * <p>Retry: retry with exponential backoff (inferred).
     */
    TimeSkew(186, true),

    /**
     * Tunnel was broken for a server-side reason. Can happen only when infrastructure problems
     * occur.
     *
     * <p>Retry: reconnect the tunnel (inferred).
     */
    DcnSrvSwitch(190, true),

    /**
     * Hydra or OpenVpn tunnel was broken by the server side because the traffic limit was exceeded.
     *
     * <p>Retry: do not retry (inferred).
     */
    DcnBlockedBw(191, false),

    /**
     * Tunnel was broken by the server side because abuse traffic was detected.
     *
     * <p>Retry: do not retry (inferred).
     */
    DcnBlockedAbuse(192, false),

    /**
     * Tunnel was broken by the server side because malicious traffic was detected.
     *
     * <p>Retry: do not retry (inferred).
     */
    DcnBlockedMalware(193, false),

    /**
     * Tunnel was broken by the server side for an unknown reason.
     *
     * <p>Retry: do not retry (inferred).
     */
    DcnBlockedMisc(194, false),

    /**
     * Tunnel was broken by the server side.
     *
     * <p>Retry: do not retry (inferred).
     */
    DcnReqByCliapp(195, false),

    /**
     * Tunnel was broken by the server side with an authentication error.
     *
     * <p>Retry: do not retry (inferred).
     */
    DcnBlockedAuth(196, false),

    /**
     * Hydra tunnel was stopped on the server side because the VPN node server is full.
     *
     * <p>Retry: reconnect the tunnel (inferred).
     */
    DcnSrvFull(197, true),

    /**
     * Hydra client error when the client cannot process the tunnel state correctly.
     *
     * <p>Retry: reconnect the tunnel (inferred).
     */
    InvalidState(4097, true),

    /**
     * Hydra client permissions error.
     *
     * <p>Retry: do not retry (inferred).
     */
    AccessDenied(4098, false),

    /**
     * Hydra client internal error.
     *
     * <p>Retry: do not retry (inferred).
     */
    ComException(4099, false),

    /**
     * Hydra client internal error. Occurs when internal COM calls failed for any reason.
     *
     * <p>Retry: do not retry (inferred).
     */
    ComInvalidCastException(4100, false),

    /**
     * Tunnel connection failed. Details can be found in the error message.
     *
     * <p>Retry: retry with exponential backoff (inferred).
     */
    StartVpnFailed(8192, true),

    /**
     * Tunnel connection failed because the tunnel unexpectedly disconnected during connection
     * without any errors.
     *
     * <p>Retry: retry with exponential backoff (inferred).
     */
    DisconnectedBeforeConnected(8193, true),

    /**
     * Tunnel got stuck in the Connecting state and was aborted by timeout.
     *
     * <p>Retry: retry with exponential backoff (inferred).
     */
    ConnectionTimeout(8194, true),

    /**
     * Tunnel was connected successfully but unexpectedly disconnected within 10 seconds after start
     * without any errors.
     *
     * <p>Retry: reconnect the tunnel (inferred).
     */
    DisconnectedAfterStart(8195, true),

    /**
     * Tunnel client reported Connected but the service cannot find an active network adapter.
     * Usually occurs when the tunnel client crashes right after a successful connection.
     *
     * <p>Retry: reconnect the tunnel (inferred).
     */
    StoppedAfterStart(8196, true),

    /**
     * Tunnel client was unexpectedly terminated.
     *
     * <p>Retry: reconnect the tunnel (inferred).
     */
    TunnelExited(8197, true),

    /**
     * Primary network interface changed but the SDK doesn't support hot-switching between networks.
     * We recommend reconnecting the tunnel with the same credentials when this error occurs.
     *
     * <p>Retry: reconnect the tunnel (documented).
     */
    PrimaryNetworkInterfaceChanged(8198, true),

    /**
     * Traffic is leaking outside the tunnel. Occurs when the routing table was changed by a third
     * party.
     *
     * <p>Retry: reconnect the tunnel (inferred).
     */
    TrafficLeak(8199, true),

    /**
     * Occurs when the tunnel is connected but traffic is not going through the tunnel for 30
     * seconds. That means that all health check requests through the tunnel failed with an error.
     *
     * <p>Retry: reconnect the tunnel (inferred).
     */
    TunnelBroken(8200, true),

    /**
     * Service cannot start the tunnel client process for any reason.
     *
     * <p>Retry: do not retry (inferred).
     */
    TunnelProcessStartFailed(8201, false),

    /**
     * Error occurs when StartVpnRequest validation failed.
     *
     * <p>Retry: do not retry (inferred).
     */
    InvalidConfiguration(8202, false),

    /**
     * Tunnel successfully connected but the SDK service cannot determine the tunnel network
     * adapter.
     *
     * <p>Retry: reconnect the tunnel (inferred).
     *
     * <p>Name lookups also accept InvalidTunnelNetworkInterfaceIndex.
     */
    InvalidTunnelNetworkIndefaceIndex(8203, true),

    /**
     * Service cannot stop a tunnel for any reason.
     *
     * <p>Retry: retry with exponential backoff (inferred).
     */
    StopVpnFailed(8204, true),

    /**
     * Error occurs when the SDK service cannot create a Windows Filtering Platform session for
     * tunnel traffic protection.
     *
     * <p>Retry: do not retry (inferred).
     */
    WfpSessionCreationFailed(8205, false),

    /**
     * Connection process was successfully canceled by client application request.
     *
     * <p>Retry: do not retry (inferred).
     */
    ConnectionCanceled(8206, false),

    /**
     * Hydra fireshield configuration is invalid.
     *
     * <p>Retry: do not retry (inferred).
     */
    InvalidFireshieldConfiguration(8207, false),

    /**
     * Tunnel error occurred and the internet connection check failed for the primary network
     * adapter.
     *
     * <p>Retry: reconnect the tunnel (inferred).
     */
    NoInternetConnection(8208, true),

    /**
     * Personal bridge intermediate server returned an unknown error.
     *
     * <p>Retry: do not retry (inferred).
     */
    PersonalBridgeUnknownError(9000, false),

    /**
     * Personal bridge intermediate server returned a BAD_REQUEST error.
     *
     * <p>Retry: do not retry (inferred).
     */
    PersonalBridgeBadRequest(9001, false),

    /**
     * Personal bridge intermediate server returned a FORBIDDEN error.
     *
     * <p>Retry: do not retry (inferred).
     */
    PersonalBridgeForbidden(9002, false),

    /**
     * Personal bridge intermediate server returned an INTERNAL_SERVER_ERROR error.
     *
     * <p>Retry: retry with exponential backoff (inferred).
     */
    PersonalBridgeInternalServerError(9003, true),

    /**
     * Personal bridge intermediate server is unavailable.
     *
     * <p>Retry: retry with exponential backoff (inferred).
     */
    PersonalBridgeNextHopUnavailable(9004, true),

    /**
     * Personal bridge intermediate server returned a NOT_AN_EXIT_NODE error.
     *
     * <p>Retry: do not retry (inferred).
     */
    PersonalBridgeNotAnExitNode(9005, false),

    /**
     * Personal bridge intermediate server returned a TOO_MANY_HOPS error.
     *
     * <p>Retry: do not retry (inferred).
     */
    PersonalBridgeTooManyHops(9006, false),

    /**
     * Personal bridge intermediate server returned a HOP_NOT_ALLOWED error.
     *
     * <p>Retry: do not retry (inferred).
     */
    PersonalBridgeHopNotAllowed(9007, false),

    /**
     * Personal bridge intermediate server returned a SESSION_NOT_FOUND error.
     *
     * <p>Retry: reconnect the tunnel (inferred).
     */
    PersonalBridgeSessionNotFound(9008, true);

    private static final Map<Integer, OperationalError> BY_CODE = new HashMap<>();
    private static final Map<String, OperationalError> BY_NAME = new HashMap<>();

    static {
        for (OperationalError member : values()) {
            BY_CODE.put(member.code, member);
            BY_NAME.put(member.identifier(), member);
        }
        // Identifiers win over aliases and older wire names.
        BY_NAME.putIfAbsent("InvalidTunnelNetworkInterfaceIndex", InvalidTunnelNetworkIndefaceIndex);
    }

    private final int code;
    private final boolean retryable;

    OperationalError(int code, boolean retryable) {
        this.code = code;
        this.retryable = retryable;
    }

    /** The member's value, as it travels. */
    @JsonValue
    public int code() {
        return code;
    }

    /** The catalog's identifier, verbatim. */
    public String identifier() {
        return name();
    }

    /** True when a retry, after the step the member's retry advice names, can succeed. */
    public boolean retryable() {
        return retryable;
    }

    /** The member whose value is {@code code}, or empty for a code this catalog does not know. */
    public static Optional<OperationalError> fromCode(int code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** The member with this identifier, alias or older wire name, or empty. */
    public static Optional<OperationalError> fromName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** Jackson's way in: a value this catalog does not know is an error. */
    @JsonCreator
    static OperationalError ofCode(int code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("OperationalError has no code " + code));
    }
}
