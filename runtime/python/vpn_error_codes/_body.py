"""Reading a response body as JSON (runtime/SPEC.md §8)."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
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


class _Options:
    """json.loads(text, parse_constant=_no_constant, parse_int=_number_of_digits)'s options, as its scanner reads them."""

    __slots__ = ()
    strict = True
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = staticmethod(_number_of_digits)
    parse_constant = staticmethod(_no_constant)


def _c_scanner() -> Callable[[str, int], tuple[Any, int]] | None:
    """CPython's C scanner, the one json.loads runs, made without importing json; None where there is none.

    json's import (its re, enum and functools) costs a process nearly as much as the interpreter's own start, and
    a retry decision needs only the scanner.
    """
    try:
        from _json import make_scanner  # noqa: PLC0415 - an optional accelerator, as json itself imports it

        return make_scanner(_Options())  # type: ignore[arg-type]  # duck-typed as json's decoder
    except (ImportError, AttributeError, TypeError):  # pragma: no cover - an interpreter without it (PyPy)
        return None


_SCAN = _c_scanner()
# JSON's whitespace, as json.loads skips it before and after the value.
_SPACE = " \t\n\r"


def _loads(text: str) -> Any:  # noqa: ANN401 - any JSON value
    """json.loads(text) with the options above: the same scanner, the same whitespace and the same answers."""
    if _SCAN is None:  # pragma: no cover - an interpreter without the C scanner
        import json  # noqa: PLC0415

        return json.loads(text, parse_constant=_no_constant, parse_int=_number_of_digits)
    start = len(text) - len(text.lstrip(_SPACE))
    try:
        value, end = _SCAN(text, start)
    except StopIteration:
        raise ValueError("no JSON value") from None
    # A value never ends in whitespace, so only whitespace follows it when stripping ends at its end.
    if len(text.rstrip(_SPACE)) != end:
        raise ValueError("more than one JSON value")
    return value


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
        return _loads(text)
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
