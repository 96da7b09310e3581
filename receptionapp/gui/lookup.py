"""The Lookup page: one search field, results as you type, the subscriber card on Enter.

Form: ``ui/lookup_page.ui``; the card (:mod:`receptionapp.gui.card`) is the second page of its
stack. Plugged into the main window by :func:`create_page` (see :mod:`receptionapp.gui.pages`).

How a keystroke becomes results:

1. ``textEdited`` bumps the query *generation* and (re)starts a single-shot timer of
   :data:`DEBOUNCE_MS`;
2. when it fires, the query goes to the :class:`LookupWorker`, a thread of its own with its
   own SQLite connection (its page cache stays warm between keystrokes). The worker holds at
   most one waiting request: a newer one replaces it, so fast typing never builds a queue;
3. the answer comes back through a queued signal; an answer of an older generation is
   dropped; the current one resets the :class:`~receptionapp.gui.lookup_model.LookupModel`
   with the first :data:`FIRST_PAGE` rows. Scrolling further asks the worker for more
   (``fetchMore``), up to :data:`MAX_ROWS`.

Nothing here touches the database on the GUI thread; a bad query (empty, punctuation, SQL or
FTS syntax, emoji, 10,000 characters) gives a hint under the field, never a dialog.
"""

from __future__ import annotations

import atexit
import logging
import threading
import time
import weakref
from dataclasses import dataclass

import peewee as pw
import shiboken6
from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QWidget,
)

from receptionapp.core.search_keys import ParsedQuery, QueryHint, QueryKind, parse_query
from receptionapp.db.search import SHORT_QUERY_LIMIT
from receptionapp.gui.card import SubscriberCardWidget
from receptionapp.gui.formloader import Form
from receptionapp.gui.lookup_model import (
    ACCOUNT_ID_ROLE,
    SUBSCRIBER_ID_ROLE,
    Column,
    LookupModel,
    ResultRow,
)
from receptionapp.gui.pages import PageContext

log = logging.getLogger(__name__)

#: Milliseconds of quiet after a keystroke before the query runs (issue 3: at most 30).
DEBOUNCE_MS = 20
#: Rows asked for with a new query (a screenful and then some).
FIRST_PAGE = 60
#: Never more rows than this for one query: the clerk should type more instead.
MAX_ROWS = 10_000
#: The worker thread starts (and warms up) this long after the page is made.
WARM_UP_AFTER_MS = 300
#: SQLite page cache of the worker's connection, in KiB.
WORKER_CACHE_KB = 8000

# Starting widths: name to status fit in the ~920 px the default window (1200 px wide, less
# the navigation) gives the table, so the status is readable without scrolling; the phones
# take what is left and the clerk can drag any column.
_COLUMN_WIDTHS = {
    Column.NAME: 230,
    Column.ACCOUNT: 125,
    Column.ADDRESS: 290,
    Column.DIRECTORATE: 155,
    Column.STATUS: 115,
}

_NAVIGATION_KEYS = frozenset(
    {
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_PageDown,
    }
)


# --- the worker ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LookupRequest:
    """A query for the worker.

    Attributes:
        generation: the page's query generation (answers of older ones are dropped).
        query: the text as typed.
        offset: rows the model already has; the answer holds the rows after them.
        limit: how many results to ask the engine for in all.
    """

    generation: int
    query: str
    offset: int
    limit: int


@dataclass(frozen=True, slots=True)
class LookupAnswer:
    """The worker's answer to one :class:`LookupRequest`.

    Attributes:
        request: what was asked.
        rows: the results after ``request.offset``.
        complete: the engine had no more than these (nothing more to fetch).
        seconds: how long the engine took.
        error: what went wrong (a locked or unreadable database), or None.
    """

    request: LookupRequest
    rows: tuple[ResultRow, ...]
    complete: bool
    seconds: float
    error: BaseException | None = None


_live_workers: weakref.WeakSet[LookupWorker] = weakref.WeakSet()


