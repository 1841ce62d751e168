# Copied from runtime/python/vpn_error_codes/_reconnect.py by npm run build: edit that file, not this copy.
"""Reconnect after an SDK error? The decision by a policy (runtime/SPEC.md §12).

Reconnect the tunnel now or after a backoff, wait for the network, or stop and tell the user. Pure: the
history, the clock and the random source are the caller's. Nothing here raises: an unknown family or key
stops with unknown-code, and history entries that are not finite times at or before now are ignored.
"""

from __future__ import annotations

import math
import sys
import time
from collections.abc import Iterable, Mapping

from ._jitter import round_half_up, system_random, unit
from ._record import Record

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import timedelta

    from ._policy import ReconnectFamily, ReconnectPolicy
    from ._words import ReconnectBasis, StopReason


class Reconnect(Record):
    """Reconnect the tunnel after delay_ms: at once where the source says so (immediate), else the backoff."""

    __slots__ = ("basis", "delay_ms")
    __match_args__ = ("delay_ms", "basis")
    delay_ms: int
    basis: ReconnectBasis

    def __init__(self, delay_ms: int, basis: ReconnectBasis) -> None:
        """The advice, by field."""
        super().__init__(delay_ms=delay_ms, basis=basis)

    @property
    def delay(self) -> timedelta:
        """The delay as a timedelta, for asyncio.sleep(advice.delay.total_seconds()) and the like."""
        from datetime import timedelta  # noqa: PLC0415 - datetime loads only for a caller that asks

        return timedelta(milliseconds=self.delay_ms)


class WaitForNetwork(Record):
    """The device has no network: reconnect once it is back."""

    __slots__ = ()


class StopReconnecting(Record):
    """Stop reconnecting and tell the user. detail is for logs."""

    __slots__ = ("detail", "reason")
    __match_args__ = ("reason", "detail")
    reason: StopReason
    detail: str

    def __init__(self, reason: StopReason, detail: str) -> None:
        """The advice, by field."""
        super().__init__(reason=reason, detail=detail)


# The union as a value (isinstance, a type hint) without typing's import, which 3.10's X | Y needs no more.
if sys.version_info >= (3, 10):
    ReconnectAdvice = Reconnect | WaitForNetwork | StopReconnecting
else:  # pragma: no cover - Python 3.9
    from typing import Union

    ReconnectAdvice = Union[Reconnect, WaitForNetwork, StopReconnecting]


class ReconnectError(Record):
    """An error the SDK reported earlier: when (clock ms), its family, and its code by any key a lookup takes."""

    __slots__ = ("at", "code", "family")
    __match_args__ = ("at", "family", "code")
    at: float
    family: str
    code: object

    def __init__(self, at: float, family: str, code: object) -> None:
        """The error, by field."""
        super().__init__(at=at, family=family, code=code)


class ReconnectHistory(Record):
    """What happened before, in clock ms; order does not matter.

    reconnects: when each reconnect started (the window's cap and the backoff count these). connected: when
    the tunnel came up (flapping counts an error after one of these, not a reconnect that failed). errors:
    the SDK's earlier errors. A mapping with the same keys does as well as a ReconnectHistory.
    """

    __slots__ = ("connected", "errors", "reconnects")
    __match_args__ = ("reconnects", "connected", "errors")
    reconnects: Iterable[float]
    connected: Iterable[float]
    errors: Iterable[ReconnectError | Mapping[str, object]]
    """The SDK's earlier errors: ReconnectError values, or mappings with the keys at, family and code."""

    def __init__(
        self,
        reconnects: Iterable[float] = (),
        connected: Iterable[float] = (),
        errors: Iterable[ReconnectError | Mapping[str, object]] = (),
    ) -> None:
        """The history, by field."""
        super().__init__(reconnects=reconnects, connected=connected, errors=errors)


def _time(value: object) -> float | None:
    """The finite time in ms that value is; None for a bool, a non-number, NaN, an infinity or an int past binary64."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        t = float(value)
    except OverflowError:
        return None
    return t if math.isfinite(t) else None


def _times(values: object, now: float) -> list[float]:
    """The finite times at or before now in anything iterable, sorted; anything else reads as none."""
    if isinstance(values, (str, bytes, Mapping)) or not isinstance(values, Iterable):
        return []
    found = (_time(v) for v in values)
    return sorted(t for t in found if t is not None and t <= now)


def _table(policy: ReconnectPolicy, family: object) -> ReconnectFamily | None:
    """The SDK family named (or given as its enum) by family."""
    for table in policy.families:
        if table.members is family or (isinstance(family, str) and table.members.__name__ == family):
            return table
    return None


def _member(table: ReconnectFamily, code: object) -> tuple[object, str] | None:
    """The value and identifier of the code any key names in the family."""
    match = table.members.lookup(code)
    if match is None:
        return None
    value = getattr(match.member, "_value_", None)
    return None if value is None else (value, match.member.identifier)


def _field(entry: object, name: str) -> object:
    if isinstance(entry, Mapping):
        return entry.get(name)
    return getattr(entry, name, None)


def _same_code_times(errors: object, table: ReconnectFamily, value: object, now: float) -> list[float]:
    """When the history's errors of this family and code happened."""
    if isinstance(errors, (str, bytes, Mapping)) or not isinstance(errors, Iterable):
        return []
    found: list[object] = []
    for entry in errors:
        family = _field(entry, "family")
        if family is not table.members and (not isinstance(family, str) or table.members.__name__ != family):
            continue
        member = _member(table, _field(entry, "code"))
        if member is not None and member[0] == value:
            found.append(_field(entry, "at"))
    return _times(found, now)


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 80 else f"{text[:77]}..."  # noqa: PLR2004 - a log line's share for one value


