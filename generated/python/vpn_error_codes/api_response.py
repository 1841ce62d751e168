# Generated from catalog/*.yaml by scripts/emit/languages/python/envelope.ts (npm run build); do not edit.
"""The OrbVPN REST envelope and the per-code details types.

Types by quicktype from the schema in generated/schema/api-response.schema.json. Timestamps stay
RFC 3339 strings, so that the package needs nothing beyond the standard library.
"""

import json
import re
from dataclasses import dataclass
from typing import Any, Callable, Dict, Iterable, List, NamedTuple, Optional, Tuple, Type, TypeVar, Union, cast

from .rest_error_code import ErrorCode, to_error_code


class InvalidResponse(ValueError):
    """The body is not the OrbVPN envelope: not JSON, or not of the schema's shape."""


T = TypeVar("T")


def from_str(x: Any) -> str:
    if not isinstance(x, str):
        raise InvalidResponse(f"expected str, got {type(x).__name__}")
    return x


def from_dict(f: Callable[[Any], T], x: Any) -> Dict[str, T]:
    if not isinstance(x, dict):
        raise InvalidResponse(f"expected dict, got {type(x).__name__}")
    return { k: f(v) for (k, v) in x.items() }


def from_none(x: Any) -> Any:
    if x is not None:
        raise InvalidResponse(f"expected null, got {type(x).__name__}")
    return x


def from_union(fs: Iterable[Callable[[Any], Any]], x: Any) -> Any:
    for f in fs:
        try:
            return f(x)
        except Exception:
            pass
    raise InvalidResponse("the value matches none of the types the schema allows")


def from_bool(x: Any) -> bool:
    if not isinstance(x, bool):
        raise InvalidResponse(f"expected bool, got {type(x).__name__}")
    return x


def to_class(c: Type[T], x: Any) -> Dict[str, Any]:
    if not isinstance(x, c):
        raise InvalidResponse(f"expected {c.__name__}, got {type(x).__name__}")
    return cast(Dict[str, Any], cast(Any, x).to_dict())


def from_int(x: Any) -> int:
    if not (isinstance(x, int) and not isinstance(x, bool)):
        raise InvalidResponse(f"expected int, got {type(x).__name__}")
    return x


def from_list(f: Callable[[Any], T], x: Any) -> List[T]:
    if not isinstance(x, list):
        raise InvalidResponse(f"expected list, got {type(x).__name__}")
    return [f(y) for y in x]


@dataclass
class ErrorBody:
    """A machine-readable code, a human-readable message, and optional details."""

    code: ErrorCode
    """A RestErrorCode, or a code this catalog does not know yet (kept valid for forward
    compatibility).
    """
    message: str
    """Human-readable; may change between API versions. Branch on code, not on this."""

    details: Optional[Dict[str, Any]] = None
    """Extra facts about the error; its shape depends on the code."""

    @staticmethod
    def from_dict(obj: Any) -> 'ErrorBody':
        if not isinstance(obj, dict):
            raise InvalidResponse(f"expected dict, got {type(obj).__name__}")
        code = to_error_code(from_str(obj.get("code")))
        message = from_str(obj.get("message"))
        details = from_union([lambda x: from_dict(lambda x: x, x), from_none], obj.get("details"))
        return ErrorBody(code, message, details)

    def to_dict(self) -> Dict[str, Any]:
        result: Dict[str, Any] = {}
        result["code"] = str(self.code)
        result["message"] = from_str(self.message)
        if self.details is not None:
            result["details"] = from_union([lambda x: from_dict(lambda x: x, x), from_none], self.details)
        return result


