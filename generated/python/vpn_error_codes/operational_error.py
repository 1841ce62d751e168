# Generated from catalog/*.yaml by scripts/emit/languages/python/enum.ts (npm run build); do not edit.
"""Unified VPN SDK for Windows operational errors.

Operational error codes that the UnifiedSDK service sends in the ErrorOccured event, each with a
documented integer value.

Source: Pango, Unified VPN SDK for Windows: Error processing (section OperationalError).
"""

from __future__ import annotations

from enum import IntEnum

__all__ = ["OperationalError"]


class OperationalError(IntEnum):
    """Unified VPN SDK for Windows operational errors.

    Operational error codes that the UnifiedSDK service sends in the ErrorOccured event, each
    with a documented integer value.

    Source: Pango, Unified VPN SDK for Windows: Error processing (section OperationalError).
    """

    None_ = 0
    """No error. Occurs when the service resets the last error on tunnel start.

    Group: Success codes.

    Retry: not an error (documented). The page lists it under success codes, so it is not an
    error.

    None is reserved in Python, so the member is spelled None_; its identifier is still None.
    """

    Config = 180
    """Occurs when the Hydra configuration is invalid.

    Group: Hydra protocol errors.

    Retry: do not retry (inferred). The same invalid Hydra configuration fails again.

    Action: Fix the Hydra configuration before connecting again. (inferred)
    """

    Broken = 181
    """Tunnel broken. Occurs when a connected tunnel unexpectedly broke for an unknown reason.

    Group: Сommon errors.

    Retry: reconnect the tunnel (inferred). An unexpected breakage of a connected tunnel is
    usually cleared by connecting again.

    Action: Reconnect the tunnel with the same credentials. (inferred)
    """

    Connect = 182
    """Tunnel connection failed.

    Group: Сommon errors.

    Retry: retry with exponential backoff (inferred). A failed connection attempt is often
    transient and may succeed on a later attempt.

    Action: Try to connect again with backoff, and choose another location if it keeps failing.
    (inferred)
    """

    Internal = 183
    """Internal Hydra protocol error.

    Group: Hydra protocol errors.

    Retry: reconnect the tunnel (inferred). The page gives no cause; a new connection is the
    only recovery a client has.

    Action: Reconnect the tunnel, and collect debug logs if the error repeats. (inferred)
    """

    ServerAuth = 184
    """VPN node server reported an authentication error.

    Group: Hydra protocol errors.

    Retry: do not retry (inferred). The VPN node rejects the same credentials again.

    Action: Obtain fresh credentials from the backend before connecting again. (inferred)
    """

    CannotSend = 185
    """Internal Hydra client communication issue. Occurs when traffic accumulates in the socket
    buffer but doesn't go out.

    Group: Hydra protocol errors.

    Retry: reconnect the tunnel (inferred). Traffic stuck in the socket buffer means the tunnel
    is not working and needs a new connection.

    Action: Reconnect the tunnel with the same credentials. (inferred)
    """

    TimeSkew = 186
    """Internal Hydra client communication issue. Can happen only when infrastructure problems
    occur.

    Group: Hydra protocol errors.

    Retry: retry with exponential backoff (inferred). The page ties it to infrastructure
    problems, which are usually transient.

    Action: Connect again later with backoff, and check the device clock if the error persists.
    (inferred)
    """

    DcnSrvSwitch = 190
    """Tunnel was broken for a server-side reason. Can happen only when infrastructure problems
    occur.

    Group: Hydra protocol errors.

    Retry: reconnect the tunnel (inferred). The server ended the tunnel for an infrastructure
    reason, so a new connection is expected to succeed.

    Action: Reconnect the tunnel with the same credentials. (inferred)
    """

    DcnBlockedBw = 191
    """Hydra or OpenVpn tunnel was broken by the server side because the traffic limit was
    exceeded.

    Group: Сommon errors.

    Retry: do not retry (inferred). The traffic limit stays exceeded, so the server blocks a new
    tunnel too.

    Action: Do not reconnect until the user's traffic limit is raised or reset. (inferred)
    """

    DcnBlockedAbuse = 192
    """Tunnel was broken by the server side because abuse traffic was detected.

    Group: Hydra protocol errors.

    Retry: do not retry (inferred). The server blocked the tunnel for abuse, so a new tunnel
    would be blocked too.

    Action: Do not reconnect automatically; tell the user that the server blocked the connection
    for abuse traffic. (inferred)
    """

    DcnBlockedMalware = 193
    """Tunnel was broken by the server side because malicious traffic was detected.

    Group: Hydra protocol errors.

    Retry: do not retry (inferred). The server blocked the tunnel for malicious traffic, so a
    new tunnel would be blocked too.

    Action: Do not reconnect automatically; tell the user that the server blocked the connection
    for malicious traffic. (inferred)
    """

    DcnBlockedMisc = 194
    """Tunnel was broken by the server side for an unknown reason.

    Group: Hydra protocol errors.

    Retry: do not retry (inferred). The server blocked the tunnel, and the page gives no reason
    that a reconnection would clear.

    Action: Do not reconnect automatically; log the error and report it if it repeats.
    (inferred)
    """

    DcnReqByCliapp = 195
    """Tunnel was broken by the server side.

    Group: Hydra protocol errors.

    Retry: do not retry (inferred). The name suggests the disconnect was requested by the client
    application, so reconnecting would go against that request.

    Action: Do not reconnect automatically; check whether the client application requested the
    disconnect. (inferred)
    """

    DcnBlockedAuth = 196
    """Tunnel was broken by the server side with an authentication error.

    Group: Hydra protocol errors.

    Retry: do not retry (inferred). The server rejected the tunnel's authentication, so the same
    credentials fail again.

    Action: Obtain fresh credentials from the backend before connecting again. (inferred)
    """

    DcnSrvFull = 197
    """Hydra tunnel was stopped on the server side because the VPN node server is full.

    Group: Hydra protocol errors.

    Retry: reconnect the tunnel (inferred). A new connection can be placed on a VPN node with
    free capacity.

    Action: Reconnect the tunnel, preferably to another server or location. (inferred)
    """

    InvalidState = 4097
    """Hydra client error when the client cannot process the tunnel state correctly.

    Group: Hydra protocol errors.

    Retry: reconnect the tunnel (inferred). A new connection starts the Hydra client from a
    clean tunnel state.

    Action: Reconnect the tunnel, and collect debug logs if the error repeats. (inferred)
    """

    AccessDenied = 4098
    """Hydra client permissions error.

    Group: Hydra protocol errors.

    Retry: do not retry (inferred). Missing permissions do not change between attempts.

    Action: Check that the SDK service and Hydra client run with the permissions they need.
    (inferred)
    """

    ComException = 4099
    """Hydra client internal error.

    Group: Hydra protocol errors.

    Retry: do not retry (inferred). The page gives no cause that a retry would clear.

    Action: Collect debug logs and restart the SDK service if the error repeats. (inferred)
    """

    ComInvalidCastException = 4100
    """Hydra client internal error. Occurs when internal COM calls failed for any reason.

    Group: Hydra protocol errors.

    Retry: do not retry (inferred). A failed internal COM call is not known to clear on a retry.

    Action: Collect debug logs and restart the SDK service if the error repeats. (inferred)
    """

    StartVpnFailed = 8192
    """Tunnel connection failed. Details can be found in the error message.

    Group: Сommon errors.

    Retry: retry with exponential backoff (inferred). A failed tunnel start is often transient,
    but the error message may show a cause that retries cannot clear.

    Action: Read the error message for the cause, and retry with backoff only if the cause is
    transient. (inferred)
    """

    DisconnectedBeforeConnected = 8193
    """Tunnel connection failed because the tunnel unexpectedly disconnected during connection
    without any errors.

    Group: Сommon errors.

    Retry: retry with exponential backoff (inferred). A disconnection during connection without
    any error is likely transient.

    Action: Try to connect again with backoff. (inferred)
    """

    ConnectionTimeout = 8194
    """Tunnel got stuck in the Connecting state and was aborted by timeout.

    Group: Сommon errors.

    Retry: retry with exponential backoff (inferred). A connection timeout is usually a
    transient network or server condition.

    Action: Try to connect again with backoff, or choose another location. (inferred)
    """

    DisconnectedAfterStart = 8195
    """Tunnel was connected successfully but unexpectedly disconnected within 10 seconds after
    start without any errors.

    Group: Сommon errors.

    Retry: reconnect the tunnel (inferred). The tunnel did connect, so connecting again with the
    same credentials can restore it.

    Action: Reconnect the tunnel with the same credentials. (inferred)
    """

    StoppedAfterStart = 8196
    """Tunnel client reported Connected but the service cannot find an active network adapter.
    Usually occurs when the tunnel client crashes right after a successful connection.

    Group: Сommon errors.

    Retry: reconnect the tunnel (inferred). A tunnel client crash right after connecting may not
    repeat on a new connection.

    Action: Reconnect the tunnel, and collect debug logs if the tunnel client keeps crashing.
    (inferred)
    """

    TunnelExited = 8197
    """Tunnel client was unexpectedly terminated.

    Group: Сommon errors.

    Retry: reconnect the tunnel (inferred). An unexpected termination of the tunnel client
    breaks the tunnel, which a reconnection restores.

    Action: Reconnect the tunnel with the same credentials. (inferred)
    """

    PrimaryNetworkInterfaceChanged = 8198
    """Primary network interface changed but the SDK doesn't support hot-switching between
    networks. We recommend reconnecting the tunnel with the same credentials when this error
    occurs.

    Group: Сommon errors.

    Retry: reconnect the tunnel (documented). The page recommends reconnecting the tunnel with
    the same credentials when this error occurs.

    Action: Reconnect the tunnel with the same credentials. (documented)
    """

    TrafficLeak = 8199
    """Traffic is leaking outside the tunnel. Occurs when the routing table was changed by a third
    party.

    Group: Сommon errors.

    Retry: reconnect the tunnel (inferred). Reconnecting restores the tunnel's routes, though
    the third party may change them again.

    Action: Reconnect the tunnel to restore its routes, and find the third-party software that
    changes the routing table. (inferred)
    """

    TunnelBroken = 8200
    """Occurs when the tunnel is connected but traffic is not going through the tunnel for 30
    seconds. That means that all health check requests through the tunnel failed with an error.

    Group: Сommon errors.

    Retry: reconnect the tunnel (inferred). A tunnel that carries no traffic is broken and needs
    a new connection.

    Action: Reconnect the tunnel with the same credentials. (inferred)
    """

    TunnelProcessStartFailed = 8201
    """Service cannot start the tunnel client process for any reason.

    Group: Сommon errors.

    Retry: do not retry (inferred). A tunnel client process that cannot start usually points to
    an installation or system problem that retries do not clear.

    Action: Check the SDK installation and the service logs for why the tunnel client process
    cannot start. (inferred)
    """

    InvalidConfiguration = 8202
    """Error occurs when StartVpnRequest validation failed.

    Group: Сommon errors.

    Retry: do not retry (inferred). The same invalid StartVpnRequest fails validation again.

    Action: Fix the StartVpnRequest parameters before connecting again. (inferred)
    """

    InvalidTunnelNetworkIndefaceIndex = 8203
    """Tunnel successfully connected but the SDK service cannot determine the tunnel network
    adapter.

    Group: Сommon errors.

    Retry: reconnect the tunnel (inferred). A new connection may let the service find the tunnel
    network adapter, although a driver problem would persist.

    Action: Reconnect the tunnel, and check the tunnel network adapter if the error repeats.
    (inferred)

    Name lookups also accept InvalidTunnelNetworkInterfaceIndex.
    """

    StopVpnFailed = 8204
    """Service cannot stop a tunnel for any reason.

    Group: Сommon errors.

    Retry: retry with exponential backoff (inferred). A stop request that failed may succeed on
    a later attempt.

    Action: Send the stop request again with backoff, and restart the service if it keeps
    failing. (inferred)
    """

    WfpSessionCreationFailed = 8205
    """Error occurs when the SDK service cannot create a Windows Filtering Platform session for
    tunnel traffic protection.

    Group: Сommon errors.

    Retry: do not retry (inferred). Failing to create a Windows Filtering Platform session is a
    system condition that retries do not clear.

    Action: Check that the Windows Filtering Platform (Base Filtering Engine) is available to
    the service. (inferred)
    """

    ConnectionCanceled = 8206
    """Connection process was successfully canceled by client application request.

    Group: Сommon errors.

    Retry: do not retry (inferred). The client application asked for the cancellation, so
    reconnecting would go against its request.

    Action: Treat the cancellation as intended and do not reconnect automatically. (inferred)
    """

    InvalidFireshieldConfiguration = 8207
    """Hydra fireshield configuration is invalid.

    Group: Hydra protocol errors.

    Retry: do not retry (inferred). The same invalid fireshield configuration fails again.

    Action: Fix the fireshield configuration before connecting again. (inferred)
    """

    NoInternetConnection = 8208
    """Tunnel error occurred and the internet connection check failed for the primary network
    adapter.

    Group: Сommon errors.

    Retry: reconnect the tunnel (inferred). The tunnel can be reconnected once the primary
    network adapter has internet connectivity again.

    Action: Wait until the network is back, then reconnect the tunnel with the same credentials.
    (inferred)
    """

    PersonalBridgeUnknownError = 9000
    """Personal bridge intermediate server returned an unknown error.

    Group: Wireguard personal bridge errors.

    Retry: do not retry (inferred). The page gives no cause, so a blind retry is not known to
    help.

    Action: Log the error and report it if it repeats. (inferred)
    """

    PersonalBridgeBadRequest = 9001
    """Personal bridge intermediate server returned a BAD_REQUEST error.

    Group: Wireguard personal bridge errors.

    Retry: do not retry (inferred). The intermediate server rejects the same bad request again.

    Action: Check the personal bridge configuration sent to the intermediate server. (inferred)
    """

    PersonalBridgeForbidden = 9002
    """Personal bridge intermediate server returned a FORBIDDEN error.

    Group: Wireguard personal bridge errors.

    Retry: do not retry (inferred). A forbidden answer does not change between attempts.

    Action: Check that the user may use the personal bridge. (inferred)
    """

    PersonalBridgeInternalServerError = 9003
    """Personal bridge intermediate server returned an INTERNAL_SERVER_ERROR error.

    Group: Wireguard personal bridge errors.

    Retry: retry with exponential backoff (inferred). An internal server error of the
    intermediate server is usually transient.

    Action: Connect again later with backoff. (inferred)
    """

    PersonalBridgeNextHopUnavailable = 9004
    """Personal bridge intermediate server is unavailable.

    Group: Wireguard personal bridge errors.

    Retry: retry with exponential backoff (inferred). An unavailable server is usually a
    transient condition.

    Action: Connect again later with backoff. (inferred)
    """

    PersonalBridgeNotAnExitNode = 9005
    """Personal bridge intermediate server returned a NOT_AN_EXIT_NODE error.

    Group: Wireguard personal bridge errors.

    Retry: do not retry (inferred). The chosen node stays a non-exit node between attempts.

    Action: Choose a node that can act as the exit node. (inferred)
    """

    PersonalBridgeTooManyHops = 9006
    """Personal bridge intermediate server returned a TOO_MANY_HOPS error.

    Group: Wireguard personal bridge errors.

    Retry: do not retry (inferred). The same route has too many hops on every attempt.

    Action: Use a route with fewer hops. (inferred)
    """

    PersonalBridgeHopNotAllowed = 9007
    """Personal bridge intermediate server returned a HOP_NOT_ALLOWED error.

    Group: Wireguard personal bridge errors.

    Retry: do not retry (inferred). The hop stays disallowed between attempts.

    Action: Choose a route whose hops are allowed. (inferred)
    """

    PersonalBridgeSessionNotFound = 9008
    """Personal bridge intermediate server returned a SESSION_NOT_FOUND error.

    Group: Wireguard personal bridge errors.

    Retry: reconnect the tunnel (inferred). A new connection creates a new session on the
    intermediate server.

    Action: Reconnect the tunnel to establish a new session. (inferred)
    """

    @property
    def identifier(self) -> str:
        """The catalog's identifier, verbatim (``None_`` is ``None``)."""
        return _IDENTIFIERS.get(self, self.name)

    @property
    def retryable(self) -> bool:
        """True when a retry, after the step the retry advice names, can succeed."""
        return self in _RETRYABLE

    @classmethod
    def from_code(cls, code: int) -> OperationalError | None:
        """The member whose value is ``code``, or None for a code this catalog does not know."""
        try:
            return cls(code)
        except ValueError:
            return None

    @classmethod
    def parse(cls, name: str) -> OperationalError | None:
        """The member with this identifier, alias or older wire name, or None."""
        return _BY_NAME.get(name)


