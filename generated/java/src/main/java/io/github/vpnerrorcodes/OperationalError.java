// Generated from catalog/*.yaml by scripts/emit/languages/java/enum.ts (npm run build); do not edit.
package io.github.vpnerrorcodes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.vpnerrorcodes.CodeIndex.Match;
import io.github.vpnerrorcodes.CodeIndex.MatchedBy;
import java.util.Optional;

/**
 * Operational error codes that the UnifiedSDK service sends in the ErrorOccured event, each with a
 * documented integer value.
 *
 * <p>Source: Pango, Unified VPN SDK for Windows: Error processing (section OperationalError).
 *
 * <p>Constants follow Java's UPPER_SNAKE convention; {@link #code()} is the value as it travels and
 * {@link #identifier()} the catalog's spelling, and the lookups accept both. Each member answers
 * its meaning and retry advice through {@link CatalogCode}. Jackson reads and writes a member as
 * its wire value.
 */
public enum OperationalError implements CatalogCode {
    /**
     * No error. Occurs when the service resets the last error on tunnel start.
     *
     * <p>Group: Success codes.
     *
     * <p>Retry: not an error (documented). The page lists it under success codes, so it is not an
     * error.
     *
     * <p>Wire value {@code 0}, identifier {@code None}.
     */
    NONE(0,
            CodeFacts.of("None", "success", false, CodeFacts.NO_HTTP_STATUS,
                    "No error. Occurs when the service resets the last error on tunnel start.",
                    "not-applicable", "documented", "The page lists it under success codes, so it is not an error.", null,
                    null, "stable",
                    null)),

    /**
     * Occurs when the Hydra configuration is invalid.
     *
     * <p>Group: Hydra protocol errors.
     *
     * <p>Retry: do not retry (inferred). The same invalid Hydra configuration fails again.
     *
     * <p>Action: Fix the Hydra configuration before connecting again. (inferred)
     *
     * <p>Wire value {@code 180}, identifier {@code Config}.
     */
    CONFIG(180,
            CodeFacts.of("Config", "hydra", false, CodeFacts.NO_HTTP_STATUS,
                    "Occurs when the Hydra configuration is invalid.",
                    "no-retry", "inferred", "The same invalid Hydra configuration fails again.", null,
                    "Fix the Hydra configuration before connecting again.", "stable",
                    null)),

    /**
     * Tunnel broken. Occurs when a connected tunnel unexpectedly broke for an unknown reason.
     *
     * <p>Group: Сommon errors.
     *
     * <p>Retry: reconnect the tunnel (inferred). An unexpected breakage of a connected tunnel is
     * usually cleared by connecting again.
     *
     * <p>Action: Reconnect the tunnel with the same credentials. (inferred)
     *
     * <p>Wire value {@code 181}, identifier {@code Broken}.
     */
    BROKEN(181,
            CodeFacts.of("Broken", "common", true, CodeFacts.NO_HTTP_STATUS,
                    "Tunnel broken. Occurs when a connected tunnel unexpectedly broke for an unknown reason.",
                    "reconnect-tunnel", "inferred", "An unexpected breakage of a connected tunnel is usually cleared by connecting again.", null,
                    "Reconnect the tunnel with the same credentials.", "stable",
                    null)),

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
     *
     * <p>Wire value {@code 182}, identifier {@code Connect}.
     */
    CONNECT(182,
            CodeFacts.of("Connect", "common", true, CodeFacts.NO_HTTP_STATUS,
                    "Tunnel connection failed.",
                    "backoff", "inferred", "A failed connection attempt is often transient and may succeed on a later attempt.", null,
                    "Try to connect again with backoff, and choose another location if it keeps failing.", "stable",
                    null)),

    /**
     * Internal Hydra protocol error.
     *
     * <p>Group: Hydra protocol errors.
     *
     * <p>Retry: reconnect the tunnel (inferred). The page gives no cause; a new connection is the only
     * recovery a client has.
     *
     * <p>Action: Reconnect the tunnel, and collect debug logs if the error repeats. (inferred)
     *
     * <p>Wire value {@code 183}, identifier {@code Internal}.
     */
    INTERNAL(183,
            CodeFacts.of("Internal", "hydra", true, CodeFacts.NO_HTTP_STATUS,
                    "Internal Hydra protocol error.",
                    "reconnect-tunnel", "inferred", "The page gives no cause; a new connection is the only recovery a client has.", null,
                    "Reconnect the tunnel, and collect debug logs if the error repeats.", "stable",
                    null)),

    /**
     * VPN node server reported an authentication error.
     *
     * <p>Group: Hydra protocol errors.
     *
     * <p>Retry: do not retry (inferred). The VPN node rejects the same credentials again.
     *
     * <p>Action: Obtain fresh credentials from the backend before connecting again. (inferred)
     *
     * <p>Wire value {@code 184}, identifier {@code ServerAuth}.
     */
    SERVER_AUTH(184,
            CodeFacts.of("ServerAuth", "hydra", false, CodeFacts.NO_HTTP_STATUS,
                    "VPN node server reported an authentication error.",
                    "no-retry", "inferred", "The VPN node rejects the same credentials again.", null,
                    "Obtain fresh credentials from the backend before connecting again.", "stable",
                    null)),

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
     *
     * <p>Wire value {@code 185}, identifier {@code CannotSend}.
     */
    CANNOT_SEND(185,
            CodeFacts.of("CannotSend", "hydra", true, CodeFacts.NO_HTTP_STATUS,
                    "Internal Hydra client communication issue. Occurs when traffic accumulates in the socket buffer but doesn't go out.",
                    "reconnect-tunnel", "inferred", "Traffic stuck in the socket buffer means the tunnel is not working and needs a new connection.", null,
                    "Reconnect the tunnel with the same credentials.", "stable",
                    null)),

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
     *
     * <p>Wire value {@code 186}, identifier {@code TimeSkew}.
     */
    TIME_SKEW(186,
            CodeFacts.of("TimeSkew", "hydra", true, CodeFacts.NO_HTTP_STATUS,
                    "Internal Hydra client communication issue. Can happen only when infrastructure problems occur.",
                    "backoff", "inferred", "The page ties it to infrastructure problems, which are usually transient.", null,
                    "Connect again later with backoff, and check the device clock if the error persists.", "stable",
                    null)),

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
     *
     * <p>Wire value {@code 190}, identifier {@code DcnSrvSwitch}.
     */
    DCN_SRV_SWITCH(190,
            CodeFacts.of("DcnSrvSwitch", "hydra", true, CodeFacts.NO_HTTP_STATUS,
                    "Tunnel was broken for a server-side reason. Can happen only when infrastructure problems occur.",
                    "reconnect-tunnel", "inferred", "The server ended the tunnel for an infrastructure reason, so a new connection is expected to succeed.", null,
                    "Reconnect the tunnel with the same credentials.", "stable",
                    null)),