@dataclass
class APIResponse:
    """The JSON envelope of every OrbVPN API response. Check success first, then read data or
    error. Unknown top-level fields are allowed, so that the API can grow.
    
    The request completed; data holds the resource or a confirmation.
    
    The request failed; error says why.
    """
    success: bool
    """Always true on success.
    
    Always false on failure.
    """
    data: Any = None
    """The requested resource or a confirmation."""

    error: Optional[ErrorBody] = None

    @staticmethod
    def from_dict(obj: Any) -> 'APIResponse':
        if not isinstance(obj, dict):
            raise InvalidResponse(f"expected dict, got {type(obj).__name__}")
        success = from_bool(obj.get("success"))
        data = obj.get("data")
        error = from_union([ErrorBody.from_dict, from_none], obj.get("error"))
        if success and "data" not in obj:
            raise InvalidResponse("a success envelope must have data")
        if not success and error is None:
            raise InvalidResponse("a failure envelope must have an error object")
        return APIResponse(success, data, error)

    def to_dict(self) -> Dict[str, Any]:
        result: Dict[str, Any] = {}
        result["success"] = from_bool(self.success)
        if self.data is not None:
            result["data"] = self.data
        if self.error is not None:
            result["error"] = from_union([lambda x: to_class(ErrorBody, x), from_none], self.error)
        return result


@dataclass
class DeviceLimitReachedDetails:
    """The device count against the plan's limit, and where to upgrade."""

    current_devices: int
    """Devices registered now."""

    max_devices: int
    """Devices the plan allows."""

    plan: str
    """The user's plan."""

    upgrade_url: Optional[str] = None
    """Where the user can upgrade."""

    @staticmethod
    def from_dict(obj: Any) -> 'DeviceLimitReachedDetails':
        if not isinstance(obj, dict):
            raise InvalidResponse(f"expected dict, got {type(obj).__name__}")
        current_devices = from_int(obj.get("currentDevices"))
        max_devices = from_int(obj.get("maxDevices"))
        plan = from_str(obj.get("plan"))
        upgrade_url = from_union([from_str, from_none], obj.get("upgradeUrl"))
        return DeviceLimitReachedDetails(current_devices, max_devices, plan, upgrade_url)

    def to_dict(self) -> Dict[str, Any]:
        result: Dict[str, Any] = {}
        result["currentDevices"] = from_int(self.current_devices)
        result["maxDevices"] = from_int(self.max_devices)
        result["plan"] = from_str(self.plan)
        if self.upgrade_url is not None:
            result["upgradeUrl"] = from_union([from_str, from_none], self.upgrade_url)
        return result


@dataclass
class SubscriptionExpiredDetails:
    """When the subscription expired, its plan, and where to renew."""

    expired_at: str
    """When the subscription expired."""

    plan: str
    """The expired plan."""

    renew_url: Optional[str] = None
    """Where the user can renew."""

    @staticmethod
    def from_dict(obj: Any) -> 'SubscriptionExpiredDetails':
        if not isinstance(obj, dict):
            raise InvalidResponse(f"expected dict, got {type(obj).__name__}")
        expired_at = from_str(obj.get("expiredAt"))
        plan = from_str(obj.get("plan"))
        renew_url = from_union([from_str, from_none], obj.get("renewUrl"))
        return SubscriptionExpiredDetails(expired_at, plan, renew_url)

    def to_dict(self) -> Dict[str, Any]:
        result: Dict[str, Any] = {}
        result["expiredAt"] = from_str(self.expired_at)
        result["plan"] = from_str(self.plan)
        if self.renew_url is not None:
            result["renewUrl"] = from_union([from_str, from_none], self.renew_url)
        return result


@dataclass
class TokenExpiredDetails:
    """When the token expired and which token it was."""

    expired_at: str
    """When the token expired."""

    token_type: str
    """Which token expired, e.g. access."""

    @staticmethod
    def from_dict(obj: Any) -> 'TokenExpiredDetails':
        if not isinstance(obj, dict):
            raise InvalidResponse(f"expected dict, got {type(obj).__name__}")
        expired_at = from_str(obj.get("expiredAt"))
        token_type = from_str(obj.get("tokenType"))
        return TokenExpiredDetails(expired_at, token_type)

    def to_dict(self) -> Dict[str, Any]:
        result: Dict[str, Any] = {}
        result["expiredAt"] = from_str(self.expired_at)
        result["tokenType"] = from_str(self.token_type)
        return result


