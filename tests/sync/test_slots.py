"""Free reception slots head office offers after a booking conflict.

Directors receive by the wall clock of their city (Kyiv time, summer and winter), while
``Appointment.slot_start`` is naive UTC like every timestamp of the database: the slots
offered must be the schedule's local times converted to UTC, whatever the season.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import peewee as pw
import pytest

from receptionapp.core.clock import local_to_utc, utc_to_local
from receptionapp.core.ids import new_id
from receptionapp.db import models as m
from receptionapp.sync import headoffice as ho


@pytest.fixture
def hdb(tmp_path: Path) -> Iterator[pw.Database]:
    db = ho.open_headoffice(f"sqlite:///{tmp_path / 'ho.db'}")
    ho.ensure_schema(db)
    with ho.bound(db):
        yield db
    db.close()


def _a_schedule() -> m.ReceptionSchedule:
    schedule: m.ReceptionSchedule = (
        m.ReceptionSchedule.select().order_by(m.ReceptionSchedule.id).first()
    )
    assert schedule is not None, "the bundled reference data has directors' schedules"
    return schedule


def _first_local_day(weekday: int, on_or_after: dt.date) -> dt.date:
    return on_or_after + dt.timedelta(days=(weekday - on_or_after.weekday()) % 7)


@pytest.mark.parametrize(
    ("season", "from_day", "offset_hours"),
    [("winter", dt.date(2027, 1, 4), 2), ("summer", dt.date(2027, 7, 5), 3)],
)
def test_offered_slots_are_the_local_reception_hours_in_utc(
    hdb: pw.Database, season: str, from_day: dt.date, offset_hours: int
) -> None:
    schedule = _a_schedule()
    day = _first_local_day(schedule.weekday, from_day)
    local_start = dt.datetime.combine(day, dt.time.fromisoformat(schedule.start_time))
    # the evening before, in UTC
    after = dt.datetime.combine(day - dt.timedelta(days=1), dt.time(18))
    slots = ho.next_free_slots(schedule.director_id, after, count=2)
    assert slots[0] == local_start - dt.timedelta(hours=offset_hours), season
    assert slots[1] - slots[0] == dt.timedelta(minutes=schedule.slot_minutes)
    assert utc_to_local(slots[0]) == local_start


def test_a_booked_slot_is_not_offered_again(hdb: pw.Database) -> None:
    schedule = _a_schedule()
    day = _first_local_day(schedule.weekday, dt.date(2027, 1, 4))
    first = local_to_utc(dt.datetime.combine(day, dt.time.fromisoformat(schedule.start_time)))
    director = m.Director.get_by_id(schedule.director_id)
    m.Appointment.create(
        id=new_id(),
        scope=director.directorate.code,
        director=director.id,
        slot_start=first,
        slot_end=first + dt.timedelta(minutes=schedule.slot_minutes),
        question="тариф",
        status="confirmed",
    )
    slots = ho.next_free_slots(director.id, first - dt.timedelta(hours=12), count=1)
    assert slots == [first + dt.timedelta(minutes=schedule.slot_minutes)]


def test_local_time_round_trip_across_the_autumn_change() -> None:
    # 2026-10-25: Kyiv clocks go back from 04:00 EEST to 03:00 EET
    before = local_to_utc(dt.datetime(2026, 10, 24, 10, 0))
    after = local_to_utc(dt.datetime(2026, 10, 26, 10, 0))
    assert before == dt.datetime(2026, 10, 24, 7, 0)
    assert after == dt.datetime(2026, 10, 26, 8, 0)
    assert utc_to_local(after) == dt.datetime(2026, 10, 26, 10, 0)