_IDENTIFIERS: dict[OperationalError, str] = {
    OperationalError.None_: "None",
}

_RETRYABLE: frozenset[OperationalError] = frozenset(
    {
        OperationalError.Broken,
        OperationalError.Connect,
        OperationalError.Internal,
        OperationalError.CannotSend,
        OperationalError.TimeSkew,
        OperationalError.DcnSrvSwitch,
        OperationalError.DcnSrvFull,
        OperationalError.InvalidState,
        OperationalError.StartVpnFailed,
        OperationalError.DisconnectedBeforeConnected,
        OperationalError.ConnectionTimeout,
        OperationalError.DisconnectedAfterStart,
        OperationalError.StoppedAfterStart,
        OperationalError.TunnelExited,
        OperationalError.PrimaryNetworkInterfaceChanged,
        OperationalError.TrafficLeak,
        OperationalError.TunnelBroken,
        OperationalError.InvalidTunnelNetworkIndefaceIndex,
        OperationalError.StopVpnFailed,
        OperationalError.NoInternetConnection,
        OperationalError.PersonalBridgeInternalServerError,
        OperationalError.PersonalBridgeNextHopUnavailable,
        OperationalError.PersonalBridgeSessionNotFound,
    }
)

# Identifiers win over aliases and older wire names.
_BY_NAME: dict[str, OperationalError] = {
    "InvalidTunnelNetworkInterfaceIndex": OperationalError.InvalidTunnelNetworkIndefaceIndex,
    **{member.identifier: member for member in OperationalError},
}
