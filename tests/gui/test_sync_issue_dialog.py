"""Opening a sync issue and resolving it with a real action (real offices, head office in
process, real widgets; issues made by real syncs)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from receptionapp.db import models as m
from receptionapp.db.appointments import cancel, parse_slot
from receptionapp.gui.language import Translations
from receptionapp.gui.sync_issue_dialog import SyncIssueDialog
from receptionapp.gui.sync_panel import IssueColumn, SyncPanel
from receptionapp.sync.client import SyncIssue
from tests.gui.support import RecordingPresenter
from tests.gui.sync_conflicts import (
    Offices,
    make_booking_conflict,
    make_offices,
    make_rejected,
    make_superseded,
    next_weekday_slot,
)
from tests.sync.harness import on, outbox

#: Set to a folder to keep the screenshots the tests take (they are always taken).
SHOTS = os.environ.get("SYNC_SHOTS")


@pytest.fixture
def offices(tmp_path: Path) -> Iterator[Offices]:
    made = make_offices(tmp_path)
    yield made
    made.close()


def shoot(widget: object, name: str, tmp_path: Path) -> None:
    folder = Path(SHOTS) if SHOTS else tmp_path
    assert widget.grab().save(str(folder / f"{name}.png"))  # type: ignore[attr-defined]


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


def open_first(qtbot: QtBot, panel: SyncPanel) -> SyncIssueDialog:
    panel.activateWindow()
    panel.issues_view.setFocus()
    qtbot.waitUntil(panel.issues_view.hasFocus)
    panel.issues_view.selectRow(0)
    QTest.keyClick(panel.issues_view, Qt.Key.Key_Return)
    dialog = panel.issue_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.facts is not None, timeout=20_000)
    return dialog


def test_conflict_is_rebooked_to_an_offered_slot_with_the_keyboard(
    qtbot: QtBot, offices: Offices, translations: Translations, tmp_path: Path
) -> None:
    lost, won = make_booking_conflict(offices, next_weekday_slot(1, 15))
    [(issue_id, _kind, detail)] = offices.issues()
    offered = detail["alternatives"]
    panel = make_panel(qtbot, offices)
    assert panel.issues_model.rowCount() == 1
    what = panel.issues_model.index(0, IssueColumn.WHAT).data()
    assert "Петренко Іван Степанович" in what and offices.account_number in what
    shoot(panel, "sync_list_uk", tmp_path)

    dialog = open_first(qtbot, panel)
    record = dialog.record_label.text()
    for expected in (
        "Петренко Іван Степанович",
        offices.account_number,
        "Кравченко Віктор Іванович",
        "Абонентський відділ «Центр»",
        "конфлікт",
    ):
        assert expected in record
    assert dialog.slots_list.count() == 3
    assert dialog.focusWidget() is dialog.slots_list
    assert dialog.book_button.isVisible() and dialog.cancel_booking_button.isVisible()
    assert not dialog.understood_button.isVisible()
    # Tab goes from the slots to the actions, then Close.
    chain = [dialog.slots_list]
    while len(chain) < 4:
        chain.append(chain[-1].nextInFocusChain())
        while not (chain[-1].isVisible() and chain[-1].focusPolicy() & Qt.FocusPolicy.TabFocus):
            chain[-1] = chain[-1].nextInFocusChain()
    assert chain[1:] == [dialog.book_button, dialog.cancel_booking_button, dialog.close_button]
    shoot(dialog, "sync_conflict_uk", tmp_path)

    before = len(outbox(offices.kh))
    QTest.keyClick(dialog.slots_list, Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.resolved, timeout=20_000):
        QTest.keyClick(dialog.slots_list, Qt.Key.Key_Return)
    assert not dialog.isVisible()

    with on(offices.kh):
        old = m.Appointment.get_by_id(lost)
        new = (
            m.Appointment.select()
            .where((m.Appointment.id != lost) & (m.Appointment.id != won))
            .get()
        )
    assert old.status == "cancelled"
    assert (str(new.slot_start), new.status) == (offered[1], "pending")
    assert (new.subscriber_id, new.director_id) == (offices.subscriber_id, old.director_id)
    assert [(kind, entity) for _s, kind, entity, _st in outbox(offices.kh)[before:]] == [
        ("update", "appointment"),
        ("insert", "appointment"),
    ]
    resolved = offices.kh.execute_sql(
        "SELECT resolved_at FROM sync_issue WHERE id = ?", (issue_id,)
    ).fetchone()[0]
    assert resolved is not None
    qtbot.waitUntil(lambda: panel.issues_model.rowCount() == 0, timeout=20_000)
    assert "Петренко" in panel.notice_label.text()
    offices.sync(offices.kh)  # head office confirms the new booking
    with on(offices.kh):
        assert m.Appointment.get_by_id(new.id).status == "confirmed"


def test_a_conflict_whose_booking_was_cancelled_meanwhile_is_only_understood(
    qtbot: QtBot, offices: Offices, translations: Translations
) -> None:
    lost, _won = make_booking_conflict(offices, next_weekday_slot(1, 15))
    with on(offices.kh):
        cancel(lost)  # e.g. from the Director's reception page, the issue left open
    panel = make_panel(qtbot, offices)
    dialog = open_first(qtbot, panel)
    assert not dialog.book_button.isVisible() and not dialog.slots_list.isVisible()
    assert dialog.understood_button.isVisible()
    assert "скасовано" in dialog.record_label.text()
    with qtbot.waitSignal(dialog.resolved, timeout=20_000):
        dialog.understood_button.click()
    assert offices.issues() == []
    qtbot.waitUntil(lambda: panel.issues_model.rowCount() == 0, timeout=20_000)
    panel.show_resolved_check.setChecked(True)
    qtbot.waitUntil(lambda: panel.issues_model.rowCount() == 1, timeout=20_000)
    grey = panel.issues_model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert grey is not None  # resolved rows step back


def test_conflicting_booking_is_cancelled_after_a_question(
    qtbot: QtBot, offices: Offices, translations: Translations, presenter: RecordingPresenter
) -> None:
    translations.apply("en")  # Alt+C: the English mnemonic
    lost, _won = make_booking_conflict(offices, next_weekday_slot(1, 15))
    panel = make_panel(qtbot, offices)
    dialog = open_first(qtbot, panel)
    dialog.cancel_booking_button.click()  # the clerk says no: nothing happens
    assert len(presenter.questions) == 1 and "Кравченко" in presenter.questions[0]
    with on(offices.kh):
        assert m.Appointment.get_by_id(lost).status == "conflict"
    presenter.answers.append(True)
    with qtbot.waitSignal(dialog.resolved, timeout=20_000):
        QTest.keyClick(dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    with on(offices.kh):
        assert m.Appointment.get_by_id(lost).status == "cancelled"
        assert m.Appointment.select().count() == 2  # no new booking
    assert offices.issues() == []
    qtbot.waitUntil(lambda: panel.issues_model.rowCount() == 0, timeout=20_000)


def test_a_slot_taken_meanwhile_is_said_and_nothing_changes(
    qtbot: QtBot, offices: Offices, translations: Translations, presenter: RecordingPresenter
) -> None:
    lost, _won = make_booking_conflict(offices, next_weekday_slot(1, 15))
    panel = make_panel(qtbot, offices)
    dialog = open_first(qtbot, panel)
    first = dialog.slots_list.item(0).data(Qt.ItemDataRole.UserRole)
    offices.book(offices.kh, parse_slot(first))  # another clerk here was quicker
    before = len(outbox(offices.kh))
    with qtbot.waitSignal(dialog.book_button.clicked):
        dialog.book_button.click()
    qtbot.waitUntil(lambda: bool(presenter.shown), timeout=20_000)
    assert presenter.shown[0].text.startswith("Тим часом на цей час уже записали тут")
    assert "Traceback" not in (presenter.shown[0].details or "")
    assert dialog.isVisible() and len(outbox(offices.kh)) == before
    with on(offices.kh):
        assert m.Appointment.get_by_id(lost).status == "conflict"
    assert len(offices.issues()) == 1


def test_superseded_edit_is_entered_again(
    qtbot: QtBot, offices: Offices, translations: Translations, tmp_path: Path
) -> None:
    mine = make_superseded(offices)
    panel = make_panel(qtbot, offices)
    dialog = open_first(qtbot, panel)
    table = dialog.values_table
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in range(3)] == ["ім'я", "Іоанн", mine]
    assert dialog.keep_button.isVisible() and dialog.reenter_button.isEnabled()
    assert dialog.focusWidget() is dialog.reenter_button
    shoot(dialog, "sync_superseded_uk", tmp_path)
    translations.apply("en")  # the dialog follows; Alt+E is the English mnemonic
    qtbot.waitUntil(lambda: dialog.reenter_button.text() == "&Enter mine again")
    assert [table.item(0, c).text() for c in range(3)] == ["first name", "Іоанн", mine]
    shoot(dialog, "sync_superseded_en", tmp_path)
    before = len(outbox(offices.kh))
    with qtbot.waitSignal(dialog.resolved, timeout=20_000):
        QTest.keyClick(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    assert outbox(offices.kh)[before:] == [(before + 1, "update", "subscriber", "pending")]
    with on(offices.kh):
        assert m.Subscriber.get_by_id(offices.subscriber_id).first_name == mine
    assert offices.issues() == []
    offices.sync(offices.kh)
    offices.sync(offices.zz)
    with on(offices.zz):
        assert m.Subscriber.get_by_id(offices.subscriber_id).first_name == mine


def test_superseded_edit_kept_as_head_office_has_it(
    qtbot: QtBot, offices: Offices, translations: Translations
) -> None:
    make_superseded(offices)
    panel = make_panel(qtbot, offices)
    dialog = open_first(qtbot, panel)
    before = len(outbox(offices.kh))
    with qtbot.waitSignal(dialog.resolved, timeout=20_000):
        dialog.keep_button.click()
    assert len(outbox(offices.kh)) == before  # nothing re-entered
    with on(offices.kh):
        assert m.Subscriber.get_by_id(offices.subscriber_id).first_name == "Іоанн"
    assert offices.issues() == []


def test_superseded_without_the_clerks_value_says_so(
    qtbot: QtBot, offices: Offices, translations: Translations
) -> None:
    make_superseded(offices)
    offices.kh.execute_sql("DELETE FROM sync_outbox WHERE status != 'pending'")
    panel = make_panel(qtbot, offices)
    dialog = open_first(qtbot, panel)
    assert not dialog.reenter_button.isEnabled()
    assert dialog.values_table.item(0, 2).text() == "(більше не зберігається тут)"
    assert "не можна ввести знову" in dialog.todo_label.text()


def test_rejected_change_shows_the_reason_and_is_understood(
    qtbot: QtBot, offices: Offices, translations: Translations, tmp_path: Path
) -> None:
    make_rejected(offices)
    panel = make_panel(qtbot, offices)
    dialog = open_first(qtbot, panel)
    assert "(Київська дирекція)" in dialog.happened_label.text()
    assert "Коваль Ганна" in dialog.record_label.text()
    names = [dialog.values_table.item(r, 0).text() for r in range(dialog.values_table.rowCount())]
    assert "прізвище" in names
    assert dialog.understood_button.isVisible() and not dialog.book_button.isVisible()
    assert "існує лише в цьому офісі" in dialog.kept_label.text()  # a refused new record
    assert dialog.values_table.isColumnHidden(2)
    shoot(dialog, "sync_rejected_uk", tmp_path)
    with qtbot.waitSignal(dialog.resolved, timeout=20_000):
        dialog.understood_button.click()
    assert offices.issues() == []
    qtbot.waitUntil(lambda: panel.issues_model.rowCount() == 0, timeout=20_000)
    panel.show_resolved_check.setChecked(True)
    qtbot.waitUntil(lambda: panel.issues_model.rowCount() == 1, timeout=20_000)
    dialog = open_first(qtbot, panel)
    assert not dialog.understood_button.isVisible()
    assert "вирішено" in dialog.todo_label.text()


def test_clock_skew_explains_the_clock_in_english(
    qtbot: QtBot, offices: Offices, translations: Translations, tmp_path: Path
) -> None:
    translations.apply("en")
    offices.kh.execute_sql(
        "INSERT INTO sync_issue (kind, entity, pk, op_id, detail, created_at) "
        "VALUES ('clock_skew', 'subscriber', ?, NULL, ?, '2026-11-28 10:00:00')",
        (offices.subscriber_id, '{"status": "applied", "clock_skew": true}'),
    )
    panel = make_panel(qtbot, offices)
    shoot(panel, "sync_list_en", tmp_path)
    dialog = open_first(qtbot, panel)
    assert "Set time automatically" in dialog.todo_label.text()
    assert "Петренко Іван Степанович" in dialog.record_label.text()
    shoot(dialog, "sync_clock_en", tmp_path)
    with qtbot.waitSignal(dialog.resolved, timeout=20_000):
        dialog.understood_button.click()
    assert offices.issues() == []


def test_booking_conflict_in_english(
    qtbot: QtBot, offices: Offices, translations: Translations, tmp_path: Path
) -> None:
    translations.apply("en")
    make_booking_conflict(offices, next_weekday_slot(1, 15))
    panel = make_panel(qtbot, offices)
    dialog = open_first(qtbot, panel)
    assert "Director: Кравченко Віктор Іванович" in dialog.record_label.text()
    assert "slot conflict" in dialog.record_label.text()
    shoot(dialog, "sync_conflict_en", tmp_path)
    dialog.reject()
    assert offices.issues() != []  # Esc / Close leaves the issue open


def test_the_sync_page_keys_are_in_the_f1_list(qtbot: QtBot, main_window: object) -> None:
    from PySide6.QtCore import QCoreApplication

    from receptionapp.gui import sync_panel
    from receptionapp.gui.pages import Area, PageContext

    window: Any = main_window
    page = sync_panel.create_page(PageContext(window.session, window, window.settings))
    window.set_page(Area.SYNC, page)
    window.go_to(Area.SYNC)
    qtbot.waitUntil(lambda: page._status is not None, timeout=20_000)
    page.stop()
    page.issues_model.set_issues(
        [SyncIssue(1, "clock_skew", "subscriber", "x", {}, "2026-11-28 10:00:00", None)]
    )
    page.issues_view.selectRow(0)
    dialog = page.open_issue()  # its Enter (book the slot) must not be a nameless F1 row
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.facts is not None, timeout=20_000)
    dialog.reject()
    entries = dict(window.shortcut_entries())
    assert "" not in entries
    opened = QCoreApplication.translate("SyncPanel", "Open the selected sync issue")
    synced = QCoreApplication.translate("SyncPanel", "Sync with head office now")
    assert opened == "Відкрити вибрану проблему синхронізації"
    assert entries[opened] == "Enter" and entries[synced] == "F5"
