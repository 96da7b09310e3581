"""One sync issue opened: what happened to which record, what head office kept, and the
action that resolves it.

Form: ``ui/sync_issue_dialog.ui``. The Sync page opens it (Enter or double-click on an
issue, or "Open"). What it shows is read on a worker thread (:func:`load_facts`): the
record's subscriber and account, the booking (director, date and time, reception point),
the values in force and the clerk's own values. The actions, per kind of issue:

* booking ``conflict``: book one of the free slots head office offered (↑ ↓ and Enter in the
  list): the booking is cancelled and a new one for the same subscriber and director is
  saved, or cancel the booking;
* ``rejected`` change: head office's reason and the values in force; "Understood";
* ``superseded`` edit: the value kept and the clerk's value; keep head office's, or enter
  the clerk's again as a new edit;
* ``clock_skew`` and ``local_clash``: what to do about it; "Understood".

Every action writes the domain change and the issue's ``resolved_at`` in one local
transaction (:func:`receptionapp.sync.client.resolve_issue` inside it), on the writer
thread; the dialog then closes with :attr:`SyncIssueDialog.resolved`.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import peewee as pw
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from receptionapp.core.errors import ReceptionError
from receptionapp.db import appointments, sync_issues
from receptionapp.gui import messages, vocabulary
from receptionapp.gui.errors import show_error
from receptionapp.gui.formloader import Form
from receptionapp.gui.moments import format_stored, format_when
from receptionapp.gui.tasks import run_task, writer_pool
from receptionapp.sync import client

log = logging.getLogger(__name__)

CONTEXT = "SyncIssueDialog"

# The role under which a slot item keeps head office's slot text (naive UTC).
SLOT_ROLE = Qt.ItemDataRole.UserRole

# Column → the clerk's name for it (unknown columns are shown with spaces for underscores).
FIELD_NAMES: dict[str, str] = {
    "last_name": QT_TRANSLATE_NOOP("SyncIssueDialog", "last name"),
    "first_name": QT_TRANSLATE_NOOP("SyncIssueDialog", "first name"),
    "patronymic": QT_TRANSLATE_NOOP("SyncIssueDialog", "patronymic"),
    "kind": QT_TRANSLATE_NOOP("SyncIssueDialog", "kind"),
    "notes": QT_TRANSLATE_NOOP("SyncIssueDialog", "notes"),
    "note": QT_TRANSLATE_NOOP("SyncIssueDialog", "note"),
    "number": QT_TRANSLATE_NOOP("SyncIssueDialog", "number"),
    "city": QT_TRANSLATE_NOOP("SyncIssueDialog", "city"),
    "street": QT_TRANSLATE_NOOP("SyncIssueDialog", "street"),
    "house": QT_TRANSLATE_NOOP("SyncIssueDialog", "house"),
    "flat": QT_TRANSLATE_NOOP("SyncIssueDialog", "flat"),
    "status": QT_TRANSLATE_NOOP("SyncIssueDialog", "status"),
    "package_id": QT_TRANSLATE_NOOP("SyncIssueDialog", "package"),
    "from_package_id": QT_TRANSLATE_NOOP("SyncIssueDialog", "old package"),
    "to_package_id": QT_TRANSLATE_NOOP("SyncIssueDialog", "new package"),
    "effective_date": QT_TRANSLATE_NOOP("SyncIssueDialog", "effective date"),
    "e164": QT_TRANSLATE_NOOP("SyncIssueDialog", "phone number"),
    "raw_text": QT_TRANSLATE_NOOP("SyncIssueDialog", "number as written"),
    "confirmed_at": QT_TRANSLATE_NOOP("SyncIssueDialog", "confirmed"),
    "retired_at": QT_TRANSLATE_NOOP("SyncIssueDialog", "removed"),
    "retire_reason": QT_TRANSLATE_NOOP("SyncIssueDialog", "reason for removal"),
    "phones_reconciled_at": QT_TRANSLATE_NOOP("SyncIssueDialog", "phones reconciled"),
    "answer": QT_TRANSLATE_NOOP("SyncIssueDialog", "answer"),
    "subscriber_id": QT_TRANSLATE_NOOP("SyncIssueDialog", "subscriber"),
    "account_id": QT_TRANSLATE_NOOP("SyncIssueDialog", "personal account"),
    "director_id": QT_TRANSLATE_NOOP("SyncIssueDialog", "director"),
    "slot_start": QT_TRANSLATE_NOOP("SyncIssueDialog", "date and time"),
    "slot_end": QT_TRANSLATE_NOOP("SyncIssueDialog", "end"),
    "question": QT_TRANSLATE_NOOP("SyncIssueDialog", "question"),
    "tried_by_phone": QT_TRANSLATE_NOOP("SyncIssueDialog", "tried by phone"),
    "outcome": QT_TRANSLATE_NOOP("SyncIssueDialog", "outcome"),
    "channel": QT_TRANSLATE_NOOP("SyncIssueDialog", "channel"),
    "category": QT_TRANSLATE_NOOP("SyncIssueDialog", "category"),
    "text": QT_TRANSLATE_NOOP("SyncIssueDialog", "text"),
    "purpose": QT_TRANSLATE_NOOP("SyncIssueDialog", "purpose"),
    "address": QT_TRANSLATE_NOOP("SyncIssueDialog", "address"),
    "contact_phone": QT_TRANSLATE_NOOP("SyncIssueDialog", "contact phone"),
    "preferred_time": QT_TRANSLATE_NOOP("SyncIssueDialog", "preferred time"),
    "due_date": QT_TRANSLATE_NOOP("SyncIssueDialog", "due date"),
    "responsible_id": QT_TRANSLATE_NOOP("SyncIssueDialog", "responsible"),
    "deleted_at": QT_TRANSLATE_NOOP("SyncIssueDialog", "deleted"),
}

# Why head office refused a change (``reason`` of its answer).
REASONS: dict[str, str] = {
    "forbidden_scope": QT_TRANSLATE_NOOP(
        "SyncIssueDialog",
        "this office may not change records of another directorate ({scope}).",
    ),
    "not_found": QT_TRANSLATE_NOOP(
        "SyncIssueDialog", "head office does not know this record (it may have been removed)."
    ),
    "deleted": QT_TRANSLATE_NOOP(
        "SyncIssueDialog", "the record was deleted; changes to a deleted record are refused."
    ),
    "transition": QT_TRANSLATE_NOOP(
        "SyncIssueDialog", "the status cannot change from “{current}” to the one entered."
    ),
    "integrity": QT_TRANSLATE_NOOP(
        "SyncIssueDialog",
        "it clashes with a record head office already has (for example the same number).",
    ),
}

# Head office's messages about package changes (reason "package_change").
PACKAGE_CHANGE_REASONS: dict[str, str] = {
    "the account is unknown or closed at head office": QT_TRANSLATE_NOOP(
        "SyncIssueDialog", "the personal account is unknown or closed at head office."
    ),
    "the account is closed": QT_TRANSLATE_NOOP(
        "SyncIssueDialog", "the personal account is closed."
    ),
    "the package is not offered": QT_TRANSLATE_NOOP(
        "SyncIssueDialog", "the package is no longer offered."
    ),
    "the account's package changed meanwhile": QT_TRANSLATE_NOOP(
        "SyncIssueDialog", "the account's package was changed elsewhere meanwhile."
    ),
}

_STATUS_TABLES: dict[str, dict[str, str]] = {
    "account": vocabulary.ACCOUNT_STATUSES,
    "appointment": vocabulary.APPOINTMENT_STATUSES,
    "complaint": vocabulary.COMPLAINT_STATUSES,
    "technician_request": vocabulary.REQUEST_STATUSES,
    "package_change": vocabulary.PACKAGE_CHANGE_STATUSES,
}

_KIND_TABLES: dict[str, dict[str, str]] = {
    "phone": vocabulary.PHONE_KINDS,
    "phone_kind_answer": vocabulary.PHONE_KINDS,
    "subscriber": vocabulary.SUBSCRIBER_KINDS,
    "technician_request": vocabulary.REQUEST_KINDS,
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_name(column: str) -> str:
    """The clerk's word for a column."""
    source = FIELD_NAMES.get(column)
    return _tr(source) if source else column.replace("_", " ")