    /**
     * Hydra or OpenVpn tunnel was broken by the server side because the traffic limit was exceeded.
     *
     * <p>Group: Сommon errors.
     *
     * <p>Retry: do not retry (inferred). The traffic limit stays exceeded, so the server blocks a new
     * tunnel too.
     *
     * <p>Action: Do not reconnect until the user's traffic limit is raised or reset. (inferred)
     *
     * <p>Wire value {@code 191}, identifier {@code DcnBlockedBw}.
     */
    DCN_BLOCKED_BW(191,
            CodeFacts.of("DcnBlockedBw", "common", false, CodeFacts.NO_HTTP_STATUS,
                    "Hydra or OpenVpn tunnel was broken by the server side because the traffic limit was exceeded.",
                    "no-retry", "inferred", "The traffic limit stays exceeded, so the server blocks a new tunnel too.", null,
                    "Do not reconnect until the user's traffic limit is raised or reset.", "stable",
                    null)),

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
     *
     * <p>Wire value {@code 192}, identifier {@code DcnBlockedAbuse}.
     */
    DCN_BLOCKED_ABUSE(192,
            CodeFacts.of("DcnBlockedAbuse", "hydra", false, CodeFacts.NO_HTTP_STATUS,
                    "Tunnel was broken by the server side because abuse traffic was detected.",
                    "no-retry", "inferred", "The server blocked the tunnel for abuse, so a new tunnel would be blocked too.", null,
                    "Do not reconnect automatically; tell the user that the server blocked the connection for abuse traffic.", "stable",
                    null)),

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
     *
     * <p>Wire value {@code 193}, identifier {@code DcnBlockedMalware}.
     */
    DCN_BLOCKED_MALWARE(193,
            CodeFacts.of("DcnBlockedMalware", "hydra", false, CodeFacts.NO_HTTP_STATUS,
                    "Tunnel was broken by the server side because malicious traffic was detected.",
                    "no-retry", "inferred", "The server blocked the tunnel for malicious traffic, so a new tunnel would be blocked too.", null,
                    "Do not reconnect automatically; tell the user that the server blocked the connection for malicious traffic.", "stable",
                    null)),

    /**
     * Tunnel was broken by the server side for an unknown reason.
     *
     * <p>Group: Hydra protocol errors.
     *
     * <p>Retry: do not retry (inferred). The server blocked the tunnel, and the page gives no reason
     * that a reconnection would clear.
     *
     * <p>Action: Do not reconnect automatically; log the error and report it if it repeats. (inferred)
     *
     * <p>Wire value {@code 194}, identifier {@code DcnBlockedMisc}.
     */
    DCN_BLOCKED_MISC(194,
            CodeFacts.of("DcnBlockedMisc", "hydra", false, CodeFacts.NO_HTTP_STATUS,
                    "Tunnel was broken by the server side for an unknown reason.",
                    "no-retry", "inferred", "The server blocked the tunnel, and the page gives no reason that a reconnection would clear.", null,
                    "Do not reconnect automatically; log the error and report it if it repeats.", "stable",
                    null)),

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
     *
     * <p>Wire value {@code 195}, identifier {@code DcnReqByCliapp}.
     */
    DCN_REQ_BY_CLIAPP(195,
            CodeFacts.of("DcnReqByCliapp", "hydra", false, CodeFacts.NO_HTTP_STATUS,
                    "Tunnel was broken by the server side.",
                    "no-retry", "inferred", "The name suggests the disconnect was requested by the client application, so reconnecting would go against that request.", null,
                    "Do not reconnect automatically; check whether the client application requested the disconnect.", "stable",
                    null)),

    /**
     * Tunnel was broken by the server side with an authentication error.
     *
     * <p>Group: Hydra protocol errors.
     *
     * <p>Retry: do not retry (inferred). The server rejected the tunnel's authentication, so the same
     * credentials fail again.
     *
     * <p>Action: Obtain fresh credentials from the backend before connecting again. (inferred)
     *
     * <p>Wire value {@code 196}, identifier {@code DcnBlockedAuth}.
     */
    DCN_BLOCKED_AUTH(196,
            CodeFacts.of("DcnBlockedAuth", "hydra", false, CodeFacts.NO_HTTP_STATUS,
                    "Tunnel was broken by the server side with an authentication error.",
                    "no-retry", "inferred", "The server rejected the tunnel's authentication, so the same credentials fail again.", null,
                    "Obtain fresh credentials from the backend before connecting again.", "stable",
                    null)),

    /**
     * Hydra tunnel was stopped on the server side because the VPN node server is full.
     *
     * <p>Group: Hydra protocol errors.
     *
     * <p>Retry: reconnect the tunnel (inferred). A new connection can be placed on a VPN node with
     * free capacity.
     *
     * <p>Action: Reconnect the tunnel, preferably to another server or location. (inferred)
     *
     * <p>Wire value {@code 197}, identifier {@code DcnSrvFull}.
     */
    DCN_SRV_FULL(197,
            CodeFacts.of("DcnSrvFull", "hydra", true, CodeFacts.NO_HTTP_STATUS,
                    "Hydra tunnel was stopped on the server side because the VPN node server is full.",
                    "reconnect-tunnel", "inferred", "A new connection can be placed on a VPN node with free capacity.", null,
                    "Reconnect the tunnel, preferably to another server or location.", "stable",
                    null)),

    /**
     * Hydra client error when the client cannot process the tunnel state correctly.
     *
     * <p>Group: Hydra protocol errors.
     *
     * <p>Retry: reconnect the tunnel (inferred). A new connection starts the Hydra client from a clean
     * tunnel state.
     *
     * <p>Action: Reconnect the tunnel, and collect debug logs if the error repeats. (inferred)
     *
     * <p>Wire value {@code 4097}, identifier {@code InvalidState}.
     */
    INVALID_STATE(4097,
            CodeFacts.of("InvalidState", "hydra", true, CodeFacts.NO_HTTP_STATUS,
                    "Hydra client error when the client cannot process the tunnel state correctly.",
                    "reconnect-tunnel", "inferred", "A new connection starts the Hydra client from a clean tunnel state.", null,
                    "Reconnect the tunnel, and collect debug logs if the error repeats.", "stable",
                    null)),

