"""The window opens with the keyboard in the search field, so a surname can be typed at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from receptionapp.db.models import User
from receptionapp.gui.language import Translations
from receptionapp.gui.main_window import MainWindow
from receptionapp.gui.pages import Area
from receptionapp.gui.session import Session
from receptionapp.gui.settings import Settings
from tests.gui.support import CLERK


class SearchPage(QWidget):
    """A page with a search field, as the lookup page is."""

    def __init__(self) -> None:
        super().__init__()
        self.search_edit = QLineEdit(self)
        QVBoxLayout(self).addWidget(self.search_edit)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)


def test_first_show_focuses_the_search_field(
    qtbot: QtBot, open_office: Path, settings: Settings, translations: Translations
) -> None:
    user = User.get(User.login == CLERK[0])
    window = MainWindow(Session(open_office, user), settings, translations)
    qtbot.addWidget(window)
    page = SearchPage()
    window.set_page(Area.LOOKUP, page)  # as install_pages does, before the window shows
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.focusWidget() is page.search_edit
