# Generated from catalog/*.yaml by scripts/emit/languages/python/package.ts (npm run build); do not edit.
"""Error codes a VPN client meets, with their meaning and retry advice.

The enums are importable from here; the envelope types live in ``vpn_error_codes.api_response``
and the catalog types in ``vpn_error_codes.catalog``.
"""

from .http_status import HttpStatus
from .operational_error import OperationalError
from .response_result import ResponseResult
from .rest_error_code import RestErrorCode, ErrorCode, to_error_code

__all__ = [
    "ErrorCode",
    "HttpStatus",
    "OperationalError",
    "ResponseResult",
    "RestErrorCode",
    "to_error_code",
]
