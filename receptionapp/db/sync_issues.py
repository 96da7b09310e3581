"""What a sync issue is about, in the clerk's terms, and the local edit that re-enters a value.

A sync issue (table ``sync_issue``, written by the sync client) names a record by table and
id, and the outbox operation (``op_id``) head office answered. This module reads, for the
Sync page, who the record belongs to (subscriber name, account numbers, a phone or
complaint number), the values now in force here, and the clerk's own values from that
operation's payload (the outbox keeps answered operations). :func:`reenter` writes the
clerk's values again as a new local edit, which the capture triggers put in the outbox with
a fresh clock, so it is sent like any other edit.

Values are in the form SQLite stores them (text, whole numbers, null). The functions use the
database the models are bound to (the process's database, or one bound with ``bind_ctx``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import peewee as pw

from receptionapp.core.clock import utcnow
from receptionapp.core.errors import NotFoundError, ValidationError
from receptionapp.db import capture
from receptionapp.db import models as m
from receptionapp.db.appointments import account_numbers, subscriber_name

Value = str | int | float | None

#: Columns that say nothing to a clerk about a change (bookkeeping of every row).
BOOKKEEPING = frozenset({"id", "scope", "created_at", "updated_at"})

_TABLES: dict[str, type[m.SyncedModel]] = {
    model._meta.table_name: model for model in m.ALL_MODELS if issubclass(model, m.SyncedModel)
}

# Parent links followed to find the subscriber a record belongs to: column → table.
_PARENTS: dict[str, str] = {
    "phone_id": "phone",
    "complaint_id": "complaint",
    "request_id": "technician_request",
}


@dataclass(frozen=True)
class RecordInfo:
    """Who and what a record is, for a clerk.

    Attributes:
        entity: the table name.
        pk: the record's id.
        exists: whether this database has the record.
        subscriber: the subscriber's name ("Last First Patronymic"), or "".
        accounts: the account numbers it concerns (its own, else its subscriber's).
        label: a number that names the record itself (a phone, a complaint), or "".
        values: the record's current columns (stored form), empty when it is missing.
    """

    entity: str
    pk: str
    exists: bool
    subscriber: str = ""
    accounts: tuple[str, ...] = ()
    label: str = ""
    values: dict[str, Value] = field(default_factory=dict)


@dataclass(frozen=True)
class FieldValues:
    """One field of a change head office did not take as sent.

    Attributes:
        name: the column name.
        in_force: the value this database has now (what head office kept or sent back).
        mine: the value the clerk entered (from the outbox), when ``mine_known``.
        mine_known: whether the clerk's value is still known here.
        in_force_name: what an id in ``in_force`` names (a package, a person), or "".
        mine_name: the same for ``mine``.
    """

    name: str
    in_force: Value
    mine: Value
    mine_known: bool
    in_force_name: str = ""
    mine_name: str = ""


def _db() -> Any:
    """The database the models are bound to (the proxy, or a ``bind_ctx`` binding)."""
    return m.Subscriber._meta.database


def _model(entity: str) -> type[m.SyncedModel]:
    model = _TABLES.get(entity)
    if model is None:
        raise ValidationError(f"unknown table {entity!r}", code="sync.unknown_entity")
    return model


def _row(entity: str, pk: str) -> dict[str, Value] | None:
    _model(entity)  # the name is a known table: safe to put in the SQL
    cursor = _db().execute_sql(f'SELECT * FROM "{entity}" WHERE id = ?', (pk,))
    found = cursor.fetchone()
    if found is None:
        return None
    names = [d[0] for d in cursor.description]
    return dict(zip(names, found, strict=True))


def record_info(entity: str, pk: str) -> RecordInfo:
    """Who the record ``entity``/``pk`` belongs to, and its current values."""
    values = _row(entity, pk)
    if values is None:
        return RecordInfo(entity, pk, exists=False)
    label = ""
    if entity == "phone":
        label = str(values.get("e164") or values.get("raw_text") or "")
    elif entity == "complaint":
        label = str(values.get("number") or "")
    subscriber_id: str | None
    accounts: list[str]
    if entity == "subscriber":
        subscriber_id, accounts = pk, []
    elif entity == "account":
        subscriber_id, accounts = _text(values.get("subscriber_id")), [str(values["number"])]
    else:
        subscriber_id, accounts = _owner(values)
    name = ""
    if subscriber_id is not None:
        subscriber = m.Subscriber.get_or_none(m.Subscriber.id == subscriber_id)
        if subscriber is not None:
            name = subscriber_name(subscriber)
            if not accounts:
                accounts = account_numbers(subscriber_id)
    return RecordInfo(entity, pk, True, name, tuple(accounts), label, values)


def _owner(values: dict[str, Value]) -> tuple[str | None, list[str]]:
    """The subscriber id and account number a row belongs to, up its parent links."""
    current: dict[str, Value] | None = values
    for _hop in range(3):  # complaint_status → complaint → account → subscriber at most
        if current is None:
            break
        account_id = _text(current.get("account_id"))
        if account_id is not None:
            account = _row("account", account_id)
            if account is not None:
                return _text(account.get("subscriber_id")), [str(account["number"])]
        subscriber_id = _text(current.get("subscriber_id"))
        if subscriber_id is not None:
            return subscriber_id, []
        parent = next(
            (
                (table, str(current[column]))
                for column, table in _PARENTS.items()
                if current.get(column)
            ),
            None,
        )
        current = _row(*parent) if parent is not None else None
    return None, []


def _text(value: Value) -> str | None:
    return None if value is None or value == "" else str(value)


def clerk_values(op_id: str | None) -> dict[str, Value] | None:
    """The values of the outbox operation ``op_id`` as the clerk wrote them, or None when
    the outbox no longer has it."""
    if not op_id:
        return None
    found = (
        _db().execute_sql("SELECT payload FROM sync_outbox WHERE op_id = ?", (op_id,)).fetchone()
    )
    if found is None:
        return None
    payload = json.loads(found[0])
    return dict(payload) if isinstance(payload, dict) else None


def operation_kind(op_id: str | None) -> str | None:
    """``insert``, ``update`` or ``delete``: what the outbox operation ``op_id`` was, or None
    when the outbox no longer has it."""
    if not op_id:
        return None
    found = _db().execute_sql("SELECT kind FROM sync_outbox WHERE op_id = ?", (op_id,)).fetchone()
    return None if found is None else str(found[0])


def field_values(
    entity: str, pk: str, op_id: str | None, names: Sequence[str] | None = None
) -> list[FieldValues]:
    """The fields of a change: the value in force here and the clerk's value.

    Args:
        entity: the table.
        pk: the record's id.
        op_id: the outbox operation of the change.
        names: the fields to show (head office's list of overridden fields); all the
            fields of the operation but bookkeeping when None.
    """
    model = _model(entity)
    current = _row(entity, pk) or {}
    mine = clerk_values(op_id)
    if names is None:
        names = [n for n in (mine or {}) if n not in BOOKKEEPING]
    result = []
    for name in names:
        theirs, own = current.get(name), (mine or {}).get(name)
        result.append(
            FieldValues(
                name,
                theirs,
                own,
                mine is not None and name in mine,
                _name_of(model, name, theirs),
                _name_of(model, name, own),
            )
        )
    return result


def _name_of(model: type[m.SyncedModel], column: str, value: Value) -> str:
    """What the id ``value`` of a foreign-key column names (its name or number), or ""."""
    fk = next(
        (
            f
            for f in model._meta.sorted_fields
            if f.column_name == column and isinstance(f, pw.ForeignKeyField)
        ),
        None,
    )
    if fk is None or value is None or value == "":
        return ""
    target = fk.rel_model
    row = target.get_or_none(target.id == value)
    if row is None:
        return ""
    if isinstance(row, m.Subscriber):
        return subscriber_name(row)
    for attribute in ("name", "number", "code"):
        if hasattr(row, attribute):
            return str(getattr(row, attribute))
    return ""


def reenter(entity: str, pk: str, values: dict[str, Value]) -> list[str]:
    """Write the clerk's values again as a new local edit (captured for sync).

    Returns:
        The fields that changed (a field that already holds the value is left alone).

    Raises:
        ValidationError: ``sync.not_reenterable`` for a table or field an office does not
            write, or when there is nothing to write.
        NotFoundError: ``sync.record_missing`` when the record is gone (or deleted).
    """
    model = _model(entity)
    writable = {t._meta.table_name for t in capture.office_models()}
    skip = capture.NOT_CAPTURED.get(entity, frozenset()) | BOOKKEEPING | {"deleted_at"}
    columns = {f.column_name for f in model._meta.sorted_fields}
    wrong = [n for n in values if n in skip or n not in columns]
    if entity not in writable or wrong or not values:
        raise ValidationError(
            f"{entity} fields {sorted(wrong) or '(none)'} cannot be entered again here",
            code="sync.not_reenterable",
        )
    with _db().atomic():
        current = _row(entity, pk)
        if current is None or current.get("deleted_at") is not None:
            raise NotFoundError(f"{entity} {pk} is not here any more", code="sync.record_missing")
        changed = {n: v for n, v in values.items() if current.get(n) != v}
        if changed:
            sets = ", ".join(f'"{n}" = ?' for n in changed)
            _db().execute_sql(
                f'UPDATE "{entity}" SET {sets}, "updated_at" = ? WHERE id = ?',
                (*changed.values(), str(utcnow()), pk),
            )
    return sorted(changed)
