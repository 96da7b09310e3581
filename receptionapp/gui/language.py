"""Interface languages: our ``.qm`` catalogues plus Qt's own, switchable while running.

Installing or removing a translator makes Qt send ``QEvent.LanguageChange`` to every widget;
controllers retranslate themselves in ``changeEvent``. Ukrainian is the default.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from receptionapp.resources import translations_dir

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "uk"
#: Language code → its name in that language (menus show languages by their own names).
NATIVE_NAMES: dict[str, str] = {"uk": "Українська", "ru": "Русский", "en": "English"}
LANGUAGES = tuple(NATIVE_NAMES)
_LOCALES = {"uk": "uk_UA", "ru": "ru_UA", "en": "en_GB"}


def catalogue_path(language: str) -> Path:
    """Our compiled catalogue for ``language`` (built from the committed ``.ts``)."""
    return Path(translations_dir()) / f"receptionapp_{language}.qm"


class Translations:
    """The translators installed in the application for the current language.

    Attributes:
        language: the code of the language in use, None before :meth:`apply`.
    """

    def __init__(self) -> None:
        self.language: str | None = None
        self._translators: list[QTranslator] = []

    def apply(self, language: str) -> None:
        """Switch the whole interface to ``language`` (``uk``, ``ru`` or ``en``).

        Raises:
            ValueError: an unknown language code.
        """
        if language not in NATIVE_NAMES:
            raise ValueError(f"unknown language {language!r}")
        self.remove()
        ours = QTranslator()
        path = catalogue_path(language)
        if ours.load(str(path)):
            self._install(ours)
        else:
            log.warning("no translation catalogue at %s; texts stay in English", path)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator()
        # Qt's own strings: the buttons of standard dialogs, context menus of line edits.
        if qtbase.load(f"qtbase_{language}", qt_dir):
            self._install(qtbase)
        QLocale.setDefault(QLocale(_LOCALES[language]))
        self.language = language

    def _install(self, translator: QTranslator) -> None:
        QCoreApplication.installTranslator(translator)
        self._translators.append(translator)

    def remove(self) -> None:
        """Uninstall our translators (the interface falls back to English sources)."""
        for translator in self._translators:
            QCoreApplication.removeTranslator(translator)
        self._translators.clear()
        self.language = None
