// Generated from catalog/*.yaml by scripts/emit/languages/java/enum.ts (npm run build); do not edit.
package io.github.vpnerrorcodes;

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
     * <p>Group: Success codes.
     *
     * <p>Retry: not an error (documented). The page lists it under success codes, so it is not an
     * error.
     */
    None(0, false),

    /**
     * Occurs when the Hydra configuration is invalid.
     *
     * <p>Group: Hydra protocol errors.
     *
     * <p>Retry: do not retry (inferred). The same invalid Hydra configuration fails again.
     *
     * <p>Action: Fix the Hydra configuration before connecting again. (inferred)
     */
    Config(180, false),

    /**
     * Tunnel broken. Occurs when a connected tunnel unexpectedly broke for an unknown reason.
     *
     * <p>Group: Сommon errors.
     *
     * <p>Retry: reconnect the tunnel (inferred). An unexpected breakage of a connected tunnel is
     * usually cleared by connecting again.
     *
     * <p>Action: Reconnect the tunnel with the same credentials. (inferred)
     */
    Broken(181, true),

    /**
     * Tunnel connection failed.
     *
     * <p>Group: Сommon errors.
     *
     * <p>Retry: retry with exponential backoff (inferred). A failed connection attempt is often
     * transient and may succeed on a later attempt.
     *
     * <p>Action: Try to connect again with backoff, and choose another location if it keeps failing.
     * (inferred)
     */
    Connect(182, true),

    /**
     * Internal Hydra protocol error.
     *
     * <p>Group: Hydra protocol errors.
     *
     * <p>Retry: reconnect the tunnel (inferred). The page gives no cause; a new connection is the only
     * recovery a client has.
     *
     * <p>Action: Reconnect the tunnel, and collect debug logs if the error repeats. (inferred)
     */
    Internal(183, true),

    /**
     * VPN node server reported an authentication error.
     *
     * <p>Group: Hydra protocol errors.
     *
     * <p>Retry: do not retry (inferred). The VPN node rejects the same credentials again.
     *
     * <p>Action: Obtain fresh credentials from the backend before connecting again. (inferred)
     */
    ServerAuth(184, false),

    /**
     * Internal Hydra client communication issue. Occurs when traffic accumulates in the socket
     * buffer but doesn't go out.
     *
     * <p>Group: Hydra protocol errors.
     *
     * <p>Retry: reconnect the tunnel (inferred). Traffic stuck in the socket buffer means the tunnel
     * is not working and needs a new connection.
     *
     * <p>Action: Reconnect the tunnel with the same credentials. (inferred)
     */
    CannotSend(185, true),

    /**
     * Internal Hydra client communication issue. Can happen only when infrastructure problems
     * occur.
     *
     * <p>Group: Hydra protocol errors.
     *
     * <p>Retry: retry with exponential backoff (inferred). The page ties it to infrastructure
     * problems, which are usually transient.
     *
     * <p>Action: Connect again later with backoff, and check the device clock if the error persists.
     * (inferred)
     */
    TimeSkew(186, true),

    /**
     * Tunnel was broken for a server-side reason. Can happen only when infrastructure problems
     * occur.
     *
     * <p>Group: Hydra protocol errors.
     *
     * <p>Retry: reconnect the tunnel (inferred). The server ended the tunnel for an infrastructure
     * reason, so a new connection is expected to succeed.
     *
     * <p>Action: Reconnect the tunnel with the same credentials. (inferred)
     */
    DcnSrvSwitch(190, true),

    /**
     * Hydra or OpenVpn tunnel was broken by the server side because the traffic limit was exceeded.
     *
     * <p>Group: Сommon errors.
     *
     * <p>Retry: do not retry (inferred). The traffic limit stays exceeded, so the server blocks a new
     * tunnel too.
     *
     * <p>Action: Do not reconnect until the user's traffic limit is raised or reset. (inferred)
     */
    DcnBlockedBw(191, false),

    /**
     * Tunnel was broken by the server side because abuse traffic was detected.
     *
     * <p>Group: Hydra protocol errors.
     *
     * <p>Retry: do not retry (inferred). The server blocked the tunnel for abuse, so a new tunnel
     * would be blocked too.
     *
     * <p>Action: Do not reconnect automatically; tell the user that the server blocked the connection
     * for abuse traffic. (inferred)
     */
    DcnBlockedAbuse(192, false),

    /**
     * Tunnel was broken by the server side because malicious traffic was detected.
     *
     * <p>Group: Hydra protocol errors.
     *
     * <p>Retry: do not retry (inferred). The server blocked the tunnel for malicious traffic, so a new
     * tunnel would be blocked too.
     *
     * <p>Action: Do not reconnect automatically; tell the user that the server blocked the connection
     * for malicious traffic. (inferred)
     */
    DcnBlockedMalware(193, false),

    /**
     * Tunnel was broken by the server side for an unknown reason.
     *
     * <p>Group: Hydra protocol errors.
     *
     * <p>Retry: do not retry (inferred). The server blocked the tunnel, and the page gives no reason
     * that a reconnection would clear.
     *
     * <p>Action: Do not reconnect automatically; log the error and report it if it repeats. (inferred)
     */
    DcnBlockedMisc(194, false),

    /**
     * Tunnel was broken by the server side.
     *
     * <p>Group: Hydra protocol errors.
     *
     * <p>Retry: do not retry (inferred). The name suggests the disconnect was requested by the client
     * application, so reconnecting would go against that request.
     *
     * <p>Action: Do not reconnect automatically; check whether the client application requested the
     * disconnect. (inferred)
     */
    DcnReqByCliapp(195, false),

    /**
     * Tunnel was broken by the server side with an authentication error.
     *
     * <p>Group: Hydra protocol errors.
     *
     * <p>Retry: do not retry (inferred). The server rejected the tunnel's authentication, so the same
     * credentials fail again.
     *
     * <p>Action: Obtain fresh credentials from the backend before connecting again. (inferred)
     */
    DcnBlockedAuth(196, false),

    /**
     * Hydra tunnel was stopped on the server side because the VPN node server is full.
     *
     * <p>Group: Hydra protocol errors.
     *
     * <p>Retry: reconnect the tunnel (inferred). A new connection can be placed on a VPN node with
     * free capacity.
     *
     * <p>Action: Reconnect the tunnel, preferably to another server or location. (inferred)
     */
    DcnSrvFull(197, true),

    /**
     * Hydra client error when the client cannot process the tunnel state correctly.
     *
     * <p>Group: Hydra protocol errors.
     *
     * <p>Retry: reconnect the tunnel (inferred). A new connection starts the Hydra client from a clean
     * tunnel state.
     *
     * <p>Action: Reconnect the tunnel, and collect debug logs if the error repeats. (inferred)
     */
    InvalidState(4097, true),

    /**
     * Hydra client permissions error.
     *
     * <p>Group: Hydra protocol errors.
     *
     * <p>Retry: do not retry (inferred). Missing permissions do not change between attempts.
     *
     * <p>Action: Check that the SDK service and Hydra client run with the permissions they need.
     * (inferred)
     */
    AccessDenied(4098, false),

    /**
     * Hydra client internal error.
     *
     * <p>Group: Hydra protocol errors.
     *
     * <p>Retry: do not retry (inferred). The page gives no cause that a retry would clear.
     *
     * <p>Action: Collect debug logs and restart the SDK service if the error repeats. (inferred)
     */
    ComException(4099, false),

    /**
     * Hydra client internal error. Occurs when internal COM calls failed for any reason.
     *
     * <p>Group: Hydra protocol errors.
     *
     * <p>Retry: do not retry (inferred). A failed internal COM call is not known to clear on a retry.
     *
     * <p>Action: Collect debug logs and restart the SDK service if the error repeats. (inferred)
     */
    ComInvalidCastException(4100, false),

    /**
     * Tunnel connection failed. Details can be found in the error message.
     *
     * <p>Group: Сommon errors.
     *
     * <p>Retry: retry with exponential backoff (inferred). A failed tunnel start is often transient,
     * but the error message may show a cause that retries cannot clear.
     *
     * <p>Action: Read the error message for the cause, and retry with backoff only if the cause is
     * transient. (inferred)
     */
    StartVpnFailed(8192, true),

    /**
     * Tunnel connection failed because the tunnel unexpectedly disconnected during connection
     * without any errors.
     *
     * <p>Group: Сommon errors.
     *
     * <p>Retry: retry with exponential backoff (inferred). A disconnection during connection without
     * any error is likely transient.
     *
     * <p>Action: Try to connect again with backoff. (inferred)
     */
    DisconnectedBeforeConnected(8193, true),

    /**
     * Tunnel got stuck in the Connecting state and was aborted by timeout.
     *
     * <p>Group: Сommon errors.
     *
     * <p>Retry: retry with exponential backoff (inferred). A connection timeout is usually a transient
     * network or server condition.
     *
     * <p>Action: Try to connect again with backoff, or choose another location. (inferred)
     */
    ConnectionTimeout(8194, true),

    /**
     * Tunnel was connected successfully but unexpectedly disconnected within 10 seconds after start
     * without any errors.
     *
     * <p>Group: Сommon errors.
     *
     * <p>Retry: reconnect the tunnel (inferred). The tunnel did connect, so connecting again with the
     * same credentials can restore it.
     *
     * <p>Action: Reconnect the tunnel with the same credentials. (inferred)
     */
    DisconnectedAfterStart(8195, true),

    /**
     * Tunnel client reported Connected but the service cannot find an active network adapter.
     * Usually occurs when the tunnel client crashes right after a successful connection.
     *
     * <p>Group: Сommon errors.
     *
     * <p>Retry: reconnect the tunnel (inferred). A tunnel client crash right after connecting may not
     * repeat on a new connection.
     *
     * <p>Action: Reconnect the tunnel, and collect debug logs if the tunnel client keeps crashing.
     * (inferred)
     */
    StoppedAfterStart(8196, true),

    /**
     * Tunnel client was unexpectedly terminated.
     *
     * <p>Group: Сommon errors.
     *
     * <p>Retry: reconnect the tunnel (inferred). An unexpected termination of the tunnel client breaks
     * the tunnel, which a reconnection restores.
     *
     * <p>Action: Reconnect the tunnel with the same credentials. (inferred)
     */
    TunnelExited(8197, true),

    /**
     * Primary network interface changed but the SDK doesn't support hot-switching between networks.
     * We recommend reconnecting the tunnel with the same credentials when this error occurs.
     *
     * <p>Group: Сommon errors.
     *
     * <p>Retry: reconnect the tunnel (documented). The page recommends reconnecting the tunnel with
     * the same credentials when this error occurs.
     *
     * <p>Action: Reconnect the tunnel with the same credentials. (documented)
     */
    PrimaryNetworkInterfaceChanged(8198, true),

    /**
     * Traffic is leaking outside the tunnel. Occurs when the routing table was changed by a third
     * party.
     *
     * <p>Group: Сommon errors.
     *
     * <p>Retry: reconnect the tunnel (inferred). Reconnecting restores the tunnel's routes, though the
     * third party may change them again.
     *
     * <p>Action: Reconnect the tunnel to restore its routes, and find the third-party software that
     * changes the routing table. (inferred)
     */
    TrafficLeak(8199, true),

    /**
     * Occurs when the tunnel is connected but traffic is not going through the tunnel for 30
     * seconds. That means that all health check requests through the tunnel failed with an error.
     *
     * <p>Group: Сommon errors.
     *
     * <p>Retry: reconnect the tunnel (inferred). A tunnel that carries no traffic is broken and needs
     * a new connection.
     *
     * <p>Action: Reconnect the tunnel with the same credentials. (inferred)
     */
    TunnelBroken(8200, true),

    /**
     * Service cannot start the tunnel client process for any reason.
     *
     * <p>Group: Сommon errors.
     *
     * <p>Retry: do not retry (inferred). A tunnel client process that cannot start usually points to
     * an installation or system problem that retries do not clear.
     *
     * <p>Action: Check the SDK installation and the service logs for why the tunnel client process
     * cannot start. (inferred)
     */
    TunnelProcessStartFailed(8201, false),

    /**
     * Error occurs when StartVpnRequest validation failed.
     *
     * <p>Group: Сommon errors.
     *
     * <p>Retry: do not retry (inferred). The same invalid StartVpnRequest fails validation again.
     *
     * <p>Action: Fix the StartVpnRequest parameters before connecting again. (inferred)
     */
    InvalidConfiguration(8202, false),

    /**
     * Tunnel successfully connected but the SDK service cannot determine the tunnel network
     * adapter.
     *
     * <p>Group: Сommon errors.
     *
     * <p>Retry: reconnect the tunnel (inferred). A new connection may let the service find the tunnel
     * network adapter, although a driver problem would persist.
     *
     * <p>Action: Reconnect the tunnel, and check the tunnel network adapter if the error repeats.
     * (inferred)
     *
     * <p>Name lookups also accept InvalidTunnelNetworkInterfaceIndex.
     */
    InvalidTunnelNetworkIndefaceIndex(8203, true),

    /**
     * Service cannot stop a tunnel for any reason.
     *
     * <p>Group: Сommon errors.
     *
     * <p>Retry: retry with exponential backoff (inferred). A stop request that failed may succeed on a
     * later attempt.
     *
     * <p>Action: Send the stop request again with backoff, and restart the service if it keeps
     * failing. (inferred)
     */
    StopVpnFailed(8204, true),

    /**
     * Error occurs when the SDK service cannot create a Windows Filtering Platform session for
     * tunnel traffic protection.
     *
     * <p>Group: Сommon errors.
     *
     * <p>Retry: do not retry (inferred). Failing to create a Windows Filtering Platform session is a
     * system condition that retries do not clear.
     *
     * <p>Action: Check that the Windows Filtering Platform (Base Filtering Engine) is available to the
     * service. (inferred)
     */
    WfpSessionCreationFailed(8205, false),

    /**
     * Connection process was successfully canceled by client application request.
     *
     * <p>Group: Сommon errors.
     *
     * <p>Retry: do not retry (inferred). The client application asked for the cancellation, so
     * reconnecting would go against its request.
     *
     * <p>Action: Treat the cancellation as intended and do not reconnect automatically. (inferred)
     */
    ConnectionCanceled(8206, false),

    /**
     * Hydra fireshield configuration is invalid.
     *
     * <p>Group: Hydra protocol errors.
     *
     * <p>Retry: do not retry (inferred). The same invalid fireshield configuration fails again.
     *
     * <p>Action: Fix the fireshield configuration before connecting again. (inferred)
     */
    InvalidFireshieldConfiguration(8207, false),

    /**
     * Tunnel error occurred and the internet connection check failed for the primary network
     * adapter.
     *
     * <p>Group: Сommon errors.
     *
     * <p>Retry: reconnect the tunnel (inferred). The tunnel can be reconnected once the primary
     * network adapter has internet connectivity again.
     *
     * <p>Action: Wait until the network is back, then reconnect the tunnel with the same credentials.
     * (inferred)
     */
    NoInternetConnection(8208, true),

    /**
     * Personal bridge intermediate server returned an unknown error.
     *
     * <p>Group: Wireguard personal bridge errors.
     *
     * <p>Retry: do not retry (inferred). The page gives no cause, so a blind retry is not known to
     * help.
     *
     * <p>Action: Log the error and report it if it repeats. (inferred)
     */
    PersonalBridgeUnknownError(9000, false),

    /**
     * Personal bridge intermediate server returned a BAD_REQUEST error.
     *
     * <p>Group: Wireguard personal bridge errors.
     *
     * <p>Retry: do not retry (inferred). The intermediate server rejects the same bad request again.
     *
     * <p>Action: Check the personal bridge configuration sent to the intermediate server. (inferred)
     */
    PersonalBridgeBadRequest(9001, false),

    /**
     * Personal bridge intermediate server returned a FORBIDDEN error.
     *
     * <p>Group: Wireguard personal bridge errors.
     *
     * <p>Retry: do not retry (inferred). A forbidden answer does not change between attempts.
     *
     * <p>Action: Check that the user may use the personal bridge. (inferred)
     */
    PersonalBridgeForbidden(9002, false),

    /**
     * Personal bridge intermediate server returned an INTERNAL_SERVER_ERROR error.
     *
     * <p>Group: Wireguard personal bridge errors.
     *
     * <p>Retry: retry with exponential backoff (inferred). An internal server error of the
     * intermediate server is usually transient.
     *
     * <p>Action: Connect again later with backoff. (inferred)
     */
    PersonalBridgeInternalServerError(9003, true),

    /**
     * Personal bridge intermediate server is unavailable.
     *
     * <p>Group: Wireguard personal bridge errors.
     *
     * <p>Retry: retry with exponential backoff (inferred). An unavailable server is usually a
     * transient condition.
     *
     * <p>Action: Connect again later with backoff. (inferred)
     */
    PersonalBridgeNextHopUnavailable(9004, true),

    /**
     * Personal bridge intermediate server returned a NOT_AN_EXIT_NODE error.
     *
     * <p>Group: Wireguard personal bridge errors.
     *
     * <p>Retry: do not retry (inferred). The chosen node stays a non-exit node between attempts.
     *
     * <p>Action: Choose a node that can act as the exit node. (inferred)
     */
    PersonalBridgeNotAnExitNode(9005, false),

    /**
     * Personal bridge intermediate server returned a TOO_MANY_HOPS error.
     *
     * <p>Group: Wireguard personal bridge errors.
     *
     * <p>Retry: do not retry (inferred). The same route has too many hops on every attempt.
     *
     * <p>Action: Use a route with fewer hops. (inferred)
     */
    PersonalBridgeTooManyHops(9006, false),

    /**
     * Personal bridge intermediate server returned a HOP_NOT_ALLOWED error.
     *
     * <p>Group: Wireguard personal bridge errors.
     *
     * <p>Retry: do not retry (inferred). The hop stays disallowed between attempts.
     *
     * <p>Action: Choose a route whose hops are allowed. (inferred)
     */
    PersonalBridgeHopNotAllowed(9007, false),

    /**
     * Personal bridge intermediate server returned a SESSION_NOT_FOUND error.
     *
     * <p>Group: Wireguard personal bridge errors.
     *
     * <p>Retry: reconnect the tunnel (inferred). A new connection creates a new session on the
     * intermediate server.
     *
     * <p>Action: Reconnect the tunnel to establish a new session. (inferred)
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

    /**
     * The member's value, as it travels.
     *
     * @return the value
     */
    @JsonValue
    public int code() {
        return code;
    }

    /**
     * The catalog's identifier, verbatim.
     *
     * @return the identifier
     */
    public String identifier() {
        return name();
    }

    /**
     * Whether a retry, after the step the member's retry advice names, can succeed.
     *
     * @return true for a retryable member
     */
    public boolean retryable() {
        return retryable;
    }

    /**
     * The member whose value is {@code code}.
     *
     * @param code the value as it travels
     * @return the member, or empty for a code this catalog does not know
     */
    public static Optional<OperationalError> fromCode(int code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /**
     * The code as it arrived: the member when this catalog knows it, and the raw value either way.
     *
     * @param code the value as it travels
     * @return the open code
     */
    public static OpenCode<OperationalError> decode(int code) {
        return new OpenCode<>(code, BY_CODE.get(code));
    }

    /**
     * The member with this identifier, alias or older wire name.
     *
     * @param name the name to look up
     * @return the member, or empty
     */
    public static Optional<OperationalError> fromName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** Jackson's way in: a value this catalog does not know is an error. */
    @JsonCreator
    static OperationalError ofCode(int code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("OperationalError has no code " + code));
    }
}
