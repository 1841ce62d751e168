from __future__ import annotations

from collections.abc import Iterator, Mapping

import pytest

from vpn_error_codes._headers import first_element, header_value, trim_ows

TYPE_CHECKING = False
if TYPE_CHECKING:
    from vpn_error_codes._headers import Headers


class _Raising(Mapping[str, str]):
    def __getitem__(self, key: str) -> str:
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        raise RuntimeError("a broken mapping")

    def __len__(self) -> int:
        return 1


def test_a_name_matches_in_any_case_in_a_mapping_and_in_pairs() -> None:
    assert header_value({"x-test-wait": "5"}, "X-Test-Wait") == "5"
    assert header_value([("X-TEST-WAIT", "5")], "x-test-wait") == "5"


def test_repeats_are_trimmed_and_joined_with_a_comma_and_a_space() -> None:
    assert header_value([("X-Test-Wait", " 5\t"), ("x-test-wait", "\t7 ")], "X-Test-Wait") == "5, 7"


def test_an_absent_header_or_no_headers_read_as_none() -> None:
    assert header_value(None, "X-Test-Wait") is None
    assert header_value({"Other": "1"}, "X-Test-Wait") is None
    assert header_value([], "X-Test-Wait") is None


@pytest.mark.parametrize(
    "headers",
    [
        _Raising(),
        [("X-Test-Wait",)],  # a pair that is no pair
        [42],  # not a pair at all
    ],
)
def test_headers_that_cannot_be_read_read_as_absent(headers: object) -> None:
    assert header_value(headers, "X-Test-Wait") is None  # type: ignore[arg-type]


def test_a_name_that_is_not_a_string_is_skipped() -> None:
    pairs: Headers = [(1, "no"), ("X-Test-Wait", "yes")]  # type: ignore[list-item]
    assert header_value(pairs, "X-Test-Wait") == "yes"


def test_a_value_that_is_not_a_string_reads_as_its_text() -> None:
    assert header_value({"X-Test-Wait": 5}, "X-Test-Wait") == "5"  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("raw", "trimmed"),
    [
        (" \t5\t ", "5"),
        ("5", "5"),
        ("", ""),
        (" \t ", ""),
        ("a b", "a b"),
        # Only SP and HTAB are optional whitespace: everything else stays part of the value.
        ("\x0b5\x0c", "\x0b5\x0c"),
        ("5\r\n", "5\r\n"),
        ("\x1c5\x1f", "\x1c5\x1f"),
        ("\x855\xa0", "\x855\xa0"),
        ("\u20035\u3000", "\u20035\u3000"),
        ("\u00a0 5 \u00a0", "\u00a0 5 \u00a0"),
    ],
)
def test_trim_removes_sp_and_htab_only(raw: str, trimmed: str) -> None:
    assert trim_ows(raw) == trimmed
    assert header_value([("X-Test-Wait", raw)], "X-Test-Wait") == trimmed


def test_the_first_element_of_a_list_is_trimmed_of_sp_and_htab_only() -> None:
    assert first_element(" 5 , 7") == "5"
    assert first_element("\t5\t") == "5"
    assert first_element("\xa05") == "\xa05"
    assert first_element("") == ""
