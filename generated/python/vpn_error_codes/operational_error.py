# Generated from catalog/*.yaml by scripts/emit/languages/python/enum.ts (npm run build); do not edit.
"""Unified VPN SDK for Windows operational errors.

Operational error codes that the UnifiedSDK service sends in the ErrorOccured event, each with a
documented integer value.

Source: Pango, Unified VPN SDK for Windows: Error processing (section OperationalError).
"""

from __future__ import annotations

from enum import IntEnum

from ._lookup import Action, CodeMember, Facts, RetryAdvice, bind

__all__ = ["OperationalError"]


class OperationalError(CodeMember, IntEnum):
    """Unified VPN SDK for Windows operational errors.

    Operational error codes that the UnifiedSDK service sends in the ErrorOccured event, each
    with a documented integer value.

    Source: Pango, Unified VPN SDK for Windows: Error processing (section OperationalError).
    """

    NONE = 0
    """No error. Occurs when the service resets the last error on tunnel start.

    Group: Success codes.

    Retry: not an error (documented). The page lists it under success codes, so it is not an
    error.

    Wire value: 0; the vendor's identifier is None, which identifier, get, lookup and parse give
    and accept.
    """

    CONFIG = 180
    """Occurs when the Hydra configuration is invalid.

    Group: Hydra protocol errors.

    Retry: do not retry (inferred). The same invalid Hydra configuration fails again.

    Action: Fix the Hydra configuration before connecting again. (inferred)

    Wire value: 180; the vendor's identifier is Config, which identifier, get, lookup and parse
    give and accept.
    """

    BROKEN = 181
    """Tunnel broken. Occurs when a connected tunnel unexpectedly broke for an unknown reason.

    Group: Сommon errors.

    Retry: reconnect the tunnel (inferred). An unexpected breakage of a connected tunnel is
    usually cleared by connecting again.

    Action: Reconnect the tunnel with the same credentials. (inferred)

    Wire value: 181; the vendor's identifier is Broken, which identifier, get, lookup and parse
    give and accept.
    """

    CONNECT = 182
    """Tunnel connection failed.

    Group: Сommon errors.

    Retry: retry with exponential backoff (inferred). A failed connection attempt is often
    transient and may succeed on a later attempt.

    Action: Try to connect again with backoff, and choose another location if it keeps failing.
    (inferred)

    Wire value: 182; the vendor's identifier is Connect, which identifier, get, lookup and parse
    give and accept.
    """

    INTERNAL = 183
    """Internal Hydra protocol error.

    Group: Hydra protocol errors.

    Retry: reconnect the tunnel (inferred). The page gives no cause; a new connection is the
    only recovery a client has.

    Action: Reconnect the tunnel, and collect debug logs if the error repeats. (inferred)

    Wire value: 183; the vendor's identifier is Internal, which identifier, get, lookup and
    parse give and accept.
    """

    SERVER_AUTH = 184
    """VPN node server reported an authentication error.

    Group: Hydra protocol errors.

    Retry: do not retry (inferred). The VPN node rejects the same credentials again.

    Action: Obtain fresh credentials from the backend before connecting again. (inferred)

    Wire value: 184; the vendor's identifier is ServerAuth, which identifier, get, lookup and
    parse give and accept.
    """

    CANNOT_SEND = 185
    """Internal Hydra client communication issue. Occurs when traffic accumulates in the socket
    buffer but doesn't go out.

    Group: Hydra protocol errors.

    Retry: reconnect the tunnel (inferred). Traffic stuck in the socket buffer means the tunnel
    is not working and needs a new connection.

    Action: Reconnect the tunnel with the same credentials. (inferred)

    Wire value: 185; the vendor's identifier is CannotSend, which identifier, get, lookup and
    parse give and accept.
    """

    TIME_SKEW = 186
    """Internal Hydra client communication issue. Can happen only when infrastructure problems
    occur.

    Group: Hydra protocol errors.

    Retry: retry with exponential backoff (inferred). The page ties it to infrastructure
    problems, which are usually transient.

    Action: Connect again later with backoff, and check the device clock if the error persists.
    (inferred)

    Wire value: 186; the vendor's identifier is TimeSkew, which identifier, get, lookup and
    parse give and accept.
    """

    DCN_SRV_SWITCH = 190
    """Tunnel was broken for a server-side reason. Can happen only when infrastructure problems
    occur.

    Group: Hydra protocol errors.

    Retry: reconnect the tunnel (inferred). The server ended the tunnel for an infrastructure
    reason, so a new connection is expected to succeed.

    Action: Reconnect the tunnel with the same credentials. (inferred)

    Wire value: 190; the vendor's identifier is DcnSrvSwitch, which identifier, get, lookup and
    parse give and accept.
    """

    DCN_BLOCKED_BW = 191
    """Hydra or OpenVpn tunnel was broken by the server side because the traffic limit was
    exceeded.

    Group: Сommon errors.

    Retry: do not retry (inferred). The traffic limit stays exceeded, so the server blocks a new
    tunnel too.

    Action: Do not reconnect until the user's traffic limit is raised or reset. (inferred)

    Wire value: 191; the vendor's identifier is DcnBlockedBw, which identifier, get, lookup and
    parse give and accept.
    """

    DCN_BLOCKED_ABUSE = 192
    """Tunnel was broken by the server side because abuse traffic was detected.

    Group: Hydra protocol errors.

    Retry: do not retry (inferred). The server blocked the tunnel for abuse, so a new tunnel
    would be blocked too.

    Action: Do not reconnect automatically; tell the user that the server blocked the connection
    for abuse traffic. (inferred)

    Wire value: 192; the vendor's identifier is DcnBlockedAbuse, which identifier, get, lookup
    and parse give and accept.
    """

    DCN_BLOCKED_MALWARE = 193
    """Tunnel was broken by the server side because malicious traffic was detected.

    Group: Hydra protocol errors.

    Retry: do not retry (inferred). The server blocked the tunnel for malicious traffic, so a
    new tunnel would be blocked too.

    Action: Do not reconnect automatically; tell the user that the server blocked the connection
    for malicious traffic. (inferred)

    Wire value: 193; the vendor's identifier is DcnBlockedMalware, which identifier, get, lookup
    and parse give and accept.
    """

    DCN_BLOCKED_MISC = 194
    """Tunnel was broken by the server side for an unknown reason.

    Group: Hydra protocol errors.

    Retry: do not retry (inferred). The server blocked the tunnel, and the page gives no reason
    that a reconnection would clear.

    Action: Do not reconnect automatically; log the error and report it if it repeats.
    (inferred)

    Wire value: 194; the vendor's identifier is DcnBlockedMisc, which identifier, get, lookup
    and parse give and accept.
    """

    DCN_REQ_BY_CLIAPP = 195
    """Tunnel was broken by the server side.

    Group: Hydra protocol errors.

    Retry: do not retry (inferred). The name suggests the disconnect was requested by the client
    application, so reconnecting would go against that request.

    Action: Do not reconnect automatically; check whether the client application requested the
    disconnect. (inferred)

    Wire value: 195; the vendor's identifier is DcnReqByCliapp, which identifier, get, lookup
    and parse give and accept.
    """

    DCN_BLOCKED_AUTH = 196
    """Tunnel was broken by the server side with an authentication error.

    Group: Hydra protocol errors.

    Retry: do not retry (inferred). The server rejected the tunnel's authentication, so the same
    credentials fail again.

    Action: Obtain fresh credentials from the backend before connecting again. (inferred)

    Wire value: 196; the vendor's identifier is DcnBlockedAuth, which identifier, get, lookup
    and parse give and accept.
    """

    DCN_SRV_FULL = 197
    """Hydra tunnel was stopped on the server side because the VPN node server is full.

    Group: Hydra protocol errors.

    Retry: reconnect the tunnel (inferred). A new connection can be placed on a VPN node with
    free capacity.

    Action: Reconnect the tunnel, preferably to another server or location. (inferred)

    Wire value: 197; the vendor's identifier is DcnSrvFull, which identifier, get, lookup and
    parse give and accept.
    """

    INVALID_STATE = 4097
    """Hydra client error when the client cannot process the tunnel state correctly.

    Group: Hydra protocol errors.

    Retry: reconnect the tunnel (inferred). A new connection starts the Hydra client from a
    clean tunnel state.

    Action: Reconnect the tunnel, and collect debug logs if the error repeats. (inferred)

    Wire value: 4097; the vendor's identifier is InvalidState, which identifier, get, lookup and
    parse give and accept.
    """

    ACCESS_DENIED = 4098
    """Hydra client permissions error.

    Group: Hydra protocol errors.

    Retry: do not retry (inferred). Missing permissions do not change between attempts.

    Action: Check that the SDK service and Hydra client run with the permissions they need.
    (inferred)

    Wire value: 4098; the vendor's identifier is AccessDenied, which identifier, get, lookup and
    parse give and accept.
    """

    COM_EXCEPTION = 4099
    """Hydra client internal error.

    Group: Hydra protocol errors.

    Retry: do not retry (inferred). The page gives no cause that a retry would clear.

    Action: Collect debug logs and restart the SDK service if the error repeats. (inferred)

    Wire value: 4099; the vendor's identifier is ComException, which identifier, get, lookup and
    parse give and accept.
    """

    COM_INVALID_CAST_EXCEPTION = 4100
    """Hydra client internal error. Occurs when internal COM calls failed for any reason.

    Group: Hydra protocol errors.

    Retry: do not retry (inferred). A failed internal COM call is not known to clear on a retry.

    Action: Collect debug logs and restart the SDK service if the error repeats. (inferred)

    Wire value: 4100; the vendor's identifier is ComInvalidCastException, which identifier, get,
    lookup and parse give and accept.
    """

    START_VPN_FAILED = 8192
    """Tunnel connection failed. Details can be found in the error message.

    Group: Сommon errors.

    Retry: retry with exponential backoff (inferred). A failed tunnel start is often transient,
    but the error message may show a cause that retries cannot clear.

    Action: Read the error message for the cause, and retry with backoff only if the cause is
    transient. (inferred)

    Wire value: 8192; the vendor's identifier is StartVpnFailed, which identifier, get, lookup
    and parse give and accept.
    """

    DISCONNECTED_BEFORE_CONNECTED = 8193
    """Tunnel connection failed because the tunnel unexpectedly disconnected during connection
    without any errors.

    Group: Сommon errors.

    Retry: retry with exponential backoff (inferred). A disconnection during connection without
    any error is likely transient.

    Action: Try to connect again with backoff. (inferred)

    Wire value: 8193; the vendor's identifier is DisconnectedBeforeConnected, which identifier,
    get, lookup and parse give and accept.
    """

    CONNECTION_TIMEOUT = 8194
    """Tunnel got stuck in the Connecting state and was aborted by timeout.

    Group: Сommon errors.

    Retry: retry with exponential backoff (inferred). A connection timeout is usually a
    transient network or server condition.

    Action: Try to connect again with backoff, or choose another location. (inferred)

    Wire value: 8194; the vendor's identifier is ConnectionTimeout, which identifier, get,
    lookup and parse give and accept.
    """

    DISCONNECTED_AFTER_START = 8195
    """Tunnel was connected successfully but unexpectedly disconnected within 10 seconds after
    start without any errors.

    Group: Сommon errors.

    Retry: reconnect the tunnel (inferred). The tunnel did connect, so connecting again with the
    same credentials can restore it.

    Action: Reconnect the tunnel with the same credentials. (inferred)

    Wire value: 8195; the vendor's identifier is DisconnectedAfterStart, which identifier, get,
    lookup and parse give and accept.
    """

    STOPPED_AFTER_START = 8196
    """Tunnel client reported Connected but the service cannot find an active network adapter.
    Usually occurs when the tunnel client crashes right after a successful connection.

    Group: Сommon errors.

    Retry: reconnect the tunnel (inferred). A tunnel client crash right after connecting may not
    repeat on a new connection.

    Action: Reconnect the tunnel, and collect debug logs if the tunnel client keeps crashing.
    (inferred)

    Wire value: 8196; the vendor's identifier is StoppedAfterStart, which identifier, get,
    lookup and parse give and accept.
    """

    TUNNEL_EXITED = 8197
    """Tunnel client was unexpectedly terminated.

    Group: Сommon errors.

    Retry: reconnect the tunnel (inferred). An unexpected termination of the tunnel client
    breaks the tunnel, which a reconnection restores.

    Action: Reconnect the tunnel with the same credentials. (inferred)

    Wire value: 8197; the vendor's identifier is TunnelExited, which identifier, get, lookup and
    parse give and accept.
    """

    PRIMARY_NETWORK_INTERFACE_CHANGED = 8198
    """Primary network interface changed but the SDK doesn't support hot-switching between
    networks. We recommend reconnecting the tunnel with the same credentials when this error
    occurs.

    Group: Сommon errors.

    Retry: reconnect the tunnel (documented). The page recommends reconnecting the tunnel with
    the same credentials when this error occurs.

    Action: Reconnect the tunnel with the same credentials. (documented)

    Wire value: 8198; the vendor's identifier is PrimaryNetworkInterfaceChanged, which
    identifier, get, lookup and parse give and accept.
    """

    TRAFFIC_LEAK = 8199
    """Traffic is leaking outside the tunnel. Occurs when the routing table was changed by a third
    party.

    Group: Сommon errors.

    Retry: reconnect the tunnel (inferred). Reconnecting restores the tunnel's routes, though
    the third party may change them again.

    Action: Reconnect the tunnel to restore its routes, and find the third-party software that
    changes the routing table. (inferred)

    Wire value: 8199; the vendor's identifier is TrafficLeak, which identifier, get, lookup and
    parse give and accept.
    """

    TUNNEL_BROKEN = 8200
    """Occurs when the tunnel is connected but traffic is not going through the tunnel for 30
    seconds. That means that all health check requests through the tunnel failed with an error.

    Group: Сommon errors.

    Retry: reconnect the tunnel (inferred). A tunnel that carries no traffic is broken and needs
    a new connection.

    Action: Reconnect the tunnel with the same credentials. (inferred)

    Wire value: 8200; the vendor's identifier is TunnelBroken, which identifier, get, lookup and
    parse give and accept.
    """

    TUNNEL_PROCESS_START_FAILED = 8201
    """Service cannot start the tunnel client process for any reason.

    Group: Сommon errors.

    Retry: do not retry (inferred). A tunnel client process that cannot start usually points to
    an installation or system problem that retries do not clear.

    Action: Check the SDK installation and the service logs for why the tunnel client process
    cannot start. (inferred)

    Wire value: 8201; the vendor's identifier is TunnelProcessStartFailed, which identifier,
    get, lookup and parse give and accept.
    """

    INVALID_CONFIGURATION = 8202
    """Error occurs when StartVpnRequest validation failed.

    Group: Сommon errors.

    Retry: do not retry (inferred). The same invalid StartVpnRequest fails validation again.

    Action: Fix the StartVpnRequest parameters before connecting again. (inferred)

    Wire value: 8202; the vendor's identifier is InvalidConfiguration, which identifier, get,
    lookup and parse give and accept.
    """

    INVALID_TUNNEL_NETWORK_INDEFACE_INDEX = 8203
    """Tunnel successfully connected but the SDK service cannot determine the tunnel network
    adapter.

    Group: Сommon errors.

    Retry: reconnect the tunnel (inferred). A new connection may let the service find the tunnel
    network adapter, although a driver problem would persist.

    Action: Reconnect the tunnel, and check the tunnel network adapter if the error repeats.
    (inferred)

    Name lookups also accept InvalidTunnelNetworkInterfaceIndex.

    Wire value: 8203; the vendor's identifier is InvalidTunnelNetworkIndefaceIndex, which
    identifier, get, lookup and parse give and accept.
    """

    STOP_VPN_FAILED = 8204
    """Service cannot stop a tunnel for any reason.

    Group: Сommon errors.

    Retry: retry with exponential backoff (inferred). A stop request that failed may succeed on
    a later attempt.

    Action: Send the stop request again with backoff, and restart the service if it keeps
    failing. (inferred)

    Wire value: 8204; the vendor's identifier is StopVpnFailed, which identifier, get, lookup
    and parse give and accept.
    """

    WFP_SESSION_CREATION_FAILED = 8205
    """Error occurs when the SDK service cannot create a Windows Filtering Platform session for
    tunnel traffic protection.

    Group: Сommon errors.

    Retry: do not retry (inferred). Failing to create a Windows Filtering Platform session is a
    system condition that retries do not clear.

    Action: Check that the Windows Filtering Platform (Base Filtering Engine) is available to
    the service. (inferred)

    Wire value: 8205; the vendor's identifier is WfpSessionCreationFailed, which identifier,
    get, lookup and parse give and accept.
    """

    CONNECTION_CANCELED = 8206
    """Connection process was successfully canceled by client application request.

    Group: Сommon errors.

    Retry: do not retry (inferred). The client application asked for the cancellation, so
    reconnecting would go against its request.

    Action: Treat the cancellation as intended and do not reconnect automatically. (inferred)

    Wire value: 8206; the vendor's identifier is ConnectionCanceled, which identifier, get,
    lookup and parse give and accept.
    """

    INVALID_FIRESHIELD_CONFIGURATION = 8207
    """Hydra fireshield configuration is invalid.

    Group: Hydra protocol errors.

    Retry: do not retry (inferred). The same invalid fireshield configuration fails again.

    Action: Fix the fireshield configuration before connecting again. (inferred)

    Wire value: 8207; the vendor's identifier is InvalidFireshieldConfiguration, which
    identifier, get, lookup and parse give and accept.
    """

    NO_INTERNET_CONNECTION = 8208
    """Tunnel error occurred and the internet connection check failed for the primary network
    adapter.

    Group: Сommon errors.

    Retry: reconnect the tunnel (inferred). The tunnel can be reconnected once the primary
    network adapter has internet connectivity again.

    Action: Wait until the network is back, then reconnect the tunnel with the same credentials.
    (inferred)

    Wire value: 8208; the vendor's identifier is NoInternetConnection, which identifier, get,
    lookup and parse give and accept.
    """

    PERSONAL_BRIDGE_UNKNOWN_ERROR = 9000
    """Personal bridge intermediate server returned an unknown error.

    Group: Wireguard personal bridge errors.

    Retry: do not retry (inferred). The page gives no cause, so a blind retry is not known to
    help.

    Action: Log the error and report it if it repeats. (inferred)

    Wire value: 9000; the vendor's identifier is PersonalBridgeUnknownError, which identifier,
    get, lookup and parse give and accept.
    """

    PERSONAL_BRIDGE_BAD_REQUEST = 9001
    """Personal bridge intermediate server returned a BAD_REQUEST error.

    Group: Wireguard personal bridge errors.

    Retry: do not retry (inferred). The intermediate server rejects the same bad request again.

    Action: Check the personal bridge configuration sent to the intermediate server. (inferred)

    Wire value: 9001; the vendor's identifier is PersonalBridgeBadRequest, which identifier,
    get, lookup and parse give and accept.
    """

    PERSONAL_BRIDGE_FORBIDDEN = 9002
    """Personal bridge intermediate server returned a FORBIDDEN error.

    Group: Wireguard personal bridge errors.

    Retry: do not retry (inferred). A forbidden answer does not change between attempts.

    Action: Check that the user may use the personal bridge. (inferred)

    Wire value: 9002; the vendor's identifier is PersonalBridgeForbidden, which identifier, get,
    lookup and parse give and accept.
    """

    PERSONAL_BRIDGE_INTERNAL_SERVER_ERROR = 9003
    """Personal bridge intermediate server returned an INTERNAL_SERVER_ERROR error.

    Group: Wireguard personal bridge errors.

    Retry: retry with exponential backoff (inferred). An internal server error of the
    intermediate server is usually transient.

    Action: Connect again later with backoff. (inferred)

    Wire value: 9003; the vendor's identifier is PersonalBridgeInternalServerError, which
    identifier, get, lookup and parse give and accept.
    """

    PERSONAL_BRIDGE_NEXT_HOP_UNAVAILABLE = 9004
    """Personal bridge intermediate server is unavailable.

    Group: Wireguard personal bridge errors.

    Retry: retry with exponential backoff (inferred). An unavailable server is usually a
    transient condition.

    Action: Connect again later with backoff. (inferred)

    Wire value: 9004; the vendor's identifier is PersonalBridgeNextHopUnavailable, which
    identifier, get, lookup and parse give and accept.
    """

    PERSONAL_BRIDGE_NOT_AN_EXIT_NODE = 9005
    """Personal bridge intermediate server returned a NOT_AN_EXIT_NODE error.

    Group: Wireguard personal bridge errors.

    Retry: do not retry (inferred). The chosen node stays a non-exit node between attempts.

    Action: Choose a node that can act as the exit node. (inferred)

    Wire value: 9005; the vendor's identifier is PersonalBridgeNotAnExitNode, which identifier,
    get, lookup and parse give and accept.
    """

    PERSONAL_BRIDGE_TOO_MANY_HOPS = 9006
    """Personal bridge intermediate server returned a TOO_MANY_HOPS error.

    Group: Wireguard personal bridge errors.

    Retry: do not retry (inferred). The same route has too many hops on every attempt.

    Action: Use a route with fewer hops. (inferred)

    Wire value: 9006; the vendor's identifier is PersonalBridgeTooManyHops, which identifier,
    get, lookup and parse give and accept.
    """

    PERSONAL_BRIDGE_HOP_NOT_ALLOWED = 9007
    """Personal bridge intermediate server returned a HOP_NOT_ALLOWED error.

    Group: Wireguard personal bridge errors.

    Retry: do not retry (inferred). The hop stays disallowed between attempts.

    Action: Choose a route whose hops are allowed. (inferred)

    Wire value: 9007; the vendor's identifier is PersonalBridgeHopNotAllowed, which identifier,
    get, lookup and parse give and accept.
    """

    PERSONAL_BRIDGE_SESSION_NOT_FOUND = 9008
    """Personal bridge intermediate server returned a SESSION_NOT_FOUND error.

    Group: Wireguard personal bridge errors.

    Retry: reconnect the tunnel (inferred). A new connection creates a new session on the
    intermediate server.

    Action: Reconnect the tunnel to establish a new session. (inferred)

    Wire value: 9008; the vendor's identifier is PersonalBridgeSessionNotFound, which
    identifier, get, lookup and parse give and accept.
    """


