// "Should I retry?" in Python: retry_policy.py holds the catalog's policy as constants; retry.py is
// advise_retry, the same decision as the TypeScript adviseRetry (src/retry.ts), line for line, so that
// the shared vectors in test/vectors/decisions.json give byte-identical answers.
import type { Model } from "../../../catalog/model.js";
import { file, quote } from "../shared/common.js";
import { ADVICE_FAIL_REASONS, RETRY_BASES } from "../../../../src/decision-words.js";
import { FAILING_STRATEGIES, decisionPolicy } from "../../../catalog/decision-policy.js";
import { docstring, python } from "./profile.js";

export function retryPolicyModule(model: Model): string {
  const p = decisionPolicy(model);
  const optional = (n: number | undefined) => (n === undefined ? "None" : String(n));
  return file([
    python.header("scripts/emit/languages/python/retry.ts"),
    ...docstring([`The ${model.restFamily.name} retry policy as constants, for advise_retry.`], ""),
    "",
    "from typing import Dict, FrozenSet, NamedTuple, Optional",
    "",
    "INITIAL_DELAY_MS: float = " + p.initialDelayMs,
    "MULTIPLIER: float = " + p.multiplier,
    "JITTER_MIN_MS: float = " + p.jitterMinMs,
    "JITTER_MAX_MS: float = " + p.jitterMaxMs,
    `MAX_RETRIES: int = ${p.maxRetries}`,
    "MAX_DELAY_MS: float = " + p.maxDelayMs,
    `RETRY_AFTER_HEADER: str = ${quote(p.retryAfterHeader)}`,
    `RESET_HEADER: str = ${quote(p.resetHeader)}`,
    "# The longest wait a client honours; a server asking for more is told no.",
    "MAX_WAIT_MS: float = " + p.maxWaitMs,
    "# A reset value from here up is Unix milliseconds, not seconds (None: always seconds).",
    `RESET_MILLISECONDS_FROM: Optional[float] = ${optional(p.resetMillisecondsFrom)}`,
    "# A known code under another status takes the more cautious of the two answers.",
    `MOST_CAUTIOUS: bool = ${p.mostCautious ? "True" : "False"}`,
    `FAILING_STRATEGIES: FrozenSet[str] = frozenset({${FAILING_STRATEGIES.map(quote).join(", ")}})`,
    "",
    "",
    "class CodeAdvice(NamedTuple):",
    "    strategy: str",
    "    http_status: Optional[int]",
    "    reason: str",
    "",
    "",
    "STATUS_STRATEGY: Dict[int, str] = {",
    ...p.statuses.map((s) => `    ${s.status}: ${quote(s.strategy)},`),
    "}",
    "",
    "CODE_ADVICE: Dict[str, CodeAdvice] = {",
    ...p.codes.map((c) => `    ${quote(c.wire)}: CodeAdvice(${quote(c.strategy)}, ${optional(c.httpStatus)}, ${quote(c.reason)}),`),
    "}",
  ]);
}

export function retryModule(): string {
  return file([python.header("scripts/emit/languages/python/retry.ts"), RETRY_SOURCE]);
}

