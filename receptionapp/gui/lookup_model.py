"""The table model of the lookup's results: one row per matching account, loaded lazily.

The model never queries the database itself. The Lookup page (:mod:`receptionapp.gui.lookup`)
runs the engine on its worker and hands the rows over with :meth:`LookupModel.set_results`
(a new query) and :meth:`LookupModel.append_rows` (the next page). When the view scrolls near
the end, Qt calls :meth:`LookupModel.fetchMore`, which emits :attr:`LookupModel.more_wanted`;
the page asks the worker for more and appends them. Rows arrive already ranked by the engine,
so the model does not sort.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from receptionapp.core.errors import ValidationError
from receptionapp.gui import vocabulary

CONTEXT = "LookupModel"

# Custom data roles of the model.
SUBSCRIBER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ACCOUNT_ID_ROLE = Qt.ItemDataRole.UserRole + 2
MATCH_ROLE = Qt.ItemDataRole.UserRole + 3

# Roles as plain ints: data() compares them for every cell on every paint, and comparing
# Qt's enum members costs more than the rest of the call.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_SUBSCRIBER_ID = int(SUBSCRIBER_ID_ROLE)
_ACCOUNT_ID = int(ACCOUNT_ID_ROLE)
_MATCH = int(MATCH_ROLE)
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)

ModelIndex = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    """The columns of the results table, in display order."""

    NAME = 0
    ACCOUNT = 1
    ADDRESS = 2
    DIRECTORATE = 3
    STATUS = 4
    PHONES = 5


HEADERS: dict[Column, str] = {
    Column.NAME: QT_TRANSLATE_NOOP("LookupModel", "Subscriber"),
    Column.ACCOUNT: QT_TRANSLATE_NOOP("LookupModel", "Account"),
    Column.ADDRESS: QT_TRANSLATE_NOOP("LookupModel", "Address"),
    Column.DIRECTORATE: QT_TRANSLATE_NOOP("LookupModel", "Directorate"),
    Column.STATUS: QT_TRANSLATE_NOOP("LookupModel", "Status"),
    Column.PHONES: QT_TRANSLATE_NOOP("LookupModel", "Phones"),
}


@dataclass(frozen=True, slots=True)
class ResultRow:
    """One row of the results, as the worker prepared it.

    Attributes:
        subscriber_id: the subscriber's id.
        account_id: the account's id (None for a subscriber without accounts).
        name: "Last First Patronymic" as written.
        account_number: the account number, ``""`` without an account.
        address: one line.
        directorate: the directorate's name (or its code when the name is unknown).
        status: the account's status code.
        phones: current numbers, E.164, sorted.
        match: why it was found (a :class:`receptionapp.db.search.MatchKind` value).
    """

    subscriber_id: str
    account_id: str | None
    name: str
    account_number: str
    address: str
    directorate: str
    status: str
    phones: tuple[str, ...]
    match: str = ""


def _formatted(e164: str) -> str:
    from receptionapp.core.phones import parse_phone

    try:
        return parse_phone(e164).display
    except ValidationError:
        return e164


# Ukrainian numbers (+380 and 9 digits) are grouped by their leading digits alone: the
# grouping found for one number (``0432 123 456``: 4, 3, 3) holds for every number with the
# same first five digits. Learnt on first sight from ``phonenumbers``, then applied by slicing.
_UA_PREFIX = "+380"
_UA_GROUPS: dict[str, tuple[int, ...] | None] = {}


def _groups(national: str, formatted: str) -> tuple[int, ...] | None:
    parts = formatted.split(" ")
    if "".join(parts) != national or not all(p.isdigit() for p in parts):
        return None  # not plain digit groups: always ask phonenumbers
    return tuple(len(p) for p in parts)


def display_phone(e164: str) -> str:
    """How the card and the results show a number: ``050 123 4567``; other countries in full.

    The same text as :attr:`receptionapp.core.phones.ParsedPhone.display`. That costs tens of
    microseconds per number (``phonenumbers``), too much while painting a table on the GUI
    thread, so Ukrainian numbers reuse the grouping learnt for their first five digits.
    """
    if len(e164) != 13 or not e164.startswith(_UA_PREFIX) or not e164[1:].isdigit():
        return _formatted(e164)
    national = "0" + e164[4:]
    key = national[:6]
    if key not in _UA_GROUPS:
        formatted = _formatted(e164)
        _UA_GROUPS[key] = _groups(national, formatted)
        return formatted
    groups = _UA_GROUPS[key]
    if groups is None:
        return _formatted(e164)
    parts = []
    start = 0
    for size in groups:
        parts.append(national[start : start + size])
        start += size
    return " ".join(parts)


class LookupModel(QAbstractTableModel):
    """Results of the current query: ranked rows, more fetched on demand.

    Attributes:
        query: the text the rows answer.
        generation: the page's query generation the rows belong to.

    Signals:
        more_wanted(int): the view wants rows after the first ``n`` (emitted by
            :meth:`fetchMore`; answered with :meth:`append_rows`).
    """

    more_wanted = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.query = ""
        self.generation = 0
        self._rows: list[ResultRow] = []
        self._complete = True
        self._fetching = False
        # Display texts by row (reset with the rows), status names by code (per language).
        self._text_cache: dict[int, tuple[str, ...]] = {}
        self._status_names: dict[str, str] = {}
        self._closed: QBrush | None = None

    # --- filling --------------------------------------------------------------------------

    def set_results(
        self, query: str, generation: int, rows: Sequence[ResultRow], complete: bool
    ) -> None:
        """Replace the rows with the first page of a new query's results.

        Args:
            query: the query the rows answer.
            generation: the page's generation of that query.
            rows: the first rows, best first.
            complete: True when there are no more rows to fetch.
        """
        self.beginResetModel()
        self.query = query
        self.generation = generation
        self._rows = list(rows)
        self._text_cache.clear()
        self._complete = complete
        self._fetching = False
        self.endResetModel()

    def append_rows(self, rows: Sequence[ResultRow], complete: bool) -> None:
        """Add the next rows of the same query (after :attr:`more_wanted`)."""
        self._fetching = False
        self._complete = complete
        seen = {(r.subscriber_id, r.account_id) for r in self._rows} if rows else set()
        # The index may have changed between two pages: never show a row twice.
        new = [r for r in rows if (r.subscriber_id, r.account_id) not in seen]
        if new:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self._rows.extend(new)
            self.endInsertRows()

    def fetch_failed(self) -> None:
        """The next page could not be read: stop asking for it."""
        self._fetching = False
        self._complete = True

    def clear(self) -> None:
        """No query, no rows."""
        self.set_results("", self.generation, [], True)

    @property
    def complete(self) -> bool:
        """No more rows to fetch for this query."""
        return self._complete

    @property
    def fetching(self) -> bool:
        """A next page has been asked for and has not arrived yet."""
        return self._fetching

    def row_at(self, row: int) -> ResultRow | None:
        """The result in ``row``, None outside the rows."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def retranslate(self) -> None:
        """The language changed: headers and status names are shown again."""
        self._status_names.clear()
        self._text_cache.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, Column.STATUS),
                self.index(len(self._rows) - 1, Column.STATUS),
                [Qt.ItemDataRole.DisplayRole],
            )

    # --- QAbstractTableModel ----------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt
        """Rows loaded so far (none under an item: this is a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt
        """The :class:`Column` count (none under an item)."""
        return 0 if parent.isValid() else len(Column)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Display text, tooltips, ids (custom roles) of one cell.

        Called for every role of every visible cell on each paint, so it compares plain
        ints and reads the row's texts from a cache.
        """
        number = index.row()
        if number >= len(self._rows) or not index.isValid():
            return None
        role = int(role)
        if role == _DISPLAY:
            return self._texts(number)[index.column()]
        if role == _FOREGROUND:
            return self._closed_brush() if self._rows[number].status == "closed" else None
        if role == _TOOLTIP:
            column = index.column()
            row = self._rows[number]
            if column == Column.PHONES and row.phones:
                return "\n".join(display_phone(p) for p in row.phones)
            if column in (Column.NAME, Column.ADDRESS):
                return self._texts(number)[column]
            return None
        if role == _SUBSCRIBER_ID:
            return self._rows[number].subscriber_id
        if role == _ACCOUNT_ID:
            return self._rows[number].account_id
        if role == _MATCH:
            return self._rows[number].match
        return None

    def _texts(self, number: int) -> tuple[str, ...]:
        texts = self._text_cache.get(number)
        if texts is None:
            row = self._rows[number]
            status = self._status_names.get(row.status)
            if status is None:
                status = vocabulary.name(vocabulary.ACCOUNT_STATUSES, row.status)
                self._status_names[row.status] = status
            texts = (
                row.name,
                row.account_number,
                row.address,
                row.directorate,
                status,
                ", ".join(display_phone(p) for p in row.phones),
            )
            self._text_cache[number] = texts
        return texts

    def _closed_brush(self) -> QBrush:
        if self._closed is None:
            # A closed account is history: still found, but greyed.
            palette = QApplication.palette()
            self._closed = QBrush(
                palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            )
        return self._closed

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Translated column titles; row numbers down the side."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(Column):
                return QCoreApplication.translate(CONTEXT, HEADERS[Column(section)])
            return None
        return section + 1

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Rows are selectable, never editable."""
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def canFetchMore(self, parent: ModelIndex) -> bool:  # noqa: N802 - Qt override
        """More results of this query can be asked for (and none are on their way)."""
        return not parent.isValid() and not self._complete and not self._fetching

    def fetchMore(self, parent: ModelIndex) -> None:  # noqa: N802 - Qt override
        """Ask for the rows after those loaded (they arrive later, via the page)."""
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        self.more_wanted.emit(len(self._rows))
