from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import pytest
from synthetic import ENVELOPE

from vpn_error_codes._body import EnvelopeError
from vpn_error_codes._details import (
    date_time_of,
    details_problem,
    format_date_time,
    has_format,
    is_json_type,
    parse_date_time,
    typed_details,
)
from vpn_error_codes._policy import DetailsShape, FieldCheck


@pytest.mark.parametrize(
    ("value", "types"),
    [
        ("a", {"string"}),
        (True, {"boolean"}),
        (False, {"boolean"}),
        (1, {"integer", "number"}),
        (1.0, {"integer", "number"}),
        (1.5, {"number"}),
        (10**400, set()),
        (float("inf"), set()),
        (float("-inf"), set()),
        (2**1000, {"integer", "number"}),
        ([], {"array"}),
        ({}, {"object"}),
        (None, set()),
    ],
)
def test_json_types(value: object, types: set[str]) -> None:
    for json_type in ("string", "boolean", "integer", "number", "array", "object", "null-or-else"):
        assert is_json_type(value, json_type) == (json_type in types), json_type


@pytest.mark.parametrize(
    "text",
    [
        "2031-02-03T04:05:06Z",
        "2031-02-03t04:05:06z",
        "2031-02-03T04:05:06.123456+23:59",
        "2032-02-29T00:00:00-00:00",
        "2031-12-31T23:59:60Z",
        "2031-12-31T23:59:60.5z",
        "2032-01-01T01:59:60+02:00",
        "2031-12-31T18:29:60-05:30",
        "2032-01-01T00:00:60+00:01",
    ],
)
def test_a_date_time(text: str) -> None:
    assert has_format(text, "date-time", ENVELOPE)


@pytest.mark.parametrize(
    "text",
    [
        "2031-02-29T00:00:00Z",
        "2031-13-01T00:00:00Z",
        "2031-00-01T00:00:00Z",
        "2031-04-31T00:00:00Z",
        "2031-01-01T24:00:00Z",
        "2031-01-01T00:60:00Z",
        "2031-01-01T00:00:61Z",
        "2031-06-30T12:00:60Z",
        "2031-06-30T23:59:60+01:00",
        "2031-06-30T23:58:60Z",
        "2031-07-01T00:00:60Z",
        "2031-06-30T23:59:60-00:01",
        "2031-01-01T00:00:00+24:00",
        "2031-01-01T00:00:00+00:60",
        "2031-01-01 00:00:00Z",
        "2031-01-01T00:00:00",
        "2031-01-01T00:00:00Z ",
        "\u0662031-01-01T00:00:00Z",
    ],
)
def test_not_a_date_time(text: str) -> None:
    assert not has_format(text, "date-time", ENVELOPE)


@pytest.mark.parametrize("text", ["https://example.test/a?b#c", "mailto:x", "a+b.c-d:", "urn:x:y"])
def test_a_uri(text: str) -> None:
    assert has_format(text, "uri", ENVELOPE)


@pytest.mark.parametrize(
    "text", ["example.test", "1a:x", ":x", "https://a b", "https://a\tb", "https://a\u00a0b", 'x:"', "x:<"]
)
def test_not_a_uri(text: str) -> None:
    assert not has_format(text, "uri", ENVELOPE)


def test_a_uri_with_nothing_forbidden_takes_any_rest() -> None:
    anything = ENVELOPE.replace(uri_forbidden=frozenset())
    assert has_format("x:a b\n", "uri", anything)


def test_a_format_the_runtime_does_not_know_passes() -> None:
    assert has_format("anything", "hostname", ENVELOPE)


def test_details_problems_in_the_order_of_the_schema() -> None:
    shape = DetailsShape(
        required=("a",),
        fields=(
            FieldCheck("a", type="integer", minimum=0.5),
            FieldCheck("b", format="date-time"),
            FieldCheck("c", type="array", items="integer"),
        ),
    )
    assert details_problem(shape, {}, ENVELOPE) == " must have required property 'a'"
    assert details_problem(shape, {"a": "1"}, ENVELOPE) == "/a must be integer"
    assert details_problem(shape, {"a": 0}, ENVELOPE) == "/a must be >= 0.5"
    assert details_problem(shape, {"a": 1, "b": "later"}, ENVELOPE) == "/b must match format date-time"
    # A format applies to strings only, and items to arrays only.
    assert details_problem(shape, {"a": 1, "b": 7}, ENVELOPE) is None
    assert details_problem(shape, {"a": 1, "c": [1, 2.0, True]}, ENVELOPE) == "/c items must be integer"
    assert details_problem(shape, {"a": 1, "c": [1, 2.0]}, ENVELOPE) is None
    assert details_problem(shape, {"a": 1, "extra": None}, ENVELOPE) is None


DATE_TIME = r"([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.[0-9]+)?(?:[Zz]|([+-])([0-9]{2}):([0-9]{2}))"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-06-30T23:59:60Z", datetime(2026, 7, 1, tzinfo=timezone.utc)),
        ("2026-02-08t11:30:00.1234567z", datetime(2026, 2, 8, 11, 30, 0, 123456, tzinfo=timezone.utc)),
        ("2026-01-01T05:30:00+05:30", datetime(2026, 1, 1, tzinfo=timezone.utc)),
        ("0000-01-01T00:00:00Z", datetime(1, 1, 1, tzinfo=timezone.utc)),
        ("9999-12-31T23:59:60Z", datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=timezone.utc)),
    ],
)
def test_date_times_decode_as_aware_datetimes_never_raising(text: str, expected: datetime) -> None:
    assert parse_date_time(text, DATE_TIME) == expected
    assert date_time_of(text, DATE_TIME) == expected


@pytest.mark.parametrize("value", ["2026-02-30T00:00:00Z", "2026-01-01 00:00:00Z", "", 5, None])
def test_what_is_no_date_time_is_an_envelope_error(value: object) -> None:
    with pytest.raises(EnvelopeError):
        date_time_of(value, DATE_TIME)


def test_date_times_format_back_as_rfc_3339() -> None:
    assert format_date_time(datetime(2026, 2, 8, 11, 30, tzinfo=timezone.utc)) == "2026-02-08T11:30:00Z"


def test_typed_details_never_raise() -> None:
    def decode(details: dict[str, Any]) -> int:
        return int(details["n"])

    decoders = {"SYNTHETIC_CODE": decode}
    assert typed_details("SYNTHETIC_CODE", {"n": "4"}, decoders) == 4
    assert typed_details("SYNTHETIC_CODE", {"n": "x"}, decoders) is None
    assert typed_details("OTHER_CODE", {"n": "4"}, decoders) is None
    assert typed_details("SYNTHETIC_CODE", None, decoders) is None
