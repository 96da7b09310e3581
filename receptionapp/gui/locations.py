"""Where the GUI keeps its files on this computer (XDG base directories on Linux)."""

from __future__ import annotations

import os
from pathlib import Path

APP_DIR = "receptionapp"


def _xdg(variable: str, default: str) -> Path:
    value = os.environ.get(variable, "")
    # The XDG spec says a relative value is invalid and must be ignored.
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / default


def data_dir() -> Path:
    """``$XDG_DATA_HOME/receptionapp`` (``~/.local/share/receptionapp``)."""
    return _xdg("XDG_DATA_HOME", ".local/share") / APP_DIR


def default_demo_db_path() -> Path:
    """The demo office database that ``receptionapp --demo`` creates on first use."""
    return data_dir() / "demo" / "office.db"


def log_file() -> Path:
    """The GUI's log (``$XDG_STATE_HOME/receptionapp/receptionapp.log``)."""
    return _xdg("XDG_STATE_HOME", ".local/state") / APP_DIR / "receptionapp.log"
