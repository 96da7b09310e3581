"""Head office restored from a backup (protocol 4.14), with the real service on SQLite files.

Each test takes a consistent copy of head office's live database (SQLite online backup),
lets the offices go on, kills the service, puts the copy back, starts the service again and
checks that every edit reaches head office exactly once and that offices converge.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import httpx
import peewee as pw
import pytest

from receptionapp.core.clock import utcnow
from receptionapp.db import models as m
from receptionapp.sync import headoffice as ho
from receptionapp.sync.client import OUTBOX_RETENTION, SyncFailed, sync_once
from tests.sync.harness import (
    Service,
    add_subscriber,
    assert_same,
    ho_dump,
    office_dump,
    on,
    outbox,
    run_cli,
)

Offices = Callable[[str], pw.SqliteDatabase]
Services = Callable[..., Service]


def _ho_path(ho_url: str) -> Path:
    return Path(ho_url.removeprefix("sqlite:///"))


def backup(ho_url: str, dest: Path) -> None:
    """A consistent copy of head office's live database."""
    src = sqlite3.connect(_ho_path(ho_url))
    out = sqlite3.connect(dest)
    src.backup(out)
    out.close()
    src.close()


def restore(service: Service, ho_url: str, copy: Path) -> None:
    """Kill the service and put the copy back in place of head office's database."""
    service.kill()
    path = _ho_path(ho_url)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copy(copy, path)


def enrol(db: pw.Database, service: Service, ho_url: str, code: str) -> None:
    hdb = ho.open_headoffice(ho_url)
    token = ho.add_office(hdb, code, ["kharkiv"])
    hdb.close()
    sync_once(db, server=service.url, token=token)


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


def office_ops(db: pw.Database) -> list[tuple[int, str]]:
    return [
        tuple(r)
        for r in db.execute_sql("SELECT client_seq, op_id FROM sync_outbox ORDER BY client_seq")
    ]


def cursor(db: pw.Database) -> int:
    row = db.execute_sql("SELECT value FROM local_setting WHERE key = 'sync.cursor'").fetchone()
    return int(row[0])


def converged(service: Service, ho_url: str, *dbs: pw.Database) -> None:
    for db in dbs:
        sync_once(db, server=service.url)
    hdb = ho.open_headoffice(ho_url)
    try:
        for db in dbs:
            assert_same(office_dump(db, ["kharkiv"]), ho_dump(hdb, ["kharkiv"]))
            assert outbox(db, "pending") == []
    finally:
        hdb.close()


def ho_subscribers(ho_url: str, name: str) -> list[tuple[str, str | None]]:
    hdb = ho.open_headoffice(ho_url)
    with ho.bound(hdb):
        rows = list(
            m.Subscriber.select(m.Subscriber.id, m.Subscriber.notes)
            .where(m.Subscriber.last_name == name)
            .tuples()
        )
    hdb.close()
    return rows


def test_office_resends_what_a_restored_head_office_lost(
    services: Services, ho_url: str, offices: Offices, tmp_path: Path
) -> None:
    service = services(ho_url)
    a, b = offices("a"), offices("b")
    enrol(a, service, ho_url, "kh-a")
    enrol(b, service, ho_url, "kh-b")
    first = add_subscriber(a, name="Перший")
    sync_once(a)
    sync_once(b)
    copy = tmp_path / "ho-backup.db"
    backup(ho_url, copy)
    later = add_subscriber(a, name="Після")  # head office acknowledges these, then loses them
    with on(a):
        m.Subscriber.update(notes="edited after the backup").where(
            m.Subscriber.id == first
        ).execute()
    sync_once(a)
    acked = office_ops(a)
    assert applied(ho_url, "kh-a") == acked
    restore(service, ho_url, copy)
    assert len(applied(ho_url, "kh-a")) < len(acked)  # the restored head office lost some

    service = services(ho_url)
    report = sync_once(a, server=service.url)
    # its cursor is past the restored log's end (and head office applied fewer operations)
    assert report.restored == "log_behind"
    assert report.outcomes == {"applied": 3}  # only the lost ones were sent again
    assert applied(ho_url, "kh-a") == acked  # same client_seq and op_id: each once
    assert len(ho_subscribers(ho_url, "Після")) == 1
    assert ho_subscribers(ho_url, "Перший") == [(first, "edited after the backup")]
    sync_once(b, server=service.url)
    with on(b):
        assert m.Subscriber.get_by_id(later).last_name == "Після"
    converged(service, ho_url, a, b)
    assert sync_once(a).restored is None  # recovered once, then ordinary cycles


def test_pending_operations_meet_a_gap_and_the_lost_ones_go_first(
    services: Services, ho_url: str, offices: Offices, tmp_path: Path
) -> None:
    """A push answered ``409 gap`` below what the office sends: resend from there."""
    service = services(ho_url)
    a, b = offices("a"), offices("b")
    enrol(a, service, ho_url, "kh-a")
    enrol(b, service, ho_url, "kh-b")
    add_subscriber(a, name="Один")
    sync_once(a)
    copy = tmp_path / "ho-backup.db"
    backup(ho_url, copy)
    add_subscriber(a, name="Два")
    sync_once(a)
    add_subscriber(a, name="Три")  # pending when head office comes back restored
    restore(service, ho_url, copy)
    service = services(ho_url)
    report = sync_once(a, server=service.url)
    assert report.restored == "gap"
    assert report.outcomes == {"applied": 4}
    assert applied(ho_url, "kh-a") == office_ops(a)
    assert cursor(a) > 0
    for name in ("Один", "Два", "Три"):
        assert len(ho_subscribers(ho_url, name)) == 1
    converged(service, ho_url, a, b)


