# Generated from catalog/*.yaml by scripts/emit/languages/python/package.ts (npm run build); do not edit.
"""Error codes a VPN client meets, with their meaning and retry advice.

The enums, parse_response and advise_retry (should I retry?) are importable from here; the envelope
types live in ``vpn_error_codes.api_response`` and the catalog types in ``vpn_error_codes.catalog``.
"""

from ._body import EnvelopeError
from ._policy import RetryPolicy
from .api_response import InvalidResponse, parse_response
from .http_status import HttpStatus
from .operational_error import OperationalError
from .response_result import ResponseResult
from .rest_error_code import ErrorCode, RestErrorCode, to_error_code
from .retry import Fail, RefreshToken, Retry, RetryAdvisor, RetryDecision, advise_retry
from .retry_policy import RETRY_POLICY

__all__ = [
    "RETRY_POLICY",
    "EnvelopeError",
    "ErrorCode",
    "Fail",
    "HttpStatus",
    "InvalidResponse",
    "OperationalError",
    "RefreshToken",
    "ResponseResult",
    "RestErrorCode",
    "Retry",
    "RetryAdvisor",
    "RetryDecision",
    "RetryPolicy",
    "advise_retry",
    "parse_response",
    "to_error_code",
]
