# Copied from runtime/python/vpn_error_codes/_envelope.py by npm run build: edit that file, not this copy.
"""The envelope: what a body must be to count as a response, and its error code (runtime/SPEC.md §9)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypeVar

from ._body import Body, EnvelopeError, read_json
from ._details import code_details_problem
from ._policy import EnvelopePolicy

T = TypeVar("T")


def _error_problem(error: dict[str, Any], policy: EnvelopePolicy) -> str | None:
    """What the schema rejects in an error object beyond its core's types, or None."""
    code = error["code"]
    if code not in policy.known_codes and re.fullmatch(policy.unknown_code_pattern, code) is None:
        return "/error/code is neither a known code nor shaped like one"
    if "details" not in error:
        return None
    problem = code_details_problem(code, error["details"], policy)
    return None if problem is None else f"/error/details{problem}"


def decode_envelope(body: Body, policy: EnvelopePolicy, build: Callable[[Any], T]) -> T:
    """The envelope of a response body, checked as the JSON Schema checks it.

    build turns the JSON document into the caller's type and raises EnvelopeError where the core's
    types do not fit (a wrong type, a failure without its error); this adds what types cannot say: a
    known code's details shape and an unknown code's form. Raises EnvelopeError, never anything else
    for a body of any content.
    """
    return decode_document(read_json(body), policy, build)


def decode_document(document: object, policy: EnvelopePolicy, build: Callable[[Any], T]) -> T:
    """The envelope of a JSON document already decoded (by json, orjson or a framework), as decode_envelope checks a body.

    The body's own limits (its size, its nesting, numbers json cannot hold) were the decoding library's to
    apply. Raises EnvelopeError for any document that is not the envelope.
    """
    response = build(document)
    if isinstance(document, dict) and document.get("success") is False and isinstance(document.get("error"), dict):
        error = document["error"]
        if isinstance(error.get("code"), str):
            problem = _error_problem(error, policy)
            if problem is not None:
                raise EnvelopeError(problem)
    return response


def error_code_of(body: Body) -> str | None:
    """A failure's error code, or None for any other body.

    Only the envelope's core counts (success, error.code and error.message), so that details of the
    wrong shape do not hide the code from the retry decision.
    """
    try:
        document = read_json(body)
    except EnvelopeError:
        return None
    error = document.get("error") if isinstance(document, dict) and document.get("success") is False else None
    if not isinstance(error, dict):
        return None
    code, message = error.get("code"), error.get("message")
    return code if isinstance(code, str) and isinstance(message, str) else None