    /**
     * Hydra client permissions error.
     *
     * <p>Group: Hydra protocol errors.
     *
     * <p>Retry: do not retry (inferred). Missing permissions do not change between attempts.
     *
     * <p>Action: Check that the SDK service and Hydra client run with the permissions they need.
     * (inferred)
     *
     * <p>Wire value {@code 4098}, identifier {@code AccessDenied}.
     */
    ACCESS_DENIED(4098,
            CodeFacts.of("AccessDenied", "hydra", false, CodeFacts.NO_HTTP_STATUS,
                    "Hydra client permissions error.",
                    "no-retry", "inferred", "Missing permissions do not change between attempts.", null,
                    "Check that the SDK service and Hydra client run with the permissions they need.", "stable",
                    null)),

    /**
     * Hydra client internal error.
     *
     * <p>Group: Hydra protocol errors.
     *
     * <p>Retry: do not retry (inferred). The page gives no cause that a retry would clear.
     *
     * <p>Action: Collect debug logs and restart the SDK service if the error repeats. (inferred)
     *
     * <p>Wire value {@code 4099}, identifier {@code ComException}.
     */
    COM_EXCEPTION(4099,
            CodeFacts.of("ComException", "hydra", false, CodeFacts.NO_HTTP_STATUS,
                    "Hydra client internal error.",
                    "no-retry", "inferred", "The page gives no cause that a retry would clear.", null,
                    "Collect debug logs and restart the SDK service if the error repeats.", "stable",
                    null)),

    /**
     * Hydra client internal error. Occurs when internal COM calls failed for any reason.
     *
     * <p>Group: Hydra protocol errors.
     *
     * <p>Retry: do not retry (inferred). A failed internal COM call is not known to clear on a retry.
     *
     * <p>Action: Collect debug logs and restart the SDK service if the error repeats. (inferred)
     *
     * <p>Wire value {@code 4100}, identifier {@code ComInvalidCastException}.
     */
    COM_INVALID_CAST_EXCEPTION(4100,
            CodeFacts.of("ComInvalidCastException", "hydra", false, CodeFacts.NO_HTTP_STATUS,
                    "Hydra client internal error. Occurs when internal COM calls failed for any reason.",
                    "no-retry", "inferred", "A failed internal COM call is not known to clear on a retry.", null,
                    "Collect debug logs and restart the SDK service if the error repeats.", "stable",
                    null)),

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
     *
     * <p>Wire value {@code 8192}, identifier {@code StartVpnFailed}.
     */
    START_VPN_FAILED(8192,
            CodeFacts.of("StartVpnFailed", "common", true, CodeFacts.NO_HTTP_STATUS,
                    "Tunnel connection failed. Details can be found in the error message.",
                    "backoff", "inferred", "A failed tunnel start is often transient, but the error message may show a cause that retries cannot clear.", null,
                    "Read the error message for the cause, and retry with backoff only if the cause is transient.", "stable",
                    null)),

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
     *
     * <p>Wire value {@code 8193}, identifier {@code DisconnectedBeforeConnected}.
     */
    DISCONNECTED_BEFORE_CONNECTED(8193,
            CodeFacts.of("DisconnectedBeforeConnected", "common", true, CodeFacts.NO_HTTP_STATUS,
                    "Tunnel connection failed because the tunnel unexpectedly disconnected during connection without any errors.",
                    "backoff", "inferred", "A disconnection during connection without any error is likely transient.", null,
                    "Try to connect again with backoff.", "stable",
                    null)),

    /**
     * Tunnel got stuck in the Connecting state and was aborted by timeout.
     *
     * <p>Group: Сommon errors.
     *
     * <p>Retry: retry with exponential backoff (inferred). A connection timeout is usually a transient
     * network or server condition.
     *
     * <p>Action: Try to connect again with backoff, or choose another location. (inferred)
     *
     * <p>Wire value {@code 8194}, identifier {@code ConnectionTimeout}.
     */
    CONNECTION_TIMEOUT(8194,
            CodeFacts.of("ConnectionTimeout", "common", true, CodeFacts.NO_HTTP_STATUS,
                    "Tunnel got stuck in the Connecting state and was aborted by timeout.",
                    "backoff", "inferred", "A connection timeout is usually a transient network or server condition.", null,
                    "Try to connect again with backoff, or choose another location.", "stable",
                    null)),

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
     *
     * <p>Wire value {@code 8195}, identifier {@code DisconnectedAfterStart}.
     */
    DISCONNECTED_AFTER_START(8195,
            CodeFacts.of("DisconnectedAfterStart", "common", true, CodeFacts.NO_HTTP_STATUS,
                    "Tunnel was connected successfully but unexpectedly disconnected within 10 seconds after start without any errors.",
                    "reconnect-tunnel", "inferred", "The tunnel did connect, so connecting again with the same credentials can restore it.", null,
                    "Reconnect the tunnel with the same credentials.", "stable",
                    null)),

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
     *
     * <p>Wire value {@code 8196}, identifier {@code StoppedAfterStart}.
     */
    STOPPED_AFTER_START(8196,
            CodeFacts.of("StoppedAfterStart", "common", true, CodeFacts.NO_HTTP_STATUS,
                    "Tunnel client reported Connected but the service cannot find an active network adapter. Usually occurs when the tunnel client crashes right after a successful connection.",
                    "reconnect-tunnel", "inferred", "A tunnel client crash right after connecting may not repeat on a new connection.", null,
                    "Reconnect the tunnel, and collect debug logs if the tunnel client keeps crashing.", "stable",
                    null)),

