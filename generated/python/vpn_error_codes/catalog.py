# Generated from catalog/*.yaml by scripts/emit/languages/python/envelope.ts (npm run build); do not edit.
"""Types of generated/catalog.json, by quicktype from generated/schema/resolved-catalog.schema.json."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import suppress
from dataclasses import dataclass
from enum import Enum
from typing import Any, TypeVar, cast


class CatalogError(ValueError):
    """The document is not of catalog.json's shape."""


T = TypeVar("T")
EnumT = TypeVar("EnumT", bound=Enum)


def from_str(x: Any) -> str:
    if not isinstance(x, str):
        raise CatalogError(f"expected str, got {type(x).__name__}")
    return x


def to_enum(c: type[EnumT], x: Any) -> Any:
    if not isinstance(x, c):
        raise CatalogError(f"expected {c.__name__}, got {type(x).__name__}")
    return x.value


def from_none(x: Any) -> Any:
    if x is not None:
        raise CatalogError(f"expected null, got {type(x).__name__}")
    return x


def from_union(fs: Iterable[Callable[[Any], Any]], x: Any) -> Any:
    for f in fs:
        with suppress(ValueError, TypeError, OverflowError):
            return f(x)
    raise CatalogError("the value matches none of the types the schema allows")


def from_dict(f: Callable[[Any], T], x: Any) -> dict[str, T]:
    if not isinstance(x, dict):
        raise CatalogError(f"expected dict, got {type(x).__name__}")
    return {k: f(v) for (k, v) in x.items()}


def from_bool(x: Any) -> bool:
    if not isinstance(x, bool):
        raise CatalogError(f"expected bool, got {type(x).__name__}")
    return x


def from_int(x: Any) -> int:
    if not (isinstance(x, int) and not isinstance(x, bool)):
        raise CatalogError(f"expected int, got {type(x).__name__}")
    return x


def from_list(f: Callable[[Any], T], x: Any) -> list[T]:
    if not isinstance(x, list):
        raise CatalogError(f"expected list, got {type(x).__name__}")
    return [f(y) for y in x]


def to_class(c: type[T], x: Any) -> dict[str, Any]:
    if not isinstance(x, c):
        raise CatalogError(f"expected {c.__name__}, got {type(x).__name__}")
    return cast(dict[str, Any], cast(Any, x).to_dict())


def from_float(x: Any) -> float:
    if not (isinstance(x, (float, int)) and not isinstance(x, bool)):
        raise CatalogError(f"expected float or int, got {type(x).__name__}")
    return float(x)


def to_float(x: Any) -> float:
    if not isinstance(x, (int, float)):
        raise CatalogError(f"expected int or float, got {type(x).__name__}")
    return x


class Basis(Enum):
    """Provenance of a fact: 'documented' when the source page states it, 'inferred' when this catalog concludes it.

    documented: the source's example shows this shape.

    documented: the older source ties the name to this condition; inferred: the mapping is
    this catalog's.
    """

    DOCUMENTED = "documented"
    INFERRED = "inferred"


@dataclass
class Action:
    """What a client should do when it meets the code."""

    basis: Basis
    text: str
    """The recommended action, as an imperative sentence."""

    @staticmethod
    def from_dict(obj: Any) -> Action:
        if not isinstance(obj, dict):
            raise CatalogError(f"expected dict, got {type(obj).__name__}")
        basis = Basis(obj.get("basis"))
        text = from_str(obj.get("text"))
        return Action(basis, text)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        result["basis"] = to_enum(Basis, self.basis)
        result["text"] = from_str(self.text)
        return result


class Reason(Enum):
    """renamed: the same condition under a new name (replacement required). obsoleted: the condition no longer occurs."""

    OBSOLETED = "obsoleted"
    RENAMED = "renamed"


@dataclass
class Deprecation:
    """Set when a code is retired. Codes are deprecated, never deleted."""

    note: str
    """Why the code was retired."""

    reason: Reason
    """renamed: the same condition under a new name (replacement required). obsoleted: the condition no longer occurs."""
    replacement: str | None = None
    """The code in the same family to use instead."""

    since: str | None = None
    """The package version that deprecated the code."""

    @staticmethod
    def from_dict(obj: Any) -> Deprecation:
        if not isinstance(obj, dict):
            raise CatalogError(f"expected dict, got {type(obj).__name__}")
        note = from_str(obj.get("note"))
        reason = Reason(obj.get("reason"))
        replacement = from_union([from_str, from_none], obj.get("replacement"))
        since = from_union([from_str, from_none], obj.get("since"))
        return Deprecation(note, reason, replacement, since)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        result["note"] = from_str(self.note)
        result["reason"] = to_enum(Reason, self.reason)
        if self.replacement is not None:
            result["replacement"] = from_union([from_str, from_none], self.replacement)
        if self.since is not None:
            result["since"] = from_union([from_str, from_none], self.since)
        return result


@dataclass
class DetailsShape:
    """The shape of the error envelope's error.details for this code, where the source shows one."""

    basis: Basis
    """documented: the source's example shows this shape."""

    schema: dict[str, Any]
    """A JSON Schema (draft 2020-12) of error.details. Leave additionalProperties open so that the API can add fields."""

    @staticmethod
    def from_dict(obj: Any) -> DetailsShape:
        if not isinstance(obj, dict):
            raise CatalogError(f"expected dict, got {type(obj).__name__}")
        basis = Basis(obj.get("basis"))
        schema = from_dict(lambda x: x, obj.get("schema"))
        return DetailsShape(basis, schema)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        result["basis"] = to_enum(Basis, self.basis)
        result["schema"] = from_dict(lambda x: x, self.schema)
        return result


