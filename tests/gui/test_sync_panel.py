"""The Sync page against a real head-office process: background sync, status, issues."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import peewee as pw
import pytest
from pytestqt.qtbot import QtBot

from receptionapp.core.ids import new_id
from receptionapp.db import models as m
from receptionapp.db.database import open_database
from receptionapp.gui.sync_panel import SyncPanel
from receptionapp.sync import headoffice as ho
from receptionapp.sync.client import sync_once
from tests.sync.harness import Service, add_subscriber, new_office_db, start_service


@pytest.fixture
def head_office(tmp_path: Path) -> Iterator[tuple[Service, str]]:
    url = f"sqlite:///{tmp_path / 'ho.db'}"
    hdb = ho.open_headoffice(url)
    ho.ensure_schema(hdb)
    token = ho.add_office(hdb, "kh", ["kharkiv"])
    hdb.close()
    service = start_service(url, tmp_path / "service.log")
    yield service, token
    service.kill()


@pytest.fixture
def office(tmp_path: Path, head_office: tuple[Service, str]) -> Iterator[pw.SqliteDatabase]:
    service, token = head_office
    new_office_db(tmp_path / "office.db").close()
    db = open_database(tmp_path / "office.db")  # the process's database, as in the app
    sync_once(db, server=service.url, token=token)
    yield db
    db.close()


def make_panel(qtbot: QtBot, db: pw.SqliteDatabase) -> SyncPanel:
    panel = SyncPanel(db)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_local_change_is_sent_in_the_background(qtbot: QtBot, office) -> None:
    panel = make_panel(qtbot, office)
    with qtbot.waitSignal(panel.sync_finished, timeout=30_000):
        panel.start()  # enrolled: the first look at the state syncs at once
    qtbot.waitUntil(lambda: panel.pending_label.text() == "0", timeout=20_000)
    add_subscriber(office)  # the clerk saves: two rows in the outbox
    # the panel notices the outbox grew and syncs by itself, without a click
    qtbot.waitUntil(lambda: panel.pending_label.text() == "2", timeout=20_000)
    with qtbot.waitSignal(panel.sync_finished, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: panel.pending_label.text() == "0", timeout=20_000)
    assert "0" in panel.status_label.text()
    assert panel.last_sync_label.text() != "—"
    panel.stop()


def test_offline_is_shown_and_nothing_is_lost(
    qtbot: QtBot, office, head_office, translations
) -> None:
    service, _token = head_office
    panel = make_panel(qtbot, office)
    service.kill()
    add_subscriber(office)
    with qtbot.waitSignal(panel.sync_finished, timeout=30_000) as blocker:
        panel.sync_now_button.click()
    assert getattr(blocker.args[0], "code", None) == "sync.offline"
    qtbot.waitUntil(lambda: panel.pending_label.text() == "2", timeout=20_000)
    assert panel.sync_now_button.isEnabled()
    # Why, in the clerk's language; the technical detail only in the tooltip.
    qtbot.waitUntil(lambda: "ConnectError" in panel.error_label.toolTip(), timeout=20_000)
    assert panel.error_label.text().startswith("Головний офіс недоступний")
    assert "ConnectError" not in panel.error_label.text()


def test_issues_are_listed_opened_and_resolved(qtbot: QtBot, office) -> None:
    with office.bind_ctx(m.ALL_MODELS, bind_refs=False, bind_backrefs=False):
        m.Subscriber.create(id=new_id(), scope="kyiv", last_name="Чужий")
    panel = make_panel(qtbot, office)
    with qtbot.waitSignal(panel.sync_finished, timeout=30_000):
        panel.sync_now_button.click()
    qtbot.waitUntil(lambda: panel.issues_model.rowCount() == 1, timeout=20_000)
    panel.issues_view.selectRow(0)
    assert "kyiv" in panel.issue_detail_label.text()
    assert panel.resolve_button.isEnabled()
    panel.resolve_button.click()
    qtbot.waitUntil(lambda: panel.issues_model.rowCount() == 0, timeout=20_000)
    panel.show_resolved_check.setChecked(True)
    qtbot.waitUntil(lambda: panel.issues_model.rowCount() == 1, timeout=20_000)


def test_issues_model_passes_the_model_tester(qtmodeltester, office) -> None:
    panel = SyncPanel(office)
    from receptionapp.sync.client import SyncIssue

    panel.issues_model.set_issues(
        [
            SyncIssue(
                1,
                "conflict",
                "appointment",
                "x",
                {"alternatives": ["2026-12-01 10:20:00"]},
                "2026-11-28 10:00:00",
                None,
            )
        ]
    )
    qtmodeltester.check(panel.issues_model)
    panel.deleteLater()
