"""Choosing the office database when none is given and none was used before."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QWidget

from receptionapp.gui import messages
from receptionapp.gui.formloader import Form
from receptionapp.gui.icons import icon


class ChooseDatabaseDialog(QDialog):
    """Open an existing database file or name a new one.

    Form: ``ui/choose_database_dialog.ui``. The file choosers go through
    :mod:`receptionapp.gui.messages`.

    Attributes:
        path: the chosen file once accepted, else None.
        create_new: True when ``path`` is a new database to create.
    """

    def __init__(self, start: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._form = Form("choose_database_dialog", self)
        self._start = start
        self.path: Path | None = None
        self.create_new = False
        child = self._form.child
        self.open_button = child(QPushButton, "open_button")
        self.create_button = child(QPushButton, "create_button")
        self.error_label = child(QLabel, "error_label")
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.create_button.clicked.connect(self._on_create_button_clicked)
        child(QPushButton, "quit_button").clicked.connect(self.reject)
        self.setWindowIcon(icon("app"))
        self.error_label.hide()

    def _filter(self) -> str:
        return self.tr("ReceptionApp databases (*.db);;All files (*)")

    def _on_open_button_clicked(self) -> None:
        path = messages.choose_open_file(
            self, self.tr("Open an office database"), self._start, self._filter()
        )
        if path is None:
            return
        if not path.is_file():
            self.error_label.setText(self.tr("There is no file {path}.").format(path=path))
            self.error_label.show()
            return
        self.path, self.create_new = path, False
        self.accept()

    def _on_create_button_clicked(self) -> None:
        path = messages.choose_save_file(
            self,
            self.tr("Create an office database"),
            self._start / "office.db",
            self._filter(),
        )
        if path is None:
            return
        if not path.suffix:
            path = path.with_suffix(".db")
        if path.exists():
            # The save dialog asked about overwriting; a database is never overwritten.
            self.error_label.setText(
                self.tr("{path} already exists. Open it, or choose another name.").format(path=path)
            )
            self.error_label.show()
            return
        self.path, self.create_new = path, True
        self.accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._form.retranslate()
        super().changeEvent(event)
