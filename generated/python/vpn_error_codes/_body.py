# Copied from runtime/python/vpn_error_codes/_body.py by npm run build: edit that file, not this copy.
"""Reading a response body as JSON (runtime/SPEC.md §8)."""

from __future__ import annotations

import json

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
        # Rare enough to load its own module (and compile its pattern) only when it happens.
        from ._deep_json import NOT_JSON, read_deep  # noqa: PLC0415

        document = read_deep(text)
        if document is not NOT_JSON:
            return document
        error: Exception | None = None
    except (TypeError, ValueError) as e:
        error = e
    kind = "HTML, not JSON (a proxy or gateway page?)" if text.lstrip().startswith("<") else "not valid JSON"
    raise EnvelopeError(f"the body is {kind}") from error