    /**
     * Tunnel client was unexpectedly terminated.
     *
     * <p>Group: Сommon errors.
     *
     * <p>Retry: reconnect the tunnel (inferred). An unexpected termination of the tunnel client breaks
     * the tunnel, which a reconnection restores.
     *
     * <p>Action: Reconnect the tunnel with the same credentials. (inferred)
     *
     * <p>Wire value {@code 8197}, identifier {@code TunnelExited}.
     */
    TUNNEL_EXITED(8197,
            CodeFacts.of("TunnelExited", "common", true, CodeFacts.NO_HTTP_STATUS,
                    "Tunnel client was unexpectedly terminated.",
                    "reconnect-tunnel", "inferred", "An unexpected termination of the tunnel client breaks the tunnel, which a reconnection restores.", null,
                    "Reconnect the tunnel with the same credentials.", "stable",
                    null)),

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
     *
     * <p>Wire value {@code 8198}, identifier {@code PrimaryNetworkInterfaceChanged}.
     */
    PRIMARY_NETWORK_INTERFACE_CHANGED(8198,
            CodeFacts.of("PrimaryNetworkInterfaceChanged", "common", true, CodeFacts.NO_HTTP_STATUS,
                    "Primary network interface changed but the SDK doesn't support hot-switching between networks. We recommend reconnecting the tunnel with the same credentials when this error occurs.",
                    "reconnect-tunnel", "documented", "The page recommends reconnecting the tunnel with the same credentials when this error occurs.", null,
                    "Reconnect the tunnel with the same credentials.", "stable",
                    null)),

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
     *
     * <p>Wire value {@code 8199}, identifier {@code TrafficLeak}.
     */
    TRAFFIC_LEAK(8199,
            CodeFacts.of("TrafficLeak", "common", true, CodeFacts.NO_HTTP_STATUS,
                    "Traffic is leaking outside the tunnel. Occurs when the routing table was changed by a third party.",
                    "reconnect-tunnel", "inferred", "Reconnecting restores the tunnel's routes, though the third party may change them again.", null,
                    "Reconnect the tunnel to restore its routes, and find the third-party software that changes the routing table.", "stable",
                    null)),

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
     *
     * <p>Wire value {@code 8200}, identifier {@code TunnelBroken}.
     */
    TUNNEL_BROKEN(8200,
            CodeFacts.of("TunnelBroken", "common", true, CodeFacts.NO_HTTP_STATUS,
                    "Occurs when the tunnel is connected but traffic is not going through the tunnel for 30 seconds. That means that all health check requests through the tunnel failed with an error.",
                    "reconnect-tunnel", "inferred", "A tunnel that carries no traffic is broken and needs a new connection.", null,
                    "Reconnect the tunnel with the same credentials.", "stable",
                    null)),

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
     *
     * <p>Wire value {@code 8201}, identifier {@code TunnelProcessStartFailed}.
     */
    TUNNEL_PROCESS_START_FAILED(8201,
            CodeFacts.of("TunnelProcessStartFailed", "common", false, CodeFacts.NO_HTTP_STATUS,
                    "Service cannot start the tunnel client process for any reason.",
                    "no-retry", "inferred", "A tunnel client process that cannot start usually points to an installation or system problem that retries do not clear.", null,
                    "Check the SDK installation and the service logs for why the tunnel client process cannot start.", "stable",
                    null)),

    /**
     * Error occurs when StartVpnRequest validation failed.
     *
     * <p>Group: Сommon errors.
     *
     * <p>Retry: do not retry (inferred). The same invalid StartVpnRequest fails validation again.
     *
     * <p>Action: Fix the StartVpnRequest parameters before connecting again. (inferred)
     *
     * <p>Wire value {@code 8202}, identifier {@code InvalidConfiguration}.
     */
    INVALID_CONFIGURATION(8202,
            CodeFacts.of("InvalidConfiguration", "common", false, CodeFacts.NO_HTTP_STATUS,
                    "Error occurs when StartVpnRequest validation failed.",
                    "no-retry", "inferred", "The same invalid StartVpnRequest fails validation again.", null,
                    "Fix the StartVpnRequest parameters before connecting again.", "stable",
                    null)),

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
     *
     * <p>Wire value {@code 8203}, identifier {@code InvalidTunnelNetworkIndefaceIndex}.
     */
    INVALID_TUNNEL_NETWORK_INDEFACE_INDEX(8203,
            CodeFacts.of("InvalidTunnelNetworkIndefaceIndex", "common", true, CodeFacts.NO_HTTP_STATUS,
                    "Tunnel successfully connected but the SDK service cannot determine the tunnel network adapter.",
                    "reconnect-tunnel", "inferred", "A new connection may let the service find the tunnel network adapter, although a driver problem would persist.", null,
                    "Reconnect the tunnel, and check the tunnel network adapter if the error repeats.", "stable",
                    null)),

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
     *
     * <p>Wire value {@code 8204}, identifier {@code StopVpnFailed}.
     */
    STOP_VPN_FAILED(8204,
            CodeFacts.of("StopVpnFailed", "common", true, CodeFacts.NO_HTTP_STATUS,
                    "Service cannot stop a tunnel for any reason.",
                    "backoff", "inferred", "A stop request that failed may succeed on a later attempt.", null,
                    "Send the stop request again with backoff, and restart the service if it keeps failing.", "stable",
                    null)),

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
     *
     * <p>Wire value {@code 8205}, identifier {@code WfpSessionCreationFailed}.
     */
    WFP_SESSION_CREATION_FAILED(8205,
            CodeFacts.of("WfpSessionCreationFailed", "common", false, CodeFacts.NO_HTTP_STATUS,
                    "Error occurs when the SDK service cannot create a Windows Filtering Platform session for tunnel traffic protection.",
                    "no-retry", "inferred", "Failing to create a Windows Filtering Platform session is a system condition that retries do not clear.", null,
                    "Check that the Windows Filtering Platform (Base Filtering Engine) is available to the service.", "stable",
                    null)),

    /**
     * Connection process was successfully canceled by client application request.
     *
     * <p>Group: Сommon errors.
     *
     * <p>Retry: do not retry (inferred). The client application asked for the cancellation, so
     * reconnecting would go against its request.
     *
     * <p>Action: Treat the cancellation as intended and do not reconnect automatically. (inferred)
     *
     * <p>Wire value {@code 8206}, identifier {@code ConnectionCanceled}.
     */
    CONNECTION_CANCELED(8206,
            CodeFacts.of("ConnectionCanceled", "common", false, CodeFacts.NO_HTTP_STATUS,
                    "Connection process was successfully canceled by client application request.",
                    "no-retry", "inferred", "The client application asked for the cancellation, so reconnecting would go against its request.", null,
                    "Treat the cancellation as intended and do not reconnect automatically.", "stable",
                    null)),

    /**
     * Hydra fireshield configuration is invalid.
     *
     * <p>Group: Hydra protocol errors.
     *
     * <p>Retry: do not retry (inferred). The same invalid fireshield configuration fails again.
     *
     * <p>Action: Fix the fireshield configuration before connecting again. (inferred)
     *
     * <p>Wire value {@code 8207}, identifier {@code InvalidFireshieldConfiguration}.
     */
    INVALID_FIRESHIELD_CONFIGURATION(8207,
            CodeFacts.of("InvalidFireshieldConfiguration", "hydra", false, CodeFacts.NO_HTTP_STATUS,
                    "Hydra fireshield configuration is invalid.",
                    "no-retry", "inferred", "The same invalid fireshield configuration fails again.", null,
                    "Fix the fireshield configuration before connecting again.", "stable",
                    null)),

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
     *
     * <p>Wire value {@code 8208}, identifier {@code NoInternetConnection}.
     */
    NO_INTERNET_CONNECTION(8208,
            CodeFacts.of("NoInternetConnection", "common", true, CodeFacts.NO_HTTP_STATUS,
                    "Tunnel error occurred and the internet connection check failed for the primary network adapter.",
                    "reconnect-tunnel", "inferred", "The tunnel can be reconnected once the primary network adapter has internet connectivity again.", null,
                    "Wait until the network is back, then reconnect the tunnel with the same credentials.", "stable",
                    null)),

