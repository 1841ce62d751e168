"""The decisions' words, as Literal types: what a decision's reason, basis or class may be.

The decision modules name these for type checkers only, so that a decision does not load typing; a
test (or a caller) reads them here with typing.get_args.
"""

from typing import Literal

WaitBasis = Literal["retry-after", "rate-limit-reset"]
"""Which rate-limit header set a wait (runtime/SPEC.md §4, §5)."""
Basis = Literal["backoff", WaitBasis]
"""What set a retry's delay."""
FailReason = Literal[
    "not-an-error",
    "not-retryable",
    "attempts-exhausted",
    "refresh-already-tried",
    "wait-too-long",
    "invalid-attempt",
]
"""Why the retry decision is to stop."""

ReconnectBasis = Literal["immediate", "backoff"]
"""What set a reconnect's delay: the policy's reconnect-at-once rule, or the backoff."""
StopReason = Literal["not-reconnectable", "flapping", "window-exhausted", "unknown-code", "not-an-error"]
"""Why the reconnect advice is to stop. A later policy may add reasons: treat one you do not know as a stop."""
ReconnectClass = Literal["reconnect", "reconnect-now", "wait-for-network", "stop", "not-an-error"]
"""What the reconnect decision does with a code (runtime/SPEC.md §12): reconnect after the backoff; reconnect
at once the first time; once the network is back; stop, a new tunnel failing the same way; a success code."""
