"""The Sync page as a clerk drives it with the keyboard: Ctrl+5 then Enter opens an issue, and
a notice promising "the next sync" does not outlive that sync (real offices, real head office)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from receptionapp.gui.language import Translations
from receptionapp.gui.sync_panel import IssueColumn, SyncPanel
from receptionapp.sync.client import sync_once
from tests.gui.sync_conflicts import (
    Offices,
    make_booking_conflict,
    make_offices,
    make_superseded,
    next_weekday_slot,
)
from tests.sync.harness import start_service


@pytest.fixture
def offices(tmp_path: Path) -> Iterator[Offices]:
    made = make_offices(tmp_path)
    yield made
    made.close()


def make_panel(qtbot: QtBot, offices: Offices) -> SyncPanel:
    panel = SyncPanel(offices.kh)
    qtbot.addWidget(panel)
    panel.resize(1000, 640)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    with qtbot.waitSignal(panel.state_changed, timeout=20_000):
        panel.refresh()
    return panel


def test_focusing_the_page_lands_on_a_chosen_issue_and_enter_opens_it(
    qtbot: QtBot, offices: Offices, translations: Translations
) -> None:
    make_superseded(offices)
    panel = make_panel(qtbot, offices)
    # What the main window's Ctrl+5 does: focus the page itself, not a widget inside it.
    panel.setFocus(Qt.FocusReason.ShortcutFocusReason)
    qtbot.waitUntil(panel.issues_view.hasFocus)
    assert panel.issues_view.currentIndex().row() == 0  # chosen without a click
    assert panel.open_button.isEnabled()
    QTest.keyClick(panel.issues_view, Qt.Key.Key_Return)
    dialog = panel.issue_dialog
    assert dialog is not None and dialog.isVisible()


def test_the_next_sync_notice_gives_way_once_head_office_has_it(
    qtbot: QtBot, offices: Offices, translations: Translations, tmp_path: Path
) -> None:
    service = start_service(f"sqlite:///{tmp_path / 'ho.db'}", tmp_path / "service.log")
    try:
        make_superseded(offices)
        sync_once(offices.kh, server=service.url)  # the panel's syncs go to the service
        panel = make_panel(qtbot, offices)
        panel.issues_view.setFocus()
        QTest.keyClick(panel.issues_view, Qt.Key.Key_Return)
        dialog = panel.issue_dialog
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.facts is not None, timeout=20_000)
        with qtbot.waitSignal(dialog.resolved, timeout=20_000):
            dialog.reenter_button.click()
        qtbot.waitUntil(lambda: "наступної синхронізації" in panel.notice_label.text())
        qtbot.waitUntil(lambda: panel.pending_label.text() == "1", timeout=20_000)
        with qtbot.waitSignal(panel.sync_finished, timeout=30_000):
            panel.sync_now()
        qtbot.waitUntil(lambda: panel.pending_label.text() == "0", timeout=20_000)
        assert panel.notice_label.text() == (
            "Ваше значення введено знову; воно піде до головного офісу під час наступної "
            "синхронізації. Головний офіс отримав зміни."
        )
    finally:
        service.kill()


def test_one_conflict_is_said_in_the_singular_in_english(
    qtbot: QtBot, offices: Offices, translations: Translations
) -> None:
    make_booking_conflict(offices, next_weekday_slot(0, 10))
    panel = make_panel(qtbot, offices)
    qtbot.waitUntil(lambda: panel.issues_count_label.text() == "1 (конфліктів: 1)")
    translations.apply("en")
    qtbot.waitUntil(lambda: panel.issues_count_label.text() == "1 (1 conflict)")
    assert panel.status_label.text().endswith("· 0 pending · 1 conflict")


def test_the_last_sync_is_written_like_the_issue_times(
    qtbot: QtBot, offices: Offices, translations: Translations
) -> None:
    make_superseded(offices)
    panel = make_panel(qtbot, offices)
    when = panel.issues_model.index(0, IssueColumn.WHEN).data()
    assert re.fullmatch(r"\d\d\.\d\d\.\d\d \d\d:\d\d", when)  # the Ukrainian short format
    last = panel.last_sync_label.text()
    assert re.fullmatch(r"\d\d\.\d\d\.\d\d \d\d:\d\d", last), last
    assert f"синхронізація: {last} ·" in panel.status_label.text()
