"""Bookings of a director's reception: read one, cancel one, book another slot instead.

Writes go through the models, so the capture triggers put them in the sync outbox in the
same transaction (head office then confirms a new booking or reports a conflict). Slot times
are naive UTC, as every timestamp of the database (``Appointment.slot_start``); the free
slots head office proposes come in the same form (``YYYY-MM-DD HH:MM:SS``).

The functions use the database the models are bound to (the process's database through
:data:`~receptionapp.db.models.database_proxy`, or one bound with ``bind_ctx``) and open
their own transaction (a savepoint when called inside one, so a caller can resolve a
sync issue in the same unit of work).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, cast

import peewee as pw

from receptionapp.core.clock import utcnow
from receptionapp.core.errors import DuplicateError, NotFoundError, ValidationError
from receptionapp.core.ids import natural_id, new_id
from receptionapp.db.models import (
    Account,
    Appointment,
    Director,
    Directorate,
    ReceptionPoint,
    ReceptionSchedule,
    Subscriber,
)

#: Statuses in which a booking holds its slot (head office counts the same ones).
HOLDING_STATUSES = ("pending", "confirmed", "attended", "no_show")

#: Statuses from which a booking may still be cancelled or moved.
OPEN_STATUSES = ("pending", "confirmed", "conflict")

#: Slot length when neither the schedule nor the old booking tells it.
DEFAULT_SLOT_MINUTES = 20


@dataclass(frozen=True)
class Booking:
    """One booking, with the names a clerk reads instead of ids.

    Attributes:
        id: the appointment's id.
        director_id: the director's id.
        director: the director's name.
        slot_start: start of the slot (naive UTC).
        slot_end: end of the slot (naive UTC).
        status: the appointment status code.
        subscriber_id: the subscriber's id, if the booking has one.
        subscriber: "Last First Patronymic" as written, or "".
        account_number: the booking's account number, or the subscriber's numbers joined.
        reception_point: name and address of the directorate's reception point, or "".
        question: what the subscriber wants to discuss.
    """

    id: str
    director_id: str
    director: str
    slot_start: dt.datetime
    slot_end: dt.datetime
    status: str
    subscriber_id: str | None
    subscriber: str
    account_number: str
    reception_point: str
    question: str


def _as_datetime(value: object) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def parse_slot(text: str) -> dt.datetime:
    """A slot as head office writes it (``YYYY-MM-DD HH:MM:SS``, naive UTC).

    Raises:
        ValidationError: ``appointment.bad_slot`` when the text is not a date and time.
    """
    try:
        return dt.datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError:
        raise ValidationError(
            f"not a slot: {text!r}", code="appointment.bad_slot", text=text
        ) from None


def subscriber_name(subscriber: Subscriber) -> str:
    """The name as written, "Last First Patronymic" (empty parts left out)."""
    parts = (subscriber.last_name, subscriber.first_name, subscriber.patronymic)
    return " ".join(p for p in parts if p)


def account_numbers(subscriber_id: str) -> list[str]:
    """The subscriber's account numbers, sorted (closed ones too: the clerk may need them)."""
    query = (
        Account.select(Account.number)
        .where((Account.subscriber == subscriber_id) & Account.deleted_at.is_null())
        .order_by(Account.number)
    )
    return [str(row.number) for row in query]


def directorate_name(code: str) -> str:
    """The name of the directorate ``code`` ("Київська дирекція"), or the code when unknown."""
    found = Directorate.get_or_none(Directorate.code == code)
    return str(found.name) if found is not None else code


def reception_point_of(directorate_id: str) -> str:
    """The directorate's reception point as "name, address", or "" when none is known.

    The first point the reference data lists (the main one, ``reception_point:<dir>:1``)
    when it is there, else the first by name.
    """
    directorate = Directorate.get_or_none(Directorate.id == directorate_id)
    live = ReceptionPoint.deleted_at.is_null() & (ReceptionPoint.directorate == directorate_id)
    point = None
    if directorate is not None:
        main = natural_id("reception_point", directorate.code, 1)
        point = ReceptionPoint.get_or_none(live & (ReceptionPoint.id == main))
    if point is None:
        point = ReceptionPoint.select().where(live).order_by(ReceptionPoint.name).first()
    if point is None:
        return ""
    return f"{point.name}, {point.address}" if point.address else str(point.name)


