"""The application's own SVG icons (``resources/icons``), loaded once."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from receptionapp.resources import resource_path

_SIZES = (16, 24, 28, 32, 48, 64, 96, 128)


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (``app``, ``lookup``, ``contacts``, …).

    Rendered once into pixmaps for the normal and the selected state: without its own
    "selected" image a list view tints the icon of the selected row into a blot.
    """
    svg = QIcon(str(resource_path(f"icons/{name}.svg")))
    result = QIcon()
    for size in _SIZES:
        pixmap = svg.pixmap(size, size)
        result.addPixmap(pixmap, QIcon.Mode.Normal)
        result.addPixmap(pixmap, QIcon.Mode.Selected)
    return result
