"""Types decoded from a JSON value another library parsed: the checks, and pydantic (v2) fields."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError
from synthetic import ENVELOPE

import vpn_error_codes
from vpn_error_codes._body import EnvelopeError
from vpn_error_codes._details import checked_details
from vpn_error_codes._envelope import decode_document, decode_envelope
from vpn_error_codes._json_value import FromJsonValue


@dataclass
class Shaped(FromJsonValue):
    """SYNTHETIC_SHAPED's details, as the package's generated types decode them."""

    count: int

    @classmethod
    def from_json_value(cls, value: Any) -> Shaped:  # noqa: ANN401 - any decoded JSON value
        """Checked as the envelope checks SYNTHETIC_SHAPED's details."""
        return checked_details("SYNTHETIC_SHAPED", value, ENVELOPE, cls.from_dict)

    @staticmethod
    def from_dict(obj: dict[str, Any]) -> Shaped:
        """The quicktype-style converter: it trusts the check that ran before it."""
        return Shaped(obj["count"])

    def to_dict(self) -> dict[str, Any]:
        """The wire form."""
        return {"when": "2026-01-01T00:00:00Z", "count": self.count}


class Holder(BaseModel):
    """A user's model with the details as a field."""

    details: Shaped


def test_checked_details_refuse_what_the_envelope_refuses() -> None:
    good = {"when": "2026-01-01T00:00:00Z", "count": 2}
    assert checked_details("SYNTHETIC_SHAPED", good, ENVELOPE, Shaped.from_dict) == Shaped(2)
    cases = {
        "details must be an object": [],
        "details must have required property 'count'": {"when": "2026-01-01T00:00:00Z"},
        "details/count must be >= 1": {**good, "count": 0},
        "details/when must match format date-time": {**good, "when": "yesterday"},
    }
    for message, value in cases.items():
        with pytest.raises(EnvelopeError, match=f"^{re.escape(message)}$"):
            checked_details("SYNTHETIC_SHAPED", value, ENVELOPE, Shaped.from_dict)


def test_a_converter_that_fails_gives_an_envelope_error() -> None:
    def broken(_: dict[str, Any]) -> object:
        raise KeyError("count")

    with pytest.raises(EnvelopeError, match=r"^details: 'count'$"):
        checked_details("SYNTHETIC_LIMIT", {}, ENVELOPE, broken)


@pytest.mark.parametrize(
    "body",
    [
        '{"success":true,"data":{}}',
        '{"success":false,"error":{"code":"SYNTHETIC_SHAPED","message":"m","details":{"count":1}}}',
        '{"success":false,"error":{"code":"not shaped","message":"m"}}',
        '{"success":false,"error":{"code":"SYNTHETIC_LIST","message":"m","details":{"tags":[1]}}}',
    ],
)
def test_a_decoded_document_is_checked_as_its_body_is(body: str) -> None:
    def outcome(decode: Any, value: object) -> object:  # noqa: ANN401 - either decoder
        try:
            return decode(value, ENVELOPE, lambda document: document)
        except EnvelopeError as e:
            return str(e)

    assert outcome(decode_document, json.loads(body)) == outcome(decode_envelope, body)


def test_pydantic_validates_through_from_json_value_and_dumps_the_wire_form() -> None:
    held = Holder.model_validate({"details": {"when": "2026-01-01T00:00:00Z", "count": 3}})
    assert held.details == Shaped(3)
    assert Holder(details=Shaped(4)).details == Shaped(4)
    assert json.loads(Holder(details=Shaped(4)).model_dump_json()) == {"details": Shaped(4).to_dict()}
    assert Holder.model_validate_json(Holder(details=Shaped(5)).model_dump_json()).details == Shaped(5)
    assert Holder.model_json_schema()["properties"]["details"]["type"] == "object"


@pytest.mark.parametrize("value", [{}, [], "x", None, {"when": "2026-01-01T00:00:00Z", "count": 0}])
def test_pydantic_reports_a_refused_value_as_a_validation_error(value: object) -> None:
    with pytest.raises(ValidationError, match="details"):
        Holder.model_validate({"details": value})


def test_the_package_never_imports_pydantic_itself() -> None:
    script = "import sys, vpn_error_codes._json_value; print('pydantic' in sys.modules, 'pydantic_core' in sys.modules)"
    package_root = Path(vpn_error_codes.__file__).parent.parent
    run = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True, cwd=package_root)  # noqa: S603
    loaded = run.stdout
    assert loaded == "False False\n"
