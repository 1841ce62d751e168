from __future__ import annotations

import math
import time
from collections.abc import Iterator
from datetime import timedelta

import pytest
from synthetic import RECONNECT, Outcome, Tunnel

from vpn_error_codes._reconnect import (
    Reconnect,
    ReconnectAdvisor,
    ReconnectError,
    ReconnectHistory,
    StopReconnecting,
    WaitForNetwork,
    advise_reconnect,
)

NOW = 5_000_000.0


def advise(code: object, history: ReconnectHistory | None = None, r: object = 0.0, family: object = "Tunnel") -> object:
    return advise_reconnect(family, code, history, policy=RECONNECT, now_ms=NOW, random=lambda: r)  # type: ignore[arg-type,return-value]


def reconnected(*ago: float) -> ReconnectHistory:
    return ReconnectHistory(reconnects=[NOW - a for a in ago])


def test_the_first_reconnect_backs_off_from_the_initial_delay_less_the_jitter() -> None:
    # 150 ms, less up to 40 % of it at random.
    assert advise(11) == Reconnect(150, "backoff")
    assert advise(11, r=0.5) == Reconnect(120, "backoff")
    assert advise(11, r=1.0) == Reconnect(90, "backoff")


def test_the_delay_grows_by_the_multiplier_per_reconnect_in_the_window_up_to_the_cap() -> None:
    assert advise(11, reconnected(1_000)) == Reconnect(450, "backoff")
    assert advise(11, reconnected(1_000, 2_000)) == Reconnect(1_350, "backoff")
    assert advise(11, reconnected(1_000, 2_000, 3_000), r=0.25) == Reconnect(3_645, "backoff")
    roomy = RECONNECT.replace(max_reconnects=9)
    history = reconnected(1_000, 2_000, 3_000, 4_000)
    assert advise_reconnect("Tunnel", 11, history, policy=roomy, now_ms=NOW, random=lambda: 0.0) == Reconnect(
        5_000, "backoff"
    )


def test_reconnects_outside_the_window_do_not_count() -> None:
    # One exactly a window ago is outside (now - window, now].
    assert advise(11, reconnected(70_000, 80_000)) == Reconnect(150, "backoff")
    assert advise(11, reconnected(69_999)) == Reconnect(450, "backoff")


def test_a_half_millisecond_rounds_up() -> None:
    # 12 ms less 0.5 x 0.25 of it: 10.5 ms, which round() would make 10.
    policy = RECONNECT.replace(initial_delay_ms=12, jitter_ratio=0.5)
    assert advise_reconnect("Tunnel", 11, None, policy=policy, now_ms=NOW, random=lambda: 0.25) == Reconnect(
        11, "backoff"
    )


def test_a_growth_past_binary64_is_capped_not_raised() -> None:
    policy = RECONNECT.replace(multiplier=1e308, max_reconnects=9)
    assert advise_reconnect(
        "Tunnel", 11, reconnected(1, 2, 3), policy=policy, now_ms=NOW, random=lambda: 0.0
    ) == Reconnect(5_000, "backoff")


def test_the_window_exhausted_stops_before_anything_else() -> None:
    full = reconnected(1_000, 2_000, 3_000, 60_000)
    for code in (11, 12, 13):
        advice = advise(code, full)
        assert isinstance(advice, StopReconnecting)
        assert advice.reason == "window-exhausted"
        assert "4 reconnects in the last 70 s" in advice.detail


def test_a_reconnect_now_code_goes_at_once_unless_a_reconnect_started_within_the_flapping_time() -> None:
    assert advise(12, r=0.9) == Reconnect(0, "immediate")
    assert advise(12, reconnected(7_000)) == Reconnect(0, "immediate")
    assert advise(12, reconnected(6_999)) == Reconnect(450, "backoff")


def test_a_wait_for_network_code_waits() -> None:
    assert advise(13) == WaitForNetwork()
    assert advise("NoLink", family="Outcome") == WaitForNetwork()


def test_the_same_error_soon_after_each_of_the_last_connections_is_flapping() -> None:
    connected = [NOW - 20_000, NOW - 5_000]
    flapping = advise(
        11, ReconnectHistory(connected=connected, errors=[ReconnectError(NOW - 15_000, "Tunnel", "Dropped")])
    )
    assert isinstance(flapping, StopReconnecting)
    assert flapping.reason == "flapping"
    assert flapping.detail.startswith("Tunnel.Dropped came back within 7 s of each of the last 2 times")
    # Any key of the same code counts, a mapping as well as a ReconnectError; the family as its enum too.
    for key in (11, "11", "OLD_DROP", Tunnel.DROPPED):
        history = ReconnectHistory(connected=connected, errors=[{"at": NOW - 15_000, "family": Tunnel, "code": key}])
        assert advise(11, history) == flapping


@pytest.mark.parametrize(
    "errors",
    [
        [ReconnectError(NOW - 15_000, "Tunnel", 12)],  # another code
        [ReconnectError(NOW - 15_000, "Outcome", "Dropped")],  # another family
        [ReconnectError(NOW - 20_000, "Tunnel", 11)],  # at the connection itself, not after it
        [ReconnectError(NOW - 12_999, "Tunnel", 11)],  # more than 7 s after it
        [ReconnectError(math.nan, "Tunnel", 11), ReconnectError(NOW + 1, "Tunnel", 11)],  # no time, or after now
    ],
)
def test_an_error_that_does_not_follow_a_connection_is_no_flapping(errors: list[ReconnectError]) -> None:
    history = ReconnectHistory(connected=[NOW - 20_000, NOW - 5_000], errors=errors)
    assert advise(11, history) == Reconnect(150, "backoff")


