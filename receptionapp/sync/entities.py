"""Which tables sync, and how their values look on the wire.

A value travels in the form SQLite stores it (what the capture triggers read): text, whole
numbers, ``null``; datetimes as ``YYYY-MM-DD HH:MM:SS[.ffffff]``, dates as ``YYYY-MM-DD``,
booleans as 0/1. Head office turns them into Python values for peewee (PostgreSQL needs real
booleans and timestamps) with :func:`to_python`, and back with :func:`to_wire`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import peewee as pw

from receptionapp.db import capture
from receptionapp.db import models as m

Wire = str | int | float | None

#: Every synced model by table name, in dependency order.
ENTITIES: dict[str, type[m.SyncedModel]] = {
    model._meta.table_name: model for model in capture.synced_models()
}

#: Tables offices may write.
OFFICE_WRITABLE: frozenset[str] = frozenset(
    model._meta.table_name for model in capture.office_models()
)

#: Tables whose rows every office receives, whatever their directorate.
REFERENCE: frozenset[str] = frozenset(model._meta.table_name for model in capture.REFERENCE_MODELS)

#: Natural keys that two offices may create under different ids (the same phone number of
#: a subscriber added at two offices). Head office merges the second into the first
#: (``merged``), and offices fold their local duplicate into the surviving id.
MERGE_KEYS: dict[str, tuple[str, ...]] = {
    "phone": ("subscriber_id", "e164"),
    "phone_account": ("phone_id", "account_id"),
    "phone_kind_answer": ("subscriber_id", "kind"),
    "account_service": ("account_id", "service_id"),
}

#: Status changes head office accepts (a stale office cannot reopen a closed complaint).
TRANSITIONS: dict[str, dict[str, frozenset[str]]] = {
    "account": {
        "pending": frozenset({"active", "closed"}),
        "active": frozenset({"suspended", "closed"}),
        "suspended": frozenset({"active", "closed"}),
        "closed": frozenset(),
    },
    "complaint": {
        "registered": frozenset({"in_progress", "resolved", "rejected"}),
        "in_progress": frozenset({"resolved", "rejected"}),
        "resolved": frozenset(),
        "rejected": frozenset(),
    },
    "technician_request": {
        "new": frozenset({"assigned", "done", "cancelled"}),
        "assigned": frozenset({"done", "cancelled"}),
        "done": frozenset(),
        "cancelled": frozenset(),
    },
    "appointment": {
        "pending": frozenset({"cancelled"}),
        "confirmed": frozenset({"cancelled", "attended", "no_show"}),
        "conflict": frozenset({"cancelled"}),
        "rejected": frozenset(),
        "cancelled": frozenset(),
        "attended": frozenset(),
        "no_show": frozenset(),
    },
}


def columns(model: type[pw.Model]) -> dict[str, pw.Field]:
    """The model's fields by column name (``subscriber_id`` for a foreign key)."""
    return {field.column_name: field for field in model._meta.sorted_fields}


FIELDS: dict[str, dict[str, pw.Field]] = {name: columns(model) for name, model in ENTITIES.items()}


def to_python(field: pw.Field, value: Wire) -> Any:
    """A wire value as the Python value peewee stores in ``field``.

    Raises:
        ValueError: the value does not fit the field (wrong type, bad date, null where
            the column is NOT NULL).
    """
    if value is None:
        if not field.null and not field.primary_key:
            raise ValueError(f"{field.column_name} may not be null")
        return None
    if isinstance(field, pw.BooleanField):
        if isinstance(value, bool) or value in (0, 1):
            return bool(value)
        raise ValueError(f"{field.column_name} must be 0 or 1")
    if isinstance(field, pw.IntegerField) and not isinstance(field, pw.ForeignKeyField):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{field.column_name} must be a whole number")
        if not -(2**63) <= value < 2**63:
            raise ValueError(f"{field.column_name} is out of range")
        return value
    if not isinstance(value, str):
        raise ValueError(f"{field.column_name} must be text")
    if "\x00" in value:
        raise ValueError(f"{field.column_name} contains a NUL character")
    if isinstance(field, pw.DateTimeField):
        try:
            return dt.datetime.fromisoformat(value).replace(tzinfo=None)
        except ValueError:
            raise ValueError(f"{field.column_name} is not a date and time") from None
    if isinstance(field, pw.DateField):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{field.column_name} is not a date") from None
    return value


def to_wire(value: Any) -> Wire:
    """A value read from either database in the form SQLite stores it."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.datetime):
        return str(value.replace(tzinfo=None))
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | float | str) or value is None:
        return value
    return str(value)