@dataclass
class ValidationErrorDetails:
    """Which field failed which constraint, and the value received."""

    constraint: str
    """The constraint it failed, e.g. required."""

    field: str
    """The request field that failed validation."""

    received: Any = None
    """The value received; null when the field was missing."""

    @staticmethod
    def from_dict(obj: Any) -> 'ValidationErrorDetails':
        if not isinstance(obj, dict):
            raise InvalidResponse(f"expected dict, got {type(obj).__name__}")
        constraint = from_str(obj.get("constraint"))
        field = from_str(obj.get("field"))
        received = obj.get("received")
        return ValidationErrorDetails(constraint, field, received)

    def to_dict(self) -> Dict[str, Any]:
        result: Dict[str, Any] = {}
        result["constraint"] = from_str(self.constraint)
        result["field"] = from_str(self.field)
        if self.received is not None:
            result["received"] = self.received
        return result


@dataclass
class WeakPasswordDetails:
    """The password requirements and the checks that failed."""

    failed_checks: List[str]
    """Ids of the checks that failed, e.g. uppercase."""

    requirements: List[str]
    """Every requirement, as text."""

    @staticmethod
    def from_dict(obj: Any) -> 'WeakPasswordDetails':
        if not isinstance(obj, dict):
            raise InvalidResponse(f"expected dict, got {type(obj).__name__}")
        failed_checks = from_list(from_str, obj.get("failedChecks"))
        requirements = from_list(from_str, obj.get("requirements"))
        return WeakPasswordDetails(failed_checks, requirements)

    def to_dict(self) -> Dict[str, Any]:
        result: Dict[str, Any] = {}
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




def _no_constant(name: str) -> Any:
    raise InvalidResponse(f"{name} is not JSON")


_UNKNOWN_CODE = re.compile("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$")
_DATE_TIME = re.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\\.[0-9]+)?(?:[Zz]|([+-])([0-9]{2}):([0-9]{2}))")
_URI = re.compile("[A-Za-z][A-Za-z0-9+.-]*:[^\\u0009\\u000a\\u000b\\u000c\\u000d\\u0020\\u0022\\u003c\\u003e\\u005c\\u005e\\u0060\\u007b\\u007c\\u007d\\u00a0\\u1680\\u2000\\u2001\\u2002\\u2003\\u2004\\u2005\\u2006\\u2007\\u2008\\u2009\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]*")
_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


class _Field(NamedTuple):
    name: str
    type: Optional[str]
    minimum: Optional[float]
    format: Optional[str]
    items: Optional[str]


class _Shape(NamedTuple):
    required: Tuple[str, ...]
    fields: Tuple[_Field, ...]


# Each detailed code's details shape, from the catalog.
_SHAPES: Dict[str, _Shape] = {
    "DEVICE_LIMIT_REACHED": _Shape(
        ("currentDevices", "maxDevices", "plan", ),
        (
            _Field("currentDevices", "integer", 0.0, None, None),
            _Field("maxDevices", "integer", 0.0, None, None),
            _Field("plan", "string", None, None, None),
            _Field("upgradeUrl", "string", None, "uri", None),
        ),
    ),
    "SUBSCRIPTION_EXPIRED": _Shape(
        ("expiredAt", "plan", ),
        (
            _Field("expiredAt", "string", None, "date-time", None),
            _Field("plan", "string", None, None, None),
            _Field("renewUrl", "string", None, "uri", None),
        ),
    ),
    "TOKEN_EXPIRED": _Shape(
        ("expiredAt", "tokenType", ),
        (
            _Field("expiredAt", "string", None, "date-time", None),
            _Field("tokenType", "string", None, None, None),
        ),
    ),
    "VALIDATION_ERROR": _Shape(
        ("field", "constraint", ),
        (
            _Field("field", "string", None, None, None),
            _Field("constraint", "string", None, None, None),
            _Field("received", None, None, None, None),
        ),
    ),
    "WEAK_PASSWORD": _Shape(
        ("requirements", "failedChecks", ),
        (
            _Field("requirements", "array", None, None, "string"),
            _Field("failedChecks", "array", None, None, "string"),
        ),
    ),
}