def value_text(entity: str, column: str, value: object, name: str = "") -> str:
    """A stored value as the clerk reads it (names for ids and codes, local times)."""
    if value is None or value == "":
        return "—"
    if name:
        return name
    text = str(value)
    if column == "status" and entity in _STATUS_TABLES:
        return vocabulary.name(_STATUS_TABLES[entity], text)
    if column == "kind" and entity in _KIND_TABLES:
        return vocabulary.name(_KIND_TABLES[entity], text)
    if column == "channel":
        return vocabulary.name(vocabulary.CHANNELS, text)
    if column == "outcome" and entity == "contact":
        return vocabulary.name(vocabulary.CONTACT_OUTCOMES, text)
    if column.endswith("_at") or column in ("slot_start", "slot_end"):
        return format_stored(text)
    return text


@dataclass
class IssueFacts:
    """Everything the dialog shows about one issue (read on a worker thread).

    Attributes:
        issue: the issue row.
        record: who the record belongs to, its current values.
        booking: the booking, for an issue about an appointment that is still here.
        fields: the fields of the change (superseded: the overridden ones; rejected: all).
        slots: the free slots head office offered (naive UTC).
        directorate: the name of the directorate a refusal names (its code when unknown).
        operation: what the clerk's change was (``insert``, ``update``, ``delete``), or "".
    """

    issue: client.SyncIssue
    record: sync_issues.RecordInfo
    booking: appointments.Booking | None = None
    fields: list[sync_issues.FieldValues] = field(default_factory=list)
    slots: list[dt.datetime] = field(default_factory=list)
    directorate: str = ""
    operation: str = ""


