"""Error codes of ``core`` and ``db`` turned into messages in the clerk's language.

``core`` and ``db`` raise :class:`~receptionapp.core.errors.ReceptionError` subclasses with a
stable ``code`` and ``params``; this module owns the one table from code to a translated
sentence. Placeholders are Python ``{name}`` fields filled from the error's ``params``.
A code without an entry falls back to the message of its class (and is logged, so the
table can be completed).
"""

from __future__ import annotations

import logging
import string
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from receptionapp.core.errors import (
    DuplicateError,
    NotFoundError,
    PermissionDenied,
    ReceptionError,
    StorageUnavailable,
    ValidationError,
)
from receptionapp.gui import messages

log = logging.getLogger(__name__)

CONTEXT = "errors"

# Code → English source text; the translations are in the .ts files, context "errors".
MESSAGES: dict[str, str] = {
    # storage: the environment refuses, the user can fix it
    "storage": QT_TRANSLATE_NOOP("errors", "The database cannot be used right now."),
    "storage.busy": QT_TRANSLATE_NOOP(
        "errors", "The database is busy with another task. Wait a moment and try again."
    ),
    "storage.full": QT_TRANSLATE_NOOP(
        "errors",
        "The disk holding the database is full, so nothing was saved. "
        "Free some space and try again.",
    ),
    "storage.read_only": QT_TRANSLATE_NOOP(
        "errors",
        "The database {path} cannot be written: the file or its folder is read-only. "
        "Ask your administrator to allow writing there.",
    ),
    "storage.corrupt": QT_TRANSLATE_NOOP(
        "errors",
        "The file {path} is not a ReceptionApp database or it is damaged. "
        "Nothing was changed in it. Restore the database from a backup.",
    ),
    "storage.cannot_open": QT_TRANSLATE_NOOP(
        "errors",
        "The database {path} cannot be opened: its folder is missing or there is no "
        "permission to use it.",
    ),
    "storage.missing": QT_TRANSLATE_NOOP(
        "errors", "There is no database at {path}. Choose another file or create a new database."
    ),
    "storage.needs_migration": QT_TRANSLATE_NOOP(
        "errors",
        "The database {path} was made by an older version of ReceptionApp and must be "
        "updated first.",
    ),
    "storage.in_use": QT_TRANSLATE_NOOP(
        "errors",
        "This database is already open in another ReceptionApp window. "
        "Switch to that window, or close it and try again.",
    ),
    "storage.too_new": QT_TRANSLATE_NOOP(
        "errors",
        "The database {path} was written by a newer version of ReceptionApp "
        "(schema {version}; this version knows {known}). Nothing was changed in it. "
        "Update ReceptionApp to open it.",
    ),
    "storage.other": QT_TRANSLATE_NOOP(
        "errors", "The database {path} reported an error. Try again; if it repeats, restart."
    ),
    # sign-in and users
    "auth.failed": QT_TRANSLATE_NOOP("errors", "Wrong login or password."),
    "auth.inactive": QT_TRANSLATE_NOOP(
        "errors", "This user is disabled. Ask your administrator to enable it."
    ),
    "user.login_invalid": QT_TRANSLATE_NOOP("errors", "The login must be one word without spaces."),
    "user.name_empty": QT_TRANSLATE_NOOP("errors", "Enter the user's full name."),
    "user.role_invalid": QT_TRANSLATE_NOOP("errors", "Unknown role: {role}."),
    "user.password_short": QT_TRANSLATE_NOOP(
        "errors", "The password must have at least {min} characters."
    ),
    "user.login_taken": QT_TRANSLATE_NOOP("errors", "The login {login} is already taken."),
    # input
    "phone.empty": QT_TRANSLATE_NOOP("errors", "Enter a phone number."),
    "phone.not_a_number": QT_TRANSLATE_NOOP("errors", "“{text}” is not a phone number."),
    "phone.unknown_code": QT_TRANSLATE_NOOP(
        "errors",
        "There is no such phone number: “{text}” has an unknown operator or area code.",
    ),
    "money.invalid": QT_TRANSLATE_NOOP(
        "errors", "“{text}” is not an amount in hryvnias (for example 125.50)."
    ),
    # generic classes
    # sync with head office: nothing is lost, the clerk may go on working
    "sync.offline": QT_TRANSLATE_NOOP(
        "errors",
        "Head office is unreachable. Work goes on: changes are kept here and sent when "
        "the connection is back.",
    ),
    "sync.revoked": QT_TRANSLATE_NOOP(
        "errors",
        "Head office has revoked this office: it can no longer sync. The data here stays. "
        "Ask the administrator for a new enrollment token.",
    ),
    "sync.unauthorized": QT_TRANSLATE_NOOP(
        "errors",
        "Head office does not accept this office's credential. "
        "Ask the administrator for a new enrollment token.",
    ),
    "sync.no_server": QT_TRANSLATE_NOOP(
        "errors", "No head office is set up for this office yet. Ask the administrator."
    ),
    "sync.not_enrolled": QT_TRANSLATE_NOOP(
        "errors", "This office is not enrolled with head office yet. Ask the administrator."
    ),
    "sync.upgrade_required": QT_TRANSLATE_NOOP(
        "errors",
        "Head office now needs a newer version of ReceptionApp. Your changes are kept here "
        "and will be sent once ReceptionApp is updated; ask the administrator to update it.",
    ),
    "sync.lost_operations": QT_TRANSLATE_NOOP(
        "errors",
        "Head office was restored from a backup older than this office keeps its sent changes "
        "(30 days), so some of them cannot be sent again. Nothing here was deleted; ask the "
        "administrator to restore a newer head-office backup.",
    ),
    "sync.not_reenterable": QT_TRANSLATE_NOOP(
        "errors", "This value cannot be entered again from here; change it on the record."
    ),
    "sync.record_missing": QT_TRANSLATE_NOOP(
        "errors", "The record is no longer in this office's database, so nothing was changed."
    ),
    "sync.unknown_entity": QT_TRANSLATE_NOOP(
        "errors", "This version of ReceptionApp does not know that kind of record."
    ),
    # director's reception bookings
    "appointment.slot_taken": QT_TRANSLATE_NOOP(
        "errors",
        "That slot has been booked here in the meantime. Choose another slot.",
    ),
    "appointment.closed": QT_TRANSLATE_NOOP(
        "errors",
        "The booking is already cancelled or the reception has taken place; it cannot be changed.",
    ),
    "appointment.not_found": QT_TRANSLATE_NOOP(
        "errors", "The booking is no longer in this office's database."
    ),
    "appointment.bad_slot": QT_TRANSLATE_NOOP(
        "errors", "“{text}” is not a date and time of a reception slot."
    ),
    "sync": QT_TRANSLATE_NOOP(
        "errors",
        "Head office refused the exchange. Changes are kept here; the details are in the "
        "tooltip for the administrator.",
    ),
    "error": QT_TRANSLATE_NOOP("errors", "The operation failed."),
    "invalid": QT_TRANSLATE_NOOP("errors", "The data entered is not valid."),
    "duplicate": QT_TRANSLATE_NOOP("errors", "Such a record already exists."),
    "not_found": QT_TRANSLATE_NOOP("errors", "The record was not found; it may have been removed."),
    "forbidden": QT_TRANSLATE_NOOP("errors", "You are not allowed to do this."),
}

