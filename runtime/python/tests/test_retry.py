from __future__ import annotations

import math
import random
from collections.abc import Callable

import pytest
from synthetic import RESET_HEADER, RETRY, WAIT_HEADER, failure

from vpn_error_codes._retry import Fail, RefreshToken, RetryAdvisor, RetryLater, advise_retry, retry_delay_ms

NOW = 1_000_000.0


def pinned(x: object) -> object:
    return lambda: x


def test_the_backoff_grows_by_the_multiplier_with_jitter_between_its_bounds() -> None:
    # 100 ms * 3^(n-1), plus 10 ms + random * 40 ms of jitter, capped at 1.5 s.
    assert [retry_delay_ms(n, RETRY, lambda: 0.0) for n in (1, 2, 3)] == [110, 310, 910]
    assert [retry_delay_ms(n, RETRY, lambda: 1.0) for n in (1, 2, 3)] == [150, 350, 950]
    capped = RETRY.replace(max_retries=5)
    assert retry_delay_ms(4, capped, lambda: 0.0) == 1_500
    assert retry_delay_ms(5, capped, lambda: 0.0) == 1_500


def test_a_half_millisecond_rounds_up() -> None:
    # 10 + 0.0125 * 40 = 10.5 ms of jitter: 110.5 rounds to 111, where round() would give 110.
    assert retry_delay_ms(1, RETRY, lambda: 0.0125) == 111
    assert retry_delay_ms(1, RETRY, lambda: 0.0375) == 112


@pytest.mark.parametrize("attempt", [0, -1, 4, True, 1.0, "1", None])
def test_no_backoff_outside_the_attempts(attempt: object) -> None:
    assert retry_delay_ms(attempt, RETRY, lambda: 0.0) is None  # type: ignore[arg-type]


@pytest.mark.parametrize("x", [-1.0, math.nan, "0.5", None, True, 0])
def test_a_random_source_that_gives_no_unit_number_reads_as_zero(x: object) -> None:
    assert retry_delay_ms(1, RETRY, pinned(x)) == 110  # type: ignore[arg-type]


def test_a_random_source_above_one_reads_as_one_and_a_raising_one_as_zero() -> None:
    assert retry_delay_ms(1, RETRY, lambda: 7.0) == 150

    def broken() -> float:
        raise RuntimeError("no entropy")

    assert retry_delay_ms(1, RETRY, broken) == 110
    assert advise_retry(599, None, None, 1, policy=RETRY, random=broken) == RetryLater(110, "backoff")