@dataclass
class LegacyName:
    """A name an older release of the vendor's software used on the wire for this condition. Recorded with provenance; never a claim about the current software."""

    basis: Basis
    """documented: the older source ties the name to this condition; inferred: the mapping is this catalog's."""
    name: str
    source: str
    """Which older release used it."""

    note: str | None = None

    @staticmethod
    def from_dict(obj: Any) -> LegacyName:
        if not isinstance(obj, dict):
            raise CatalogError(f"expected dict, got {type(obj).__name__}")
        basis = Basis(obj.get("basis"))
        name = from_str(obj.get("name"))
        source = from_str(obj.get("source"))
        note = from_union([from_str, from_none], obj.get("note"))
        return LegacyName(basis, name, source, note)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        result["basis"] = to_enum(Basis, self.basis)
        result["name"] = from_str(self.name)
        result["source"] = from_str(self.source)
        if self.note is not None:
            result["note"] = from_union([from_str, from_none], self.note)
        return result


class Strategy(Enum):
    """not-applicable: not an error. no-retry: sending the same request again will not help. backoff: retry with the policy's exponential backoff and jitter. wait-for-window: throttled; wait for the rate window (X-RateLimit-Reset, Retry-After) before retrying. refresh-credentials: refresh the access token, then retry the original request exactly once. reconnect-tunnel: reconnect the VPN tunnel with the same credentials."""

    BACKOFF = "backoff"
    NOT_APPLICABLE = "not-applicable"
    NO_RETRY = "no-retry"
    RECONNECT_TUNNEL = "reconnect-tunnel"
    REFRESH_CREDENTIALS = "refresh-credentials"
    WAIT_FOR_WINDOW = "wait-for-window"


@dataclass
class RetryAdvice:
    """Whether and how a retry can help. Structured, so that it can grow; 'retryable' in the resolved catalog is derived from the strategy."""

    basis: Basis
    note: str
    """Why this strategy, in a sentence."""

    strategy: Strategy
    """not-applicable: not an error. no-retry: sending the same request again will not help. backoff: retry with the policy's exponential backoff and jitter. wait-for-window: throttled; wait for the rate window (X-RateLimit-Reset, Retry-After) before retrying. refresh-credentials: refresh the access token, then retry the original request exactly once. reconnect-tunnel: reconnect the VPN tunnel with the same credentials."""
    override: str | None = None
    """Required when the advice departs from the retry policy's rule for the code's HTTP status: the reason it does."""

    @staticmethod
    def from_dict(obj: Any) -> RetryAdvice:
        if not isinstance(obj, dict):
            raise CatalogError(f"expected dict, got {type(obj).__name__}")
        basis = Basis(obj.get("basis"))
        note = from_str(obj.get("note"))
        strategy = Strategy(obj.get("strategy"))
        override = from_union([from_str, from_none], obj.get("override"))
        return RetryAdvice(basis, note, strategy, override)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        result["basis"] = to_enum(Basis, self.basis)
        result["note"] = from_str(self.note)
        result["strategy"] = to_enum(Strategy, self.strategy)
        if self.override is not None:
            result["override"] = from_union([from_str, from_none], self.override)
        return result


class Stability(Enum):
    """stable: safe to switch on. experimental: may still change."""

    EXPERIMENTAL = "experimental"
    STABLE = "stable"


@dataclass
class Code:
    """One member of a family."""

    description: str
    """What the code means, faithful to the source."""

    group: str
    """Id of one of the family's groups."""

    name: str
    retry: RetryAdvice
    retryable: bool
    """The short answer: true when retry.strategy says a retry (after its step) can succeed."""

    stability: Stability
    """stable: safe to switch on. experimental: may still change."""

    value: int | str
    """The integer value, or in a family whose valueKind is 'name', the name itself."""

    action: Action | None = None
    aliases: list[str] | None = None
    """Extra names a lookup also accepts, such as a corrected spelling. The identifier itself never changes."""
    deprecated: Deprecation | None = None
    details: DetailsShape | None = None
    http_status: int | None = None
    """The HTTP status the source ties the code to. Omit when none is documented."""

    label: str | None = None
    """The name as the source writes it for people, where it differs from the identifier (an HTTP reason phrase)."""
    legacy_names: list[LegacyName] | None = None
    """Names older releases used on the wire for this condition."""

    note: str | None = None
    """Editor's note: traps in the source, corroboration, caveats."""

    @staticmethod
    def from_dict(obj: Any) -> Code:
        if not isinstance(obj, dict):
            raise CatalogError(f"expected dict, got {type(obj).__name__}")
        description = from_str(obj.get("description"))
        group = from_str(obj.get("group"))
        name = from_str(obj.get("name"))
        retry = RetryAdvice.from_dict(obj.get("retry"))
        retryable = from_bool(obj.get("retryable"))
        stability = Stability(obj.get("stability"))
        value = from_union([from_int, from_str], obj.get("value"))
        action = from_union([Action.from_dict, from_none], obj.get("action"))
        aliases = from_union([lambda x: from_list(from_str, x), from_none], obj.get("aliases"))
        deprecated = from_union([Deprecation.from_dict, from_none], obj.get("deprecated"))
        details = from_union([DetailsShape.from_dict, from_none], obj.get("details"))
        http_status = from_union([from_int, from_none], obj.get("httpStatus"))
        label = from_union([from_str, from_none], obj.get("label"))
        legacy_names = from_union([lambda x: from_list(LegacyName.from_dict, x), from_none], obj.get("legacyNames"))
        note = from_union([from_str, from_none], obj.get("note"))
        return Code(
            description,
            group,
            name,
            retry,
            retryable,
            stability,
            value,
            action,
            aliases,
            deprecated,
            details,
            http_status,
            label,
            legacy_names,
            note,
        )

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        result["description"] = from_str(self.description)
        result["group"] = from_str(self.group)
        result["name"] = from_str(self.name)
        result["retry"] = to_class(RetryAdvice, self.retry)
        result["retryable"] = from_bool(self.retryable)
        result["stability"] = to_enum(Stability, self.stability)
        result["value"] = from_union([from_int, from_str], self.value)
        if self.action is not None:
            result["action"] = from_union([lambda x: to_class(Action, x), from_none], self.action)
        if self.aliases is not None:
            result["aliases"] = from_union([lambda x: from_list(from_str, x), from_none], self.aliases)
        if self.deprecated is not None:
            result["deprecated"] = from_union([lambda x: to_class(Deprecation, x), from_none], self.deprecated)
        if self.details is not None:
            result["details"] = from_union([lambda x: to_class(DetailsShape, x), from_none], self.details)
        if self.http_status is not None:
            result["httpStatus"] = from_union([from_int, from_none], self.http_status)
        if self.label is not None:
            result["label"] = from_union([from_str, from_none], self.label)
        if self.legacy_names is not None:
            result["legacyNames"] = from_union(
                [lambda x: from_list(lambda x: to_class(LegacyName, x), x), from_none], self.legacy_names
            )
        if self.note is not None:
            result["note"] = from_union([from_str, from_none], self.note)
        return result


