"""The GUI test helpers and the test infrastructure itself (offscreen Qt, the gui mark)."""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from tests.helpers import type_text


def test_qt_runs_offscreen_unless_told_otherwise() -> None:
    assert os.environ["QT_QPA_PLATFORM"] in {"offscreen", "xcb", "wayland"}


def test_gui_tier_is_marked_gui(request: pytest.FixtureRequest) -> None:
    assert request.node.get_closest_marker("gui") is not None


@pytest.mark.parametrize(
    "text",
    ["Петренко", "Їжак Ґудзь є", "Ничипорук-Мʼясоїд", "вул. Сумська 10/5 №3", "ASCII 42"],
)
def test_type_text_types_every_character(qtbot: QtBot, text: str) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edited: list[str] = []
    edit.textEdited.connect(edited.append)

    type_text(edit, text)

    assert edit.text() == text
    assert len(edited) == len(text)  # one edit per character, as when a person types


def test_type_text_special_keys(qtbot: QtBot) -> None:
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)

    type_text(edit, "Київ\nОдесаx\b")

    assert edit.toPlainText() == "Київ\nОдеса"


def test_type_text_return_triggers_line_edit(qtbot: QtBot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)

    with qtbot.waitSignal(edit.returnPressed, timeout=1000):
        type_text(edit, "Дніпро\n")
    assert edit.text() == "Дніпро"