def load_facts(db: pw.Database, issue: client.SyncIssue) -> IssueFacts:
    """Read what the dialog shows about ``issue`` (call on a worker thread)."""
    with db.connection_context():
        facts = IssueFacts(issue, sync_issues.record_info(issue.entity, issue.pk))
        op_id = issue.detail.get("op_id")
        op_id = str(op_id) if op_id else None
        facts.operation = sync_issues.operation_kind(op_id) or ""
        if issue.entity == "appointment":
            facts.booking = appointments.booking(issue.pk)
        if issue.kind == "superseded":
            names = [str(n) for n in issue.detail.get("superseded", [])]
            facts.fields = sync_issues.field_values(issue.entity, issue.pk, op_id, names)
        elif issue.kind == "rejected":
            facts.fields = [
                f
                for f in sync_issues.field_values(issue.entity, issue.pk, op_id)
                if f.mine not in (None, "") or f.in_force not in (None, "")
            ]
        scope = issue.detail.get("scope")
        if scope:
            facts.directorate = appointments.directorate_name(str(scope))
        if issue.kind == "conflict":
            for text in issue.detail.get("alternatives", []):
                try:
                    facts.slots.append(appointments.parse_slot(str(text)))
                except ReceptionError:
                    log.warning("head office offered a slot that is not a time: %r", text)
    return facts


