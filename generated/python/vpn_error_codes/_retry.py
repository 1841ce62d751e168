# Copied from runtime/python/vpn_error_codes/_retry.py by npm run build: edit that file, not this copy.
"""Should I retry? The decision for a failed response, by a policy (runtime/SPEC.md §2, §6, §7).

Nothing here raises: a body that is not the envelope, a malformed header or a broken random source
each read as "nothing usable", and the decision falls back to the status's rule (SPEC §11).
"""

from __future__ import annotations

import math
import sys
import time

from ._envelope import error_code_of
from ._jitter import round_half_up, system_random, unit
from ._record import Record

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import timedelta

    from ._body import Body
    from ._headers import Headers
    from ._policy import RetryPolicy
    from ._words import Basis, FailReason

# The two strategies the decision acts on itself; any other that does not fail backs off (SPEC §7).
REFRESH_STRATEGY = "refresh-credentials"
WAIT_STRATEGY = "wait-for-window"
_SUCCESS = range(200, 300)


class RetryLater(Record):
    """Send the request again after delay_ms; basis says what set the delay.

    Named so as not to collide with urllib3's Retry, which clients of requests import beside it.
    """

    __slots__ = ("basis", "delay_ms")
    __match_args__ = ("delay_ms", "basis")
    delay_ms: int
    basis: Basis

    def __init__(self, delay_ms: int, basis: Basis) -> None:
        """The decision, by field."""
        super().__init__(delay_ms=delay_ms, basis=basis)

    @property
    def delay(self) -> timedelta:
        """The delay as a timedelta, for asyncio.sleep(decision.delay.total_seconds()) and the like."""
        from datetime import timedelta  # noqa: PLC0415 - datetime loads only for a caller that asks

        return timedelta(milliseconds=self.delay_ms)


class RefreshToken(Record):
    """Refresh the access token, then send the original request once more."""

    __slots__ = ()


class Fail(Record):
    """Stop: the response will not change with a retry. detail is for logs."""

    __slots__ = ("detail", "reason")
    __match_args__ = ("reason", "detail")
    reason: FailReason
    detail: str

    def __init__(self, reason: FailReason, detail: str) -> None:
        """The decision, by field."""
        super().__init__(reason=reason, detail=detail)


# The union as a value (isinstance, a type hint) without typing's import, which 3.10's X | Y needs no more.
if sys.version_info >= (3, 10):
    RetryDecision = RetryLater | RefreshToken | Fail
else:  # pragma: no cover - Python 3.9
    from typing import Union

    RetryDecision = Union[RetryLater, RefreshToken, Fail]


def _is_whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def retry_delay_ms(attempt: int, policy: RetryPolicy, random: Callable[[], float] = system_random) -> int | None:
    """The backoff before retry ``attempt`` (1-based), jitter included; None past the last retry (SPEC §6)."""
    if not _is_whole(attempt) or attempt < 1 or attempt > policy.max_retries:
        return None
    base = policy.initial_delay_ms * policy.multiplier ** (attempt - 1)
    jitter = policy.jitter_min_ms + unit(random) * (policy.jitter_max_ms - policy.jitter_min_ms)
    return min(round_half_up(base + jitter), int(policy.max_delay_ms))


def _strategy(code: str | None, status: int, policy: RetryPolicy) -> tuple[str | None, str, str | None]:
    """The strategy that applies, the decision's subject for its detail and the policy's reason, if any (SPEC §7)."""
    known = policy.code_advice.get(code) if code is not None else None
    by_status = policy.status_strategy.get(status)
    if known is None:
        return by_status, f"unknown code {code} ({status})" if code is not None else f"status {status}", None
    if known.http_status == status:
        return known.strategy, f"{code} ({status})", known.reason
    # The server contradicts itself (a no-retry code on a retryable status): the more cautious wins.
    subject = f"{code} ({status}, documented {known.http_status})"
    if policy.most_cautious and known.strategy in policy.failing_strategies:
        return known.strategy, subject, f"{known.reason} (code and status disagree; the more cautious wins)"
    return by_status, subject, None


