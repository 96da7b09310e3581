"""The Sync area: background sync with head office, its state, and the sync issues.

Form: ``ui/sync_panel.ui``. The panel runs :func:`receptionapp.sync.client.sync_once` on a
worker thread (never on the GUI thread, one cycle at a time):

* every :data:`SYNC_INTERVAL_MS` (15 s) while the office is enrolled;
* :data:`AFTER_CHANGE_MS` after a local change (the outbox grew);
* on "Sync now".

It also puts a label in the window's status bar: online/offline, last sync, pending changes
and conflicts. The issues list shows conflicts, refusals and overridden edits; a clerk opens
one (its details appear below the list) and marks it resolved.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
from typing import Any

import peewee as pw
from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QTableView, QWidget

from receptionapp.core.errors import ReceptionError
from receptionapp.gui.errors import message_for_code
from receptionapp.gui.formloader import Form
from receptionapp.gui.pages import PageContext
from receptionapp.gui.tasks import run_task
from receptionapp.sync import client

log = logging.getLogger(__name__)

#: Background sync period while enrolled (DESIGN.md §5).
SYNC_INTERVAL_MS = 15_000

#: Delay between a local change and the sync it triggers (changes come in bursts).
AFTER_CHANGE_MS = 2_000

#: How often the outbox is looked at for new local changes.
WATCH_MS = 2_000

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


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

    def set_issues(self, issues: list[client.SyncIssue]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._issues = list(issues)
        self.endResetModel()

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
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = IssueColumn(index.column())
        if column is IssueColumn.WHEN:
            return issue.created_at[:16]
        if column is IssueColumn.KIND:
            return kind_text(issue.kind)
        if column is IssueColumn.WHAT:
            return entity_text(issue.entity)
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


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("SyncPanel", text)


def kind_text(kind: str) -> str:
    """The clerk's words for an issue kind."""
    texts = {
        "conflict": _tr("Booking conflict"),
        "rejected": _tr("Refused by head office"),
        "superseded": _tr("Overridden by a later edit"),
        "clock_skew": _tr("This computer's clock is wrong"),
        "local_clash": _tr("Could not store a record from head office"),
    }
    return texts.get(kind, kind)


def entity_text(entity: str) -> str:
    """The clerk's words for a table."""
    texts = {
        "subscriber": _tr("subscriber"),
        "account": _tr("personal account"),
        "phone": _tr("phone number"),
        "appointment": _tr("director's reception booking"),
        "complaint": _tr("complaint"),
        "contact": _tr("contact"),
        "technician_request": _tr("technician request"),
        "package_change": _tr("package change"),
    }
    return texts.get(entity, entity)


def detail_text(issue: client.SyncIssue) -> str:
    """One sentence about an issue, from head office's answer."""
    detail = issue.detail
    if issue.kind == "conflict":
        free = ", ".join(str(s)[:16] for s in detail.get("alternatives", []))
        if free:
            return _tr("The slot was taken by another office first. Free slots: {slots}").format(
                slots=free
            )
        return _tr("The slot was taken by another office first.")
    if issue.kind == "superseded":
        return _tr("A later change made elsewhere was kept for: {fields}").format(
            fields=", ".join(detail.get("superseded", []))
        )
    if issue.kind == "clock_skew":
        return _tr("The change was kept with head office's time; check the clock.")
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
        self.status_label = QLabel(self)
        self.status_label.setObjectName("sync_status_label")
        self.status_label.setContentsMargins(8, 0, 8, 0)

        self.issues_model = SyncIssuesModel(self)
        self.issues_view.setModel(self.issues_model)
        self.issues_view.horizontalHeader().setStretchLastSection(True)
        # Wide enough for the headers and a date and time in uk/ru/en ("Что произошло" was cut).
        for column, width in (
            (IssueColumn.WHEN, 140),
            (IssueColumn.KIND, 170),
            (IssueColumn.WHAT, 180),
        ):
            self.issues_view.setColumnWidth(column, width)
        self.issues_view.selectionModel().currentRowChanged.connect(
            self._on_issues_view_current_row_changed
        )
        self.sync_now_button.clicked.connect(self._on_sync_now_button_clicked)
        self.resolve_button.clicked.connect(self._on_resolve_button_clicked)
        self.show_resolved_check.toggled.connect(lambda _on: self.refresh())

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

        def read() -> tuple[client.SyncStatus, list[client.SyncIssue]]:
            with db.connection_context():
                return client.status(db), client.issues(db, include_resolved=include)

        run_task(read, self._on_state_read, lambda exc: log.warning("sync state: %s", exc))

    def _on_state_read(self, state: tuple[client.SyncStatus, list[client.SyncIssue]]) -> None:
        status, issues = state
        self._status = status
        if status.pending > self._last_pending >= 0 and not self._running:
            self._soon.start()  # the clerk saved something: send it shortly
        self._last_pending = status.pending
        if self._first and status.enrolled:
            self.sync_now("start")
        self._first = False
        current = self.issues_view.currentIndex()
        self.issues_model.set_issues(issues)
        if current.isValid() and current.row() < len(issues):
            self.issues_view.selectRow(current.row())
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
        last = _local_time(status.last_success) if status.last_success else self.tr("never")
        self.connection_label.setText(connection)
        self.last_sync_label.setText(last)
        self.pending_label.setText(str(status.pending))
        self.issues_count_label.setText(
            self.tr("{count} ({conflicts} conflicts)").format(
                count=status.open_issues, conflicts=status.conflicts
            )
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
                    "{conflicts} conflicts").format(
                online=online, last=last, pending=status.pending, conflicts=status.conflicts
            )
        )  # fmt: skip

    # --- issues -----------------------------------------------------------------------

    def _on_issues_view_current_row_changed(
        self, current: QModelIndex, _previous: QModelIndex
    ) -> None:
        if not current.isValid():
            self.issue_detail_label.clear()
            self.resolve_button.setEnabled(False)
            return
        issue = self.issues_model.issue(current.row())
        self.issue_detail_label.setText(
            f"{kind_text(issue.kind)}: {entity_text(issue.entity)} {issue.pk}\n{detail_text(issue)}"
        )
        self.resolve_button.setEnabled(issue.resolved_at is None)

    def _on_resolve_button_clicked(self) -> None:
        current = self.issues_view.currentIndex()
        if not current.isValid():
            return
        issue_id = self.issues_model.issue(current.row()).id
        db = self._db

        def resolve() -> None:
            with db.connection_context():
                client.resolve_issue(db, issue_id)

        run_task(resolve, lambda _r: self.refresh())

    def _on_sync_now_button_clicked(self) -> None:
        self.sync_now("button")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._form.retranslate()
            self._show_state()
        super().changeEvent(event)


def _local_time(stored: str) -> str:
    """A stored naive-UTC timestamp as local time, minutes precision."""
    try:
        when = dt.datetime.fromisoformat(stored).replace(tzinfo=dt.UTC).astimezone()
    except ValueError:
        return stored
    return when.strftime("%Y-%m-%d %H:%M")


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
