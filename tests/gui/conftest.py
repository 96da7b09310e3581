"""Fixtures of the GUI tier (shared with e2e through tests/gui/support.py)."""

from tests.gui.support import (
    compiled_catalogues,
    main_window,
    office_db,
    open_office,
    presenter,
    settings,
    translations,
)

__all__ = [
    "compiled_catalogues",
    "main_window",
    "office_db",
    "open_office",
    "presenter",
    "settings",
    "translations",
]
