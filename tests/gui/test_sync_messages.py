"""Messages of the Sync page's error codes, in every language; its shortcuts are listed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot

from receptionapp.core.errors import DuplicateError
from receptionapp.db.database import open_database
from receptionapp.gui.errors import MESSAGES, error_message, message_for_code
from receptionapp.gui.language import Translations
from receptionapp.gui.sync_panel import SyncPanel
from tests.gui.support import ROOT
from tests.sync.harness import new_office_db

UPGRADE = {
    "uk": "Головному офісу тепер потрібна новіша версія ReceptionApp",
    "ru": "Головному офису теперь нужна более новая версия ReceptionApp",
    "en": "Head office now needs a newer version of ReceptionApp",
}


@pytest.mark.parametrize("language", ["uk", "ru", "en"])
def test_upgrade_required_is_said_in_the_clerks_language(
    translations: Translations, language: str
) -> None:
    translations.apply(language)
    text = message_for_code("sync.upgrade_required")
    assert text.startswith(UPGRADE[language])
    assert text != message_for_code("sync")  # not the family's generic sentence


def test_every_code_of_the_booking_and_issue_modules_has_a_message(
    translations: Translations,
) -> None:
    import re

    pattern = re.compile(r"""code\s*=\s*["']([a-z_]+(?:\.[a-z_]+)+)["']""")
    codes: set[str] = set()
    for name in ("receptionapp/db/appointments.py", "receptionapp/db/sync_issues.py"):
        codes.update(pattern.findall((ROOT / name).read_text(encoding="utf-8")))
    assert codes >= {"appointment.slot_taken", "sync.not_reenterable"}
    assert codes <= set(MESSAGES)
    text = error_message(DuplicateError("taken", code="appointment.slot_taken"))
    assert text.startswith("Тим часом на цей час уже записали тут")


def test_page_actions_have_shortcuts_for_the_f1_list(qtbot: QtBot, tmp_path: Path) -> None:
    new_office_db(tmp_path / "office.db").close()
    db = open_database(tmp_path / "office.db")
    try:
        panel = SyncPanel(db)
        qtbot.addWidget(panel)
        keys = {
            a.objectName(): [k.toString() for k in a.shortcuts()]
            for a in panel.findChildren(QAction)
            if a.text()
        }
        assert keys["open_issue_action"] == ["Return", "Enter"]
        assert keys["sync_now_action"] == [QKeySequence("F5").toString()]
    finally:
        db.close()
