"""Head office on PostgreSQL under concurrent pushes (issue 5): several offices push at
once, in small batches, while another office pulls all along.

Pushes of different offices run side by side (the log lock is taken only at the end of
each), so this is where a gap in the log, a lost field edit or a double booking would show:

* every operation is applied once (nothing pending, every result ``applied`` or decided);
* the puller never skipped a change: after one last pull it holds exactly head office's
  rows, although its cursor moved while pushes were still open;
* the field every office edited holds the value of the newest clock, everywhere;
* the slot every office booked is confirmed for one booking only.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import threading
from collections.abc import Iterator

import peewee as pw
import pytest

from receptionapp.core.ids import new_id
from receptionapp.db import models as m
from receptionapp.sync import headoffice as ho
from receptionapp.sync import inprocess
from receptionapp.sync.client import sync_once
from tests.sync.harness import (
    Postgres,
    add_subscriber,
    assert_same,
    days_ahead,
    ho_dump,
    office_dump,
    on,
    outbox,
)

WRITERS = 5
SUBSCRIBERS = 20  # each: a subscriber and an account, two operations
BATCH = 10

_NAMES = itertools.count(1)


@pytest.fixture
def pg_db(postgres: Postgres) -> Iterator[pw.Database]:
    db = ho.open_headoffice(postgres.create(f"throughput{next(_NAMES)}"))
    ho.ensure_schema(db)
    yield db
    db.close()


def _sync(pg_db: pw.Database, db: pw.Database, **kwargs: object) -> None:
    with inprocess.client(pg_db) as http:
        sync_once(db, http=http, **kwargs)  # type: ignore[arg-type]


def test_offices_pushing_at_once_while_one_pulls_lose_and_skip_nothing(
    pg_db: pw.Database, offices
) -> None:
    writers = [offices(f"w{i}") for i in range(WRITERS)]
    reader = offices("reader")
    for i, db in enumerate([*writers, reader]):
        token = ho.add_office(pg_db, f"o{i}", ["kharkiv"])
        with inprocess.client(pg_db) as http:
            sync_once(db, token=token, http=http)
    shared = add_subscriber(writers[0], name="Спільний")
    for db in writers:
        _sync(pg_db, db)
    with on(writers[0]):
        director = m.Director.get(m.Director.scope == "kharkiv").id
    slot = days_ahead(6)
    bookings = {}
    for i, db in enumerate(writers):
        # the booking first, so every office's first push carries it, in a batch of its
        # own rows (one holding the shared subscriber would wait for the others' pushes)
        with on(db):
            bookings[i] = m.Appointment.create(
                id=new_id(), scope="kharkiv", director=director, slot_start=slot,
                slot_end=slot + dt.timedelta(minutes=20), subscriber=None, question=f"w{i}",
            ).id  # fmt: skip
        for k in range(SUBSCRIBERS):
            add_subscriber(db, name=f"w{i}-{k}")
        with on(db):
            m.Subscriber.update(notes=f"from w{i}").where(m.Subscriber.id == shared).execute()
    edits = {
        (hlc, f"o{i}"): f"from w{i}"
        for i, db in enumerate(writers)
        for (hlc,) in db.execute_sql(
            "SELECT hlc FROM sync_outbox WHERE entity = 'subscriber' AND kind = 'update'"
        )
    }
    assert len(edits) == WRITERS

    errors: list[BaseException] = []
    done = threading.Event()
    pulls = [0]

    start = threading.Barrier(WRITERS)

    def write(db: pw.Database) -> None:
        try:
            start.wait(timeout=60)
            _sync(pg_db, db, push_batch=BATCH)
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)
        finally:
            pg_db.close()  # this thread's connection

    def read() -> None:
        try:
            while not done.is_set():
                _sync(pg_db, reader)
                pulls[0] += 1
        except BaseException as exc:
            errors.append(exc)
        finally:
            pg_db.close()

    # models bound through the proxy too, so head office's code needs no rebinding
    m.database_proxy.initialize(pg_db)
    try:
        puller = threading.Thread(target=read, name="reader")
        pushers = [threading.Thread(target=write, args=(db,)) for db in writers]
        puller.start()
        for t in pushers:
            t.start()
        for t in pushers:
            t.join(timeout=120)
        done.set()
        puller.join(timeout=120)
        assert not any(t.is_alive() for t in [puller, *pushers])
        assert not errors, errors
    finally:
        done.set()
        m.database_proxy.initialize(None)
    assert pulls[0] > 0

    for db in (*writers, *writers, reader):
        _sync(pg_db, db)
    for db in writers:
        assert outbox(db, "pending") == []
        results = [
            json.loads(r[0])
            for r in db.execute_sql("SELECT result FROM sync_outbox WHERE kind = 'insert'")
        ]
        assert all(r["status"] in ("applied", "confirmed", "conflict") for r in results)
    with ho.bound(pg_db):
        assert ho.HoAppliedOp.select().count() == sum(len(outbox(db)) for db in writers)
        statuses = sorted(
            a.status for a in m.Appointment.select().where(m.Appointment.slot_start == slot)
        )
        assert statuses == ["confirmed"] + ["conflict"] * (WRITERS - 1)
        assert m.Subscriber.get_by_id(shared).notes == edits[max(edits)]
        seqs = [r.seq for r in ho.HoRow.select(ho.HoRow.seq)]
        top = ho.HoCounter.get_by_id(1).seq
    assert len(seqs) == len(set(seqs)) and max(seqs) <= top
    for db in (*writers, reader):
        assert_same(office_dump(db, ["kharkiv"]), ho_dump(pg_db, ["kharkiv"]))
    with on(reader):
        assert m.Subscriber.select().count() >= WRITERS * SUBSCRIBERS + 1
