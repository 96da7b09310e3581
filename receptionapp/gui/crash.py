"""Bugs end in a short translated message and the log, never a raw traceback on screen.

:class:`CrashHandler` replaces ``sys.excepthook`` (PySide6 hands exceptions raised in slots
and event handlers to it). It writes the traceback to the log file and shows the clerk a
short message through :func:`receptionapp.gui.messages.crash`, with the traceback behind the
"Show details" button for whoever supports them.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from receptionapp.gui import messages

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]


class FileLogging:
    """The GUI's rotating log file on the root logger, removable again (for tests).

    Records of INFO and above go to the file; handlers that print to the terminal keep
    showing only warnings.

    Attributes:
        path: the log file, or None when it could not be opened.
    """

    def __init__(self, path: Path) -> None:
        self.path: Path | None = path
        self._handler: logging.Handler | None = None
        self._saved_levels: list[tuple[logging.Handler, int]] = []
        self._saved_root_level = logging.getLogger().level

    def start(self) -> None:
        """Open the file and attach it (a failure only leaves the file out)."""
        root = logging.getLogger()
        assert self.path is not None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(
                self.path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
            )
        except OSError as exc:
            log.warning("cannot write the log file %s: %s", self.path, exc)
            self.path = None
            return
        handler.setLevel(logging.INFO)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        for existing in root.handlers:
            # Exactly StreamHandler: the terminal output of the CLI, not test capture handlers.
            if type(existing) is logging.StreamHandler and existing.level == logging.NOTSET:
                self._saved_levels.append((existing, existing.level))
                existing.setLevel(logging.WARNING)
        root.addHandler(handler)
        if root.level == logging.NOTSET or root.level > logging.INFO:
            root.setLevel(logging.INFO)
        self._handler = handler

    def stop(self) -> None:
        """Detach and close the file; restore the terminal handlers."""
        root = logging.getLogger()
        if self._handler is not None:
            root.removeHandler(self._handler)
            self._handler.close()
            self._handler = None
        for handler, level in self._saved_levels:
            handler.setLevel(level)
        self._saved_levels.clear()
        root.setLevel(self._saved_root_level)


class CrashHandler:
    """``sys.excepthook`` that logs the traceback and shows the crash message.

    Attributes:
        log_path: where the traceback is written (named in the message), or None.
    """

    def __init__(self, log_path: Path | None) -> None:
        self.log_path = log_path
        self._previous: ExceptHook | None = None
        self._showing = False

    def install(self) -> None:
        """Become ``sys.excepthook`` (keeping the previous hook to restore)."""
        if self._previous is None:
            self._previous = sys.excepthook
            sys.excepthook = self.handle

    def uninstall(self) -> None:
        """Give ``sys.excepthook`` back."""
        if self._previous is not None:
            sys.excepthook = self._previous
            self._previous = None

    def message(self) -> str:
        """The short text the clerk reads."""
        text = QCoreApplication.translate(
            "CrashHandler",
            "ReceptionApp ran into an error it did not expect, and the last action may not "
            "have been completed. What was saved before is safe.",
        )
        if self.log_path is not None:
            text += "\n\n" + QCoreApplication.translate(
                "CrashHandler",
                "The details were written to {log}. Please tell your administrator.",
            ).format(log=self.log_path)
        else:
            text += "\n\n" + QCoreApplication.translate(
                "CrashHandler", "Please tell your administrator what you were doing."
            )
        return text

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        """Log the error and tell the user, once (an error while telling is only logged)."""
        if issubclass(exc_type, KeyboardInterrupt):
            (self._previous or sys.__excepthook__)(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.critical("unexpected error\n%s", details.rstrip())
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            messages.crash(QApplication.activeWindow(), self.message(), details)
        except Exception:
            log.exception("could not show the crash message")
        finally:
            self._showing = False
