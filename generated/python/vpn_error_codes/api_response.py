# Generated from catalog/*.yaml by scripts/emit/languages/python/envelope.ts (npm run build); do not edit.
"""The OrbVPN REST envelope and the per-code details types.

Types by quicktype from the schema in generated/schema/api-response.schema.json. Date-times are
aware datetimes, decoded by the package itself, so that it needs nothing beyond the standard library.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar, Union, cast

from . import _envelope
from ._body import EnvelopeError
from ._details import checked_details, date_time_of, format_date_time, typed_details
from ._json_value import FromJsonValue
from .envelope_policy import ENVELOPE_POLICY
from .rest_error_code import RestErrorCode

T = TypeVar("T")


def from_str(x: Any) -> str:
    if not isinstance(x, str):
        raise EnvelopeError(f"expected str, got {type(x).__name__}")
    return x


def from_dict(f: Callable[[Any], T], x: Any) -> dict[str, T]:
    if not isinstance(x, dict):
        raise EnvelopeError(f"expected dict, got {type(x).__name__}")
    return {k: f(v) for (k, v) in x.items()}


def from_none(x: Any) -> Any:
    if x is not None:
        raise EnvelopeError(f"expected null, got {type(x).__name__}")
    return x


def from_union(fs: Iterable[Callable[[Any], Any]], x: Any) -> Any:
    for f in fs:
        with suppress(ValueError, TypeError, OverflowError):
            return f(x)
    raise EnvelopeError("the value matches none of the types the schema allows")


def from_bool(x: Any) -> bool:
    if not isinstance(x, bool):
        raise EnvelopeError(f"expected bool, got {type(x).__name__}")
    return x


def to_class(c: type[T], x: Any) -> dict[str, Any]:
    if not isinstance(x, c):
        raise EnvelopeError(f"expected {c.__name__}, got {type(x).__name__}")
    return cast(dict[str, Any], cast(Any, x).to_dict())


def from_int(x: Any) -> int:
    if not (isinstance(x, int) and not isinstance(x, bool)):
        raise EnvelopeError(f"expected int, got {type(x).__name__}")
    return x


def from_list(f: Callable[[Any], T], x: Any) -> list[T]:
    if not isinstance(x, list):
        raise EnvelopeError(f"expected list, got {type(x).__name__}")
    return [f(y) for y in x]


@dataclass
class ErrorBody:
    """A machine-readable code, a human-readable message, and optional details."""

    code: ErrorCode
    """A RestErrorCode, or a code this catalog does not know yet (kept valid for forward compatibility)."""
    message: str
    """Human-readable; may change between API versions. Branch on code, not on this."""

    details: dict[str, Any] | None = None
    """Extra facts about the error, as the JSON has them; their shape depends on the code."""

    typed_details: Details | None = None
    """The details as the code's type (TokenExpiredDetails for TOKEN_EXPIRED), decoded with the envelope; None when the code has none."""

    @staticmethod
    def from_dict(obj: Any) -> ErrorBody:
        if not isinstance(obj, dict):
            raise EnvelopeError(f"expected dict, got {type(obj).__name__}")
        code = to_error_code(from_str(obj.get("code")))
        message = from_str(obj.get("message"))
        details = from_union([lambda x: from_dict(lambda x: x, x), from_none], obj.get("details"))
        return ErrorBody(code, message, details, typed_details(code, details, DETAILS_TYPES))

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        result["code"] = str(self.code)
        result["message"] = from_str(self.message)
        if self.details is not None:
            result["details"] = from_union([lambda x: from_dict(lambda x: x, x), from_none], self.details)
        return result


@dataclass
class APIResponse(FromJsonValue):
    """The JSON envelope of every OrbVPN API response. Check success first, then read data or error. Unknown top-level fields are allowed, so that the API can grow.

    The request completed; data holds the resource or a confirmation.

    The request failed; error says why.
    """

    success: bool
    """Always true on success.

    Always false on failure.
    """
    data: Any = None
    """The requested resource or a confirmation: any JSON value."""

    error: ErrorBody | None = None

    @classmethod
    def from_json_value(cls, value: Any) -> APIResponse:
        """The envelope from a JSON document another library decoded (orjson, a framework's .json()), checked as parse_response checks a body; raises EnvelopeError (a ValueError) for one it refuses."""
        return _envelope.decode_document(value, ENVELOPE_POLICY, APIResponse.from_dict)

    @staticmethod
    def from_dict(obj: Any) -> APIResponse:
        if not isinstance(obj, dict):
            raise EnvelopeError(f"expected dict, got {type(obj).__name__}")
        success = from_bool(obj.get("success"))
        data = obj.get("data")
        error = from_union([ErrorBody.from_dict, from_none], obj.get("error"))
        if success and "data" not in obj:
            raise InvalidResponse("a success envelope must have data")
        if not success and error is None:
            raise InvalidResponse("a failure envelope must have an error object")
        return APIResponse(success, data, error)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        result["success"] = from_bool(self.success)
        if self.data is not None:
            result["data"] = self.data
        if self.error is not None:
            result["error"] = from_union([lambda x: to_class(ErrorBody, x), from_none], self.error)
        return result