# Each member's facts, in the members' order.
_FACTS = (
    Facts(
        identifier="None",
        group="success",
        group_title="Success codes",
        description="No error. Occurs when the service resets the last error on tunnel start.",
        retryable=False,
        retry_advice=RetryAdvice(
            "not-applicable",
            "documented",
            "The page lists it under success codes, so it is not an error.",
        ),
        stability="stable",
        doc="No error. Occurs when the service resets the last error on tunnel start.\n\nGroup: Success codes.\n\nRetry: not an error (documented). The page lists it under success codes, so it is not an error.\n\nWire value: 0; the vendor's identifier is None, which identifier, get, lookup and parse give and accept.",
    ),
    Facts(
        identifier="Config",
        group="hydra",
        group_title="Hydra protocol errors",
        description="Occurs when the Hydra configuration is invalid.",
        retryable=False,
        retry_advice=RetryAdvice("no-retry", "inferred", "The same invalid Hydra configuration fails again."),
        stability="stable",
        doc="Occurs when the Hydra configuration is invalid.\n\nGroup: Hydra protocol errors.\n\nRetry: do not retry (inferred). The same invalid Hydra configuration fails again.\n\nAction: Fix the Hydra configuration before connecting again. (inferred)\n\nWire value: 180; the vendor's identifier is Config, which identifier, get, lookup and parse give and accept.",
        action=Action("Fix the Hydra configuration before connecting again.", "inferred"),
    ),
    Facts(
        identifier="Broken",
        group="common",
        group_title="Сommon errors",
        description="Tunnel broken. Occurs when a connected tunnel unexpectedly broke for an unknown reason.",
        retryable=True,
        retry_advice=RetryAdvice(
            "reconnect-tunnel",
            "inferred",
            "An unexpected breakage of a connected tunnel is usually cleared by connecting again.",
        ),
        stability="stable",
        doc="Tunnel broken. Occurs when a connected tunnel unexpectedly broke for an unknown reason.\n\nGroup: Сommon errors.\n\nRetry: reconnect the tunnel (inferred). An unexpected breakage of a connected tunnel is usually cleared by connecting again.\n\nAction: Reconnect the tunnel with the same credentials. (inferred)\n\nWire value: 181; the vendor's identifier is Broken, which identifier, get, lookup and parse give and accept.",
        action=Action("Reconnect the tunnel with the same credentials.", "inferred"),
    ),
    Facts(
        identifier="Connect",
        group="common",
        group_title="Сommon errors",
        description="Tunnel connection failed.",
        retryable=True,
        retry_advice=RetryAdvice(
            "backoff",
            "inferred",
            "A failed connection attempt is often transient and may succeed on a later attempt.",
        ),
        stability="stable",
        doc="Tunnel connection failed.\n\nGroup: Сommon errors.\n\nRetry: retry with exponential backoff (inferred). A failed connection attempt is often transient and may succeed on a later attempt.\n\nAction: Try to connect again with backoff, and choose another location if it keeps failing. (inferred)\n\nWire value: 182; the vendor's identifier is Connect, which identifier, get, lookup and parse give and accept.",
        action=Action(
            "Try to connect again with backoff, and choose another location if it keeps failing.",
            "inferred",
        ),
    ),
    Facts(
        identifier="Internal",
        group="hydra",
        group_title="Hydra protocol errors",
        description="Internal Hydra protocol error.",
        retryable=True,
        retry_advice=RetryAdvice(
            "reconnect-tunnel",
            "inferred",
            "The page gives no cause; a new connection is the only recovery a client has.",
        ),
        stability="stable",
        doc="Internal Hydra protocol error.\n\nGroup: Hydra protocol errors.\n\nRetry: reconnect the tunnel (inferred). The page gives no cause; a new connection is the only recovery a client has.\n\nAction: Reconnect the tunnel, and collect debug logs if the error repeats. (inferred)\n\nWire value: 183; the vendor's identifier is Internal, which identifier, get, lookup and parse give and accept.",
        action=Action("Reconnect the tunnel, and collect debug logs if the error repeats.", "inferred"),
    ),
    Facts(
        identifier="ServerAuth",
        group="hydra",
        group_title="Hydra protocol errors",
        description="VPN node server reported an authentication error.",
        retryable=False,
        retry_advice=RetryAdvice("no-retry", "inferred", "The VPN node rejects the same credentials again."),
        stability="stable",
        doc="VPN node server reported an authentication error.\n\nGroup: Hydra protocol errors.\n\nRetry: do not retry (inferred). The VPN node rejects the same credentials again.\n\nAction: Obtain fresh credentials from the backend before connecting again. (inferred)\n\nWire value: 184; the vendor's identifier is ServerAuth, which identifier, get, lookup and parse give and accept.",
        action=Action("Obtain fresh credentials from the backend before connecting again.", "inferred"),
    ),
    Facts(
        identifier="CannotSend",
        group="hydra",
        group_title="Hydra protocol errors",
        description="Internal Hydra client communication issue. Occurs when traffic accumulates in the socket buffer but doesn't go out.",
        retryable=True,
        retry_advice=RetryAdvice(
            "reconnect-tunnel",
            "inferred",
            "Traffic stuck in the socket buffer means the tunnel is not working and needs a new connection.",
        ),
        stability="stable",
        doc="Internal Hydra client communication issue. Occurs when traffic accumulates in the socket buffer but doesn't go out.\n\nGroup: Hydra protocol errors.\n\nRetry: reconnect the tunnel (inferred). Traffic stuck in the socket buffer means the tunnel is not working and needs a new connection.\n\nAction: Reconnect the tunnel with the same credentials. (inferred)\n\nWire value: 185; the vendor's identifier is CannotSend, which identifier, get, lookup and parse give and accept.",
        action=Action("Reconnect the tunnel with the same credentials.", "inferred"),
    ),
    Facts(
        identifier="TimeSkew",
        group="hydra",
        group_title="Hydra protocol errors",
        description="Internal Hydra client communication issue. Can happen only when infrastructure problems occur.",
        retryable=True,
        retry_advice=RetryAdvice(
            "backoff",
            "inferred",
            "The page ties it to infrastructure problems, which are usually transient.",
        ),
        stability="stable",
        doc="Internal Hydra client communication issue. Can happen only when infrastructure problems occur.\n\nGroup: Hydra protocol errors.\n\nRetry: retry with exponential backoff (inferred). The page ties it to infrastructure problems, which are usually transient.\n\nAction: Connect again later with backoff, and check the device clock if the error persists. (inferred)\n\nWire value: 186; the vendor's identifier is TimeSkew, which identifier, get, lookup and parse give and accept.",
        action=Action(
            "Connect again later with backoff, and check the device clock if the error persists.",
            "inferred",
        ),
    ),
    Facts(
        identifier="DcnSrvSwitch",
        group="hydra",
        group_title="Hydra protocol errors",
        description="Tunnel was broken for a server-side reason. Can happen only when infrastructure problems occur.",
        retryable=True,
        retry_advice=RetryAdvice(
            "reconnect-tunnel",
            "inferred",
            "The server ended the tunnel for an infrastructure reason, so a new connection is expected to succeed.",
        ),
        stability="stable",
        doc="Tunnel was broken for a server-side reason. Can happen only when infrastructure problems occur.\n\nGroup: Hydra protocol errors.\n\nRetry: reconnect the tunnel (inferred). The server ended the tunnel for an infrastructure reason, so a new connection is expected to succeed.\n\nAction: Reconnect the tunnel with the same credentials. (inferred)\n\nWire value: 190; the vendor's identifier is DcnSrvSwitch, which identifier, get, lookup and parse give and accept.",
        action=Action("Reconnect the tunnel with the same credentials.", "inferred"),
    ),
    Facts(
        identifier="DcnBlockedBw",
        group="common",
        group_title="Сommon errors",
        description="Hydra or OpenVpn tunnel was broken by the server side because the traffic limit was exceeded.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "inferred",
            "The traffic limit stays exceeded, so the server blocks a new tunnel too.",
        ),
        stability="stable",
        doc="Hydra or OpenVpn tunnel was broken by the server side because the traffic limit was exceeded.\n\nGroup: Сommon errors.\n\nRetry: do not retry (inferred). The traffic limit stays exceeded, so the server blocks a new tunnel too.\n\nAction: Do not reconnect until the user's traffic limit is raised or reset. (inferred)\n\nWire value: 191; the vendor's identifier is DcnBlockedBw, which identifier, get, lookup and parse give and accept.",
        action=Action("Do not reconnect until the user's traffic limit is raised or reset.", "inferred"),
    ),
    Facts(
        identifier="DcnBlockedAbuse",
        group="hydra",
        group_title="Hydra protocol errors",
        description="Tunnel was broken by the server side because abuse traffic was detected.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "inferred",
            "The server blocked the tunnel for abuse, so a new tunnel would be blocked too.",
        ),
        stability="stable",
        doc="Tunnel was broken by the server side because abuse traffic was detected.\n\nGroup: Hydra protocol errors.\n\nRetry: do not retry (inferred). The server blocked the tunnel for abuse, so a new tunnel would be blocked too.\n\nAction: Do not reconnect automatically; tell the user that the server blocked the connection for abuse traffic. (inferred)\n\nWire value: 192; the vendor's identifier is DcnBlockedAbuse, which identifier, get, lookup and parse give and accept.",
        action=Action(
            "Do not reconnect automatically; tell the user that the server blocked the connection for abuse traffic.",
            "inferred",
        ),
    ),
    Facts(
        identifier="DcnBlockedMalware",
        group="hydra",
        group_title="Hydra protocol errors",
        description="Tunnel was broken by the server side because malicious traffic was detected.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "inferred",
            "The server blocked the tunnel for malicious traffic, so a new tunnel would be blocked too.",
        ),
        stability="stable",
        doc="Tunnel was broken by the server side because malicious traffic was detected.\n\nGroup: Hydra protocol errors.\n\nRetry: do not retry (inferred). The server blocked the tunnel for malicious traffic, so a new tunnel would be blocked too.\n\nAction: Do not reconnect automatically; tell the user that the server blocked the connection for malicious traffic. (inferred)\n\nWire value: 193; the vendor's identifier is DcnBlockedMalware, which identifier, get, lookup and parse give and accept.",
        action=Action(
            "Do not reconnect automatically; tell the user that the server blocked the connection for malicious traffic.",
            "inferred",
        ),
    ),
    Facts(
        identifier="DcnBlockedMisc",
        group="hydra",
        group_title="Hydra protocol errors",
        description="Tunnel was broken by the server side for an unknown reason.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "inferred",
            "The server blocked the tunnel, and the page gives no reason that a reconnection would clear.",
        ),
        stability="stable",
        doc="Tunnel was broken by the server side for an unknown reason.\n\nGroup: Hydra protocol errors.\n\nRetry: do not retry (inferred). The server blocked the tunnel, and the page gives no reason that a reconnection would clear.\n\nAction: Do not reconnect automatically; log the error and report it if it repeats. (inferred)\n\nWire value: 194; the vendor's identifier is DcnBlockedMisc, which identifier, get, lookup and parse give and accept.",
        action=Action("Do not reconnect automatically; log the error and report it if it repeats.", "inferred"),
    ),
    Facts(
        identifier="DcnReqByCliapp",
        group="hydra",
        group_title="Hydra protocol errors",
        description="Tunnel was broken by the server side.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "inferred",
            "The name suggests the disconnect was requested by the client application, so reconnecting would go against that request.",
        ),
        stability="stable",
        doc="Tunnel was broken by the server side.\n\nGroup: Hydra protocol errors.\n\nRetry: do not retry (inferred). The name suggests the disconnect was requested by the client application, so reconnecting would go against that request.\n\nAction: Do not reconnect automatically; check whether the client application requested the disconnect. (inferred)\n\nWire value: 195; the vendor's identifier is DcnReqByCliapp, which identifier, get, lookup and parse give and accept.",
        action=Action(
            "Do not reconnect automatically; check whether the client application requested the disconnect.",
            "inferred",
        ),
    ),
    Facts(
        identifier="DcnBlockedAuth",
        group="hydra",
        group_title="Hydra protocol errors",
        description="Tunnel was broken by the server side with an authentication error.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "inferred",
            "The server rejected the tunnel's authentication, so the same credentials fail again.",
        ),
        stability="stable",
        doc="Tunnel was broken by the server side with an authentication error.\n\nGroup: Hydra protocol errors.\n\nRetry: do not retry (inferred). The server rejected the tunnel's authentication, so the same credentials fail again.\n\nAction: Obtain fresh credentials from the backend before connecting again. (inferred)\n\nWire value: 196; the vendor's identifier is DcnBlockedAuth, which identifier, get, lookup and parse give and accept.",
        action=Action("Obtain fresh credentials from the backend before connecting again.", "inferred"),
    ),
    Facts(
        identifier="DcnSrvFull",
        group="hydra",
        group_title="Hydra protocol errors",
        description="Hydra tunnel was stopped on the server side because the VPN node server is full.",
        retryable=True,
        retry_advice=RetryAdvice(
            "reconnect-tunnel",
            "inferred",
            "A new connection can be placed on a VPN node with free capacity.",
        ),
        stability="stable",
        doc="Hydra tunnel was stopped on the server side because the VPN node server is full.\n\nGroup: Hydra protocol errors.\n\nRetry: reconnect the tunnel (inferred). A new connection can be placed on a VPN node with free capacity.\n\nAction: Reconnect the tunnel, preferably to another server or location. (inferred)\n\nWire value: 197; the vendor's identifier is DcnSrvFull, which identifier, get, lookup and parse give and accept.",
        action=Action("Reconnect the tunnel, preferably to another server or location.", "inferred"),
    ),
    Facts(
        identifier="InvalidState",
        group="hydra",
        group_title="Hydra protocol errors",
        description="Hydra client error when the client cannot process the tunnel state correctly.",
        retryable=True,
        retry_advice=RetryAdvice(
            "reconnect-tunnel",
            "inferred",
            "A new connection starts the Hydra client from a clean tunnel state.",
        ),
        stability="stable",
        doc="Hydra client error when the client cannot process the tunnel state correctly.\n\nGroup: Hydra protocol errors.\n\nRetry: reconnect the tunnel (inferred). A new connection starts the Hydra client from a clean tunnel state.\n\nAction: Reconnect the tunnel, and collect debug logs if the error repeats. (inferred)\n\nWire value: 4097; the vendor's identifier is InvalidState, which identifier, get, lookup and parse give and accept.",
        action=Action("Reconnect the tunnel, and collect debug logs if the error repeats.", "inferred"),
    ),
    Facts(
        identifier="AccessDenied",
        group="hydra",
        group_title="Hydra protocol errors",
        description="Hydra client permissions error.",
        retryable=False,
        retry_advice=RetryAdvice("no-retry", "inferred", "Missing permissions do not change between attempts."),
        stability="stable",
        doc="Hydra client permissions error.\n\nGroup: Hydra protocol errors.\n\nRetry: do not retry (inferred). Missing permissions do not change between attempts.\n\nAction: Check that the SDK service and Hydra client run with the permissions they need. (inferred)\n\nWire value: 4098; the vendor's identifier is AccessDenied, which identifier, get, lookup and parse give and accept.",
        action=Action("Check that the SDK service and Hydra client run with the permissions they need.", "inferred"),
    ),
    Facts(
        identifier="ComException",
        group="hydra",
        group_title="Hydra protocol errors",
        description="Hydra client internal error.",
        retryable=False,
        retry_advice=RetryAdvice("no-retry", "inferred", "The page gives no cause that a retry would clear."),
        stability="stable",
        doc="Hydra client internal error.\n\nGroup: Hydra protocol errors.\n\nRetry: do not retry (inferred). The page gives no cause that a retry would clear.\n\nAction: Collect debug logs and restart the SDK service if the error repeats. (inferred)\n\nWire value: 4099; the vendor's identifier is ComException, which identifier, get, lookup and parse give and accept.",
        action=Action("Collect debug logs and restart the SDK service if the error repeats.", "inferred"),
    ),
    Facts(
        identifier="ComInvalidCastException",
        group="hydra",
        group_title="Hydra protocol errors",
        description="Hydra client internal error. Occurs when internal COM calls failed for any reason.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "inferred",
            "A failed internal COM call is not known to clear on a retry.",
        ),
        stability="stable",
        doc="Hydra client internal error. Occurs when internal COM calls failed for any reason.\n\nGroup: Hydra protocol errors.\n\nRetry: do not retry (inferred). A failed internal COM call is not known to clear on a retry.\n\nAction: Collect debug logs and restart the SDK service if the error repeats. (inferred)\n\nWire value: 4100; the vendor's identifier is ComInvalidCastException, which identifier, get, lookup and parse give and accept.",
        action=Action("Collect debug logs and restart the SDK service if the error repeats.", "inferred"),
    ),
    Facts(
        identifier="StartVpnFailed",
        group="common",
        group_title="Сommon errors",
        description="Tunnel connection failed. Details can be found in the error message.",
        retryable=True,
        retry_advice=RetryAdvice(
            "backoff",
            "inferred",
            "A failed tunnel start is often transient, but the error message may show a cause that retries cannot clear.",
        ),
        stability="stable",
        doc="Tunnel connection failed. Details can be found in the error message.\n\nGroup: Сommon errors.\n\nRetry: retry with exponential backoff (inferred). A failed tunnel start is often transient, but the error message may show a cause that retries cannot clear.\n\nAction: Read the error message for the cause, and retry with backoff only if the cause is transient. (inferred)\n\nWire value: 8192; the vendor's identifier is StartVpnFailed, which identifier, get, lookup and parse give and accept.",
        action=Action(
            "Read the error message for the cause, and retry with backoff only if the cause is transient.",
            "inferred",
        ),
    ),
    Facts(
        identifier="DisconnectedBeforeConnected",
        group="common",
        group_title="Сommon errors",
        description="Tunnel connection failed because the tunnel unexpectedly disconnected during connection without any errors.",
        retryable=True,
        retry_advice=RetryAdvice(
            "backoff",
            "inferred",
            "A disconnection during connection without any error is likely transient.",
        ),
        stability="stable",
        doc="Tunnel connection failed because the tunnel unexpectedly disconnected during connection without any errors.\n\nGroup: Сommon errors.\n\nRetry: retry with exponential backoff (inferred). A disconnection during connection without any error is likely transient.\n\nAction: Try to connect again with backoff. (inferred)\n\nWire value: 8193; the vendor's identifier is DisconnectedBeforeConnected, which identifier, get, lookup and parse give and accept.",
        action=Action("Try to connect again with backoff.", "inferred"),
    ),
    Facts(
        identifier="ConnectionTimeout",
        group="common",
        group_title="Сommon errors",
        description="Tunnel got stuck in the Connecting state and was aborted by timeout.",
        retryable=True,
        retry_advice=RetryAdvice(
            "backoff",
            "inferred",
            "A connection timeout is usually a transient network or server condition.",
        ),
        stability="stable",
        doc="Tunnel got stuck in the Connecting state and was aborted by timeout.\n\nGroup: Сommon errors.\n\nRetry: retry with exponential backoff (inferred). A connection timeout is usually a transient network or server condition.\n\nAction: Try to connect again with backoff, or choose another location. (inferred)\n\nWire value: 8194; the vendor's identifier is ConnectionTimeout, which identifier, get, lookup and parse give and accept.",
        action=Action("Try to connect again with backoff, or choose another location.", "inferred"),
    ),
    Facts(
        identifier="DisconnectedAfterStart",
        group="common",
        group_title="Сommon errors",
        description="Tunnel was connected successfully but unexpectedly disconnected within 10 seconds after start without any errors.",
        retryable=True,
        retry_advice=RetryAdvice(
            "reconnect-tunnel",
            "inferred",
            "The tunnel did connect, so connecting again with the same credentials can restore it.",
        ),
        stability="stable",
        doc="Tunnel was connected successfully but unexpectedly disconnected within 10 seconds after start without any errors.\n\nGroup: Сommon errors.\n\nRetry: reconnect the tunnel (inferred). The tunnel did connect, so connecting again with the same credentials can restore it.\n\nAction: Reconnect the tunnel with the same credentials. (inferred)\n\nWire value: 8195; the vendor's identifier is DisconnectedAfterStart, which identifier, get, lookup and parse give and accept.",
        action=Action("Reconnect the tunnel with the same credentials.", "inferred"),
    ),
    Facts(
        identifier="StoppedAfterStart",
        group="common",
        group_title="Сommon errors",
        description="Tunnel client reported Connected but the service cannot find an active network adapter. Usually occurs when the tunnel client crashes right after a successful connection.",
        retryable=True,
        retry_advice=RetryAdvice(
            "reconnect-tunnel",
            "inferred",
            "A tunnel client crash right after connecting may not repeat on a new connection.",
        ),
        stability="stable",
        doc="Tunnel client reported Connected but the service cannot find an active network adapter. Usually occurs when the tunnel client crashes right after a successful connection.\n\nGroup: Сommon errors.\n\nRetry: reconnect the tunnel (inferred). A tunnel client crash right after connecting may not repeat on a new connection.\n\nAction: Reconnect the tunnel, and collect debug logs if the tunnel client keeps crashing. (inferred)\n\nWire value: 8196; the vendor's identifier is StoppedAfterStart, which identifier, get, lookup and parse give and accept.",
        action=Action("Reconnect the tunnel, and collect debug logs if the tunnel client keeps crashing.", "inferred"),
    ),
    Facts(
        identifier="TunnelExited",
        group="common",
        group_title="Сommon errors",
        description="Tunnel client was unexpectedly terminated.",
        retryable=True,
        retry_advice=RetryAdvice(
            "reconnect-tunnel",
            "inferred",
            "An unexpected termination of the tunnel client breaks the tunnel, which a reconnection restores.",
        ),
        stability="stable",
        doc="Tunnel client was unexpectedly terminated.\n\nGroup: Сommon errors.\n\nRetry: reconnect the tunnel (inferred). An unexpected termination of the tunnel client breaks the tunnel, which a reconnection restores.\n\nAction: Reconnect the tunnel with the same credentials. (inferred)\n\nWire value: 8197; the vendor's identifier is TunnelExited, which identifier, get, lookup and parse give and accept.",
        action=Action("Reconnect the tunnel with the same credentials.", "inferred"),
    ),
    Facts(
        identifier="PrimaryNetworkInterfaceChanged",
        group="common",
        group_title="Сommon errors",
        description="Primary network interface changed but the SDK doesn't support hot-switching between networks. We recommend reconnecting the tunnel with the same credentials when this error occurs.",
        retryable=True,
        retry_advice=RetryAdvice(
            "reconnect-tunnel",
            "documented",
            "The page recommends reconnecting the tunnel with the same credentials when this error occurs.",
        ),
        stability="stable",
        doc="Primary network interface changed but the SDK doesn't support hot-switching between networks. We recommend reconnecting the tunnel with the same credentials when this error occurs.\n\nGroup: Сommon errors.\n\nRetry: reconnect the tunnel (documented). The page recommends reconnecting the tunnel with the same credentials when this error occurs.\n\nAction: Reconnect the tunnel with the same credentials. (documented)\n\nWire value: 8198; the vendor's identifier is PrimaryNetworkInterfaceChanged, which identifier, get, lookup and parse give and accept.",
        action=Action("Reconnect the tunnel with the same credentials.", "documented"),
    ),
    Facts(
        identifier="TrafficLeak",
        group="common",
        group_title="Сommon errors",
        description="Traffic is leaking outside the tunnel. Occurs when the routing table was changed by a third party.",
        retryable=True,
        retry_advice=RetryAdvice(
            "reconnect-tunnel",
            "inferred",
            "Reconnecting restores the tunnel's routes, though the third party may change them again.",
        ),
        stability="stable",
        doc="Traffic is leaking outside the tunnel. Occurs when the routing table was changed by a third party.\n\nGroup: Сommon errors.\n\nRetry: reconnect the tunnel (inferred). Reconnecting restores the tunnel's routes, though the third party may change them again.\n\nAction: Reconnect the tunnel to restore its routes, and find the third-party software that changes the routing table. (inferred)\n\nWire value: 8199; the vendor's identifier is TrafficLeak, which identifier, get, lookup and parse give and accept.",
        action=Action(
            "Reconnect the tunnel to restore its routes, and find the third-party software that changes the routing table.",
            "inferred",
        ),
    ),
    Facts(
        identifier="TunnelBroken",
        group="common",
        group_title="Сommon errors",
        description="Occurs when the tunnel is connected but traffic is not going through the tunnel for 30 seconds. That means that all health check requests through the tunnel failed with an error.",
        retryable=True,
        retry_advice=RetryAdvice(
            "reconnect-tunnel",
            "inferred",
            "A tunnel that carries no traffic is broken and needs a new connection.",
        ),
        stability="stable",
        doc="Occurs when the tunnel is connected but traffic is not going through the tunnel for 30 seconds. That means that all health check requests through the tunnel failed with an error.\n\nGroup: Сommon errors.\n\nRetry: reconnect the tunnel (inferred). A tunnel that carries no traffic is broken and needs a new connection.\n\nAction: Reconnect the tunnel with the same credentials. (inferred)\n\nWire value: 8200; the vendor's identifier is TunnelBroken, which identifier, get, lookup and parse give and accept.",
        action=Action("Reconnect the tunnel with the same credentials.", "inferred"),
    ),
    Facts(
        identifier="TunnelProcessStartFailed",
        group="common",
        group_title="Сommon errors",
        description="Service cannot start the tunnel client process for any reason.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "inferred",
            "A tunnel client process that cannot start usually points to an installation or system problem that retries do not clear.",
        ),
        stability="stable",
        doc="Service cannot start the tunnel client process for any reason.\n\nGroup: Сommon errors.\n\nRetry: do not retry (inferred). A tunnel client process that cannot start usually points to an installation or system problem that retries do not clear.\n\nAction: Check the SDK installation and the service logs for why the tunnel client process cannot start. (inferred)\n\nWire value: 8201; the vendor's identifier is TunnelProcessStartFailed, which identifier, get, lookup and parse give and accept.",
        action=Action(
            "Check the SDK installation and the service logs for why the tunnel client process cannot start.",
            "inferred",
        ),
    ),
    Facts(
        identifier="InvalidConfiguration",
        group="common",
        group_title="Сommon errors",
        description="Error occurs when StartVpnRequest validation failed.",
        retryable=False,
        retry_advice=RetryAdvice("no-retry", "inferred", "The same invalid StartVpnRequest fails validation again."),
        stability="stable",
        doc="Error occurs when StartVpnRequest validation failed.\n\nGroup: Сommon errors.\n\nRetry: do not retry (inferred). The same invalid StartVpnRequest fails validation again.\n\nAction: Fix the StartVpnRequest parameters before connecting again. (inferred)\n\nWire value: 8202; the vendor's identifier is InvalidConfiguration, which identifier, get, lookup and parse give and accept.",
        action=Action("Fix the StartVpnRequest parameters before connecting again.", "inferred"),
    ),
    Facts(
        identifier="InvalidTunnelNetworkIndefaceIndex",
        group="common",
        group_title="Сommon errors",
        description="Tunnel successfully connected but the SDK service cannot determine the tunnel network adapter.",
        retryable=True,
        retry_advice=RetryAdvice(
            "reconnect-tunnel",
            "inferred",
            "A new connection may let the service find the tunnel network adapter, although a driver problem would persist.",
        ),
        stability="stable",
        doc="Tunnel successfully connected but the SDK service cannot determine the tunnel network adapter.\n\nGroup: Сommon errors.\n\nRetry: reconnect the tunnel (inferred). A new connection may let the service find the tunnel network adapter, although a driver problem would persist.\n\nAction: Reconnect the tunnel, and check the tunnel network adapter if the error repeats. (inferred)\n\nName lookups also accept InvalidTunnelNetworkInterfaceIndex.\n\nWire value: 8203; the vendor's identifier is InvalidTunnelNetworkIndefaceIndex, which identifier, get, lookup and parse give and accept.",
        action=Action("Reconnect the tunnel, and check the tunnel network adapter if the error repeats.", "inferred"),
    ),
    Facts(
        identifier="StopVpnFailed",
        group="common",
        group_title="Сommon errors",
        description="Service cannot stop a tunnel for any reason.",
        retryable=True,
        retry_advice=RetryAdvice("backoff", "inferred", "A stop request that failed may succeed on a later attempt."),
        stability="stable",
        doc="Service cannot stop a tunnel for any reason.\n\nGroup: Сommon errors.\n\nRetry: retry with exponential backoff (inferred). A stop request that failed may succeed on a later attempt.\n\nAction: Send the stop request again with backoff, and restart the service if it keeps failing. (inferred)\n\nWire value: 8204; the vendor's identifier is StopVpnFailed, which identifier, get, lookup and parse give and accept.",
        action=Action(
            "Send the stop request again with backoff, and restart the service if it keeps failing.",
            "inferred",
        ),
    ),
    Facts(
        identifier="WfpSessionCreationFailed",
        group="common",
        group_title="Сommon errors",
        description="Error occurs when the SDK service cannot create a Windows Filtering Platform session for tunnel traffic protection.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "inferred",
            "Failing to create a Windows Filtering Platform session is a system condition that retries do not clear.",
        ),
        stability="stable",
        doc="Error occurs when the SDK service cannot create a Windows Filtering Platform session for tunnel traffic protection.\n\nGroup: Сommon errors.\n\nRetry: do not retry (inferred). Failing to create a Windows Filtering Platform session is a system condition that retries do not clear.\n\nAction: Check that the Windows Filtering Platform (Base Filtering Engine) is available to the service. (inferred)\n\nWire value: 8205; the vendor's identifier is WfpSessionCreationFailed, which identifier, get, lookup and parse give and accept.",
        action=Action(
            "Check that the Windows Filtering Platform (Base Filtering Engine) is available to the service.",
            "inferred",
        ),
    ),
    Facts(
        identifier="ConnectionCanceled",
        group="common",
        group_title="Сommon errors",
        description="Connection process was successfully canceled by client application request.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "inferred",
            "The client application asked for the cancellation, so reconnecting would go against its request.",
        ),
        stability="stable",
        doc="Connection process was successfully canceled by client application request.\n\nGroup: Сommon errors.\n\nRetry: do not retry (inferred). The client application asked for the cancellation, so reconnecting would go against its request.\n\nAction: Treat the cancellation as intended and do not reconnect automatically. (inferred)\n\nWire value: 8206; the vendor's identifier is ConnectionCanceled, which identifier, get, lookup and parse give and accept.",
        action=Action("Treat the cancellation as intended and do not reconnect automatically.", "inferred"),
    ),
    Facts(
        identifier="InvalidFireshieldConfiguration",
        group="hydra",
        group_title="Hydra protocol errors",
        description="Hydra fireshield configuration is invalid.",
        retryable=False,
        retry_advice=RetryAdvice("no-retry", "inferred", "The same invalid fireshield configuration fails again."),
        stability="stable",
        doc="Hydra fireshield configuration is invalid.\n\nGroup: Hydra protocol errors.\n\nRetry: do not retry (inferred). The same invalid fireshield configuration fails again.\n\nAction: Fix the fireshield configuration before connecting again. (inferred)\n\nWire value: 8207; the vendor's identifier is InvalidFireshieldConfiguration, which identifier, get, lookup and parse give and accept.",
        action=Action("Fix the fireshield configuration before connecting again.", "inferred"),
    ),
    Facts(
        identifier="NoInternetConnection",
        group="common",
        group_title="Сommon errors",
        description="Tunnel error occurred and the internet connection check failed for the primary network adapter.",
        retryable=True,
        retry_advice=RetryAdvice(
            "reconnect-tunnel",
            "inferred",
            "The tunnel can be reconnected once the primary network adapter has internet connectivity again.",
        ),
        stability="stable",
        doc="Tunnel error occurred and the internet connection check failed for the primary network adapter.\n\nGroup: Сommon errors.\n\nRetry: reconnect the tunnel (inferred). The tunnel can be reconnected once the primary network adapter has internet connectivity again.\n\nAction: Wait until the network is back, then reconnect the tunnel with the same credentials. (inferred)\n\nWire value: 8208; the vendor's identifier is NoInternetConnection, which identifier, get, lookup and parse give and accept.",
        action=Action(
            "Wait until the network is back, then reconnect the tunnel with the same credentials.",
            "inferred",
        ),
    ),
    Facts(
        identifier="PersonalBridgeUnknownError",
        group="wireguard-personal-bridge",
        group_title="Wireguard personal bridge errors",
        description="Personal bridge intermediate server returned an unknown error.",
        retryable=False,
        retry_advice=RetryAdvice(
            "no-retry",
            "inferred",
            "The page gives no cause, so a blind retry is not known to help.",
        ),
        stability="stable",
        doc="Personal bridge intermediate server returned an unknown error.\n\nGroup: Wireguard personal bridge errors.\n\nRetry: do not retry (inferred). The page gives no cause, so a blind retry is not known to help.\n\nAction: Log the error and report it if it repeats. (inferred)\n\nWire value: 9000; the vendor's identifier is PersonalBridgeUnknownError, which identifier, get, lookup and parse give and accept.",
        action=Action("Log the error and report it if it repeats.", "inferred"),
    ),
    Facts(
        identifier="PersonalBridgeBadRequest",
        group="wireguard-personal-bridge",
        group_title="Wireguard personal bridge errors",
        description="Personal bridge intermediate server returned a BAD_REQUEST error.",
        retryable=False,
        retry_advice=RetryAdvice("no-retry", "inferred", "The intermediate server rejects the same bad request again."),
        stability="stable",
        doc="Personal bridge intermediate server returned a BAD_REQUEST error.\n\nGroup: Wireguard personal bridge errors.\n\nRetry: do not retry (inferred). The intermediate server rejects the same bad request again.\n\nAction: Check the personal bridge configuration sent to the intermediate server. (inferred)\n\nWire value: 9001; the vendor's identifier is PersonalBridgeBadRequest, which identifier, get, lookup and parse give and accept.",
        action=Action("Check the personal bridge configuration sent to the intermediate server.", "inferred"),
    ),
    Facts(
        identifier="PersonalBridgeForbidden",
        group="wireguard-personal-bridge",
        group_title="Wireguard personal bridge errors",
        description="Personal bridge intermediate server returned a FORBIDDEN error.",
        retryable=False,
        retry_advice=RetryAdvice("no-retry", "inferred", "A forbidden answer does not change between attempts."),
        stability="stable",
        doc="Personal bridge intermediate server returned a FORBIDDEN error.\n\nGroup: Wireguard personal bridge errors.\n\nRetry: do not retry (inferred). A forbidden answer does not change between attempts.\n\nAction: Check that the user may use the personal bridge. (inferred)\n\nWire value: 9002; the vendor's identifier is PersonalBridgeForbidden, which identifier, get, lookup and parse give and accept.",
        action=Action("Check that the user may use the personal bridge.", "inferred"),
    ),
    Facts(
        identifier="PersonalBridgeInternalServerError",
        group="wireguard-personal-bridge",
        group_title="Wireguard personal bridge errors",
        description="Personal bridge intermediate server returned an INTERNAL_SERVER_ERROR error.",
        retryable=True,
        retry_advice=RetryAdvice(
            "backoff",
            "inferred",
            "An internal server error of the intermediate server is usually transient.",
        ),
        stability="stable",
        doc="Personal bridge intermediate server returned an INTERNAL_SERVER_ERROR error.\n\nGroup: Wireguard personal bridge errors.\n\nRetry: retry with exponential backoff (inferred). An internal server error of the intermediate server is usually transient.\n\nAction: Connect again later with backoff. (inferred)\n\nWire value: 9003; the vendor's identifier is PersonalBridgeInternalServerError, which identifier, get, lookup and parse give and accept.",
        action=Action("Connect again later with backoff.", "inferred"),
    ),
    Facts(
        identifier="PersonalBridgeNextHopUnavailable",
        group="wireguard-personal-bridge",
        group_title="Wireguard personal bridge errors",
        description="Personal bridge intermediate server is unavailable.",
        retryable=True,
        retry_advice=RetryAdvice("backoff", "inferred", "An unavailable server is usually a transient condition."),
        stability="stable",
        doc="Personal bridge intermediate server is unavailable.\n\nGroup: Wireguard personal bridge errors.\n\nRetry: retry with exponential backoff (inferred). An unavailable server is usually a transient condition.\n\nAction: Connect again later with backoff. (inferred)\n\nWire value: 9004; the vendor's identifier is PersonalBridgeNextHopUnavailable, which identifier, get, lookup and parse give and accept.",
        action=Action("Connect again later with backoff.", "inferred"),
    ),
    Facts(
        identifier="PersonalBridgeNotAnExitNode",
        group="wireguard-personal-bridge",
        group_title="Wireguard personal bridge errors",
        description="Personal bridge intermediate server returned a NOT_AN_EXIT_NODE error.",
        retryable=False,
        retry_advice=RetryAdvice("no-retry", "inferred", "The chosen node stays a non-exit node between attempts."),
        stability="stable",
        doc="Personal bridge intermediate server returned a NOT_AN_EXIT_NODE error.\n\nGroup: Wireguard personal bridge errors.\n\nRetry: do not retry (inferred). The chosen node stays a non-exit node between attempts.\n\nAction: Choose a node that can act as the exit node. (inferred)\n\nWire value: 9005; the vendor's identifier is PersonalBridgeNotAnExitNode, which identifier, get, lookup and parse give and accept.",
        action=Action("Choose a node that can act as the exit node.", "inferred"),
    ),
    Facts(
        identifier="PersonalBridgeTooManyHops",
        group="wireguard-personal-bridge",
        group_title="Wireguard personal bridge errors",
        description="Personal bridge intermediate server returned a TOO_MANY_HOPS error.",
        retryable=False,
        retry_advice=RetryAdvice("no-retry", "inferred", "The same route has too many hops on every attempt."),
        stability="stable",
        doc="Personal bridge intermediate server returned a TOO_MANY_HOPS error.\n\nGroup: Wireguard personal bridge errors.\n\nRetry: do not retry (inferred). The same route has too many hops on every attempt.\n\nAction: Use a route with fewer hops. (inferred)\n\nWire value: 9006; the vendor's identifier is PersonalBridgeTooManyHops, which identifier, get, lookup and parse give and accept.",
        action=Action("Use a route with fewer hops.", "inferred"),
    ),
    Facts(
        identifier="PersonalBridgeHopNotAllowed",
        group="wireguard-personal-bridge",
        group_title="Wireguard personal bridge errors",
        description="Personal bridge intermediate server returned a HOP_NOT_ALLOWED error.",
        retryable=False,
        retry_advice=RetryAdvice("no-retry", "inferred", "The hop stays disallowed between attempts."),
        stability="stable",
        doc="Personal bridge intermediate server returned a HOP_NOT_ALLOWED error.\n\nGroup: Wireguard personal bridge errors.\n\nRetry: do not retry (inferred). The hop stays disallowed between attempts.\n\nAction: Choose a route whose hops are allowed. (inferred)\n\nWire value: 9007; the vendor's identifier is PersonalBridgeHopNotAllowed, which identifier, get, lookup and parse give and accept.",
        action=Action("Choose a route whose hops are allowed.", "inferred"),
    ),
    Facts(
        identifier="PersonalBridgeSessionNotFound",
        group="wireguard-personal-bridge",
        group_title="Wireguard personal bridge errors",
        description="Personal bridge intermediate server returned a SESSION_NOT_FOUND error.",
        retryable=True,
        retry_advice=RetryAdvice(
            "reconnect-tunnel",
            "inferred",
            "A new connection creates a new session on the intermediate server.",
        ),
        stability="stable",
        doc="Personal bridge intermediate server returned a SESSION_NOT_FOUND error.\n\nGroup: Wireguard personal bridge errors.\n\nRetry: reconnect the tunnel (inferred). A new connection creates a new session on the intermediate server.\n\nAction: Reconnect the tunnel to establish a new session. (inferred)\n\nWire value: 9008; the vendor's identifier is PersonalBridgeSessionNotFound, which identifier, get, lookup and parse give and accept.",
        action=Action("Reconnect the tunnel to establish a new session.", "inferred"),
    ),
)

