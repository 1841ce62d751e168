# Copied from runtime/python/vpn_error_codes/_rate_limit.py by npm run build: edit that file, not this copy.
"""How long the rate-limit headers ask a client to wait (runtime/SPEC.md §4, §5)."""

from __future__ import annotations

import math
import re

from ._headers import first_element, header_value, trim_ows

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._headers import Headers
    from ._policy import RetryPolicy
    from ._words import WaitBasis

# Patterns as text: re compiles and caches each on its first use, so a decision without these headers compiles none.
# delay-seconds, then the end or the next element of a comma-joined repeat.
_DELAY_SECONDS = r"([0-9]+)[ \t]*(?:,|\Z)"
_LIST_END = r"[ \t]*(?:,|\Z)"
_RESET = r"[0-9]+(?:\.[0-9]+)?"


def retry_after_ms(value: str, now_ms: float) -> float | None:
    """The wait header (RFC 9110 §10.2.3) as delay-seconds or an HTTP-date, in ms from now; of a repeat, the first."""
    seconds = re.match(_DELAY_SECONDS, value)
    if seconds:
        return float(seconds[1]) * 1000
    # An HTTP-date is the rarer form: its parser loads when a value is not delay-seconds.
    from ._http_date import http_date_prefix  # noqa: PLC0415

    # IMF-fixdate holds a comma after the day name, so the first element is found by parsing, not splitting.
    date = http_date_prefix(value, now_ms)
    if date is None or not re.match(_LIST_END, value[date[1] :]):
        return None
    return float(date[0] - now_ms)


def reset_at_ms(value: str, policy: RetryPolicy) -> float | None:
    """The reset header's value as a Unix time in ms: seconds, or milliseconds from the policy's threshold up."""
    if not re.fullmatch(_RESET, value):
        return None
    n = float(value)
    threshold = policy.reset_milliseconds_from
    return n if threshold is not None and n >= threshold else n * 1000


def rate_limit_wait(headers: Headers | None, now_ms: float, policy: RetryPolicy) -> tuple[float, WaitBasis] | None:
    """The wait in ms and the header that set it; None when neither header says anything usable."""
    waits: list[tuple[float, WaitBasis]] = []
    retry_after = trim_ows(header_value(headers, policy.retry_after_header) or "")
    if retry_after:
        ms = retry_after_ms(retry_after, now_ms)
        if ms is not None and math.isfinite(ms) and ms > 0:
            waits.append((ms, "retry-after"))
    reset = first_element(header_value(headers, policy.reset_header) or "")
    if reset:
        at = reset_at_ms(reset, policy)
        if at is not None and math.isfinite(at - now_ms) and at - now_ms > 0:
            waits.append((at - now_ms, "rate-limit-reset"))
    # A reset in the past says nothing; of two usable answers the later one is the safe one (ties: the wait header).
    return max(waits, key=lambda w: w[0]) if waits else None
