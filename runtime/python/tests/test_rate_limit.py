from __future__ import annotations

import calendar

import pytest
from synthetic import MS_FROM, RESET_HEADER, RETRY, WAIT_HEADER

from vpn_error_codes._rate_limit import rate_limit_wait, reset_at_ms, retry_after_ms

NOW = 1_900_000_000_000.0
DATE = "Sun, 06 Nov 2033 08:49:37 GMT"


@pytest.mark.parametrize(
    ("value", "ms"),
    [
        ("5", 5_000.0),
        ("0", 0.0),
        ("007", 7_000.0),
        ("5, 9", 5_000.0),
        ("5 \t, 9", 5_000.0),
        ("99999999999999999999", 99999999999999999999.0 * 1000),
    ],
)
def test_retry_after_in_seconds(value: str, ms: float) -> None:
    assert retry_after_ms(value, NOW) == ms


@pytest.mark.parametrize("value", ["-5", "1.5", "5 seconds", "soon", "", "5\x0b", "\u0665"])
def test_retry_after_that_is_no_delay_and_no_date(value: str) -> None:
    assert retry_after_ms(value, NOW) is None


def test_retry_after_as_a_date_is_its_distance_from_now() -> None:
    at_date = calendar.timegm((2033, 11, 6, 8, 49, 37, 0, 0, 0)) * 1000
    now = at_date - 90_000.0
    assert retry_after_ms(DATE, now) == 90_000.0
    assert retry_after_ms(DATE, at_date + 1) == -1.0
    assert retry_after_ms(f"{DATE}, {DATE}", now) == 90_000.0
    assert retry_after_ms(f"{DATE} \t, soon", now) == 90_000.0
    assert retry_after_ms(f"{DATE} later", now) is None


@pytest.mark.parametrize(
    ("value", "ms"),
    [
        ("12", 12_000.0),
        ("12.5", 12_500.0),
        (str(MS_FROM - 1), (MS_FROM - 1) * 1000.0),
        (str(MS_FROM), float(MS_FROM)),
        (f"{MS_FROM}.5", MS_FROM + 0.5),
    ],
)
def test_a_reset_is_in_seconds_below_the_policy_threshold_and_in_ms_from_it(value: str, ms: float) -> None:
    assert reset_at_ms(value, RETRY) == ms


def test_a_reset_without_a_threshold_is_always_seconds() -> None:
    seconds_only = RETRY.replace(reset_milliseconds_from=None)
    assert reset_at_ms(str(MS_FROM), seconds_only) == MS_FROM * 1000.0


@pytest.mark.parametrize("value", ["-12", "1e3", "12s", "12.", ".5", "", "tomorrow", "\u0661\u0662"])
def test_a_reset_that_is_not_a_plain_number(value: str) -> None:
    assert reset_at_ms(value, RETRY) is None


def test_the_later_of_two_usable_waits_wins_and_a_tie_goes_to_retry_after() -> None:
    now = 1_000_000.0  # seconds 1000 in ms, below the threshold's reading of ms
    later_reset = [(WAIT_HEADER, "5"), (RESET_HEADER, "1010")]
    assert rate_limit_wait(later_reset, now, RETRY) == (10_000.0, "rate-limit-reset")
    later_wait = [(WAIT_HEADER, "20"), (RESET_HEADER, "1010")]
    assert rate_limit_wait(later_wait, now, RETRY) == (20_000.0, "retry-after")
    tie = [(RESET_HEADER, "1010"), (WAIT_HEADER, "10")]
    assert rate_limit_wait(tie, now, RETRY) == (10_000.0, "retry-after")


def test_a_reset_in_the_past_or_a_zero_wait_says_nothing() -> None:
    now = 1_000_000.0
    assert rate_limit_wait([(RESET_HEADER, "999")], now, RETRY) is None
    assert rate_limit_wait([(RESET_HEADER, "1000")], now, RETRY) is None
    assert rate_limit_wait([(WAIT_HEADER, "0")], now, RETRY) is None
    assert rate_limit_wait([(RESET_HEADER, "999"), (WAIT_HEADER, "3")], now, RETRY) == (3_000.0, "retry-after")


def test_a_repeated_reset_reads_its_first_value() -> None:
    now = 1_000_000.0
    assert rate_limit_wait([(RESET_HEADER, "1004"), (RESET_HEADER, "1009")], now, RETRY) == (
        4_000.0,
        "rate-limit-reset",
    )
    assert rate_limit_wait([(RESET_HEADER, "later"), (RESET_HEADER, "1009")], now, RETRY) is None


def test_a_repeated_retry_after_reads_its_first_value() -> None:
    assert rate_limit_wait([(WAIT_HEADER, "4"), (WAIT_HEADER, "9")], NOW, RETRY) == (4_000.0, "retry-after")
    assert rate_limit_wait([(WAIT_HEADER, "soon"), (WAIT_HEADER, "9")], NOW, RETRY) is None


@pytest.mark.parametrize("space", [" ", "\t", " \t "])
def test_sp_and_htab_around_header_values_are_optional_whitespace(space: str) -> None:
    now = 1_000_000.0
    assert rate_limit_wait([(WAIT_HEADER, f"{space}4{space}")], now, RETRY) == (4_000.0, "retry-after")
    assert rate_limit_wait([(RESET_HEADER, f"{space}1004{space}")], now, RETRY) == (4_000.0, "rate-limit-reset")


@pytest.mark.parametrize("space", ["\x0b", "\x0c", "\r", "\n", "\x1c", "\x1f", "\x85", "\xa0", "\u2028", "\u3000"])
def test_other_white_space_around_header_values_makes_them_unusable(space: str) -> None:
    now = 1_000_000.0
    assert rate_limit_wait([(WAIT_HEADER, f"{space}4")], now, RETRY) is None
    assert rate_limit_wait([(RESET_HEADER, f"{space}1004")], now, RETRY) is None
    assert rate_limit_wait([(RESET_HEADER, f"1004{space}")], now, RETRY) is None


def test_a_wait_too_large_to_be_finite_says_nothing() -> None:
    assert rate_limit_wait([(RESET_HEADER, "9" * 400)], NOW, RETRY) is None
