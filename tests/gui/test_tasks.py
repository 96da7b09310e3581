"""Background calls: results and errors come back in the GUI thread; writes are serialised."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from pytestqt.qtbot import QtBot

from receptionapp.core.errors import StorageUnavailable
from receptionapp.db.models import LocalSetting
from receptionapp.gui import tasks as tasks_module
from receptionapp.gui.crash import CrashHandler
from receptionapp.gui.language import Translations
from receptionapp.gui.messages import Kind
from receptionapp.gui.tasks import run_db_task, run_task, wait_for_all, writer_pool
from tests.gui.support import RecordingPresenter


def test_result_is_delivered_in_the_gui_thread(qtbot: QtBot) -> None:
    gui_thread = threading.get_ident()
    ran_in: list[int] = []
    delivered_in: list[int] = []
    results: list[int] = []

    def work() -> int:
        ran_in.append(threading.get_ident())
        return 6 * 7

    def done(result: int) -> None:
        delivered_in.append(threading.get_ident())
        results.append(result)

    task = run_task(work, done)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert results == [42]
    assert ran_in and ran_in[0] != gui_thread
    assert delivered_in == [gui_thread]


def test_error_is_delivered_to_on_error(qtbot: QtBot) -> None:
    errors: list[BaseException] = []

    def work() -> None:
        raise StorageUnavailable("full", code="storage.full")

    task = run_task(work, on_error=errors.append)
    with qtbot.waitSignal(task.failed, timeout=5000) as signal:
        pass
    assert isinstance(errors[0], StorageUnavailable)
    assert signal.args == [errors[0]]


def test_without_on_error_expected_errors_become_messages_and_bugs_crash_messages(
    qtbot: QtBot, presenter: RecordingPresenter, translations: Translations
) -> None:
    def expected() -> None:
        raise StorageUnavailable("busy", code="storage.busy")

    def bug() -> None:
        raise ZeroDivisionError("division by zero")

    with qtbot.waitSignal(run_task(expected).finished, timeout=5000):
        pass
    assert presenter.shown[-1].kind is Kind.ERROR
    assert presenter.shown[-1].text.startswith("База даних зайнята іншим завданням.")

    handler = CrashHandler(None)
    handler.install()
    try:
        with qtbot.waitSignal(run_task(bug).finished, timeout=5000):
            pass
    finally:
        handler.uninstall()
    assert presenter.shown[-1].kind is Kind.CRASH
    assert "ZeroDivisionError" in (presenter.shown[-1].details or "")


def test_database_writes_run_one_at_a_time_on_their_own_connection(
    qtbot: QtBot, open_office: Path
) -> None:
    assert writer_pool().maxThreadCount() == 1
    lock = threading.Lock()
    running = {"now": 0, "max": 0}
    threads: set[int] = set()

    def write(n: int) -> int:
        with lock:
            running["now"] += 1
            running["max"] = max(running["max"], running["now"])
        threads.add(threading.get_ident())
        LocalSetting.insert(key=f"k{n}", value=str(n)).execute()
        with lock:
            running["now"] -= 1
        return n

    finished: list[int] = []
    for n in range(8):
        run_db_task(lambda n=n: write(n), finished.append, write=True)
    qtbot.waitUntil(lambda: len(finished) == 8, timeout=10_000)
    assert sorted(finished) == list(range(8))
    assert running["max"] == 1
    assert len(threads) == 1 and threading.get_ident() not in threads
    # Committed: the GUI thread's own connection sees every row.
    assert LocalSetting.select().where(LocalSetting.key.startswith("k")).count() == 8


class Receiver(QObject):
    """A widget-like owner of a callback."""

    def __init__(self) -> None:
        super().__init__()
        self.results: list[object] = []

    def on_done(self, result: object) -> None:
        self.setObjectName(str(result))  # raises if the C++ object is gone
        self.results.append(result)


def test_an_answer_for_a_deleted_owner_is_dropped(qtbot: QtBot) -> None:
    gate = threading.Event()
    receiver = Receiver()
    task = run_task(lambda: gate.wait(5) and "late", receiver.on_done)
    assert task.parent() is receiver  # the owner is inferred from the bound method
    with qtbot.waitSignal(receiver.destroyed, timeout=5000):
        receiver.deleteLater()
    gate.set()
    assert wait_for_all(5000)
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()
    # No callback on the deleted receiver, and nothing is left pending.
    assert not tasks_module._pending


def test_an_explicit_owner_keeps_a_lambda_from_running_late(qtbot: QtBot) -> None:
    gate = threading.Event()
    owner = QObject()
    called: list[str] = []
    run_task(lambda: gate.wait(5), lambda _r: called.append("ran"), owner=owner)
    with qtbot.waitSignal(owner.destroyed, timeout=5000):
        owner.deleteLater()
    gate.set()
    assert wait_for_all(5000)
    QCoreApplication.processEvents()
    assert called == []
