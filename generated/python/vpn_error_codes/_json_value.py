# Copied from runtime/python/vpn_error_codes/_json_value.py by npm run build: edit that file, not this copy.
"""Types that decode from a JSON value another library parsed, and so plug into pydantic (v2) as they are."""

from __future__ import annotations

import importlib
from typing import Any


class FromJsonValue:
    """A type read from a decoded JSON value by its from_json_value, and written back by its to_dict.

    Pydantic finds __get_pydantic_core_schema__ on a field's type: a model with a field of such a type
    validates it through the package's own decoder, with the same checks as parse_response, and dumps it to
    JSON in its wire form. Pydantic itself is imported only when pydantic asks, so the package never needs it.
    """

    @classmethod
    def from_json_value(cls, value: Any) -> Any:  # noqa: ANN401 - any decoded JSON value
        """The value as this type; raises EnvelopeError (a ValueError) for one it does not accept."""
        raise NotImplementedError(cls.__name__)

    def to_dict(self) -> dict[str, Any]:
        """The value in its JSON form."""
        raise NotImplementedError(type(self).__name__)

    @classmethod
    def __get_pydantic_core_schema__(cls, source: object, handler: object) -> Any:  # noqa: ANN401 - pydantic_core's CoreSchema
        """Pydantic's hook: validate with from_json_value (a ValueError becomes a ValidationError), dump with to_dict."""
        core_schema: Any = importlib.import_module("pydantic_core.core_schema")

        def validate(value: object) -> object:
            return value if isinstance(value, cls) else cls.from_json_value(value)

        def dump(value: FromJsonValue) -> dict[str, Any]:
            return value.to_dict()

        return core_schema.no_info_plain_validator_function(
            validate,
            serialization=core_schema.plain_serializer_function_ser_schema(dump, when_used="json"),
            json_schema_input_schema=core_schema.dict_schema(),
        )
