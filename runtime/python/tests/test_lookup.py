from __future__ import annotations

import warnings
from enum import Enum, IntEnum

import pytest

from vpn_error_codes import _lazy
from vpn_error_codes._lookup import Action, CodeMember, Deprecation, Facts, Match, RetryAdvice, bind


class Numbered(CodeMember, IntEnum):
    FIRST_CODE = 7
    SECOND_CODE = 9


class Named(CodeMember, str, Enum):
    ALPHA = "Alpha"


def facts(identifier: str, **extra: object) -> Facts:
    return Facts(
        identifier=identifier,
        group="g",
        group_title="Group",
        description=f"{identifier} means something",
        retryable=True,
        retry_advice=RetryAdvice("synthetic-strategy", "inferred", "why", "override"),
        stability="stable",
        doc=f"{identifier} doc",
        **extra,  # type: ignore[arg-type]
    )


bind(
    Numbered,
    (
        facts("FirstCode", label="First", http_status=418, action=Action("do it", "documented")),
        facts("SecondCode", deprecation=Deprecation("renamed", "use FirstCode", replacement="FirstCode")),
    ),
    (
        ("FirstCode", 0, "name"),
        ("SecondCode", 1, "name"),
        ("OldName", 1, "legacyName"),
        ("FirstCode", 1, "alias"),
        (7, 0, "value"),
        ("7", 0, "value"),
        (9, 1, "value"),
        ("9", 1, "value"),
    ),
)
bind(Named, (facts("Alpha"),), (("Alpha", 0, "name"),))


def test_members_answer_their_facts() -> None:
    m = Numbered.FIRST_CODE
    assert (m.identifier, m.phrase, m.label, m.group, m.group_title) == ("FirstCode", "First", "First", "g", "Group")
    assert m.description == "FirstCode means something"
    assert m.http_status == 418
    assert m.retryable
    assert m.retry_advice == RetryAdvice("synthetic-strategy", "inferred", "why", "override")
    assert m.action == Action("do it", "documented")
    assert not m.deprecated
    assert Numbered.SECOND_CODE.phrase == "SecondCode"
    assert Numbered.SECOND_CODE.deprecation == Deprecation("renamed", "use FirstCode", replacement="FirstCode")
    assert Numbered.FIRST_CODE.__doc__ == "FirstCode doc"


def test_str_is_the_wire_value() -> None:
    assert str(Numbered.FIRST_CODE) == "7"
    assert f"{Numbered.FIRST_CODE}" == "7"
    assert str(Named.ALPHA) == "Alpha"


def test_lookup_by_every_key_first_row_wins() -> None:
    assert Numbered.lookup(7) == Match(Numbered.FIRST_CODE, "value")
    assert Numbered.lookup("7") == Match(Numbered.FIRST_CODE, "value")
    assert Numbered.lookup(7.0) == Match(Numbered.FIRST_CODE, "value")
    assert Numbered.lookup("OldName") == Match(Numbered.SECOND_CODE, "legacyName")
    # FirstCode is an identifier before it is an alias of another code.
    assert Numbered.lookup("FirstCode") == Match(Numbered.FIRST_CODE, "name")
    assert Numbered.get("SecondCode") is Numbered.SECOND_CODE


@pytest.mark.parametrize("key", [True, False, None, [], {}, "FIRST_CODE", "", "7.0", 8, float("nan"), b"7"])
def test_anything_else_is_absent(key: object) -> None:
    assert Numbered.lookup(key) is None
    assert Numbered.get(key) is None
    assert Numbered.from_code(key) is None
    assert Numbered.parse(key) is None


def test_from_code_takes_values_and_parse_takes_names() -> None:
    assert Numbered.from_code(9) is Numbered.SECOND_CODE
    assert Numbered.from_code("9") is None
    assert Numbered.parse("9") is None
    assert Numbered.parse("OldName") is Numbered.SECOND_CODE
    assert Named.from_code("Alpha") is Named.ALPHA
    assert Named.parse("Alpha") is Named.ALPHA


def test_records_are_immutable_values() -> None:
    advice = RetryAdvice("s", "b", "n")
    with pytest.raises(AttributeError):
        advice.note = "changed"
    assert hash(advice) == hash(RetryAdvice("s", "b", "n"))
    # A dataclass's repr: the fields in the constructor's order.
    assert repr(advice) == "RetryAdvice(strategy='s', basis='b', note='n', override=None)"
    assert advice != ("s", "b", "n", None)


def test_lazy_exports_load_on_first_use_and_warn_for_renamed_names() -> None:
    getattr_, dir_ = _lazy.lazy_exports("vpn_error_codes", {"Match": "_lookup"}, renamed={"Found": "Match"})
    assert getattr_("Match") is Match
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert getattr_("Found") is Match
    assert [w.category for w in caught] == [DeprecationWarning]
    with pytest.raises(AttributeError):
        getattr_("Nothing")
    assert dir_() == ["Match"]
