from __future__ import annotations

import calendar
import math

import pytest

from vpn_error_codes._http_date import epoch_ms, http_date_prefix, parse_http_date


def utc_ms(year: int, month: int, day: int, *clock: int) -> int:
    """Milliseconds since the epoch of a date and an optional hour, minute and second."""
    hour, minute, second = (*clock, 0, 0, 0)[:3]
    return calendar.timegm((year, month, day, hour, minute, second, 0, 0, 0)) * 1000


NOW = utc_ms(2040, 6, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sun, 06 Nov 1994 08:49:37 GMT", utc_ms(1994, 11, 6, 8, 49, 37)),
        ("Sunday, 06-Nov-94 08:49:37 GMT", utc_ms(1994, 11, 6, 8, 49, 37)),
        ("Sun Nov  6 08:49:37 1994", utc_ms(1994, 11, 6, 8, 49, 37)),
        ("Sun Nov 16 08:49:37 1994", utc_ms(1994, 11, 16, 8, 49, 37)),
        ("Thu, 29 Feb 2024 23:59:59 GMT", utc_ms(2024, 2, 29, 23, 59, 59)),
        # A leap second is a valid second.
        ("Wed, 31 Dec 2036 23:59:60 GMT", utc_ms(2037, 1, 1)),
        # The day name is not checked against the date.
        ("Mon, 06 Nov 1994 08:49:37 GMT", utc_ms(1994, 11, 6, 8, 49, 37)),
    ],
)
def test_each_form_of_http_date(text: str, expected: int) -> None:
    assert parse_http_date(text, NOW) == expected


def test_an_rfc_850_year_more_than_fifty_years_ahead_is_in_the_past_century() -> None:
    assert parse_http_date("Friday, 01-Jan-90 00:00:00 GMT", NOW) == utc_ms(2090, 1, 1)
    assert parse_http_date("Friday, 01-Jan-91 00:00:00 GMT", NOW) == utc_ms(1991, 1, 1)


def test_an_rfc_850_date_against_a_clock_that_is_no_time_reads_the_year_from_the_epoch() -> None:
    assert parse_http_date("Friday, 01-Jan-99 00:00:00 GMT", math.nan) == utc_ms(1999, 1, 1)
    assert parse_http_date("Friday, 01-Jan-99 00:00:00 GMT", math.inf) == utc_ms(1999, 1, 1)


@pytest.mark.parametrize(
    "text",
    [
        "sun, 06 nov 1994 08:49:37 gmt",
        "Sun, 06 Nov 1994 08:49:37",
        "Sun, 06 Nov 1994 08:49:37 UTC",
        "Sun, 30 Feb 1994 08:49:37 GMT",
        "Sun, 29 Feb 2100 08:49:37 GMT",
        "Sun, 06 Nov 1994 24:00:00 GMT",
        "Sun, 06 Nov 1994 23:60:00 GMT",
        "Sun, 06 Nov 1994 23:59:61 GMT",
        "Sun, 06 Nov 1994 08:49:37 GMT please",
        "Sun, 6 Nov 1994 08:49:37 GMT",
        "Sunday, 06 Nov 1994 08:49:37 GMT",
        "Sun, 06 Nov 1994 08:49:37 GMT, Sun, 06 Nov 1994 08:49:37 GMT",
        # Digits of other scripts are not digits here.
        "Sun, \u0660\u0666 Nov 1994 08:49:37 GMT",
        "",
        "tomorrow",
    ],
)
def test_anything_else_is_no_date(text: str) -> None:
    assert parse_http_date(text, NOW) is None


def test_sp_and_htab_around_a_date_are_trimmed_and_other_white_space_is_not() -> None:
    date = "Sun, 06 Nov 1994 08:49:37 GMT"
    assert parse_http_date(f" \t{date}\t ", NOW) == utc_ms(1994, 11, 6, 8, 49, 37)
    for other in ("\x0b", "\x0c", "\r", "\n", "\x1c", "\x85", "\xa0", "\u2003"):
        assert parse_http_date(other + date, NOW) is None
        assert parse_http_date(date + other, NOW) is None


def test_a_value_that_is_not_text_is_no_date() -> None:
    assert parse_http_date(None, NOW) is None  # type: ignore[arg-type]
    assert parse_http_date(1994, NOW) is None  # type: ignore[arg-type]


def test_the_clock_is_the_default_now() -> None:
    assert parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT") == utc_ms(1994, 11, 6, 8, 49, 37)


def test_a_prefix_says_how_much_of_the_text_it_took() -> None:
    text = "Sun, 06 Nov 1994 08:49:37 GMT, more"
    assert http_date_prefix(text, NOW) == (utc_ms(1994, 11, 6, 8, 49, 37), len("Sun, 06 Nov 1994 08:49:37 GMT"))
    assert http_date_prefix("more", NOW) is None


@pytest.mark.parametrize(("year", "month", "day"), [(1, 1, 1), (99, 12, 31), (1600, 2, 29), (9999, 12, 31)])
def test_epoch_ms_covers_every_four_digit_year(year: int, month: int, day: int) -> None:
    assert epoch_ms(year, month, day, 12, 30, 15) == utc_ms(year, month, day, 12, 30, 15)


@pytest.mark.parametrize(
    ("year", "month", "day"), [(2023, 2, 29), (2024, 4, 31), (2024, 13, 1), (2024, 0, 1), (2024, 1, 0)]
)
def test_epoch_ms_rejects_a_day_that_does_not_exist(year: int, month: int, day: int) -> None:
    assert epoch_ms(year, month, day, 0, 0, 0) is None
