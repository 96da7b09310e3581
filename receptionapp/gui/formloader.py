"""Designer forms loaded at run time into their controller widget, and retranslated.

A controller does::

    class SignInDialog(QDialog):
        def __init__(self, parent=None):
            super().__init__(parent)
            self._form = Form("sign_in_dialog", self)
            self._login_edit = self._form.child(QLineEdit, "login_edit")

Why at run time: ``QUiLoader`` builds a form in about a millisecond, needs no generated
``ui_*.py`` files (so a wheel built from a clean checkout works with just the ``.ui`` files
inside it), and translates every text with the form's class name as context, exactly as
``pyside6-lupdate`` extracts them from the ``.ui`` file.

What QUiLoader does not do under PySide6 is retranslate a live form when the language
changes. :class:`Form` does that itself: it reads the ``.ui`` XML once, remembers every
translatable string (widget and action properties, tab titles, list/combo items, table
headers), and :meth:`Form.retranslate` sets them again through
:meth:`QCoreApplication.translate`. Controllers call it from ``changeEvent`` on
``QEvent.LanguageChange``.
"""

from __future__ import annotations

import logging
import weakref
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import (
    QComboBox,
    QListWidget,
    QTableWidget,
    QTabWidget,
    QToolBox,
    QTreeWidget,
    QWidget,
)

from receptionapp.resources import ui_path

log = logging.getLogger(__name__)

T = TypeVar("T", bound=QObject)

# Widget properties whose <string> values are shown to the user.
_ITEM_SETTERS: dict[str, str] = {
    "text": "setText",
    "toolTip": "setToolTip",
    "statusTip": "setStatusTip",
    "whatsThis": "setWhatsThis",
}


@dataclass(frozen=True)
class _Text:
    """One translatable string of a form and how to put it back in place."""

    source: str
    comment: str | None
    apply: Callable[[QWidget, str], None]


class _IntoBaseLoader(QUiLoader):
    """A QUiLoader that builds the form's top-level widget into an existing instance."""

    def __init__(self, base: QWidget) -> None:
        super().__init__(base)
        self._base: QWidget | None = base

    def createWidget(  # noqa: N802 - Qt override
        self, class_name: str, parent: QWidget | None = None, name: str = ""
    ) -> QWidget:
        if parent is None and self._base is not None:
            base, self._base = self._base, None
            return base
        return super().createWidget(class_name, parent, name)


class FormError(RuntimeError):
    """A form does not match its controller (missing file or widget): a bug, not user input."""


class Form:
    """A Designer form built into a controller widget.

    The form refers to its controller weakly: the controller holds the form, and a cycle
    between them would leave the widget to Python's cyclic garbage collector, which may run
    on a worker thread, where deleting a widget crashes Qt.

    Attributes:
        name: the form's file name without ``.ui`` (``"main_window"``).
        context: the translation context (the form's ``<class>``, e.g. ``"MainWindow"``).
    """

    def __init__(self, name: str, base: QWidget) -> None:
        self.name = name
        self._base = weakref.ref(base)
        path = ui_path(f"{name}.ui")
        self.context, self._texts = _parse(path)
        loader = _IntoBaseLoader(base)
        built = loader.load(str(path))
        if built is None:
            raise FormError(f"cannot load form {path}: {loader.errorString()}")
        if built is not base:
            raise FormError(f"form {path} was not built into its controller")

    @property
    def base(self) -> QWidget:
        """The controller widget the form was built into.

        Raises:
            FormError: the controller no longer exists.
        """
        base = self._base()
        if base is None:
            raise FormError(f"the controller of form {self.name!r} is gone")
        return base

    def child(self, cls: type[T], object_name: str) -> T:
        """The form's object of type ``cls`` named ``object_name``.

        Raises:
            FormError: the form has no such object (the ``.ui`` and the code disagree).
        """
        found = self.base.findChild(cls, object_name)
        if found is None:
            raise FormError(f"form {self.name!r} has no {cls.__name__} named {object_name!r}")
        return found

    def retranslate(self) -> None:
        """Set every translatable text of the form again in the current language."""
        base = self.base
        for text in self._texts:
            translated = QCoreApplication.translate(self.context, text.source, text.comment)
            text.apply(base, translated)


