"""Creating the first (administrator) account of a new, empty office database."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QWidget

from receptionapp.core.errors import ReceptionError
from receptionapp.db.models import User
from receptionapp.db.users import add_user
from receptionapp.gui.errors import error_message
from receptionapp.gui.formloader import Form
from receptionapp.gui.icons import icon

log = logging.getLogger(__name__)


class FirstUserDialog(QDialog):
    """Asks for the administrator's name, login and password (twice) and creates the user.

    Form: ``ui/first_user_dialog.ui``. Shown when the database has no user at all, so that
    a database created from the window can be signed in to.

    Attributes:
        user: the created user once the dialog is accepted, else None.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._form = Form("first_user_dialog", self)
        self.user: User | None = None
        child = self._form.child
        self.name_edit = child(QLineEdit, "name_edit")
        self.login_edit = child(QLineEdit, "login_edit")
        self.password_edit = child(QLineEdit, "password_edit")
        self.repeat_edit = child(QLineEdit, "repeat_edit")
        self.error_label = child(QLabel, "error_label")
        self.create_button = child(QPushButton, "create_button")
        self.create_button.clicked.connect(self._on_create_button_clicked)
        child(QPushButton, "cancel_button").clicked.connect(self.reject)
        self.setWindowIcon(icon("app"))
        self.error_label.hide()
        self.name_edit.setFocus()

    def show_error(self, text: str) -> None:
        """Explain under the fields what to correct."""
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _on_create_button_clicked(self) -> None:
        if self.password_edit.text() != self.repeat_edit.text():
            self.show_error(self.tr("The two passwords differ."))
            self.repeat_edit.clear()
            self.repeat_edit.setFocus()
            return
        try:
            user = add_user(
                self.login_edit.text(), self.name_edit.text(), "admin", self.password_edit.text()
            )
        except ReceptionError as exc:
            self.show_error(error_message(exc))
            return
        log.info("first user created: %s", user.login)
        self.user = user
        self.accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._form.retranslate()
        super().changeEvent(event)
