"""The sign-in dialog and the first-administrator dialog, against a real database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from receptionapp.db.models import User
from receptionapp.db.users import add_user, authenticate
from receptionapp.gui.first_user_dialog import FirstUserDialog
from receptionapp.gui.language import Translations
from receptionapp.gui.sign_in_dialog import SignInDialog
from tests.helpers import type_text


def _dialog(qtbot: QtBot, path: Path) -> SignInDialog:
    dialog = SignInDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_wrong_password_is_explained_in_ukrainian_and_the_dialog_stays(
    qtbot: QtBot, open_office: Path, translations: Translations
) -> None:
    dialog = _dialog(qtbot, open_office)
    assert dialog.windowTitle() == "Вхід до ReceptionApp"
    type_text(dialog.login_edit, "olena")
    type_text(dialog.password_edit, "wrong-password")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)

    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "Неправильний логін або пароль."
    assert dialog.password_edit.text() == ""
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.user is None


def test_unknown_login_gets_the_same_message(
    qtbot: QtBot, open_office: Path, translations: Translations
) -> None:
    dialog = _dialog(qtbot, open_office)
    type_text(dialog.login_edit, "nobody")
    type_text(dialog.password_edit, "secret1")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "Неправильний логін або пароль."


def test_right_password_signs_in_with_enter(
    qtbot: QtBot, open_office: Path, translations: Translations
) -> None:
    dialog = _dialog(qtbot, open_office)
    type_text(dialog.login_edit, "olena")
    type_text(dialog.password_edit, "secret1")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        QTest.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user is not None and dialog.user.login == "olena"
    assert not dialog.error_label.isVisible()


def test_cyrillic_password_and_disabled_user(
    qtbot: QtBot, open_office: Path, translations: Translations
) -> None:
    user = add_user("taras", "Тарас Бойко", "clerk", "Пароль-ґ1")
    dialog = _dialog(qtbot, open_office)
    type_text(dialog.login_edit, "taras")
    type_text(dialog.password_edit, "Пароль-ґ1")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted

    User.update(active=False).where(User.id == user.id).execute()
    dialog = _dialog(qtbot, open_office)
    type_text(dialog.login_edit, "taras")
    type_text(dialog.password_edit, "Пароль-ґ1")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == (
        "Цього користувача вимкнено. Попросіть адміністратора його ввімкнути."
    )


def test_empty_login_asks_for_it(
    qtbot: QtBot, open_office: Path, translations: Translations
) -> None:
    dialog = _dialog(qtbot, open_office)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "Введіть свій логін."
    assert dialog.user is None


def test_tab_order_goes_login_password_sign_in_cancel(
    qtbot: QtBot, open_office: Path, translations: Translations
) -> None:
    dialog = _dialog(qtbot, open_office)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.login_edit.hasFocus()
    order = []
    for _ in range(4):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget().objectName())
    assert order == ["password_edit", "sign_in_button", "cancel_button", "login_edit"]
    assert dialog.database_label.text() == "База даних абонвідділу: office.db"


def test_first_administrator_of_an_empty_database(
    qtbot: QtBot, tmp_path: Path, translations: Translations
) -> None:
    from receptionapp.db.database import open_database

    db = open_database(tmp_path / "new.db", create=True)
    try:
        dialog = FirstUserDialog()
        qtbot.addWidget(dialog)
        dialog.show()
        type_text(dialog.name_edit, "Ірина Коваль")
        type_text(dialog.login_edit, "iryna")
        type_text(dialog.password_edit, "abc")
        type_text(dialog.repeat_edit, "abd")
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        assert dialog.error_label.text() == "Паролі не збігаються."

        type_text(dialog.repeat_edit, "abc")
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        assert dialog.error_label.text() == "Пароль закороткий; найменша довжина пароля: 4."
        assert not User.select().exists()

        for edit in (dialog.password_edit, dialog.repeat_edit):
            edit.clear()
            type_text(edit, "ключ-2026")
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert authenticate("iryna", "ключ-2026").role == "admin"
        assert dialog.user is not None and dialog.user.name == "Ірина Коваль"
    finally:
        db.close()
