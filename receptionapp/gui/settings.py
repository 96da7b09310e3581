"""Per-user settings of the window (language, geometry, last database) over QSettings.

Domain data never goes here; it lives in the database. Settings are an INI file in the
user's configuration folder (``~/.config/ReceptionApp/receptionapp.ini`` on Linux); tests
build :class:`Settings` from a file in ``tmp_path`` with :meth:`Settings.from_file`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from receptionapp.core.reconciliation import DEFAULT_OVERDUE_DAYS

ORGANIZATION = "ReceptionApp"
APPLICATION = "receptionapp"
LANGUAGES = ("uk", "ru", "en")
#: Days after which the phone numbers of a subscriber are due to be reconciled again.
DEFAULT_RECONCILIATION_OVERDUE_DAYS = DEFAULT_OVERDUE_DAYS


class Settings:
    """A typed facade over :class:`QSettings`: one property per setting, each with its type.

    Attributes:
        qsettings: the underlying store (for ``sync()`` and for tests).
    """

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = qsettings or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
        )

    @classmethod
    def from_file(cls, path: str | Path) -> Settings:
        """Settings kept in the INI file ``path`` (tests, portable set-ups)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    # --- typed access -------------------------------------------------------------------

    def _text(self, key: str) -> str | None:
        value = self.qsettings.value(key)
        return value if isinstance(value, str) and value else None

    def _set_text(self, key: str, value: str | None) -> None:
        if value:
            self.qsettings.setValue(key, value)
        else:
            self.qsettings.remove(key)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.qsettings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def _set_bytes(self, key: str, value: QByteArray | None) -> None:
        if value is None or value.isEmpty():
            self.qsettings.remove(key)
        else:
            self.qsettings.setValue(key, value)

    @property
    def language(self) -> str | None:
        """Interface language code (``uk``, ``ru``, ``en``), None when never chosen."""
        value = self._text("ui/language")
        return value if value in LANGUAGES else None

    @language.setter
    def language(self, value: str | None) -> None:
        if value is not None and value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}")
        self._set_text("ui/language", value)

    @property
    def main_window_geometry(self) -> QByteArray | None:
        """``QMainWindow.saveGeometry()`` of the last session."""
        return self._bytes("main_window/geometry")

    @main_window_geometry.setter
    def main_window_geometry(self, value: QByteArray | None) -> None:
        self._set_bytes("main_window/geometry", value)

    @property
    def main_window_state(self) -> QByteArray | None:
        """``QMainWindow.saveState()`` (tool bars, docks) of the last session."""
        return self._bytes("main_window/state")

    @main_window_state.setter
    def main_window_state(self, value: QByteArray | None) -> None:
        self._set_bytes("main_window/state", value)

    @property
    def last_db(self) -> Path | None:
        """The office database opened last (not the demo one)."""
        value = self._text("database/last")
        return Path(value) if value else None

    @last_db.setter
    def last_db(self, value: Path | None) -> None:
        self._set_text("database/last", str(value) if value else None)

    @property
    def backup_dir(self) -> Path | None:
        """Folder the last backup was written to, offered again next time."""
        value = self._text("database/backup_dir")
        return Path(value) if value else None

    @backup_dir.setter
    def backup_dir(self, value: Path | None) -> None:
        self._set_text("database/backup_dir", str(value) if value else None)

    @property
    def reconciliation_overdue_days(self) -> int:
        """Days after which a subscriber's numbers are due to be reconciled again (1–3650)."""
        value = self.qsettings.value("phones/reconciliation_overdue_days")
        try:
            days = int(str(value))
        except (TypeError, ValueError):
            return DEFAULT_RECONCILIATION_OVERDUE_DAYS
        return days if 1 <= days <= 3650 else DEFAULT_RECONCILIATION_OVERDUE_DAYS

    @reconciliation_overdue_days.setter
    def reconciliation_overdue_days(self, value: int) -> None:
        if not 1 <= value <= 3650:
            raise ValueError(f"overdue days out of range: {value}")
        self.qsettings.setValue("phones/reconciliation_overdue_days", int(value))

    def sync(self) -> None:
        """Write pending changes to disk now (Qt also does it on exit)."""
        self.qsettings.sync()
