"""Fixtures and helpers shared by the GUI and end-to-end tiers (imported by their conftests).

The one stub of our code is the message-box presenter (:class:`RecordingPresenter`): it
records what would have been shown and answers questions and file choosers from queues, so
no test blocks on a modal box. Everything else is real: SQLite files in ``tmp_path``, the
compiled catalogues, the forms, the widgets.
"""

from __future__ import annotations

import os
import subprocess
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from receptionapp.db.database import open_database
from receptionapp.db.models import User
from receptionapp.db.users import add_user
from receptionapp.gui import messages
from receptionapp.gui.language import LANGUAGES, Translations, catalogue_path
from receptionapp.gui.main_window import MainWindow
from receptionapp.gui.session import Session
from receptionapp.gui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
CLERK = ("olena", "Олена Петренко", "clerk", "secret1")
DIRECTOR = ("director", "Микола Шевчук", "director", "director1")


@dataclass
class Shown:
    """One message the application showed."""

    kind: messages.Kind
    title: str
    text: str
    details: str | None


@dataclass
class RecordingPresenter:
    """Stands in for message boxes and file choosers.

    Attributes:
        shown: every message, in order.
        answers: replies to yes/no questions (an empty queue answers no).
        files: replies to file choosers (an empty queue cancels).
        file_requests: what the file choosers were asked.
    """

    shown: list[Shown] = field(default_factory=list)
    answers: deque[bool] = field(default_factory=deque)
    files: deque[Path | None] = field(default_factory=deque)
    file_requests: list[messages.FileChoice] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)

    def show_message(
        self,
        parent: QWidget | None,
        kind: messages.Kind,
        title: str,
        text: str,
        details: str | None,
    ) -> None:
        self.shown.append(Shown(kind, title, text, details))

    def ask(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.questions.append(text)
        return self.answers.popleft() if self.answers else False

    def choose_file(self, parent: QWidget | None, choice: messages.FileChoice) -> Path | None:
        self.file_requests.append(choice)
        return self.files.popleft() if self.files else None

    def texts(self, kind: messages.Kind | None = None) -> list[str]:
        """The texts shown (of one kind, if given)."""
        return [s.text for s in self.shown if kind is None or s.kind is kind]


def build_catalogues() -> None:
    """Compile the .ts catalogues to .qm where the .qm is missing or older (as make does)."""
    lrelease = ROOT / ".venv" / "bin" / "pyside6-lrelease"
    command = str(lrelease) if lrelease.exists() else "pyside6-lrelease"
    for language in LANGUAGES:
        qm = catalogue_path(language)
        ts = qm.with_suffix(".ts")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            # A new file put in place, never rewritten in place: a running app maps the old
            # one, and rewriting it under that app made it crash (segfault in QTranslator).
            fresh = qm.with_name(qm.name + ".tmp")
            subprocess.run([command, "-silent", str(ts), "-qm", str(fresh)], check=True)
            os.replace(fresh, qm)


def make_office_db(path: Path) -> Path:
    """A real office database with a clerk and a director (closed again)."""
    db = open_database(path, create=True)
    try:
        add_user(*CLERK[:3], CLERK[3], office="KH-1")
        add_user(*DIRECTOR[:3], DIRECTOR[3])
    finally:
        db.close()
    return path


def when_shown(
    kind: type[QWidget], action: Callable[[QWidget], None], timeout_ms: int = 20_000
) -> None:
    """Run ``action(window)`` once a top-level ``kind`` is on screen, e.g. a dialog that
    the code under test opens with ``exec()`` or the main window before ``app.exec()``.

    Polls from the event loop every few milliseconds (nested ``exec()`` loops keep running
    timers). After ``timeout_ms`` it closes every open window, so a test fails
    instead of hanging.
    """
    timer = QTimer()
    timer.setInterval(5)
    waited = {"ms": 0}

    def check() -> None:
        waited["ms"] += 5
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                timer.stop()
                action(widget)
                return
        if waited["ms"] > timeout_ms:
            timer.stop()
            for widget in QApplication.topLevelWidgets():
                if widget.isVisible():
                    widget.close()

    timer.timeout.connect(check)
    timer.start()
    _live_timers.append(timer)


_live_timers: list[QTimer] = []


# --- fixtures ---------------------------------------------------------------------------


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogues() -> None:
    """The .qm files exist and are fresh before any GUI test runs."""
    build_catalogues()


@pytest.fixture(autouse=True)
def presenter() -> Iterator[RecordingPresenter]:
    """Every GUI test runs with message boxes recorded instead of shown."""
    recording = RecordingPresenter()
    previous = messages.install(recording)
    yield recording
    messages.install(previous)
    for timer in _live_timers:
        timer.stop()
    _live_timers.clear()


@pytest.fixture
def office_db(tmp_path: Path) -> Path:
    """Path of a closed office database with users ``olena`` (clerk) and ``director``."""
    return make_office_db(tmp_path / "office.db")


@pytest.fixture
def open_office(office_db: Path) -> Iterator[Path]:
    """``office_db`` opened as the process's database for the test."""
    db = open_database(office_db)
    yield office_db
    db.close()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings kept in a file of the test's own."""
    return Settings.from_file(tmp_path / "settings.ini")


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    """The default interface language (Ukrainian), removed after the test."""
    installed = Translations()
    installed.apply("uk")
    yield installed
    installed.remove()


@pytest.fixture
def main_window(
    qtbot: object, open_office: Path, settings: Settings, translations: Translations
) -> MainWindow:
    """The real main window signed in as the clerk, shown offscreen."""
    user = User.get(User.login == CLERK[0])
    window = MainWindow(Session(open_office, user), settings, translations)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    return window
