"""Help → Keyboard shortcuts (F1): every shortcut of the main window in a table."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import QEvent, QModelIndex
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from receptionapp.gui.formloader import Form


@runtime_checkable
class ShortcutSource(Protocol):
    """The window whose shortcuts the dialog lists (the main window)."""

    def shortcut_entries(self) -> list[tuple[str, str]]:
        """Every shortcut as (what it does, keys)."""


class ShortcutsDialog(QDialog):
    """A table of (what it does, keys), rebuilt from the live actions each time it is shown.

    Form: ``ui/shortcuts_dialog.ui``. The rows come from the parent window's
    ``shortcut_entries()`` (asked through ``parentWidget()``, so the dialog holds no
    reference that would make a cycle with its window).
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._form = Form("shortcuts_dialog", self)
        self._table = self._form.child(QTableWidget, "shortcuts_table")
        self._table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        # One line a row, so every shortcut shows at once without scrolling.
        rows = self._table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self._table.fontMetrics().height() + 8)
        close_button = self._form.child(QPushButton, "close_button")
        close_button.clicked.connect(self.accept)
        self.refresh()
        close_button.setFocus()

    def refresh(self) -> None:
        """Fill the table again from the current actions and language."""
        source = self.parentWidget()
        rows: list[tuple[str, str]] = (
            source.shortcut_entries() if isinstance(source, ShortcutSource) else []
        )
        self._table.setRowCount(len(rows))
        for row, (description, keys) in enumerate(rows):
            self._table.setItem(row, 0, QTableWidgetItem(description))
            self._table.setItem(row, 1, QTableWidgetItem(keys))
        self._table.setCurrentIndex(QModelIndex())

    def rows(self) -> list[tuple[str, str]]:
        """The table's contents (for tests)."""

        def text(row: int, column: int) -> str:
            item = self._table.item(row, column)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 1)) for r in range(self._table.rowCount())]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._form.retranslate()
            self.refresh()
        super().changeEvent(event)
