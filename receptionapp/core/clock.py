"""Time in one place: UTC, naive (as stored), so tests and sync can reason about it."""

from __future__ import annotations

import datetime as dt


def utcnow() -> dt.datetime:
    """The current UTC time without tzinfo, the form every timestamp column stores."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
