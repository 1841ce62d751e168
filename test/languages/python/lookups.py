"""Prints what the installed package's lookups answer for every key of every code, as the TypeScript reference does.

Usage: python lookups.py <repository root> <unknown keys, as a JSON array>
The line format is test/languages/typescript/lookups.ts's, so that the two outputs compare line for line.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import Any, Union

Key = Union[int, str]


def text(value: object) -> str:
    """A value as JSON.stringify writes it: non-ASCII as it is."""
    return json.dumps(value, ensure_ascii=False)


def keys_of(code: dict[str, Any]) -> list[Key]:
    keys: list[Key] = [code["value"]]
    if isinstance(code["value"], int):
        keys.append(str(code["value"]))
    if code["name"] != code["value"]:
        keys.append(code["name"])
    keys.extend(code.get("aliases", []))
    keys.extend(legacy["name"] for legacy in code.get("legacyNames", []))
    return list(dict.fromkeys(keys))


def lookup_line(family: Any, name: str, key: Key) -> str:  # noqa: ANN401 - any family's enum class
    match = family.lookup(key)
    if match is None:
        return f"lookup {name} {text(key)} -> unknown"
    m = match.member
    advice = m.retry_advice
    d = m.deprecation
    deprecated = "none" if d is None else d.reason + (f":{d.replacement}" if d.replacement else "")
    return " ".join(
        [
            f"lookup {name} {text(key)} -> {m.identifier}",
            f"by={match.matched_by}",
            f"value={text(m.value)}",
            f"group={m.group}",
            f"status={'none' if m.http_status is None else int(m.http_status)}",
            f"strategy={advice.strategy}",
            f"basis={advice.basis}",
            f"retryable={str(m.retryable).lower()}",
            f"stability={m.stability}",
            f"deprecated={deprecated}",
            f"action={'none' if m.action is None else text(m.action.text)}",
            f"description={text(m.description)}",
            f"note={text(advice.note)}",
            f"override={'none' if advice.override is None else text(advice.override)}",
        ]
    )


def main(root: Path, unknown: list[Key]) -> None:
    package = importlib.import_module("vpn_error_codes")
    catalog = json.loads((root / "generated" / "catalog.json").read_text(encoding="utf-8"))
    out = sys.stdout
    for family in catalog["families"]:
        enum = getattr(package, family["name"])
        for code in family["codes"]:
            for key in keys_of(code):
                out.write(lookup_line(enum, family["name"], key) + "\n")
        for key in unknown:
            out.write(lookup_line(enum, family["name"], key) + "\n")


if __name__ == "__main__":
    sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[attr-defined]
    main(Path(sys.argv[1]), json.loads(sys.argv[2]))