# Most specific first: the fallback for codes missing from MESSAGES.
_CLASS_FALLBACKS: tuple[tuple[type[ReceptionError], str], ...] = (
    (StorageUnavailable, "storage"),
    (PermissionDenied, "forbidden"),
    (ValidationError, "invalid"),
    (DuplicateError, "duplicate"),
    (NotFoundError, "not_found"),
    (ReceptionError, "error"),
)


class _KeepMissing(dict[str, Any]):
    """Format mapping that leaves an unknown ``{field}`` as it is instead of failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _format(template: str, params: dict[str, Any]) -> str:
    try:
        return string.Formatter().vformat(template, (), _KeepMissing(params))
    except (ValueError, IndexError):  # a broken translation must not hide the error itself
        log.warning("cannot format message %r with %r", template, params)
        return template


def message_for_code(code: str) -> str:
    """The translated sentence for a stored error code (e.g. the last sync failure).

    Falls back to the code's family (``sync.x`` → ``sync``), then to the generic message.
    """
    source = MESSAGES.get(code) or MESSAGES.get(code.split(".", 1)[0]) or MESSAGES["error"]
    return _format(QCoreApplication.translate(CONTEXT, source), {})


def error_message(error: ReceptionError) -> str:
    """The translated sentence to show the user for ``error``."""
    source = MESSAGES.get(error.code)
    if source is None:
        log.warning("no message for error code %r (%s)", error.code, error.message)
        fallback = next(code for cls, code in _CLASS_FALLBACKS if isinstance(error, cls))
        source = MESSAGES[fallback]
    return _format(QCoreApplication.translate(CONTEXT, source), dict(error.params))


def show_error(parent: QWidget | None, error: ReceptionError) -> None:
    """Show ``error`` in a message box; the English text goes in the details for support."""
    messages.error(parent, error_message(error), details=f"{error.code}: {error.message}")
