"""Decodes the shared vectors with the generated package and prints one canonical line per vector.

Usage: python harness.py <repository root>
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Tuple, Union

from vpn_error_codes import (
    EnvelopeError,
    HttpStatus,
    OperationalError,
    Reconnect,
    ReconnectAdvice,
    ReconnectError,
    ReconnectHistory,
    RefreshToken,
    ResponseResult,
    RestErrorCode,
    RetryDecision,
    RetryLater,
    WaitForNetwork,
    advise_reconnect,
    advise_retry,
    parse_response,
)
from vpn_error_codes.api_response import (
    DeviceLimitReachedDetails,
    Details,
    SubscriptionExpiredDetails,
    TokenExpiredDetails,
    ValidationErrorDetails,
    WeakPasswordDetails,
)
from vpn_error_codes.catalog import catalog_from_dict

Member = Union[HttpStatus, OperationalError, ResponseResult, RestErrorCode]

FAMILIES: Dict[str, Tuple[Callable[[Any], Optional[Member]], Callable[[str], Optional[Member]], int]] = {
    "HttpStatus": (HttpStatus.from_code, HttpStatus.parse, len(HttpStatus)),
    "OperationalError": (OperationalError.from_code, OperationalError.parse, len(OperationalError)),
    "ResponseResult": (ResponseResult.from_code, ResponseResult.parse, len(ResponseResult)),
    "RestErrorCode": (RestErrorCode.from_code, RestErrorCode.parse, len(RestErrorCode)),
}


def by_value(family: str, value: Union[int, str]) -> Optional[Member]:
    from_code = FAMILIES[family][0]
    integer = family in ("HttpStatus", "OperationalError")
    # A value of the wrong kind is unknown, not an error: an int family never has "8203".
    if integer != isinstance(value, int):
        return None
    return from_code(value)


def text(value: Optional[str]) -> str:
    return "null" if value is None else value


def joined(items: List[str]) -> str:
    return "[" + "|".join(items) + "]"


def typed_line(typed: Optional[Details], raw: Dict[str, Any]) -> Optional[str]:
    """The typed details decoded with the envelope; date-times shown as the raw text the reference prints."""
    if isinstance(typed, TokenExpiredDetails):
        assert typed.expired_at.tzinfo is not None
        return f"TokenExpiredDetails(expiredAt={raw['expiredAt']};tokenType={typed.token_type})"
    if isinstance(typed, ValidationErrorDetails):
        return f"ValidationErrorDetails(constraint={typed.constraint};field={typed.field};received={json.dumps(typed.received)})"
    if isinstance(typed, WeakPasswordDetails):
        return f"WeakPasswordDetails(failedChecks={joined(typed.failed_checks)};requirements={joined(typed.requirements)})"
    if isinstance(typed, DeviceLimitReachedDetails):
        return (
            f"DeviceLimitReachedDetails(currentDevices={typed.current_devices};maxDevices={typed.max_devices};"
            f"plan={typed.plan};upgradeUrl={text(typed.upgrade_url)})"
        )
    if isinstance(typed, SubscriptionExpiredDetails):
        assert typed.expired_at.tzinfo is not None
        return f"SubscriptionExpiredDetails(expiredAt={raw['expiredAt']};plan={typed.plan};renewUrl={text(typed.renew_url)})"
    return None


def envelope_line(name: str, text: str) -> str:
    try:
        response = parse_response(text)
    except EnvelopeError:
        return f"envelope {name} -> invalid"
    if response.success:
        return f"envelope {name} success=true data={'object' if isinstance(response.data, dict) else 'other'}"
    error = response.error
    if error is None:
        return f"envelope {name} success=false without an error (the decoder let it through)"
    known = error.code if isinstance(error.code, RestErrorCode) else None
    if error.details is None:
        details = "none"
    else:
        typed = typed_line(error.typed_details, error.details)
        details = typed if typed is not None else f"keys({','.join(sorted(error.details))})"
    return (
        f"envelope {name} success=false code={error.code} known={known.identifier if known else 'unknown'} "
        f"retryable={str(known.retryable).lower() if known else 'unknown'} message={json.dumps(error.message)} "
        f"details={details}"
    )


def lines(root: Path) -> List[str]:
    out: List[str] = []
    vectors = json.loads((root / "test" / "vectors" / "codes.json").read_text())
    for v in vectors["values"]:
        member = by_value(v["family"], v["value"])
        found = f"{member.identifier} retryable={str(member.retryable).lower()} json={json.dumps(member)}" if member is not None else "unknown"
        out.append(f"value {v['family']} {json.dumps(v['value'])} -> {found}")
    for v in vectors["names"]:
        member = FAMILIES[v["family"]][1](v["lookup"])
        out.append(f"name {v['family']} {json.dumps(v['lookup'])} -> {member.identifier if member is not None else 'unknown'}")

    catalog = catalog_from_dict(json.loads((root / "generated" / "catalog.json").read_text()))
    for family in catalog.families:
        name = family.name.value
        out.append(f"family {name} codes={len(family.codes)} members={FAMILIES[name][2]}")
        for code in family.codes:
            member = by_value(name, code.value)
            found = f"{member.identifier} retryable={str(member.retryable).lower()}" if member is not None else "unknown"
            out.append(f"member {name} {json.dumps(code.value)} -> {found} catalog-retryable={str(code.retryable).lower()}")

    envelopes = root / "test" / "vectors" / "envelopes"
    for path in sorted(envelopes.glob("*.json")):
        out.append(envelope_line(path.name, path.read_text()))
    for path in sorted((envelopes / "invalid").iterdir()):
        out.append(envelope_line(f"invalid/{path.name}", path.read_text()))

    for case in json.loads((root / "test" / "vectors" / "decisions.json").read_text())["cases"]:
        pinned = float(case["random"])
        decision = advise_retry(
            case["status"],
            [(name, value) for name, value in case["headers"]],
            case["body"],
            case["attempt"],
            token_refreshed=case["tokenRefreshed"],
            now_ms=case["now"],
            random=lambda: pinned,
        )
        out.append(f"decision {case['id']} -> {decision_line(decision)}")

    for case in json.loads((root / "test" / "vectors" / "reconnect.json").read_text())["cases"]:
        history = case["history"]
        drawn = float(case["random"])
        advice = advise_reconnect(
            case["family"],
            case["code"],
            ReconnectHistory(
                reconnects=history["reconnects"],
                connected=history["connected"],
                errors=[ReconnectError(e["at"], e["family"], e["code"]) for e in history["errors"]],
            ),
            now_ms=case["now"],
            random=lambda: drawn,
        )
        out.append(f"reconnect {case['id']} -> {reconnect_line(advice)}")
    return out


def reconnect_line(advice: ReconnectAdvice) -> str:
    if isinstance(advice, Reconnect):
        return f"reconnect {advice.delay_ms} {advice.basis}"
    if isinstance(advice, WaitForNetwork):
        return "wait-for-network"
    return f"stop {advice.reason}"


def decision_line(decision: RetryDecision) -> str:
    if isinstance(decision, RetryLater):
        return f"retry {decision.delay_ms} {decision.basis}"
    if isinstance(decision, RefreshToken):
        return "refresh-token"
    return f"fail {decision.reason}"


if __name__ == "__main__":
    for line in lines(Path(sys.argv[1])):
        print(line)
