from __future__ import annotations

import json
import random
from typing import Any

import pytest
from synthetic import ENVELOPE, failure

from vpn_error_codes._body import EnvelopeError, read_json
from vpn_error_codes._envelope import decode_envelope, error_code_of


def core(document: Any) -> dict[str, Any]:  # noqa: ANN401 - any JSON value
    """A stand-in for the package's typed decoder: the envelope's core, or EnvelopeError."""
    if not isinstance(document, dict) or not isinstance(document.get("success"), bool):
        raise EnvelopeError("not the envelope")
    if document["success"] is False:
        error = document.get("error")
        if (
            not isinstance(error, dict)
            or not isinstance(error.get("code"), str)
            or not isinstance(error.get("message"), str)
        ):
            raise EnvelopeError("a failure needs its error")
    return document


def problem(body: str) -> str | None:
    try:
        decode_envelope(body, ENVELOPE, core)
    except EnvelopeError as e:
        return str(e)
    return None


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("<!doctype html><p>bad gateway</p>", "the body is HTML, not JSON (a proxy or gateway page?)"),
        ("  <html>", "the body is HTML, not JSON (a proxy or gateway page?)"),
        ("upstream reset", "the body is not valid JSON"),
        ("", "the body is not valid JSON"),
        ('{"n": NaN}', "the body is not valid JSON"),
        ("[Infinity]", "the body is not valid JSON"),
        ("[" * 100_000, "the body is not valid JSON"),
    ],
)
def test_a_body_that_is_not_json_is_invalid_and_says_what_it_looks_like(body: str, message: str) -> None:
    with pytest.raises(EnvelopeError, match=message.replace("(", r"\(").replace(")", r"\)").replace("?", r"\?")):
        read_json(body)


def test_bytes_are_read_as_utf8_and_bytes_that_are_not_are_invalid() -> None:
    assert read_json(b'{"a": 1}') == {"a": 1}
    with pytest.raises(EnvelopeError, match="not valid JSON"):
        read_json(b"\xff\xfe{")
    with pytest.raises(EnvelopeError, match="HTML"):
        read_json(b"<html>\xff")


def test_a_body_of_no_text_type_is_invalid() -> None:
    with pytest.raises(EnvelopeError):
        read_json(None)  # type: ignore[arg-type]


def test_invalid_response_is_a_value_error() -> None:
    assert issubclass(EnvelopeError, ValueError)


def test_a_success_and_a_known_failure_decode() -> None:
    assert problem('{"success": true, "data": {}}') is None
    assert problem(failure("SYNTHETIC_LIMIT")) is None


def test_the_decoder_returns_what_build_made() -> None:
    assert decode_envelope('{"success": true, "data": 1}', ENVELOPE, lambda d: ("built", d["data"])) == ("built", 1)


def test_a_core_the_build_rejects_is_invalid() -> None:
    assert problem('{"success": false}') == "a failure needs its error"


def test_an_unknown_code_must_be_shaped_like_a_code() -> None:
    assert problem(failure("SYNTHETIC_NEWER_ONE")) is None
    for code in ("synthetic_lower", "SYNTHETIC__DOUBLE", "_SYNTHETIC", "SYNTHETIC_", "", "SYNTHETIC\n"):
        assert problem(failure(code)) == "/error/code is neither a known code nor shaped like one", code


def test_details_must_be_an_object() -> None:
    assert problem(failure("SYNTHETIC_LIMIT", details=[1])) == "/error/details must be an object"
    assert problem(failure("SYNTHETIC_NEWER_ONE", details=None)) == "/error/details must be an object"
    assert problem(failure("SYNTHETIC_NEWER_ONE", details={"any": "thing"})) is None


def test_a_known_code_s_details_are_checked_against_its_shape() -> None:
    good = {"when": "2031-02-03T04:05:06Z", "count": 1}
    assert problem(failure("SYNTHETIC_SHAPED", details=good)) is None
    assert (
        problem(failure("SYNTHETIC_SHAPED", details={"count": 1}))
        == "/error/details must have required property 'when'"
    )
    assert problem(failure("SYNTHETIC_SHAPED", details={**good, "count": 0})) == "/error/details/count must be >= 1"
    assert problem(failure("SYNTHETIC_LIST", details={"tags": ["a", 1]})) == "/error/details/tags items must be string"
    # A known code without a shape, and a shape's field left out, take any details.
    assert problem(failure("SYNTHETIC_LIMIT", details={"x": 1})) is None


