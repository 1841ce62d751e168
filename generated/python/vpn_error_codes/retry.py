# Generated from catalog/*.yaml by scripts/emit/languages/python/package.ts (npm run build); do not edit.
"""Should I retry? advise_retry and retry_delay_ms under the catalog's retry policy.

Both are methods of a RetryAdvisor of RETRY_POLICY (vpn_error_codes.retry_policy); RetryAdvisor(policy)
decides by another policy, such as RETRY_POLICY.replace(max_retries=2).
"""

from ._retry import Fail, RefreshToken, RetryAdvisor, RetryDecision, RetryLater
from .retry_policy import RETRY_POLICY

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._http_date import parse_http_date

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


def __getattr__(name: str) -> object:
    """parse_http_date, loaded on first use (PEP 562): a decision parses a date only when a Retry-After holds one."""
    if name == "parse_http_date":
        from ._http_date import parse_http_date  # noqa: PLC0415

        return parse_http_date
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    """The module's names, parse_http_date among them before its first use."""
    return sorted({*globals(), "parse_http_date"})
