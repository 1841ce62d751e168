"""Reading a response body as JSON (runtime/SPEC.md §8)."""

from __future__ import annotations

import json
import re

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, NoReturn, Union

    Body = Union[str, bytes]
    """A response body: its bytes, or its text."""

MAX_BODY_LENGTH = 1024 * 1024
"""The longest body read, in UTF-16 code units as the specification counts them (SPEC §8)."""

_BOM = b"\xef\xbb\xbf"
# Every UTF-16 code unit takes at most three bytes, so a body of more bytes than this is too long undecoded.
_MAX_BODY_BYTES = 3 * MAX_BODY_LENGTH + 3
_BMP_END = 0xFFFF


class EnvelopeError(ValueError):
    """The body is not the envelope: not JSON, or not of the schema's shape."""


def _no_constant(name: str) -> NoReturn:
    raise EnvelopeError(f"{name} is not JSON")


def _number_of_digits(digits: str) -> int | float:
    # Past int's digit limit (4,300 since Python 3.11) an integer is read as the binary64 it stands for.
    try:
        return int(digits)
    except ValueError:
        return float(digits)


def _utf16_length(text: str) -> int:
    if len(text) * 2 <= MAX_BODY_LENGTH or len(text) > MAX_BODY_LENGTH:
        return len(text)
    return len(text) + sum(1 for c in text if ord(c) > _BMP_END)


def body_text(body: Body) -> str:
    """A body as text: bytes decoded as fetch's text() does (a leading BOM dropped, U+FFFD for each bad sequence).

    EnvelopeError for a body over MAX_BODY_LENGTH code units, which is not read (SPEC §8), or one that is
    neither text nor bytes.
    """
    if isinstance(body, (bytes, bytearray, memoryview)):
        raw = bytes(body)
        if len(raw) > _MAX_BODY_BYTES:
            raise EnvelopeError("the body is longer than 1 MiB")
        text = raw.removeprefix(_BOM).decode("utf-8", "replace")
    elif isinstance(body, str):
        text = body
    else:
        raise EnvelopeError("the body is not valid JSON")
    if _utf16_length(text) > MAX_BODY_LENGTH:
        raise EnvelopeError("the body is longer than 1 MiB")
    return text


def read_json(body: Body) -> Any:  # noqa: ANN401 - any JSON value, checked by the caller
    """The JSON value of a body; EnvelopeError for one that is not JSON (a proxy's HTML page, plain text).

    NaN and Infinity are not JSON. Valid JSON is read whatever Python's own parser refuses: nesting deeper
    than the recursion limit, and integers past int's digit limit, which read as the float they stand for.
    """
    text = body_text(body)
    try:
        return json.loads(text, parse_constant=_no_constant, parse_int=_number_of_digits)
    except RecursionError:
        document = _read_deep(text)
        if document is not _NOT_JSON:
            return document
        error: Exception | None = None
    except (TypeError, ValueError) as e:
        error = e
    kind = "HTML, not JSON (a proxy or gateway page?)" if text.lstrip().startswith("<") else "not valid JSON"
    raise EnvelopeError(f"the body is {kind}") from error


_NOT_JSON = object()
_SPACE = re.compile(r"[ \t\n\r]*")
# json's own scanner for one scalar (a string, number or literal), which never recurses.
_SCALARS = json.JSONDecoder(parse_constant=_no_constant, parse_int=_number_of_digits)


def _skip_space(text: str, at: int) -> int:
    # The pattern matches the empty string, so there is always a match.
    return _SPACE.match(text, at).end()  # type: ignore[union-attr]


def _read_deep(text: str) -> Any:  # noqa: ANN401, PLR0912 - any JSON value; one loop over the grammar
    """JSON of any depth, without recursion, for what json.loads refuses as too deep; _NOT_JSON for non-JSON."""
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
                    return value if at == len(text) else _NOT_JSON
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
                    return _NOT_JSON
                value, at = container, at + 1
    except (ValueError, IndexError, EnvelopeError):
        return _NOT_JSON


def _member_name(text: str, at: int) -> tuple[Any, int]:
    """An object's member name and its colon at text[at]; the index of its value."""
    if not text.startswith('"', at):
        raise ValueError("no member name")
    name, at = _SCALARS.raw_decode(text, at)
    at = _skip_space(text, at)
    if not text.startswith(":", at):
        raise ValueError("no colon")
    return name, _skip_space(text, at + 1)