def _find(root: QWidget, cls: type[T], name: str) -> T | None:
    if root.objectName() == name and isinstance(root, cls):
        return root
    return root.findChild(cls, name)


def _string_of(element: ET.Element) -> tuple[str, str | None] | None:
    """The (text, disambiguation) of a translatable ``<string>``, or None."""
    string = element.find("string")
    if string is None or string.get("notr") == "true" or not (string.text or ""):
        return None
    return string.text or "", string.get("comment")


def _property_setter(
    cls: type[QObject], object_name: str, prop: str
) -> Callable[[QWidget, str], None]:
    def apply(root: QWidget, value: str) -> None:
        target = _find(root, cls, object_name)
        if target is not None:
            target.setProperty(prop, value)

    return apply


def _tab_title_setter(object_name: str) -> Callable[[QWidget, str], None]:
    def apply(root: QWidget, value: str) -> None:
        page = _find(root, QWidget, object_name)
        if page is None:
            return
        # A tab page's parent is the tab widget's internal stack; walk up to the container.
        container = page.parentWidget()
        while container is not None and not isinstance(container, QTabWidget | QToolBox):
            container = container.parentWidget()
        if isinstance(container, QTabWidget):
            container.setTabText(container.indexOf(page), value)
        elif isinstance(container, QToolBox):
            container.setItemText(container.indexOf(page), value)

    return apply


def _item_setter(
    object_name: str, kind: str, index: int, prop: str
) -> Callable[[QWidget, str], None] | None:
    method = _ITEM_SETTERS.get(prop)
    if method is None:
        return None

    def apply(root: QWidget, value: str) -> None:
        owner = _find(root, QWidget, object_name)
        item: object = None
        if isinstance(owner, QListWidget):
            item = owner.item(index)
        elif isinstance(owner, QComboBox):
            if prop == "text":
                owner.setItemText(index, value)
            return
        elif isinstance(owner, QTableWidget):
            item = (
                owner.horizontalHeaderItem(index)
                if kind == "column"
                else owner.verticalHeaderItem(index)
            )
        elif isinstance(owner, QTreeWidget) and kind == "column":
            header = owner.headerItem()
            if prop == "text":
                header.setText(index, value)
            elif prop == "toolTip":
                header.setToolTip(index, value)
            return
        if item is not None:
            getattr(item, method)(value)

    return apply


@cache
def _parse(path: Path) -> tuple[str, tuple[_Text, ...]]:
    """The form's class name and its translatable strings (cached: forms never change)."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise FormError(f"cannot read form {path}: {exc}") from exc
    context = (root.findtext("class") or "").strip()
    texts: list[_Text] = []

    def add(element: ET.Element, apply: Callable[[QWidget, str], None] | None) -> None:
        found = _string_of(element)
        if found is not None and apply is not None:
            texts.append(_Text(found[0], found[1], apply))

    for widget in root.iter("widget"):
        name = widget.get("name", "")
        for prop in widget.findall("property"):
            add(prop, _property_setter(QWidget, name, prop.get("name", "")))
        for attribute in widget.findall("attribute"):
            if attribute.get("name") == "title":
                add(attribute, _tab_title_setter(name))
        item_index = 0
        for child in widget:
            if child.tag == "item" and child.find("property") is not None:
                for prop in child.findall("property"):
                    add(
                        prop,
                        _item_setter(name, "item", item_index, prop.get("name", "")),
                    )
                item_index += 1
        for kind in ("column", "row"):
            for index, header in enumerate(widget.findall(kind)):
                for prop in header.findall("property"):
                    add(prop, _item_setter(name, kind, index, prop.get("name", "")))
    for action in root.iter("action"):
        name = action.get("name", "")
        for prop in action.findall("property"):
            add(prop, _property_setter(QAction, name, prop.get("name", "")))
    return context, tuple(texts)
