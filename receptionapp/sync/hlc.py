"""Hybrid logical clocks: ``(unix milliseconds << 16) + counter`` in one 64-bit integer.

Offices stamp their changes in SQL (:mod:`receptionapp.db.capture`); head office uses these
functions. Clocks are compared together with the node that wrote them, ``(hlc, node)``, so
the order of writes is total and the same everywhere.
"""

from __future__ import annotations

import time

#: Low bits of the logical counter.
COUNTER_BITS = 16

#: A stamp further in the future than this (by head office's clock) is re-stamped, so that a
#: badly set office clock cannot win every later conflict ("HLC poisoning").
MAX_SKEW_MS = 5 * 60 * 1000


def wall_ms() -> int:
    """Current Unix time in milliseconds."""
    return time.time_ns() // 1_000_000


def physical_ms(hlc: int) -> int:
    """The wall-clock part of a stamp, in Unix milliseconds."""
    return hlc >> COUNTER_BITS


def tick(last: int, now_ms: int | None = None) -> int:
    """The next stamp after ``last``: at least the wall clock, always greater than ``last``."""
    now = wall_ms() if now_ms is None else now_ms
    return max(last + 1, now << COUNTER_BITS)


def too_far_ahead(hlc: int, now_ms: int | None = None) -> bool:
    """Whether ``hlc`` lies more than :data:`MAX_SKEW_MS` ahead of the wall clock."""
    now = wall_ms() if now_ms is None else now_ms
    return physical_ms(hlc) > now + MAX_SKEW_MS


Clock = tuple[int, str]

#: The clock of a value nobody has edited through sync (reference or billing data).
ZERO: Clock = (0, "")
