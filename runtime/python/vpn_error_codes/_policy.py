"""The policy the runtime decides by, as values (runtime/SPEC.md §1).

The published package renders the catalog's policy as one literal of each type; the runtime reads
nothing else, so that it is tested against any policy of this shape. Each is an immutable record:
policy.replace(max_retries=2) gives a changed copy.
"""

from __future__ import annotations

from ._record import Record

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping

    from ._lookup import CodeMember
    from ._words import ReconnectClass


class CodeAdvice(Record):
    """What the policy says about one error code, keyed by the code as it arrives in error.code."""

    __slots__ = ("http_status", "reason", "strategy")
    __match_args__ = ("strategy", "http_status", "reason")
    strategy: str
    http_status: int | None
    """The status the code is documented under; seen under another status, the code conflicts."""
    reason: str
    """Why the code fails, for a decision's detail."""

    def __init__(self, strategy: str, http_status: int | None, reason: str) -> None:
        """The advice, by field."""
        super().__init__(strategy=strategy, http_status=http_status, reason=reason)


class RetryPolicy(Record):
    """The backoff numbers, the rate-limit headers and each status's and code's strategy."""

    __slots__ = (
        "code_advice",
        "failing_strategies",
        "initial_delay_ms",
        "jitter_max_ms",
        "jitter_min_ms",
        "max_delay_ms",
        "max_retries",
        "max_wait_ms",
        "most_cautious",
        "multiplier",
        "reset_header",
        "reset_milliseconds_from",
        "retry_after_header",
        "status_strategy",
    )
    __match_args__ = (
        "initial_delay_ms",
        "multiplier",
        "jitter_min_ms",
        "jitter_max_ms",
        "max_retries",
        "max_delay_ms",
        "retry_after_header",
        "reset_header",
        "max_wait_ms",
        "reset_milliseconds_from",
        "most_cautious",
        "failing_strategies",
        "status_strategy",
        "code_advice",
    )
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
    status_strategy: Mapping[int, str]
    code_advice: Mapping[str, CodeAdvice]

    def __init__(  # noqa: PLR0913, PLR0917 - one parameter per field, as a dataclass's
        self,
        initial_delay_ms: float,
        multiplier: float,
        jitter_min_ms: float,
        jitter_max_ms: float,
        max_retries: int,
        max_delay_ms: float,
        retry_after_header: str,
        reset_header: str,
        max_wait_ms: float,
        reset_milliseconds_from: float | None,
        most_cautious: bool,
        failing_strategies: frozenset[str],
        status_strategy: Mapping[int, str] | None = None,
        code_advice: Mapping[str, CodeAdvice] | None = None,
    ) -> None:
        """The policy, by field."""
        super().__init__(
            initial_delay_ms=initial_delay_ms,
            multiplier=multiplier,
            jitter_min_ms=jitter_min_ms,
            jitter_max_ms=jitter_max_ms,
            max_retries=max_retries,
            max_delay_ms=max_delay_ms,
            retry_after_header=retry_after_header,
            reset_header=reset_header,
            max_wait_ms=max_wait_ms,
            reset_milliseconds_from=reset_milliseconds_from,
            most_cautious=most_cautious,
            failing_strategies=failing_strategies,
            status_strategy={} if status_strategy is None else status_strategy,
            code_advice={} if code_advice is None else code_advice,
        )


class FieldCheck(Record):
    """One property of a details shape, as the envelope's schema constrains it."""

    __slots__ = ("format", "items", "minimum", "name", "type")
    __match_args__ = ("name", "type", "minimum", "format", "items")
    name: str
    type: str | None
    """A JSON type: string, integer, number, boolean, array or object."""
    minimum: float | None
    format: str | None
    """date-time or uri."""
    items: str | None
    """For an array: its items' JSON type."""

    def __init__(
        self,
        name: str,
        type: str | None = None,  # noqa: A002 - the JSON Schema keyword
        minimum: float | None = None,
        format: str | None = None,  # noqa: A002 - the JSON Schema keyword
        items: str | None = None,
    ) -> None:
        """The check, by field."""
        super().__init__(name=name, type=type, minimum=minimum, format=format, items=items)


