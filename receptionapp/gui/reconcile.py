"""The phone reconciliation panel (domain rule 3), opened from the subscriber card.

Form: ``ui/reconcile_dialog.ui``; data and writes: :mod:`receptionapp.db.phones`. The clerk
goes through one list of the subscriber's numbers across all accounts, one keystroke per
number, adds the current ones, answers the required kinds, and finishes::

    dialog = open_reconciliation(card, session, subscriber_id, settings)
    dialog.reconciled.connect(...)       # finished: phones_reconciled_at/by stamped
    dialog.phones_changed.connect(...)   # something was written (the card reloads)

Keys in the list of current numbers: Space confirms; K opens the kind menu, where 1–5 pick
the kind (home, CDMA, mobile, work, other); a digit, + or ( typed on the list starts a new
number in "New number" (so the kind is never a bare digit); F2 edits the note; Delete asks
why and retires (1–4 pick the reason); Enter on billing text that is not a number
resolves it. In the history: Insert or R restores. Ctrl+1/2/3 answer "has none" for
home/CDMA/mobile, Alt+1/2/3 "later"; Ctrl+Enter finishes (refused, with the reason, while
a required kind is unanswered); Esc closes (asking first when the reconciliation is not finished).

Wiring into the subscriber card: :func:`register_with_card` adds "Reconcile phones" (F6,
Ctrl+T) to every card through ``receptionapp.gui.card.register_card_action``; call it once
at start-up (the Lookup page module, which makes the card, is the natural place). The action
finds the signed-in user and the settings on the card's window (``session``/``settings``
attributes, as the main window has them) and reloads the card after every change.

Every write runs on the single database writer thread (:func:`~receptionapp.gui.tasks.
run_db_task` with ``write=True``) and returns the fresh view, so the list always shows what
is stored. Typing a new number is checked on every keystroke without the database (the
parser is pure), then, a moment later, against the database for duplicates.
"""

from __future__ import annotations

import enum
import logging
import weakref
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QTableView,
    QWidget,
)

from receptionapp.core.errors import DuplicateError, ReceptionError, ValidationError
from receptionapp.core.phones import ParsedPhone
from receptionapp.core.reconciliation import DEFAULT_OVERDUE_DAYS
from receptionapp.db.models import PHONE_KINDS, REQUIRED_PHONE_KINDS
from receptionapp.db.phones import (
    MERGED_REASON,
    RETIRE_REASONS,
    AddOutcome,
    AddResult,
    KindState,
    KindStatus,
    PhoneCheck,
    PhoneEntry,
    ReconciliationView,
    add_phone,
    add_phones,
    answer_required_kind,
    change_kind,
    check_phone,
    confirm_phone,
    finish_reconciliation,
    reconciliation_view,
    resolve_unparsed,
    restore_phone,
    retire_phone,
    set_note,
    split_input,
)
from receptionapp.gui import messages
from receptionapp.gui.errors import error_message
from receptionapp.gui.formloader import Form
from receptionapp.gui.moments import format_date
from receptionapp.gui.session import Session
from receptionapp.gui.settings import Settings
from receptionapp.gui.tasks import Task, report_error, run_db_task

log = logging.getLogger(__name__)

CONTEXT = "reconcile"

#: Data role of the phone id behind a row.
PHONE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: Data role of the whole :class:`~receptionapp.db.phones.PhoneEntry` behind a row.
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2

#: How long typing must pause before the number is checked against the database.
CHECK_DELAY_MS = 150

KIND_NAMES: dict[str, str] = {
    "home": QT_TRANSLATE_NOOP("reconcile", "Home"),
    "cdma": QT_TRANSLATE_NOOP("reconcile", "CDMA"),
    "mobile": QT_TRANSLATE_NOOP("reconcile", "Mobile"),
    "work": QT_TRANSLATE_NOOP("reconcile", "Work"),
    "other": QT_TRANSLATE_NOOP("reconcile", "Other"),
}

REASON_NAMES: dict[str, str] = {
    "wrong": QT_TRANSLATE_NOOP("reconcile", "Wrong number"),
    "disconnected": QT_TRANSLATE_NOOP("reconcile", "Disconnected"),
    "not_subscribers": QT_TRANSLATE_NOOP("reconcile", "Not the subscriber's"),
    "other": QT_TRANSLATE_NOOP("reconcile", "Other (say why in the comment)"),
    MERGED_REASON: QT_TRANSLATE_NOOP("reconcile", "Resolved to a number already there"),
}

# Error codes of core.phones and db.phones → what the clerk reads next to the field.
PHONE_MESSAGES: dict[str, str] = {
    "phone.empty": QT_TRANSLATE_NOOP("reconcile", "Type a phone number."),
    "phone.not_a_number": QT_TRANSLATE_NOOP(
        "reconcile",
        "“{text}” is not a phone number: type digits (spaces, dashes and brackets are fine).",
    ),
    "phone.too_short": QT_TRANSLATE_NOOP(
        "reconcile", "“{text}” has too few digits for a phone number."
    ),
    "phone.too_long": QT_TRANSLATE_NOOP(
        "reconcile", "“{text}” has too many digits for one phone number."
    ),
    "phone.unknown_code": QT_TRANSLATE_NOOP(
        "reconcile", "“{text}”: there is no such operator or area code."
    ),
    "phone.needs_area_code": QT_TRANSLATE_NOOP(
        "reconcile",
        "“{text}” is a local number: type it with its area code "
        "(the subscriber's accounts are not all in one city).",
    ),
    "phone.several": QT_TRANSLATE_NOOP(
        "reconcile", "There are {count} numbers here: {numbers}. Add them one at a time."
    ),
    "phone.kind_invalid": QT_TRANSLATE_NOOP("reconcile", "Unknown kind of number: {kind}."),
    "phone.note_too_long": QT_TRANSLATE_NOOP(
        "reconcile", "The note is too long: at most {max} characters."
    ),
    "phone.comment_too_long": QT_TRANSLATE_NOOP(
        "reconcile", "The comment is too long: at most {max} characters."
    ),
    "phone.reason_invalid": QT_TRANSLATE_NOOP("reconcile", "Choose why the number is retired."),
    "phone.reason_comment_needed": QT_TRANSLATE_NOOP(
        "reconcile", "Say in the comment why the number is retired."
    ),
    "phone.already_retired": QT_TRANSLATE_NOOP(
        "reconcile", "The number is already in the history."
    ),
    "phone.not_retired": QT_TRANSLATE_NOOP("reconcile", "The number is not in the history."),
    "phone.retired": QT_TRANSLATE_NOOP(
        "reconcile", "The number is in the history: restore it first."
    ),
    "phone.unparsed": QT_TRANSLATE_NOOP(
        "reconcile",
        "This is text from billing, not a number: press Enter to type the number it means, "
        "or Delete to retire it.",
    ),
    "phone.not_unparsed": QT_TRANSLATE_NOOP("reconcile", "This text has already been resolved."),
    "phone.account_invalid": QT_TRANSLATE_NOOP(
        "reconcile", "These are not the subscriber's accounts: {accounts}."
    ),
    "phone.not_found": QT_TRANSLATE_NOOP(
        "reconcile", "The number was not found: it may have been changed meanwhile."
    ),
    "phone.needs_confirmation": QT_TRANSLATE_NOOP(
        "reconcile", "{display} needs your confirmation; it was not saved."
    ),
    "subscriber.not_found": QT_TRANSLATE_NOOP(
        "reconcile", "The subscriber was not found: the card may be out of date."
    ),
    "phones.kind_attached": QT_TRANSLATE_NOOP(
        "reconcile",
        "A number of this kind is attached ({numbers}). If it is no longer true, retire it first.",
    ),
    "phones.kind_not_required": QT_TRANSLATE_NOOP(
        "reconcile", "Only home, CDMA and mobile numbers are required."
    ),
    "phones.answer_invalid": QT_TRANSLATE_NOOP("reconcile", "Unknown answer: {answer}."),
    "phones.unresolved": QT_TRANSLATE_NOOP(
        "reconcile",
        "Billing text that is not a number is still in the list ({texts}): resolve it "
        "(Enter) or retire it (Delete) first.",
    ),
}


