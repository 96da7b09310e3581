"""The catalogues are complete, up to date with the code, and Ukrainian is the default."""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from receptionapp.gui.app import GuiApp
from receptionapp.gui.language import LANGUAGES, Translations
from receptionapp.gui.settings import Settings
from tests.gui.support import ROOT

TS_DIR = ROOT / "resources" / "translations"
FIELD = re.compile(r"\{(\w+)\}")


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(language: str) -> list[ET.Element]:
    root = ET.parse(TS_DIR / f"receptionapp_{language}.ts").getroot()
    return list(root.iter("message"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    messages = _messages(language)
    assert len(messages) > 100
    for message in messages:
        translation = message.find("translation")
        source = message.findtext("source")
        assert translation is not None, source
        assert translation.get("type") is None, (source, translation.get("type"))
        forms = translation.findall("numerusform")
        texts = [f.text for f in forms] if forms else [translation.text]
        assert all(t and t.strip() for t in texts), source


@pytest.mark.parametrize("language", ["uk", "ru"])
def test_translations_keep_placeholders_and_one_mnemonic(language: str) -> None:
    for message in _messages(language):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        assert sorted(FIELD.findall(translation)) == sorted(FIELD.findall(source)), source
        mnemonics = translation.replace("&&", "").count("&")
        assert mnemonics == source.replace("&&", "").count("&"), source


def test_catalogues_are_up_to_date_with_the_code(tmp_path: Path) -> None:
    """lupdate over the current sources finds nothing new to translate."""
    tool = _tool()
    for language in LANGUAGES:
        shutil.copy(TS_DIR / f"receptionapp_{language}.ts", tmp_path)
    tool.run_lupdate(tmp_path, ROOT)
    for language in LANGUAGES:
        todo = tool.unfinished(tmp_path / f"receptionapp_{language}.ts")
        assert todo == [], f"{language}: run tools/update_translations.py and translate {todo}"


def test_ukrainian_is_the_default_language(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    gui = GuiApp(qapp, Settings.from_file(tmp_path / "settings.ini"))
    try:
        gui.setup(language=None)
        assert gui.translations.language == "uk"
        assert QCoreApplication.translate("MainWindow", "Lookup") == "Пошук"
        assert QCoreApplication.translate("errors", "Wrong login or password.") == (
            "Неправильний логін або пароль."
        )
    finally:
        gui.shutdown()
    assert QCoreApplication.translate("MainWindow", "Lookup") == "Lookup"


def test_saved_language_and_command_line_language_win_over_the_default(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    settings = Settings.from_file(tmp_path / "settings.ini")
    settings.language = "ru"
    gui = GuiApp(qapp, settings)
    try:
        gui.setup(language=None)
        assert QCoreApplication.translate("MainWindow", "Lookup") == "Поиск"
    finally:
        gui.shutdown()
    gui = GuiApp(qapp, settings)
    try:
        gui.setup(language="en")
        assert gui.translations.language == "en"
        assert QCoreApplication.translate("MainWindow", "Complaints") == "Complaints"
    finally:
        gui.shutdown()


def test_qt_own_dialog_texts_follow_the_language(qapp: QApplication) -> None:
    translations = Translations()
    try:
        translations.apply("uk")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Скасувати"
    finally:
        translations.remove()
