"""The office database refuses in the middle of a cycle (locked, full), and outbox retention.

Real head-office process on loopback, real office SQLite files. The fault is made real at
the moment head office's answer arrives: another connection takes the office database's
write lock, or the database may not grow any more (``PRAGMA max_page_count``).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator

import httpx
import peewee as pw
import pytest

from receptionapp.core.clock import utcnow
from receptionapp.core.errors import StorageUnavailable
from receptionapp.db import models as m
from receptionapp.sync import headoffice as ho
from receptionapp.sync.client import OUTBOX_RETENTION, purge_outbox, sync_once
from tests.sync.harness import (
    Service,
    add_subscriber,
    assert_same,
    ho_dump,
    office_dump,
    on,
    outbox,
    start_service,
)

Offices = Callable[[str], pw.SqliteDatabase]
Fault = Callable[[], None]


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Service, str]]:
    """One head-office process for the module (each test uses its own office codes)."""
    folder = tmp_path_factory.mktemp("ho")
    url = f"sqlite:///{folder / 'ho.db'}"
    hdb = ho.open_headoffice(url)
    ho.ensure_schema(hdb)
    hdb.close()
    service = start_service(url, folder / "service.log")
    yield service, url
    service.kill()


@pytest.fixture
def service(shared: tuple[Service, str]) -> Service:
    return shared[0]


@pytest.fixture
def ho_url(shared: tuple[Service, str]) -> str:
    return shared[1]


class FaultOnAnswer(httpx.BaseTransport):
    """The real link; ``fault()`` runs once, when head office's first answer to ``path``
    has arrived (so head office did its part, and the office's next write meets it)."""

    def __init__(self, path: str, fault: Fault) -> None:
        self.inner = httpx.HTTPTransport()
        self.path = path
        self.fault: Fault | None = fault

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        response.read()
        if request.url.path == self.path and self.fault is not None:
            fault, self.fault = self.fault, None
            fault()
        return response

    def close(self) -> None:
        self.inner.close()


_SEQ = iter(range(1, 1_000_000))


def enrol(db: pw.Database, service: Service, ho_url: str) -> str:
    office = f"f{next(_SEQ)}"
    hdb = ho.open_headoffice(ho_url)
    token = ho.add_office(hdb, office, ["kharkiv"])
    hdb.close()
    sync_once(db, server=service.url, token=token)
    return office


def setting(db: pw.Database, key: str) -> str | None:
    row = db.execute_sql("SELECT value FROM local_setting WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def applied(ho_url: str, office: str) -> list[tuple[int, str]]:
    hdb = ho.open_headoffice(ho_url)
    with ho.bound(hdb):
        rows = list(
            ho.HoAppliedOp.select(ho.HoAppliedOp.client_seq, ho.HoAppliedOp.op_id)
            .where(ho.HoAppliedOp.office == office)
            .order_by(ho.HoAppliedOp.client_seq)
            .tuples()
        )
    hdb.close()
    return rows


def rows_after(ho_url: str, cursor: int) -> int:
    """Log rows an office of Kharkiv pulls after ``cursor``."""
    hdb = ho.open_headoffice(ho_url)
    with ho.bound(hdb):
        n = (
            ho.HoRow.select()
            .where((ho.HoRow.seq > cursor) & ho.HoRow.scope.in_(["kharkiv", m.COMPANY_SCOPE]))
            .count()
        )
    hdb.close()
    return int(n)


def same_as_head_office(ho_url: str, db: pw.Database) -> None:
    hdb = ho.open_headoffice(ho_url)
    try:
        assert_same(office_dump(db, ["kharkiv"]), ho_dump(hdb, ["kharkiv"]))
    finally:
        hdb.close()


def snapshot(db: pw.Database) -> dict[str, list[tuple[object, ...]]]:
    """Everything a half-applied page or a half-recorded push would show."""
    return {
        **office_dump(db, None),
        "outbox": [tuple(r) for r in db.execute_sql("SELECT * FROM sync_outbox")],
        "clock": [tuple(r) for r in db.execute_sql("SELECT * FROM sync_clock")],
        "issues": [tuple(r) for r in db.execute_sql("SELECT * FROM sync_issue")],
        "search": [tuple(r) for r in db.execute_sql("SELECT * FROM search_doc")],
        "settings": [
            tuple(r)
            for r in db.execute_sql(
                "SELECT key, value FROM local_setting WHERE key NOT LIKE 'sync.last%'"
            )
        ],
    }


class Locker:
    """Another connection that takes the office database's write lock and holds it."""

    def __init__(self, path: str) -> None:
        self.conn = sqlite3.connect(path, timeout=0, isolation_level=None)

    def lock(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def release(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
        self.conn.close()


def fill_disk(db: pw.Database) -> Fault:
    def fault() -> None:
        # The file may not grow: the next write needing a new page fails with SQLITE_FULL.
        (pages,) = db.execute_sql("PRAGMA page_count").fetchone()
        db.execute_sql(f"PRAGMA max_page_count = {pages}")

    return fault


def heal_disk(db: pw.Database) -> None:
    db.execute_sql("PRAGMA max_page_count = 1073741823")


@pytest.mark.parametrize("fault", ["busy", "full"])
def test_pulled_page_that_cannot_be_written_is_not_half_applied(
    service: Service, ho_url: str, offices: Offices, fault: str
) -> None:
    source, a = offices("source"), offices("a")
    enrol(source, service, ho_url)
    enrol(a, service, ho_url)
    for i in range(120):
        add_subscriber(source, name=f"{fault}-{i}")
    sync_once(source)
    a.execute_sql("PRAGMA busy_timeout = 200")  # "past the busy timeout" without a long wait
    a.execute_sql("VACUUM")  # no free pages left to grow into
    before = snapshot(a)
    cursor = int(setting(a, "sync.cursor") or 0)
    locker = Locker(a.database)
    make = locker.lock if fault == "busy" else fill_disk(a)
    link = FaultOnAnswer("/v1/pull", make)
    with (
        httpx.Client(base_url=service.url, transport=link) as http,
        pytest.raises(StorageUnavailable) as info,
    ):
        sync_once(a, http=http)
    assert info.value.code == f"storage.{fault}"
    locker.release()
    heal_disk(a)
    assert snapshot(a) == before  # nothing of the page, cursor not advanced
    assert int(setting(a, "sync.cursor") or 0) == cursor
    assert a.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1  # restored after the failure
    report = sync_once(a)  # the fault healed: everything, once
    assert report.pulled == rows_after(ho_url, cursor) >= 240
    with on(a):
        assert (
            m.Subscriber.select().where(m.Subscriber.last_name.startswith(f"{fault}-")).count()
            == 120
        )
    same_as_head_office(ho_url, a)


@pytest.mark.parametrize("fault", ["busy", "full"])
def test_push_whose_results_cannot_be_recorded_is_answered_again(
    service: Service, ho_url: str, offices: Offices, fault: str
) -> None:
    a = offices("a")
    office = enrol(a, service, ho_url)
    ids = [add_subscriber(a, name=f"P{i}") for i in range(150)]
    with on(a):
        m.Subscriber.update(notes="x" * 200).where(m.Subscriber.id.in_(ids)).execute()
    a.execute_sql("PRAGMA busy_timeout = 200")
    a.execute_sql("VACUUM")
    before = snapshot(a)
    locker = Locker(a.database)
    make = locker.lock if fault == "busy" else fill_disk(a)
    link = FaultOnAnswer("/v1/push", make)
    with (
        httpx.Client(base_url=service.url, transport=link) as http,
        pytest.raises(StorageUnavailable) as info,
    ):
        sync_once(a, http=http, push_batch=500)
    assert info.value.code == f"storage.{fault}"
    locker.release()
    heal_disk(a)
    assert snapshot(a) == before  # every operation still pending, clocks kept
    assert len(outbox(a, "pending")) == 450
    ops = [(r[0], r[1]) for r in a.execute_sql("SELECT client_seq, op_id FROM sync_outbox")]
    assert sorted(applied(ho_url, office)) == sorted(ops)  # head office applied them
    report = sync_once(a, push_batch=500)
    assert report.outcomes == {"applied": 450}  # answered from its record
    assert sorted(applied(ho_url, office)) == sorted(ops)  # not applied twice
    assert outbox(a, "pending") == []
    same_as_head_office(ho_url, a)


def test_acknowledged_operations_are_kept_30_days_then_purged(
    service: Service, ho_url: str, offices: Offices
) -> None:
    a = offices("a")
    enrol(a, service, ho_url)
    old = add_subscriber(a, name="Старий")
    sync_once(a)
    add_subscriber(a, name="Свіжий")
    sync_once(a)
    add_subscriber(a, name="Чекає")  # pending
    assert [r[3] for r in outbox(a)] == ["applied"] * 4 + ["pending"] * 2
    long_ago = utcnow() - OUTBOX_RETENTION - dt.timedelta(hours=1)
    just_inside = utcnow() - OUTBOX_RETENTION + dt.timedelta(hours=1)
    a.execute_sql(
        "UPDATE sync_outbox SET acked_at = ? WHERE client_seq IN (3, 4)", (str(just_inside),)
    )
    # a pending operation is never purged, whatever it carries from an earlier ack (an
    # operation sent again to a restored head office keeps its first acked_at)
    a.execute_sql(
        "UPDATE sync_outbox SET acked_at = ? WHERE client_seq NOT IN (3, 4)", (str(long_ago),)
    )
    assert purge_outbox(a) == 2
    assert [(r[0], r[3]) for r in outbox(a)] == [
        (3, "applied"),
        (4, "applied"),
        (5, "pending"),
        (6, "pending"),
    ]
    a.execute_sql("UPDATE sync_outbox SET acked_at = ? WHERE client_seq = 3", (str(long_ago),))
    with on(a):
        m.Subscriber.update(notes="later").where(m.Subscriber.id == old).execute()
    report = sync_once(a)  # a successful cycle purges
    assert report.purged == 1
    assert [(r[0], r[3]) for r in outbox(a)] == [(n, "applied") for n in (4, 5, 6, 7)]
    add_subscriber(a, name="Новий")
    assert [r[0] for r in outbox(a, "pending")] == [8, 9]  # numbers are never reused
    sync_once(a)
    same_as_head_office(ho_url, a)
