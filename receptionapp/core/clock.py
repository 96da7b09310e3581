"""Time in one place: UTC, naive (as stored), so tests and sync can reason about it."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo


def utcnow() -> dt.datetime:
    """The current UTC time without tzinfo, the form every timestamp column stores."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


#: The offices' wall clock: directors' reception hours are local times in this zone (the
#: ``tzdata`` package supplies it where the system has no time-zone database).
COMPANY_TIMEZONE = "Europe/Kyiv"


def local_to_utc(moment: dt.datetime, zone: str = COMPANY_TIMEZONE) -> dt.datetime:
    """A naive wall-clock time in ``zone`` as the naive UTC a timestamp column stores.

    A time the clocks skip or repeat at a season change is read as before the change.
    """
    aware = moment.replace(tzinfo=ZoneInfo(zone))
    return aware.astimezone(dt.UTC).replace(tzinfo=None)


def utc_to_local(moment: dt.datetime, zone: str = COMPANY_TIMEZONE) -> dt.datetime:
    """A naive UTC timestamp as the naive wall-clock time in ``zone``."""
    return moment.replace(tzinfo=dt.UTC).astimezone(ZoneInfo(zone)).replace(tzinfo=None)