    /**
     * Personal bridge intermediate server returned an unknown error.
     *
     * <p>Group: Wireguard personal bridge errors.
     *
     * <p>Retry: do not retry (inferred). The page gives no cause, so a blind retry is not known to
     * help.
     *
     * <p>Action: Log the error and report it if it repeats. (inferred)
     *
     * <p>Wire value {@code 9000}, identifier {@code PersonalBridgeUnknownError}.
     */
    PERSONAL_BRIDGE_UNKNOWN_ERROR(9000,
            CodeFacts.of("PersonalBridgeUnknownError", "wireguard-personal-bridge", false, CodeFacts.NO_HTTP_STATUS,
                    "Personal bridge intermediate server returned an unknown error.",
                    "no-retry", "inferred", "The page gives no cause, so a blind retry is not known to help.", null,
                    "Log the error and report it if it repeats.", "stable",
                    null)),

    /**
     * Personal bridge intermediate server returned a BAD_REQUEST error.
     *
     * <p>Group: Wireguard personal bridge errors.
     *
     * <p>Retry: do not retry (inferred). The intermediate server rejects the same bad request again.
     *
     * <p>Action: Check the personal bridge configuration sent to the intermediate server. (inferred)
     *
     * <p>Wire value {@code 9001}, identifier {@code PersonalBridgeBadRequest}.
     */
    PERSONAL_BRIDGE_BAD_REQUEST(9001,
            CodeFacts.of("PersonalBridgeBadRequest", "wireguard-personal-bridge", false, CodeFacts.NO_HTTP_STATUS,
                    "Personal bridge intermediate server returned a BAD_REQUEST error.",
                    "no-retry", "inferred", "The intermediate server rejects the same bad request again.", null,
                    "Check the personal bridge configuration sent to the intermediate server.", "stable",
                    null)),

    /**
     * Personal bridge intermediate server returned a FORBIDDEN error.
     *
     * <p>Group: Wireguard personal bridge errors.
     *
     * <p>Retry: do not retry (inferred). A forbidden answer does not change between attempts.
     *
     * <p>Action: Check that the user may use the personal bridge. (inferred)
     *
     * <p>Wire value {@code 9002}, identifier {@code PersonalBridgeForbidden}.
     */
    PERSONAL_BRIDGE_FORBIDDEN(9002,
            CodeFacts.of("PersonalBridgeForbidden", "wireguard-personal-bridge", false, CodeFacts.NO_HTTP_STATUS,
                    "Personal bridge intermediate server returned a FORBIDDEN error.",
                    "no-retry", "inferred", "A forbidden answer does not change between attempts.", null,
                    "Check that the user may use the personal bridge.", "stable",
                    null)),

    /**
     * Personal bridge intermediate server returned an INTERNAL_SERVER_ERROR error.
     *
     * <p>Group: Wireguard personal bridge errors.
     *
     * <p>Retry: retry with exponential backoff (inferred). An internal server error of the
     * intermediate server is usually transient.
     *
     * <p>Action: Connect again later with backoff. (inferred)
     *
     * <p>Wire value {@code 9003}, identifier {@code PersonalBridgeInternalServerError}.
     */
    PERSONAL_BRIDGE_INTERNAL_SERVER_ERROR(9003,
            CodeFacts.of("PersonalBridgeInternalServerError", "wireguard-personal-bridge", true, CodeFacts.NO_HTTP_STATUS,
                    "Personal bridge intermediate server returned an INTERNAL_SERVER_ERROR error.",
                    "backoff", "inferred", "An internal server error of the intermediate server is usually transient.", null,
                    "Connect again later with backoff.", "stable",
                    null)),

    /**
     * Personal bridge intermediate server is unavailable.
     *
     * <p>Group: Wireguard personal bridge errors.
     *
     * <p>Retry: retry with exponential backoff (inferred). An unavailable server is usually a
     * transient condition.
     *
     * <p>Action: Connect again later with backoff. (inferred)
     *
     * <p>Wire value {@code 9004}, identifier {@code PersonalBridgeNextHopUnavailable}.
     */
    PERSONAL_BRIDGE_NEXT_HOP_UNAVAILABLE(9004,
            CodeFacts.of("PersonalBridgeNextHopUnavailable", "wireguard-personal-bridge", true, CodeFacts.NO_HTTP_STATUS,
                    "Personal bridge intermediate server is unavailable.",
                    "backoff", "inferred", "An unavailable server is usually a transient condition.", null,
                    "Connect again later with backoff.", "stable",
                    null)),

    /**
     * Personal bridge intermediate server returned a NOT_AN_EXIT_NODE error.
     *
     * <p>Group: Wireguard personal bridge errors.
     *
     * <p>Retry: do not retry (inferred). The chosen node stays a non-exit node between attempts.
     *
     * <p>Action: Choose a node that can act as the exit node. (inferred)
     *
     * <p>Wire value {@code 9005}, identifier {@code PersonalBridgeNotAnExitNode}.
     */
    PERSONAL_BRIDGE_NOT_AN_EXIT_NODE(9005,
            CodeFacts.of("PersonalBridgeNotAnExitNode", "wireguard-personal-bridge", false, CodeFacts.NO_HTTP_STATUS,
                    "Personal bridge intermediate server returned a NOT_AN_EXIT_NODE error.",
                    "no-retry", "inferred", "The chosen node stays a non-exit node between attempts.", null,
                    "Choose a node that can act as the exit node.", "stable",
                    null)),

    /**
     * Personal bridge intermediate server returned a TOO_MANY_HOPS error.
     *
     * <p>Group: Wireguard personal bridge errors.
     *
     * <p>Retry: do not retry (inferred). The same route has too many hops on every attempt.
     *
     * <p>Action: Use a route with fewer hops. (inferred)
     *
     * <p>Wire value {@code 9006}, identifier {@code PersonalBridgeTooManyHops}.
     */
    PERSONAL_BRIDGE_TOO_MANY_HOPS(9006,
            CodeFacts.of("PersonalBridgeTooManyHops", "wireguard-personal-bridge", false, CodeFacts.NO_HTTP_STATUS,
                    "Personal bridge intermediate server returned a TOO_MANY_HOPS error.",
                    "no-retry", "inferred", "The same route has too many hops on every attempt.", null,
                    "Use a route with fewer hops.", "stable",
                    null)),

    /**
     * Personal bridge intermediate server returned a HOP_NOT_ALLOWED error.
     *
     * <p>Group: Wireguard personal bridge errors.
     *
     * <p>Retry: do not retry (inferred). The hop stays disallowed between attempts.
     *
     * <p>Action: Choose a route whose hops are allowed. (inferred)
     *
     * <p>Wire value {@code 9007}, identifier {@code PersonalBridgeHopNotAllowed}.
     */
    PERSONAL_BRIDGE_HOP_NOT_ALLOWED(9007,
            CodeFacts.of("PersonalBridgeHopNotAllowed", "wireguard-personal-bridge", false, CodeFacts.NO_HTTP_STATUS,
                    "Personal bridge intermediate server returned a HOP_NOT_ALLOWED error.",
                    "no-retry", "inferred", "The hop stays disallowed between attempts.", null,
                    "Choose a route whose hops are allowed.", "stable",
                    null)),

