"""Real sync issues for tests: two offices and an in-process head office (no Qt here).

``make_offices`` enrols office ``kh`` (the one under test, opened last so it is the
process's database) and office ``zz`` with the Kharkiv directorate. The ``book_*`` and
``edit_*`` helpers then produce each kind of issue the way sync does: both offices write,
``zz`` reaches head office first, ``kh`` syncs and records the issue.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import peewee as pw

from receptionapp.core.ids import new_id
from receptionapp.db import models as m
from receptionapp.sync import headoffice as ho
from receptionapp.sync import inprocess
from receptionapp.sync.client import SyncReport, sync_once
from tests.sync.harness import add_subscriber, new_office_db, on


@dataclass
class Offices:
    """Head office and two enrolled offices.

    Attributes:
        hdb: head office's database (SQLite, connected).
        kh: the office under test (the process's database).
        zz: the other office.
        subscriber_id: a Kharkiv subscriber both offices have.
        account_number: that subscriber's account.
    """

    hdb: pw.Database
    kh: pw.SqliteDatabase
    zz: pw.SqliteDatabase
    subscriber_id: str = ""
    account_number: str = ""

    def sync(self, db: pw.Database) -> SyncReport:
        """One cycle of ``db`` with head office."""
        with inprocess.client(self.hdb) as http:
            return sync_once(db, http=http)

    def close(self) -> None:
        """Close the three databases."""
        for db in (self.zz, self.kh, self.hdb):
            db.close()

    def director_id(self) -> str:
        """The Kharkiv director."""
        with on(self.kh):
            return str(m.Director.get(m.Director.scope == "kharkiv").id)

    def book(self, db: pw.Database, slot: dt.datetime, question: str = "тариф") -> str:
        """A clerk of ``db`` books the subscriber with the Kharkiv director."""
        with on(db):
            account = m.Account.get(m.Account.number == self.account_number)
            return str(
                m.Appointment.create(
                    id=new_id(),
                    scope="kharkiv",
                    director=self.director_id(),
                    slot_start=slot,
                    slot_end=slot + dt.timedelta(minutes=20),
                    subscriber=self.subscriber_id,
                    account=account.id,
                    question=question,
                ).id
            )

    def issues(self) -> list[tuple[int, str, dict[str, Any]]]:
        """``(id, kind, detail)`` of the open issues of ``kh``, oldest first."""
        return [
            (r[0], r[1], json.loads(r[2]))
            for r in self.kh.execute_sql(
                "SELECT id, kind, detail FROM sync_issue WHERE resolved_at IS NULL ORDER BY id"
            )
        ]


def make_offices(tmp_path: Path) -> Offices:
    """Head office, office ``zz`` and office ``kh`` (opened last), a subscriber on both."""
    url = f"sqlite:///{tmp_path / 'ho.db'}"
    hdb = ho.open_headoffice(url)
    ho.ensure_schema(hdb)
    hdb.connect(reuse_if_open=True)
    zz = new_office_db(tmp_path / "zz.db")
    kh = new_office_db(tmp_path / "kh.db")  # last: the process's database
    offices = Offices(hdb, kh, zz)
    for code, db in (("zz", zz), ("kh", kh)):
        token = ho.add_office(hdb, code, ["kharkiv"])
        with inprocess.client(hdb) as http:
            sync_once(db, token=token, http=http)
    offices.subscriber_id = add_subscriber(kh, name="Петренко")
    with on(kh):
        m.Subscriber.update(patronymic="Степанович").where(
            m.Subscriber.id == offices.subscriber_id
        ).execute()
        offices.account_number = str(
            m.Account.get(m.Account.subscriber == offices.subscriber_id).number
        )
    offices.sync(kh)
    offices.sync(zz)
    return offices


def next_weekday_slot(weekday: int, hour: int, days: int = 7) -> dt.datetime:
    """A slot at ``hour``:00 on the first ``weekday`` at least ``days`` days from today."""
    day = dt.date.today() + dt.timedelta(days=days)
    while day.weekday() != weekday:
        day += dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(hour))


def make_booking_conflict(offices: Offices, slot: dt.datetime) -> tuple[str, str]:
    """Both offices book ``slot``; ``zz`` reaches head office first. Returns (lost, won)."""
    lost = offices.book(offices.kh, slot)
    won = offices.book(offices.zz, slot, question="інше")
    offices.sync(offices.zz)
    offices.sync(offices.kh)
    return lost, won


def make_superseded(offices: Offices) -> str:
    """``kh`` edits the first name, ``zz`` edits it later and syncs first. Returns kh's value."""
    mine = "Іванко"
    with on(offices.kh):
        m.Subscriber.update(first_name=mine).where(
            m.Subscriber.id == offices.subscriber_id
        ).execute()
    with on(offices.zz):
        m.Subscriber.update(first_name="Іоанн").where(
            m.Subscriber.id == offices.subscriber_id
        ).execute()
    offices.sync(offices.zz)
    offices.sync(offices.kh)
    return mine


def make_rejected(offices: Offices) -> str:
    """``kh`` creates a subscriber of a directorate it does not serve. Returns its id."""
    with on(offices.kh):
        sub = m.Subscriber.create(id=new_id(), scope="kyiv", last_name="Коваль", first_name="Ганна")
    offices.sync(offices.kh)
    return str(sub.id)
