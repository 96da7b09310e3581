"""Start-up of the window: language, database, lock, sign-in, main window.

``receptionapp`` (and ``receptionapp --demo``) call :func:`run_gui`. The order matters:

1. a display must exist (else one line on standard error, exit 1);
2. the language: ``--lang``, else the settings, else Ukrainian;
3. the database: ``--demo`` → the demo office (created on first use, in the background,
   with a "please wait" window); else ``--db``; else the last one used; else the user
   chooses or creates one;
4. the GUI lock on it (a second window on the same database is refused: message, exit 1);
5. opening it (a missing, damaged, read-only or too new file: a message in the clerk's
   language, nothing written);
6. signing in (the demo signs in as its clerk by itself);
7. the main window, until it is closed.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import peewee as pw
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from receptionapp import __version__
from receptionapp.core.errors import ReceptionError, StorageUnavailable
from receptionapp.db.database import GuiLock, open_database, storage_error
from receptionapp.db.models import User, database_proxy
from receptionapp.db.users import authenticate
from receptionapp.gui.busy_dialog import BusyDialog
from receptionapp.gui.choose_database_dialog import ChooseDatabaseDialog
from receptionapp.gui.collector import MainThreadCollector
from receptionapp.gui.crash import CrashHandler, FileLogging
from receptionapp.gui.errors import show_error
from receptionapp.gui.first_user_dialog import FirstUserDialog
from receptionapp.gui.icons import icon
from receptionapp.gui.language import DEFAULT_LANGUAGE, Translations
from receptionapp.gui.locations import data_dir, default_demo_db_path, log_file
from receptionapp.gui.main_window import MainWindow
from receptionapp.gui.pages import PageContext, install_pages
from receptionapp.gui.session import Session
from receptionapp.gui.settings import Settings
from receptionapp.gui.sign_in_dialog import SignInDialog
from receptionapp.gui.tasks import run_task, wait_for_all
from receptionapp.gui.termination import TerminationSignals

log = logging.getLogger(__name__)

R = TypeVar("R")

DEMO_CLERK = ("clerk", "clerk")

NO_DISPLAY_MESSAGE = (
    "receptionapp: no display to open the window on; run it in a desktop session, "
    "or offscreen with QT_QPA_PLATFORM=offscreen, or under Xvfb with: "
    "xvfb-run -a receptionapp\n"
)


def has_display() -> bool:
    """Whether Qt can open a window here (Linux needs X11, Wayland or a chosen platform)."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def run_gui(
    db_path: Path | None,
    demo: bool,
    language: str | None,
    *,
    settings: Settings | None = None,
) -> int:
    """Open the window and run it until it is closed; returns the process exit code.

    Args:
        db_path: ``--db``: the office database (with ``demo``, where the demo one lives).
        demo: ``--demo``: the demo office, created on first use, signed in as its clerk.
        language: ``--lang`` (``uk``, ``ru``, ``en``); None uses the saved choice.
        settings: the user's settings (tests pass one made from a file).

    Returns:
        0 after a normal close or when the user cancels at start; 1 when the window cannot
        start (no display, database in use or unusable).
    """
    if not has_display():
        sys.stderr.write(NO_DISPLAY_MESSAGE)
        return 1
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0] if sys.argv else "receptionapp"])
    gui = GuiApp(app, settings or Settings())
    try:
        return gui.run(db_path, demo, language)
    finally:
        gui.shutdown()