def advise_reconnect(  # noqa: PLR0913 - the error, its history, and keyword options
    family: object,
    code: object,
    history: ReconnectHistory | None = None,
    *,
    policy: ReconnectPolicy | None,
    now_ms: float | None = None,
    random: Callable[[], float] = system_random,
) -> ReconnectAdvice:
    """What to do about an SDK error ``code`` of ``family`` (its enum or its name), given the history.

    code is any key the family's lookup takes: the value, its digits, the identifier, an alias, an older
    name. Never raises: an unknown family or code stops with unknown-code.
    """
    if policy is None:
        return StopReconnecting("not-reconnectable", "the catalog has no reconnect policy")
    table = _table(policy, family)
    known = None if table is None else _member(table, code)
    if table is None or known is None:
        shown = getattr(family, "__name__", family)
        return StopReconnecting("unknown-code", f"{_show(shown)} has no code {_show(code)}")
    value, identifier = known
    subject = f"{table.members.__name__}.{identifier}"
    kind = table.classes.get(value)  # type: ignore[call-overload]
    if kind is None:
        return StopReconnecting("unknown-code", f"the reconnect policy does not list {subject}")
    if kind == "not-an-error":
        return StopReconnecting("not-an-error", f"{subject} is a success code")
    if kind == "stop":
        reason = table.stop_reasons.get(value)  # type: ignore[call-overload]
        return StopReconnecting("not-reconnectable", f"{subject}: {reason or 'a new tunnel would fail the same way'}")

    now = _time(now_ms)
    if now is None:
        now = time.time() * 1000
    try:
        reconnects = _times(_field(history, "reconnects"), now)
        connected = _times(_field(history, "connected"), now)
        errors = [*_same_code_times(_field(history, "errors"), table, value, now), now]
    except Exception:  # noqa: BLE001 - a history whose iteration fails reads as none (SPEC §11)
        reconnects, connected, errors = [], [], [now]
    return _decide(
        policy,
        kind=kind,
        subject=subject,
        reconnects=reconnects,
        connected=connected,
        errors=errors,
        now=now,
        random=random,
    )


def _decide(  # noqa: PLR0913 - the steps 3 to 7 of SPEC §12, on the cleaned history
    policy: ReconnectPolicy,
    *,
    kind: str,
    subject: str,
    reconnects: list[float],
    connected: list[float],
    errors: list[float],
    now: float,
    random: Callable[[], float],
) -> ReconnectAdvice:
    recent = [t for t in reconnects if t > now - policy.window_ms]
    if len(recent) >= policy.max_reconnects:
        return StopReconnecting(
            "window-exhausted",
            f"{subject}: {len(recent)} reconnects in the last {policy.window_ms / 1000:g} s, "
            "the most the policy allows; ask the user",
        )
    # A reconnect that never connected (the gateway is down) is the backoff's business, not flapping.
    within = policy.flapping_within_ms
    last = connected[-policy.flapping_times :] if policy.flapping_times > 0 else connected
    if len(last) == policy.flapping_times and all(any(r < t <= r + within for t in errors) for r in last):
        return StopReconnecting(
            "flapping",
            f"{subject} came back within {within / 1000:g} s of each of the last {policy.flapping_times} times "
            "the tunnel came up: a new tunnel does not clear it; ask the user",
        )
    if kind == "wait-for-network":
        return WaitForNetwork()
    if kind == "reconnect-now" and not any(t > now - within for t in reconnects):
        return Reconnect(0, "immediate")
    try:
        grown = float(policy.initial_delay_ms) * float(policy.multiplier) ** len(recent)
    except OverflowError:
        grown = math.inf
    base = min(grown, float(policy.max_delay_ms))
    return Reconnect(round_half_up(base * (1 - policy.jitter_ratio * unit(random))), "backoff")


class ReconnectAdvisor(Record):
    """The reconnect decision under one policy, so that a caller names the policy once."""

    __slots__ = ("clock", "policy", "random")
    __match_args__ = ("policy", "clock", "random")
    policy: ReconnectPolicy | None
    clock: Callable[[], float]
    """Seconds since the Unix epoch, as time.time gives them: now, when a call gives no now_ms."""
    random: Callable[[], float]
    """A number in [0, 1), as random.random gives it: the jitter."""

    def __init__(
        self,
        policy: ReconnectPolicy | None,
        clock: Callable[[], float] = time.time,
        random: Callable[[], float] = system_random,
    ) -> None:
        """The advisor, by field."""
        super().__init__(policy=policy, clock=clock, random=random)

    def advise(
        self,
        family: object,
        code: object,
        history: ReconnectHistory | None = None,
        *,
        now_ms: float | None = None,
        random: Callable[[], float] | None = None,
    ) -> ReconnectAdvice:
        """What to do about an SDK error ``code`` of ``family`` (its enum or its name), given the history.

        code is any key the family's lookup takes. now_ms and random default to the advisor's clock and
        random source. Never raises: an unknown family or code stops with unknown-code.
        """
        if now_ms is None:
            now_ms = _clock_ms(self.clock)
        return advise_reconnect(
            family,
            code,
            history,
            policy=self.policy,
            now_ms=now_ms,
            random=self.random if random is None else random,
        )


def _clock_ms(clock: Callable[[], float]) -> float | None:
    """The clock's time in milliseconds; None (the system clock) for a clock that fails or gives no number."""
    try:
        seconds = clock()
    except Exception:  # noqa: BLE001 - a broken clock reads as the system's (SPEC §11)
        return None
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)):
        return None
    return seconds * 1000
