# Copied from runtime/python/vpn_error_codes/_lookup.py by npm run build: edit that file, not this copy.
"""Run-time lookups: each member's facts, and a member found by any key its family gives it.

Only ``enum``, this module and its records load for a lookup: no typing, dataclasses, json or re at run time, so
that importing an enum stays close to a bare interpreter's start (the decoder and decision load later).
"""

from __future__ import annotations

from ._record import Record

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence
    from typing import Any

    from typing_extensions import Self


class RetryAdvice(Record):
    """A code's retry advice: the strategy, its basis (documented or inferred), why, and any override.

    override says why the code's advice departs from its HTTP status's rule; None when it does not.
    """

    __slots__ = ("basis", "note", "override", "strategy")
    __match_args__ = ("strategy", "basis", "note", "override")
    strategy: str
    basis: str
    note: str
    override: str | None

    def __init__(self, strategy: str, basis: str, note: str, override: str | None = None) -> None:
        """The advice, as the catalog states it."""
        super().__init__(strategy=strategy, basis=basis, note=note, override=override)


class Action(Record):
    """What a client should do about a code, and whether the source documents it or the catalog infers it."""

    __slots__ = ("basis", "text")
    __match_args__ = ("text", "basis")
    text: str
    basis: str

    def __init__(self, text: str, basis: str) -> None:
        """The action, as the catalog states it."""
        super().__init__(text=text, basis=basis)


class Deprecation(Record):
    """Why a code is deprecated (renamed or obsoleted), what replaces it, since when, and a note."""

    __slots__ = ("note", "reason", "replacement", "since")
    __match_args__ = ("reason", "note", "replacement", "since")
    reason: str
    replacement: str | None
    since: str | None
    note: str

    def __init__(self, reason: str, note: str, replacement: str | None = None, since: str | None = None) -> None:
        """The deprecation, as the catalog states it."""
        super().__init__(reason=reason, replacement=replacement, since=since, note=note)


class Facts(Record):
    """Everything the catalog says about one code, as its member's properties give it."""

    __slots__ = (
        "action",
        "deprecation",
        "description",
        "doc",
        "group",
        "group_title",
        "http_status",
        "identifier",
        "label",
        "retry_advice",
        "retryable",
        "stability",
    )
    __match_args__ = (
        "identifier",
        "label",
        "group",
        "group_title",
        "description",
        "http_status",
        "retryable",
        "retry_advice",
        "action",
        "stability",
        "deprecation",
        "doc",
    )
    identifier: str
    label: str | None
    group: str
    group_title: str
    description: str
    http_status: int | None
    retryable: bool
    retry_advice: RetryAdvice
    action: Action | None
    stability: str
    deprecation: Deprecation | None
    doc: str

    def __init__(  # noqa: PLR0913 - one parameter per catalog fact, passed by keyword
        self,
        *,
        identifier: str,
        group: str,
        group_title: str,
        description: str,
        retryable: bool,
        retry_advice: RetryAdvice,
        stability: str,
        doc: str,
        label: str | None = None,
        http_status: int | None = None,
        action: Action | None = None,
        deprecation: Deprecation | None = None,
    ) -> None:
        """The facts, by name."""
        super().__init__(
            identifier=identifier,
            label=label,
            group=group,
            group_title=group_title,
            description=description,
            http_status=http_status,
            retryable=retryable,
            retry_advice=retry_advice,
            action=action,
            stability=stability,
            deprecation=deprecation,
            doc=doc,
        )


class Match(Record):
    """A member found by a lookup, and how the key named it: value, name, alias or legacyName.

    alias and legacyName mean the key was not the current identifier: show the member's identifier.
    """

    __slots__ = ("matched_by", "member")
    __match_args__ = ("member", "matched_by")
    member: Any
    matched_by: str

    def __init__(self, member: object, matched_by: str) -> None:
        """The member and the kind of key that found it."""
        super().__init__(member=member, matched_by=matched_by)


def find(keys: Mapping[object, tuple[Any, str]], key: object) -> Match | None:
    """The member a key names, or None for anything else: a bool, a key of another kind, an unhashable value.

    A bool is never a code, although Python counts True as 1; a float equal to an integer value finds it,
    as a JSON number does.
    """
    if isinstance(key, bool):
        return None
    try:
        found = keys.get(key)
    except TypeError:
        return None
    return None if found is None else Match(found[0], found[1])