def advise_retry(  # noqa: PLR0911, PLR0913 - one return per outcome; the response's parts and keyword options
    status: int,
    headers: Headers | None,
    body: Body | None,
    attempt: int,
    *,
    policy: RetryPolicy,
    token_refreshed: bool = False,
    now_ms: float | None = None,
    random: Callable[[], float] = system_random,
) -> RetryDecision:
    """Decide what to do about the response to the ``attempt``-th send of a request (1-based).

    A code's own advice wins over its status's rule; a known code under another status gets the more
    cautious of the two when the policy says so. On a wait-for-window strategy, the rate-limit headers
    set the wait, up to the policy's ceiling. token_refreshed: the token was already refreshed for this
    request.
    """
    if not _is_whole(attempt) or attempt < 1:
        return Fail("invalid-attempt", f"attempt must be a whole number from 1, not {attempt!r}")
    # A status that is not an integer reads as 0, which no policy lists.
    if not _is_whole(status):
        status = 0
    if status in _SUCCESS:
        return Fail("not-an-error", f"status {status} is a success")
    now = now_ms if isinstance(now_ms, (int, float)) and math.isfinite(now_ms) else time.time() * 1000

    strategy, subject, reason = _strategy(None if body is None else error_code_of(body), status, policy)
    if strategy is None:
        return Fail("not-retryable", f"{subject}: the retry policy does not list status {status}")
    if strategy in policy.failing_strategies:
        return Fail("not-retryable", f"{subject}: {reason or 'the policy says it will not resolve with retries'}")
    if strategy == REFRESH_STRATEGY:
        if token_refreshed:
            return Fail("refresh-already-tried", f"{subject} again after a token refresh: re-authenticate")
        return RefreshToken()

    backoff = retry_delay_ms(attempt, policy, random)
    if backoff is None:
        return Fail("attempts-exhausted", f"{subject}: {policy.max_retries} retries already made")
    wait = None
    if strategy == WAIT_STRATEGY:
        # The rate-limit headers' parsing, and the re it needs, load with the first wait-for-window decision.
        from ._rate_limit import rate_limit_wait  # noqa: PLC0415

        wait = rate_limit_wait(headers, now, policy)
    if wait is None:
        return RetryLater(backoff, "backoff")
    wait_ms, basis = wait
    if wait_ms > policy.max_wait_ms:
        asked = math.ceil(wait_ms / 1000)
        return Fail(
            "wait-too-long",
            f"{subject}: the server asks for {asked} s, over the {policy.max_wait_ms / 1000:g} s a client waits",
        )
    return RetryLater(math.ceil(wait_ms + unit(random) * policy.jitter_max_ms), basis)


class RetryAdvisor(Record):
    """The retry decision under one policy, so that a caller names the policy once."""

    __slots__ = ("clock", "policy", "random")
    __match_args__ = ("policy", "clock", "random")
    policy: RetryPolicy
    clock: Callable[[], float]
    """Seconds since the Unix epoch, as time.time gives them: what a wait given as an HTTP date is measured against."""
    random: Callable[[], float]
    """A number in [0, 1), as random.random gives it: the jitter."""

    def __init__(
        self,
        policy: RetryPolicy,
        clock: Callable[[], float] = time.time,
        random: Callable[[], float] = system_random,
    ) -> None:
        """The advisor, by field."""
        super().__init__(policy=policy, clock=clock, random=random)

    def advise(  # noqa: PLR0913 - the response's parts, the attempt, and keyword options
        self,
        status: int,
        headers: Headers | None,
        body: Body | None,
        attempt: int,
        *,
        token_refreshed: bool = False,
        now_ms: float | None = None,
        random: Callable[[], float] | None = None,
    ) -> RetryDecision:
        """Decide what to do about the response to the ``attempt``-th send of a request (1-based).

        headers is a mapping or name/value pairs; body is the response's bytes or text, or None. A code's own
        advice wins over its status's rule; a known code under another status gets the more cautious of
        the two when the policy says so; on a wait-for-window strategy the rate-limit headers set the
        wait, up to the policy's ceiling. token_refreshed: the token was already refreshed for this
        request. now_ms and random default to the advisor's clock and random source.
        """
        if now_ms is None:
            now_ms = _clock_ms(self.clock)
        return advise_retry(
            status,
            headers,
            body,
            attempt,
            policy=self.policy,
            token_refreshed=token_refreshed,
            now_ms=now_ms,
            random=self.random if random is None else random,
        )

    def delay_ms(self, attempt: int, random: Callable[[], float] | None = None) -> int | None:
        """The backoff before retry ``attempt`` (1-based), jitter included; None past the last retry."""
        return retry_delay_ms(attempt, self.policy, self.random if random is None else random)


def _clock_ms(clock: Callable[[], float]) -> float | None:
    """The clock's time in milliseconds; None (the system clock) for a clock that fails or gives no number."""
    try:
        seconds = clock()
    except Exception:  # noqa: BLE001 - a broken clock reads as the system's (SPEC §11)
        return None
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)):
        return None
    return seconds * 1000