@dataclass
class DeviceLimitReachedDetails(FromJsonValue):
    """The device count against the plan's limit, and where to upgrade."""

    current_devices: int
    """Devices registered now."""

    max_devices: int
    """Devices the plan allows."""

    plan: str
    """The user's plan."""

    upgrade_url: str | None = None
    """Where the user can upgrade."""

    @classmethod
    def from_json_value(cls, value: Any) -> DeviceLimitReachedDetails:
        """DEVICE_LIMIT_REACHED's details from a decoded JSON value, checked as parse_response checks them; raises EnvelopeError (a ValueError) for one it refuses."""
        return checked_details("DEVICE_LIMIT_REACHED", value, ENVELOPE_POLICY, DeviceLimitReachedDetails.from_dict)

    @staticmethod
    def from_dict(obj: Any) -> DeviceLimitReachedDetails:
        if not isinstance(obj, dict):
            raise EnvelopeError(f"expected dict, got {type(obj).__name__}")
        current_devices = from_int(obj.get("currentDevices"))
        max_devices = from_int(obj.get("maxDevices"))
        plan = from_str(obj.get("plan"))
        upgrade_url = from_union([from_str, from_none], obj.get("upgradeUrl"))
        return DeviceLimitReachedDetails(current_devices, max_devices, plan, upgrade_url)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        result["currentDevices"] = from_int(self.current_devices)
        result["maxDevices"] = from_int(self.max_devices)
        result["plan"] = from_str(self.plan)
        if self.upgrade_url is not None:
            result["upgradeUrl"] = from_union([from_str, from_none], self.upgrade_url)
        return result


@dataclass
class SubscriptionExpiredDetails(FromJsonValue):
    """When the subscription expired, its plan, and where to renew."""

    expired_at: datetime
    """When the subscription expired."""

    plan: str
    """The expired plan."""

    renew_url: str | None = None
    """Where the user can renew."""

    @classmethod
    def from_json_value(cls, value: Any) -> SubscriptionExpiredDetails:
        """SUBSCRIPTION_EXPIRED's details from a decoded JSON value, checked as parse_response checks them; raises EnvelopeError (a ValueError) for one it refuses."""
        return checked_details("SUBSCRIPTION_EXPIRED", value, ENVELOPE_POLICY, SubscriptionExpiredDetails.from_dict)

    @staticmethod
    def from_dict(obj: Any) -> SubscriptionExpiredDetails:
        if not isinstance(obj, dict):
            raise EnvelopeError(f"expected dict, got {type(obj).__name__}")
        expired_at = date_time_of(obj.get("expiredAt"), ENVELOPE_POLICY.date_time_pattern)
        plan = from_str(obj.get("plan"))
        renew_url = from_union([from_str, from_none], obj.get("renewUrl"))
        return SubscriptionExpiredDetails(expired_at, plan, renew_url)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        result["expiredAt"] = format_date_time(self.expired_at)
        result["plan"] = from_str(self.plan)
        if self.renew_url is not None:
            result["renewUrl"] = from_union([from_str, from_none], self.renew_url)
        return result


@dataclass
class TokenExpiredDetails(FromJsonValue):
    """When the token expired and which token it was."""

    expired_at: datetime
    """When the token expired."""

    token_type: str
    """Which token expired, e.g. access."""

    @classmethod
    def from_json_value(cls, value: Any) -> TokenExpiredDetails:
        """TOKEN_EXPIRED's details from a decoded JSON value, checked as parse_response checks them; raises EnvelopeError (a ValueError) for one it refuses."""
        return checked_details("TOKEN_EXPIRED", value, ENVELOPE_POLICY, TokenExpiredDetails.from_dict)

    @staticmethod
    def from_dict(obj: Any) -> TokenExpiredDetails:
        if not isinstance(obj, dict):
            raise EnvelopeError(f"expected dict, got {type(obj).__name__}")
        expired_at = date_time_of(obj.get("expiredAt"), ENVELOPE_POLICY.date_time_pattern)
        token_type = from_str(obj.get("tokenType"))
        return TokenExpiredDetails(expired_at, token_type)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        result["expiredAt"] = format_date_time(self.expired_at)
        result["tokenType"] = from_str(self.token_type)
        return result


@dataclass
class ValidationErrorDetails(FromJsonValue):
    """Which field failed which constraint, and the value received."""

    constraint: str
    """The constraint it failed, e.g. required."""

    field: str
    """The request field that failed validation."""

    received: Any = None
    """The value received; null when the field was missing."""

    @classmethod
    def from_json_value(cls, value: Any) -> ValidationErrorDetails:
        """VALIDATION_ERROR's details from a decoded JSON value, checked as parse_response checks them; raises EnvelopeError (a ValueError) for one it refuses."""
        return checked_details("VALIDATION_ERROR", value, ENVELOPE_POLICY, ValidationErrorDetails.from_dict)

    @staticmethod
    def from_dict(obj: Any) -> ValidationErrorDetails:
        if not isinstance(obj, dict):
            raise EnvelopeError(f"expected dict, got {type(obj).__name__}")
        constraint = from_str(obj.get("constraint"))
        field = from_str(obj.get("field"))
        received = obj.get("received")
        return ValidationErrorDetails(constraint, field, received)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        result["constraint"] = from_str(self.constraint)
        result["field"] = from_str(self.field)
        if self.received is not None:
            result["received"] = self.received
        return result