# Every key a lookup accepts, the catalog's priority applied: the key, the member's index, how the key names it.
_KEYS = (
    ("None", 0, "name"),
    ("Config", 1, "name"),
    ("Broken", 2, "name"),
    ("Connect", 3, "name"),
    ("Internal", 4, "name"),
    ("ServerAuth", 5, "name"),
    ("CannotSend", 6, "name"),
    ("TimeSkew", 7, "name"),
    ("DcnSrvSwitch", 8, "name"),
    ("DcnBlockedBw", 9, "name"),
    ("DcnBlockedAbuse", 10, "name"),
    ("DcnBlockedMalware", 11, "name"),
    ("DcnBlockedMisc", 12, "name"),
    ("DcnReqByCliapp", 13, "name"),
    ("DcnBlockedAuth", 14, "name"),
    ("DcnSrvFull", 15, "name"),
    ("InvalidState", 16, "name"),
    ("AccessDenied", 17, "name"),
    ("ComException", 18, "name"),
    ("ComInvalidCastException", 19, "name"),
    ("StartVpnFailed", 20, "name"),
    ("DisconnectedBeforeConnected", 21, "name"),
    ("ConnectionTimeout", 22, "name"),
    ("DisconnectedAfterStart", 23, "name"),
    ("StoppedAfterStart", 24, "name"),
    ("TunnelExited", 25, "name"),
    ("PrimaryNetworkInterfaceChanged", 26, "name"),
    ("TrafficLeak", 27, "name"),
    ("TunnelBroken", 28, "name"),
    ("TunnelProcessStartFailed", 29, "name"),
    ("InvalidConfiguration", 30, "name"),
    ("InvalidTunnelNetworkIndefaceIndex", 31, "name"),
    ("StopVpnFailed", 32, "name"),
    ("WfpSessionCreationFailed", 33, "name"),
    ("ConnectionCanceled", 34, "name"),
    ("InvalidFireshieldConfiguration", 35, "name"),
    ("NoInternetConnection", 36, "name"),
    ("PersonalBridgeUnknownError", 37, "name"),
    ("PersonalBridgeBadRequest", 38, "name"),
    ("PersonalBridgeForbidden", 39, "name"),
    ("PersonalBridgeInternalServerError", 40, "name"),
    ("PersonalBridgeNextHopUnavailable", 41, "name"),
    ("PersonalBridgeNotAnExitNode", 42, "name"),
    ("PersonalBridgeTooManyHops", 43, "name"),
    ("PersonalBridgeHopNotAllowed", 44, "name"),
    ("PersonalBridgeSessionNotFound", 45, "name"),
    ("InvalidTunnelNetworkInterfaceIndex", 31, "alias"),
    (0, 0, "value"),
    ("0", 0, "value"),
    (180, 1, "value"),
    ("180", 1, "value"),
    (181, 2, "value"),
    ("181", 2, "value"),
    (182, 3, "value"),
    ("182", 3, "value"),
    (183, 4, "value"),
    ("183", 4, "value"),
    (184, 5, "value"),
    ("184", 5, "value"),
    (185, 6, "value"),
    ("185", 6, "value"),
    (186, 7, "value"),
    ("186", 7, "value"),
    (190, 8, "value"),
    ("190", 8, "value"),
    (191, 9, "value"),
    ("191", 9, "value"),
    (192, 10, "value"),
    ("192", 10, "value"),
    (193, 11, "value"),
    ("193", 11, "value"),
    (194, 12, "value"),
    ("194", 12, "value"),
    (195, 13, "value"),
    ("195", 13, "value"),
    (196, 14, "value"),
    ("196", 14, "value"),
    (197, 15, "value"),
    ("197", 15, "value"),
    (4097, 16, "value"),
    ("4097", 16, "value"),
    (4098, 17, "value"),
    ("4098", 17, "value"),
    (4099, 18, "value"),
    ("4099", 18, "value"),
    (4100, 19, "value"),
    ("4100", 19, "value"),
    (8192, 20, "value"),
    ("8192", 20, "value"),
    (8193, 21, "value"),
    ("8193", 21, "value"),
    (8194, 22, "value"),
    ("8194", 22, "value"),
    (8195, 23, "value"),
    ("8195", 23, "value"),
    (8196, 24, "value"),
    ("8196", 24, "value"),
    (8197, 25, "value"),
    ("8197", 25, "value"),
    (8198, 26, "value"),
    ("8198", 26, "value"),
    (8199, 27, "value"),
    ("8199", 27, "value"),
    (8200, 28, "value"),
    ("8200", 28, "value"),
    (8201, 29, "value"),
    ("8201", 29, "value"),
    (8202, 30, "value"),
    ("8202", 30, "value"),
    (8203, 31, "value"),
    ("8203", 31, "value"),
    (8204, 32, "value"),
    ("8204", 32, "value"),
    (8205, 33, "value"),
    ("8205", 33, "value"),
    (8206, 34, "value"),
    ("8206", 34, "value"),
    (8207, 35, "value"),
    ("8207", 35, "value"),
    (8208, 36, "value"),
    ("8208", 36, "value"),
    (9000, 37, "value"),
    ("9000", 37, "value"),
    (9001, 38, "value"),
    ("9001", 38, "value"),
    (9002, 39, "value"),
    ("9002", 39, "value"),
    (9003, 40, "value"),
    ("9003", 40, "value"),
    (9004, 41, "value"),
    ("9004", 41, "value"),
    (9005, 42, "value"),
    ("9005", 42, "value"),
    (9006, 43, "value"),
    ("9006", 43, "value"),
    (9007, 44, "value"),
    ("9007", 44, "value"),
    (9008, 45, "value"),
    ("9008", 45, "value"),
)

bind(OperationalError, _FACTS, _KEYS)
