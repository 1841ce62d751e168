"""JSON of any depth, read without recursion, for a body json.loads refuses as too deep (runtime/SPEC.md §8)."""

from __future__ import annotations

import json
import re

from ._body import EnvelopeError, _no_constant, _number_of_digits

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

NOT_JSON = object()
_SPACE = re.compile(r"[ \t\n\r]*")
# json's own scanner for one scalar (a string, number or literal), which never recurses.
_SCALARS = json.JSONDecoder(parse_constant=_no_constant, parse_int=_number_of_digits)


def _skip_space(text: str, at: int) -> int:
    # The pattern matches the empty string, so there is always a match.
    return _SPACE.match(text, at).end()  # type: ignore[union-attr]


def read_deep(text: str) -> Any:  # noqa: ANN401, PLR0912 - any JSON value; one loop over the grammar
    """JSON of any depth, without recursion, for what json.loads refuses as too deep; NOT_JSON for non-JSON."""
    # Each open container, with the member name waiting for its value when it is an object.
    stack: list[tuple[list[Any] | dict[str, Any], str | None]] = []
    at = _skip_space(text, 0)
    try:
        while True:
            # A value starts here.
            if text.startswith("[", at) or text.startswith("{", at):
                container: list[Any] | dict[str, Any] = [] if text[at] == "[" else {}
                at = _skip_space(text, at + 1)
                closing = "]" if isinstance(container, list) else "}"
                if not text.startswith(closing, at):
                    name = None
                    if isinstance(container, dict):
                        name, at = _member_name(text, at)
                    stack.append((container, name))
                    continue
                value: Any = container
                at += 1
            else:
                value, at = _SCALARS.raw_decode(text, at)
            # A value ended: hand it to its container, closing every container that ends after it.
            while True:
                at = _skip_space(text, at)
                if not stack:
                    return value if at == len(text) else NOT_JSON
                container, name = stack.pop()
                if isinstance(container, list):
                    container.append(value)
                else:
                    container[name] = value  # type: ignore[index]
                if text.startswith(",", at):
                    at = _skip_space(text, at + 1)
                    if isinstance(container, dict):
                        name, at = _member_name(text, at)
                    stack.append((container, name))
                    break
                if not text.startswith("]" if isinstance(container, list) else "}", at):
                    return NOT_JSON
                value, at = container, at + 1
    except (ValueError, IndexError, EnvelopeError):
        return NOT_JSON


def _member_name(text: str, at: int) -> tuple[Any, int]:
    """An object's member name and its colon at text[at]; the index of its value."""
    if not text.startswith('"', at):
        raise ValueError("no member name")
    name, at = _SCALARS.raw_decode(text, at)
    at = _skip_space(text, at)
    if not text.startswith(":", at):
        raise ValueError("no colon")
    return name, _skip_space(text, at + 1)
