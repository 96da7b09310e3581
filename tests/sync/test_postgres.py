"""Head office on a real PostgreSQL: several service processes, concurrent commits, no gaps."""

from __future__ import annotations

import datetime as dt
import itertools
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
    run_cli,
    wait_until,
)

_NAMES = itertools.count(1)


@pytest.fixture
def pg_url(postgres: Postgres) -> str:
    """A fresh head-office database on the session's cluster."""
    return postgres.create(f"ho{next(_NAMES)}")


@pytest.fixture
def pg_db(pg_url: str) -> Iterator[pw.Database]:
    db = ho.open_headoffice(pg_url)
    ho.ensure_schema(db)
    yield db
    db.close()


def test_two_service_processes_share_one_postgres(pg_url: str, services, offices) -> None:
    """Stateless service: offices enrolled through one process sync through another."""
    added_a = run_cli("headoffice", "add-office", "--db", pg_url, "--code", "kh-a",
                      "--directorate", "kharkiv")  # fmt: skip
    assert added_a.returncode == 0, added_a.stderr
    added_b = run_cli("headoffice", "add-office", "--db", pg_url, "--code", "kh-b",
                      "--directorate", "kharkiv")  # fmt: skip
    one, two = services(pg_url), services(pg_url)
    a, b = offices("a"), offices("b")
    sync_once(a, server=one.url, token=added_a.stdout.strip().splitlines()[-1])
    sync_once(b, server=two.url, token=added_b.stdout.strip().splitlines()[-1])
    sub_id = add_subscriber(a)
    sync_once(a, server=two.url)  # the credential issued by `one` works at `two`
    with on(a):
        director = m.Director.get(m.Director.scope == "kharkiv")
    slot = days_ahead(3)
    for db in (a, b):
        with on(db):
            m.Appointment.create(
                id=new_id(), scope="kharkiv", director=director.id, slot_start=slot,
                slot_end=slot + dt.timedelta(minutes=20), subscriber=None, question="?",
            )  # fmt: skip
    threads = [
        threading.Thread(target=sync_once, args=(a,), kwargs={"server": one.url}),
        threading.Thread(target=sync_once, args=(b,), kwargs={"server": two.url}),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    for db in (a, b, a):
        sync_once(db)
    hdb = ho.open_headoffice(pg_url)
    try:
        for db in (a, b):
            assert_same(office_dump(db, ["kharkiv"]), ho_dump(hdb, ["kharkiv"]))
            assert outbox(db, "pending") == []
            with on(db):
                assert m.Subscriber.get_by_id(sub_id).last_name == "Петренко"
                statuses = sorted(a.status for a in m.Appointment.select())
            assert statuses == ["confirmed", "conflict"]
    finally:
        hdb.close()


def _waiting_on_a_lock(db: pw.Database) -> bool:
    row = db.execute_sql(
        "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
        "AND datname = current_database()"
    ).fetchone()
    return bool(row[0])


def test_out_of_order_commits_never_let_a_puller_skip_a_change(pg_db: pw.Database, offices) -> None:
    """T11: push A is held open after writing, push B starts later; a pull in between must
    not advance past A's change, and after both commit every change is pulled once."""
    a, b, reader = offices("a"), offices("b"), offices("reader")
    for db, code in ((a, "a"), (b, "b"), (reader, "r")):
        token = ho.add_office(pg_db, code, ["kharkiv"])
        with inprocess.client(pg_db) as http:
            sync_once(db, token=token, http=http)
    a_sub = add_subscriber(a, name="A")
    b_sub = add_subscriber(b, name="B")
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        if threading.current_thread().name == "push-a":
            holding.set()
            assert release.wait(timeout=60)

    errors: list[BaseException] = []

    def push(db: pw.Database) -> None:
        try:
            with inprocess.client(pg_db) as http:
                sync_once(db, http=http)
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)
        finally:
            pg_db.close()  # this thread's connection

    # models bound through the proxy too, so threads leaving bind_ctx restore the same db
    m.database_proxy.initialize(pg_db)
    ho.HOOKS["push.before_commit"] = hold
    try:
        ta = threading.Thread(target=push, args=(a,), name="push-a")
        ta.start()
        assert holding.wait(timeout=60)
        tb = threading.Thread(target=push, args=(b,), name="push-b")
        tb.start()
        wait_until(lambda: _waiting_on_a_lock(pg_db), what="push B to wait for push A")
        with inprocess.client(pg_db) as http:
            sync_once(reader, http=http)  # pulls while A is open and B is blocked
        with on(reader):
            assert m.Subscriber.select().where(m.Subscriber.id.in_([a_sub, b_sub])).count() == 0
        release.set()
        ta.join(timeout=60)
        tb.join(timeout=60)
        assert not errors, errors
    finally:
        release.set()
        ho.HOOKS.pop("push.before_commit", None)
        m.database_proxy.initialize(None)
    with inprocess.client(pg_db) as http:
        sync_once(reader, http=http)
    with on(reader):
        assert m.Subscriber.select().where(m.Subscriber.id.in_([a_sub, b_sub])).count() == 2
    with ho.bound(pg_db):
        seq = {r.pk: r.seq for r in ho.HoRow.select().where(ho.HoRow.pk.in_([a_sub, b_sub]))}
    assert seq[a_sub] < seq[b_sub]  # commit order is seq order
    assert_same(office_dump(reader, ["kharkiv"]), ho_dump(pg_db, ["kharkiv"]))
