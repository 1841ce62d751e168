# Generated from catalog/*.yaml by `npm run build`; do not edit.
"""Unified VPN SDK for Windows operational errors.

Operational error codes that the UnifiedSDK service sends in the ErrorOccured event, each with a
documented integer value.

Source: Pango, Unified VPN SDK for Windows: Error processing (section OperationalError).
"""

from __future__ import annotations

from enum import IntEnum
from typing import Dict, FrozenSet, Optional

__all__ = ["OperationalError"]


class OperationalError(IntEnum):
    """Operational error codes that the UnifiedSDK service sends in the ErrorOccured event, each
    with a documented integer value.

    Source: Pango, Unified VPN SDK for Windows: Error processing (section OperationalError).
    """

    None_ = 0
    """No error. Occurs when the service resets the last error on tunnel start.

    Retry: not an error (documented).

    None is reserved in Python, so the member is spelled None_; its identifier is still None.
    """

    Config = 180
    """Occurs when the Hydra configuration is invalid.

    Retry: do not retry (inferred).
    """

    Broken = 181
    """Tunnel broken. Occurs when a connected tunnel unexpectedly broke for an unknown reason.

    Retry: reconnect the tunnel (inferred).
    """

    Connect = 182
    """Tunnel connection failed.

    Retry: retry with exponential backoff (inferred).
    """

    Internal = 183
    """Internal Hydra protocol error.

    Retry: reconnect the tunnel (inferred).
    """

    ServerAuth = 184
    """VPN node server reported an authentication error.

    Retry: do not retry (inferred).
    """

    CannotSend = 185
    """Internal Hydra client communication issue. Occurs when traffic accumulates in the socket
    buffer but doesn't go out.

    Retry: reconnect the tunnel (inferred).
    """

    TimeSkew = 186
    """Internal Hydra client communication issue. Can happen only when infrastructure problems
    occur.

    Retry: retry with exponential backoff (inferred).
    """

    DcnSrvSwitch = 190
    """Tunnel was broken for a server-side reason. Can happen only when infrastructure problems
    occur.

    Retry: reconnect the tunnel (inferred).
    """

    DcnBlockedBw = 191
    """Hydra or OpenVpn tunnel was broken by the server side because the traffic limit was
    exceeded.

    Retry: do not retry (inferred).
    """

    DcnBlockedAbuse = 192
    """Tunnel was broken by the server side because abuse traffic was detected.

    Retry: do not retry (inferred).
    """

    DcnBlockedMalware = 193
    """Tunnel was broken by the server side because malicious traffic was detected.

    Retry: do not retry (inferred).
    """

    DcnBlockedMisc = 194
    """Tunnel was broken by the server side for an unknown reason.

    Retry: do not retry (inferred).
    """

    DcnReqByCliapp = 195
    """Tunnel was broken by the server side.

    Retry: do not retry (inferred).
    """

    DcnBlockedAuth = 196
    """Tunnel was broken by the server side with an authentication error.

    Retry: do not retry (inferred).
    """

    DcnSrvFull = 197
    """Hydra tunnel was stopped on the server side because the VPN node server is full.

    Retry: reconnect the tunnel (inferred).
    """

    InvalidState = 4097
    """Hydra client error when the client cannot process the tunnel state correctly.

    Retry: reconnect the tunnel (inferred).
    """

    AccessDenied = 4098
    """Hydra client permissions error.

    Retry: do not retry (inferred).
    """

    ComException = 4099
    """Hydra client internal error.

    Retry: do not retry (inferred).
    """

    ComInvalidCastException = 4100
    """Hydra client internal error. Occurs when internal COM calls failed for any reason.

    Retry: do not retry (inferred).
    """

    StartVpnFailed = 8192
    """Tunnel connection failed. Details can be found in the error message.

    Retry: retry with exponential backoff (inferred).
    """

    DisconnectedBeforeConnected = 8193
    """Tunnel connection failed because the tunnel unexpectedly disconnected during connection
    without any errors.

    Retry: retry with exponential backoff (inferred).
    """

    ConnectionTimeout = 8194
    """Tunnel got stuck in the Connecting state and was aborted by timeout.

    Retry: retry with exponential backoff (inferred).
    """

    DisconnectedAfterStart = 8195
    """Tunnel was connected successfully but unexpectedly disconnected within 10 seconds after
    start without any errors.

    Retry: reconnect the tunnel (inferred).
    """

    StoppedAfterStart = 8196
    """Tunnel client reported Connected but the service cannot find an active network adapter.
    Usually occurs when the tunnel client crashes right after a successful connection.

    Retry: reconnect the tunnel (inferred).
    """

    TunnelExited = 8197
    """Tunnel client was unexpectedly terminated.

    Retry: reconnect the tunnel (inferred).
    """

    PrimaryNetworkInterfaceChanged = 8198
    """Primary network interface changed but the SDK doesn't support hot-switching between
    networks. We recommend reconnecting the tunnel with the same credentials when this error
    occurs.

    Retry: reconnect the tunnel (documented).
    """

    TrafficLeak = 8199
    """Traffic is leaking outside the tunnel. Occurs when the routing table was changed by a third
    party.

    Retry: reconnect the tunnel (inferred).
    """

    TunnelBroken = 8200
    """Occurs when the tunnel is connected but traffic is not going through the tunnel for 30
    seconds. That means that all health check requests through the tunnel failed with an error.

    Retry: reconnect the tunnel (inferred).
    """

    TunnelProcessStartFailed = 8201
    """Service cannot start the tunnel client process for any reason.

    Retry: do not retry (inferred).
    """

    InvalidConfiguration = 8202
    """Error occurs when StartVpnRequest validation failed.

    Retry: do not retry (inferred).
    """

    InvalidTunnelNetworkIndefaceIndex = 8203
    """Tunnel successfully connected but the SDK service cannot determine the tunnel network
    adapter.

    Retry: reconnect the tunnel (inferred).

    Name lookups also accept InvalidTunnelNetworkInterfaceIndex.
    """

    StopVpnFailed = 8204
    """Service cannot stop a tunnel for any reason.

    Retry: retry with exponential backoff (inferred).
    """

    WfpSessionCreationFailed = 8205
    """Error occurs when the SDK service cannot create a Windows Filtering Platform session for
    tunnel traffic protection.

    Retry: do not retry (inferred).
    """

    ConnectionCanceled = 8206
    """Connection process was successfully canceled by client application request.

    Retry: do not retry (inferred).
    """

    InvalidFireshieldConfiguration = 8207
    """Hydra fireshield configuration is invalid.

    Retry: do not retry (inferred).
    """

    NoInternetConnection = 8208
    """Tunnel error occurred and the internet connection check failed for the primary network
    adapter.

    Retry: reconnect the tunnel (inferred).
    """

    PersonalBridgeUnknownError = 9000
    """Personal bridge intermediate server returned an unknown error.

    Retry: do not retry (inferred).
    """

    PersonalBridgeBadRequest = 9001
    """Personal bridge intermediate server returned a BAD_REQUEST error.

    Retry: do not retry (inferred).
    """

    PersonalBridgeForbidden = 9002
    """Personal bridge intermediate server returned a FORBIDDEN error.

    Retry: do not retry (inferred).
    """

    PersonalBridgeInternalServerError = 9003
    """Personal bridge intermediate server returned an INTERNAL_SERVER_ERROR error.

    Retry: retry with exponential backoff (inferred).
    """

    PersonalBridgeNextHopUnavailable = 9004
    """Personal bridge intermediate server is unavailable.

    Retry: retry with exponential backoff (inferred).
    """

    PersonalBridgeNotAnExitNode = 9005
    """Personal bridge intermediate server returned a NOT_AN_EXIT_NODE error.

    Retry: do not retry (inferred).
    """

    PersonalBridgeTooManyHops = 9006
    """Personal bridge intermediate server returned a TOO_MANY_HOPS error.

    Retry: do not retry (inferred).
    """

    PersonalBridgeHopNotAllowed = 9007
    """Personal bridge intermediate server returned a HOP_NOT_ALLOWED error.

    Retry: do not retry (inferred).
    """

    PersonalBridgeSessionNotFound = 9008
    """Personal bridge intermediate server returned a SESSION_NOT_FOUND error.

    Retry: reconnect the tunnel (inferred).
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
    def from_code(cls, code: int) -> Optional[OperationalError]:
        """The member whose value is ``code``, or None for a code this catalog does not know."""
        try:
            return cls(code)
        except ValueError:
            return None

    @classmethod
    def parse(cls, name: str) -> Optional[OperationalError]:
        """The member with this identifier, alias or older wire name, or None."""
        return _BY_NAME.get(name)


_IDENTIFIERS: Dict[OperationalError, str] = {
    OperationalError.None_: "None",
}

_RETRYABLE: FrozenSet[OperationalError] = frozenset({
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
})

# Identifiers win over aliases and older wire names.
_BY_NAME: Dict[str, OperationalError] = {
    "InvalidTunnelNetworkInterfaceIndex": OperationalError.InvalidTunnelNetworkIndefaceIndex,
    **{member.identifier: member for member in OperationalError},
}