def tr(text: str) -> str:
    """``text`` (one of this module's static strings) in the interface language."""
    return QCoreApplication.translate(CONTEXT, text)


def kind_name(kind: str) -> str:
    """The translated name of a phone kind (an unknown code as it is)."""
    return tr(KIND_NAMES[kind]) if kind in KIND_NAMES else kind


def reason_name(reason: str) -> str:
    """The translated name of a retire reason (an unknown one as it is)."""
    return tr(REASON_NAMES[reason]) if reason in REASON_NAMES else reason


def kinds_list(kinds: Sequence[str]) -> str:
    """``home, CDMA`` in the interface language."""
    return ", ".join(kind_name(k).lower() if k != "cdma" else kind_name(k) for k in kinds)


def phone_error_text(error: ReceptionError) -> str:
    """The sentence shown next to the field for a phone error (other codes: the shared table)."""
    if error.code == "phones.kinds_unanswered":
        missing = error.params.get("missing") or ()
        return tr(
            QT_TRANSLATE_NOOP(
                "reconcile",
                "Ask the subscriber for their {kinds} number first. If they have none, "
                "press “Has none”; if they cannot say now, press “Later”.",
            )
        ).format(kinds=kinds_list(list(missing)))
    source = PHONE_MESSAGES.get(error.code)
    if source is None:
        return error_message(error)
    params = dict(error.params)
    try:
        return tr(source).format(**params)
    except (KeyError, IndexError, ValueError):
        log.warning("cannot format %r with %r", source, params)
        return tr(source)


def _alive(obj: QObject | None) -> bool:
    return obj is not None and shiboken6.isValid(obj)


# --- the table of numbers ----------------------------------------------------------------------


class CurrentColumn(enum.IntEnum):
    """Columns of the current numbers."""

    NUMBER = 0
    KIND = 1
    WHERE = 2
    NOTE = 3
    ACCOUNTS = 4
    CONFIRMED = 5


class HistoryColumn(enum.IntEnum):
    """Columns of the retired numbers."""

    NUMBER = 0
    KIND = 1
    RETIRED = 2
    REASON = 3
    ACCOUNTS = 4


_CURRENT_HEADERS = {
    CurrentColumn.NUMBER: QT_TRANSLATE_NOOP("PhonesModel", "Number"),
    CurrentColumn.KIND: QT_TRANSLATE_NOOP("PhonesModel", "Kind"),
    CurrentColumn.WHERE: QT_TRANSLATE_NOOP("PhonesModel", "Operator / city"),
    CurrentColumn.NOTE: QT_TRANSLATE_NOOP("PhonesModel", "Note"),
    CurrentColumn.ACCOUNTS: QT_TRANSLATE_NOOP("PhonesModel", "Accounts"),
    CurrentColumn.CONFIRMED: QT_TRANSLATE_NOOP("PhonesModel", "Confirmed"),
}
_HISTORY_HEADERS = {
    HistoryColumn.NUMBER: QT_TRANSLATE_NOOP("PhonesModel", "Number"),
    HistoryColumn.KIND: QT_TRANSLATE_NOOP("PhonesModel", "Kind"),
    HistoryColumn.RETIRED: QT_TRANSLATE_NOOP("PhonesModel", "Retired"),
    HistoryColumn.REASON: QT_TRANSLATE_NOOP("PhonesModel", "Reason"),
    HistoryColumn.ACCOUNTS: QT_TRANSLATE_NOOP("PhonesModel", "Accounts"),
}

_UNPARSED_COLOUR = QColor("#b3261e")
# A recorded answer must stand out from the buttons not pressed.
_ANSWER_STYLE = (
    "QPushButton:checked { background: #e8f5e9; color: #1b5e20; font-weight: bold;"
    " border: 1px solid #1b5e20; border-radius: 3px; padding: 3px 10px; }"
)
_MUTED_COLOUR = QColor("#5f6368")