    /**
     * Personal bridge intermediate server returned a SESSION_NOT_FOUND error.
     *
     * <p>Group: Wireguard personal bridge errors.
     *
     * <p>Retry: reconnect the tunnel (inferred). A new connection creates a new session on the
     * intermediate server.
     *
     * <p>Action: Reconnect the tunnel to establish a new session. (inferred)
     *
     * <p>Wire value {@code 9008}, identifier {@code PersonalBridgeSessionNotFound}.
     */
    PERSONAL_BRIDGE_SESSION_NOT_FOUND(9008,
            CodeFacts.of("PersonalBridgeSessionNotFound", "wireguard-personal-bridge", true, CodeFacts.NO_HTTP_STATUS,
                    "Personal bridge intermediate server returned a SESSION_NOT_FOUND error.",
                    "reconnect-tunnel", "inferred", "A new connection creates a new session on the intermediate server.", null,
                    "Reconnect the tunnel to establish a new session.", "stable",
                    null));

    /**
     * Every key the lookups accept, the model's priority between them applied: in a holder, so that loading
     * the enum builds no table and {@link #fromValue} (a switch) never needs one.
     */
    private static final class Keys {
        static final CodeIndex<OperationalError> INDEX = CodeIndex.<OperationalError>builder()
                .key("None", MatchedBy.NAME, NONE)
                .key("Config", MatchedBy.NAME, CONFIG)
                .key("Broken", MatchedBy.NAME, BROKEN)
                .key("Connect", MatchedBy.NAME, CONNECT)
                .key("Internal", MatchedBy.NAME, INTERNAL)
                .key("ServerAuth", MatchedBy.NAME, SERVER_AUTH)
                .key("CannotSend", MatchedBy.NAME, CANNOT_SEND)
                .key("TimeSkew", MatchedBy.NAME, TIME_SKEW)
                .key("DcnSrvSwitch", MatchedBy.NAME, DCN_SRV_SWITCH)
                .key("DcnBlockedBw", MatchedBy.NAME, DCN_BLOCKED_BW)
                .key("DcnBlockedAbuse", MatchedBy.NAME, DCN_BLOCKED_ABUSE)
                .key("DcnBlockedMalware", MatchedBy.NAME, DCN_BLOCKED_MALWARE)
                .key("DcnBlockedMisc", MatchedBy.NAME, DCN_BLOCKED_MISC)
                .key("DcnReqByCliapp", MatchedBy.NAME, DCN_REQ_BY_CLIAPP)
                .key("DcnBlockedAuth", MatchedBy.NAME, DCN_BLOCKED_AUTH)
                .key("DcnSrvFull", MatchedBy.NAME, DCN_SRV_FULL)
                .key("InvalidState", MatchedBy.NAME, INVALID_STATE)
                .key("AccessDenied", MatchedBy.NAME, ACCESS_DENIED)
                .key("ComException", MatchedBy.NAME, COM_EXCEPTION)
                .key("ComInvalidCastException", MatchedBy.NAME, COM_INVALID_CAST_EXCEPTION)
                .key("StartVpnFailed", MatchedBy.NAME, START_VPN_FAILED)
                .key("DisconnectedBeforeConnected", MatchedBy.NAME, DISCONNECTED_BEFORE_CONNECTED)
                .key("ConnectionTimeout", MatchedBy.NAME, CONNECTION_TIMEOUT)
                .key("DisconnectedAfterStart", MatchedBy.NAME, DISCONNECTED_AFTER_START)
                .key("StoppedAfterStart", MatchedBy.NAME, STOPPED_AFTER_START)
                .key("TunnelExited", MatchedBy.NAME, TUNNEL_EXITED)
                .key("PrimaryNetworkInterfaceChanged", MatchedBy.NAME, PRIMARY_NETWORK_INTERFACE_CHANGED)
                .key("TrafficLeak", MatchedBy.NAME, TRAFFIC_LEAK)
                .key("TunnelBroken", MatchedBy.NAME, TUNNEL_BROKEN)
                .key("TunnelProcessStartFailed", MatchedBy.NAME, TUNNEL_PROCESS_START_FAILED)
                .key("InvalidConfiguration", MatchedBy.NAME, INVALID_CONFIGURATION)
                .key("InvalidTunnelNetworkIndefaceIndex", MatchedBy.NAME, INVALID_TUNNEL_NETWORK_INDEFACE_INDEX)
                .key("StopVpnFailed", MatchedBy.NAME, STOP_VPN_FAILED)
                .key("WfpSessionCreationFailed", MatchedBy.NAME, WFP_SESSION_CREATION_FAILED)
                .key("ConnectionCanceled", MatchedBy.NAME, CONNECTION_CANCELED)
                .key("InvalidFireshieldConfiguration", MatchedBy.NAME, INVALID_FIRESHIELD_CONFIGURATION)
                .key("NoInternetConnection", MatchedBy.NAME, NO_INTERNET_CONNECTION)
                .key("PersonalBridgeUnknownError", MatchedBy.NAME, PERSONAL_BRIDGE_UNKNOWN_ERROR)
                .key("PersonalBridgeBadRequest", MatchedBy.NAME, PERSONAL_BRIDGE_BAD_REQUEST)
                .key("PersonalBridgeForbidden", MatchedBy.NAME, PERSONAL_BRIDGE_FORBIDDEN)
                .key("PersonalBridgeInternalServerError", MatchedBy.NAME, PERSONAL_BRIDGE_INTERNAL_SERVER_ERROR)
                .key("PersonalBridgeNextHopUnavailable", MatchedBy.NAME, PERSONAL_BRIDGE_NEXT_HOP_UNAVAILABLE)
                .key("PersonalBridgeNotAnExitNode", MatchedBy.NAME, PERSONAL_BRIDGE_NOT_AN_EXIT_NODE)
                .key("PersonalBridgeTooManyHops", MatchedBy.NAME, PERSONAL_BRIDGE_TOO_MANY_HOPS)
                .key("PersonalBridgeHopNotAllowed", MatchedBy.NAME, PERSONAL_BRIDGE_HOP_NOT_ALLOWED)
                .key("PersonalBridgeSessionNotFound", MatchedBy.NAME, PERSONAL_BRIDGE_SESSION_NOT_FOUND)
                .key("InvalidTunnelNetworkInterfaceIndex", MatchedBy.ALIAS, INVALID_TUNNEL_NETWORK_INDEFACE_INDEX)
                .value(0, NONE)
                .key("0", MatchedBy.VALUE, NONE)
                .value(180, CONFIG)
                .key("180", MatchedBy.VALUE, CONFIG)
                .value(181, BROKEN)
                .key("181", MatchedBy.VALUE, BROKEN)
                .value(182, CONNECT)
                .key("182", MatchedBy.VALUE, CONNECT)
                .value(183, INTERNAL)
                .key("183", MatchedBy.VALUE, INTERNAL)
                .value(184, SERVER_AUTH)
                .key("184", MatchedBy.VALUE, SERVER_AUTH)
                .value(185, CANNOT_SEND)
                .key("185", MatchedBy.VALUE, CANNOT_SEND)
                .value(186, TIME_SKEW)
                .key("186", MatchedBy.VALUE, TIME_SKEW)
                .value(190, DCN_SRV_SWITCH)
                .key("190", MatchedBy.VALUE, DCN_SRV_SWITCH)
                .value(191, DCN_BLOCKED_BW)
                .key("191", MatchedBy.VALUE, DCN_BLOCKED_BW)
                .value(192, DCN_BLOCKED_ABUSE)
                .key("192", MatchedBy.VALUE, DCN_BLOCKED_ABUSE)
                .value(193, DCN_BLOCKED_MALWARE)
                .key("193", MatchedBy.VALUE, DCN_BLOCKED_MALWARE)
                .value(194, DCN_BLOCKED_MISC)
                .key("194", MatchedBy.VALUE, DCN_BLOCKED_MISC)
                .value(195, DCN_REQ_BY_CLIAPP)
                .key("195", MatchedBy.VALUE, DCN_REQ_BY_CLIAPP)
                .value(196, DCN_BLOCKED_AUTH)
                .key("196", MatchedBy.VALUE, DCN_BLOCKED_AUTH)
                .value(197, DCN_SRV_FULL)
                .key("197", MatchedBy.VALUE, DCN_SRV_FULL)
                .value(4097, INVALID_STATE)
                .key("4097", MatchedBy.VALUE, INVALID_STATE)
                .value(4098, ACCESS_DENIED)
                .key("4098", MatchedBy.VALUE, ACCESS_DENIED)
                .value(4099, COM_EXCEPTION)
                .key("4099", MatchedBy.VALUE, COM_EXCEPTION)
                .value(4100, COM_INVALID_CAST_EXCEPTION)
                .key("4100", MatchedBy.VALUE, COM_INVALID_CAST_EXCEPTION)
                .value(8192, START_VPN_FAILED)
                .key("8192", MatchedBy.VALUE, START_VPN_FAILED)
                .value(8193, DISCONNECTED_BEFORE_CONNECTED)
                .key("8193", MatchedBy.VALUE, DISCONNECTED_BEFORE_CONNECTED)
                .value(8194, CONNECTION_TIMEOUT)
                .key("8194", MatchedBy.VALUE, CONNECTION_TIMEOUT)
                .value(8195, DISCONNECTED_AFTER_START)
                .key("8195", MatchedBy.VALUE, DISCONNECTED_AFTER_START)
                .value(8196, STOPPED_AFTER_START)
                .key("8196", MatchedBy.VALUE, STOPPED_AFTER_START)
                .value(8197, TUNNEL_EXITED)
                .key("8197", MatchedBy.VALUE, TUNNEL_EXITED)
                .value(8198, PRIMARY_NETWORK_INTERFACE_CHANGED)
                .key("8198", MatchedBy.VALUE, PRIMARY_NETWORK_INTERFACE_CHANGED)
                .value(8199, TRAFFIC_LEAK)
                .key("8199", MatchedBy.VALUE, TRAFFIC_LEAK)
                .value(8200, TUNNEL_BROKEN)
                .key("8200", MatchedBy.VALUE, TUNNEL_BROKEN)
                .value(8201, TUNNEL_PROCESS_START_FAILED)
                .key("8201", MatchedBy.VALUE, TUNNEL_PROCESS_START_FAILED)
                .value(8202, INVALID_CONFIGURATION)
                .key("8202", MatchedBy.VALUE, INVALID_CONFIGURATION)
                .value(8203, INVALID_TUNNEL_NETWORK_INDEFACE_INDEX)
                .key("8203", MatchedBy.VALUE, INVALID_TUNNEL_NETWORK_INDEFACE_INDEX)
                .value(8204, STOP_VPN_FAILED)
                .key("8204", MatchedBy.VALUE, STOP_VPN_FAILED)
                .value(8205, WFP_SESSION_CREATION_FAILED)
                .key("8205", MatchedBy.VALUE, WFP_SESSION_CREATION_FAILED)
                .value(8206, CONNECTION_CANCELED)
                .key("8206", MatchedBy.VALUE, CONNECTION_CANCELED)
                .value(8207, INVALID_FIRESHIELD_CONFIGURATION)
                .key("8207", MatchedBy.VALUE, INVALID_FIRESHIELD_CONFIGURATION)
                .value(8208, NO_INTERNET_CONNECTION)
                .key("8208", MatchedBy.VALUE, NO_INTERNET_CONNECTION)
                .value(9000, PERSONAL_BRIDGE_UNKNOWN_ERROR)
                .key("9000", MatchedBy.VALUE, PERSONAL_BRIDGE_UNKNOWN_ERROR)
                .value(9001, PERSONAL_BRIDGE_BAD_REQUEST)
                .key("9001", MatchedBy.VALUE, PERSONAL_BRIDGE_BAD_REQUEST)
                .value(9002, PERSONAL_BRIDGE_FORBIDDEN)
                .key("9002", MatchedBy.VALUE, PERSONAL_BRIDGE_FORBIDDEN)
                .value(9003, PERSONAL_BRIDGE_INTERNAL_SERVER_ERROR)
                .key("9003", MatchedBy.VALUE, PERSONAL_BRIDGE_INTERNAL_SERVER_ERROR)
                .value(9004, PERSONAL_BRIDGE_NEXT_HOP_UNAVAILABLE)
                .key("9004", MatchedBy.VALUE, PERSONAL_BRIDGE_NEXT_HOP_UNAVAILABLE)
                .value(9005, PERSONAL_BRIDGE_NOT_AN_EXIT_NODE)
                .key("9005", MatchedBy.VALUE, PERSONAL_BRIDGE_NOT_AN_EXIT_NODE)
                .value(9006, PERSONAL_BRIDGE_TOO_MANY_HOPS)
                .key("9006", MatchedBy.VALUE, PERSONAL_BRIDGE_TOO_MANY_HOPS)
                .value(9007, PERSONAL_BRIDGE_HOP_NOT_ALLOWED)
                .key("9007", MatchedBy.VALUE, PERSONAL_BRIDGE_HOP_NOT_ALLOWED)
                .value(9008, PERSONAL_BRIDGE_SESSION_NOT_FOUND)
                .key("9008", MatchedBy.VALUE, PERSONAL_BRIDGE_SESSION_NOT_FOUND)
                .build();
    }