def booking(appointment_id: str) -> Booking | None:
    """The booking ``appointment_id`` with names, or None when this database lacks it."""
    row = _appointment(appointment_id)
    if row is None:
        return None
    director = _first_dict(Director.select().where(Director.id == row["director"]))
    subscriber = (
        Subscriber.get_or_none(Subscriber.id == row["subscriber"]) if row["subscriber"] else None
    )
    number = ""
    if row["account"]:
        account = Account.get_or_none(Account.id == row["account"])
        number = str(account.number) if account is not None else ""
    elif subscriber is not None:
        number = ", ".join(account_numbers(str(subscriber.id)))
    return Booking(
        id=str(row["id"]),
        director_id=str(row["director"]),
        director=str(director["name"]) if director is not None else "",
        slot_start=_as_datetime(row["slot_start"]),
        slot_end=_as_datetime(row["slot_end"]),
        status=str(row["status"]),
        subscriber_id=str(row["subscriber"]) if row["subscriber"] else None,
        subscriber=subscriber_name(subscriber) if subscriber is not None else "",
        account_number=number,
        reception_point=(
            reception_point_of(str(director["directorate"])) if director is not None else ""
        ),
        question=str(row["question"] or ""),
    )


def _appointment(appointment_id: str) -> dict[str, Any] | None:
    return _first_dict(Appointment.select().where(Appointment.id == appointment_id))


def _first_dict(query: pw.ModelSelect[Any]) -> dict[str, Any] | None:
    """The first row of a query as a dict (foreign keys as ids under the field's name)."""
    for row in query.dicts().limit(1):
        return cast(dict[str, Any], row)
    return None


def slot_minutes(director_id: str, start: dt.datetime) -> int | None:
    """Slot length of the director's schedule on that day, or None when none applies."""
    day = start.date()
    schedule = (
        ReceptionSchedule.select()
        .where(
            (ReceptionSchedule.director == director_id)
            & (ReceptionSchedule.weekday == day.weekday())
            & (ReceptionSchedule.valid_from <= day)
            & (ReceptionSchedule.valid_to.is_null() | (ReceptionSchedule.valid_to >= day))
            & ReceptionSchedule.deleted_at.is_null()
        )
        .first()
    )
    return int(schedule.slot_minutes) if schedule is not None else None


def _open_booking(appointment_id: str) -> dict[str, Any]:
    row = _appointment(appointment_id)
    if row is None or row["deleted_at"] is not None:
        raise NotFoundError(
            f"appointment {appointment_id} is not in this database", code="appointment.not_found"
        )
    if row["status"] not in OPEN_STATUSES:
        raise ValidationError(
            f"appointment {appointment_id} is {row['status']}", code="appointment.closed"
        )
    return row


def _cancel(row: dict[str, Any]) -> None:
    # An update query, not save(): only the status (and updated_at) change, so the outbox
    # operation carries just those fields.
    Appointment.update(status="cancelled", updated_at=utcnow()).where(
        Appointment.id == row["id"]
    ).execute()


def cancel(appointment_id: str) -> None:
    """Cancel a booking that is pending, confirmed or in conflict.

    Raises:
        NotFoundError: ``appointment.not_found``.
        ValidationError: ``appointment.closed`` when it is already cancelled or held.
    """
    with Appointment._meta.database.atomic():
        _cancel(_open_booking(appointment_id))


def rebook(appointment_id: str, slot_start: dt.datetime) -> str:
    """Cancel a booking and book the same subscriber with the same director at another slot.

    The new booking keeps the subscriber, account, question, what was tried by phone and
    who booked it; it is ``pending`` until head office confirms it (or reports a conflict).
    Its length is the schedule's slot length on that day, else the old booking's.

    Returns:
        The new appointment's id.

    Raises:
        NotFoundError: ``appointment.not_found``.
        ValidationError: ``appointment.closed`` (already cancelled or held).
        DuplicateError: ``appointment.slot_taken`` when a booking here already holds the slot.
    """
    with Appointment._meta.database.atomic():
        old = _open_booking(appointment_id)
        taken = (
            Appointment.select(Appointment.id)
            .where(
                (Appointment.director == old["director"])
                & (Appointment.slot_start == slot_start)
                & (Appointment.id != old["id"])
                & Appointment.status.in_(HOLDING_STATUSES)
                & Appointment.deleted_at.is_null()
            )
            .exists()
        )
        if taken:
            raise DuplicateError(
                f"slot {slot_start} of director {old['director']} is already booked",
                code="appointment.slot_taken",
            )
        minutes = slot_minutes(str(old["director"]), slot_start)
        length = (
            dt.timedelta(minutes=minutes)
            if minutes
            else _as_datetime(old["slot_end"]) - _as_datetime(old["slot_start"])
        )
        if length <= dt.timedelta(0):
            length = dt.timedelta(minutes=DEFAULT_SLOT_MINUTES)
        _cancel(old)
        new = Appointment.create(
            id=new_id(),
            scope=old["scope"],
            director=old["director"],
            slot_start=slot_start,
            slot_end=slot_start + length,
            subscriber=old["subscriber"],
            account=old["account"],
            question=old["question"],
            tried_by_phone=old["tried_by_phone"],
            status="pending",
            booked_by=old["booked_by"],
        )
    return str(new.id)
