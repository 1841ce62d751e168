"""The package's types as pydantic (v2) fields, run with the wheel on sys.path and pydantic installed.

Usage: pydantic_fields.py ROOT VECTORS_JSON, where VECTORS_JSON lists {"file", "valid"} for every envelope
vector. Prints one line per vector: what APIResponse.from_json_value, a pydantic model holding the envelope
and one holding its typed details made of it, against parse_response's answer on the same text.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError, create_model

from vpn_error_codes import EnvelopeError, api_response, parse_response
from vpn_error_codes.api_response import DETAILS_TYPES, APIResponse


class Holder(BaseModel):
    """A user's model with the envelope as one of its fields."""

    response: APIResponse


def verdict(text: str) -> str:
    """How the three ways of reading a vector agree with parse_response."""
    try:
        expected: APIResponse | None = parse_response(text)
    except EnvelopeError:
        expected = None
    try:
        document = json.loads(text)
    except ValueError:
        return "not-json"
    try:
        direct: APIResponse | None = APIResponse.from_json_value(document)
    except EnvelopeError:
        direct = None
    try:
        held: APIResponse | None = Holder.model_validate({"response": document}).response
    except ValidationError:
        held = None
    if not (direct == held == expected):
        return f"differs: parse_response {expected!r}, from_json_value {direct!r}, pydantic {held!r}"
    # From text, pydantic parses the JSON itself, with its own limits (SPEC §8's valid JSON that parsers refuse).
    parser = ""
    try:
        from_json: APIResponse | None = Holder.model_validate_json(json.dumps({"response": document})).response
    except ValidationError as e:
        from_json = None
        if expected is not None and {error["type"] for error in e.errors()} == {"json_invalid"}:
            parser = " (pydantic's JSON parser refuses the text)"
    if from_json != expected and not parser:
        return f"differs from JSON text: parse_response {expected!r}, pydantic {from_json!r}"
    if expected is None:
        return "refused"
    error = expected.error
    if error is None or error.typed_details is None:
        return f"accepted{parser}"
    # The typed details alone, as a field of a model of the user's, and back to JSON and in again.
    details_type = type(error.typed_details)
    model: Any = create_model("DetailsHolder", details=(details_type, ...))
    held_details = model.model_validate({"details": document["error"]["details"]}).details
    again = model.model_validate_json(model(details=held_details).model_dump_json()).details
    if not (held_details == again == error.typed_details):
        return f"details differ: {error.typed_details!r}, pydantic {held_details!r}, round trip {again!r}"
    return f"accepted with {details_type.__name__}{parser}"


def wrong_details() -> list[str]:
    """Each typed details field refuses a value of the wrong shape with pydantic's ValidationError."""
    lines = []
    for code, decode in sorted(DETAILS_TYPES.items()):
        # DETAILS_TYPES holds each type's from_dict; its qualified name names the type.
        name = decode.__qualname__.split(".")[0]
        model: Any = create_model("DetailsHolder", details=(getattr(api_response, name), ...))
        refused = []
        wrong: tuple[object, ...] = ({}, [], "x", None)
        for value in wrong:
            try:
                model.model_validate({"details": value})
            except ValidationError:
                refused.append(json.dumps(value))
        lines.append(f"details {code} {name} refuses {' '.join(refused)}")
    return lines


def main() -> None:
    """Print the lines the test compares."""
    root = Path(sys.argv[1])
    vectors = json.loads(sys.argv[2])
    folder = root / "test" / "vectors" / "envelopes"
    for vector in vectors:
        path = folder / vector["file"] if vector["valid"] else folder / "invalid" / vector["file"]
        text = path.read_bytes().decode("utf-8", errors="surrogateescape")
        print(f"{'valid' if vector['valid'] else 'invalid'} {vector['file']} {verdict(text)}")
    for line in wrong_details():
        print(line)


main()
