"""Typed domain errors.

Every error carries a stable ``code`` and keyword ``params`` so that the GUI and the
command line can turn it into a message in the user's language. ``core`` never translates.
"""

from __future__ import annotations

from typing import Any


class ReceptionError(Exception):
    """Base class of the errors the application expects and explains to the user.

    Attributes:
        code: stable machine-readable code, e.g. ``"phone.invalid"``.
        params: values the message is formatted with.
    """

    code = "error"

    def __init__(self, message: str, *, code: str | None = None, **params: Any) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code
        self.params = params

    @property
    def message(self) -> str:
        """The English message, used in logs and on the command line."""
        return str(self.args[0]) if self.args else self.code


class ValidationError(ReceptionError):
    """Input that breaks a rule: an invalid phone, an impossible date, a bad CSV row."""

    code = "invalid"


class DuplicateError(ReceptionError):
    """Something that must be unique already exists (a login, a booked slot)."""

    code = "duplicate"


class NotFoundError(ReceptionError):
    """A referenced record does not exist."""

    code = "not_found"


class PermissionDenied(ReceptionError):
    """The signed-in user may not do this."""

    code = "forbidden"


class StorageUnavailable(ReceptionError):
    """The environment refuses: locked or full disk, read-only or corrupt file.

    Not a bug: the user can fix it (free space, close the other window, restore a backup).
    """

    code = "storage"


class DatabaseLocked(StorageUnavailable):
    """Another ReceptionApp window already has this office database open."""

    code = "storage.in_use"


class SchemaTooNew(StorageUnavailable):
    """The database was written by a newer version of the application."""

    code = "storage.too_new"