def test_new_epoch_makes_every_office_start_over(
    services: Services, ho_url: str, offices: Offices, tmp_path: Path
) -> None:
    """An office that only pulled after the backup cannot tell by itself once others resent
    their operations: the restore runbook's ``headoffice new-epoch`` tells it."""
    service = services(ho_url)
    a, b, c = offices("a"), offices("b"), offices("c")
    enrol(a, service, ho_url, "kh-a")
    enrol(b, service, ho_url, "kh-b")
    enrol(c, service, ho_url, "kh-c")
    copy = tmp_path / "ho-backup.db"
    backup(ho_url, copy)
    for i in range(5):
        add_subscriber(a, name=f"A{i}")
    sync_once(a)
    b_sub = add_subscriber(b, name="Від-Б")
    sync_once(b)
    sync_once(c)  # c pulls a's and b's rows: its cursor is now past the backup's log
    restore(service, ho_url, copy)
    assert run_cli("headoffice", "new-epoch", "--db", ho_url).returncode == 0
    service = services(ho_url)

    new = add_subscriber(a, name="Нова-А")
    assert sync_once(a, server=service.url).restored is not None
    report = sync_once(b, server=service.url)
    assert report.restored == "epoch" and report.outcomes == {"applied": 2}
    # a and b resent their operations: the log reaches past c's cursor again, with other
    # rows at its positions (a's new subscriber among them); only the epoch tells c
    hdb = ho.open_headoffice(ho_url)
    with ho.bound(hdb):
        assert ho.HoCounter.get_by_id(1).seq > cursor(c)
    hdb.close()
    assert sync_once(c, server=service.url).restored == "epoch"
    with on(c):
        assert m.Subscriber.get_by_id(new).last_name == "Нова-А"
        assert m.Subscriber.get_by_id(b_sub).last_name == "Від-Б"
        assert m.Subscriber.select().where(m.Subscriber.last_name.startswith("A")).count() == 5
    for office, db in (("kh-a", a), ("kh-b", b), ("kh-c", c)):
        assert applied(ho_url, office) == office_ops(db)
    converged(service, ho_url, a, b, c)


def test_operations_older_than_the_retention_cannot_be_resent(
    services: Services, ho_url: str, offices: Offices, tmp_path: Path
) -> None:
    service = services(ho_url)
    a = offices("a")
    enrol(a, service, ho_url, "kh-a")
    copy = tmp_path / "ho-backup.db"
    backup(ho_url, copy)
    add_subscriber(a)
    sync_once(a)
    old = str(utcnow() - OUTBOX_RETENTION - OUTBOX_RETENTION)
    a.execute_sql("UPDATE sync_outbox SET acked_at = ?", (old,))
    assert sync_once(a).purged == 2
    add_subscriber(a, name="Нова")
    restore(service, ho_url, copy)
    service = services(ho_url)
    with pytest.raises(SyncFailed) as info:
        sync_once(a, server=service.url)
    assert info.value.code == "sync.lost_operations"
    assert "backup" in info.value.message
    assert [r[3] for r in outbox(a)] == ["pending", "pending"]  # kept for a later try


def test_an_office_enrolled_after_the_backup_enrols_again_and_resends(
    services: Services, ho_url: str, offices: Offices, tmp_path: Path
) -> None:
    """The restored head office does not know the office at all: 401, a new registration,
    a new enrollment, and everything the office had sent goes again."""
    service = services(ho_url)
    copy = tmp_path / "ho-backup.db"
    backup(ho_url, copy)
    a = offices("a")
    enrol(a, service, ho_url, "kh-late")
    for i in range(3):
        add_subscriber(a, name=f"L{i}")
    sync_once(a)
    restore(service, ho_url, copy)
    assert run_cli("headoffice", "new-epoch", "--db", ho_url).returncode == 0
    service = services(ho_url)
    with pytest.raises(SyncFailed) as info:
        sync_once(a, server=service.url)
    assert info.value.code == "sync.unauthorized"
    hdb = ho.open_headoffice(ho_url)
    token = ho.add_office(hdb, "kh-late", ["kharkiv"])
    hdb.close()
    report = sync_once(a, server=service.url, token=token)
    assert report.restored == "epoch"
    assert report.outcomes == {"applied": 6}
    assert applied(ho_url, "kh-late") == office_ops(a)
    converged(service, ho_url, a)


class NoPull(httpx.HTTPTransport):
    """Pushes go through; every pull is lost on the way."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/pull":
            raise httpx.ConnectError("link down")
        return super().handle_request(request)


def test_operations_acknowledged_by_the_lost_head_office_are_sent_again(
    services: Services, ho_url: str, offices: Offices, tmp_path: Path
) -> None:
    """The office's cursor says nothing (its pull after the push was lost): head office's
    ``acked_through`` below what the office had acknowledged does."""
    service = services(ho_url)
    a = offices("a")
    enrol(a, service, ho_url, "kh-a")
    before = cursor(a)
    copy = tmp_path / "ho-backup.db"
    backup(ho_url, copy)
    add_subscriber(a, name="Без-відповіді")
    with httpx.Client(base_url=service.url, transport=NoPull()) as http, pytest.raises(SyncFailed):
        sync_once(a, http=http)
    assert outbox(a, "pending") == [] and cursor(a) == before
    restore(service, ho_url, copy)
    service = services(ho_url)
    report = sync_once(a, server=service.url)
    assert report.restored == "acked_behind"
    assert report.outcomes == {"applied": 2}
    assert applied(ho_url, "kh-a") == office_ops(a)
    assert len(ho_subscribers(ho_url, "Без-відповіді")) == 1
    converged(service, ho_url, a)