class GuiApp:
    """One run of the window: what :func:`run_gui` sets up and takes down again.

    Attributes:
        app: the QApplication.
        settings: the user's settings.
        translations: the installed translators.
        session: the signed-in session once :meth:`start` succeeded.
        window: the main window once opened.
    """

    def __init__(self, app: QApplication, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self.translations = Translations()
        self.file_logging = FileLogging(log_file())
        self.crash = CrashHandler(None)
        self.collector = MainThreadCollector()
        self.session: Session | None = None
        self.window: MainWindow | None = None
        self._lock: GuiLock | None = None
        self._db: pw.SqliteDatabase | None = None

    # --- the whole run --------------------------------------------------------------------

    def run(self, db_path: Path | None, demo: bool, language: str | None) -> int:
        """Set up, start, show the main window and run the event loop."""
        began = time.perf_counter()
        self.setup(language)
        try:
            started = self.start(db_path, demo)
            if isinstance(started, int):
                return started
            window = self.open_main_window(started)
            window.show()
            # What start-up built lives as long as the window: full collections skip it.
            self.collector.freeze()
            # Logged from the event loop: the first moment the window can take input.
            QTimer.singleShot(
                0,
                lambda: log.info(
                    "main window ready %.2f s after start", time.perf_counter() - began
                ),
            )
            signals = TerminationSignals(self.close_on_signal)
            signals.install()
            try:
                return self.app.exec()
            finally:
                signals.uninstall()
        except Exception as exc:  # a bug during start-up: the crash message, then exit 1
            self.crash.handle(type(exc), exc, exc.__traceback__)
            return 1

    def close_on_signal(self) -> None:
        """SIGTERM or SIGINT: close every window (open dialogs too), then end the loop."""
        self.app.closeAllWindows()
        self.app.quit()

    def setup(self, language: str | None) -> None:
        """Application identity, language, log file and crash hook."""
        QCoreApplication.setOrganizationName("ReceptionApp")
        QCoreApplication.setApplicationName("ReceptionApp")
        QCoreApplication.setApplicationVersion(__version__)
        self.app.setWindowIcon(icon("app"))
        self.app.setDesktopFileName("receptionapp")
        self.translations.apply(language or self.settings.language or DEFAULT_LANGUAGE)
        self.file_logging.start()
        self.crash.log_path = self.file_logging.path
        self.crash.install()
        self.collector.start()
        log.info("ReceptionApp %s starting (language %s)", __version__, self.translations.language)

    def shutdown(self) -> None:
        """Finish background work, close the database, release the lock, undo set-up."""
        wait_for_all()
        if self.window is not None:
            # Deleted now, not later: its pages must not react to the language change that
            # removing the translators sends, once the database is closed.
            self.window.close()
            self.window.deleteLater()
            self.window = None
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self._close_database()
        from receptionapp.sync.demo import stop_demo_headoffice

        stop_demo_headoffice()
        self._release_lock()
        self.collector.stop()
        self.crash.uninstall()
        self.file_logging.stop()
        self.translations.remove()

    # --- start-up steps -------------------------------------------------------------------

    def start(self, db_path: Path | None, demo: bool) -> Session | int:
        """Everything before the main window: a session, or the exit code to stop with."""
        if demo:
            return self._start_demo(db_path or default_demo_db_path())
        if db_path is not None:
            # A file named on the command line: a failure ends the run.
            started = self._start_office(db_path, create=False, fatal=True)
            return 1 if started is None else started
        last = self.settings.last_db
        if last is not None and last.is_file():
            started = self._start_office(last, create=False, fatal=False)
            if started is not None:
                return started
        while True:  # until a database opens, or the user quits
            dialog = ChooseDatabaseDialog(last.parent if last else data_dir().parent)
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.path is None:
                return 0
            started = self._start_office(dialog.path, create=dialog.create_new, fatal=False)
            if started is not None:
                return started

    def _start_demo(self, path: Path) -> Session | int:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return self._fail(storage_error(exc, path.parent))
        if not self._take_lock(path):
            return 1
        first_time = not path.exists()
        text = (
            QCoreApplication.translate(
                "GuiApp",
                "Creating the demo office: reference data, about 20,000 subscribers and the "
                "demo users. This takes a few seconds the first time…",
            )
            if first_time
            else QCoreApplication.translate("GuiApp", "Opening the demo office…")
        )
        try:
            self.run_with_busy_dialog(text, lambda: _ensure_demo_database(path))
            self._open(path, create=False)
            user = authenticate(*DEMO_CLERK)
        except ReceptionError as exc:
            return self._fail(exc)
        self.session = Session(path, user, demo=True)
        return self.session

    def _start_office(self, path: Path, *, create: bool, fatal: bool) -> Session | int | None:
        """Lock, open (or create) and sign in to ``path``.

        Returns a session; an exit code (0 when the user cancelled, 1 after a ``fatal``
        failure); or None after a non-fatal failure, so the caller offers another file.
        """
        failed: int | None = 1 if fatal else None
        if not create and not path.is_file():
            self._fail(
                StorageUnavailable(f"no database at {path}", code="storage.missing", path=str(path))
            )
            return failed
        if not self._take_lock(path):
            return failed
        try:
            if create:
                self.run_with_busy_dialog(
                    QCoreApplication.translate("GuiApp", "Creating the office database…"),
                    lambda: _create_database(path),
                )
            self._open(path, create=False)
        except ReceptionError as exc:
            self._close_database()
            self._release_lock()
            self._fail(exc)
            return failed
        user = self._sign_in(path)
        if user is None:
            return 0
        self.settings.last_db = path.resolve()
        self.session = Session(path, user)
        return self.session

    def _sign_in(self, path: Path) -> User | None:
        if not User.select().exists():
            first = FirstUserDialog()
            if first.exec() != QDialog.DialogCode.Accepted or first.user is None:
                return None
            return first.user
        dialog = SignInDialog(path)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.user

    def open_main_window(self, session: Session) -> MainWindow:
        """The main window of ``session`` with every page that exists plugged in."""
        window = MainWindow(session, self.settings, self.translations)
        install_pages(PageContext(session, window, self.settings))
        self.window = window
        return window

    # --- helpers --------------------------------------------------------------------------

    def run_with_busy_dialog(self, text: str, func: Callable[[], R]) -> R:
        """Run ``func`` in the background while a "please wait" window shows ``text``.

        The window appears only if the work lasts more than a moment. Returns what ``func``
        returned, or raises what it raised.
        """
        loop = QEventLoop()
        outcome: dict[str, object] = {}

        def done(result: object) -> None:
            outcome["result"] = result
            loop.quit()

        def failed(exc: BaseException) -> None:
            outcome["error"] = exc
            loop.quit()

        dialog = BusyDialog(text)
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(dialog.show)
        timer.start(300)
        run_task(func, done, failed)
        loop.exec()
        timer.stop()
        dialog.hide()
        dialog.deleteLater()
        if "error" in outcome:
            raise outcome["error"]  # type: ignore[misc]
        return outcome["result"]  # type: ignore[return-value]

    def _take_lock(self, path: Path) -> bool:
        lock = GuiLock(path)
        try:
            lock.acquire()
        except ReceptionError as exc:
            self._fail(exc)
            return False
        self._lock = lock
        return True

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _open(self, path: Path, *, create: bool) -> None:
        self._db = open_database(path, create=create)
        log.info("database %s opened", path)

    def _close_database(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def _fail(self, exc: ReceptionError) -> int:
        log.warning("cannot start: %s", exc.message)
        show_error(None, exc)
        return 1


def _ensure_demo_database(path: Path) -> None:
    """Worker side of ``--demo``: create the demo office if it is not there yet."""
    from receptionapp.db.demo import ensure_demo_database

    ensure_demo_database(path)
    # A local head office, so the demo shows sync working. Started before the window opens:
    # the office then names this run's service (not the port of an earlier run) and is
    # enrolled by the time the Sync page's first sync goes out.
    from receptionapp.sync.demo import start_in_background

    try:
        start_in_background(path)
    except (ReceptionError, OSError) as exc:
        # The demo still opens; its Sync page says head office cannot be reached.
        log.warning("the demo head office did not start: %s", exc)
    # The worker's connection must not stay attached to its thread.
    if database_proxy.obj is not None and not database_proxy.is_closed():
        database_proxy.close()


def _create_database(path: Path) -> None:
    """Worker side of "Create a new database": schema and reference data, or nothing.

    A failure removes the files it started, so no half-made database is left behind.
    """
    from receptionapp.db.reference import load_reference_data

    made = [path, Path(f"{path}-wal"), Path(f"{path}-shm")]
    try:
        db = open_database(path, create=True)
        try:
            load_reference_data(db)
        finally:
            db.close()
    except BaseException:
        for file in made:
            file.unlink(missing_ok=True)
        raise
