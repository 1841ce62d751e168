# Copied from runtime/python/vpn_error_codes/_http_date.py by npm run build: edit that file, not this copy.
"""HTTP-date (RFC 9110 §5.6.7), strictly: IMF-fixdate, the obsolete RFC 850 form and asctime (runtime/SPEC.md §4)."""

from __future__ import annotations

import re
import time

from ._headers import trim_ows

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_MONTH = "(" + "|".join(_MONTHS) + ")"
_DAY = "(Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
_TIME = "([0-9]{2}):([0-9]{2}):([0-9]{2})"
# Anchored at the start only: the caller decides what may follow (the end, or a list's next element).
# [0-9], not \d, which matches any Unicode digit. Text, not compiled: re compiles and caches each on its
# first use, so that a decision whose response carries no date compiles none.
_IMF_FIXDATE = _DAY + ", ([0-9]{2}) " + _MONTH + " ([0-9]{4}) " + _TIME + " GMT"
_RFC_850 = (
    "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), ([0-9]{2})-" + _MONTH + "-([0-9]{2}) " + _TIME + " GMT"
)
_ASCTIME = _DAY + " " + _MONTH + " ( [0-9]|[0-9]{2}) " + _TIME + " ([0-9]{4})"

_HOURS_IN_DAY = 24
_MINUTES_IN_HOUR = 60
# RFC 9110 allows second 60, a leap second.
_LAST_SECOND = 60
_FEBRUARY = 2
# RFC 9110: a two-digit year more than this many years ahead is the most recent past year with those digits.
_TWO_DIGIT_YEAR_AHEAD = 50
_EPOCH_YEAR = 1970


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_from_civil(year: int, month: int, day: int) -> int:
    # Howard Hinnant's days_from_civil: any proleptic Gregorian year, free of datetime's range.
    y = year - 1 if month <= _FEBRUARY else year
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (month + (-3 if month > _FEBRUARY else 9)) + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def epoch_ms(year: int, month: int, day: int, hour: int, minute: int, second: int) -> int | None:  # noqa: PLR0913, PLR0917 - a date-time's six fields
    """Milliseconds since the epoch, or None when a field is out of range (Feb 30, 24:00:00)."""
    if not 1 <= month <= len(_MONTHS):
        return None
    days = 29 if month == _FEBRUARY and _is_leap(year) else _DAYS_IN_MONTH[month - 1]
    if not 1 <= day <= days or hour >= _HOURS_IN_DAY or minute >= _MINUTES_IN_HOUR or second > _LAST_SECOND:
        return None
    minutes = (_days_from_civil(year, month, day) * _HOURS_IN_DAY + hour) * _MINUTES_IN_HOUR + minute
    return (minutes * 60 + second) * 1000


def _year_of(now_ms: float) -> int:
    try:
        return time.gmtime(now_ms / 1000).tm_year
    except (OverflowError, OSError, ValueError):
        return _EPOCH_YEAR


def _month(name: str) -> int:
    return _MONTHS.index(name) + 1


def http_date_prefix(text: str, now_ms: float) -> tuple[int, int] | None:
    """An HTTP-date at the start of text: its time in ms since the epoch and how many characters it took.

    The length lets a caller take the first element of a comma-joined list, as IMF-fixdate holds a comma.
    The day name must be a valid name; it is not checked against the date, as RFC 9110 does not ask it.
    """
    m = re.match(_IMF_FIXDATE, text)
    if m:
        ms = epoch_ms(int(m[4]), _month(m[3]), int(m[2]), int(m[5]), int(m[6]), int(m[7]))
        return None if ms is None else (ms, m.end())
    m = re.match(_RFC_850, text)
    if m:
        current = _year_of(now_ms)
        year = current // 100 * 100 + int(m[4])
        if year > current + _TWO_DIGIT_YEAR_AHEAD:
            year -= 100
        ms = epoch_ms(year, _month(m[3]), int(m[2]), int(m[5]), int(m[6]), int(m[7]))
        return None if ms is None else (ms, m.end())
    m = re.match(_ASCTIME, text)
    if m:
        ms = epoch_ms(int(m[7]), _month(m[2]), int(m[3].strip(" ")), int(m[4]), int(m[5]), int(m[6]))
        return None if ms is None else (ms, m.end())
    return None


def parse_http_date(text: str, now_ms: float | None = None) -> int | None:
    """An HTTP-date in any of its three forms and nothing else (SP and HTAB aside), in ms; None otherwise.

    now_ms places an RFC 850 date's two-digit year; it defaults to the clock.
    """
    if not isinstance(text, str):
        return None
    trimmed = trim_ows(text)
    parsed = http_date_prefix(trimmed, time.time() * 1000 if now_ms is None else now_ms)
    return parsed[0] if parsed is not None and parsed[1] == len(trimmed) else None
