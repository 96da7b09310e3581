"""A small modal "please wait" window with a moving progress bar, for slow start-up steps."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from receptionapp.gui.formloader import Form
from receptionapp.gui.icons import icon


class BusyDialog(QDialog):
    """Shows one sentence and an indeterminate progress bar; it cannot be closed by the user.

    Form: ``ui/busy_dialog.ui``.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._form = Form("busy_dialog", self)
        self.setWindowIcon(icon("app"))
        # No close button: the work in the background cannot be cancelled half-way.
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.message_label = self._form.child(QLabel, "message_label")
        self.message_label.setText(text)

    def reject(self) -> None:
        """Esc does nothing: the dialog closes when the work is done."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Retranslate the form's own texts on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._form.retranslate()
        super().changeEvent(event)