class PhonesModel(QAbstractTableModel):
    """The subscriber's current numbers, or their history, as a table.

    The model holds the entries of one :class:`~receptionapp.db.phones.ReconciliationView`
    (a few dozen rows at most) and never touches the database: an edited note is announced
    with :attr:`note_edited`, the dialog writes it and sets the fresh entries.

    Attributes:
        history: True for retired numbers (:class:`HistoryColumn`), False for current ones
            (:class:`CurrentColumn`).

    Signals:
        note_edited(str, str): the clerk typed a new note (phone id, text).
    """

    note_edited = Signal(str, str)

    def __init__(self, history: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self._entries: tuple[PhoneEntry, ...] = ()
        self._account_count = 0

    # - content

    def set_entries(self, entries: Sequence[PhoneEntry], account_count: int) -> None:
        """Show these entries (the subscriber has ``account_count`` accounts)."""
        self.beginResetModel()
        self._entries = tuple(entries)
        self._account_count = account_count
        self.endResetModel()

    def entry(self, row: int) -> PhoneEntry | None:
        """The entry of a row, None outside the table."""
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, phone_id: str) -> int:
        """The row of a phone id, -1 if absent."""
        return next((r for r, e in enumerate(self._entries) if e.id == phone_id), -1)

    # - Qt

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        """Rows: one per number (none under an item)."""
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        """Columns of :class:`HistoryColumn` or :class:`CurrentColumn`."""
        if parent.isValid():
            return 0
        return len(HistoryColumn) if self.history else len(CurrentColumn)

    def headerData(  # noqa: N802 - Qt override
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Translated column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers: dict[Any, str] = _HISTORY_HEADERS if self.history else _CURRENT_HEADERS
        if 0 <= section < len(headers):
            return QCoreApplication.translate("PhonesModel", headers[section])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        """Selectable rows; the note of a current number is editable (F2)."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.history and index.column() == CurrentColumn.NOTE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Text, tooltips, colours and the id of each cell."""
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == PHONE_ID_ROLE:
            return entry.id
        if role == ENTRY_ROLE:
            return entry
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(entry, column, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if entry.unparsed and column == 0:
                return QBrush(_UNPARSED_COLOUR)
            if not self.history and column == CurrentColumn.CONFIRMED and not entry.confirmed_at:
                return QBrush(_MUTED_COLOUR)
        return None

    def setData(  # noqa: N802 - Qt override
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        """An edited note: announced, written by the dialog, shown once stored."""
        if (
            self.history
            or role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or index.column() != CurrentColumn.NOTE
        ):
            return False
        entry = self._entries[index.row()]
        text = str(value or "")
        if text.strip() != entry.note:
            self.note_edited.emit(entry.id, text)
        return True

    # - cells

    def _accounts_text(self, entry: PhoneEntry) -> str:
        if entry.on_all_accounts and self._account_count > 1:
            return QCoreApplication.translate("PhonesModel", "all ({count})").format(
                count=self._account_count
            )
        return ", ".join(entry.accounts) or "—"

    def _text(self, entry: PhoneEntry, column: int, edit: bool) -> str:
        if self.history:
            return self._history_text(entry, column)
        if column == CurrentColumn.NUMBER:
            return entry.display
        if column == CurrentColumn.KIND:
            return "" if entry.unparsed else kind_name(entry.kind)
        if column == CurrentColumn.WHERE:
            if entry.unparsed:
                return QCoreApplication.translate("PhonesModel", "not a number: resolve it")
            return entry.operator or entry.region
        if column == CurrentColumn.NOTE:
            return entry.note
        if column == CurrentColumn.ACCOUNTS:
            return self._accounts_text(entry)
        if column == CurrentColumn.CONFIRMED:
            if entry.confirmed_at is None:
                return QCoreApplication.translate("PhonesModel", "not confirmed")
            return f"{format_date(entry.confirmed_at)} · {entry.confirmed_by}".rstrip(" ·")
        return ""

    def _history_text(self, entry: PhoneEntry, column: int) -> str:
        if column == HistoryColumn.NUMBER:
            return entry.display
        if column == HistoryColumn.KIND:
            return "" if entry.unparsed else kind_name(entry.kind)
        if column == HistoryColumn.RETIRED:
            if entry.retired_at is None:
                return ""
            return f"{format_date(entry.retired_at)} · {entry.retired_by}".rstrip(" ·")
        if column == HistoryColumn.REASON:
            reason = reason_name(entry.retire_reason)
            if entry.retire_reason == "other" and entry.retire_comment:
                return entry.retire_comment
            return f"{reason}: {entry.retire_comment}" if entry.retire_comment else reason
        if column == HistoryColumn.ACCOUNTS:
            return ", ".join(entry.accounts) or "—"
        return ""

    def _tooltip(self, entry: PhoneEntry, column: int) -> str | None:
        if entry.unparsed and column == 0:
            return QCoreApplication.translate(
                "PhonesModel",
                "Billing wrote “{text}”, which is not a phone number. Ask the subscriber and "
                "press Enter to type the number, or Delete to retire the text.",
            ).format(text=entry.raw_text)
        if column == 0 and entry.raw_text and entry.raw_text != entry.display:
            return QCoreApplication.translate("PhonesModel", "Written as “{text}”").format(
                text=entry.raw_text
            )
        accounts_column = HistoryColumn.ACCOUNTS if self.history else CurrentColumn.ACCOUNTS
        if column == accounts_column:
            return ", ".join(entry.accounts) or None
        return None


# --- the dialog -------------------------------------------------------------------------------


class ReconcileDialog(QDialog):
    """The reconciliation panel of one subscriber.

    Form: ``ui/reconcile_dialog.ui``. Opened window-modal over the card
    (:func:`open_reconciliation`); reads and writes through :mod:`receptionapp.db.phones` on
    the database threads.

    Attributes:
        view: the data on screen (None until the first load).
        phones_model: the current numbers.
        history_model: the retired numbers.

    Signals:
        view_loaded(object): a fresh :class:`~receptionapp.db.phones.ReconciliationView` is
            on screen (after the first load and after every write).
        phones_changed(str): something of this subscriber (id) was written.
        reconciled(str): the reconciliation of this subscriber was finished.
        action_failed(object): a write was refused; the :class:`ReceptionError`.
        check_done(object): the database check of the typed number
            (:class:`~receptionapp.db.phones.PhoneCheck`) is on screen.
    """

    view_loaded = Signal(object)
    phones_changed = Signal(str)
    reconciled = Signal(str)
    action_failed = Signal(object)
    check_done = Signal(object)

    _KIND_KEYS: ClassVar[dict[str, str]] = {
        "1": "home",
        "2": "cdma",
        "3": "mobile",
        "4": "work",
        "5": "other",
    }

    def __init__(
        self,
        session: Session,
        subscriber_id: str,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._form = Form("reconcile_dialog", self)
        child = self._form.child
        self._session = session
        self._subscriber_id = subscriber_id
        self._overdue_days = (
            settings.reconciliation_overdue_days if settings is not None else DEFAULT_OVERDUE_DAYS
        )
        self.view: ReconciliationView | None = None
        self._changed = False
        self._finished = False
        self._kind_chosen = False
        self._resolving: PhoneEntry | None = None
        self._retiring: PhoneEntry | None = None
        self._parsed: list[ParsedPhone] = []
        self._check_serial = 0
        self._select_after: str | None = None

        self.title_label = child(QLabel, "title_label")
        self.accounts_label = child(QLabel, "accounts_label")
        self.status_label = child(QLabel, "status_label")
        self.badge_label = child(QLabel, "badge_label")
        self.phones_view = child(QTableView, "phones_view")
        self.keys_label = child(QLabel, "keys_label")
        self.retire_frame = child(QFrame, "retire_frame")
        self.retire_title_label = child(QLabel, "retire_title_label")
        self.reason_list = child(QListWidget, "reason_list")
        self.comment_edit = child(QLineEdit, "comment_edit")
        self.retire_button = child(QPushButton, "retire_button")
        self.cancel_retire_button = child(QPushButton, "cancel_retire_button")
        self.add_label = child(QLabel, "add_label")
        self.new_phone_edit = child(QLineEdit, "new_phone_edit")
        self.new_kind_combo = child(QComboBox, "new_kind_combo")
        self.new_note_edit = child(QLineEdit, "new_note_edit")
        self.add_button = child(QPushButton, "add_button")
        self.validation_label = child(QLabel, "validation_label")
        self.required_keys_label = child(QLabel, "required_keys_label")
        self.history_view = child(QTableView, "history_view")
        self.restore_button = child(QPushButton, "restore_button")
        self.message_label = child(QLabel, "message_label")
        self.finish_button = child(QPushButton, "finish_button")
        self.close_button = child(QPushButton, "close_button")
        self.state_labels = {k: child(QLabel, f"{k}_state_label") for k in REQUIRED_PHONE_KINDS}
        self.none_buttons = {
            k: child(QPushButton, f"{k}_none_button") for k in REQUIRED_PHONE_KINDS
        }
        self.later_buttons = {
            k: child(QPushButton, f"{k}_later_button") for k in REQUIRED_PHONE_KINDS
        }

        self.phones_model = PhonesModel(False, self)
        self.history_model = PhonesModel(True, self)
        for table, model in (
            (self.phones_view, self.phones_model),
            (self.history_view, self.history_model),
        ):
            table.setModel(model)
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(False)
            table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        # The free text takes the spare width: the note, and the reason in the history.
        self.phones_view.horizontalHeader().setSectionResizeMode(
            CurrentColumn.NOTE, QHeaderView.ResizeMode.Stretch
        )
        self.history_view.horizontalHeader().setSectionResizeMode(
            HistoryColumn.REASON, QHeaderView.ResizeMode.Stretch
        )
        self.phones_view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.phones_model.note_edited.connect(self._on_phones_model_note_edited)

        self._kind_menu = QMenu(self)
        self._kind_menu.setObjectName("kind_menu")
        self._kind_actions: dict[str, QAction] = {}
        for kind in self._KIND_KEYS.values():
            # No shortcut of its own: the "&1"… mnemonics pick it while the menu is open, and
            # a bare digit on the list belongs to a number being typed.
            action = self._kind_menu.addAction("")
            action.setObjectName(f"kind_{kind}_action")
            action.triggered.connect(partial(self.set_kind_of_current, kind))
            self._kind_actions[kind] = action
        # K: a page action (not a bare QShortcut), so Help → Keyboard shortcuts lists it.
        self.kind_menu_action = QAction(self)
        self.kind_menu_action.setObjectName("kind_menu_action")
        self.kind_menu_action.setShortcut(QKeySequence("K"))
        self.kind_menu_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.kind_menu_action.triggered.connect(self.show_kind_menu)
        self.phones_view.addAction(self.kind_menu_action)

        self._install_shortcuts()
        self.phones_view.installEventFilter(_NumberTypedInList(self.new_phone_edit, self))
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self._on_check_timer_timeout)

        self.new_phone_edit.textChanged.connect(self._on_new_phone_edit_text_changed)
        self.new_phone_edit.returnPressed.connect(self.add_number)
        self.new_note_edit.returnPressed.connect(self.add_number)
        self.new_kind_combo.activated.connect(self._on_new_kind_combo_activated)
        self.add_button.clicked.connect(self.add_number)
        self.retire_button.clicked.connect(self._on_retire_button_clicked)
        self.cancel_retire_button.clicked.connect(self.cancel_retire)
        self.comment_edit.returnPressed.connect(self._on_retire_button_clicked)
        self.restore_button.clicked.connect(self.restore_current_history)
        self.finish_button.clicked.connect(self.finish)
        self.close_button.clicked.connect(self.reject)
        for kind in REQUIRED_PHONE_KINDS:
            self.none_buttons[kind].clicked.connect(partial(self._on_answer_clicked, kind, "none"))
            self.later_buttons[kind].clicked.connect(
                partial(self._on_answer_clicked, kind, "postponed")
            )

        for button in (*self.none_buttons.values(), *self.later_buttons.values()):
            button.setStyleSheet(_ANSWER_STYLE)
        self.retire_frame.hide()
        self.badge_label.hide()
        self.validation_label.setWordWrap(True)
        self._retranslate()
        self._enable_actions(False)
        self.reload()

    # --- set-up ---------------------------------------------------------------------------

    def _shortcut(
        self,
        keys: str | QKeySequence,
        widget: QWidget,
        slot: Callable[[], object],
        name: str,
        context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetShortcut,
    ) -> QShortcut:
        shortcut = QShortcut(QKeySequence(keys), widget)
        shortcut.setObjectName(name)
        shortcut.setContext(context)
        shortcut.activated.connect(slot)
        return shortcut

    def _install_shortcuts(self) -> None:
        view = self.phones_view
        self._shortcut(Qt.Key.Key_Space, view, self.confirm_current, "confirm_shortcut")
        self._shortcut(Qt.Key.Key_Return, view, self._on_enter_in_list, "enter_shortcut")
        self._shortcut(Qt.Key.Key_Enter, view, self._on_enter_in_list, "keypad_enter_shortcut")
        self._shortcut(Qt.Key.Key_Delete, view, self.start_retire, "retire_shortcut")
        for n, reason in enumerate(RETIRE_REASONS, start=1):
            self._shortcut(
                str(n), self.reason_list, partial(self._pick_reason, reason), f"reason_{n}_key"
            )
        self._shortcut(Qt.Key.Key_Return, self.reason_list, self._on_retire_button_clicked, "r1")
        self._shortcut(Qt.Key.Key_Enter, self.reason_list, self._on_retire_button_clicked, "r2")
        for keys in ("Insert", "R"):
            self._shortcut(
                keys, self.history_view, self.restore_current_history, f"restore_{keys}_key"
            )
        window = Qt.ShortcutContext.WindowShortcut
        for n, kind in enumerate(REQUIRED_PHONE_KINDS, start=1):
            self._shortcut(
                f"Ctrl+{n}", self, self.none_buttons[kind].click, f"{kind}_none_shortcut", window
            )
            self._shortcut(
                f"Alt+{n}", self, self.later_buttons[kind].click, f"{kind}_later_shortcut", window
            )
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            self._shortcut(keys, self, self.finish, f"finish_{keys}", window)

    def _enable_actions(self, enabled: bool) -> None:
        """Enable the actions that need the data (off until the first load)."""
        for widget in (self.add_button, self.finish_button, self.new_phone_edit):
            widget.setEnabled(enabled)

    def _retranslate(self) -> None:
        self.keys_label.setText(
            self.tr(
                "Space: confirm · K, then 1–5: kind · F2: note · Delete: retire · "
                "Enter on billing text: resolve · Ctrl+Enter: finish"
            )
        )
        self.required_keys_label.setText(self.tr("Ctrl+1, 2, 3: has none · Alt+1, 2, 3: later"))
        self.new_kind_combo.blockSignals(True)
        current = self.new_kind_combo.currentData()
        self.new_kind_combo.clear()
        for kind in PHONE_KINDS:
            self.new_kind_combo.addItem(kind_name(kind), kind)
        self.new_kind_combo.setCurrentIndex(max(0, self.new_kind_combo.findData(current)))
        self.new_kind_combo.blockSignals(False)
        for key, kind in self._KIND_KEYS.items():
            self._kind_actions[kind].setText(f"&{key}  {kind_name(kind)}")
        self.kind_menu_action.setText(
            self.tr("Phone reconciliation: change the selected number's kind (then 1–5)")
        )
        self.reason_list.clear()
        for n, reason in enumerate(RETIRE_REASONS, start=1):
            item = QListWidgetItem(f"{n}  {reason_name(reason)}")
            item.setData(Qt.ItemDataRole.UserRole, reason)
            self.reason_list.addItem(item)
        for kind in REQUIRED_PHONE_KINDS:
            none_keys = f"Ctrl+{REQUIRED_PHONE_KINDS.index(kind) + 1}"
            later_keys = f"Alt+{REQUIRED_PHONE_KINDS.index(kind) + 1}"
            self.none_buttons[kind].setToolTip(
                self.tr("The subscriber has no {kind} number ({keys})").format(
                    kind=kinds_list([kind]), keys=none_keys
                )
            )
            self.later_buttons[kind].setToolTip(
                self.tr("Ask for the {kind} number next time ({keys})").format(
                    kind=kinds_list([kind]), keys=later_keys
                )
            )
        if self.view is not None:
            self._show_view(self.view)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._form.retranslate()
            self._retranslate()
        super().changeEvent(event)

    # --- database ---------------------------------------------------------------------------

    def reload(self) -> Task:
        """Read the subscriber's numbers again (in the background)."""
        subscriber_id = self._subscriber_id
        me = weakref.ref(self)

        def done(view: ReconciliationView) -> None:
            dialog = me()
            if _alive(dialog):
                assert dialog is not None
                dialog._show_view(view)

        def failed(exc: BaseException) -> None:
            dialog = me()
            if _alive(dialog) and isinstance(exc, ReceptionError):
                assert dialog is not None
                dialog._show_message(phone_error_text(exc), error=True)
                dialog.action_failed.emit(exc)
            elif not isinstance(exc, ReceptionError):
                report_error(exc)

        return run_db_task(partial(reconciliation_view, subscriber_id), done, failed)

    def _write(
        self,
        action: Callable[[], object],
        after: Callable[[ReconcileDialog, Any], None] | None = None,
        on_error: Callable[[ReconcileDialog, ReceptionError], None] | None = None,
    ) -> Task:
        """Run ``action`` on the writer thread, then show the view it leaves behind.

        ``after`` and ``on_error`` get the dialog as their first argument, so that no
        closure keeps the dialog alive (a reference cycle would leave it to the garbage
        collector, which may run on a worker thread).
        """
        subscriber_id = self._subscriber_id
        me = weakref.ref(self)

        def work() -> tuple[object, ReconciliationView]:
            result = action()
            return result, reconciliation_view(subscriber_id)

        def done(pair: tuple[object, ReconciliationView]) -> None:
            dialog = me()
            if not _alive(dialog):
                return
            assert dialog is not None
            result, view = pair
            dialog._changed = True
            dialog._show_message("")
            dialog._show_view(view)
            dialog.phones_changed.emit(subscriber_id)
            if after is not None:
                after(dialog, result)

        def failed(exc: BaseException) -> None:
            dialog = me()
            if not isinstance(exc, ReceptionError):
                report_error(exc)
                return
            if not _alive(dialog):
                return
            assert dialog is not None
            log.info("reconciliation action refused: %s (%s)", exc.code, exc.message)
            if on_error is not None:
                on_error(dialog, exc)
            else:
                dialog._show_message(phone_error_text(exc), error=True)
            dialog.action_failed.emit(exc)

        return run_db_task(work, done, failed, write=True)

    # --- showing ----------------------------------------------------------------------------

    def _show_view(self, view: ReconciliationView) -> None:
        first = self.view is None
        selected = self._select_after or self._selected_id(self.phones_view)
        history_selected = self._selected_id(self.history_view)
        self._select_after = None
        self.view = view
        self._enable_actions(True)
        self.title_label.setText(self.tr("Phone numbers of {name}").format(name=view.name))
        numbers = ", ".join(a.number for a in view.accounts) or "—"
        self.accounts_label.setText(self.tr("Personal accounts: {numbers}").format(numbers=numbers))
        if view.reconciled_at is None:
            self.status_label.setText(self.tr("The numbers have never been reconciled."))
        else:
            self.status_label.setText(
                self.tr("Numbers confirmed on {date} by {who}").format(
                    date=format_date(view.reconciled_at), who=view.reconciled_by or "—"
                )
            )
        badges = []
        if view.reconciled_at is None:
            # Not "overdue": the line beside it says it was never done, and the card says so.
            badges.append(self.tr("Not reconciled yet"))
        elif view.overdue(self._overdue_days):
            badges.append(self.tr("Reconciliation overdue"))
        if view.missing_kinds:
            badges.append(
                self.tr("Not asked: {kinds}").format(kinds=kinds_list(view.missing_kinds))
            )
        self.badge_label.setText(" · ".join(badges))
        self.badge_label.setVisible(bool(badges))

        self.phones_model.set_entries(view.current, len(view.accounts))
        self.history_model.set_entries(view.history, len(view.accounts))
        self._select(self.phones_view, self.phones_model, selected)
        self._select(self.history_view, self.history_model, history_selected)
        self.restore_button.setEnabled(bool(view.history))
        for status in view.required:
            self._show_kind(status)
        if self._resolving is not None and self.phones_model.row_of(self._resolving.id) < 0:
            self._end_resolving()
        if first:
            start = self.phones_view if view.current else self.new_phone_edit
            start.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view_loaded.emit(view)

    def _show_kind(self, status: KindStatus) -> None:
        label = self.state_labels[status.kind]
        none_button = self.none_buttons[status.kind]
        later_button = self.later_buttons[status.kind]
        attached = status.state is KindState.ATTACHED
        for button in (none_button, later_button):
            button.setEnabled(not attached)
        none_button.setChecked(status.state is KindState.NONE)
        later_button.setChecked(status.state is KindState.POSTPONED)
        if attached:
            text = "✓ " + ", ".join(status.numbers)
            style = "color: #1b5e20;"
        elif status.state is KindState.NONE:
            text = self.tr("has none (recorded {date}, {who})").format(
                date=format_date(status.answered_at) if status.answered_at else "",
                who=status.answered_by or "—",
            )
            style = "color: #1b5e20;"
        elif status.state is KindState.POSTPONED:
            text = self.tr("asked later (recorded)")
            style = "color: #9a5b00;"
        elif status.postponed_before is not None:
            text = self.tr("not asked — postponed on {date}; ask now").format(
                date=format_date(status.postponed_before)
            )
            style = "color: #b3261e; font-weight: bold;"
        else:
            text = self.tr("not asked yet")
            style = "color: #b3261e; font-weight: bold;"
        label.setText(text)
        label.setStyleSheet(style)

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet("color: #b3261e;" if error else "color: #1b5e20;")

    def _show_validation(self, text: str, *, tone: str = "error") -> None:
        colours = {"error": "#b3261e", "ok": "#1b5e20", "warning": "#9a5b00", "info": "#5f6368"}
        self.validation_label.setText(text)
        self.validation_label.setStyleSheet(f"color: {colours[tone]};")

    @staticmethod
    def _selected_id(table: QTableView) -> str | None:
        index = table.currentIndex()
        if not index.isValid():
            return None
        value = index.siblingAtColumn(0).data(PHONE_ID_ROLE)
        return str(value) if value else None

    @staticmethod
    def _select(table: QTableView, model: PhonesModel, phone_id: str | None) -> None:
        row = model.row_of(phone_id) if phone_id else -1
        if row < 0 and model.rowCount() > 0:
            row = 0
        if row >= 0:
            table.setCurrentIndex(model.index(row, 0))
            table.selectRow(row)

    def current_entry(self) -> PhoneEntry | None:
        """The current number the clerk has selected in the list."""
        index = self.phones_view.currentIndex()
        return self.phones_model.entry(index.row()) if index.isValid() else None

    def current_history_entry(self) -> PhoneEntry | None:
        """The retired number selected in the history."""
        index = self.history_view.currentIndex()
        return self.history_model.entry(index.row()) if index.isValid() else None

    # --- per-number actions -----------------------------------------------------------------

    def confirm_current(self) -> Task | None:
        """Space: the subscriber confirms the selected number."""
        entry = self.current_entry()
        if entry is None:
            return None
        if entry.unparsed:
            self.start_resolving(entry)
            return None
        user = self._session.user
        return self._write(
            partial(confirm_phone, entry.id, user),
            after=lambda d, _r: d._show_message(
                QCoreApplication.translate("ReconcileDialog", "Confirmed: {number}").format(
                    number=entry.display
                )
            ),
        )

    def set_kind_of_current(self, kind: str) -> Task | None:
        """The K menu (then 1–5): set the kind of the selected number."""
        entry = self.current_entry()
        if entry is None or entry.kind == kind:
            return None
        return self._write(partial(change_kind, entry.id, kind, self._session.user))

    def show_kind_menu(self) -> None:
        """K: the kinds as a menu beside the selected row."""
        entry = self.current_entry()
        if entry is None:
            return
        rect = self.phones_view.visualRect(
            self.phones_model.index(self.phones_model.row_of(entry.id), CurrentColumn.KIND)
        )
        for kind, action in self._kind_actions.items():
            action.setCheckable(True)
            action.setChecked(kind == entry.kind)
        self._kind_menu.popup(self.phones_view.viewport().mapToGlobal(rect.bottomLeft()))

    def _on_phones_model_note_edited(self, phone_id: str, text: str) -> None:
        self._write(partial(set_note, phone_id, text, self._session.user))

    def _on_enter_in_list(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        if entry.unparsed:
            self.start_resolving(entry)
        else:
            self.confirm_current()

    # - retire

    def start_retire(self) -> None:
        """Delete: ask why the selected number is no longer current."""
        entry = self.current_entry()
        if entry is None:
            return
        self._retiring = entry
        self.retire_title_label.setText(
            self.tr("Why is {number} no longer the subscriber's? Press 1–4 or Enter.").format(
                number=entry.display
            )
        )
        self.comment_edit.clear()
        self.retire_frame.show()
        self.reason_list.setCurrentRow(0)
        self.reason_list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def cancel_retire(self) -> None:
        """Esc or Cancel: keep the number."""
        self._retiring = None
        self.retire_frame.hide()
        self.phones_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _pick_reason(self, reason: str) -> None:
        self.reason_list.setCurrentRow(RETIRE_REASONS.index(reason))
        self._on_retire_button_clicked()

    def _on_retire_button_clicked(self) -> None:
        entry = self._retiring
        item = self.reason_list.currentItem()
        if entry is None or item is None:
            return
        reason = str(item.data(Qt.ItemDataRole.UserRole))
        comment = self.comment_edit.text()
        if reason == "other" and not comment.strip():
            self.comment_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self._show_message(self.tr("Say in the comment why the number is retired."), error=True)
            return
        self._retiring = None
        self.retire_frame.hide()
        self.phones_view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._write(
            partial(retire_phone, entry.id, reason, self._session.user, comment),
            after=lambda d, _r: d._show_message(
                QCoreApplication.translate(
                    "ReconcileDialog", "Moved to the history: {number}"
                ).format(number=entry.display)
            ),
        )

    # - restore

    def restore_current_history(self) -> Task | None:
        """Insert, R or Restore: bring the selected retired number back."""
        entry = self.current_history_entry()
        if entry is None:
            return None
        self._select_after = entry.id
        return self._write(
            partial(restore_phone, entry.id, self._session.user),
            after=lambda d, _r: d._show_message(
                QCoreApplication.translate("ReconcileDialog", "Restored: {number}").format(
                    number=entry.display
                )
            ),
        )

    # - resolve

    def start_resolving(self, entry: PhoneEntry) -> None:
        """Enter on billing text: type the number it means in the new-number field."""
        self._resolving = entry
        self.add_label.setText(self.tr("&Number for “{text}”:").format(text=entry.raw_text))
        self.new_phone_edit.setText(entry.raw_text)
        self.new_phone_edit.selectAll()
        self.new_phone_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _end_resolving(self) -> None:
        self._resolving = None
        self.add_label.setText(self.tr("&New number:"))

    # --- required kinds ---------------------------------------------------------------------

    def _on_answer_clicked(self, kind: str, answer: str) -> None:
        # The button has toggled already: checked records the answer, unchecked withdraws it.
        buttons = self.none_buttons if answer == "none" else self.later_buttons
        self.answer_kind(kind, answer if buttons[kind].isChecked() else None)

    def answer_kind(self, kind: str, answer: str | None) -> Task:
        """Record "has none" or "postponed" for a required kind (None withdraws it)."""

        def refused(dialog: ReconcileDialog, exc: ReceptionError) -> None:
            dialog._show_message(phone_error_text(exc), error=True)
            dialog.reload()  # the button toggled already: show what is stored

        return self._write(
            partial(answer_required_kind, self._subscriber_id, kind, answer, self._session.user),
            on_error=refused,
        )

    # --- the new number ---------------------------------------------------------------------

    def _area_code(self) -> str | None:
        return self.view.area_code if self.view is not None else None

    def _on_new_kind_combo_activated(self, _index: int) -> None:
        self._kind_chosen = True

    def _on_new_phone_edit_text_changed(self, text: str) -> None:
        self._check_serial += 1
        self._check_timer.stop()
        self._parsed = []
        if not text.strip():
            self._kind_chosen = False
            self.new_kind_combo.setEnabled(True)
            self._show_validation("")
            return
        try:
            numbers = split_input(text, self._area_code())
        except ValidationError as exc:
            self._show_validation(phone_error_text(exc))
            return
        self._parsed = numbers
        self.new_kind_combo.setEnabled(len(numbers) == 1)
        if len(numbers) == 1 and not self._kind_chosen:
            index = self.new_kind_combo.findData(numbers[0].kind)
            if index >= 0:
                self.new_kind_combo.setCurrentIndex(index)
        self._show_validation(self._describe(numbers), tone="ok")
        self._check_timer.start()

    def _describe(self, numbers: Sequence[ParsedPhone]) -> str:
        if len(numbers) > 1:
            listed = ", ".join(f"{n.display} ({kinds_list([n.kind])})" for n in numbers)
            return self.tr(
                "{count} numbers: {numbers}. Enter adds them all, each with its kind."
            ).format(count=len(numbers), numbers=listed)
        number = numbers[0]
        parts = [f"✓ {number.display}", kind_name(number.kind)]
        where = number.operator or number.region
        if where:
            parts.append(where)
        elif number.country != "UA":
            parts.append(number.country)
        text = " · ".join(parts)
        if number.extension:
            text += " · " + self.tr("extension {ext} goes into the note").format(
                ext=number.extension
            )
        return text

    def _on_check_timer_timeout(self) -> None:
        text = self.new_phone_edit.text()
        if not self._parsed:
            return
        serial = self._check_serial
        subscriber_id = self._subscriber_id
        me = weakref.ref(self)

        def done(check: PhoneCheck) -> None:
            dialog = me()
            if _alive(dialog) and dialog is not None and serial == dialog._check_serial:
                dialog._show_check(check)

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, ReceptionError):
                report_error(exc)

        run_db_task(partial(check_phone, subscriber_id, text), done, failed)

    def _show_check(self, check: PhoneCheck) -> None:
        notes = []
        for candidate in check.candidates:
            if candidate.holders:
                holders = "; ".join(
                    f"{h.name} ({', '.join(h.accounts)})" if h.accounts else h.name
                    for h in candidate.holders
                )
                notes.append(
                    self.tr("{number} is also attached to {holders}.").format(
                        number=candidate.display, holders=holders
                    )
                )
            if candidate.existing_retired:
                notes.append(
                    self.tr(
                        "{number} was retired on {date} ({reason}): saving restores it."
                    ).format(
                        number=candidate.display,
                        date=format_date(candidate.retired_at) if candidate.retired_at else "",
                        reason=reason_name(candidate.retire_reason).lower(),
                    )
                )
            elif candidate.existing_id is not None:
                notes.append(
                    self.tr("The subscriber already has {number}: saving confirms it.").format(
                        number=candidate.display
                    )
                )
        if notes:
            base = self._describe(self._parsed) if self._parsed else ""
            tone = "warning" if check.needs_confirmation else "info"
            self._show_validation("\n".join([base, *notes]).strip(), tone=tone)
        self.check_done.emit(check)

    def add_number(self) -> Task | None:
        """Enter or Add: save what was typed (one number, several, or a resolution)."""
        text = self.new_phone_edit.text().strip()
        if not text:
            self._show_validation(phone_error_text(ValidationError("", code="phone.empty")))
            self.new_phone_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        try:
            numbers = split_input(text, self._area_code())
        except ValidationError as exc:
            self._show_validation(phone_error_text(exc))
            self.new_phone_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        user = self._session.user
        subscriber_id = self._subscriber_id
        kind = str(self.new_kind_combo.currentData()) if len(numbers) == 1 else None
        note = self.new_note_edit.text()
        action: Callable[[bool], object]
        if self._resolving is not None:
            phone_id = self._resolving.id
            action = partial(_resolve, phone_id, text, user, kind)
        elif len(numbers) > 1:
            action = partial(_add_several, subscriber_id, text, user)
        else:
            action = partial(_add_one, subscriber_id, text, user, kind, note)
        return self._save_new(action, confirmed=False)

    def _save_new(self, action: Callable[[bool], object], confirmed: bool) -> Task:
        def on_error(dialog: ReconcileDialog, exc: ReceptionError) -> None:
            if (
                isinstance(exc, DuplicateError)
                and exc.code == "phone.needs_confirmation"
                and not confirmed
            ):
                if messages.ask(dialog, dialog._confirmation_question(exc)):
                    dialog._save_new(action, confirmed=True)
                else:
                    dialog._show_validation(
                        QCoreApplication.translate(
                            "ReconcileDialog", "Not saved: {number}."
                        ).format(number=exc.params.get("display")),
                        tone="warning",
                    )
                return
            dialog._show_validation(phone_error_text(exc))
            dialog.new_phone_edit.setFocus(Qt.FocusReason.OtherFocusReason)

        return self._write(
            partial(action, confirmed), after=ReconcileDialog._on_saved, on_error=on_error
        )

    def _confirmation_question(self, exc: ReceptionError) -> str:
        display = exc.params.get("display", "")
        if exc.params.get("holders"):
            return self.tr(
                "{number} is also attached to {holders}. A family member's shared number, or "
                "a mistake? Attach it to this subscriber too?"
            ).format(number=display, holders=exc.params["holders"])
        return self.tr(
            "{number} was retired from this subscriber's numbers. Is it theirs again? Restore it?"
        ).format(number=display)

    def _on_saved(self, result: object) -> None:
        results = result if isinstance(result, list) else [result]
        shown = []
        for saved in results:
            if isinstance(saved, AddResult):
                row = self.phones_model.row_of(saved.phone_id)
                entry = self.phones_model.entry(row)
                number = entry.display if entry else saved.e164
                outcome = {
                    AddOutcome.ADDED: self.tr("added"),
                    AddOutcome.CONFIRMED: self.tr("confirmed again"),
                    AddOutcome.RESTORED: self.tr("restored"),
                }[saved.outcome]
                shown.append(f"{number}: {outcome}")
                self._select(self.phones_view, self.phones_model, saved.phone_id)
        self._end_resolving()
        self.new_phone_edit.clear()
        self.new_note_edit.clear()
        self._kind_chosen = False
        self._show_validation("; ".join(shown), tone="ok")
        self.new_phone_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- finishing and closing --------------------------------------------------------------

    def finish(self) -> Task | None:
        """Ctrl+Enter or Finish: end the reconciliation (refused while a kind is unanswered)."""
        if self.view is None:
            return None

        def refused(dialog: ReconcileDialog, exc: ReceptionError) -> None:
            text = phone_error_text(exc)
            dialog._show_message(text, error=True)
            messages.warning(dialog, text)
            missing = exc.params.get("missing") or ()
            if missing:
                dialog.none_buttons[missing[0]].setFocus(Qt.FocusReason.OtherFocusReason)
            elif exc.code == "phones.unresolved":
                dialog.phones_view.setFocus(Qt.FocusReason.OtherFocusReason)

        return self._write(
            partial(finish_reconciliation, self._subscriber_id, self._session.user),
            after=ReconcileDialog._on_finished,
            on_error=refused,
        )

    def _on_finished(self, _result: object) -> None:
        self._finished = True
        self.reconciled.emit(self._subscriber_id)
        self.accept()

    def reject(self) -> None:
        """Esc: leave a sub-step first; close only when the clerk means it."""
        if self.retire_frame.isVisible():
            self.cancel_retire()
            return
        if self._resolving is not None:
            self._end_resolving()
            self.new_phone_edit.clear()
            self.phones_view.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        view = self.view
        if (
            not self._finished
            and view is not None
            and (view.missing_kinds or self._changed)
            and not messages.ask(self, self._close_question(view))
        ):
            return
        super().reject()

    def _close_question(self, view: ReconciliationView) -> str:
        if view.missing_kinds:
            return self.tr(
                "The subscriber was not asked for: {kinds}. Close without finishing? "
                "The card will show the numbers as not reconciled."
            ).format(kinds=kinds_list(view.missing_kinds))
        return self.tr(
            "The reconciliation is not finished. Close anyway? The changes are saved, but the "
            "card will show the numbers as not reconciled."
        )


# Writers run on the database thread: module functions keep the dialog out of the closures.


def _add_one(
    subscriber_id: str, text: str, user: Any, kind: str | None, note: str, confirmed: bool
) -> AddResult:
    return add_phone(subscriber_id, text, user, kind=kind, note=note, confirmed_duplicate=confirmed)


def _add_several(subscriber_id: str, text: str, user: Any, confirmed: bool) -> list[AddResult]:
    return add_phones(subscriber_id, text, user, confirmed_duplicate=confirmed)


def _resolve(phone_id: str, text: str, user: Any, kind: str | None, confirmed: bool) -> AddResult:
    return resolve_unparsed(phone_id, text, user, kind=kind, confirmed_duplicate=confirmed)


# --- opening it -----------------------------------------------------------------------------


def open_reconciliation(
    parent: QWidget | None,
    session: Session,
    subscriber_id: str,
    settings: Settings | None = None,
) -> ReconcileDialog:
    """Show the reconciliation panel of a subscriber over ``parent`` (window-modal).

    Returns at once with the dialog; connect to its ``reconciled`` / ``phones_changed``
    signals to refresh what the parent shows.
    """
    dialog = ReconcileDialog(session, subscriber_id, settings, parent)
    dialog.setObjectName("reconcile_dialog")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def reconcile_card_action(card: Any) -> QAction:
    """The card's "Reconcile phones" action (F6 or Ctrl+T), for ``register_card_action``.

    The signed-in user and the settings are taken from the card's window (the main window's
    ``session`` and ``settings``); the card reloads after every change.
    """
    action = QAction(card)
    action.setObjectName("reconcile_phones_action")
    action.setShortcuts([QKeySequence("F6"), QKeySequence("Ctrl+T")])
    _name_action(action)
    # The card's own texts follow a language switch; this one must too.
    if isinstance(card, QObject):
        card.installEventFilter(_ActionRetranslator(action))
    card_ref = weakref.ref(card)
    action.triggered.connect(partial(_open_from_card, card_ref))
    action.setEnabled(getattr(card, "subscriber_id", None) is not None)
    changed = getattr(card, "card_changed", None)
    if changed is not None:
        changed.connect(partial(_enable_action, weakref.ref(action)))
    return action


def _name_action(action: QAction) -> None:
    action.setText(tr(QT_TRANSLATE_NOOP("reconcile", "Reconcile &phones")))
    action.setToolTip(
        tr(QT_TRANSLATE_NOOP("reconcile", "Go through the subscriber's numbers with them (F6)"))
    )


class _NumberTypedInList(QObject):
    """A phone number typed on the list goes to "New number" instead of changing the row.

    A clerk who starts typing "+380 67…", "067…" or "12-34-56" without first going to the
    field must not change the selected number (Space on the list confirms it). Any key that
    starts a number moves the typing to the field; no list key is a digit (the kinds are
    picked with K, then 1–5).
    """

    _STARTS = frozenset("0123456789+(")

    def __init__(self, field: QLineEdit, parent: QObject) -> None:
        super().__init__(parent)
        self._field = field

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        mods = event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        text = event.text()
        if mods or not text or text[0] not in self._STARTS or not self._field.isEnabled():
            return False
        self._field.setFocus(Qt.FocusReason.OtherFocusReason)
        self._field.insert(text)
        return True


class _ActionRetranslator(QObject):
    """Names the action again when its card hears of a language change (child of the action)."""

    def __init__(self, action: QAction) -> None:
        super().__init__(action)
        self._action = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and _alive(self._action):
            _name_action(self._action)
        return False


def _enable_action(action_ref: weakref.ref[QAction], card_data: object) -> None:
    action = action_ref()
    if _alive(action) and action is not None:
        action.setEnabled(card_data is not None)


def _open_from_card(card_ref: weakref.ref[Any], _checked: bool = False) -> ReconcileDialog | None:
    card = card_ref()
    if not _alive(card) or card is None:
        return None
    subscriber_id = getattr(card, "subscriber_id", None)
    window = card.window()
    session = getattr(window, "session", None)
    if subscriber_id is None or not isinstance(session, Session):
        log.warning("reconciliation asked for without a subscriber or a session")
        return None
    settings = getattr(window, "settings", None)
    dialog = open_reconciliation(
        card, session, subscriber_id, settings if isinstance(settings, Settings) else None
    )
    reload = getattr(card, "reload", None)
    if reload is not None:
        dialog.phones_changed.connect(lambda _sid: reload())
    return dialog


def register_with_card() -> bool:
    """Add "Reconcile phones" to every subscriber card; False without a card module.

    Safe to call more than once: the card keeps one copy of each action factory.
    """
    try:
        from receptionapp.gui import card as card_module
    except ImportError:
        return False
    register = getattr(card_module, "register_card_action", None)
    if register is None:
        return False
    register(reconcile_card_action)
    return True