class DetailsShape(Record):
    """The details a known code's error must carry."""

    __slots__ = ("fields", "required")
    __match_args__ = ("required", "fields")
    required: tuple[str, ...]
    fields: tuple[FieldCheck, ...]

    def __init__(self, required: tuple[str, ...] = (), fields: tuple[FieldCheck, ...] = ()) -> None:
        """The shape, by field."""
        super().__init__(required=required, fields=fields)


class EnvelopePolicy(Record):
    """What a decoder checks beyond the envelope's core (runtime/SPEC.md §9, §10)."""

    __slots__ = (
        "date_time_pattern",
        "details",
        "known_codes",
        "unknown_code_pattern",
        "uri_forbidden",
        "uri_scheme_pattern",
    )
    __match_args__ = (
        "known_codes",
        "unknown_code_pattern",
        "date_time_pattern",
        "uri_scheme_pattern",
        "uri_forbidden",
        "details",
    )
    known_codes: frozenset[str]
    unknown_code_pattern: str
    """A code the policy does not know must match this, in full."""
    date_time_pattern: str
    """RFC 3339 date-time; its groups are year, month, day, hour, minute, second, offset sign, hour, minute."""
    uri_scheme_pattern: str
    uri_forbidden: frozenset[int]
    """Code points a uri may not hold after its scheme's colon."""
    details: Mapping[str, DetailsShape]

    def __init__(  # noqa: PLR0913, PLR0917 - one parameter per field, as a dataclass's
        self,
        known_codes: frozenset[str],
        unknown_code_pattern: str,
        date_time_pattern: str,
        uri_scheme_pattern: str,
        uri_forbidden: frozenset[int],
        details: Mapping[str, DetailsShape] | None = None,
    ) -> None:
        """The policy, by field."""
        super().__init__(
            known_codes=known_codes,
            unknown_code_pattern=unknown_code_pattern,
            date_time_pattern=date_time_pattern,
            uri_scheme_pattern=uri_scheme_pattern,
            uri_forbidden=uri_forbidden,
            details={} if details is None else details,
        )


class ReconnectFamily(Record):
    """An SDK family's codes as the reconnect decision sees them: its enum, and each code's class by value."""

    __slots__ = ("classes", "members", "stop_reasons")
    __match_args__ = ("members", "classes", "stop_reasons")
    members: type[CodeMember]
    """The family's enum, whose lookup finds a code by any key (value, digits, identifier, alias, older name)."""
    classes: Mapping[int | str, ReconnectClass]
    """Each code's class, keyed by the member's value."""
    stop_reasons: Mapping[int | str, str]
    """Why a code of class stop stops, for the advice's detail."""

    def __init__(
        self,
        members: type[CodeMember],
        classes: Mapping[int | str, ReconnectClass],
        stop_reasons: Mapping[int | str, str] | None = None,
    ) -> None:
        """The family, by field."""
        super().__init__(members=members, classes=classes, stop_reasons={} if stop_reasons is None else stop_reasons)


class ReconnectPolicy(Record):
    """The backoff between reconnects, the cap per window, flapping, and each SDK code's class (SPEC §12)."""

    __slots__ = (
        "families",
        "flapping_times",
        "flapping_within_ms",
        "initial_delay_ms",
        "jitter_ratio",
        "max_delay_ms",
        "max_reconnects",
        "multiplier",
        "window_ms",
    )
    __match_args__ = (
        "initial_delay_ms",
        "multiplier",
        "max_delay_ms",
        "jitter_ratio",
        "window_ms",
        "max_reconnects",
        "flapping_within_ms",
        "flapping_times",
        "families",
    )
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
    families: tuple[ReconnectFamily, ...]

    def __init__(  # noqa: PLR0913, PLR0917 - one parameter per field, as a dataclass's
        self,
        initial_delay_ms: float,
        multiplier: float,
        max_delay_ms: float,
        jitter_ratio: float,
        window_ms: float,
        max_reconnects: int,
        flapping_within_ms: float,
        flapping_times: int,
        families: tuple[ReconnectFamily, ...] = (),
    ) -> None:
        """The policy, by field."""
        super().__init__(
            initial_delay_ms=initial_delay_ms,
            multiplier=multiplier,
            max_delay_ms=max_delay_ms,
            jitter_ratio=jitter_ratio,
            window_ms=window_ms,
            max_reconnects=max_reconnects,
            flapping_within_ms=flapping_within_ms,
            flapping_times=flapping_times,
            families=families,
        )
