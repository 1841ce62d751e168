# Copied from runtime/python/vpn_error_codes/_details.py by npm run build: edit that file, not this copy.
"""A known code's details against its shape, as the envelope's JSON Schema checks them (runtime/SPEC.md §10)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ._http_date import epoch_ms
from ._policy import DetailsShape, EnvelopePolicy

_OFFSET_HOURS = 24
_OFFSET_MINUTES = 60


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
        return json_type == "number" or float(value).is_integer()
    except OverflowError:
        # An integer past the double range reads as infinite, which has no integer value (SPEC §2).
        return False


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
    return m[7] is None or (int(m[8]) < _OFFSET_HOURS and int(m[9]) < _OFFSET_MINUTES)


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