def decide(status: object, body: str | None = None, attempt: object = 1, **options: object) -> object:
    headers = options.pop("headers", None)
    return advise_retry(status, headers, body, attempt, policy=RETRY, now_ms=NOW, random=lambda: 0.0, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize("attempt", [0, -3, True, 1.5, "2", None])
def test_an_attempt_that_is_not_a_whole_number_from_one_fails(attempt: object) -> None:
    decision = decide(599, attempt=attempt)
    assert isinstance(decision, Fail)
    assert decision.reason == "invalid-attempt"


@pytest.mark.parametrize("status", [200, 250, 299])
def test_a_success_is_not_an_error(status: int) -> None:
    assert decide(status) == Fail("not-an-error", f"status {status} is a success")


def test_each_status_takes_its_strategy() -> None:
    assert decide(599) == RetryLater(110, "backoff")
    assert decide(420) == RetryLater(110, "backoff")
    no_retry = decide(418)
    assert isinstance(no_retry, Fail)
    assert no_retry.reason == "not-retryable"
    assert decide(598) == Fail("not-retryable", "status 598: the policy says it will not resolve with retries")


@pytest.mark.parametrize("status", [597, 300, 0, None, "599", 599.0, True])
def test_a_status_the_policy_does_not_list_fails(status: object) -> None:
    decision = decide(status)
    assert isinstance(decision, Fail)
    assert decision.reason == "not-retryable"
    assert "the retry policy does not list status" in decision.detail


def test_a_known_code_under_its_own_status_takes_its_own_advice() -> None:
    assert decide(418, failure("SYNTHETIC_BROKEN")) == Fail(
        "not-retryable", "SYNTHETIC_BROKEN (418): a teapot stays a teapot"
    )
    assert decide(419, failure("SYNTHETIC_STALE")) == RefreshToken()
    assert decide(599, failure("SYNTHETIC_FLAKY")) == RetryLater(110, "backoff")


def test_a_failing_code_under_a_foreign_status_wins_when_the_policy_is_most_cautious() -> None:
    decision = decide(599, failure("SYNTHETIC_BROKEN"))
    assert decision == Fail(
        "not-retryable",
        "SYNTHETIC_BROKEN (599, documented 418): a teapot stays a teapot (code and status disagree; the more cautious wins)",
    )
    lenient = RETRY.replace(most_cautious=False)
    assert advise_retry(599, None, failure("SYNTHETIC_BROKEN"), 1, policy=lenient, random=lambda: 0.0) == RetryLater(
        110, "backoff"
    )


def test_a_retrying_code_under_a_foreign_status_takes_the_status_rule() -> None:
    decision = decide(418, failure("SYNTHETIC_FLAKY"))
    assert decision == Fail(
        "not-retryable", "SYNTHETIC_FLAKY (418, documented 599): the policy says it will not resolve with retries"
    )
    assert decide(599, failure("SYNTHETIC_STALE")) == RetryLater(110, "backoff")
    assert decide(599, failure("SYNTHETIC_FREE")) == RetryLater(110, "backoff")


def test_an_unknown_code_takes_the_status_rule_and_is_named() -> None:
    assert decide(418, failure("SYNTHETIC_NEW")) == Fail(
        "not-retryable", "unknown code SYNTHETIC_NEW (418): the policy says it will not resolve with retries"
    )


@pytest.mark.parametrize(
    "body",
    [
        "<html>bad gateway</html>",
        "",
        "null",
        '{"success": false, "error": {"code": "SYNTHETIC_BROKEN"}}',
        '{"success": "false", "error": {"code": "SYNTHETIC_BROKEN", "message": "m"}}',
        '{"success": false, "error": {"code": 7, "message": "m"}}',
        "[" * 100_000,
    ],
)
def test_a_body_without_a_readable_code_takes_the_status_rule(body: str) -> None:
    assert decide(599, body) == RetryLater(110, "backoff")


def test_the_code_is_read_from_the_core_even_when_its_details_are_malformed() -> None:
    body = failure("SYNTHETIC_BROKEN", details="not an object")
    assert decide(599, body) == decide(599, failure("SYNTHETIC_BROKEN"))


def test_a_second_refresh_fails() -> None:
    assert decide(419, failure("SYNTHETIC_STALE"), token_refreshed=True) == Fail(
        "refresh-already-tried", "SYNTHETIC_STALE (419) again after a token refresh: re-authenticate"
    )


def test_attempts_run_out_after_the_last_retry() -> None:
    assert decide(599, attempt=3) == RetryLater(910, "backoff")
    assert decide(599, attempt=4) == Fail("attempts-exhausted", "status 599: 3 retries already made")
    assert decide(420, attempt=4, headers=[(WAIT_HEADER, "5")]) == Fail(
        "attempts-exhausted", "status 420: 3 retries already made"
    )


def test_a_window_strategy_waits_as_the_headers_say_plus_jitter() -> None:
    assert decide(420, headers={WAIT_HEADER: "5"}) == RetryLater(5_000, "retry-after")
    assert decide(420, headers={RESET_HEADER: "1007"}) == RetryLater(7_000, "rate-limit-reset")
    half = advise_retry(420, {WAIT_HEADER: "5"}, None, 1, policy=RETRY, now_ms=NOW, random=lambda: 0.5)
    assert half == RetryLater(5_025, "retry-after")
    assert decide(420, failure("SYNTHETIC_LIMIT"), headers={WAIT_HEADER: "5"}) == RetryLater(5_000, "retry-after")


def test_a_window_strategy_without_usable_headers_backs_off() -> None:
    assert decide(420, headers={WAIT_HEADER: "soon"}) == RetryLater(110, "backoff")
    assert decide(420, headers={WAIT_HEADER: "\x0b5"}) == RetryLater(110, "backoff")


def test_only_a_window_strategy_reads_the_headers() -> None:
    assert decide(599, headers={WAIT_HEADER: "5"}) == RetryLater(110, "backoff")


def test_a_wait_over_the_ceiling_fails() -> None:
    assert decide(420, headers={WAIT_HEADER: "60"}) == RetryLater(60_000, "retry-after")
    assert decide(420, headers={WAIT_HEADER: "61"}) == Fail(
        "wait-too-long", "status 420: the server asks for 61 s, over the 60 s a client waits"
    )


def test_a_fractional_wait_rounds_up_to_the_millisecond() -> None:
    assert decide(420, headers={RESET_HEADER: "1000.0004"}) == RetryLater(1, "rate-limit-reset")


def test_headers_that_cannot_be_read_read_as_none() -> None:
    assert decide(420, headers=[("X-Test-Wait",)]) == RetryLater(110, "backoff")


@pytest.mark.parametrize("now", [math.nan, math.inf, None, "now"])
def test_a_now_that_is_no_time_reads_as_the_clock(now: object) -> None:
    decision = advise_retry(420, {WAIT_HEADER: "5"}, None, 1, policy=RETRY, now_ms=now, random=lambda: 0.0)  # type: ignore[arg-type]
    assert decision == RetryLater(5_000, "retry-after")


def test_an_advisor_decides_by_its_policy() -> None:
    advisor = RetryAdvisor(RETRY)
    assert advisor.advise(599, None, None, 1, random=lambda: 0.0) == RetryLater(110, "backoff")
    assert advisor.advise(420, {WAIT_HEADER: "5"}, None, 1, now_ms=NOW, random=lambda: 0.0) == RetryLater(
        5_000, "retry-after"
    )
    assert advisor.advise(419, None, failure("SYNTHETIC_STALE"), 1, token_refreshed=True) == Fail(
        "refresh-already-tried", "SYNTHETIC_STALE (419) again after a token refresh: re-authenticate"
    )
    assert advisor.delay_ms(2, lambda: 0.0) == 310
    assert RetryAdvisor(RETRY.replace(max_retries=1)).delay_ms(2) is None


def test_garbage_of_every_kind_gives_a_decision_and_never_raises() -> None:
    rng = random.Random(7)  # noqa: S311 - a seeded, repeatable source of test inputs
    alphabet = ' \t\r\n\x0b\xa0,:;-.0123456789{}[]"\\abcXYZ_\u0660\U0001f600'
    # Garbage on purpose: the decision takes whatever a careless caller passes.
    advise: Callable[..., object] = advise_retry

    def garbage() -> str:
        return "".join(rng.choice(alphabet) for _ in range(rng.randrange(40)))

    values: list[object] = [None, True, -1, 0, 1, 2**70, 1.5, math.nan, "", "x", b"\xff", [], {}, object()]
    for _ in range(2_000):
        headers = rng.choice(
            [None, [(WAIT_HEADER, garbage()), (RESET_HEADER, garbage())], {garbage(): garbage()}, rng.choice(values)]
        )
        body = rng.choice(
            [garbage(), failure(garbage()), failure("SYNTHETIC_LIMIT", details=garbage()), rng.choice(values)]
        )
        status = rng.choice([420, 599, 419, 418, rng.randrange(-5, 700), rng.choice(values)])
        attempt = rng.choice([1, 2, rng.randrange(-3, 9), rng.choice(values)])
        now = rng.choice([NOW, rng.choice(values)])
        decision = advise(status, headers, body, attempt, policy=RETRY, now_ms=now, random=rng.random)
        assert isinstance(decision, (RetryLater, RefreshToken, Fail))