class SyncIssueDialog(QDialog):
    """The detail view of one sync issue and the actions that resolve it.

    Attributes:
        facts: what is shown (None until read).

    Signals:
        resolved(str): the issue was resolved; the argument says what was done (shown on
            the Sync page).
        loaded(): the facts were read and shown.
    """

    resolved = Signal(str)
    loaded = Signal()

    def __init__(
        self, db: pw.Database, issue: client.SyncIssue, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._issue = issue
        self.facts: IssueFacts | None = None
        self._busy = False
        self._form = Form("sync_issue_dialog", self)
        child = self._form.child
        self.title_label = child(QLabel, "title_label")
        self.record_label = child(QLabel, "record_label")
        self.happened_label = child(QLabel, "happened_label")
        self.kept_label = child(QLabel, "kept_label")
        self.todo_label = child(QLabel, "todo_label")
        self.slots_caption = child(QLabel, "slots_caption")
        self.slots_list = child(QListWidget, "slots_list")
        self.values_caption = child(QLabel, "values_caption")
        self.values_table = child(QTableWidget, "values_table")
        self.hint_label = child(QLabel, "hint_label")
        self.book_button = child(QPushButton, "book_button")
        self.cancel_booking_button = child(QPushButton, "cancel_booking_button")
        self.keep_button = child(QPushButton, "keep_button")
        self.reenter_button = child(QPushButton, "reenter_button")
        self.understood_button = child(QPushButton, "understood_button")
        self.close_button = child(QPushButton, "close_button")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        header = self.values_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        # Enter in the list books the chosen slot (a widget shortcut: the list's own Enter
        # handling, which would also reach the dialog, never runs).
        self.book_action = QAction(self)
        self.book_action.setObjectName("book_slot_action")
        self.book_action.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        self.book_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.book_action.triggered.connect(self._on_book_button_clicked)
        # Named, since Help → Keyboard shortcuts lists every action of the window.
        self.book_action.setText(self.tr("&Book the selected slot"))
        self.slots_list.addAction(self.book_action)
        self.slots_list.itemDoubleClicked.connect(lambda _item: self._on_book_button_clicked())

        self.book_button.clicked.connect(self._on_book_button_clicked)
        self.cancel_booking_button.clicked.connect(self._on_cancel_booking_button_clicked)
        self.keep_button.clicked.connect(self._on_keep_button_clicked)
        self.understood_button.clicked.connect(self._on_keep_button_clicked)
        self.reenter_button.clicked.connect(self._on_reenter_button_clicked)
        self.close_button.clicked.connect(self.reject)

        self.title_label.setText(self._title())
        for widget in self._action_widgets():
            widget.setVisible(False)
        self.setMinimumWidth(760)
        run_task(partial_load(db, issue), self._on_facts_loaded, self._on_failed)

    # --- showing ------------------------------------------------------------------------

    def _action_widgets(self) -> list[QWidget]:
        return [
            self.slots_caption,
            self.slots_list,
            self.values_caption,
            self.values_table,
            self.book_button,
            self.cancel_booking_button,
            self.keep_button,
            self.reenter_button,
            self.understood_button,
        ]

    def _title(self) -> str:
        from receptionapp.gui.sync_panel import kind_text

        return kind_text(self._issue.kind)

    def _on_facts_loaded(self, facts: IssueFacts) -> None:
        self.facts = facts
        self._show()
        self._focus_first()
        self.loaded.emit()

    def _focus_first(self) -> None:
        for widget in (
            self.slots_list,
            self.reenter_button,
            self.understood_button,
            self.keep_button,
            self.cancel_booking_button,
            self.close_button,
        ):
            if widget.isVisibleTo(self) and widget.isEnabled():
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _show(self) -> None:
        facts = self.facts
        if facts is None:
            return
        issue = facts.issue
        self.setWindowTitle(self.tr("Sync issue: {kind}").format(kind=self._title()))
        self.title_label.setText(self._title())
        self.record_label.setText(self._record_text(facts))
        happened, kept, todo = self._explanation(facts)
        self.happened_label.setText(happened)
        self.kept_label.setText(kept)
        if issue.resolved_at is not None:
            todo = self.tr("Nothing: the issue was resolved on {when}.").format(
                when=format_when(dt.datetime.fromisoformat(issue.resolved_at))
            )
        self.todo_label.setText(todo)
        self._show_slots(facts)
        self._show_values(facts)
        self._show_buttons(facts)
        self.hint_label.setText(self._hint(facts))
        # As tall as what this kind of issue shows, no taller (wrapped labels included).
        self.layout().activate()
        self.resize(self.width(), self.layout().totalHeightForWidth(self.width()))

    def _record_text(self, facts: IssueFacts) -> str:
        from receptionapp.gui.sync_panel import entity_text

        record = facts.record
        booking = facts.booking
        what = entity_text(record.entity)
        if not record.exists:
            return self.tr("{what} that is no longer in this office's database").format(
                what=what[:1].upper() + what[1:]
            )
        who = record.subscriber or self.tr("no subscriber")
        lines = [f"{what[:1].upper()}{what[1:]}: {who}"]
        accounts = booking.account_number if booking is not None else ", ".join(record.accounts)
        if accounts:
            lines.append(self.tr("Personal account: {number}").format(number=accounts))
        if record.label:
            label = (
                self.tr("Phone number: {number}")
                if record.entity == "phone"
                else self.tr("Number: {number}")
            )
            lines.append(label.format(number=record.label))
        if booking is not None:
            lines.append(self.tr("Director: {name}").format(name=booking.director or "—"))
            lines.append(
                self.tr("Date and time: {when}").format(
                    when=format_when(booking.slot_start, weekday=True)
                )
            )
            if booking.reception_point:
                lines.append(
                    self.tr("Reception point: {point}").format(point=booking.reception_point)
                )
            lines.append(
                self.tr("Booking status: {status}").format(
                    status=vocabulary.name(vocabulary.APPOINTMENT_STATUSES, booking.status)
                )
            )
        return "\n".join(lines)

    def _explanation(self, facts: IssueFacts) -> tuple[str, str, str]:
        """(what happened, what head office kept, what the clerk can do)."""
        issue = facts.issue
        detail = issue.detail
        if issue.kind == "conflict":
            happened = self.tr(
                "Another office booked this director's slot first. Head office keeps the "
                "booking that reaches it first, so this one was not confirmed."
            )
            kept = self.tr("The other office's booking of that slot.")
            if not self._booking_open(facts):
                todo = self.tr(
                    "The booking is no longer waiting for a decision; nothing else to do. "
                    "Press Understood to close the issue."
                )
            elif facts.slots:
                todo = self.tr(
                    "Agree another time with the subscriber and book one of the free slots "
                    "below (↑ ↓ to choose, Enter to book): this booking is cancelled and the "
                    "new one is sent to head office. Or cancel the booking."
                )
            else:
                todo = self.tr(
                    "Head office offered no free slot. Cancel the booking and book another "
                    "day with the subscriber on the Director's reception page."
                )
            return happened, kept, todo
        if issue.kind == "rejected":
            happened = self.tr("Head office refused the change: {reason}").format(
                reason=self._reason(detail)
            )
            if facts.operation == "insert":
                kept = self.tr(
                    "Nothing: head office did not take this new record, so it exists only in "
                    "this office. What was entered is in the table below."
                )
            else:
                kept = self.tr(
                    "Its own values; the change made here was not applied. The values now in "
                    "force are in the table below."
                )
            todo = self.tr(
                "Nothing was lost but this change. If it is still needed, make it again in a "
                "way head office accepts, or ask a senior clerk. Then press Understood."
            )
            return happened, kept, todo
        if issue.kind == "superseded":
            happened = self.tr(
                "The same fields were edited later at another office or at head office. "
                "The later edit was kept and this office's edit was overridden."
            )
            kept = self.tr("The later value, shown in the table below beside yours.")
            if any(f.mine_known for f in facts.fields) and facts.record.exists:
                todo = self.tr(
                    "Check with the subscriber which value is right. Keep head office's "
                    "value, or enter yours again: it is saved as a new change and sent at "
                    "the next sync."
                )
            else:
                todo = self.tr(
                    "Your value is no longer kept in this office, so it cannot be entered "
                    "again from here. If it is right, enter it on the record once more; "
                    "then press Keep head office's value to close the issue."
                )
            return happened, kept, todo
        if issue.kind == "clock_skew":
            happened = self.tr(
                "This computer's clock was far ahead of head office's when the change was "
                "made. Head office accepted the change but stamped it with its own time."
            )
            kept = self.tr("The change, with head office's time.")
            todo = self.tr(
                "Set this computer's date, time and time zone right (in Windows: Settings → "
                "Time and language → Date and time → Set time automatically), or ask the "
                "administrator. Wrong clocks make later edits lose to older ones. Then press "
                "Understood."
            )
            return happened, kept, todo
        happened = self.tr(
            "A record sent by head office clashes with a record of this office (for example "
            "the same number twice), so it could not be stored here."
        )
        kept = self.tr("Its record; this office keeps its own.")
        todo = self.tr(
            "Tell the administrator, who can compare the two records. "
            "Press Understood once it is dealt with."
        )
        return happened, kept, todo

    def _reason(self, detail: dict[str, Any]) -> str:
        reason = str(detail.get("reason", ""))
        message = str(detail.get("message", ""))
        if reason == "package_change" and message in PACKAGE_CHANGE_REASONS:
            return _tr(PACKAGE_CHANGE_REASONS[message])
        source = REASONS.get(reason)
        if source is None:
            return message or reason
        current = str(detail.get("current", ""))
        status = vocabulary.name(_STATUS_TABLES.get(self._issue.entity, {}), current)
        scope = (self.facts.directorate if self.facts else "") or detail.get("scope", "")
        return _tr(source).format(scope=scope, current=status)

    @staticmethod
    def _booking_open(facts: IssueFacts) -> bool:
        booking = facts.booking
        return booking is not None and booking.status in appointments.OPEN_STATUSES

    def _show_slots(self, facts: IssueFacts) -> None:
        wanted = (
            facts.issue.kind == "conflict"
            and facts.issue.resolved_at is None
            and self._booking_open(facts)
            and bool(facts.slots)
        )
        self.slots_caption.setVisible(wanted)
        self.slots_list.setVisible(wanted)
        current = self.slots_list.currentRow()
        self.slots_list.clear()
        if not wanted:
            return
        for slot in facts.slots:
            item = QListWidgetItem(format_when(slot, weekday=True))
            item.setData(SLOT_ROLE, str(slot))
            self.slots_list.addItem(item)
        self.slots_list.setCurrentRow(max(current, 0))
        rows = self.slots_list.count()
        self.slots_list.setMaximumHeight(
            self.slots_list.sizeHintForRow(0) * max(rows, 1) + 2 * self.slots_list.frameWidth()
        )

    def _show_values(self, facts: IssueFacts) -> None:
        wanted = facts.issue.kind in ("superseded", "rejected") and bool(facts.fields)
        self.values_caption.setVisible(wanted)
        self.values_table.setVisible(wanted)
        if not wanted:
            return
        if facts.issue.kind == "superseded":
            self.values_caption.setText(self.tr("&Values (kept and overridden):"))
            titles = [self.tr("Field"), self.tr("Kept (in force)"), self.tr("Yours (overridden)")]
        else:
            self.values_caption.setText(self.tr("&Values:"))
            titles = [self.tr("Field"), self.tr("Value in force here"), self.tr("Your change")]
        # A refused new record: what is here is what was entered, one column says it all.
        self.values_table.setColumnHidden(
            2, facts.issue.kind == "rejected" and facts.operation == "insert"
        )
        if self.values_table.isColumnHidden(2):
            titles[1] = self.tr("Entered here")
        self.values_table.setHorizontalHeaderLabels(titles)
        self.values_table.setRowCount(len(facts.fields))
        entity = facts.issue.entity
        for row, values in enumerate(facts.fields):
            mine = (
                value_text(entity, values.name, values.mine, values.mine_name)
                if values.mine_known
                else self.tr("(no longer kept here)")
            )
            texts = [
                field_name(values.name),
                value_text(entity, values.name, values.in_force, values.in_force_name),
                mine,
            ]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.values_table.setItem(row, column, item)
        self.values_table.resizeRowsToContents()
        height = self.values_table.horizontalHeader().height() + 2 * self.values_table.frameWidth()
        height += sum(self.values_table.rowHeight(r) for r in range(len(facts.fields)))
        self.values_table.setMaximumHeight(height + 2)
        self.values_table.setCurrentCell(0, 0)

    def _show_buttons(self, facts: IssueFacts) -> None:
        kind = facts.issue.kind
        open_ = facts.issue.resolved_at is None
        booking_open = self._booking_open(facts)
        self.book_button.setVisible(open_ and kind == "conflict" and booking_open)
        self.book_button.setEnabled(bool(facts.slots))
        self.cancel_booking_button.setVisible(open_ and kind == "conflict" and booking_open)
        self.keep_button.setVisible(open_ and kind == "superseded")
        self.reenter_button.setVisible(open_ and kind == "superseded")
        self.reenter_button.setEnabled(self._reenterable(facts) is not None)
        # "Understood" resolves what needs no action here (a booking no longer waiting too).
        self.understood_button.setVisible(
            open_ and kind != "superseded" and (kind != "conflict" or not booking_open)
        )

    def _hint(self, facts: IssueFacts) -> str:
        parts = []
        if self.slots_list.isVisibleTo(self):
            parts.append(self.tr("↑ ↓ choose a slot · Enter books it · Alt+C cancels the booking"))
        if self.values_table.isVisibleTo(self):
            parts.append(self.tr("Alt+V goes to the values"))
        if self.keep_button.isVisibleTo(self):
            parts.append(self.tr("Alt+K keeps head office's value · Alt+E enters yours again"))
        if self.understood_button.isVisibleTo(self):
            parts.append(self.tr("Alt+U: understood"))
        parts.append(self.tr("Esc closes and leaves the issue open"))
        return " · ".join(parts)

    @staticmethod
    def _reenterable(facts: IssueFacts) -> dict[str, sync_issues.Value] | None:
        """The clerk's values to enter again, or None when they are not known here."""
        values = {f.name: f.mine for f in facts.fields if f.mine_known}
        if not values or not facts.record.exists or facts.issue.resolved_at is not None:
            return None
        return values

    # --- acting -------------------------------------------------------------------------

    def _run(self, work: Callable[[], object] | None, done: str) -> None:
        """Run ``work`` and resolve the issue, in one transaction on the writer thread; then
        say ``done``."""
        if self._busy:
            return
        self._busy = True
        db = self._db
        issue_id = self._issue.id

        def unit() -> str:
            with db.connection_context(), db.atomic():
                if work is not None:
                    work()
                client.resolve_issue(db, issue_id)
            return done

        run_task(unit, self._on_done, self._on_failed, pool=writer_pool())

    def _on_done(self, done: str) -> None:
        self._busy = False
        self.resolved.emit(done)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._busy = False
        if isinstance(exc, ReceptionError):
            show_error(self, exc)
        else:
            # A bug or an unexpected database state: the clerk gets a sentence, the log the
            # traceback; nothing was changed (the transaction was rolled back).
            log.error("sync issue %s: the action failed", self._issue.id, exc_info=exc)
            messages.error(
                self,
                self.tr("The issue could not be resolved; nothing was changed. Try again."),
                details=f"{type(exc).__name__}: {exc}",
            )

    def _on_book_button_clicked(self) -> None:
        facts = self.facts
        item = self.slots_list.currentItem()
        if facts is None or item is None or not self.book_button.isVisible():
            return
        text = str(item.data(SLOT_ROLE))
        slot = appointments.parse_slot(text)
        pk = self._issue.pk
        who = facts.record.subscriber
        done = self.tr("Booked {when} for {who}; head office confirms it at the next sync.").format(
            when=format_when(slot, weekday=True), who=who
        )
        self._run(lambda: appointments.rebook(pk, slot), done)

    def _on_cancel_booking_button_clicked(self) -> None:
        facts = self.facts
        if facts is None or facts.booking is None or not self.cancel_booking_button.isVisible():
            return
        booking = facts.booking
        question = self.tr("Cancel the booking of {who} with {director} on {when}?").format(
            who=booking.subscriber or "—",
            director=booking.director or "—",
            when=format_when(booking.slot_start, weekday=True),
        )
        if not messages.ask(self, question):
            return
        pk = self._issue.pk
        done = self.tr("The booking of {who} was cancelled.").format(who=booking.subscriber)
        self._run(lambda: appointments.cancel(pk), done)

    def _on_keep_button_clicked(self) -> None:
        if self.facts is None:
            return
        done = self.tr("The issue was marked as resolved.")
        self._run(None, done)

    def _on_reenter_button_clicked(self) -> None:
        facts = self.facts
        values = self._reenterable(facts) if facts is not None else None
        if facts is None or values is None:
            return
        entity, pk = self._issue.entity, self._issue.pk
        done = self.tr("Your value was entered again; it is sent at the next sync.")
        self._run(lambda: sync_issues.reenter(entity, pk, values), done)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._form.retranslate()
            self.book_action.setText(self.tr("&Book the selected slot"))
            self._show()
        super().changeEvent(event)


def partial_load(db: pw.Database, issue: client.SyncIssue) -> Callable[[], IssueFacts]:
    """The worker function that reads ``issue``'s facts."""
    return lambda: load_facts(db, issue)
