# Generated from catalog/*.yaml by scripts/emit/languages/python/package.ts (npm run build); do not edit.
"""Reconnect after an SDK error? advise_reconnect under the catalog's reconnect policy.

It is the method of a ReconnectAdvisor of RECONNECT_POLICY (vpn_error_codes.reconnect_policy);
ReconnectAdvisor(policy) decides by another policy, such as RECONNECT_POLICY.replace(max_reconnects=3).
"""

from ._reconnect import (
    Reconnect,
    ReconnectAdvice,
    ReconnectAdvisor,
    ReconnectError,
    ReconnectHistory,
    StopReconnecting,
    WaitForNetwork,
)
from .reconnect_policy import RECONNECT_POLICY

__all__ = [
    "Reconnect",
    "ReconnectAdvice",
    "ReconnectAdvisor",
    "ReconnectError",
    "ReconnectHistory",
    "StopReconnecting",
    "WaitForNetwork",
    "advise_reconnect",
]

_ADVISOR = ReconnectAdvisor(RECONNECT_POLICY)
advise_reconnect = _ADVISOR.advise
