# Copied from runtime/python/vpn_error_codes/_details.py by npm run build: edit that file, not this copy.
"""A known code's details against its shape, as the envelope's JSON Schema checks them (runtime/SPEC.md §10)."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import Any, TypeVar, cast

from ._body import EnvelopeError
from ._http_date import epoch_ms
from ._policy import DetailsShape, EnvelopePolicy

T = TypeVar("T")
_LEAP_SECOND = 60
_MICROSECOND_DIGITS = 6
_EARLIEST = datetime(1, 1, 1, tzinfo=timezone.utc)
_LATEST = datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=timezone.utc)

_OFFSET_HOURS = 24
_OFFSET_MINUTES = 60
_MINUTES_IN_DAY = _OFFSET_HOURS * _OFFSET_MINUTES


# JSON types whose Python type says it all; numbers are told apart below.
_PYTHON_TYPES: dict[str, type] = {"string": str, "boolean": bool, "array": list, "object": dict}


def is_json_type(value: object, json_type: str) -> bool:
    """Whether a decoded JSON value is of a JSON Schema type; integer is any number without a fraction."""
    python_type = _PYTHON_TYPES.get(json_type)
    if python_type is not None:
        return isinstance(value, python_type)
    # bool is an int in Python, never a JSON number.
    if isinstance(value, bool) or not isinstance(value, (int, float)) or json_type not in {"number", "integer"}:
        return False
    try:
        number = float(value)
    except OverflowError:
        # An integer past the binary64 range reads as infinite, which is no JSON Schema number (SPEC §10).
        return False
    return math.isfinite(number) and (json_type == "number" or number.is_integer())


@lru_cache(maxsize=8)
def _uri(scheme_pattern: str, forbidden: frozenset[int]) -> re.Pattern[str]:
    none_of = "".join(f"\\U{c:08x}" for c in sorted(forbidden))
    return re.compile(f"(?:{scheme_pattern}):[^{none_of}]*" if none_of else f"(?:{scheme_pattern}):.*", re.DOTALL)


def _is_date_time(text: str, pattern: str) -> bool:
    m = re.fullmatch(pattern, text)
    if m is None:
        return False
    year, month, day, hour, minute, second = (int(g) for g in m.groups()[:6])
    if epoch_ms(year, month, day, hour, minute, second) is None:
        return False
    offset_hour, offset_minute = (0, 0) if m[7] is None else (int(m[8]), int(m[9]))
    if offset_hour >= _OFFSET_HOURS or offset_minute >= _OFFSET_MINUTES:
        return False
    if second < _LEAP_SECOND:
        return True
    # A leap second is the last second of a UTC day: 23:59 once the offset is taken away (SPEC §10).
    offset = (-1 if m[7] == "-" else 1) * (offset_hour * _OFFSET_MINUTES + offset_minute)
    return (hour * _OFFSET_MINUTES + minute - offset) % _MINUTES_IN_DAY == _MINUTES_IN_DAY - 1


def has_format(text: str, string_format: str, policy: EnvelopePolicy) -> bool:
    """Whether a string is of a format: date-time (RFC 3339) or uri. A format the runtime does not know passes."""
    if string_format == "uri":
        return _uri(policy.uri_scheme_pattern, policy.uri_forbidden).fullmatch(text) is not None
    if string_format == "date-time":
        return _is_date_time(text, policy.date_time_pattern)
    return True


def details_problem(shape: DetailsShape, details: dict[str, Any], policy: EnvelopePolicy) -> str | None:
    """The first thing wrong with details, as a JSON pointer below them and a reason; None when they fit."""
    for name in shape.required:
        if name not in details:
            return f" must have required property '{name}'"
    for f in shape.fields:
        if f.name not in details:
            continue
        value = details[f.name]
        if f.type is not None and not is_json_type(value, f.type):
            return f"/{f.name} must be {f.type}"
        if f.minimum is not None and is_json_type(value, "number") and value < f.minimum:
            return f"/{f.name} must be >= {f.minimum:g}"
        if f.format is not None and isinstance(value, str) and not has_format(value, f.format, policy):
            return f"/{f.name} must match format {f.format}"
        if f.items is not None and isinstance(value, list) and not all(is_json_type(i, f.items) for i in value):
            return f"/{f.name} items must be {f.items}"
    return None


def code_details_problem(code: str, details: object, policy: EnvelopePolicy) -> str | None:
    """What is wrong with a code's details, as details_problem says it, or None; any code's must be an object."""
    if not isinstance(details, dict):
        return " must be an object"
    shape = policy.details.get(code)
    return None if shape is None else details_problem(shape, details, policy)


def checked_details(
    code: str,
    value: object,
    policy: EnvelopePolicy,
    decode: Callable[[dict[str, Any]], T],
) -> T:
    """A code's details from a decoded JSON value, checked as the envelope checks its error's details.

    Raises EnvelopeError for a value the envelope would refuse as that code's details.
    """
    problem = code_details_problem(code, value, policy)
    if problem is not None:
        raise EnvelopeError(f"details{problem}")
    try:
        return decode(cast("dict[str, Any]", value))
    except EnvelopeError:
        raise
    except (ValueError, TypeError, OverflowError, LookupError) as e:
        raise EnvelopeError(f"details: {e}") from e


def parse_date_time(text: str, pattern: str) -> datetime | None:
    """An RFC 3339 date-time as an aware datetime; None for text that is not one (runtime/SPEC.md §10).

    datetime has no leap second: 23:59:60 is the instant after 23:59:59.999999, as Unix time counts it.
    Digits past microseconds are dropped; an instant outside datetime's years 1-9999 (year 0000, or an
    offset that carries past 9999-12-31) is clamped to datetime.min or datetime.max in UTC.
    """
    m = re.fullmatch(pattern, text)
    if m is None or not _is_date_time(text, pattern):
        return None
    year, month, day, hour, minute, second = (int(g) for g in m.groups()[:6])
    fraction = re.search(r"\.([0-9]+)", text[m.start(6) :])
    micro = int(fraction[1][:_MICROSECOND_DIGITS].ljust(_MICROSECOND_DIGITS, "0")) if fraction else 0
    offset = (
        timedelta(0) if m[7] is None else (1 if m[7] == "+" else -1) * timedelta(hours=int(m[8]), minutes=int(m[9]))
    )
    leap = second == _LEAP_SECOND
    try:
        local = datetime(year, month, day, hour, minute, 59 if leap else second, micro, timezone(offset))
        return local + timedelta(seconds=1) if leap else local
    except (ValueError, OverflowError):
        before = year < 1 or (year == 1 and offset > timedelta(0))
        return _EARLIEST if before else _LATEST


def date_time_of(value: object, pattern: str) -> datetime:
    """A details field that must be an RFC 3339 date-time, as a datetime; EnvelopeError for anything else."""
    parsed = parse_date_time(value, pattern) if isinstance(value, str) else None
    if parsed is None:
        raise EnvelopeError(f"expected an RFC 3339 date-time, got {type(value).__name__}")
    return parsed


def format_date_time(value: datetime) -> str:
    """A datetime as RFC 3339 text, UTC as Z: what date_time_of reads back."""
    text = value.isoformat()
    return f"{text[:-6]}Z" if text.endswith("+00:00") else text


def typed_details(
    code: object,
    details: dict[str, Any] | None,
    decoders: Mapping[str, Callable[[dict[str, Any]], T]],
) -> T | None:
    """A known code's details as its type; None for a code without one or details not of its shape.

    Never raises: details the envelope check rejects are reported by that check, not here.
    """
    decode = decoders.get(str(code)) if details is not None else None
    if decode is None or details is None:
        return None
    try:
        return decode(details)
    except (ValueError, TypeError, OverflowError, LookupError):
        return None
