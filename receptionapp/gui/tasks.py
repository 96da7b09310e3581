"""Background work: run a ``core``/``db`` call on a thread pool, get the answer in the GUI thread.

::

    run_task(lambda: backup_file(src, dest), on_done=self._on_backup_done)
    run_db_task(lambda: save_contact(...), on_done=..., write=True)

The callable runs on a worker thread and must not touch widgets. Its result (or the
exception it raised) is posted back through a queued signal, so ``on_done`` / ``on_error``
run in the GUI thread. Database writes go through a pool with a single thread, so they are
serialised and never wait on each other's locks. Without ``on_error``, an expected error
(:class:`~receptionapp.core.errors.ReceptionError`) is shown as a translated message box and
anything else goes to ``sys.excepthook`` (the crash dialog).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from functools import partial
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot

from receptionapp.core.errors import ReceptionError

log = logging.getLogger(__name__)

R = TypeVar("R")

_writer_pool: QThreadPool | None = None
# Tasks whose answer has not been delivered yet: keeps the Python objects alive.
_pending: dict[int, Task] = {}


def writer_pool() -> QThreadPool:
    """The single-thread pool that serialises database writes."""
    global _writer_pool
    if _writer_pool is None:
        _writer_pool = QThreadPool()
        _writer_pool.setObjectName("database_writer_pool")
        _writer_pool.setMaxThreadCount(1)
    return _writer_pool


class Task(QObject):
    """Handle of one background call, living in the GUI thread.

    A task is a child of its owner (the widget whose methods get the answer): when the owner
    is deleted first, Qt drops the queued answer with the task, so no callback ever runs on
    a deleted widget.

    Signals:
        succeeded(object): the call returned this value (after ``on_done`` ran).
        failed(object): the call raised this exception (after ``on_error`` ran).
        finished(): either of the above happened.
    """

    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()
    # Emitted from the worker thread; connected queued to the slots below.
    _returned = Signal(object)
    _raised = Signal(object)

    def __init__(
        self,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        owner: QObject | None = None,
    ) -> None:
        super().__init__(owner)
        self._on_done = on_done
        self._on_error = on_error
        self._returned.connect(self._deliver_result, Qt.ConnectionType.QueuedConnection)
        self._raised.connect(self._deliver_error, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        _pending.pop(id(self), None)
        try:
            if self._on_done is not None:
                self._on_done(result)
        finally:
            self.succeeded.emit(result)
            self.finished.emit()

    @Slot(object)
    def _deliver_error(self, exc: BaseException) -> None:
        _pending.pop(id(self), None)
        try:
            if self._on_error is not None:
                self._on_error(exc)
            else:
                report_error(exc)
        finally:
            self.failed.emit(exc)
            self.finished.emit()


def _worker(func: Callable[[], Any], task: Task) -> Callable[[], None]:
    """The function the pool runs: call ``func`` and post the outcome to ``task``."""

    def run() -> None:
        try:
            result = func()
        except Exception as exc:
            _post(task, False, exc)
        else:
            _post(task, True, result)

    return run


def _post(task: Task, ok: bool, value: object) -> None:
    try:
        (task._returned if ok else task._raised).emit(value)
    except RuntimeError:  # the owner, and the task with it, was deleted meanwhile
        _pending.pop(id(task), None)
        log.debug("background result dropped: its owner is gone")


def _owner_of(*callbacks: Callable[..., Any] | None) -> QObject | None:
    """The QObject whose bound method is one of ``callbacks``, if any."""
    for callback in callbacks:
        owner = getattr(callback, "__self__", None)
        if isinstance(owner, QObject):
            return owner
    return None


def report_error(exc: BaseException) -> None:
    """Default error handling: a message for expected errors, the crash hook for bugs."""
    if isinstance(exc, ReceptionError):
        from receptionapp.gui.errors import show_error  # errors imports messages: keep lazy

        log.info("background task failed: %s (%s)", exc.code, exc.message)
        show_error(None, exc)
    else:
        sys.excepthook(type(exc), exc, exc.__traceback__)


def run_task(
    func: Callable[[], R],
    on_done: Callable[[R], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    *,
    pool: QThreadPool | None = None,
    owner: QObject | None = None,
) -> Task:
    """Run ``func()`` on a worker thread; call ``on_done(result)`` or ``on_error(exc)`` later
    in the GUI thread.

    Must be called from the GUI thread. ``owner`` is the widget the callbacks belong to
    (by default the object of ``on_done`` or ``on_error`` when they are bound methods);
    if it is deleted before the answer arrives, the answer is dropped. Returns the
    :class:`Task`, whose ``finished`` signal tests and callers can wait on.
    """
    task = Task(on_done, on_error, owner or _owner_of(on_done, on_error))
    # By id, not the task itself: the connection must not keep the task alive.
    task.destroyed.connect(partial(_pending.pop, id(task), None))
    _pending[id(task)] = task
    (pool or QThreadPool.globalInstance()).start(_worker(func, task))
    return task


def run_db_task(
    func: Callable[[], R],
    on_done: Callable[[R], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    *,
    write: bool = False,
    owner: QObject | None = None,
) -> Task:
    """:func:`run_task` for a call that uses the open database.

    The worker gets its own SQLite connection for the duration of the call (peewee
    connections are per thread). ``write=True`` queues the call on the single writer thread.
    """
    from receptionapp.db.models import database_proxy

    def with_connection() -> R:
        with database_proxy.connection_context():
            return func()

    return run_task(
        with_connection, on_done, on_error, pool=writer_pool() if write else None, owner=owner
    )


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Block until the running background calls end (at exit); False on timeout."""
    done = QThreadPool.globalInstance().waitForDone(timeout_ms)
    if _writer_pool is not None:
        done = _writer_pool.waitForDone(timeout_ms) and done
    return done