VALUE = "value"
"""The kind of key that is a code's value, or its decimal string."""


class CodeMember:
    """What every family's members answer: the catalog's facts about them, as properties.

    A family's enum mixes this in; bind() gives each member its facts once, when the module loads.
    """

    __slots__ = ()
    _facts: Facts
    _keys: Mapping[object, tuple[Any, str]]

    def __str__(self) -> str:
        """The wire value, on every Python version (str() of an IntEnum member changed in 3.11)."""
        return str(getattr(self, "_value_", ""))

    @property
    def identifier(self) -> str:
        """The vendor's identifier, verbatim: what the wire, logs and the vendor's documents call the code."""
        return self._facts.identifier

    @property
    def phrase(self) -> str:
        """A short name a person reads, as http.HTTPStatus's phrase: the vendor's label, else the identifier."""
        return self._facts.label or self._facts.identifier

    @property
    def label(self) -> str | None:
        """The vendor's own label where it differs in form from the identifier ("Too Many Requests"); None otherwise."""
        return self._facts.label

    @property
    def description(self) -> str:
        """What the code means."""
        return self._facts.description

    @property
    def group(self) -> str:
        """The id of the group the vendor lists the code under."""
        return self._facts.group

    @property
    def group_title(self) -> str:
        """The title of the group the vendor lists the code under."""
        return self._facts.group_title

    @property
    def http_status(self) -> int | None:
        """The HTTP status the code is documented under (an int, or the status family's member); None when none is."""
        return self._facts.http_status

    @property
    def retryable(self) -> bool:
        """True when a retry, after the step the retry advice names, can succeed."""
        return self._facts.retryable

    @property
    def retry_advice(self) -> RetryAdvice:
        """The retry advice: strategy, basis, note and override."""
        return self._facts.retry_advice

    @property
    def action(self) -> Action | None:
        """What a client should do about the code; None when the catalog says nothing."""
        return self._facts.action

    @property
    def stability(self) -> str:
        """stable, or experimental."""
        return self._facts.stability

    @property
    def deprecation(self) -> Deprecation | None:
        """Why and since when the code is deprecated; None for a current code."""
        return self._facts.deprecation

    @property
    def deprecated(self) -> bool:
        """Whether the code is deprecated."""
        return self._facts.deprecation is not None

    @classmethod
    def lookup(cls, key: object) -> Match | None:
        """The member a key names, and how: a value, its decimal string, an identifier, an alias or an older name.

        Anything else (an unknown code, another type, None) gives None; a lookup never raises.
        """
        return find(cls._keys, key)

    @classmethod
    def get(cls, key: object) -> Self | None:
        """The member any key names (see lookup), or None."""
        match = find(cls._keys, key)
        return None if match is None else match.member

    @classmethod
    def from_code(cls, code: object) -> Self | None:
        """The member whose value is ``code`` itself (an integer, not its digits), or None for any other input."""
        member = cls.get(code)
        return member if member is not None and getattr(member, "_value_", None) == code else None

    @classmethod
    def parse(cls, name: object) -> Self | None:
        """The member with this identifier, alias or older wire name, or None (a value's digits are no name)."""
        match = find(cls._keys, name)
        return None if match is None or match.matched_by == VALUE else match.member


def bind(family: type[CodeMember], facts: Sequence[Facts], keys: Iterable[tuple[object, int, str]]) -> None:
    """Give each member its facts and doc, in the members' order, and the family its lookup keys.

    keys are (key, index of the member, how the key names it), highest priority first: the first row of
    a key wins. The doc replaces the class docstring that a member's __doc__ would give otherwise.
    """
    members: list[Any] = list(family)  # type: ignore[call-overload]
    for member, fact in zip(members, facts):
        member._facts = fact  # noqa: SLF001 - bind is the members' initializer
        member.__doc__ = fact.doc
    found: dict[object, tuple[Any, str]] = {}
    for key, index, kind in keys:
        found.setdefault(key, (members[index], kind))
    family._keys = found  # noqa: SLF001 - bind is the family's initializer
