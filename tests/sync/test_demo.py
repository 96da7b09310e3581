"""The demo's local head office: made from the demo office, started and stopped with it."""

from __future__ import annotations

from pathlib import Path

from receptionapp.db import models as m
from receptionapp.db.database import open_database
from receptionapp.db.demo import ensure_demo_database
from receptionapp.sync.client import sync_once
from receptionapp.sync.demo import start_demo_headoffice
from tests.sync.harness import on


def test_demo_office_syncs_with_its_local_head_office(tmp_path: Path) -> None:
    path = tmp_path / "demo" / "office.db"
    ensure_demo_database(path, subscribers=50)
    service = start_demo_headoffice(path)
    try:
        db = open_database(path)
        report = sync_once(db)
        assert (report.office, report.pulled, report.pushed) == ("demo", 0, 0)
        with on(db):
            sub = m.Subscriber.select().first()
            m.Subscriber.update(notes="з демо").where(m.Subscriber.id == sub.id).execute()
        assert sync_once(db).outcomes == {"applied": 1}
        db.close()
    finally:
        service.stop()
    assert service.process.poll() is not None
    # the next start reuses head office and the enrollment, on a new port
    again = start_demo_headoffice(path)
    try:
        db = open_database(path)
        assert sync_once(db).office == "demo"  # enrolled once; the new address is used
        with on(db):
            m.Subscriber.update(notes="ще раз").where(m.Subscriber.id == sub.id).execute()
        assert sync_once(db).outcomes == {"applied": 1}
        db.close()
    finally:
        again.stop()
