"""The random source and the rounding every delay shares (runtime/SPEC.md §2)."""

from __future__ import annotations

import math

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable


def unit(random: Callable[[], float]) -> float:
    """A number in [0, 1] from the random source; anything else (an error, a non-number) reads as 0 (SPEC §2)."""
    try:
        x = random()
    except Exception:  # noqa: BLE001 - a broken random source reads as 0 (SPEC §11)
        return 0.0
    if isinstance(x, bool) or not isinstance(x, (int, float)) or not x > 0:
        return 0.0
    return min(float(x), 1.0)


def round_half_up(x: float) -> int:
    """Halves round up (SPEC §2), unlike round(), which rounds them to even."""
    floor = math.floor(x)
    return floor + 1 if x - floor >= 0.5 else floor  # noqa: PLR2004 - one half


def system_random() -> float:
    """random.random(), with the random module loaded on the first call, for a decision that needs no jitter."""
    import random  # noqa: PLC0415 - loaded only when a delay is drawn

    return random.random()  # noqa: S311 - jitter, no secret