class StatusClass(Enum):
    """An HTTP status class."""

    THE_2_XX = "2xx"
    THE_4_XX = "4xx"
    THE_5_XX = "5xx"


@dataclass
class Group:
    """A group of codes as the source presents them."""

    id: str
    """Stable id the codes refer to."""

    title: str
    """The group's heading, verbatim from the source (mind look-alike letters)."""

    http_status_classes: list[StatusClass] | None = None
    """The HTTP status classes a code of this group may map to. A code whose status lies outside them is an error."""
    note: str | None = None
    """Editor's note on the group."""

    @staticmethod
    def from_dict(obj: Any) -> Group:
        if not isinstance(obj, dict):
            raise CatalogError(f"expected dict, got {type(obj).__name__}")
        id_ = from_str(obj.get("id"))
        title = from_str(obj.get("title"))
        http_status_classes = from_union([lambda x: from_list(StatusClass, x), from_none], obj.get("httpStatusClasses"))
        note = from_union([from_str, from_none], obj.get("note"))
        return Group(id_, title, http_status_classes, note)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        result["id"] = from_str(self.id)
        result["title"] = from_str(self.title)
        if self.http_status_classes is not None:
            result["httpStatusClasses"] = from_union(
                [lambda x: from_list(lambda x: to_enum(StatusClass, x), x), from_none], self.http_status_classes
            )
        if self.note is not None:
            result["note"] = from_union([from_str, from_none], self.note)
        return result


class FamilyName(Enum):
    """The family's name, which is also the name of the generated enum."""

    HTTP_STATUS = "HttpStatus"
    OPERATIONAL_ERROR = "OperationalError"
    RESPONSE_RESULT = "ResponseResult"
    REST_ERROR_CODE = "RestErrorCode"


class Role(Enum):
    """What the family's codes are to a client: 'sdk-result' (the result of a request to the SDK service), 'sdk-event' (a code the SDK sends in an event), 'rest-code' (the error.code of a REST response; the retry policy's family) or 'http-status' (the HTTP statuses other families map to). At most one family has each of the last two roles."""

    HTTP_STATUS = "http-status"
    REST_CODE = "rest-code"
    SDK_EVENT = "sdk-event"
    SDK_RESULT = "sdk-result"


@dataclass
class Source:
    """Where the facts of this file come from."""

    seed: str
    """File name of the stored copy of the page in shared/seeds/."""

    title: str
    """Title of the source page."""

    publisher: str | None = None
    """Who publishes the source page."""

    section: str | None = None
    """Heading of the section the facts come from."""

    @staticmethod
    def from_dict(obj: Any) -> Source:
        if not isinstance(obj, dict):
            raise CatalogError(f"expected dict, got {type(obj).__name__}")
        seed = from_str(obj.get("seed"))
        title = from_str(obj.get("title"))
        publisher = from_union([from_str, from_none], obj.get("publisher"))
        section = from_union([from_str, from_none], obj.get("section"))
        return Source(seed, title, publisher, section)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        result["seed"] = from_str(self.seed)
        result["title"] = from_str(self.title)
        if self.publisher is not None:
            result["publisher"] = from_union([from_str, from_none], self.publisher)
        if self.section is not None:
            result["section"] = from_union([from_str, from_none], self.section)
        return result


class ValueKind(Enum):
    """'integer': every code has a documented integer value. 'name': the source gives no numbers, so the value is the name itself and codes carry no value field."""

    INTEGER = "integer"
    NAME = "name"


