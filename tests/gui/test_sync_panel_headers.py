"""The Sync page's issue list shows its column headers whole in every language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from receptionapp.db.database import open_database
from receptionapp.gui.language import Translations
from receptionapp.gui.sync_panel import IssueColumn, SyncPanel
from tests.sync.harness import new_office_db


@pytest.mark.parametrize("language", ["uk", "ru", "en"])
def test_issue_headers_are_not_cut(
    qtbot: QtBot, tmp_path: Path, translations: Translations, language: str
) -> None:
    new_office_db(tmp_path / "office.db").close()
    db = open_database(tmp_path / "office.db")
    try:
        translations.apply(language)
        panel = SyncPanel(db)
        qtbot.addWidget(panel)
        panel.resize(960, 700)
        panel.show()
        view = panel.issues_view
        header = view.horizontalHeader()
        metrics = header.fontMetrics()
        for column in (IssueColumn.WHEN, IssueColumn.KIND, IssueColumn.WHAT):
            text = str(view.model().headerData(column, Qt.Orientation.Horizontal))
            assert header.sectionSize(column) >= metrics.horizontalAdvance(text) + 12, text
    finally:
        db.close()
