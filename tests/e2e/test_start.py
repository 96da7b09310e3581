"""Starting the window for real: ``run_gui`` from the command line's point of view.

Each test runs the whole start-up (language, database, lock, sign-in, main window, event
loop) against SQLite files in ``tmp_path``; the dialogs are answered through the keyboard
once they appear, and the main window is closed to end the run.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from receptionapp.db.database import open_database
from receptionapp.db.models import Directorate, User
from receptionapp.gui.app import run_gui
from receptionapp.gui.choose_database_dialog import ChooseDatabaseDialog
from receptionapp.gui.first_user_dialog import FirstUserDialog
from receptionapp.gui.main_window import MainWindow
from receptionapp.gui.messages import Kind
from receptionapp.gui.pages import Area
from receptionapp.gui.settings import Settings
from receptionapp.gui.sign_in_dialog import SignInDialog
from tests.gui.support import ROOT, RecordingPresenter, when_shown
from tests.helpers import type_text


@pytest.fixture(autouse=True)
def own_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Log file and default data folder inside the test's own folder."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    yield


def _sign_in(login: str, password: str) -> None:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, SignInDialog)
        type_text(dialog.login_edit, login)
        type_text(dialog.password_edit, password + "\n")

    when_shown(SignInDialog, fill)


def _close_main_window(seen: dict[str, object]) -> None:
    def close(window: QWidget) -> None:
        assert isinstance(window, MainWindow)
        seen["title"] = window.windowTitle()
        seen["status"] = window.status_texts()
        seen["user"] = window.session.user.login
        seen["area"] = window.current_area()
        window.close()

    when_shown(MainWindow, close)


def test_no_display_is_one_line_on_stderr(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], office_db: Path
) -> None:
    for variable in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert run_gui(office_db, demo=False, language=None) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "QT_QPA_PLATFORM=offscreen" in err and "xvfb-run -a" in err


def test_sign_in_then_main_window_then_close(
    qtbot: QtBot, office_db: Path, settings: Settings, presenter: RecordingPresenter
) -> None:
    seen: dict[str, object] = {}

    def wrong_then_right(dialog: QWidget) -> None:
        assert isinstance(dialog, SignInDialog)
        type_text(dialog.login_edit, "olena")
        type_text(dialog.password_edit, "nope\n")
        seen["error"] = dialog.error_label.text()
        type_text(dialog.password_edit, "secret1\n")

    when_shown(SignInDialog, wrong_then_right)
    _close_main_window(seen)
    assert run_gui(office_db, demo=False, language=None, settings=settings) == 0
    assert seen["error"] == "Неправильний логін або пароль."
    assert seen["user"] == "olena"
    assert seen["status"] == (
        "Абонвідділ: KH-1",
        "Олена Петренко (оператор)",
        "База даних: office.db",
    )
    assert seen["area"] is Area.LOOKUP
    assert settings.last_db == office_db.resolve()
    assert settings.main_window_geometry is not None
    assert presenter.shown == []
    # The window is gone, not waiting for a later event loop to delete it.
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    # The lock is released at the end: another window may open the database now.
    from receptionapp.db.database import GuiLock

    with GuiLock(office_db):
        pass


def test_the_last_database_is_offered_again_and_cancel_ends_quietly(
    qtbot: QtBot, office_db: Path, settings: Settings, presenter: RecordingPresenter
) -> None:
    settings.last_db = office_db
    seen: dict[str, str] = {}

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, SignInDialog)
        seen["database"] = dialog.database_label.text()
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    when_shown(SignInDialog, cancel)
    assert run_gui(None, demo=False, language="ru", settings=settings) == 0
    assert seen["database"] == "База данных абонотдела: office.db"
    assert presenter.shown == []


def test_a_second_window_on_the_same_database_is_refused(
    qtbot: QtBot, office_db: Path, settings: Settings, presenter: RecordingPresenter, tmp_path: Path
) -> None:
    """A real first process holds the window open (at its sign-in dialog)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_STATE_HOME=str(tmp_path / "s1"))
    first = subprocess.Popen(
        [sys.executable, "-m", "receptionapp.cli", "--db", str(office_db)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    lock_file = Path(f"{office_db}.lock")
    try:
        qtbot.waitUntil(
            lambda: lock_file.exists() and lock_file.read_text().strip() == str(first.pid),
            timeout=30_000,
        )
        assert run_gui(office_db, demo=False, language=None, settings=settings) == 1
    finally:
        first.kill()
        first.wait(timeout=30)
    [shown] = presenter.shown
    assert shown.kind is Kind.ERROR
    assert shown.text == (
        "Ця база даних уже відкрита в іншому вікні ReceptionApp. "
        "Перейдіть до того вікна або закрийте його й спробуйте ще раз."
    )
    assert "Traceback" not in (shown.details or "")


def test_a_corrupt_database_is_a_clear_message_and_exit_1(
    qtbot: QtBot, tmp_path: Path, settings: Settings, presenter: RecordingPresenter
) -> None:
    bad = tmp_path / "office.db"
    bad.write_bytes(b"\x00garbage" * 1000)
    before = bad.read_bytes()
    assert run_gui(bad, demo=False, language=None, settings=settings) == 1
    assert presenter.texts(Kind.ERROR) == [
        f"Файл {bad} не є базою даних ReceptionApp або пошкоджений. У ньому нічого не "
        "змінено. Відновіть базу даних із резервної копії."
    ]
    assert bad.read_bytes() == before
    assert settings.last_db is None


def test_a_database_of_a_newer_version_is_refused_untouched(
    qtbot: QtBot, office_db: Path, settings: Settings, presenter: RecordingPresenter
) -> None:
    with sqlite3.connect(office_db) as conn:
        conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = office_db.read_bytes()
    assert run_gui(office_db, demo=False, language="en", settings=settings) == 1
    [text] = presenter.texts(Kind.ERROR)
    assert text.startswith(f"The database {office_db} was written by a newer version")
    assert "(schema 999;" in text
    assert office_db.read_bytes() == before


def test_a_missing_database_is_a_clear_message(
    qtbot: QtBot, tmp_path: Path, settings: Settings, presenter: RecordingPresenter
) -> None:
    assert run_gui(tmp_path / "nowhere.db", demo=False, language="ru", settings=settings) == 1
    assert presenter.texts(Kind.ERROR) == [
        f"Базы данных {tmp_path / 'nowhere.db'} нет. Выберите другой файл или создайте "
        "новую базу данных."
    ]
    assert not (tmp_path / "nowhere.db").exists()


def test_first_start_creates_a_database_and_its_administrator(
    qtbot: QtBot, tmp_path: Path, settings: Settings, presenter: RecordingPresenter
) -> None:
    new = tmp_path / "offices" / "kharkiv"
    new.parent.mkdir()
    presenter.files.append(new)  # the save dialog's answer: a name without .db
    seen: dict[str, object] = {}

    def create(dialog: QWidget) -> None:
        assert isinstance(dialog, ChooseDatabaseDialog)
        dialog.create_button.click()

    def administrator(dialog: QWidget) -> None:
        assert isinstance(dialog, FirstUserDialog)
        type_text(dialog.name_edit, "Ірина Коваль")
        type_text(dialog.login_edit, "iryna")
        type_text(dialog.password_edit, "ключ-2026")
        type_text(dialog.repeat_edit, "ключ-2026\n")

    when_shown(ChooseDatabaseDialog, create)
    when_shown(FirstUserDialog, administrator)
    _close_main_window(seen)
    assert run_gui(None, demo=False, language=None, settings=settings) == 0

    created = new.with_suffix(".db")
    assert seen["user"] == "iryna"
    assert seen["title"] == "ReceptionApp — kharkiv.db"
    assert settings.last_db == created.resolve()
    db = open_database(created)
    try:
        assert User.get(User.login == "iryna").role == "admin"
        assert Directorate.select().count() == 5  # the bundled reference data
    finally:
        db.close()


def test_the_chooser_refuses_to_overwrite_and_quit_ends_quietly(
    qtbot: QtBot, office_db: Path, settings: Settings, presenter: RecordingPresenter
) -> None:
    presenter.files.append(office_db)
    before = office_db.read_bytes()
    seen: dict[str, str] = {}

    def create_over_existing_then_quit(dialog: QWidget) -> None:
        assert isinstance(dialog, ChooseDatabaseDialog)
        dialog.create_button.click()
        seen["error"] = dialog.error_label.text()
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    when_shown(ChooseDatabaseDialog, create_over_existing_then_quit)
    assert run_gui(None, demo=False, language=None, settings=settings) == 0
    assert seen["error"] == f"{office_db} уже існує. Відкрийте її або виберіть іншу назву."
    assert office_db.read_bytes() == before


def test_a_damaged_last_database_is_explained_then_another_can_be_chosen(
    qtbot: QtBot, tmp_path: Path, settings: Settings, presenter: RecordingPresenter
) -> None:
    bad = tmp_path / "last.db"
    bad.write_bytes(b"\x00not sqlite" * 500)
    settings.last_db = bad
    offered: list[bool] = []

    def quit_chooser(dialog: QWidget) -> None:
        offered.append(True)
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    when_shown(ChooseDatabaseDialog, quit_chooser)
    assert run_gui(None, demo=False, language=None, settings=settings) == 0
    assert offered == [True]
    [text] = presenter.texts(Kind.ERROR)
    assert text.startswith(f"Файл {bad} не є базою даних ReceptionApp")


def test_demo_office_is_created_once_and_signed_in_as_the_clerk(
    qtbot: QtBot, tmp_path: Path, settings: Settings, presenter: RecordingPresenter
) -> None:
    pytest.importorskip("receptionapp.db.demo")
    demo = tmp_path / "demo" / "office.db"
    seen: dict[str, object] = {}
    _close_main_window(seen)
    assert run_gui(demo, demo=True, language=None, settings=settings) == 0
    assert presenter.shown == []
    assert seen["user"] == "clerk"
    assert seen["title"] == "ReceptionApp — демонстраційний абонвідділ"
    office, user, database = seen["status"]  # type: ignore[misc]
    assert office == "Абонвідділ: Харківська дирекція"  # the clerk belongs to Kharkiv
    assert user.endswith("(оператор)")
    assert database == "База даних: office.db"
    assert settings.last_db is None  # the demo never becomes "the last database"
    size = demo.stat().st_size

    _close_main_window(seen)  # the second start reuses the file
    assert run_gui(demo, demo=True, language="en", settings=settings) == 0
    assert seen["title"] == "ReceptionApp — demo office"
    assert demo.stat().st_size >= size


def test_the_demo_database_lives_in_the_data_folder_by_default(tmp_path: Path) -> None:
    from receptionapp.gui.locations import default_demo_db_path, log_file

    assert default_demo_db_path() == tmp_path / "data" / "receptionapp" / "demo" / "office.db"
    assert log_file() == tmp_path / "state" / "receptionapp" / "receptionapp.log"


@pytest.fixture(autouse=True)
def no_windows_left(qapp: QApplication) -> Iterator[None]:
    """Every run ends with its windows closed (a hung dialog would fail the next test)."""
    yield
    assert QApplication.activeModalWidget() is None
