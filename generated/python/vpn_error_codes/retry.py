# Generated from catalog/*.yaml by scripts/emit/languages/python/package.ts (npm run build); do not edit.
"""Should I retry? advise_retry and retry_delay_ms under the catalog's retry policy.

Both are methods of a RetryAdvisor of RETRY_POLICY (vpn_error_codes.retry_policy); RetryAdvisor(policy)
decides by another policy, such as RETRY_POLICY.replace(max_retries=2).
"""

from ._http_date import parse_http_date
from ._retry import Fail, RefreshToken, RetryAdvisor, RetryDecision, RetryLater
from .retry_policy import RETRY_POLICY

__all__ = [
    "Fail",
    "RefreshToken",
    "RetryAdvisor",
    "RetryDecision",
    "RetryLater",
    "advise_retry",
    "parse_http_date",
    "retry_delay_ms",
]

_ADVISOR = RetryAdvisor(RETRY_POLICY)
advise_retry = _ADVISOR.advise
retry_delay_ms = _ADVISOR.delay_ms
