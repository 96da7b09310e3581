"""Reconciliation panel details found driving the real window: typing on the list, the badge.

Found driving the real window: "+380 67 123-45-67" typed on the list changed the selected
number's kind (the digits are kind keys) and confirmed it (the space).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from receptionapp.gui.reconcile import ReconcileDialog
from tests.gui.test_reconcile import Family, dialog, family  # noqa: F401 - fixtures


def _kinds(dialog: ReconcileDialog) -> list[str]:  # noqa: F811 - same name as the fixture
    entries = (dialog.phones_model.entry(r) for r in range(dialog.phones_model.rowCount()))
    return [e.kind for e in entries if e is not None]


def test_a_number_typed_on_the_list_goes_to_the_new_number_field(
    qtbot: QtBot,
    dialog: ReconcileDialog,  # noqa: F811 - the fixture
    family: Family,  # noqa: F811 - the fixture
) -> None:
    view = dialog.phones_view
    view.setFocus()
    view.setCurrentIndex(dialog.phones_model.index(0, 0))
    before = _kinds(dialog)
    # Every start of a number, 1–5 included (they once were the kind keys): a local number
    # "12-34-56" or "57 700…" typed on the list goes to the field, the row stays as it was.
    for start in ("+", "0", "1", "2", "3", "4", "5", "(", "9"):
        dialog.new_phone_edit.clear()
        view.setFocus()
        QTest.keyClicks(view, start + "67")
        assert dialog.new_phone_edit.hasFocus(), start
        assert dialog.new_phone_edit.text() == start + "67"
    assert _kinds(dialog) == before
    # The kind is picked with K, then 1–5: 5 makes the selected number "other".
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_K)
    menu = dialog.findChild(QWidget, "kind_menu")
    assert menu is not None
    qtbot.waitUntil(menu.isVisible, timeout=5_000)
    with qtbot.waitSignal(dialog.view_loaded, timeout=10_000):
        QTest.keyClick(menu, Qt.Key.Key_5)
    assert "other" in _kinds(dialog)


def test_the_kind_keys_are_listed_and_hinted(
    dialog: ReconcileDialog,  # noqa: F811 - the fixture
) -> None:
    # Help → Keyboard shortcuts lists every QAction with a shortcut: K is one.
    assert dialog.kind_menu_action.shortcut().toString() == "K"
    assert "1–5" in dialog.kind_menu_action.text()
    assert "K" in dialog.keys_label.text() and "1–5" in dialog.keys_label.text()
    # No bare digit is a shortcut of the dialog any more.
    list_keys = {
        s.key().toString()
        for s in dialog.findChildren(QShortcut)
        if s.parent() is dialog.phones_view
    }
    assert not {str(n) for n in range(10)} & list_keys, list_keys
    assert not {str(n) for n in range(1, 6)} & {
        a.shortcut().toString() for a in dialog.findChildren(QAction)
    }


def test_never_reconciled_is_said_so_not_overdue(
    dialog: ReconcileDialog,  # noqa: F811 - the fixture
) -> None:
    # The family's numbers were never reconciled: the badge agrees with the line beside it.
    assert "жодного разу" in dialog.status_label.text()
    assert "Ще не звіряли" in dialog.badge_label.text()
    assert "прострочен" not in dialog.badge_label.text()
