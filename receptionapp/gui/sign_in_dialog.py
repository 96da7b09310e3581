"""The sign-in dialog shown at start (not for the demo office)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QWidget

from receptionapp.core.errors import ReceptionError
from receptionapp.db.models import User
from receptionapp.db.users import authenticate
from receptionapp.gui.errors import error_message
from receptionapp.gui.formloader import Form
from receptionapp.gui.icons import icon

log = logging.getLogger(__name__)


class SignInDialog(QDialog):
    """Asks for login and password and checks them against the open database.

    Form: ``ui/sign_in_dialog.ui``. A wrong login or password is explained under the fields
    (in the interface language) and the password is cleared; the dialog stays open.

    Attributes:
        user: the signed-in user once the dialog is accepted, else None.
    """

    def __init__(self, db_path: Path, login: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._form = Form("sign_in_dialog", self)
        self.user: User | None = None
        self._db_path = db_path
        self.login_edit = self._form.child(QLineEdit, "login_edit")
        self.password_edit = self._form.child(QLineEdit, "password_edit")
        self.error_label = self._form.child(QLabel, "error_label")
        self.sign_in_button = self._form.child(QPushButton, "sign_in_button")
        self.database_label = self._form.child(QLabel, "database_label")
        self._form.child(QPushButton, "cancel_button").clicked.connect(self.reject)
        self.sign_in_button.clicked.connect(self._on_sign_in_button_clicked)
        self.setWindowIcon(icon("app"))
        self.error_label.hide()
        self.login_edit.setText(login)
        (self.password_edit if login else self.login_edit).setFocus()
        self._retranslate()

    def _retranslate(self) -> None:
        self.database_label.setText(
            self.tr("Office database: {file}").format(file=self._db_path.name)
        )
        self.database_label.setToolTip(str(self._db_path))

    def show_error(self, text: str) -> None:
        """Explain under the fields why signing in failed."""
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _on_sign_in_button_clicked(self) -> None:
        login = self.login_edit.text().strip()
        if not login:
            self.show_error(self.tr("Enter your login."))
            self.login_edit.setFocus()
            return
        try:
            # Argon2 takes about 50 ms: short enough for the GUI thread, and it keeps
            # the dialog's flow simple.
            user = authenticate(login, self.password_edit.text())
        except ReceptionError as exc:
            log.info("sign-in refused for %r: %s", login, exc.code)
            self.show_error(error_message(exc))
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        self.user = user
        log.info("signed in: %s (%s)", user.login, user.role)
        self.accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._form.retranslate()
            self._retranslate()
        super().changeEvent(event)
