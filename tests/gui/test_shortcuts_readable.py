"""Help → Keyboard shortcuts reads as the clerk presses the keys, every row at a glance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from receptionapp.gui.main_window import MainWindow, shortcut_text


def test_return_and_keypad_enter_are_one_enter() -> None:
    enter = [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
    assert shortcut_text(enter) == "Enter"
    ctrl_enter = [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")]
    assert shortcut_text(ctrl_enter) == "Ctrl+Enter"
    assert shortcut_text([QKeySequence("F6"), QKeySequence("Ctrl+T")]) == "F6, Ctrl+T"


def test_shortcut_rows_are_one_line_high(qtbot: QtBot, main_window: MainWindow) -> None:
    dialog = main_window.show_shortcuts()
    qtbot.waitUntil(dialog.isVisible)
    table = dialog.findChild(QTableWidget, "shortcuts_table")
    assert table is not None and table.rowCount() > 5
    line = table.fontMetrics().height()
    assert all(table.rowHeight(row) <= line + 10 for row in range(table.rowCount()))
