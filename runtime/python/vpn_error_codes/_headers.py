"""Reading one header's value from whatever a client hands over (runtime/SPEC.md §3)."""

from __future__ import annotations

from collections.abc import Mapping

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Union

    Headers = Union[Mapping[str, str], Iterable[tuple[str, str]]]
    """A mapping (requests' CaseInsensitiveDict, a dict) or name/value pairs in order; names match in any case."""

# RFC 9110's optional whitespace: SP and HTAB, nothing else.
_OWS = " \t"


def trim_ows(value: str) -> str:
    """The value without SP and HTAB at either end; other white space is part of the value."""
    return value.strip(_OWS)


def header_value(headers: Headers | None, name: str) -> str | None:
    """A header's value, each repeat trimmed and the repeats joined with ", "; None when absent.

    Anything that cannot be read as headers (a raising mapping, a pair that is no pair) reads as absent.
    """
    if headers is None:
        return None
    wanted = name.lower()
    try:
        pairs = headers.items() if isinstance(headers, Mapping) else headers
        values = [trim_ows(str(v)) for k, v in pairs if isinstance(k, str) and k.lower() == wanted]
    except Exception:  # noqa: BLE001 - a caller's broken headers read as no headers (SPEC §11)
        return None
    return ", ".join(values) if values else None


def first_element(value: str) -> str:
    """The first element of a comma-separated header value, trimmed."""
    return trim_ows(value.split(",", 1)[0])