const RETRY_SOURCE = `"""Should I retry? advise_retry answers for a failed OrbVPN API response, as the TypeScript adviseRetry does.

It never raises: a body that is not the envelope, a malformed header or a broken random source each
read as "nothing usable", and the decision falls back to the status's rule.
"""

from __future__ import annotations

import math
import random as _random
import re
import time
from dataclasses import dataclass
from typing import Callable, Iterable, List, Literal, Mapping, Optional, Tuple, Union

from . import retry_policy as policy
from .api_response import error_code_of

__all__ = ["Fail", "RefreshToken", "Retry", "RetryDecision", "advise_retry", "parse_http_date", "retry_delay_ms"]

Basis = Literal[${RETRY_BASES.map((w) => JSON.stringify(w)).join(", ")}]
FailReason = Literal[${ADVICE_FAIL_REASONS.map((w) => JSON.stringify(w)).join(", ")}]
Headers = Union[Mapping[str, str], Iterable[Tuple[str, str]]]
"""A mapping (requests' CaseInsensitiveDict, a dict) or name/value pairs in order; names match in any case."""


@dataclass(frozen=True)
class Retry:
    """Send the request again after delay_ms; basis says what set the delay."""

    delay_ms: int
    basis: Basis


@dataclass(frozen=True)
class RefreshToken:
    """Refresh the access token, then send the original request once more."""


@dataclass(frozen=True)
class Fail:
    """Stop: the response will not change with a retry. detail is for logs."""

    reason: FailReason
    detail: str


RetryDecision = Union[Retry, RefreshToken, Fail]


def _unit(random: Callable[[], float]) -> float:
    """A number in [0, 1] from the random source; anything else (an error, a non-number) reads as 0."""
    try:
        x = random()
    except Exception:
        return 0.0
    if isinstance(x, bool) or not isinstance(x, (int, float)) or not x > 0:
        return 0.0
    return min(float(x), 1.0)


def _round_half_up(x: float) -> int:
    # JavaScript's Math.round, not Python's round(), which rounds halves to even.
    floor = math.floor(x)
    return floor + 1 if x - floor >= 0.5 else floor


def retry_delay_ms(attempt: int, random: Callable[[], float] = _random.random) -> Optional[int]:
    """The backoff before retry \`attempt\` (1-based), jitter included; None past the last retry."""
    if isinstance(attempt, bool) or not isinstance(attempt, int) or attempt < 1 or attempt > policy.MAX_RETRIES:
        return None
    base = policy.INITIAL_DELAY_MS * policy.MULTIPLIER ** (attempt - 1)
    jitter = policy.JITTER_MIN_MS + _unit(random) * (policy.JITTER_MAX_MS - policy.JITTER_MIN_MS)
    return min(_round_half_up(base + jitter), int(policy.MAX_DELAY_MS))


_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_IMF_FIXDATE = re.compile(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun), ([0-9]{2}) " + _MONTH + r" ([0-9]{4}) ([0-9]{2}):([0-9]{2}):([0-9]{2}) GMT")
_RFC_850 = re.compile(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), ([0-9]{2})-" + _MONTH + r"-([0-9]{2}) ([0-9]{2}):([0-9]{2}):([0-9]{2}) GMT")
_ASCTIME = re.compile(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun) " + _MONTH + r" ( [0-9]|[0-9]{2}) ([0-9]{2}):([0-9]{2}):([0-9]{2}) ([0-9]{4})")


def _days_from_civil(year: int, month: int, day: int) -> int:
    # Howard Hinnant's algorithm: any proleptic Gregorian year, no datetime range limits.
    y = year - 1 if month <= 2 else year
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _epoch_ms(year: int, month: int, day: int, hour: int, minute: int, second: int) -> Optional[int]:
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    days = 29 if month == 2 and leap else [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    # RFC 9110 allows second 60 for a leap second.
    if day < 1 or day > days or hour > 23 or minute > 59 or second > 60:
        return None
    return ((_days_from_civil(year, month, day) * 24 + hour) * 60 + minute) * 60_000 + second * 1000


def _year_of(now_ms: float) -> int:
    try:
        return time.gmtime(now_ms / 1000).tm_year
    except (OverflowError, OSError, ValueError):
        return 1970


def _http_date_prefix(text: str, now_ms: float) -> Optional[Tuple[int, int]]:
    """An HTTP-date at the start of text (RFC 9110 §5.6.7, strictly): its time in ms and its length."""
    m = _IMF_FIXDATE.match(text)
    if m:
        ms = _epoch_ms(int(m[4]), _MONTHS.index(m[3]) + 1, int(m[2]), int(m[5]), int(m[6]), int(m[7]))
        return None if ms is None else (ms, m.end())
    m = _RFC_850.match(text)
    if m:
        # A two-digit year more than 50 years ahead is the most recent past year with those digits.
        current = _year_of(now_ms)
        year = current // 100 * 100 + int(m[4])
        if year > current + 50:
            year -= 100
        ms = _epoch_ms(year, _MONTHS.index(m[3]) + 1, int(m[2]), int(m[5]), int(m[6]), int(m[7]))
        return None if ms is None else (ms, m.end())
    m = _ASCTIME.match(text)
    if m:
        ms = _epoch_ms(int(m[7]), _MONTHS.index(m[2]) + 1, int(m[3].strip()), int(m[4]), int(m[5]), int(m[6]))
        return None if ms is None else (ms, m.end())
    return None


def parse_http_date(text: str, now_ms: Optional[float] = None) -> Optional[int]:
    """An HTTP-date in any of its three forms, and nothing else, in ms since the epoch; None otherwise."""
    trimmed = text.strip()
    parsed = _http_date_prefix(trimmed, time.time() * 1000 if now_ms is None else now_ms)
    return parsed[0] if parsed is not None and parsed[1] == len(trimmed) else None


def _header(headers: Optional[Headers], name: str) -> Optional[str]:
    """A header's value, its repeats joined with ", " as a fetch Headers object joins them."""
    if headers is None:
        return None
    wanted = name.lower()
    try:
        pairs = headers.items() if isinstance(headers, Mapping) else headers
        values = [str(v).strip(" \\t\\r\\n") for k, v in pairs if isinstance(k, str) and k.lower() == wanted]
    except Exception:
        return None
    return ", ".join(values) if values else None


_DELAY_SECONDS = re.compile(r"([0-9]+)[ \\t]*(?:,|\\Z)")
_LIST_END = re.compile(r"[ \\t]*(?:,|\\Z)")
_RESET = re.compile(r"[0-9]+(?:\\.[0-9]+)?")


def _retry_after_ms(value: str, now_ms: float) -> Optional[float]:
    """Retry-After (RFC 9110 §10.2.3) as delay-seconds or an HTTP-date; of a comma-joined repeat, the first."""
    seconds = _DELAY_SECONDS.match(value)
    if seconds:
        return float(seconds[1]) * 1000
    # IMF-fixdate has a comma after the day name, so the first element is found by parsing, not splitting.
    date = _http_date_prefix(value, now_ms)
    if date is None or not _LIST_END.match(value, date[1]):
        return None
    return float(date[0] - now_ms)


def _reset_at_ms(value: str) -> Optional[float]:
    if not _RESET.fullmatch(value):
        return None
    n = float(value)
    return n if policy.RESET_MILLISECONDS_FROM is not None and n >= policy.RESET_MILLISECONDS_FROM else n * 1000


def _rate_limit_wait(headers: Optional[Headers], now_ms: float) -> Optional[Tuple[float, Basis]]:
    waits: List[Tuple[float, Basis]] = []
    retry_after = (_header(headers, policy.RETRY_AFTER_HEADER) or "").strip()
    if retry_after:
        ms = _retry_after_ms(retry_after, now_ms)
        if ms is not None and math.isfinite(ms) and ms > 0:
            waits.append((ms, "retry-after"))
    reset = (_header(headers, policy.RESET_HEADER) or "").split(",", 1)[0].strip()
    if reset:
        at = _reset_at_ms(reset)
        if at is not None and math.isfinite(at - now_ms) and at - now_ms > 0:
            waits.append((at - now_ms, "rate-limit-reset"))
    # A reset in the past says nothing; of two usable answers the later one is the safe one (ties: Retry-After).
    return max(waits, key=lambda w: w[0]) if waits else None


def _code_of(body: Optional[str]) -> Optional[str]:
    return None if body is None else error_code_of(body)


def advise_retry(
    status: int,
    headers: Optional[Headers],
    body: Optional[str],
    attempt: int,
    *,
    token_refreshed: bool = False,
    now_ms: Optional[float] = None,
    random: Callable[[], float] = _random.random,
) -> RetryDecision:
    """What to do about the response to the \`attempt\`-th send of a request (1-based).

    A code's own advice in the catalog wins over its status's rule; a known code under another status
    gets the more cautious of the two. On a rate-limit status, Retry-After or X-RateLimit-Reset sets the
    wait, up to the policy's ceiling. token_refreshed: the token was already refreshed for this request.
    """
    if isinstance(attempt, bool) or not isinstance(attempt, int) or attempt < 1:
        return Fail("invalid-attempt", f"attempt must be a whole number from 1, not {attempt!r}")
    # A status that is not an integer reads as 0, which the policy does not list.
    if isinstance(status, bool) or not isinstance(status, int):
        status = 0
    if 200 <= status < 300:
        return Fail("not-an-error", f"status {status} is a success")
    now = now_ms if isinstance(now_ms, (int, float)) and math.isfinite(now_ms) else time.time() * 1000

    code = _code_of(body)
    known = policy.CODE_ADVICE.get(code) if code is not None else None
    by_status = policy.STATUS_STRATEGY.get(status)
    reason: Optional[str] = None
    if known is not None and known.http_status == status:
        strategy: Optional[str] = known.strategy
        subject = f"{code} ({status})"
        reason = known.reason
    elif known is not None:
        # The server contradicts itself (a no-retry code on a retryable status): the more cautious wins.
        subject = f"{code} ({status}, documented {known.http_status})"
        if policy.MOST_CAUTIOUS and known.strategy in policy.FAILING_STRATEGIES:
            strategy = known.strategy
            reason = f"{known.reason} (code and status disagree; the more cautious wins)"
        else:
            strategy = by_status
    else:
        strategy = by_status
        subject = f"unknown code {code} ({status})" if code is not None else f"status {status}"

    if strategy is None:
        return Fail("not-retryable", f"{subject}: the retry policy does not list status {status}")
    if strategy in policy.FAILING_STRATEGIES:
        return Fail("not-retryable", f"{subject}: {reason or 'the policy says it will not resolve with retries'}")
    if strategy == "refresh-credentials":
        if token_refreshed:
            return Fail("refresh-already-tried", f"{subject} again after a token refresh: re-authenticate")
        return RefreshToken()

    backoff = retry_delay_ms(attempt, random)
    if backoff is None:
        return Fail("attempts-exhausted", f"{subject}: {policy.MAX_RETRIES} retries already made")
    if strategy == "wait-for-window":
        wait = _rate_limit_wait(headers, now)
        if wait is not None:
            wait_ms, basis = wait
            if wait_ms > policy.MAX_WAIT_MS:
                return Fail("wait-too-long", f"{subject}: the server asks for {math.ceil(wait_ms / 1000)} s, over the {policy.MAX_WAIT_MS / 1000:g} s a client waits")
            return Retry(math.ceil(wait_ms + _unit(random) * policy.JITTER_MAX_MS), basis)
    return Retry(backoff, "backoff")
`;