class LookupWorker(QThread):
    """Runs lookups one at a time on its own thread and connection; the newest request wins.

    Signals:
        answered(object): a :class:`LookupAnswer` (delivered queued in the GUI thread).
    """

    answered = Signal(object)

    def __init__(self, db: pw.Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lookup_worker")
        self._db = db
        self._condition = threading.Condition()
        self._pending: LookupRequest | None = None
        self._stopping = False
        self._directorates: dict[str, str] | None = None
        _live_workers.add(self)

    def submit(self, request: LookupRequest) -> None:
        """Ask for ``request``; a request still waiting is dropped in its favour."""
        with self._condition:
            self._pending = request
            self._condition.notify()
        self.start_if_idle()

    def start_if_idle(self) -> None:
        """Start the thread unless it runs (or was stopped)."""
        if shiboken6.isValid(self) and not self.isRunning() and not self._stopping:
            self.start()

    def stop(self, timeout_ms: int = 5000) -> None:
        """End the thread (after the query it is running) and close its connection.

        Safe to call more than once, and after Qt deleted the thread object.
        """
        if not shiboken6.isValid(self):
            return
        with self._condition:
            self._stopping = True
            self._pending = None
            self._condition.notify()
        if self.isRunning():
            self.wait(timeout_ms)

    def run(self) -> None:
        """The thread: wait for a request, answer it, repeat until stopped."""
        try:
            self._warm_up()
            while True:
                with self._condition:
                    while self._pending is None and not self._stopping:
                        self._condition.wait()
                    if self._stopping:
                        return
                    request, self._pending = self._pending, None
                self.answered.emit(self._answer(request))
        finally:
            if not self._db.is_closed():
                self._db.close()  # this thread's connection only

    def _connect(self) -> None:
        if self._db.is_closed():
            self._db.connect()
            # The engine reads few pages per query and the OS caches the file: a small page
            # cache is as fast as the default 64 MB and keeps the window's memory down.
            self._db.execute_sql(f"PRAGMA cache_size = -{WORKER_CACHE_KB}")

    def _warm_up(self) -> None:
        # Done here, not on the GUI thread: the phone formatting of the results table needs
        # ``phonenumbers`` (a fifth of a second to import, metadata loaded on first use), and
        # the connection and the directorate names are needed for the first answer anyway.
        try:
            from receptionapp.core.phones import parse_phone

            parse_phone("+380501234567")
            self._connect()
            self._directorate_names()
        except Exception as exc:  # the first real query reports what is wrong
            log.warning("lookup warm-up failed: %s", exc)

    def _answer(self, request: LookupRequest) -> LookupAnswer:
        from receptionapp.db.search import lookup

        started = time.perf_counter()
        try:
            self._connect()
            results = lookup(request.query, request.limit, db=self._db)
            names = self._directorate_names()
        except Exception as exc:  # reported by the page; the thread must live on
            log.warning("lookup of %r failed: %s", request.query[:100], exc)
            return LookupAnswer(request, (), True, time.perf_counter() - started, exc)
        rows = tuple(
            ResultRow(
                subscriber_id=r.subscriber_id,
                account_id=r.account_id,
                name=r.name,
                account_number=r.account_number,
                address=r.address,
                directorate=names.get(r.directorate, r.directorate),
                status=r.status,
                phones=r.phones,
                match=r.match.value,
            )
            for r in results[request.offset :]
        )
        return LookupAnswer(
            request, rows, len(results) < request.limit, time.perf_counter() - started
        )

    def _directorate_names(self) -> dict[str, str]:
        if self._directorates is None:
            cursor = self._db.execute_sql(
                "SELECT code, name FROM directorate WHERE deleted_at IS NULL"
            )
            self._directorates = {code: name for code, name in cursor.fetchall()}
        return self._directorates


@atexit.register
def _stop_workers() -> None:
    # A QThread destroyed while running aborts the process: stop any still alive.
    for worker in list(_live_workers):
        worker.stop(1000)


# --- the page --------------------------------------------------------------------------------


class LookupPage(QWidget):
    """Find a subscriber while the caller speaks; open their card.

    Attributes:
        lookup_edit: the search field.
        results_view: the results table.
        model: the results.
        card: the subscriber card (second page of the stack).
        worker: the thread that runs the queries.
        generation: the current query generation.

    Signals:
        results_shown(int): the results of generation ``n`` are in the model (also for an
            empty query or a failure), after the view was told.
        card_opened(str): the card of this subscriber id was asked for.
    """

    results_shown = Signal(int)
    card_opened = Signal(str)

    def __init__(self, db: pw.Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._form = Form("lookup_page", self)
        child = self._form.child
        self.lookup_edit = child(QLineEdit, "lookup_edit")
        self.results_view = child(QTableView, "results_view")
        self.hint_label = child(QLabel, "hint_label")
        self.count_label = child(QLabel, "count_label")
        self.page_stack = child(QStackedWidget, "page_stack")
        self._results_page = child(QWidget, "results_page")
        self.generation = 0
        self._shown_generation = 0
        self._open_when_ready = False
        self._last_error: BaseException | None = None

        self.model = LookupModel(self)
        self.model.more_wanted.connect(self._on_model_more_wanted)
        view = self.results_view
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in _COLUMN_WIDTHS.items():
            view.setColumnWidth(column, width)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Enter is the open_card_action below; a double click opens the row clicked.
        view.doubleClicked.connect(self._on_results_view_double_clicked)
        view.installEventFilter(self)

        font = self.lookup_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.lookup_edit.setFont(font)
        self.lookup_edit.textEdited.connect(self._on_lookup_edit_text_edited)
        self.lookup_edit.installEventFilter(self)
        self.hint_label.setObjectName("hint_label")

        self.card = SubscriberCardWidget(self)
        self.card.setObjectName("subscriber_card")
        self.page_stack.addWidget(self.card)
        self.card.back_requested.connect(self.show_results)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._on_debounce_timeout)

        self.worker = LookupWorker(db)
        self.worker.answered.connect(self._on_worker_answered)
        # Start the thread (and its warm-up) once the window is up, before the first key.
        QTimer.singleShot(WARM_UP_AFTER_MS, self.worker.start_if_idle)
        worker = self.worker
        # Stop the thread before the page (or the application) goes away.
        self.destroyed.connect(lambda *_args: worker.stop())
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(worker.stop)

        self._clear_action = self._action(
            "clear_search_action", ["Esc"], self.clear_search, self.lookup_edit
        )
        self._open_action = self._action(
            "open_card_action", ["Return", "Enter"], self.open_current, self.results_view
        )
        self.lookup_edit.addAction(self._open_action)
        self._back_to_field_action = self._action(
            "back_to_field_action", ["Esc"], self.focus_search, self.results_view
        )
        # F6 on a result: the card's own F6 ("Reconcile phones") without opening it first.
        self._reconcile_action = self._action(
            "open_and_reconcile_action", ["F6", "Ctrl+T"], self.reconcile_current, self.results_view
        )
        self.lookup_edit.addAction(self._reconcile_action)
        self._reconcile_when_loaded = False
        self.card.card_changed.connect(self._on_card_changed)
        self._retranslate()
        self._show_hint(parse_query(""))
        self.setFocusProxy(self.lookup_edit)

    def _action(self, name: str, keys: list[str], slot: object, widget: QWidget) -> QAction:
        # Widget-context shortcuts: active only while that widget has the focus, so Esc in
        # the field, in the table and in the card never compete.
        action = QAction(self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        widget.addAction(action)
        return action

    # --- SearchablePage -------------------------------------------------------------------

    def focus_search(self) -> None:
        """Ctrl+F / F3: back from the card if it is open, into the field, text selected."""
        self.page_stack.setCurrentWidget(self._results_page)
        self.lookup_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.lookup_edit.selectAll()

    def shutdown(self) -> None:
        """Stop the worker thread (the window calls this through ``destroyed`` too)."""
        self._debounce.stop()
        self.worker.stop()

    # --- typing ---------------------------------------------------------------------------

    def search(self, text: str) -> None:
        """Put ``text`` in the field and search for it now (tools, tests, other pages)."""
        self.lookup_edit.setText(text)
        self._on_lookup_edit_text_edited(text)
        self._debounce.stop()
        self._on_debounce_timeout()

    def clear_search(self) -> None:
        """Esc in the field: empty it and the results."""
        self.lookup_edit.clear()
        self._on_lookup_edit_text_edited("")

    def _on_lookup_edit_text_edited(self, text: str) -> None:
        self.generation += 1
        self._open_when_ready = False
        if not text.strip():
            self._debounce.stop()
            self._apply([], "", complete=True)
            return
        self._debounce.start()

    def _on_debounce_timeout(self) -> None:
        text = self.lookup_edit.text()
        parsed = parse_query(text)
        if parsed.kind is QueryKind.EMPTY:
            self._apply([], text, complete=True)
            return
        self.worker.submit(LookupRequest(self.generation, text, 0, FIRST_PAGE + 1))

    @property
    def busy(self) -> bool:
        """The results on screen are not yet those of the text in the field."""
        return self._debounce.isActive() or self._shown_generation != self.generation

    # --- answers --------------------------------------------------------------------------

    def _on_worker_answered(self, answer: LookupAnswer) -> None:
        request = answer.request
        if request.generation != self.generation:
            return  # the clerk typed on: a newer query is on its way
        if request.offset == 0:
            if answer.error is not None:
                self._last_error = answer.error
                self._apply([], request.query, complete=True)
                return
            self._last_error = None
            rows = answer.rows[:FIRST_PAGE] if not answer.complete else answer.rows
            self._apply(list(rows), request.query, complete=answer.complete)
        else:
            if answer.error is not None or request.offset != self.model.rowCount():
                self.model.fetch_failed()
            else:
                self.model.append_rows(answer.rows, answer.complete or request.limit >= MAX_ROWS)
            self._show_count()

    def _apply(self, rows: list[ResultRow], query: str, *, complete: bool) -> None:
        self.model.set_results(query, self.generation, rows, complete)
        self._shown_generation = self.generation
        if rows:
            self.results_view.setCurrentIndex(self.model.index(0, Column.NAME))
            self.results_view.scrollToTop()
        self._show_hint(parse_query(query))
        self._show_count()
        self.results_shown.emit(self.generation)
        if self._open_when_ready:
            self._open_when_ready = False
            self.open_current()

    def _on_model_more_wanted(self, loaded: int) -> None:
        if self.model.generation != self.generation or loaded >= MAX_ROWS:
            self.model.fetch_failed()
            return
        limit = min(max(loaded * 4, loaded + FIRST_PAGE * 4), MAX_ROWS)
        self.worker.submit(LookupRequest(self.generation, self.model.query, loaded, limit))

    def _show_hint(self, parsed: ParsedQuery) -> None:
        query, hints = parsed.text, parsed.hints
        rows = self.model.rowCount()
        if self._last_error is not None and query:
            text = self.tr("The search failed: the database did not answer. Try again.")
        elif QueryHint.EMPTY in hints and not query:
            text = self.tr(
                "Type what the caller says: a surname, an address, an account number or a "
                "phone number. Ukrainian or Russian spelling, any keyboard layout."
            )
        elif QueryHint.EMPTY in hints:
            text = self.tr("Nothing to search for: type letters or digits.")
        elif QueryHint.TOO_SHORT in hints:
            text = self.tr(
                "A short query: only the first {count} exact matches. Type a third character."
            ).format(count=SHORT_QUERY_LIMIT)
        elif not rows:
            text = self.tr(
                "Nobody matches “{query}”. Check the spelling, or try the account or phone number."
            ).format(query=_shorten(query))
        else:
            text = ""
        if QueryHint.TRUNCATED in hints:
            text = (
                text + " " + self.tr("The query was too long: only its beginning was used.")
            ).strip()
        self.hint_label.setText(text)
        self.hint_label.setVisible(bool(text))

    def _show_count(self) -> None:
        rows = self.model.rowCount()
        if not self.model.query or not rows:
            self.count_label.clear()
        elif self.model.complete and rows >= MAX_ROWS:
            self.count_label.setText(
                self.tr("Found more than {count}: type more to narrow").format(
                    count=_number(MAX_ROWS)
                )
            )
        elif self.model.complete:
            self.count_label.setText(self.tr("Found: {count}").format(count=_number(rows)))
        else:
            self.count_label.setText(
                self.tr("Found: more than {count} (scroll for more)").format(count=_number(rows))
            )

    # --- keys and the card ----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Arrows in the field move in the results; typing in the table goes to the field."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.lookup_edit and event.key() in _NAVIGATION_KEYS:
                QApplication.sendEvent(self.results_view, QKeyEvent(event))
                return True
            if (
                watched is self.results_view
                and event.text()
                and event.text().isprintable()
                and not event.modifiers()
                & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            ):
                # Typing while the table has the focus goes on with the search.
                self.lookup_edit.setFocus(Qt.FocusReason.OtherFocusReason)
                QApplication.sendEvent(self.lookup_edit, QKeyEvent(event))
                return True
        return super().eventFilter(watched, event)

    def open_current(self) -> None:
        """Enter: open the card of the selected row (the first when none is selected).

        Pressed before the results of the text in the field arrived, it opens the card as
        soon as they do.
        """
        if self.busy and self.lookup_edit.text().strip():
            self._open_when_ready = True
            return
        index = self.results_view.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, Column.NAME)
        if index.isValid():
            self.open_card_at(index)

    def reconcile_current(self) -> None:
        """F6 on the results: open the selected subscriber's card and reconcile their phones.

        The card's "Reconcile phones" action (a card action registered by the phone
        reconciliation module) runs once the card has loaded.
        """
        if not self.model.rowCount() and not self.busy:
            return
        self._reconcile_when_loaded = True
        self.open_current()

    def _on_card_changed(self, card: object) -> None:
        if not self._reconcile_when_loaded or card is None:
            return
        self._reconcile_when_loaded = False
        action = self.card.findChild(QAction, "reconcile_phones_action")
        if action is not None and action.isEnabled():
            action.trigger()

    def _on_results_view_double_clicked(self, index: QModelIndex) -> None:
        self.open_card_at(index)

    def open_card_at(self, index: QModelIndex) -> None:
        """Show the card of the result in ``index``'s row."""
        subscriber_id = index.siblingAtColumn(0).data(SUBSCRIBER_ID_ROLE)
        if not subscriber_id:
            return
        account_id = index.siblingAtColumn(0).data(ACCOUNT_ID_ROLE)
        self.open_card(str(subscriber_id), str(account_id) if account_id else None)

    def open_card(self, subscriber_id: str, account_id: str | None = None) -> None:
        """Show the card of ``subscriber_id`` (read in the background)."""
        self.page_stack.setCurrentWidget(self.card)
        self.card.load(subscriber_id, account_id)
        self.card.accounts_tree.setFocus(Qt.FocusReason.OtherFocusReason)
        self.card_opened.emit(subscriber_id)

    def show_results(self) -> None:
        """Esc in the card: back to the results, the field focused with its text selected."""
        self.focus_search()

    @property
    def card_shown(self) -> bool:
        """The card is on screen (rather than the results)."""
        return self.page_stack.currentWidget() is self.card

    # --- language -------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self._clear_action.setText(self.tr("Clear the search"))
        self._open_action.setText(self.tr("Open the subscriber's card"))
        self._back_to_field_action.setText(self.tr("Back to the search field"))
        self._reconcile_action.setText(self.tr("Open the card and reconcile the phones"))
        self.model.retranslate()
        self._show_hint(parse_query(self.model.query))
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._form.retranslate()
            self._retranslate()
        super().changeEvent(event)


def _shorten(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _number(value: int) -> str:
    return QLocale().toString(value)


def create_page(context: PageContext) -> QWidget:
    """The Lookup area's page (called by :func:`receptionapp.gui.pages.install_pages`)."""
    from receptionapp.db.models import database_proxy
    from receptionapp.gui.reconcile import register_with_card

    # The card's actions: phone reconciliation (rule 3) is offered on every card.
    register_with_card()

    db = database_proxy.obj
    if db is None:
        raise RuntimeError("the database must be open before the Lookup page is made")
    page = LookupPage(db, parent=context.window)
    page.setObjectName("lookup_page")
    return page
