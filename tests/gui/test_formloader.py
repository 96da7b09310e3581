"""Designer forms: built into their controller, translated on load, retranslated live."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPushButton,
    QTableWidget,
)
from pytestqt.qtbot import QtBot

from receptionapp.gui.formloader import Form, FormError
from receptionapp.gui.language import Translations


def test_form_is_built_into_its_controller(qtbot: QtBot, translations: Translations) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = Form("sign_in_dialog", dialog)
    login = form.child(QLineEdit, "login_edit")
    assert login.window() is dialog
    assert dialog.objectName() == "sign_in_dialog"
    assert form.context == "SignInDialog"
    assert dialog.layout() is not None


def test_a_widget_the_form_lacks_is_a_clear_error(qtbot: QtBot, translations: Translations) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = Form("sign_in_dialog", dialog)
    with pytest.raises(FormError, match="no QPushButton named 'delete_button'"):
        form.child(QPushButton, "delete_button")
    with pytest.raises(FormError):
        form.child(QLabel, "login_edit")  # exists, but is not a label


def test_texts_of_a_form_are_translated_when_it_loads(
    qtbot: QtBot, translations: Translations
) -> None:
    """QUiLoader translates with the form's class as context, as lupdate extracts them."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = Form("sign_in_dialog", dialog)
    assert dialog.windowTitle() == "Вхід до ReceptionApp"
    assert form.child(QLabel, "login_label").text() == "&Логін:"
    assert form.child(QPushButton, "sign_in_button").text() == "&Увійти"


def test_retranslate_covers_items_actions_menus_tooltips_and_headers(
    qtbot: QtBot, translations: Translations
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    form = Form("main_window", window)
    navigation = form.child(QListWidget, "navigation_list")
    assert navigation.item(0).text() == "Пошук"

    translations.apply("ru")
    form.retranslate()
    assert [navigation.item(i).text() for i in range(navigation.count())] == [
        "Поиск",
        "Обращения",
        "Жалобы",
        "Приём директора",
        "Синхронизация",
    ]
    assert navigation.item(2).toolTip() == "Реестр жалоб (Ctrl+3)"
    assert form.child(QMenu, "file_menu").title() == "&Файл"
    assert form.child(QAction, "quit_action").text() == "В&ыход"
    assert navigation.accessibleName() == "Разделы"
    # Strings marked notr stay as they are: shortcuts and language names.
    assert form.child(QAction, "quit_action").shortcut().toString() == "Ctrl+Q"
    assert form.child(QAction, "language_uk_action").text() == "Українська"

    dialog = QDialog()
    qtbot.addWidget(dialog)
    shortcuts = Form("shortcuts_dialog", dialog)
    table = shortcuts.child(QTableWidget, "shortcuts_table")
    assert table.horizontalHeaderItem(0).text() == "Действие"
    translations.apply("en")
    shortcuts.retranslate()
    assert table.horizontalHeaderItem(1).text() == "Keys"
    assert dialog.windowTitle() == "Keyboard shortcuts"
