"""The typed settings facade, kept in a file of the test's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray

from receptionapp.gui.settings import Settings


def test_every_setting_survives_a_round_trip_through_the_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    settings = Settings.from_file(path)
    assert settings.language is None
    assert settings.last_db is None
    assert settings.main_window_geometry is None

    settings.language = "ru"
    settings.last_db = tmp_path / "Офіс" / "office.db"
    settings.backup_dir = tmp_path / "backups"
    settings.main_window_geometry = QByteArray(b"\x01\x02geometry")
    settings.main_window_state = QByteArray(b"state")
    settings.sync()
    assert path.is_file()

    again = Settings.from_file(path)
    assert again.language == "ru"
    assert again.last_db == tmp_path / "Офіс" / "office.db"
    assert again.backup_dir == tmp_path / "backups"
    assert again.main_window_geometry == QByteArray(b"\x01\x02geometry")
    assert again.main_window_state == QByteArray(b"state")

    again.language = None
    again.last_db = None
    again.main_window_geometry = None
    again.sync()
    cleared = Settings.from_file(path)
    assert (cleared.language, cleared.last_db, cleared.main_window_geometry) == (None, None, None)


def test_a_language_the_app_does_not_have_is_refused_and_ignored(tmp_path: Path) -> None:
    settings = Settings.from_file(tmp_path / "settings.ini")
    with pytest.raises(ValueError, match="unknown language"):
        settings.language = "de"
    settings.qsettings.setValue("ui/language", "de")  # e.g. an edited file
    assert settings.language is None
