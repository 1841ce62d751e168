# Generated from catalog/*.yaml by scripts/emit/languages/python/package.ts (npm run build); do not edit.
"""Error codes a VPN client meets, with their meaning and retry advice.

The enums, parse_response and advise_retry (should I retry?) are importable from here; the envelope
types live in ``vpn_error_codes.api_response`` and the catalog types in ``vpn_error_codes.catalog``. Each name
loads its own module when first used, so that a lookup does not pay for the decoder.
"""

from __future__ import annotations

from ._lazy import lazy_exports

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._body import EnvelopeError
    from ._lookup import Action, Deprecation, Match, RetryAdvice
    from ._policy import ReconnectPolicy, RetryPolicy
    from .api_response import Details, ErrorCode, InvalidResponse, parse_response, to_error_code
    from .http_status import HttpStatus
    from .operational_error import OperationalError
    from .reconnect import (
        Reconnect,
        ReconnectAdvice,
        ReconnectAdvisor,
        ReconnectError,
        ReconnectHistory,
        StopReconnecting,
        WaitForNetwork,
        advise_reconnect,
    )
    from .reconnect_policy import RECONNECT_POLICY
    from .response_result import ResponseResult
    from .rest_error_code import RestErrorCode
    from .retry import Fail, RefreshToken, RetryAdvisor, RetryDecision, RetryLater, advise_retry
    from .retry_policy import RETRY_POLICY

__all__ = [
    "RECONNECT_POLICY",
    "RETRY_POLICY",
    "Action",
    "Deprecation",
    "Details",
    "EnvelopeError",
    "ErrorCode",
    "Fail",
    "HttpStatus",
    "InvalidResponse",
    "Match",
    "OperationalError",
    "Reconnect",
    "ReconnectAdvice",
    "ReconnectAdvisor",
    "ReconnectError",
    "ReconnectHistory",
    "ReconnectPolicy",
    "RefreshToken",
    "ResponseResult",
    "RestErrorCode",
    "RetryAdvice",
    "RetryAdvisor",
    "RetryDecision",
    "RetryLater",
    "RetryPolicy",
    "StopReconnecting",
    "WaitForNetwork",
    "advise_reconnect",
    "advise_retry",
    "parse_response",
    "to_error_code",
]

__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "RECONNECT_POLICY": "reconnect_policy",
        "RETRY_POLICY": "retry_policy",
        "Action": "_lookup",
        "Deprecation": "_lookup",
        "Details": "api_response",
        "EnvelopeError": "_body",
        "ErrorCode": "api_response",
        "Fail": "retry",
        "HttpStatus": "http_status",
        "InvalidResponse": "api_response",
        "Match": "_lookup",
        "OperationalError": "operational_error",
        "Reconnect": "reconnect",
        "ReconnectAdvice": "reconnect",
        "ReconnectAdvisor": "reconnect",
        "ReconnectError": "reconnect",
        "ReconnectHistory": "reconnect",
        "ReconnectPolicy": "_policy",
        "RefreshToken": "retry",
        "ResponseResult": "response_result",
        "RestErrorCode": "rest_error_code",
        "RetryAdvice": "_lookup",
        "RetryAdvisor": "retry",
        "RetryDecision": "retry",
        "RetryLater": "retry",
        "RetryPolicy": "_policy",
        "StopReconnecting": "reconnect",
        "WaitForNetwork": "reconnect",
        "advise_reconnect": "reconnect",
        "advise_retry": "retry",
        "parse_response": "api_response",
        "to_error_code": "api_response",
    },
    renamed={"Retry": "RetryLater"},
)
