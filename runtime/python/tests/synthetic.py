"""Small invented policies for the unit tests: their codes, statuses and headers belong to no catalog."""

from __future__ import annotations

import json
from enum import Enum, IntEnum

from vpn_error_codes._lookup import CodeMember, Facts, RetryAdvice, bind
from vpn_error_codes._policy import (
    CodeAdvice,
    DetailsShape,
    EnvelopePolicy,
    FieldCheck,
    ReconnectFamily,
    ReconnectPolicy,
    RetryPolicy,
)

WAIT_HEADER = "X-Test-Wait"
RESET_HEADER = "X-Test-Reset"
# Where a reset value turns from seconds into milliseconds, in this policy.
MS_FROM = 10_000_000

RETRY = RetryPolicy(
    initial_delay_ms=100,
    multiplier=3,
    jitter_min_ms=10,
    jitter_max_ms=50,
    max_retries=3,
    max_delay_ms=1_500,
    retry_after_header=WAIT_HEADER,
    reset_header=RESET_HEADER,
    max_wait_ms=60_000,
    reset_milliseconds_from=MS_FROM,
    most_cautious=True,
    failing_strategies=frozenset({"no-retry", "give-up"}),
    status_strategy={
        418: "no-retry",
        420: "wait-for-window",
        419: "no-retry",
        599: "backoff",
        598: "give-up",
    },
    code_advice={
        "SYNTHETIC_LIMIT": CodeAdvice("wait-for-window", 420, "the window is short"),
        "SYNTHETIC_STALE": CodeAdvice("refresh-credentials", 419, "the token is stale"),
        "SYNTHETIC_BROKEN": CodeAdvice("no-retry", 418, "a teapot stays a teapot"),
        "SYNTHETIC_FLAKY": CodeAdvice("backoff", 599, "the flake passes"),
        "SYNTHETIC_FREE": CodeAdvice("backoff", None, "no status of its own"),
    },
)

ENVELOPE = EnvelopePolicy(
    known_codes=frozenset({"SYNTHETIC_LIMIT", "SYNTHETIC_SHAPED", "SYNTHETIC_LIST"}),
    unknown_code_pattern="[A-Z][A-Z0-9]*(_[A-Z0-9]+)*",
    date_time_pattern=(
        "([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\\.[0-9]+)?"
        "(?:[Zz]|([+-])([0-9]{2}):([0-9]{2}))"
    ),
    uri_scheme_pattern="[A-Za-z][A-Za-z0-9+.-]*",
    uri_forbidden=frozenset(ord(c) for c in ' \t<>"\u00a0'),
    details={
        "SYNTHETIC_SHAPED": DetailsShape(
            required=("when", "count"),
            fields=(
                FieldCheck("when", type="string", format="date-time"),
                FieldCheck("count", type="integer", minimum=1),
                FieldCheck("link", type="string", format="uri"),
                FieldCheck("anything"),
            ),
        ),
        "SYNTHETIC_LIST": DetailsShape(fields=(FieldCheck("tags", type="array", items="string"),)),
    },
)


def failure(code: str, message: str = "it failed", **extra: object) -> str:
    """A failure envelope's body with this code."""
    return json.dumps({"success": False, "error": {"code": code, "message": message, **extra}})


class Tunnel(CodeMember, IntEnum):
    """An invented SDK family of numbered codes."""

    FINE = 0
    DROPPED = 11
    MOVED = 12
    OFFLINE = 13
    BANNED = 14
    STALE = 15


class Outcome(CodeMember, str, Enum):
    """An invented SDK family of named codes."""

    GOOD = "Good"
    NO_LINK = "NoLink"


def _facts(identifier: str) -> Facts:
    return Facts(
        identifier=identifier,
        group="g",
        group_title="Group",
        description=f"{identifier} happened",
        retryable=True,
        retry_advice=RetryAdvice("synthetic", "inferred", "why"),
        stability="stable",
        doc=identifier,
    )


bind(
    Tunnel,
    tuple(_facts(n) for n in ("Fine", "Dropped", "Moved", "Offline", "Banned", "Stale")),
    (
        *((name, i, "name") for i, name in enumerate(("Fine", "Dropped", "Moved", "Offline", "Banned", "Stale"))),
        ("LinkMoved", 2, "alias"),
        ("OLD_DROP", 1, "legacyName"),
        *((m.value, i, "value") for i, m in enumerate(Tunnel)),
        *((str(m.value), i, "value") for i, m in enumerate(Tunnel)),
    ),
)
bind(Outcome, (_facts("Good"), _facts("NoLink")), (("Good", 0, "value"), ("NoLink", 1, "value")))

# Backoff 150 ms x 3^n down to 40 % less at random, capped at 5 s; 4 reconnects a 70 s window; flapping
# after 2 connections each followed within 7 s.
RECONNECT = ReconnectPolicy(
    initial_delay_ms=150,
    multiplier=3,
    max_delay_ms=5_000,
    jitter_ratio=0.4,
    window_ms=70_000,
    max_reconnects=4,
    flapping_within_ms=7_000,
    flapping_times=2,
    families=(
        ReconnectFamily(
            Tunnel,
            classes={
                0: "not-an-error",
                11: "reconnect",
                12: "reconnect-now",
                13: "wait-for-network",
                14: "stop",
                15: "stop",
            },
            stop_reasons={14: "banned for good"},
        ),
        ReconnectFamily(Outcome, classes={"Good": "not-an-error", "NoLink": "wait-for-network"}),
    ),
)