def test_a_success_is_not_checked_for_an_error() -> None:
    body = json.dumps({"success": True, "data": None, "error": {"code": "lower", "message": "m"}})
    assert problem(body) is None


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (failure("SYNTHETIC_LIMIT"), "SYNTHETIC_LIMIT"),
        (failure("whatever it is"), "whatever it is"),
        (failure("SYNTHETIC_SHAPED", details="wrong"), "SYNTHETIC_SHAPED"),
        ('{"success": true, "error": {"code": "A", "message": "m"}}', None),
        ('{"success": false, "error": {"code": "A"}}', None),
        ('{"success": false, "error": {"code": 1, "message": "m"}}', None),
        ('{"success": false, "error": "A"}', None),
        ('{"success": 0, "error": {"code": "A", "message": "m"}}', None),
        ("[]", None),
        ("<html>", None),
        ("", None),
    ],
)
def test_the_error_code_is_read_from_the_core_alone(body: str, code: str | None) -> None:
    assert error_code_of(body) == code


PREFIX = '{"success":false,"error":{"code":"SYNTHETIC_LIMIT","message":"m"}'


def padded_to(length: int, filler: str = " ") -> str:
    """A failure padded with filler inside a string member to exactly length UTF-16 code units."""
    units = len(filler.encode("utf-16-le")) // 2
    head, tail = '{"success":false,"error":{"code":"SYNTHETIC_LIMIT","message":"', '"}}'
    room = length - len(head) - len(tail)
    return head + filler * (room // units) + " " * (room % units) + tail


def test_nesting_past_the_recursion_limit_is_read_and_its_code_counts() -> None:
    # 400,000 levels fit in the size limit; json.loads gives up at about 1,000 (SPEC §8).
    deep = "[" * 400_000 + "]" * 400_000
    body = f'{PREFIX},"trace":{deep}}}'
    assert error_code_of(body) == "SYNTHETIC_LIMIT"
    assert problem(body) is None
    level = read_json(body)["trace"]
    for _ in range(400_000 - 1):
        level = level[0]
    assert level == []
    deep_objects = '{"a":' * 100_000 + '"x"' + "}" * 100_000
    assert error_code_of(f'{PREFIX},"trace":{deep_objects}}}') == "SYNTHETIC_LIMIT"
    mixed = '[0,{"a":' * 50_000 + "[]" + "}]" * 50_000
    level = read_json(mixed)
    for _ in range(50_000):
        assert level[0] == 0
        (level,) = level[1].values()
    assert level == []


@pytest.mark.parametrize(
    "deep",
    [
        "[" * 5_000 + "]" * 4_999,
        "[" * 5_000 + "]" * 5_001,
        "[" * 5_000 + "1,]" + "]" * 4_999,
        "[" * 5_000 + "01" + "]" * 5_000,
        "[" * 5_000 + "NaN" + "]" * 5_000,
        '{"a":' * 5_000 + "1" + "}" * 4_999 + "]",
        '{"a"' * 5_000,
        '{"a":1,}' + "[" * 5_000,
        "[" * 5_000 + '"\x01"' + "]" * 5_000,
        "[" * 5_000 + "-Infinity" + "]" * 5_000,
        "[" * 5_000 + '"\\x"' + "]" * 5_000,
        "[" * 5_000 + '"\\ud80"' + "]" * 5_000,
        "[" * 5_000 + "1 2" + "]" * 5_000,
        "[" * 5_000 + "]" * 5_000 + " x",
        "[" * 5_000 + "\xa01" + "]" * 5_000,
        "\ufeff" + "[" * 5_000 + "]" * 5_000,
        '[{"a":' * 5_000 + "1" + "]}" * 5_000,
    ],
)
def test_deep_text_that_is_not_json_is_still_no_json(deep: str) -> None:
    with pytest.raises(EnvelopeError, match="not valid JSON"):
        read_json(deep)
    assert error_code_of(f'{PREFIX},"trace":{deep}}}') is None


@pytest.mark.parametrize(
    "shallow",
    [
        '{"a": [1, -2.5e3, true, false, null, "x\\u00e9\\ud83d", {}, []], "b": {"c": {"d": 0}}}',
        ' [ 1 , [ ] , { } , "" ] ',
        '{"a": 1, "a": 2}',
        "[1e400, -0, 0.0, 12345678901234567890]",
        '["\\ud800", "\\udc00x", "\ud800", "\\u0000"]',
        f"[{'9' * 300}, 1e-400, -{'1' * 400}.5e-3]",
    ],
)
def test_deep_reading_gives_what_json_loads_gives(shallow: str) -> None:
    # The same document wrapped past the recursion limit reads as json.loads reads it unwrapped.
    wrapped = read_json("[" * 2_000 + shallow + "]" * 2_000)
    for _ in range(2_000):
        (wrapped,) = wrapped
    assert wrapped == json.loads(shallow)


# Pieces of JSON and of near-JSON, joined at random below into texts json.loads reads or refuses.
PIECES = [
    *("[", "]", "{", "}", ",", ":", " ", "\n", "\t", "\r", "\x0c", "\xa0", "\ufeff"),
    *('"a"', '""', '"\\ud800"', '"\\udc00x"', '"\ud800"', '"\\x"', '"\\u12"', '"\x01"', '"\\""', '"', '"é"'),
    *("1", "-0", "01", "1.", ".5", "1e", "1e400", "-2.5E-3", "1" * 30, "-", "+1", "0x1"),
    *("NaN", "Infinity", "-Infinity", "true", "tru", "null", "false", "x", "/**/"),
]


def _refuse(name: str) -> None:
    raise ValueError(name)


def random_texts(count: int) -> list[str]:
    rng = random.Random(20)  # noqa: S311 - a fixed sample, not a secret
    return ["".join(rng.choices(PIECES, k=rng.randint(1, 10))) for _ in range(count)]


@pytest.mark.parametrize("scanner", ["C scanner", "json module"])
def test_read_json_answers_as_json_loads_does(scanner: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # Without CPython's C scanner the body is read by json.loads itself; both must give json.loads's answers.
    if scanner == "json module":
        monkeypatch.setattr("vpn_error_codes._body._SCAN", None)
    read = 0
    for text in random_texts(20_000):
        try:
            expected = json.loads(text, parse_constant=_refuse)
        except ValueError:
            with pytest.raises(EnvelopeError):
                read_json(text)
            continue
        # repr tells 1 from 1.0 and True from 1, and shows a dict's order.
        assert repr(read_json(text)) == repr(expected), text
        read += 1
    assert read > 500


def test_an_integer_past_pythons_digit_limit_keeps_the_code() -> None:
    body = f'{PREFIX},"requestNumber":1{"0" * 5_000}}}'
    assert error_code_of(body) == "SYNTHETIC_LIMIT"
    assert read_json(body)["requestNumber"] == float("inf")
    # Within binary64's range the long integer is its float; a short one stays an int.
    assert read_json(f"[1{'0' * 4_400}]") == [float("inf")]
    assert read_json(f"[1{'0' * 300}]") == [10**300]
    assert read_json("[12345678901234567890123]") == [12345678901234567890123]


def test_a_body_of_exactly_one_mib_is_read_and_one_code_unit_more_is_not() -> None:
    exact = padded_to(1_048_576)
    assert len(exact) == 1_048_576
    assert error_code_of(exact) == "SYNTHETIC_LIMIT"
    assert error_code_of(exact.encode()) == "SYNTHETIC_LIMIT"
    over = padded_to(1_048_578)
    assert error_code_of(over) is None
    assert error_code_of(over.encode()) is None
    with pytest.raises(EnvelopeError, match="longer than 1 MiB"):
        decode_envelope(over, ENVELOPE, core)


def test_the_size_limit_counts_utf16_code_units() -> None:
    # An emoji is one Python character and two UTF-16 code units (SPEC §1's code unit).
    fits = padded_to(1_048_576, "\U0001f600")
    assert len(fits) < 1_048_576
    assert error_code_of(fits) == "SYNTHETIC_LIMIT"
    assert error_code_of(fits.encode()) == "SYNTHETIC_LIMIT"
    assert error_code_of(padded_to(1_048_578, "\U0001f600")) is None
    assert error_code_of(padded_to(1_048_578, "\U0001f600").encode()) is None


def test_bytes_decode_as_fetch_text_does() -> None:
    # A leading byte-order mark is dropped and each malformed sequence is U+FFFD (SPEC §8).
    assert read_json(b'\xef\xbb\xbf{"a": 1}') == {"a": 1}
    assert read_json(b'["\xff\xc3("]') == ["\ufffd\ufffd("]
    # Text is used as it is: a U+FEFF there makes it no JSON.
    with pytest.raises(EnvelopeError):
        read_json('\ufeff{"a": 1}')
