# Generated from catalog/*.yaml by scripts/emit/languages/python/package.ts (npm run build); do not edit.
"""Error codes a VPN client meets, with their meaning and retry advice.

The enums, parse_response and advise_retry (should I retry?) are importable from here; the envelope
types live in ``vpn_error_codes.api_response`` and the catalog types in ``vpn_error_codes.catalog``.
"""

from .http_status import HttpStatus
from .operational_error import OperationalError
from .response_result import ResponseResult
from .rest_error_code import RestErrorCode, ErrorCode, to_error_code
from .api_response import InvalidResponse, parse_response
from .retry import Fail, RefreshToken, Retry, RetryDecision, advise_retry

__all__ = [
    "ErrorCode",
    "Fail",
    "HttpStatus",
    "InvalidResponse",
    "OperationalError",
    "RefreshToken",
    "ResponseResult",
    "RestErrorCode",
    "Retry",
    "RetryDecision",
    "advise_retry",
    "parse_response",
    "to_error_code",
]
