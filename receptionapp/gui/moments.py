"""Stored moments as the clerk reads them: one place turns naive UTC into local time.

Every timestamp of the database is naive UTC (``receptionapp.core.clock``); the window shows
it in the computer's local time, in the short or long formats of the interface language.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone


def to_local(moment: dt.datetime) -> QDateTime:
    """A naive UTC moment as a local ``QDateTime``."""
    return QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
        QTimeZone.utc(),
    ).toLocalTime()


def format_when(moment: dt.datetime, *, weekday: bool = False) -> str:
    """A naive UTC moment in local time: short ("08.12.26 15:00"), or with the weekday and
    the month spelt out ("вівторок, 8 грудня 2026 р., 15:00") for reception slots."""
    local = to_local(moment)
    locale = QLocale()
    if not weekday:
        return locale.toString(local, QLocale.FormatType.ShortFormat)
    day = locale.toString(local.date(), QLocale.FormatType.LongFormat)
    return f"{day}, {locale.toString(local.time(), QLocale.FormatType.ShortFormat)}"


def format_stored(text: str) -> str:
    """A timestamp as stored (``YYYY-MM-DD HH:MM:SS``, naive UTC) in short local form; text
    that is not one is shown as it is."""
    try:
        return format_when(dt.datetime.fromisoformat(text))
    except ValueError:
        return text


def format_date(day: dt.date | dt.datetime) -> str:
    """A date in the short format of the interface language (a datetime: its local date)."""
    if isinstance(day, dt.datetime):
        return QLocale().toString(to_local(day).date(), QLocale.FormatType.ShortFormat)
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
