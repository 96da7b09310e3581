"""Every message box and standard file chooser of the application goes through here.

Widgets call the functions of this module (``messages.error(self, text)``); the functions
hand the request to the installed :class:`Presenter`. The default one shows Qt dialogs;
tests install a recording one with :func:`install` (the agreed single stub of our code), so
no test ever blocks on a modal box.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class Kind(enum.Enum):
    """What a message is, which decides its icon and default title."""

    INFORMATION = "information"
    WARNING = "warning"
    ERROR = "error"
    CRASH = "crash"
    ABOUT = "about"


@dataclass(frozen=True)
class FileChoice:
    """A request to pick a file.

    Attributes:
        save: True to choose where to write (asks before overwriting), False to open.
        title: dialog title.
        start: the folder or file proposed first.
        name_filter: Qt name filter, e.g. ``"Databases (*.db)"``.
    """

    save: bool
    title: str
    start: Path
    name_filter: str


class Presenter(Protocol):
    """Shows messages and standard dialogs; the one seam tests replace."""

    def show_message(
        self, parent: QWidget | None, kind: Kind, title: str, text: str, details: str | None
    ) -> None:
        """Show a message and return when the user has read it."""

    def ask(self, parent: QWidget | None, title: str, text: str) -> bool:
        """Ask a yes/no question; True means yes."""

    def choose_file(self, parent: QWidget | None, choice: FileChoice) -> Path | None:
        """Let the user pick a file; None when cancelled."""


class QtPresenter:
    """The real presenter: QMessageBox and QFileDialog."""

    def show_message(
        self, parent: QWidget | None, kind: Kind, title: str, text: str, details: str | None
    ) -> None:
        """Show a modal message box (an "about" box for :attr:`Kind.ABOUT`)."""
        if kind is Kind.ABOUT:
            QMessageBox.about(parent, title, text)
            return
        icons = {
            Kind.INFORMATION: QMessageBox.Icon.Information,
            Kind.WARNING: QMessageBox.Icon.Warning,
            Kind.ERROR: QMessageBox.Icon.Critical,
            Kind.CRASH: QMessageBox.Icon.Critical,
        }
        box = QMessageBox(icons[kind], title, text, QMessageBox.StandardButton.Ok, parent)
        box.setObjectName(f"{kind.value}_message_box")
        if details:
            box.setDetailedText(details)
        box.exec()

    def ask(self, parent: QWidget | None, title: str, text: str) -> bool:
        """A Yes/No box; No is the default so that Enter never confirms by accident."""
        answer = QMessageBox.question(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def choose_file(self, parent: QWidget | None, choice: FileChoice) -> Path | None:
        """QFileDialog's open or save dialog."""
        if choice.save:
            name, _ = QFileDialog.getSaveFileName(
                parent, choice.title, str(choice.start), choice.name_filter
            )
        else:
            name, _ = QFileDialog.getOpenFileName(
                parent, choice.title, str(choice.start), choice.name_filter
            )
        return Path(name) if name else None


_presenter: Presenter = QtPresenter()


def install(presenter: Presenter) -> Presenter:
    """Use ``presenter`` from now on; returns the previous one (to restore it)."""
    global _presenter
    previous, _presenter = _presenter, presenter
    return previous


def _title(kind: Kind) -> str:
    titles = {
        Kind.INFORMATION: QCoreApplication.translate("messages", "ReceptionApp"),
        Kind.WARNING: QCoreApplication.translate("messages", "ReceptionApp: warning"),
        Kind.ERROR: QCoreApplication.translate("messages", "ReceptionApp: error"),
        Kind.CRASH: QCoreApplication.translate("messages", "ReceptionApp: something went wrong"),
        Kind.ABOUT: QCoreApplication.translate("messages", "About ReceptionApp"),
    }
    return titles[kind]


def information(parent: QWidget | None, text: str, *, title: str | None = None) -> None:
    """Tell the user something went as asked."""
    _presenter.show_message(parent, Kind.INFORMATION, title or _title(Kind.INFORMATION), text, None)


def warning(parent: QWidget | None, text: str, *, title: str | None = None) -> None:
    """Warn about something the user should know before going on."""
    _presenter.show_message(parent, Kind.WARNING, title or _title(Kind.WARNING), text, None)


def error(
    parent: QWidget | None, text: str, *, title: str | None = None, details: str | None = None
) -> None:
    """Report an expected failure the user can act on (see :mod:`receptionapp.gui.errors`)."""
    _presenter.show_message(parent, Kind.ERROR, title or _title(Kind.ERROR), text, details)


def crash(parent: QWidget | None, text: str, details: str) -> None:
    """Report a bug: a short message, the technical details behind an expander."""
    _presenter.show_message(parent, Kind.CRASH, _title(Kind.CRASH), text, details)


def about(parent: QWidget | None, text: str) -> None:
    """The Help → About box (``text`` may be rich text)."""
    _presenter.show_message(parent, Kind.ABOUT, _title(Kind.ABOUT), text, None)


def ask(parent: QWidget | None, text: str, *, title: str | None = None) -> bool:
    """Ask a yes/no question; True means yes."""
    return _presenter.ask(parent, title or _title(Kind.INFORMATION), text)


def choose_open_file(
    parent: QWidget | None, title: str, start: Path, name_filter: str
) -> Path | None:
    """Ask for an existing file to open; None when cancelled."""
    return _presenter.choose_file(parent, FileChoice(False, title, start, name_filter))


def choose_save_file(
    parent: QWidget | None, title: str, start: Path, name_filter: str
) -> Path | None:
    """Ask where to write a file; None when cancelled."""
    return _presenter.choose_file(parent, FileChoice(True, title, start, name_filter))