@dataclass
class Family:
    """One family of codes: the enum it becomes, its groups and every member."""

    codes: list[Code]
    """Every member, sorted by value."""

    description: str
    """What the family is and where a client meets it."""

    groups: list[Group]
    """The groups the source puts the codes in, in the source's order."""

    name: FamilyName
    """The family's name, which is also the name of the generated enum."""

    name_pattern: str
    """Regular expression (ECMAScript, anchored) that every identifier in the family matches."""

    role: Role
    """What the family's codes are to a client: 'sdk-result' (the result of a request to the SDK service), 'sdk-event' (a code the SDK sends in an event), 'rest-code' (the error.code of a REST response; the retry policy's family) or 'http-status' (the HTTP statuses other families map to). At most one family has each of the last two roles."""
    source: Source
    title: str
    """Short human-readable title of the family."""

    value_kind: ValueKind
    """'integer': every code has a documented integer value. 'name': the source gives no numbers, so the value is the name itself and codes carry no value field."""
    note: str | None = None
    """Editor's note on the family: traps in the source, corroboration by other sources."""

    @staticmethod
    def from_dict(obj: Any) -> Family:
        if not isinstance(obj, dict):
            raise CatalogError(f"expected dict, got {type(obj).__name__}")
        codes = from_list(Code.from_dict, obj.get("codes"))
        description = from_str(obj.get("description"))
        groups = from_list(Group.from_dict, obj.get("groups"))
        name = FamilyName(obj.get("name"))
        name_pattern = from_str(obj.get("namePattern"))
        role = Role(obj.get("role"))
        source = Source.from_dict(obj.get("source"))
        title = from_str(obj.get("title"))
        value_kind = ValueKind(obj.get("valueKind"))
        note = from_union([from_str, from_none], obj.get("note"))
        return Family(codes, description, groups, name, name_pattern, role, source, title, value_kind, note)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        result["codes"] = from_list(lambda x: to_class(Code, x), self.codes)
        result["description"] = from_str(self.description)
        result["groups"] = from_list(lambda x: to_class(Group, x), self.groups)
        result["name"] = to_enum(FamilyName, self.name)
        result["namePattern"] = from_str(self.name_pattern)
        result["role"] = to_enum(Role, self.role)
        result["source"] = to_class(Source, self.source)
        result["title"] = from_str(self.title)
        result["valueKind"] = to_enum(ValueKind, self.value_kind)
        if self.note is not None:
            result["note"] = from_union([from_str, from_none], self.note)
        return result


@dataclass
class ReconnectPolicyBackoff:
    """The wait before reconnect n (1-based within the window): min(initialDelayMs * multiplier^(n-1), maxDelayMs), scaled by a random factor in [1 - jitterRatio, 1]."""

    basis: Basis
    initial_delay_ms: int
    """Wait before the first reconnect."""

    jitter_ratio: float
    """How much of the wait is random: 0 none, 1 all of it."""

    max_delay_ms: int
    """Ceiling on any one wait."""

    multiplier: float
    """Factor applied to the wait on each further reconnect."""

    note: str
    reason: str
    """The reference the numbers rest on."""

    @staticmethod
    def from_dict(obj: Any) -> ReconnectPolicyBackoff:
        if not isinstance(obj, dict):
            raise CatalogError(f"expected dict, got {type(obj).__name__}")
        basis = Basis(obj.get("basis"))
        initial_delay_ms = from_int(obj.get("initialDelayMs"))
        jitter_ratio = from_float(obj.get("jitterRatio"))
        max_delay_ms = from_int(obj.get("maxDelayMs"))
        multiplier = from_float(obj.get("multiplier"))
        note = from_str(obj.get("note"))
        reason = from_str(obj.get("reason"))
        return ReconnectPolicyBackoff(basis, initial_delay_ms, jitter_ratio, max_delay_ms, multiplier, note, reason)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        result["basis"] = to_enum(Basis, self.basis)
        result["initialDelayMs"] = from_int(self.initial_delay_ms)
        result["jitterRatio"] = to_float(self.jitter_ratio)
        result["maxDelayMs"] = from_int(self.max_delay_ms)
        result["multiplier"] = to_float(self.multiplier)
        result["note"] = from_str(self.note)
        result["reason"] = from_str(self.reason)
        return result


@dataclass
class Flapping:
    """The same error again soon after each of the last times the tunnel came up: reconnecting does not fix it, so the client stops and asks the user. Reconnects that never connected do not count."""

    basis: Basis
    note: str
    times: int
    """How many of the last connections the error must come back after."""

    within_ms: int
    """How soon after the tunnel came up the same error counts as coming back."""

    @staticmethod
    def from_dict(obj: Any) -> Flapping:
        if not isinstance(obj, dict):
            raise CatalogError(f"expected dict, got {type(obj).__name__}")
        basis = Basis(obj.get("basis"))
        note = from_str(obj.get("note"))
        times = from_int(obj.get("times"))
        within_ms = from_int(obj.get("withinMs"))
        return Flapping(basis, note, times, within_ms)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        result["basis"] = to_enum(Basis, self.basis)
        result["note"] = from_str(self.note)
        result["times"] = from_int(self.times)
        result["withinMs"] = from_int(self.within_ms)
        return result


@dataclass
class FamilyCode:
    """A code named by its family and its name."""

    family: str
    name: str

    @staticmethod
    def from_dict(obj: Any) -> FamilyCode:
        if not isinstance(obj, dict):
            raise CatalogError(f"expected dict, got {type(obj).__name__}")
        family = from_str(obj.get("family"))
        name = from_str(obj.get("name"))
        return FamilyCode(family, name)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        result["family"] = from_str(self.family)
        result["name"] = from_str(self.name)
        return result


@dataclass
class Immediate:
    """Codes after which the source says to reconnect at once (the first time; again within flapping.withinMs, the backoff applies)."""

    basis: Basis
    codes: list[FamilyCode]
    note: str

    @staticmethod
    def from_dict(obj: Any) -> Immediate:
        if not isinstance(obj, dict):
            raise CatalogError(f"expected dict, got {type(obj).__name__}")
        basis = Basis(obj.get("basis"))
        codes = from_list(FamilyCode.from_dict, obj.get("codes"))
        note = from_str(obj.get("note"))
        return Immediate(basis, codes, note)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        result["basis"] = to_enum(Basis, self.basis)
        result["codes"] = from_list(lambda x: to_class(FamilyCode, x), self.codes)
        result["note"] = from_str(self.note)
        return result