def test_reconnects_that_never_connected_are_no_flapping() -> None:
    history = ReconnectHistory(
        reconnects=[NOW - 6_000, NOW - 3_000], errors=[ReconnectError(NOW - 2_000, "Tunnel", 11)]
    )
    assert advise(11, history) == Reconnect(1_350, "backoff")
    # One connection is fewer than the policy's two.
    assert advise(11, ReconnectHistory(connected=[NOW - 5_000])) == Reconnect(150, "backoff")


def test_stops_for_a_code_a_new_tunnel_does_not_clear_and_for_a_success() -> None:
    assert advise(14) == StopReconnecting("not-reconnectable", "Tunnel.Banned: banned for good")
    assert advise("Stale") == StopReconnecting(
        "not-reconnectable", "Tunnel.Stale: a new tunnel would fail the same way"
    )
    assert advise(0) == StopReconnecting("not-an-error", "Tunnel.Fine is a success code")
    assert advise("Good", family=Outcome) == StopReconnecting("not-an-error", "Outcome.Good is a success code")


@pytest.mark.parametrize(
    ("family", "code"),
    [
        ("Tunnel", 99),
        ("Tunnel", "Nope"),
        ("Tunnel", None),
        ("Tunnel", True),
        ("Tunnel", []),
        ("Tunnel", {}),
        ("Tunnel", 11.5),
        ("Tunnel", "x" * 10_000),
        ("Outcome", 11),
        ("Elsewhere", 11),
        (None, 11),
        (int, 11),
        (["Tunnel"], 11),
    ],
)
def test_an_unknown_family_or_code_stops_with_unknown_code(family: object, code: object) -> None:
    advice = advise(code, family=family)
    assert isinstance(advice, StopReconnecting)
    assert advice.reason == "unknown-code"
    assert len(advice.detail) < 250


def test_every_key_of_a_code_finds_it() -> None:
    for key in (12, "12", 12.0, "Moved", "LinkMoved", Tunnel.MOVED):
        assert advise(key) == Reconnect(0, "immediate")
    assert advise(12, family=Tunnel) == Reconnect(0, "immediate")


@pytest.mark.parametrize(
    "garbage",
    [math.nan, math.inf, -math.inf, True, "1", None, 10**400, -(10**400), NOW + 1, [NOW - 1], object()],
)
def test_history_entries_that_are_no_finite_time_at_or_before_now_are_ignored(garbage: object) -> None:
    history = ReconnectHistory(reconnects=[garbage, NOW - 1_000], connected=[garbage, garbage])  # type: ignore[list-item]
    assert advise(11, history) == Reconnect(450, "backoff")


GARBAGE_ERRORS: list[object] = [None, 3, "x", {}]


@pytest.mark.parametrize(
    "history",
    [None, 42, "reconnects", [1, 2], {"reconnects": "abc"}, ReconnectHistory(errors=GARBAGE_ERRORS)],  # type: ignore[arg-type]
)
def test_a_history_of_the_wrong_shape_reads_as_none(history: object) -> None:
    assert advise(11, history) == Reconnect(150, "backoff")  # type: ignore[arg-type]


def test_a_history_as_a_mapping_counts() -> None:
    assert advise(11, {"reconnects": [NOW - 1_000]}) == Reconnect(450, "backoff")  # type: ignore[arg-type]


def test_a_history_that_fails_while_read_reads_as_none() -> None:
    def failing() -> Iterator[float]:
        yield NOW - 1_000
        raise RuntimeError

    assert advise(11, ReconnectHistory(reconnects=failing())) == Reconnect(150, "backoff")


@pytest.mark.parametrize("r", [-1.0, math.nan, "0.5", None, True, 0])
def test_a_random_source_that_gives_no_unit_number_reads_as_zero(r: object) -> None:
    assert advise(11, r=r) == Reconnect(150, "backoff")


def test_a_random_source_that_raises_reads_as_zero_and_one_above_one_as_one() -> None:
    def broken() -> float:
        raise ValueError

    assert advise_reconnect("Tunnel", 11, None, policy=RECONNECT, now_ms=NOW, random=broken) == Reconnect(
        150, "backoff"
    )
    assert advise(11, r=7.0) == Reconnect(90, "backoff")


@pytest.mark.parametrize("now", [math.nan, math.inf, None, "now", True, 10**400])
def test_a_now_that_is_no_finite_number_is_the_current_time(now: object) -> None:
    recently = time.time() * 1000 - 5_000
    history = ReconnectHistory(reconnects=[recently])
    advice = advise_reconnect("Tunnel", 11, history, policy=RECONNECT, now_ms=now, random=lambda: 0.0)  # type: ignore[arg-type]
    assert advice == Reconnect(450, "backoff")


def test_no_policy_stops() -> None:
    advice = advise_reconnect("Tunnel", 11, None, policy=None)
    assert advice == StopReconnecting("not-reconnectable", "the catalog has no reconnect policy")


def test_the_advisor_reads_its_clock_and_random_source() -> None:
    advisor = ReconnectAdvisor(RECONNECT, clock=lambda: NOW / 1000, random=lambda: 1.0)
    assert advisor.advise(Tunnel, "Dropped", reconnected(1_000)) == Reconnect(270, "backoff")
    assert advisor.advise(Tunnel, "Dropped", reconnected(1_000), now_ms=NOW + 2_000_000) == Reconnect(90, "backoff")
    assert advisor.advise(Tunnel, 11, random=lambda: 0.0) == Reconnect(150, "backoff")
    broken = ReconnectAdvisor(RECONNECT, clock=lambda: "soon", random=lambda: 0.0)  # type: ignore[arg-type,return-value]
    assert broken.advise(Tunnel, 11) == Reconnect(150, "backoff")


def test_the_delay_is_also_a_timedelta() -> None:
    assert Reconnect(1_500, "backoff").delay == timedelta(seconds=1.5)
