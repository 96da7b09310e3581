"""A page for an area of the main window that a later release fills."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QWidget

from receptionapp.gui.formloader import Form
from receptionapp.gui.icons import icon


class PlaceholderPage(QWidget):
    """Says what the area will hold: an icon, the area's name and one sentence.

    The texts are English sources translated in ``context`` (the caller's
    ``QT_TRANSLATE_NOOP`` table), so the page retranslates itself on a language change.

    Attributes:
        icon_name: name of the area's icon in ``resources/icons``.
    """

    def __init__(
        self,
        icon_name: str,
        title: str,
        description: str,
        context: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._form = Form("placeholder_page", self)
        self.icon_name = icon_name
        self._sources = (title, description)
        self._context = context
        self._title_label = self._form.child(QLabel, "title_label")
        self._description_label = self._form.child(QLabel, "description_label")
        self._form.child(QLabel, "icon_label").setPixmap(icon(icon_name).pixmap(96, 96))
        font = self._title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self._title_label.setFont(font)
        self._retranslate()

    @property
    def title(self) -> str:
        """The translated name of the area."""
        return self._title_label.text()

    @property
    def description(self) -> str:
        """The translated sentence about what will be here."""
        return self._description_label.text()

    def _retranslate(self) -> None:
        title, description = self._sources
        self._title_label.setText(QCoreApplication.translate(self._context, title))
        self._description_label.setText(QCoreApplication.translate(self._context, description))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._form.retranslate()
            self._retranslate()
        super().changeEvent(event)