@dataclass
class WaitForNetwork:
    """Codes that mean the device has no network: the client waits until it is back, then reconnects."""

    basis: Basis
    codes: list[FamilyCode]
    note: str

    @staticmethod
    def from_dict(obj: Any) -> WaitForNetwork:
        if not isinstance(obj, dict):
            raise CatalogError(f"expected dict, got {type(obj).__name__}")
        basis = Basis(obj.get("basis"))
        codes = from_list(FamilyCode.from_dict, obj.get("codes"))
        note = from_str(obj.get("note"))
        return WaitForNetwork(basis, codes, note)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        result["basis"] = to_enum(Basis, self.basis)
        result["codes"] = from_list(lambda x: to_class(FamilyCode, x), self.codes)
        result["note"] = from_str(self.note)
        return result


@dataclass
class Window:
    """A cap on reconnects per time window: past it, the client stops and asks the user."""

    basis: Basis
    duration_ms: int
    """The window's length."""

    max_reconnects: int
    """Reconnects allowed within any window."""

    note: str
    reason: str
    """The reference the numbers rest on."""

    @staticmethod
    def from_dict(obj: Any) -> Window:
        if not isinstance(obj, dict):
            raise CatalogError(f"expected dict, got {type(obj).__name__}")
        basis = Basis(obj.get("basis"))
        duration_ms = from_int(obj.get("durationMs"))
        max_reconnects = from_int(obj.get("maxReconnects"))
        note = from_str(obj.get("note"))
        reason = from_str(obj.get("reason"))
        return Window(basis, duration_ms, max_reconnects, note, reason)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        result["basis"] = to_enum(Basis, self.basis)
        result["durationMs"] = from_int(self.duration_ms)
        result["maxReconnects"] = from_int(self.max_reconnects)
        result["note"] = from_str(self.note)
        result["reason"] = from_str(self.reason)
        return result


@dataclass
class ReconnectPolicy:
    """What a client does when the SDK reports an error (the families with roles sdk-event and sdk-result): reconnect the tunnel, after how long, how often, or stop and tell the user."""

    backoff: ReconnectPolicyBackoff
    """The wait before reconnect n (1-based within the window): min(initialDelayMs * multiplier^(n-1), maxDelayMs), scaled by a random factor in [1 - jitterRatio, 1]."""
    flapping: Flapping
    """The same error again soon after each of the last times the tunnel came up: reconnecting does not fix it, so the client stops and asks the user. Reconnects that never connected do not count."""
    immediate: Immediate
    """Codes after which the source says to reconnect at once (the first time; again within flapping.withinMs, the backoff applies)."""
    source: Source
    wait_for_network: WaitForNetwork
    """Codes that mean the device has no network: the client waits until it is back, then reconnects."""
    window: Window
    """A cap on reconnects per time window: past it, the client stops and asks the user."""

    @staticmethod
    def from_dict(obj: Any) -> ReconnectPolicy:
        if not isinstance(obj, dict):
            raise CatalogError(f"expected dict, got {type(obj).__name__}")
        backoff = ReconnectPolicyBackoff.from_dict(obj.get("backoff"))
        flapping = Flapping.from_dict(obj.get("flapping"))
        immediate = Immediate.from_dict(obj.get("immediate"))
        source = Source.from_dict(obj.get("source"))
        wait_for_network = WaitForNetwork.from_dict(obj.get("waitForNetwork"))
        window = Window.from_dict(obj.get("window"))
        return ReconnectPolicy(backoff, flapping, immediate, source, wait_for_network, window)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        result["backoff"] = to_class(ReconnectPolicyBackoff, self.backoff)
        result["flapping"] = to_class(Flapping, self.flapping)
        result["immediate"] = to_class(Immediate, self.immediate)
        result["source"] = to_class(Source, self.source)
        result["waitForNetwork"] = to_class(WaitForNetwork, self.wait_for_network)
        result["window"] = to_class(Window, self.window)
        return result


@dataclass
class RetryPolicyBackoff:
    """Exponential backoff with jitter: the delay before retry n (1-based) is min(initialDelayMs * multiplier^(n-1), maxDelayMs) plus a random jitter in [jitterMinMs, jitterMaxMs]."""

    basis: Basis
    initial_delay_ms: int
    """Delay before the first retry."""

    jitter_max_ms: int
    """Greatest random jitter added to each delay."""

    jitter_min_ms: int
    """Least random jitter added to each delay."""

    max_delay_ms: int
    """Ceiling on any one delay, jitter included."""

    max_retries: int
    """Retries after the first attempt, at most."""

    multiplier: float
    """Factor applied to the delay on each further retry."""

    note: str | None = None

    @staticmethod
    def from_dict(obj: Any) -> RetryPolicyBackoff:
        if not isinstance(obj, dict):
            raise CatalogError(f"expected dict, got {type(obj).__name__}")
        basis = Basis(obj.get("basis"))
        initial_delay_ms = from_int(obj.get("initialDelayMs"))
        jitter_max_ms = from_int(obj.get("jitterMaxMs"))
        jitter_min_ms = from_int(obj.get("jitterMinMs"))
        max_delay_ms = from_int(obj.get("maxDelayMs"))
        max_retries = from_int(obj.get("maxRetries"))
        multiplier = from_float(obj.get("multiplier"))
        note = from_union([from_str, from_none], obj.get("note"))
        return RetryPolicyBackoff(
            basis, initial_delay_ms, jitter_max_ms, jitter_min_ms, max_delay_ms, max_retries, multiplier, note
        )

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        result["basis"] = to_enum(Basis, self.basis)
        result["initialDelayMs"] = from_int(self.initial_delay_ms)
        result["jitterMaxMs"] = from_int(self.jitter_max_ms)
        result["jitterMinMs"] = from_int(self.jitter_min_ms)
        result["maxDelayMs"] = from_int(self.max_delay_ms)
        result["maxRetries"] = from_int(self.max_retries)
        result["multiplier"] = to_float(self.multiplier)
        if self.note is not None:
            result["note"] = from_union([from_str, from_none], self.note)
        return result


