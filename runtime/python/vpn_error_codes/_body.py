"""Reading a response body as JSON (runtime/SPEC.md §8)."""

from __future__ import annotations

import json
from typing import Any, NoReturn, Union

Body = Union[str, bytes]


class EnvelopeError(ValueError):
    """The body is not the envelope: not JSON, or not of the schema's shape."""


def _no_constant(name: str) -> NoReturn:
    raise EnvelopeError(f"{name} is not JSON")


def read_json(body: Body) -> Any:  # noqa: ANN401 - any JSON value, checked by the caller
    """The JSON value of a body; EnvelopeError for one that is not JSON (a proxy's HTML page, plain text).

    NaN and Infinity are not JSON, and nesting too deep to read is no envelope either.
    """
    try:
        return json.loads(body, parse_constant=_no_constant)
    except (TypeError, ValueError, RecursionError) as e:
        text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body if isinstance(body, str) else ""
        kind = "HTML, not JSON (a proxy or gateway page?)" if text.lstrip().startswith("<") else "not valid JSON"
        raise EnvelopeError(f"the body is {kind}") from e