    private final int code;
    private final CodeFacts facts;

    OperationalError(int code, CodeFacts facts) {
        this.code = code;
        this.facts = facts;
    }

    /**
     * The member's value as it travels.
     *
     * @return the value
     */
    @JsonValue
    public int code() {
        return code;
    }

    @Override
    public CodeFacts facts() {
        return facts;
    }

    /**
     * The member whose value is {@code value}.
     *
     * @param value the value as it travels
     * @return the member, or empty for a value this catalog does not know
     */
    public static Optional<OperationalError> fromValue(long value) {
        if (value != (int) value) return Optional.empty();
        switch ((int) value) {
            case 0:
                return Optional.of(NONE);
            case 180:
                return Optional.of(CONFIG);
            case 181:
                return Optional.of(BROKEN);
            case 182:
                return Optional.of(CONNECT);
            case 183:
                return Optional.of(INTERNAL);
            case 184:
                return Optional.of(SERVER_AUTH);
            case 185:
                return Optional.of(CANNOT_SEND);
            case 186:
                return Optional.of(TIME_SKEW);
            case 190:
                return Optional.of(DCN_SRV_SWITCH);
            case 191:
                return Optional.of(DCN_BLOCKED_BW);
            case 192:
                return Optional.of(DCN_BLOCKED_ABUSE);
            case 193:
                return Optional.of(DCN_BLOCKED_MALWARE);
            case 194:
                return Optional.of(DCN_BLOCKED_MISC);
            case 195:
                return Optional.of(DCN_REQ_BY_CLIAPP);
            case 196:
                return Optional.of(DCN_BLOCKED_AUTH);
            case 197:
                return Optional.of(DCN_SRV_FULL);
            case 4097:
                return Optional.of(INVALID_STATE);
            case 4098:
                return Optional.of(ACCESS_DENIED);
            case 4099:
                return Optional.of(COM_EXCEPTION);
            case 4100:
                return Optional.of(COM_INVALID_CAST_EXCEPTION);
            case 8192:
                return Optional.of(START_VPN_FAILED);
            case 8193:
                return Optional.of(DISCONNECTED_BEFORE_CONNECTED);
            case 8194:
                return Optional.of(CONNECTION_TIMEOUT);
            case 8195:
                return Optional.of(DISCONNECTED_AFTER_START);
            case 8196:
                return Optional.of(STOPPED_AFTER_START);
            case 8197:
                return Optional.of(TUNNEL_EXITED);
            case 8198:
                return Optional.of(PRIMARY_NETWORK_INTERFACE_CHANGED);
            case 8199:
                return Optional.of(TRAFFIC_LEAK);
            case 8200:
                return Optional.of(TUNNEL_BROKEN);
            case 8201:
                return Optional.of(TUNNEL_PROCESS_START_FAILED);
            case 8202:
                return Optional.of(INVALID_CONFIGURATION);
            case 8203:
                return Optional.of(INVALID_TUNNEL_NETWORK_INDEFACE_INDEX);
            case 8204:
                return Optional.of(STOP_VPN_FAILED);
            case 8205:
                return Optional.of(WFP_SESSION_CREATION_FAILED);
            case 8206:
                return Optional.of(CONNECTION_CANCELED);
            case 8207:
                return Optional.of(INVALID_FIRESHIELD_CONFIGURATION);
            case 8208:
                return Optional.of(NO_INTERNET_CONNECTION);
            case 9000:
                return Optional.of(PERSONAL_BRIDGE_UNKNOWN_ERROR);
            case 9001:
                return Optional.of(PERSONAL_BRIDGE_BAD_REQUEST);
            case 9002:
                return Optional.of(PERSONAL_BRIDGE_FORBIDDEN);
            case 9003:
                return Optional.of(PERSONAL_BRIDGE_INTERNAL_SERVER_ERROR);
            case 9004:
                return Optional.of(PERSONAL_BRIDGE_NEXT_HOP_UNAVAILABLE);
            case 9005:
                return Optional.of(PERSONAL_BRIDGE_NOT_AN_EXIT_NODE);
            case 9006:
                return Optional.of(PERSONAL_BRIDGE_TOO_MANY_HOPS);
            case 9007:
                return Optional.of(PERSONAL_BRIDGE_HOP_NOT_ALLOWED);
            case 9008:
                return Optional.of(PERSONAL_BRIDGE_SESSION_NOT_FOUND);
            default:
                return Optional.empty();
        }
    }