class Rule(Enum):
    """'most-cautious': of the code's advice and the status's rule, the one that retries less wins."""

    MOST_CAUTIOUS = "most-cautious"


@dataclass
class CodeStatusConflict:
    """What a client does when a known code arrives with a status other than its documented one."""

    basis: Basis
    note: str
    rule: Rule
    """'most-cautious': of the code's advice and the status's rule, the one that retries less wins."""

    @staticmethod
    def from_dict(obj: Any) -> CodeStatusConflict:
        if not isinstance(obj, dict):
            raise CatalogError(f"expected dict, got {type(obj).__name__}")
        basis = Basis(obj.get("basis"))
        note = from_str(obj.get("note"))
        rule = Rule(obj.get("rule"))
        return CodeStatusConflict(basis, note, rule)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        result["basis"] = to_enum(Basis, self.basis)
        result["note"] = from_str(self.note)
        result["rule"] = to_enum(Rule, self.rule)
        return result


@dataclass
class Idempotency:
    """Which methods are not retried after a failure the server may have acted on, unless the call is marked idempotent."""

    basis: Basis
    key_header: str
    """The request header that marks a call as safe to repeat."""

    methods: list[str]
    """Methods that are not idempotent."""

    note: str
    reason: str
    """The reference the rule rests on."""

    statuses: list[int]
    """Statuses after which such a method is not retried."""

    @staticmethod
    def from_dict(obj: Any) -> Idempotency:
        if not isinstance(obj, dict):
            raise CatalogError(f"expected dict, got {type(obj).__name__}")
        basis = Basis(obj.get("basis"))
        key_header = from_str(obj.get("keyHeader"))
        methods = from_list(from_str, obj.get("methods"))
        note = from_str(obj.get("note"))
        reason = from_str(obj.get("reason"))
        statuses = from_list(from_int, obj.get("statuses"))
        return Idempotency(basis, key_header, methods, note, reason, statuses)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        result["basis"] = to_enum(Basis, self.basis)
        result["keyHeader"] = from_str(self.key_header)
        result["methods"] = from_list(from_str, self.methods)
        result["note"] = from_str(self.note)
        result["reason"] = from_str(self.reason)
        result["statuses"] = from_list(from_int, self.statuses)
        return result


@dataclass
class NetworkErrors:
    """Which thrown errors are transient network failures, by the code of the error or of an error in its cause chain."""

    basis: Basis
    max_cause_depth: int
    """How many links of error.cause a client follows, at most."""

    may_have_reached: list[str]
    """Codes of failures after the request may have reached the server (reset, broken pipe, timeout)."""
    never_reached: list[str]
    """Codes of failures before the request reached the server (refused, DNS): retried for every method."""
    note: str

    @staticmethod
    def from_dict(obj: Any) -> NetworkErrors:
        if not isinstance(obj, dict):
            raise CatalogError(f"expected dict, got {type(obj).__name__}")
        basis = Basis(obj.get("basis"))
        max_cause_depth = from_int(obj.get("maxCauseDepth"))
        may_have_reached = from_list(from_str, obj.get("mayHaveReached"))
        never_reached = from_list(from_str, obj.get("neverReached"))
        note = from_str(obj.get("note"))
        return NetworkErrors(basis, max_cause_depth, may_have_reached, never_reached, note)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        result["basis"] = to_enum(Basis, self.basis)
        result["maxCauseDepth"] = from_int(self.max_cause_depth)
        result["mayHaveReached"] = from_list(from_str, self.may_have_reached)
        result["neverReached"] = from_list(from_str, self.never_reached)
        result["note"] = from_str(self.note)
        return result


class ResetUnit(Enum):
    """Unit of the reset header's value."""

    UNIX_SECONDS = "unix-seconds"


