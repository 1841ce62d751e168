from __future__ import annotations

import copy
import pickle
import sys

import pytest
from synthetic import RECONNECT, RETRY

from vpn_error_codes._policy import CodeAdvice, RetryPolicy
from vpn_error_codes._retry import Fail, RefreshToken, RetryAdvisor, RetryDecision, RetryLater


def test_a_record_is_immutable() -> None:
    with pytest.raises(AttributeError, match="immutable"):
        RETRY.max_retries = 9
    with pytest.raises(AttributeError, match="immutable"):
        del RETRY.max_retries
    with pytest.raises(AttributeError):
        RETRY.extra = 1


def test_replace_changes_the_named_fields_only() -> None:
    changed = RETRY.replace(max_retries=9, most_cautious=False)
    assert (changed.max_retries, changed.most_cautious) == (9, False)
    assert changed.status_strategy is RETRY.status_strategy
    assert (RETRY.max_retries, RETRY.most_cautious) == (3, True)
    assert type(changed) is RetryPolicy
    assert RETRY.replace() == RETRY
    with pytest.raises(TypeError, match="no field max_retry"):
        RETRY.replace(max_retry=9)


@pytest.mark.skipif(sys.version_info < (3, 13), reason="copy.replace is Python 3.13's")
def test_copy_replace_takes_a_record() -> None:
    assert copy.replace(RECONNECT, max_reconnects=9) == RECONNECT.replace(max_reconnects=9)  # type: ignore[attr-defined]


def test_records_compare_by_type_and_value_and_hash_as_their_fields() -> None:
    assert RetryLater(5, "backoff") == RetryLater(5, "backoff")
    assert RetryLater(5, "backoff") != RetryLater(6, "backoff")
    assert RefreshToken() == RefreshToken()
    assert Fail("not-retryable", "x") != RetryLater(5, "backoff")
    assert RetryLater(5, "backoff") != (5, "backoff")
    assert len({RetryLater(5, "backoff"), RetryLater(5, "backoff"), RefreshToken()}) == 2
    # A policy holds mappings, so it has no hash, as a frozen dataclass of them has none.
    with pytest.raises(TypeError):
        hash(RETRY)


def test_a_record_shows_and_matches_its_fields_in_the_constructors_order() -> None:
    assert repr(RetryLater(5, "backoff")) == "RetryLater(delay_ms=5, basis='backoff')"
    assert repr(RefreshToken()) == "RefreshToken()"
    assert repr(CodeAdvice("no-retry", 418, "why")) == "CodeAdvice(strategy='no-retry', http_status=418, reason='why')"
    # match's positional patterns (case Fail(reason, detail)) read __match_args__.
    assert Fail.__match_args__ == ("reason", "detail")
    assert RetryPolicy.__match_args__[:2] == ("initial_delay_ms", "multiplier")


def test_a_record_survives_pickle_and_copy() -> None:
    for record in (RETRY, RECONNECT, RetryLater(5, "backoff"), RefreshToken()):
        assert pickle.loads(pickle.dumps(record)) == record  # noqa: S301 - our own bytes
        assert copy.deepcopy(record) == record
        assert copy.copy(record) == record


@pytest.mark.skipif(sys.version_info < (3, 10), reason="isinstance takes a typing.Union from Python 3.10")
def test_the_decision_union_takes_each_decision() -> None:
    for decision in (RetryLater(5, "backoff"), RefreshToken(), Fail("not-retryable", "x")):
        assert isinstance(decision, RetryDecision)
    assert not isinstance(RetryAdvisor(RETRY), RetryDecision)
