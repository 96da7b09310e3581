"""Head office on a real PostgreSQL: several service processes, concurrent commits, no gaps."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import logging
import threading
from collections.abc import Iterator

import peewee as pw
import pytest

from receptionapp.core.ids import new_id
from receptionapp.db import models as m
from receptionapp.sync import headoffice as ho
from receptionapp.sync import hlc as hlcs
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
    """T11: push A is held open holding the log lock (its seqs assigned), push B starts
    later and waits for that lock; a pull in between must not advance past A's change, and
    after both commit every change is pulled once."""
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


class HeldPush:
    """Syncs of several offices at once, in threads, over one PostgreSQL head office; the
    push of the thread named ``held`` stops at a hook point until released."""

    def __init__(self, pg_db: pw.Database, point: str, held: str) -> None:
        self.pg_db, self.point, self.held = pg_db, point, held
        self.holding, self.release = threading.Event(), threading.Event()
        self.errors: list[BaseException] = []
        self.threads: list[threading.Thread] = []

    def _hold(self) -> None:
        if threading.current_thread().name == self.held and not self.holding.is_set():
            self.holding.set()
            assert self.release.wait(timeout=60)

    def __enter__(self) -> HeldPush:
        # models bound through the proxy too, so threads leaving bind_ctx restore the same db
        m.database_proxy.initialize(self.pg_db)
        ho.HOOKS[self.point] = self._hold
        return self

    def sync(self, db: pw.Database, name: str) -> None:
        """Start one sync cycle of ``db`` in a thread called ``name``."""

        def run() -> None:
            try:
                with inprocess.client(self.pg_db) as http:
                    sync_once(db, http=http)
            except BaseException as exc:  # reported by the main thread
                self.errors.append(exc)
            finally:
                self.pg_db.close()  # this thread's connection

        thread = threading.Thread(target=run, name=name)
        self.threads.append(thread)
        thread.start()

    def finish(self) -> None:
        """Release the held push and wait for every thread."""
        self.release.set()
        for thread in self.threads:
            thread.join(timeout=60)
        assert not any(t.is_alive() for t in self.threads)
        assert not self.errors, self.errors

    def __exit__(self, *exc: object) -> None:
        self.release.set()
        for thread in self.threads:
            thread.join(timeout=60)
        ho.HOOKS.pop(self.point, None)
        m.database_proxy.initialize(None)


def _enrol(pg_db: pw.Database, *pairs: tuple[pw.Database, str]) -> None:
    for db, code in pairs:
        token = ho.add_office(pg_db, code, ["kharkiv"])
        with inprocess.client(pg_db) as http:
            sync_once(db, token=token, http=http)


def _sync(pg_db: pw.Database, *dbs: pw.Database) -> None:
    for db in dbs:
        with inprocess.client(pg_db) as http:
            sync_once(db, http=http)


def test_a_push_applying_does_not_hold_up_others_nor_let_a_puller_skip_it(
    pg_db: pw.Database, offices
) -> None:
    """Push A has applied its operations but has no seq yet; push B of another office runs
    to its commit meanwhile (no waiting on A), and a pull in between sees B's change but
    not A's. A commits after B with a higher seq, and the next pull brings it."""
    a, b, reader = offices("a"), offices("b"), offices("reader")
    _enrol(pg_db, (a, "a"), (b, "b"), (reader, "r"))
    a_sub = add_subscriber(a, name="A")
    b_sub = add_subscriber(b, name="B")
    with HeldPush(pg_db, "push.before_log", "push-a") as run:
        run.sync(a, "push-a")
        assert run.holding.wait(timeout=60)
        run.sync(b, "push-b")
        run.threads[-1].join(timeout=60)
        assert not run.threads[-1].is_alive(), "push B waited for push A"
        _sync(pg_db, reader)
        with on(reader):
            seen = {s.id for s in m.Subscriber.select().where(m.Subscriber.id.in_([a_sub, b_sub]))}
        assert seen == {b_sub}
        run.finish()
    _sync(pg_db, reader)
    with on(reader):
        assert m.Subscriber.select().where(m.Subscriber.id.in_([a_sub, b_sub])).count() == 2
    with ho.bound(pg_db):
        seq = {r.pk: r.seq for r in ho.HoRow.select().where(ho.HoRow.pk.in_([a_sub, b_sub]))}
    assert seq[b_sub] < seq[a_sub]  # commit order is seq order
    assert_same(office_dump(reader, ["kharkiv"]), ho_dump(pg_db, ["kharkiv"]))


def test_two_offices_booking_one_slot_at_once_get_one_confirmed(
    pg_db: pw.Database, offices
) -> None:
    """Both pushes reach head office together: the second waits for the first's commit
    (an advisory lock on the slot), sees its booking and gets ``conflict``."""
    a, b = offices("a"), offices("b")
    _enrol(pg_db, (a, "a"), (b, "b"))
    with on(a):
        director = m.Director.get(m.Director.scope == "kharkiv")
    slot = days_ahead(5)
    booked = {}
    for db, name in ((a, "a"), (b, "b")):
        with on(db):
            booked[name] = m.Appointment.create(
                id=new_id(), scope="kharkiv", director=director.id, slot_start=slot,
                slot_end=slot + dt.timedelta(minutes=20), subscriber=None, question=name,
            ).id  # fmt: skip
    with HeldPush(pg_db, "push.before_log", "push-a") as run:
        run.sync(a, "push-a")
        assert run.holding.wait(timeout=60)  # A has decided "confirmed", not committed
        run.sync(b, "push-b")
        wait_until(lambda: _waiting_on_a_lock(pg_db), what="push B to wait for push A")
        run.finish()
    _sync(pg_db, a, b)
    with ho.bound(pg_db):
        statuses = {x.id: (x.status, x.conflict_with) for x in m.Appointment.select()}
    assert statuses[booked["a"]] == ("confirmed", None)
    assert statuses[booked["b"]] == ("conflict", booked["a"])
    for db in (a, b):
        assert_same(office_dump(db, ["kharkiv"]), ho_dump(pg_db, ["kharkiv"]))