@dataclass
class RateLimit:
    """The headers that tell a throttled client when to come back."""

    basis: Basis
    limit_header: str
    """Header with the request limit of the window."""

    max_wait_ms: int
    """Longest wait a client honours from these headers before it gives up instead (this catalog's bound)."""
    note: str
    remaining_header: str
    """Header with the requests left in the window."""

    reset_header: str
    """Header with the time the window resets."""

    reset_unit: ResetUnit
    """Unit of the reset header's value."""

    retry_after_header: str
    """Standard header with seconds or an HTTP date."""

    reset_milliseconds_from: int | None = None
    """A reset value at or above this is read as Unix milliseconds rather than seconds."""

    @staticmethod
    def from_dict(obj: Any) -> RateLimit:
        if not isinstance(obj, dict):
            raise CatalogError(f"expected dict, got {type(obj).__name__}")
        basis = Basis(obj.get("basis"))
        limit_header = from_str(obj.get("limitHeader"))
        max_wait_ms = from_int(obj.get("maxWaitMs"))
        note = from_str(obj.get("note"))
        remaining_header = from_str(obj.get("remainingHeader"))
        reset_header = from_str(obj.get("resetHeader"))
        reset_unit = ResetUnit(obj.get("resetUnit"))
        retry_after_header = from_str(obj.get("retryAfterHeader"))
        reset_milliseconds_from = from_union([from_int, from_none], obj.get("resetMillisecondsFrom"))
        return RateLimit(
            basis,
            limit_header,
            max_wait_ms,
            note,
            remaining_header,
            reset_header,
            reset_unit,
            retry_after_header,
            reset_milliseconds_from,
        )

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        result["basis"] = to_enum(Basis, self.basis)
        result["limitHeader"] = from_str(self.limit_header)
        result["maxWaitMs"] = from_int(self.max_wait_ms)
        result["note"] = from_str(self.note)
        result["remainingHeader"] = from_str(self.remaining_header)
        result["resetHeader"] = from_str(self.reset_header)
        result["resetUnit"] = to_enum(ResetUnit, self.reset_unit)
        result["retryAfterHeader"] = from_str(self.retry_after_header)
        if self.reset_milliseconds_from is not None:
            result["resetMillisecondsFrom"] = from_union([from_int, from_none], self.reset_milliseconds_from)
        return result


@dataclass
class RetryBudget:
    """A token bucket that the calls sharing it draw on to retry, so that a fleet stops multiplying its load when most retries fail: each failed attempt takes failureCost, each success gives back successRefund, and a retry is made only while more than retryAbove tokens are left."""

    basis: Basis
    failure_cost: float
    """Tokens an attempt that failed transiently (a retryable status, a network error) takes."""

    max_tokens: float
    """The bucket's size, and its balance when it is made."""

    note: str
    reason: str
    """The reference the numbers rest on."""

    retry_above: float
    """A retry is made only while the balance is above this."""

    success_refund: float
    """Tokens a success gives back, up to maxTokens."""

    @staticmethod
    def from_dict(obj: Any) -> RetryBudget:
        if not isinstance(obj, dict):
            raise CatalogError(f"expected dict, got {type(obj).__name__}")
        basis = Basis(obj.get("basis"))
        failure_cost = from_float(obj.get("failureCost"))
        max_tokens = from_float(obj.get("maxTokens"))
        note = from_str(obj.get("note"))
        reason = from_str(obj.get("reason"))
        retry_above = from_float(obj.get("retryAbove"))
        success_refund = from_float(obj.get("successRefund"))
        return RetryBudget(basis, failure_cost, max_tokens, note, reason, retry_above, success_refund)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        result["basis"] = to_enum(Basis, self.basis)
        result["failureCost"] = to_float(self.failure_cost)
        result["maxTokens"] = to_float(self.max_tokens)
        result["note"] = from_str(self.note)
        result["reason"] = from_str(self.reason)
        result["retryAbove"] = to_float(self.retry_above)
        result["successRefund"] = to_float(self.success_refund)
        return result


@dataclass
class Statuses:
    """Which HTTP statuses the source calls safe to retry and which it says will not resolve with retries."""

    basis: Basis
    non_retryable: list[int]
    """Statuses that will not resolve with retries."""

    retryable: list[int]
    """Statuses safe to retry with backoff."""

    @staticmethod
    def from_dict(obj: Any) -> Statuses:
        if not isinstance(obj, dict):
            raise CatalogError(f"expected dict, got {type(obj).__name__}")
        basis = Basis(obj.get("basis"))
        non_retryable = from_list(from_int, obj.get("nonRetryable"))
        retryable = from_list(from_int, obj.get("retryable"))
        return Statuses(basis, non_retryable, retryable)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        result["basis"] = to_enum(Basis, self.basis)
        result["nonRetryable"] = from_list(from_int, self.non_retryable)
        result["retryable"] = from_list(from_int, self.retryable)
        return result


@dataclass
class TokenRefresh:
    """The token refresh flow."""

    access_token_lifetime_seconds: int
    """How long an access token lasts."""

    basis: Basis
    body_field: str
    """The JSON body field that carries the refresh token."""

    code: str
    """The error code that triggers a refresh."""

    endpoint: str
    """Method and path of the refresh call."""

    on_refresh_failure: str
    """What to do when the refresh fails."""

    retries_after_refresh: int
    """How many times the original request is retried after a successful refresh."""

    status: int
    """The status that triggers a refresh."""

    @staticmethod
    def from_dict(obj: Any) -> TokenRefresh:
        if not isinstance(obj, dict):
            raise CatalogError(f"expected dict, got {type(obj).__name__}")
        access_token_lifetime_seconds = from_int(obj.get("accessTokenLifetimeSeconds"))
        basis = Basis(obj.get("basis"))
        body_field = from_str(obj.get("bodyField"))
        code = from_str(obj.get("code"))
        endpoint = from_str(obj.get("endpoint"))
        on_refresh_failure = from_str(obj.get("onRefreshFailure"))
        retries_after_refresh = from_int(obj.get("retriesAfterRefresh"))
        status = from_int(obj.get("status"))
        return TokenRefresh(
            access_token_lifetime_seconds,
            basis,
            body_field,
            code,
            endpoint,
            on_refresh_failure,
            retries_after_refresh,
            status,
        )

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        result["accessTokenLifetimeSeconds"] = from_int(self.access_token_lifetime_seconds)
        result["basis"] = to_enum(Basis, self.basis)
        result["bodyField"] = from_str(self.body_field)
        result["code"] = from_str(self.code)
        result["endpoint"] = from_str(self.endpoint)
        result["onRefreshFailure"] = from_str(self.on_refresh_failure)
        result["retriesAfterRefresh"] = from_int(self.retries_after_refresh)
        result["status"] = from_int(self.status)
        return result


