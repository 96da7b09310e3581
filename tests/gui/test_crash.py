"""Bugs: logged with their traceback, shown as a short translated message."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from receptionapp.gui.crash import CrashHandler, FileLogging
from receptionapp.gui.language import Translations
from receptionapp.gui.messages import Kind
from tests.gui.support import RecordingPresenter


class OddBug(RuntimeError):
    """An error nobody expected."""


def _raise_bug() -> None:
    raise OddBug("the card has no subscriber")


def test_hook_logs_the_traceback_and_shows_a_short_message(
    tmp_path: Path, presenter: RecordingPresenter, translations: Translations
) -> None:
    logging_to_file = FileLogging(tmp_path / "state" / "receptionapp.log")
    logging_to_file.start()
    handler = CrashHandler(logging_to_file.path)
    try:
        try:
            _raise_bug()
        except OddBug:
            handler.handle(*sys.exc_info())  # type: ignore[arg-type]
    finally:
        logging_to_file.stop()

    log_text = (tmp_path / "state" / "receptionapp.log").read_text(encoding="utf-8")
    assert "OddBug: the card has no subscriber" in log_text
    assert "in _raise_bug" in log_text
    [shown] = presenter.shown
    assert shown.kind is Kind.CRASH
    assert shown.title == "ReceptionApp: щось пішло не так"
    assert shown.text.startswith("У ReceptionApp сталася непередбачена помилка")
    assert str(tmp_path / "state" / "receptionapp.log") in shown.text
    assert "Traceback" not in shown.text  # the clerk never reads a raw traceback...
    assert shown.details is not None and "OddBug" in shown.details  # ...support can


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_reaches_the_crash_message(
    qtbot: QtBot, presenter: RecordingPresenter, translations: Translations
) -> None:
    handler = CrashHandler(None)
    handler.install()
    try:
        QTimer.singleShot(0, _raise_bug)
        qtbot.waitUntil(lambda: bool(presenter.shown), timeout=5000)
    finally:
        handler.uninstall()
    assert presenter.shown[0].kind is Kind.CRASH
    assert presenter.shown[0].text.endswith("Повідомте, будь ласка, адміністратора, що ви робили.")
    assert sys.excepthook is not handler.handle


def test_keyboard_interrupt_is_not_a_crash(presenter: RecordingPresenter) -> None:
    seen = []
    previous = sys.excepthook
    sys.excepthook = lambda *args: seen.append(args[0])
    handler = CrashHandler(None)
    handler.install()
    try:
        handler.handle(KeyboardInterrupt, KeyboardInterrupt(), None)
    finally:
        handler.uninstall()
        sys.excepthook = previous
    assert seen == [KeyboardInterrupt]
    assert presenter.shown == []


def test_file_logging_leaves_the_terminal_quiet_and_is_undone(tmp_path: Path) -> None:
    root = logging.getLogger()
    terminal = logging.StreamHandler()
    root.addHandler(terminal)
    level = root.level
    try:
        file_logging = FileLogging(tmp_path / "log" / "receptionapp.log")
        file_logging.start()
        assert terminal.level == logging.WARNING
        logging.getLogger("receptionapp.test").info("signed in: olena")
        file_logging.stop()
        assert terminal.level == logging.NOTSET
        assert root.level == level
        assert "signed in: olena" in (tmp_path / "log" / "receptionapp.log").read_text()
    finally:
        root.removeHandler(terminal)


def test_an_unwritable_log_folder_only_leaves_the_file_out(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    file_logging = FileLogging(blocker / "receptionapp.log")
    file_logging.start()
    file_logging.stop()
    assert file_logging.path is None
    # Without a log file, the message does not point to one.
    assert "receptionapp.log" not in CrashHandler(file_logging.path).message()