def test_concurrent_edits_of_one_field_from_two_offices_converge(
    pg_db: pw.Database, offices
) -> None:
    """Last writer wins by clock, not by which push commits last: A's later edit is held
    open while B's earlier one arrives; B reads the row under its lock once A commits, so
    its edit is superseded and every database ends with A's value."""
    a, b = offices("a"), offices("b")
    _enrol(pg_db, (a, "a"), (b, "b"))
    sub_id = add_subscriber(a)
    _sync(pg_db, a, b)
    with on(b):
        m.Subscriber.update(notes="from B").where(m.Subscriber.id == sub_id).execute()
    (b_hlc,) = b.execute_sql("SELECT max(hlc) FROM sync_outbox").fetchone()
    # A edits a millisecond later at least: its clock is the newer one
    wait_until(lambda: hlcs.wall_ms() > hlcs.physical_ms(b_hlc) + 1, what="the clock to move")
    with on(a):
        m.Subscriber.update(notes="from A").where(m.Subscriber.id == sub_id).execute()
    (a_hlc,) = a.execute_sql("SELECT max(hlc) FROM sync_outbox").fetchone()
    assert (a_hlc, "a") > (b_hlc, "b")
    with HeldPush(pg_db, "push.before_log", "push-a") as run:
        run.sync(a, "push-a")
        assert run.holding.wait(timeout=60)  # A has written "from A", not committed
        run.sync(b, "push-b")
        wait_until(lambda: _waiting_on_a_lock(pg_db), what="push B to wait for push A")
        run.finish()
    for _ in range(2):
        _sync(pg_db, a, b)
    with ho.bound(pg_db):
        assert m.Subscriber.get_by_id(sub_id).notes == "from A"
        clocks = json.loads(ho.HoRow.get(ho.HoRow.pk == sub_id).clocks)
    assert clocks["notes"] == [a_hlc, "a"]
    for db in (a, b):
        with on(db):
            assert m.Subscriber.get_by_id(sub_id).notes == "from A"
        assert_same(office_dump(db, ["kharkiv"]), ho_dump(pg_db, ["kharkiv"]))
    (result,) = b.execute_sql(
        "SELECT result FROM sync_outbox WHERE entity = 'subscriber' AND kind = 'update'"
    ).fetchone()
    assert json.loads(result).get("superseded") == ["notes"]


def test_a_deadlock_between_two_pushes_is_retried_inside_head_office(
    pg_db: pw.Database, offices, caplog: pytest.LogCaptureFixture
) -> None:
    """A edits account X and moves account Y to another package; B edits Y and moves X.
    Each push holds its edited account and waits for the other's: PostgreSQL aborts one,
    head office runs it again, and both offices get every operation applied."""
    a, b = offices("a"), offices("b")
    _enrol(pg_db, (a, "a"), (b, "b"))
    add_subscriber(a, name="X")
    add_subscriber(b, name="Y")
    _sync(pg_db, a, b, a)
    with on(a):
        x, y = (
            m.Account.select().join(m.Subscriber).where(m.Subscriber.last_name == name).get().id
            for name in ("X", "Y")
        )
        package = m.Package.select().where(m.Package.active == True).first().id  # noqa: E712
    for db, mine, other in ((a, x, y), (b, y, x)):
        with on(db), db.atomic():
            m.Account.update(flat="7").where(m.Account.id == mine).execute()
            m.PackageChange.create(
                id=new_id(), scope="kharkiv", account=other, to_package=package,
                effective_date=dt.date.today(),
            )  # fmt: skip
    caplog.set_level(logging.INFO, logger="receptionapp.sync.headoffice")
    with HeldPush(pg_db, "push.applying", "push-a") as run:
        run.sync(a, "push-a")
        assert run.holding.wait(timeout=60)  # A holds X
        run.sync(b, "push-b")
        wait_until(lambda: _waiting_on_a_lock(pg_db), what="push B to wait for X")
        run.finish()  # A goes on and waits for Y: a deadlock
    assert any("aborted by the database" in r.getMessage() for r in caplog.records)
    _sync(pg_db, a, b)
    for db in (a, b):
        assert outbox(db, "pending") == []
        assert {r[3] for r in outbox(db)} == {"applied"}
        with on(db):
            assert {(c.status, c.account_id) for c in m.PackageChange.select()} == {
                ("confirmed", x),
                ("confirmed", y),
            }
            assert all(
                acc.package_id == package and acc.flat == "7"
                for acc in m.Account.select().where(m.Account.id.in_([x, y]))
            )
        assert_same(office_dump(db, ["kharkiv"]), ho_dump(pg_db, ["kharkiv"]))