    /**
     * The member whose value is {@code value}, and how the value found it.
     *
     * @param value the value as it travels
     * @return the match, or empty
     */
    public static Optional<Match<OperationalError>> lookup(long value) {
        return Keys.INDEX.find(value);
    }

    /**
     * The member whose value is {@code code}, as {@code error.code} or a log carries it.
     *
     * @param code the value as it travels
     * @return the member, or empty for a code this catalog does not know
     */
    public static Optional<OperationalError> fromCode(int code) {
        return fromValue(code);
    }

    /**
     * The code as it arrived: the member when this catalog knows it, and the raw value either way.
     *
     * @param code the value as it travels
     * @return the open code
     */
    public static OpenCode<OperationalError, Integer> decode(int code) {
        return new OpenCode<>(code, fromCode(code).orElse(null));
    }

    /**
     * The member with this identifier, alias or older wire name, as the vendor spells them ({@code valueOf}
     * takes the constant's name).
     *
     * @param name the name to look up
     * @return the member, or empty
     */
    public static Optional<OperationalError> fromName(String name) {
        return Keys.INDEX.named(name);
    }

    /**
     * The member any key names (the value's decimal text, identifier, alias or older wire name), and how the key found it, as TypeScript's {@code describe} answers.
     *
     * @param key the key
     * @return the match, or empty for an unknown or null key
     */
    public static Optional<Match<OperationalError>> lookup(String key) {
        return Keys.INDEX.find(key);
    }

    /** The lookup the catalog's reconnect policy reads this family's keys with. */
    static CodeIndex<OperationalError> index() {
        return Keys.INDEX;
    }

    /** Jackson's way in: a value this catalog does not know is an error. */
    @JsonCreator
    static OperationalError ofCode(int code) {
        Optional<OperationalError> member = fromCode(code);
        if (member.isEmpty()) throw new IllegalArgumentException("OperationalError has no code " + code);
        return member.get();
    }
}
