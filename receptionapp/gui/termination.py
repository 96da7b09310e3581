"""Close the window cleanly on SIGTERM and SIGINT (a logout, ``kill``, Ctrl+C in a terminal).

Python runs a signal handler only when the interpreter gets control, and Qt's event loop can
sleep in C for as long as nothing happens: a ``kill`` left the window open, holding the
database lock, so the next start was refused. The handler's wake-up byte goes to a socket that
Qt watches; the wake-up runs Python, the handler asks for a close, and the window closes as if
the clerk had chosen File → Quit (settings saved, background work finished, lock released).
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
import threading
from collections.abc import Callable
from types import FrameType
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

log = logging.getLogger(__name__)

#: The signals that ask the window to close.
SIGNALS = (signal.SIGTERM, signal.SIGINT)


class TerminationSignals(QObject):
    """While installed, SIGTERM and SIGINT call ``on_signal`` from the event loop."""

    def __init__(self, on_signal: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_signal = on_signal
        self._previous: dict[int, Any] = {}
        self._previous_fd = -1
        self._reader: socket.socket | None = None
        self._writer: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None

    def install(self) -> bool:
        """Take over the signals; False (nothing changed) outside the main thread."""
        if threading.current_thread() is not threading.main_thread():
            return False
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        for signum in SIGNALS:
            self._previous[signum] = signal.signal(signum, self._handle)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        return True

    def uninstall(self) -> None:
        """Give the signals back as they were."""
        if self._reader is None:
            return
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)
        self._previous.clear()
        signal.set_wakeup_fd(self._previous_fd)
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        for end in (self._reader, self._writer):
            if end is not None:
                end.close()
        self._reader = self._writer = None

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        log.info("signal %s: closing the window", signal.Signals(signum).name)
        # Out of the handler first: closing runs dialogs' and pages' code.
        QTimer.singleShot(0, self._on_signal)

    def _drain(self) -> None:
        # The bytes only woke the event loop; the handler has run by now.
        if self._reader is not None:
            with contextlib.suppress(BlockingIOError):
                while self._reader.recv(64):
                    pass
