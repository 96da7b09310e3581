"""The Sync area: background sync with head office, its state, and the sync issues.

Form: ``ui/sync_panel.ui``. The panel runs :func:`receptionapp.sync.client.sync_once` on a
worker thread (never on the GUI thread, one cycle at a time):

* every :data:`SYNC_INTERVAL_MS` (15 s) while the office is enrolled;
* :data:`AFTER_CHANGE_MS` after a local change (the outbox grew);
* on "Sync now".

It also puts a label in the window's status bar: online/offline, last sync, pending changes
and conflicts. The issues list shows conflicts, refusals and overridden edits with the
subscriber and account they concern; Enter, a double-click or "Open" opens one in
:class:`~receptionapp.gui.sync_issue_dialog.SyncIssueDialog`, which resolves it with a real
action (book another slot, cancel a booking, enter an overridden value again, …).
"Mark as resolved" closes an issue without changing anything.
"""

from __future__ import annotations

import enum
import logging
from typing import Any

import peewee as pw
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QTableView, QWidget

from receptionapp.core.errors import ReceptionError
from receptionapp.db import sync_issues
from receptionapp.gui.errors import message_for_code
from receptionapp.gui.formloader import Form
from receptionapp.gui.moments import format_stored
from receptionapp.gui.pages import PageContext
from receptionapp.gui.sync_issue_dialog import SyncIssueDialog, field_name
from receptionapp.gui.tasks import run_task, writer_pool
from receptionapp.sync import client

log = logging.getLogger(__name__)

# Background sync period while enrolled (DESIGN.md §5).
SYNC_INTERVAL_MS = 15_000

# Delay between a local change and the sync it triggers (changes come in bursts).
AFTER_CHANGE_MS = 2_000

# How often the outbox is looked at for new local changes.
WATCH_MS = 2_000

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

# What a refresh reads: the counts, the issues, who each issue's record belongs to.
_State = tuple[client.SyncStatus, list[client.SyncIssue], dict[int, sync_issues.RecordInfo]]


class IssueColumn(enum.IntEnum):
    """Columns of the issues list."""

    WHEN = 0
    KIND = 1
    WHAT = 2
    DETAIL = 3


