"""The areas of the main window and how a page is plugged into one.

Plugging a page in
------------------
An area's page lives in its own module, named in :data:`AREA_MODULES` (the Lookup page in
``receptionapp/gui/lookup.py``, and so on). When that module exists, :func:`install_pages`
imports it at start-up and calls its factory::

    def create_page(context: PageContext) -> QWidget:
        return LookupPage(context.session, parent=context.window)

and puts the widget in place of the placeholder (``MainWindow.set_page``). Until the module
exists the area shows a placeholder saying what will be there. Nothing else needs editing.

The Lookup page should also satisfy :class:`SearchablePage`: ``Ctrl+F`` and ``F3`` anywhere
in the window switch to it and call ``focus_search()``. A page's own ``QAction``\\ s with
shortcuts (parented to the page) are listed automatically in Help → Keyboard shortcuts.
"""

from __future__ import annotations

import enum
import importlib
import importlib.util
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtWidgets import QWidget

from receptionapp.gui.session import Session
from receptionapp.gui.settings import Settings

if TYPE_CHECKING:
    from receptionapp.gui.main_window import MainWindow

log = logging.getLogger(__name__)


class Area(enum.IntEnum):
    """The areas of the main window, in navigation order (Ctrl+1 … Ctrl+5)."""

    LOOKUP = 0
    CONTACTS = 1
    COMPLAINTS = 2
    APPOINTMENTS = 3
    SYNC = 4


#: Module that provides ``create_page(context)`` for each area, once it is written.
AREA_MODULES: dict[Area, str] = {
    Area.LOOKUP: "receptionapp.gui.lookup",
    Area.CONTACTS: "receptionapp.gui.contacts",
    Area.COMPLAINTS: "receptionapp.gui.complaints",
    Area.APPOINTMENTS: "receptionapp.gui.appointments",
    Area.SYNC: "receptionapp.gui.sync_panel",
}


@runtime_checkable
class SearchablePage(Protocol):
    """A page with a search field that the global Find shortcut (Ctrl+F, F3) focuses."""

    def focus_search(self) -> None:
        """Put the keyboard focus in the search field and select its text."""


@dataclass(frozen=True)
class PageContext:
    """What a page factory gets.

    Attributes:
        session: the signed-in user and the database file.
        window: the main window (parent for the page, status bar messages).
        settings: the user's settings.
    """

    session: Session
    window: MainWindow
    settings: Settings


PageFactory = Callable[[PageContext], QWidget]


def page_factory(area: Area) -> PageFactory | None:
    """The ``create_page`` of the area's module, or None while that module does not exist.

    A module that exists but fails to import is a bug and raises.
    """
    name = AREA_MODULES[area]
    if importlib.util.find_spec(name) is None:
        return None
    module = importlib.import_module(name)
    factory: PageFactory = module.create_page
    return factory


def install_pages(context: PageContext) -> list[Area]:
    """Put every area page that exists into the window; returns the areas filled."""
    filled = []
    for area in Area:
        factory = page_factory(area)
        if factory is not None:
            context.window.set_page(area, factory(context))
            filled.append(area)
    log.debug("pages installed: %s", [a.name for a in filled])
    return filled
