"""Helpers for GUI tests (plain functions, no fixtures).

pytest-qt's ``qtbot.keyClicks`` aborts the whole test process on non-ASCII text
(PLATFORM.md), and our clerks type Cyrillic. :func:`type_text` sends one key event per
character instead, with the character as the event's text, which is what a QLineEdit or
QTextEdit inserts.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

# Characters that are keys rather than text: a widget reacts to the key code.
_SPECIAL_KEYS = {
    "\n": Qt.Key.Key_Return,
    "\r": Qt.Key.Key_Return,
    "\t": Qt.Key.Key_Tab,
    "\b": Qt.Key.Key_Backspace,
}


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` one character at a time, as a person would.

    Safe for any Unicode text (Cyrillic, apostrophes, ``№``). ``"\\n"`` presses Return,
    ``"\\t"`` Tab and ``"\\b"`` Backspace. Events are delivered synchronously, so the
    widget's text and its ``textEdited`` signals are up to date when this returns.

    Args:
        widget: the widget to receive the key events (it need not have focus).
        text: what to type.
    """
    for ch in text:
        key = _SPECIAL_KEYS.get(ch)
        if key is not None:
            QTest.keyClick(widget, key)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                ch,
                Qt.KeyboardModifier.NoModifier,
            )