class SyncIssuesModel(QAbstractTableModel):
    """Sync issues, newest first (a few hundred at most: loaded whole)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._issues: list[client.SyncIssue] = []
        self._records: dict[int, sync_issues.RecordInfo] = {}

    def set_issues(
        self,
        issues: list[client.SyncIssue],
        records: dict[int, sync_issues.RecordInfo] | None = None,
    ) -> None:
        """Replace the rows (``records``: who each issue's record belongs to, by issue id)."""
        self.beginResetModel()
        self._issues = list(issues)
        self._records = dict(records or {})
        self.endResetModel()

    def record(self, row: int) -> sync_issues.RecordInfo | None:
        """Who the record of the issue in ``row`` belongs to, when known."""
        return self._records.get(self._issues[row].id)

    def issue(self, row: int) -> client.SyncIssue:
        """The issue shown in ``row``."""
        return self._issues[row]

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:  # noqa: N802 - Qt override
        """Number of issues (a flat table)."""
        return 0 if parent.isValid() else len(self._issues)

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:  # noqa: N802 - Qt override
        """Number of columns."""
        return 0 if parent.isValid() else len(IssueColumn)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Texts of a cell; the issue object under ``UserRole``."""
        if not index.isValid() or not 0 <= index.row() < len(self._issues):
            return None
        issue = self._issues[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return issue
        if role == Qt.ItemDataRole.ForegroundRole and issue.resolved_at is not None:
            # Resolved issues (shown with "Show resolved") stay readable but step back.
            return QGuiApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = IssueColumn(index.column())
        if column is IssueColumn.WHEN:
            return format_stored(issue.created_at)  # stored in UTC, shown in local time
        if column is IssueColumn.KIND:
            return kind_text(issue.kind)
        if column is IssueColumn.WHAT:
            return record_text(issue.entity, self._records.get(issue.id))
        return detail_text(issue)

    def headerData(  # noqa: N802 - Qt override
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Translated column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            IssueColumn.WHEN: self.tr("When"),
            IssueColumn.KIND: self.tr("What happened"),
            IssueColumn.WHAT: self.tr("Record"),
            IssueColumn.DETAIL: self.tr("Details"),
        }
        return titles.get(IssueColumn(section))


def _describe(issues: list[client.SyncIssue]) -> dict[int, sync_issues.RecordInfo]:
    """Who each issue's record belongs to (worker thread; a few queries an issue)."""
    found: dict[tuple[str, str], sync_issues.RecordInfo] = {}
    records: dict[int, sync_issues.RecordInfo] = {}
    for issue in issues:
        key = (issue.entity, issue.pk)
        if key not in found:
            try:
                found[key] = sync_issues.record_info(issue.entity, issue.pk)
            except ReceptionError:  # a table this version does not know
                found[key] = sync_issues.RecordInfo(issue.entity, issue.pk, exists=False)
        records[issue.id] = found[key]
    return records


def kind_text(kind: str) -> str:
    """The clerk's words for an issue kind."""
    texts = {
        "conflict": QCoreApplication.translate("SyncPanel", "Booking conflict"),
        "rejected": QCoreApplication.translate("SyncPanel", "Refused by head office"),
        "superseded": QCoreApplication.translate("SyncPanel", "Overridden by a later edit"),
        "clock_skew": QCoreApplication.translate("SyncPanel", "This computer's clock is wrong"),
        "local_clash": QCoreApplication.translate(
            "SyncPanel", "Could not store a record from head office"
        ),
    }
    return texts.get(kind, kind)


def entity_text(entity: str) -> str:
    """The clerk's words for a table."""
    texts = {
        "subscriber": QCoreApplication.translate("SyncPanel", "subscriber"),
        "account": QCoreApplication.translate("SyncPanel", "personal account"),
        "phone": QCoreApplication.translate("SyncPanel", "phone number"),
        "appointment": QCoreApplication.translate("SyncPanel", "director's reception booking"),
        "complaint": QCoreApplication.translate("SyncPanel", "complaint"),
        "contact": QCoreApplication.translate("SyncPanel", "contact"),
        "technician_request": QCoreApplication.translate("SyncPanel", "technician request"),
        "package_change": QCoreApplication.translate("SyncPanel", "package change"),
    }
    return texts.get(entity, entity)


def record_text(entity: str, record: sync_issues.RecordInfo | None) -> str:
    """The record of an issue in a few words: "subscriber: Петренко Іван, о/р 1200345"."""
    what = entity_text(entity)
    if record is None or not record.exists:
        return what
    parts = [record.subscriber] if record.subscriber else []
    if record.label:
        parts.append(record.label)
    if record.accounts:
        parts.append(
            QCoreApplication.translate("SyncPanel", "acc. {number}").format(
                number=", ".join(record.accounts[:2])
            )
        )
    return f"{what}: {', '.join(parts)}" if parts else what


def detail_text(issue: client.SyncIssue) -> str:
    """One sentence about an issue, from head office's answer."""
    detail = issue.detail
    if issue.kind == "conflict":
        free = ", ".join(format_stored(str(s)) for s in detail.get("alternatives", []))
        if free:
            return QCoreApplication.translate(
                "SyncPanel", "The slot was taken by another office first. Free slots: {slots}"
            ).format(slots=free)
        return QCoreApplication.translate(
            "SyncPanel", "The slot was taken by another office first."
        )
    if issue.kind == "superseded":
        return QCoreApplication.translate(
            "SyncPanel", "A later change made elsewhere was kept for: {fields}"
        ).format(fields=", ".join(field_name(str(f)) for f in detail.get("superseded", [])))
    if issue.kind == "clock_skew":
        return QCoreApplication.translate(
            "SyncPanel", "The change was kept with head office's time; check the clock."
        )
    if issue.kind == "rejected" and detail.get("reason") == "forbidden_scope":
        return QCoreApplication.translate(
            "SyncPanel", "This office may not change records of directorate {scope}."
        ).format(scope=detail.get("scope", ""))
    if issue.kind == "rejected":
        return QCoreApplication.translate(
            "SyncPanel", "Head office refused the change; open the issue to see why."
        )
    message = detail.get("message")
    return str(message) if message else ""


class SyncPanel(QWidget):
    """The Sync page and the background sync it drives.

    Attributes:
        status_label: the status-bar label (put in the window by :func:`create_page`).

    Signals:
        sync_finished(object): a cycle ended; its :class:`SyncReport` or the exception.
        state_changed(): the counts or the connection state were refreshed.
    """

    sync_finished = Signal(object)
    state_changed = Signal()

    def __init__(self, db: pw.SqliteDatabase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._form = Form("sync_panel", self)
        child = self._form.child
        self.connection_label = child(QLabel, "connection_label")
        self.last_sync_label = child(QLabel, "last_sync_label")
        self.pending_label = child(QLabel, "pending_label")
        self.issues_count_label = child(QLabel, "issues_count_label")
        self.error_label = child(QLabel, "error_label")
        self.sync_now_button = child(QPushButton, "sync_now_button")
        self.issues_view = child(QTableView, "issues_view")
        self.issue_detail_label = child(QLabel, "issue_detail_label")
        self.show_resolved_check = child(QCheckBox, "show_resolved_check")
        self.resolve_button = child(QPushButton, "resolve_button")
        self.open_button = child(QPushButton, "open_button")
        self.notice_label = child(QLabel, "notice_label")
        self.hint_label = child(QLabel, "hint_label")
        self.issue_dialog: SyncIssueDialog | None = None
        self.status_label = QLabel(self)
        self.status_label.setObjectName("sync_status_label")
        self.status_label.setContentsMargins(8, 0, 8, 0)

        self.issues_model = SyncIssuesModel(self)
        self.issues_view.setModel(self.issues_model)
        # Ctrl+5 focuses the page: the keys (↑ ↓, Enter) must then reach the issues list, not
        # stay on the navigation list where Enter does nothing.
        self.setFocusProxy(self.issues_view)
        self.issues_view.horizontalHeader().setStretchLastSection(True)
        # Wide enough for the headers and a date and time in uk/ru/en ("Что произошло" was cut).
        for column, width in (
            (IssueColumn.WHEN, 140),
            (IssueColumn.KIND, 200),
            (IssueColumn.WHAT, 300),
        ):
            self.issues_view.setColumnWidth(column, width)
        self.issues_view.selectionModel().currentRowChanged.connect(
            self._on_issues_view_current_row_changed
        )
        self.sync_now_button.clicked.connect(self._on_sync_now_button_clicked)
        self.resolve_button.clicked.connect(self._on_resolve_button_clicked)
        self.open_button.clicked.connect(self.open_issue)
        self.issues_view.doubleClicked.connect(lambda _index: self.open_issue())
        self.show_resolved_check.toggled.connect(lambda _on: self.refresh())
        # Enter on the list opens the issue; F5 anywhere on the page syncs (both listed in
        # Help → Keyboard shortcuts, like every page action).
        self.open_issue_action = self._action(
            "open_issue_action", ["Return", "Enter"], self.open_issue, self.issues_view
        )
        self.open_issue_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.sync_now_action = self._action(
            "sync_now_action", ["F5"], lambda: self.sync_now("button"), self
        )
        self._retranslate_actions()

        self._running = False
        self._again = False
        self._online: bool | None = None
        self._status: client.SyncStatus | None = None
        self._last_pending = -1
        self._first = False
        self._timer = QTimer(self)
        self._timer.setObjectName("sync_timer")
        self._timer.setInterval(SYNC_INTERVAL_MS)
        self._timer.timeout.connect(lambda: self.sync_now("timer"))
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(AFTER_CHANGE_MS)
        self._soon.timeout.connect(lambda: self.sync_now("local change"))
        self._watch = QTimer(self)
        self._watch.setInterval(WATCH_MS)
        self._watch.timeout.connect(self.refresh)
        self._show_state()

    def _action(self, name: str, keys: list[str], slot: object, widget: QWidget) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        widget.addAction(action)
        return action

    def _retranslate_actions(self) -> None:
        self.open_issue_action.setText(self.tr("Open the selected sync issue"))
        self.sync_now_action.setText(self.tr("Sync with head office now"))

    # --- running ----------------------------------------------------------------------

    def start(self) -> None:
        """Start the timers; the first look at the state syncs at once when enrolled."""
        self._timer.start()
        self._watch.start()
        self._first = True
        self.refresh()

    def stop(self) -> None:
        """Stop the timers (a running cycle finishes on its own)."""
        self._timer.stop()
        self._watch.stop()
        self._soon.stop()

    def is_running(self) -> bool:
        """Whether a cycle is under way."""
        return self._running

    def sync_now(self, reason: str = "button") -> None:
        """Start a cycle on a worker thread, or one more after the running one."""
        if self._status is not None and not self._status.enrolled and reason != "button":
            return
        if self._running:
            self._again = True
            return
        self._running = True
        self._again = False
        self.sync_now_button.setEnabled(False)
        log.debug("sync (%s)", reason)
        db = self._db

        def cycle() -> client.SyncReport:
            with db.connection_context():
                return client.sync_once(db)

        run_task(cycle, self._on_cycle_done, self._on_cycle_failed)

    def _on_cycle_done(self, report: client.SyncReport) -> None:
        self._online = True
        sent = self._status is not None and self._status.pending > 0
        notice = self.notice_label.text()
        received = self.tr("Head office has received the changes.")
        if sent and report.pending == 0 and notice and received not in notice:
            # A notice such as "it goes to head office at the next sync" must not stay a
            # promise once it is kept; what it says (which slot was booked) stays readable.
            self.notice_label.setText(f"{notice} {received}")
        self._finish(report)

    def _on_cycle_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ReceptionError):
            self._online = False if exc.code == "sync.offline" else self._online
            log.info("sync failed: %s", exc.message)
        else:
            log.error("sync failed", exc_info=exc)
        self._finish(exc)

    def _finish(self, outcome: object) -> None:
        self._running = False
        self.sync_now_button.setEnabled(True)
        self.refresh()
        self.sync_finished.emit(outcome)
        if self._again:
            self.sync_now("again")

    # --- state ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read counts and issues on a worker thread, then show them."""
        db = self._db
        include = self.show_resolved_check.isChecked()

        def read() -> _State:
            with db.connection_context():
                found = client.issues(db, include_resolved=include)
                return client.status(db), found, _describe(found)

        run_task(read, self._on_state_read, lambda exc: log.warning("sync state: %s", exc))

    def _on_state_read(self, state: _State) -> None:
        status, issues, records = state
        self._status = status
        if status.pending > self._last_pending >= 0 and not self._running:
            self._soon.start()  # the clerk saved something: send it shortly
        self._last_pending = status.pending
        if self._first and status.enrolled:
            self.sync_now("start")
        self._first = False
        current = self.issues_view.currentIndex()
        chosen = self.issues_model.issue(current.row()).id if current.isValid() else None
        self.issues_model.set_issues(issues, records)
        # The same issue stays chosen while the list refreshes (it may have moved down).
        row = next((r for r, i in enumerate(issues) if i.id == chosen), None)
        if row is None and current.isValid() and issues:
            row = min(current.row(), len(issues) - 1)
        if row is None and issues:
            row = 0  # one issue is always chosen, so Enter opens it without a click first
        if row is not None:
            self.issues_view.selectRow(row)
        else:
            self._on_issues_view_current_row_changed(QModelIndex(), QModelIndex())
        self._show_state()
        self.state_changed.emit()

    def _show_state(self) -> None:
        status = self._status
        if status is None:
            return
        if not status.enrolled:
            connection = self.tr("not connected (run: receptionapp sync --server URL --token T)")
        elif self._online is None:
            connection = self.tr("connecting…")
        elif self._online:
            connection = self.tr("online ({server})").format(server=status.server)
        else:
            connection = self.tr("offline; changes are kept and sent later")
        last = format_stored(status.last_success) if status.last_success else self.tr("never")
        self.connection_label.setText(connection)
        self.last_sync_label.setText(last)
        self.pending_label.setText(str(status.pending))
        # %n: a plural form per language ("1 conflict", "2 conflicts"; "конфліктів: 1").
        conflicts = self.tr("%n conflicts", "", status.conflicts)
        self.issues_count_label.setText(
            self.tr("{count} ({conflicts})").format(count=status.open_issues, conflicts=conflicts)
        )
        failed = bool(status.last_error) or self._online is False
        self.error_label.setText(
            message_for_code(status.last_error_code or "sync.offline") if failed else ""
        )
        # The technical detail (for the administrator) stays out of the clerk's sentence.
        self.error_label.setToolTip((status.last_error or "") if failed else "")
        online = {True: self.tr("online"), False: self.tr("offline"), None: "…"}[self._online]
        if not status.enrolled:
            online = self.tr("not connected")
        self.status_label.setText(
            self.tr("Head office: {online} · last sync {last} · {pending} pending · "
                    "{conflicts}").format(
                online=online, last=last, pending=status.pending, conflicts=conflicts
            )
        )  # fmt: skip

    # --- issues -----------------------------------------------------------------------

    def _on_issues_view_current_row_changed(
        self, current: QModelIndex, _previous: QModelIndex
    ) -> None:
        if not current.isValid():
            self.issue_detail_label.clear()
            self.resolve_button.setEnabled(False)
            self.open_button.setEnabled(False)
            return
        issue = self.issues_model.issue(current.row())
        record = record_text(issue.entity, self.issues_model.record(current.row()))
        self.issue_detail_label.setText(f"{kind_text(issue.kind)}: {record}\n{detail_text(issue)}")
        self.resolve_button.setEnabled(issue.resolved_at is None)
        self.open_button.setEnabled(True)

    def open_issue(self) -> SyncIssueDialog | None:
        """Open the selected issue in its detail view (window-modal; None without one)."""
        current = self.issues_view.currentIndex()
        if not current.isValid():
            return None
        if self.issue_dialog is not None:
            self.issue_dialog.deleteLater()
        dialog = SyncIssueDialog(self._db, self.issues_model.issue(current.row()), self)
        dialog.setObjectName("sync_issue_dialog")
        dialog.resolved.connect(self._on_issue_dialog_resolved)
        dialog.finished.connect(lambda _result: self.issues_view.setFocus())
        self.issue_dialog = dialog
        dialog.open()
        return dialog

    def _on_issue_dialog_resolved(self, done: str) -> None:
        self.notice_label.setText(done)
        self.refresh()

    def _on_resolve_button_clicked(self) -> None:
        current = self.issues_view.currentIndex()
        if not current.isValid():
            return
        issue_id = self.issues_model.issue(current.row()).id
        db = self._db

        def resolve() -> None:
            with db.connection_context():
                client.resolve_issue(db, issue_id)

        def done(_result: None) -> None:
            self.notice_label.setText(self.tr("The issue was marked as resolved."))
            self.refresh()

        run_task(resolve, done, pool=writer_pool())

    def _on_sync_now_button_clicked(self) -> None:
        self.sync_now("button")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._form.retranslate()
            self._retranslate_actions()
            self._show_state()
            self._on_issues_view_current_row_changed(self.issues_view.currentIndex(), QModelIndex())
        super().changeEvent(event)


def create_page(context: PageContext) -> QWidget:
    """The Sync area's page; also puts the sync state in the status bar and starts syncing."""
    from receptionapp.db.models import database_proxy

    db = database_proxy.obj
    if db is None:
        raise RuntimeError("the database must be open before the Sync page is made")
    panel = SyncPanel(db, parent=context.window)
    panel.setObjectName("sync_page")
    context.window.statusBar().addPermanentWidget(panel.status_label)
    panel.start()
    return panel