@dataclass
class WeakPasswordDetails(FromJsonValue):
    """The password requirements and the checks that failed."""

    failed_checks: list[str]
    """Ids of the checks that failed, e.g. uppercase."""

    requirements: list[str]
    """Every requirement, as text."""

    @classmethod
    def from_json_value(cls, value: Any) -> WeakPasswordDetails:
        """WEAK_PASSWORD's details from a decoded JSON value, checked as parse_response checks them; raises EnvelopeError (a ValueError) for one it refuses."""
        return checked_details("WEAK_PASSWORD", value, ENVELOPE_POLICY, WeakPasswordDetails.from_dict)

    @staticmethod
    def from_dict(obj: Any) -> WeakPasswordDetails:
        if not isinstance(obj, dict):
            raise EnvelopeError(f"expected dict, got {type(obj).__name__}")
        failed_checks = from_list(from_str, obj.get("failedChecks"))
        requirements = from_list(from_str, obj.get("requirements"))
        return WeakPasswordDetails(failed_checks, requirements)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        result["failedChecks"] = from_list(from_str, self.failed_checks)
        result["requirements"] = from_list(from_str, self.requirements)
        return result


def api_response_from_dict(s: Any) -> APIResponse:
    return APIResponse.from_dict(s)


def api_response_to_dict(x: APIResponse) -> Any:
    return to_class(APIResponse, x)


def device_limit_reached_details_from_dict(s: Any) -> DeviceLimitReachedDetails:
    return DeviceLimitReachedDetails.from_dict(s)


def device_limit_reached_details_to_dict(x: DeviceLimitReachedDetails) -> Any:
    return to_class(DeviceLimitReachedDetails, x)


def subscription_expired_details_from_dict(s: Any) -> SubscriptionExpiredDetails:
    return SubscriptionExpiredDetails.from_dict(s)


def subscription_expired_details_to_dict(x: SubscriptionExpiredDetails) -> Any:
    return to_class(SubscriptionExpiredDetails, x)


def token_expired_details_from_dict(s: Any) -> TokenExpiredDetails:
    return TokenExpiredDetails.from_dict(s)


def token_expired_details_to_dict(x: TokenExpiredDetails) -> Any:
    return to_class(TokenExpiredDetails, x)


def validation_error_details_from_dict(s: Any) -> ValidationErrorDetails:
    return ValidationErrorDetails.from_dict(s)


def validation_error_details_to_dict(x: ValidationErrorDetails) -> Any:
    return to_class(ValidationErrorDetails, x)


def weak_password_details_from_dict(s: Any) -> WeakPasswordDetails:
    return WeakPasswordDetails.from_dict(s)


def weak_password_details_to_dict(x: WeakPasswordDetails) -> Any:
    return to_class(WeakPasswordDetails, x)


Details = Union[
    DeviceLimitReachedDetails,
    SubscriptionExpiredDetails,
    TokenExpiredDetails,
    ValidationErrorDetails,
    WeakPasswordDetails,
]
"""A known code's typed details."""

DETAILS_TYPES: dict[str, Callable[[Any], Details]] = {
    "DEVICE_LIMIT_REACHED": DeviceLimitReachedDetails.from_dict,
    "SUBSCRIPTION_EXPIRED": SubscriptionExpiredDetails.from_dict,
    "TOKEN_EXPIRED": TokenExpiredDetails.from_dict,
    "VALIDATION_ERROR": ValidationErrorDetails.from_dict,
    "WEAK_PASSWORD": WeakPasswordDetails.from_dict,
}
"""Each code with typed details, by its wire value, to the decoder of its type."""

ErrorCode = Union[RestErrorCode, str]
"""The envelope's error.code: a RestErrorCode, or a code this catalog does not know yet, kept as its string."""


def to_error_code(code: str) -> ErrorCode:
    """The member for a known code; an unknown code stays a plain string, so newer API codes still decode."""
    member = RestErrorCode.from_code(code)
    return code if member is None else member


InvalidResponse = EnvelopeError
"""EnvelopeError's name before the runtime was its own module; code that catches it goes on working."""

error_code_of = _envelope.error_code_of
"""A failure's error code, read from the envelope's core alone as advise_retry reads it; None otherwise."""


def parse_response(body: str | bytes) -> APIResponse:
    """Decode the envelope of a response body, checked as the JSON Schema checks it.

    Raises EnvelopeError (a ValueError) for a body that is not JSON (a proxy's HTML page, plain text)
    or not the envelope (a wrong type, a failure without its error, details of the wrong shape for a
    known code, an unknown code not shaped like one), never an AssertionError.
    """
    return _envelope.decode_envelope(body, ENVELOPE_POLICY, APIResponse.from_dict)