@dataclass
class RetryPolicy:
    """The policy itself."""

    applies_to: str
    """The family whose HTTP statuses this policy speaks of."""

    backoff: RetryPolicyBackoff
    """Exponential backoff with jitter: the delay before retry n (1-based) is min(initialDelayMs * multiplier^(n-1), maxDelayMs) plus a random jitter in [jitterMinMs, jitterMaxMs]."""
    rate_limit: RateLimit
    """The headers that tell a throttled client when to come back."""

    source: Source
    statuses: Statuses
    """Which HTTP statuses the source calls safe to retry and which it says will not resolve with retries."""
    token_refresh: TokenRefresh
    """The token refresh flow."""

    code_status_conflict: CodeStatusConflict | None = None
    """What a client does when a known code arrives with a status other than its documented one."""

    idempotency: Idempotency | None = None
    """Which methods are not retried after a failure the server may have acted on, unless the call is marked idempotent."""
    network_errors: NetworkErrors | None = None
    """Which thrown errors are transient network failures, by the code of the error or of an error in its cause chain."""
    retry_budget: RetryBudget | None = None
    """A token bucket that the calls sharing it draw on to retry, so that a fleet stops multiplying its load when most retries fail: each failed attempt takes failureCost, each success gives back successRefund, and a retry is made only while more than retryAbove tokens are left."""

    @staticmethod
    def from_dict(obj: Any) -> RetryPolicy:
        if not isinstance(obj, dict):
            raise CatalogError(f"expected dict, got {type(obj).__name__}")
        applies_to = from_str(obj.get("appliesTo"))
        backoff = RetryPolicyBackoff.from_dict(obj.get("backoff"))
        rate_limit = RateLimit.from_dict(obj.get("rateLimit"))
        source = Source.from_dict(obj.get("source"))
        statuses = Statuses.from_dict(obj.get("statuses"))
        token_refresh = TokenRefresh.from_dict(obj.get("tokenRefresh"))
        code_status_conflict = from_union([CodeStatusConflict.from_dict, from_none], obj.get("codeStatusConflict"))
        idempotency = from_union([Idempotency.from_dict, from_none], obj.get("idempotency"))
        network_errors = from_union([NetworkErrors.from_dict, from_none], obj.get("networkErrors"))
        retry_budget = from_union([RetryBudget.from_dict, from_none], obj.get("retryBudget"))
        return RetryPolicy(
            applies_to,
            backoff,
            rate_limit,
            source,
            statuses,
            token_refresh,
            code_status_conflict,
            idempotency,
            network_errors,
            retry_budget,
        )

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        result["appliesTo"] = from_str(self.applies_to)
        result["backoff"] = to_class(RetryPolicyBackoff, self.backoff)
        result["rateLimit"] = to_class(RateLimit, self.rate_limit)
        result["source"] = to_class(Source, self.source)
        result["statuses"] = to_class(Statuses, self.statuses)
        result["tokenRefresh"] = to_class(TokenRefresh, self.token_refresh)
        if self.code_status_conflict is not None:
            result["codeStatusConflict"] = from_union(
                [lambda x: to_class(CodeStatusConflict, x), from_none], self.code_status_conflict
            )
        if self.idempotency is not None:
            result["idempotency"] = from_union([lambda x: to_class(Idempotency, x), from_none], self.idempotency)
        if self.network_errors is not None:
            result["networkErrors"] = from_union([lambda x: to_class(NetworkErrors, x), from_none], self.network_errors)
        if self.retry_budget is not None:
            result["retryBudget"] = from_union([lambda x: to_class(RetryBudget, x), from_none], self.retry_budget)
        return result


@dataclass
class Catalog:
    """generated/catalog.json: every family with its codes sorted by value, the REST retry policy and the SDK reconnect policy."""

    comment: str
    """Says that the file is generated."""

    families: list[Family]
    """The families, sorted by name."""

    retry_policy: RetryPolicy
    """The policy itself."""

    reconnect_policy: ReconnectPolicy | None = None
    """What a client does when the SDK reports an error (the families with roles sdk-event and sdk-result): reconnect the tunnel, after how long, how often, or stop and tell the user."""

    @staticmethod
    def from_dict(obj: Any) -> Catalog:
        if not isinstance(obj, dict):
            raise CatalogError(f"expected dict, got {type(obj).__name__}")
        comment = from_str(obj.get("$comment"))
        families = from_list(Family.from_dict, obj.get("families"))
        retry_policy = RetryPolicy.from_dict(obj.get("retryPolicy"))
        reconnect_policy = from_union([ReconnectPolicy.from_dict, from_none], obj.get("reconnectPolicy"))
        return Catalog(comment, families, retry_policy, reconnect_policy)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        result["$comment"] = from_str(self.comment)
        result["families"] = from_list(lambda x: to_class(Family, x), self.families)
        result["retryPolicy"] = to_class(RetryPolicy, self.retry_policy)
        if self.reconnect_policy is not None:
            result["reconnectPolicy"] = from_union(
                [lambda x: to_class(ReconnectPolicy, x), from_none], self.reconnect_policy
            )
        return result


def catalog_from_dict(s: Any) -> Catalog:
    return Catalog.from_dict(s)


def catalog_to_dict(x: Catalog) -> Any:
    return to_class(Catalog, x)


InvalidCatalog = CatalogError
"""CatalogError's earlier name, kept so that code that catches it goes on working."""