def _is(value: Any, json_type: str) -> bool:
    # bool is an int in Python, never a JSON number; JSON Schema's integer is any number with no fraction.
    if json_type == "string":
        return isinstance(value, str)
    if json_type == "boolean":
        return isinstance(value, bool)
    if json_type == "array":
        return isinstance(value, list)
    if json_type == "object":
        return isinstance(value, dict)
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    return number and (json_type == "number" or float(value).is_integer())


def _has_format(text: str, string_format: str) -> bool:
    if string_format == "uri":
        return _URI.fullmatch(text) is not None
    m = _DATE_TIME.fullmatch(text)
    if m is None:
        return False
    year, month, day, hour, minute, second = (int(g) for g in m.groups()[:6])
    if not 1 <= month <= 12:
        return False
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    days = 29 if month == 2 and leap else _DAYS_IN_MONTH[month - 1]
    if not 1 <= day <= days or hour > 23 or minute > 59 or second > 60:
        return False
    return m.group(7) is None or (int(m.group(8)) <= 23 and int(m.group(9)) <= 59)


def _details_problem(shape: _Shape, details: Dict[str, Any]) -> Optional[str]:
    for name in shape.required:
        if name not in details:
            return f" must have required property '{name}'"
    for f in shape.fields:
        if f.name not in details:
            continue
        value = details[f.name]
        if f.type is not None and not _is(value, f.type):
            return f"/{f.name} must be {f.type}"
        if f.minimum is not None and _is(value, "number") and value < f.minimum:
            return f"/{f.name} must be >= {f.minimum:g}"
        if f.format is not None and isinstance(value, str) and not _has_format(value, f.format):
            return f"/{f.name} must match format {f.format}"
        if f.items is not None and isinstance(value, list) and not all(_is(item, f.items) for item in value):
            return f"/{f.name} items must be {f.items}"
    return None


def _error_problem(error: Dict[str, Any]) -> Optional[str]:
    """What the schema rejects in an error object that quicktype's types let through, or None."""
    code = error["code"]
    shape = _SHAPES.get(code)
    if isinstance(to_error_code(code), str) and _UNKNOWN_CODE.fullmatch(code) is None:
        return "/error/code is neither a known code nor shaped like one"
    if "details" not in error:
        return None
    details = error["details"]
    if not isinstance(details, dict):
        return "/error/details must be an object"
    problem = _details_problem(shape, details) if shape is not None else None
    return None if problem is None else f"/error/details{problem}"


def _load(body: Union[str, bytes]) -> Any:
    try:
        return json.loads(body, parse_constant=_no_constant)
    except (TypeError, ValueError, RecursionError) as e:
        text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body if isinstance(body, str) else ""
        kind = "HTML, not JSON (a proxy or gateway page?)" if text.lstrip().startswith("<") else "not valid JSON"
        raise InvalidResponse(f"the body is {kind}") from e


def parse_response(body: Union[str, bytes]) -> APIResponse:
    """The envelope of a response body, checked as the JSON Schema checks it.

    Raises InvalidResponse (a ValueError) for a body that is not JSON (a proxy's HTML page, plain text)
    or not the envelope (a wrong type, a failure without its error, details of the wrong shape for a
    known code), never an AssertionError.
    """
    document = _load(body)
    response = api_response_from_dict(document)
    problem = None if response.success else _error_problem(document["error"])
    if problem is not None:
        raise InvalidResponse(problem)
    return response


def error_code_of(body: Union[str, bytes]) -> Optional[str]:
    """A failure's error code as advise_retry reads it, or None for any other body.

    Only the envelope's core counts (success, error.code and error.message), as in the TypeScript
    reference, so that details of the wrong shape do not hide the code.
    """
    try:
        document = _load(body)
    except InvalidResponse:
        return None
    error = document.get("error") if isinstance(document, dict) and document.get("success") is False else None
    if not isinstance(error, dict) or not isinstance(error.get("code"), str) or not isinstance(error.get("message"), str):
        return None
    return cast(str, error["code"])
