"""The policy the runtime decides by, as values (runtime/SPEC.md §1).

The published package renders the catalog's policy as one literal of each type; the runtime reads
nothing else, so that it is tested against any policy of this shape.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._lookup import CodeMember


@dataclass(frozen=True)
class CodeAdvice:
    """What the policy says about one error code, keyed by the code as it arrives in error.code."""

    strategy: str
    http_status: int | None
    """The status the code is documented under; seen under another status, the code conflicts."""
    reason: str
    """Why the code fails, for a decision's detail."""


@dataclass(frozen=True)
class RetryPolicy:
    """The backoff numbers, the rate-limit headers and each status's and code's strategy."""

    initial_delay_ms: float
    multiplier: float
    jitter_min_ms: float
    jitter_max_ms: float
    max_retries: int
    max_delay_ms: float
    retry_after_header: str
    reset_header: str
    max_wait_ms: float
    """The longest wait a client honours; a server asking for more is told no."""
    reset_milliseconds_from: float | None
    """A reset value from here up is Unix milliseconds, not seconds (None: always seconds)."""
    most_cautious: bool
    """A known code under another status takes the more cautious of the two answers."""
    failing_strategies: frozenset[str]
    """Strategies under which the decision fails at once."""
    status_strategy: Mapping[int, str] = field(default_factory=dict)
    code_advice: Mapping[str, CodeAdvice] = field(default_factory=dict)


@dataclass(frozen=True)
class FieldCheck:
    """One property of a details shape, as the envelope's schema constrains it."""

    name: str
    type: str | None = None
    """A JSON type: string, integer, number, boolean, array or object."""
    minimum: float | None = None
    format: str | None = None
    """date-time or uri."""
    items: str | None = None
    """For an array: its items' JSON type."""


@dataclass(frozen=True)
class DetailsShape:
    """The details a known code's error must carry."""

    required: tuple[str, ...] = ()
    fields: tuple[FieldCheck, ...] = ()


@dataclass(frozen=True)
class EnvelopePolicy:
    """What a decoder checks beyond the envelope's core (runtime/SPEC.md §9, §10)."""

    known_codes: frozenset[str]
    unknown_code_pattern: str
    """A code the policy does not know must match this, in full."""
    date_time_pattern: str
    """RFC 3339 date-time; its groups are year, month, day, hour, minute, second, offset sign, hour, minute."""
    uri_scheme_pattern: str
    uri_forbidden: frozenset[int]
    """Code points a uri may not hold after its scheme's colon."""
    details: Mapping[str, DetailsShape] = field(default_factory=dict)


ReconnectClass = Literal["reconnect", "reconnect-now", "wait-for-network", "stop", "not-an-error"]
"""What the reconnect decision does with a code (runtime/SPEC.md §12): reconnect after the backoff; reconnect
at once the first time; once the network is back; stop, a new tunnel failing the same way; a success code."""


@dataclass(frozen=True)
class ReconnectFamily:
    """An SDK family's codes as the reconnect decision sees them: its enum, and each code's class by value."""

    members: type[CodeMember]
    """The family's enum, whose lookup finds a code by any key (value, digits, identifier, alias, older name)."""
    classes: Mapping[int | str, ReconnectClass]
    """Each code's class, keyed by the member's value."""
    stop_reasons: Mapping[int | str, str] = field(default_factory=dict)
    """Why a code of class stop stops, for the advice's detail."""


@dataclass(frozen=True)
class ReconnectPolicy:
    """The backoff between reconnects, the cap per window, flapping, and each SDK code's class (SPEC §12)."""

    initial_delay_ms: float
    multiplier: float
    max_delay_ms: float
    jitter_ratio: float
    """The share of a delay the jitter may take off: a delay lies between base * (1 - ratio) and base."""
    window_ms: float
    max_reconnects: int
    """Reconnect starts the window allows; one more is a stop."""
    flapping_within_ms: float
    flapping_times: int
    """The same error this soon after each of the last this many times the tunnel came up is a stop."""
    families: tuple[ReconnectFamily, ...] = ()
