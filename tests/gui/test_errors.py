"""Error codes of core and db become messages in the clerk's language."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from receptionapp.core.errors import (
    DuplicateError,
    NotFoundError,
    PermissionDenied,
    ReceptionError,
    StorageUnavailable,
    ValidationError,
)
from receptionapp.db.database import GuiLock, open_database
from receptionapp.gui.errors import MESSAGES, error_message, show_error
from receptionapp.gui.language import Translations
from receptionapp.gui.messages import Kind
from tests.gui.support import ROOT, RecordingPresenter

# The codes the brief names, which must never fall back to a generic text.
NAMED_CODES = {
    "storage.busy",
    "storage.full",
    "storage.read_only",
    "storage.corrupt",
    "storage.cannot_open",
    "storage.missing",
    "storage.needs_migration",
    "storage.in_use",
    "storage.too_new",
    "auth.failed",
    "auth.inactive",
}


def _codes_raised_in(*files: str) -> set[str]:
    pattern = re.compile(r"""code\s*=\s*["']([a-z_]+(?:\.[a-z_]+)*)["']""")
    codes: set[str] = set()
    for name in files:
        codes.update(pattern.findall((ROOT / name).read_text(encoding="utf-8")))
    return codes


def test_every_code_a_clerk_can_meet_has_a_message() -> None:
    """Codes of the errors module, the database, users, phones and money.

    Codes of command-line-only work (demo data, imports) may rely on the fallback.
    """
    codes = _codes_raised_in(
        "receptionapp/core/errors.py",
        "receptionapp/core/phones.py",
        "receptionapp/core/money.py",
        "receptionapp/db/database.py",
        "receptionapp/db/users.py",
    )
    assert {"storage.corrupt", "auth.failed", "phone.unknown_code"} <= codes
    missing = (codes | NAMED_CODES) - set(MESSAGES)
    assert not missing, f"add these codes to receptionapp/gui/errors.py: {sorted(missing)}"


def test_a_corrupt_file_is_explained_and_left_alone(
    tmp_path: Path, translations: Translations
) -> None:
    bad = tmp_path / "office.db"
    bad.write_bytes(b"this is a spreadsheet, not a database" * 200)
    before = bad.read_bytes()
    with pytest.raises(StorageUnavailable) as info:
        open_database(bad)
    assert info.value.code == "storage.corrupt"
    text = error_message(info.value)
    assert text == (
        f"Файл {bad} не є базою даних ReceptionApp або пошкоджений. У ньому нічого не "
        "змінено. Відновіть базу даних із резервної копії."
    )
    assert bad.read_bytes() == before


def test_a_database_from_a_newer_version_is_explained_and_left_alone(
    tmp_path: Path, translations: Translations
) -> None:
    path = tmp_path / "office.db"
    open_database(path, create=True).close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StorageUnavailable) as info:
        open_database(path)
    assert info.value.code == "storage.too_new"
    text = error_message(info.value)
    assert "схема 999" in text
    assert text.startswith(f"Базу даних {path} записано новішою версією ReceptionApp")
    assert text.endswith("Оновіть ReceptionApp, щоб її відкрити.")
    assert path.read_bytes() == before


def test_a_missing_file_and_a_second_window(tmp_path: Path, translations: Translations) -> None:
    with pytest.raises(StorageUnavailable) as info:
        open_database(tmp_path / "gone.db")
    assert error_message(info.value) == (
        f"Бази даних {tmp_path / 'gone.db'} немає. Виберіть інший файл або створіть нову "
        "базу даних."
    )
    with GuiLock(tmp_path / "gone.db"), pytest.raises(ReceptionError) as second:
        GuiLock(tmp_path / "gone.db").acquire()
    assert error_message(second.value).startswith(
        "Ця база даних уже відкрита в іншому вікні ReceptionApp."
    )


def test_the_same_error_in_russian_and_english(translations: Translations) -> None:
    error = PermissionDenied("wrong login or password", code="auth.failed")
    translations.apply("ru")
    assert error_message(error) == "Неверный логин или пароль."
    translations.apply("en")
    assert error_message(error) == "Wrong login or password."


def test_unknown_codes_fall_back_to_their_class(translations: Translations) -> None:
    assert error_message(ValidationError("x", code="phone.nonsense")) == (
        "Введені дані неправильні."
    )
    assert error_message(DuplicateError("x", code="slot.nonsense")) == "Такий запис уже існує."
    assert error_message(NotFoundError("x", code="thing.gone")).startswith("Запис не знайдено")
    assert error_message(StorageUnavailable("x", code="storage.weird")) == (
        "Базою даних зараз неможливо скористатися."
    )
    assert error_message(ReceptionError("x", code="odd")) == "Дію не виконано."


def test_parameters_fill_the_placeholders(translations: Translations) -> None:
    error = ValidationError("x", code="user.login_taken", login="olena")
    assert error_message(error) == "Логін olena уже зайнятий."
    # A missing parameter leaves its placeholder rather than hiding the message.
    assert error_message(ValidationError("x", code="user.login_taken")) == (
        "Логін {login} уже зайнятий."
    )


def test_show_error_puts_the_code_in_the_details(
    presenter: RecordingPresenter, translations: Translations
) -> None:
    show_error(None, StorageUnavailable("disk full", code="storage.full", path="/x"))
    shown = presenter.shown[-1]
    assert shown.kind is Kind.ERROR
    assert shown.title == "ReceptionApp: помилка"
    assert shown.text.startswith("Диск із базою даних заповнений")
    assert shown.details == "storage.full: disk full"


def test_every_message_is_a_translatable_source(translations: Translations) -> None:
    for source in MESSAGES.values():
        assert QCoreApplication.translate("errors", source) != source
