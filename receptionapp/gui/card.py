"""The subscriber card: the person, every account, the numbers, the history.

Form: ``ui/subscriber_card.ui``. The Lookup page shows it when the clerk opens a result
(Enter or a double click) and goes back to the search on Esc. The data comes from
:func:`receptionapp.db.card.load_card`, read on a worker thread (:meth:`SubscriberCardWidget.load`).

Adding an action to the card (every later feature starts from here)
-------------------------------------------------------------------
The card has a tool bar (``card_tool_bar``): "Back to the search" first, then the actions of
the features. A feature registers a factory once, when its module is imported::

    from receptionapp.gui.card import SubscriberCardWidget, register_card_action

    def _new_contact_action(card: SubscriberCardWidget) -> QAction:
        action = QAction(card.tr("New contact"), card)   # parent: the card
        action.setShortcut(QKeySequence("Ctrl+N"))       # shown in Help → Keyboard shortcuts
        action.triggered.connect(lambda: start_contact(card.current, card.current_account()))
        card.card_changed.connect(lambda c: action.setEnabled(c is not None))
        return action

    register_card_action(_new_contact_action)

The factory is called for every card that exists and every card made later; what it returns
(a ``QAction`` or several) is added to the tool bar and to the card, with the shortcut
active while the focus is anywhere in the card (``WidgetWithChildrenShortcut``; give one
unless a plain button is enough). The action reads what it needs from the card:
:attr:`SubscriberCardWidget.current` (the :class:`~receptionapp.db.card.SubscriberCard`
on screen, None while loading), :meth:`SubscriberCardWidget.current_account` (the account
the clerk selected, or the only one), and :attr:`SubscriberCardWidget.card_changed`. After a
feature wrote something the card shows, it calls :meth:`SubscriberCardWidget.reload`.
A module imported at start-up (an area page module of :mod:`receptionapp.gui.pages`) is a
good place for the registration.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable, Iterable
from functools import partial

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStyle,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from receptionapp.core.errors import NotFoundError, ReceptionError
from receptionapp.core.reconciliation import DEFAULT_OVERDUE_DAYS
from receptionapp.db.card import (
    CardAccount,
    CardPhone,
    SubscriberCard,
    TimelineEntry,
    TimelineKind,
    load_card,
)
from receptionapp.gui import vocabulary
from receptionapp.gui.errors import error_message
from receptionapp.gui.formloader import Form
from receptionapp.gui.lookup_model import display_phone
from receptionapp.gui.moments import format_date, format_when
from receptionapp.gui.settings import Settings
from receptionapp.gui.tasks import Task, report_error, run_db_task

log = logging.getLogger(__name__)

#: Data role of the id behind a tree row (account id, phone id, timeline entity id).
ID_ROLE = Qt.ItemDataRole.UserRole + 1

CardActionFactory = Callable[["SubscriberCardWidget"], QAction | Iterable[QAction]]

_factories: list[CardActionFactory] = []
_live_cards: weakref.WeakSet[SubscriberCardWidget] = weakref.WeakSet()

_ATTENTION_STYLE = (
    "QLabel { background: #fdecea; color: #8a1c1c; border: 1px solid #e5a09a;"
    " border-radius: 4px; padding: 3px 8px; font-weight: bold; }"
)
_OK_STYLE = (
    "QLabel { background: #e8f5e9; color: #1b5e20; border: 1px solid #a5d6a7;"
    " border-radius: 4px; padding: 3px 8px; }"
)
_KIND_STYLE = (
    "QLabel { background: palette(alternate-base); border: 1px solid palette(mid);"
    " border-radius: 4px; padding: 1px 6px; }"
)
_DEBT = QColor("#b3261e")
_WARNING = QColor("#9a5b00")


def register_card_action(factory: CardActionFactory) -> None:
    """Give every subscriber card (those open now and those made later) the factory's actions.

    Registering the same factory again changes nothing (two actions with one shortcut
    would make the shortcut ambiguous, and neither would fire). See the module docstring
    for an example.
    """
    if factory in _factories:
        return
    _factories.append(factory)
    for card in list(_live_cards):
        if shiboken6.isValid(card):  # a card whose Qt side is gone keeps its Python wrapper
            card._add_actions(factory)


def unregister_card_action(factory: CardActionFactory) -> None:
    """Stop giving new cards the factory's actions (cards that have them keep them)."""
    if factory in _factories:
        _factories.remove(factory)


# --- formatting (the current locale: uk_UA, ru_UA or en_GB) ----------------------------------


def format_money(kopecks: int) -> str:
    """``-12550`` → ``-125,50 грн`` (separators of the interface language)."""
    amount = QLocale().toString(kopecks / 100, "f", 2)
    return QCoreApplication.translate("SubscriberCard", "{amount} UAH").format(amount=amount)


def _item(texts: Iterable[str], item_id: str | None = None) -> QTreeWidgetItem:
    item = QTreeWidgetItem([str(t) for t in texts])
    if item_id is not None:
        item.setData(0, ID_ROLE, item_id)
    for column in range(item.columnCount()):
        if item.text(column):
            item.setToolTip(column, item.text(column))
    return item


class SubscriberCardWidget(QWidget):
    """Shows one subscriber; loads the data in the background.

    Attributes:
        tool_bar: where the card's actions are (see the module docstring).
        back_action: Esc, back to the search.
        current: the card on screen, None while loading or after an error.

    Signals:
        back_requested(): the clerk wants to return to the search (Esc).
        card_loaded(object): a :class:`SubscriberCard` was loaded and is on screen.
        card_changed(object): the card on screen changed (a :class:`SubscriberCard`, or None
            while loading).
        load_failed(object): loading failed with this exception (the card says why).
    """

    back_requested = Signal()
    card_loaded = Signal(object)
    card_changed = Signal(object)
    load_failed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._form = Form("subscriber_card", self)
        child = self._form.child
        self.current: SubscriberCard | None = None
        self._subscriber_id: str | None = None
        self._focus_account_id: str | None = None
        self._generation = 0

        self.name_label = child(QLabel, "name_label")
        self.kind_label = child(QLabel, "kind_label")
        self.ref_label = child(QLabel, "ref_label")
        self.notes_label = child(QLabel, "notes_label")
        self.reconciliation_frame = child(QFrame, "reconciliation_frame")
        self.reconciliation_label = child(QLabel, "reconciliation_label")
        self.badge_label = child(QLabel, "badge_label")
        self.status_label = child(QLabel, "status_label")
        self.accounts_tree = child(QTreeWidget, "accounts_tree")
        self.phones_tree = child(QTreeWidget, "phones_tree")
        self.timeline_tree = child(QTreeWidget, "timeline_tree")
        self._groups = {
            "accounts": child(QGroupBox, "accounts_group"),
            "phones": child(QGroupBox, "phones_group"),
            "timeline": child(QGroupBox, "timeline_group"),
        }
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        # Accounts and numbers take the rows they have; the history takes the rest.
        for key in ("accounts", "phones"):
            self._groups[key].setSizePolicy(
                QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum
            )
        self._groups["timeline"].setSizePolicy(
            QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding
        )
        self.kind_label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)

        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.kind_label.setStyleSheet(_KIND_STYLE)
        self.badge_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.hide()
        self.notes_label.hide()
        # The longest column of each list (package, note, details) takes the width left.
        for tree, flexible in (
            (self.accounts_tree, 3),
            (self.phones_tree, 2),
            (self.timeline_tree, 3),
        ):
            header = tree.header()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            header.setSectionResizeMode(flexible, QHeaderView.ResizeMode.Stretch)
            tree.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.phones_tree.itemExpanded.connect(self._refit_phones)
        self.phones_tree.itemCollapsed.connect(self._refit_phones)

        self.tool_bar = QToolBar(self)
        self.tool_bar.setObjectName("card_tool_bar")
        self.tool_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.tool_bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.insertWidget(0, self.tool_bar)

        self.back_action = self._action(
            "back_action",
            "Esc",
            self.back_requested.emit,
            self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack),
        )
        self.tool_bar.addAction(self.back_action)
        self.reload_action = self._action(
            "reload_action",
            "F5",
            self.reload,
            self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload),
        )
        self.tool_bar.addAction(self.reload_action)
        self.tool_bar.addSeparator()
        self._focus_actions = {
            "accounts": self._action(
                "focus_accounts_action", "Alt+1", partial(self._focus, self.accounts_tree)
            ),
            "phones": self._action(
                "focus_phones_action", "Alt+2", partial(self._focus, self.phones_tree)
            ),
            "timeline": self._action(
                "focus_timeline_action", "Alt+3", partial(self._focus, self.timeline_tree)
            ),
        }
        self._retranslate()

        _live_cards.add(self)
        for factory in _factories:
            self._add_actions(factory)

    def _action(
        self, name: str, keys: str, slot: Callable[[], object], icon: object = None
    ) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if icon is not None:
            action.setIcon(icon)  # type: ignore[call-overload]
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _add_actions(self, factory: CardActionFactory) -> None:
        made = factory(self)
        actions = [made] if isinstance(made, QAction) else list(made)
        for action in actions:
            if action.shortcutContext() == Qt.ShortcutContext.WindowShortcut:
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            self.tool_bar.addAction(action)

    def _focus(self, tree: QTreeWidget) -> None:
        tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if tree.currentItem() is None and tree.topLevelItemCount():
            tree.setCurrentItem(tree.topLevelItem(0))

    # --- loading --------------------------------------------------------------------------

    @property
    def subscriber_id(self) -> str | None:
        """The subscriber shown or being loaded."""
        return self._subscriber_id

    def load(self, subscriber_id: str, account_id: str | None = None) -> Task:
        """Show the subscriber's card (read in the background); select ``account_id``."""
        self._generation += 1
        generation = self._generation
        self._subscriber_id = subscriber_id
        self._focus_account_id = account_id
        if self.current is not None and self.current.id != subscriber_id:
            self._clear()
        self.status_label.setText(self.tr("Loading the card…"))
        self.status_label.setStyleSheet("")
        self.status_label.show()
        # The task is not kept on the card: card -> task -> callback -> card would be a cycle
        # for the garbage collector, which may run on a worker thread (see formloader.Form).
        settings = getattr(self.window(), "settings", None)
        overdue_days = (
            settings.reconciliation_overdue_days
            if isinstance(settings, Settings)
            else DEFAULT_OVERDUE_DAYS
        )
        return run_db_task(
            partial(load_card, subscriber_id, overdue_days=overdue_days),
            on_done=partial(self._on_loaded, generation),
            on_error=partial(self._on_load_failed, generation),
        )

    def reload(self) -> Task | None:
        """Read the card on screen again (after a feature changed something on it)."""
        if self._subscriber_id is None:
            return None
        selected = self.current_account()
        return self.load(self._subscriber_id, selected.id if selected else None)

    def _torn_down(self) -> bool:
        # A result can arrive while the window is being destroyed: its lists go first.
        return not shiboken6.isValid(self.accounts_tree)

    def _on_loaded(self, generation: int, card: SubscriberCard) -> None:
        if generation != self._generation or self._torn_down():
            return  # another subscriber was opened meanwhile, or the card is going away
        self.status_label.hide()
        self.show_card(card, self._focus_account_id)
        self.card_loaded.emit(card)

    def _on_load_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation or self._torn_down():
            return
        self._clear()
        if isinstance(exc, NotFoundError):
            text = self.tr("This subscriber is no longer in the database.")
        elif isinstance(exc, ReceptionError):
            text = error_message(exc)
        else:
            report_error(exc)
            text = self.tr("The card could not be read.")
        self.status_label.setText(text)
        self.status_label.setStyleSheet(_ATTENTION_STYLE)
        self.status_label.show()
        self.load_failed.emit(exc)

    def _clear(self) -> None:
        self.current = None
        for tree in (self.accounts_tree, self.phones_tree, self.timeline_tree):
            tree.clear()
        for label in (self.name_label, self.ref_label, self.reconciliation_label):
            label.clear()
        self.kind_label.hide()
        self.badge_label.hide()
        self.notes_label.hide()
        self.card_changed.emit(None)

    # --- showing --------------------------------------------------------------------------

    def show_card(self, card: SubscriberCard, account_id: str | None = None) -> None:
        """Put ``card`` on screen (the GUI thread; :meth:`load` calls it)."""
        self.current = card
        self._subscriber_id = card.id
        self._fill_header(card)
        self._fill_accounts(card, account_id)
        self._fill_phones(card)
        self._fill_timeline(card)
        self.card_changed.emit(card)
        if self.isVisible() and not self.accounts_tree.hasFocus():
            self._focus(self.accounts_tree)

    def current_account(self) -> CardAccount | None:
        """The account selected in the accounts list (the only one when there is one)."""
        card = self.current
        if card is None:
            return None
        item = self.accounts_tree.currentItem()
        if item is not None:
            found = card.account(str(item.data(0, ID_ROLE)))
            if found is not None:
                return found
        return card.accounts[0] if len(card.accounts) == 1 else None

    def _fill_header(self, card: SubscriberCard) -> None:
        self.name_label.setText(card.name)
        self.kind_label.setText(vocabulary.name(vocabulary.SUBSCRIBER_KINDS, card.kind))
        self.kind_label.show()
        self.ref_label.setText(
            self.tr("Billing code: {ref}").format(ref=card.subscriber_ref)
            if card.subscriber_ref
            else ""
        )
        self.notes_label.setText(self.tr("Notes: {notes}").format(notes=card.notes))
        self.notes_label.setVisible(bool(card.notes.strip()))
        recon = card.reconciliation
        if recon.reconciled_at is None:
            self.reconciliation_label.setText(self.tr("The numbers have never been confirmed."))
        elif recon.reconciled_by:
            self.reconciliation_label.setText(
                self.tr("Numbers confirmed on {date} by {who}.").format(
                    date=format_date(recon.reconciled_at), who=recon.reconciled_by
                )
            )
        else:
            self.reconciliation_label.setText(
                self.tr("Numbers confirmed on {date}.").format(
                    date=format_date(recon.reconciled_at)
                )
            )
        reasons = []
        if recon.overdue:
            reasons.append(
                self.tr("never confirmed")
                if recon.reconciled_at is None
                else self.tr("last confirmed more than {days} days ago").format(
                    days=recon.overdue_days
                )
            )
        if recon.missing_kinds:
            kinds = ", ".join(
                vocabulary.name(vocabulary.PHONE_KINDS, k) for k in recon.missing_kinds
            )
            reasons.append(self.tr("ask for: {kinds}").format(kinds=kinds))
        if recon.postponed_kinds:
            kinds = ", ".join(
                vocabulary.name(vocabulary.PHONE_KINDS, k) for k in recon.postponed_kinds
            )
            reasons.append(self.tr("postponed: {kinds}").format(kinds=kinds))
        if recon.unparsed:
            reasons.append(self.tr("an entry is not a number"))
        if reasons:
            self.badge_label.setText(
                self.tr("Reconcile the numbers: {reasons}").format(reasons="; ".join(reasons))
            )
            self.badge_label.setStyleSheet(_ATTENTION_STYLE)
            self.badge_label.setProperty("attention", True)
        else:
            self.badge_label.setText(self.tr("Numbers up to date"))
            self.badge_label.setStyleSheet(_OK_STYLE)
            self.badge_label.setProperty("attention", False)
        self.badge_label.show()

    def _fill_accounts(self, card: SubscriberCard, account_id: str | None) -> None:
        tree = self.accounts_tree
        tree.clear()
        selected: QTreeWidgetItem | None = None
        for account in card.accounts:
            services = ", ".join(account.package_services)
            package = (
                f"{account.package_name} ({services})" if services else account.package_name
            ) or self.tr("no package")
            item = _item(
                [
                    account.number,
                    account.address,
                    account.directorate_name or account.directorate_code,
                    package,
                    format_money(account.balance),
                    vocabulary.name(vocabulary.ACCOUNT_STATUSES, account.status),
                ],
                account.id,
            )
            tips = []
            if account.monthly_fee is not None:
                tips.append(
                    self.tr("Monthly fee: {fee}").format(fee=format_money(account.monthly_fee))
                )
            if set(account.connected_services) != set(account.package_services):
                tips.append(
                    self.tr("Connected: {services}").format(
                        services=", ".join(account.connected_services) or "—"
                    )
                )
            if tips:
                item.setToolTip(3, "\n".join([package, *tips]))
            item.setTextAlignment(4, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if account.balance < 0:
                item.setForeground(4, QBrush(_DEBT))
                item.setToolTip(
                    4,
                    self.tr("The subscriber owes {amount}").format(
                        amount=format_money(-account.balance)
                    ),
                )
            if account.status in ("suspended", "closed"):
                item.setForeground(5, QBrush(_WARNING))
            tree.addTopLevelItem(item)
            if account.id == account_id:
                selected = item
        if selected is None and tree.topLevelItemCount():
            selected = tree.topLevelItem(0)
        if selected is not None:
            tree.setCurrentItem(selected)
        self._fit(tree, (105, 240, 150, 0, 105, 140))
        self._fit_height(tree, tree.topLevelItemCount(), 2, 5)

    def _phone_texts(self, phone: CardPhone) -> list[str]:
        number = display_phone(phone.e164) if phone.e164 else f"«{phone.raw_text}»"
        if phone.confirmed_at is not None:
            confirmed = format_date(phone.confirmed_at)
            if phone.confirmed_by:
                confirmed = f"{confirmed}, {phone.confirmed_by}"
        else:
            confirmed = self.tr("not confirmed")
        return [
            number,
            vocabulary.name(vocabulary.PHONE_KINDS, phone.kind),
            phone.note,
            ", ".join(phone.account_numbers),
            confirmed,
        ]

    def _fill_phones(self, card: SubscriberCard) -> None:
        tree = self.phones_tree
        tree.clear()
        warning_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for phone in card.phones:
            item = _item(self._phone_texts(phone), phone.id)
            if phone.unparsed:
                item.setIcon(0, warning_icon)
                item.setText(2, self.tr("Not a number: ask the subscriber and correct it"))
                tip = self.tr("Billing had “{text}”, which is not a phone number.").format(
                    text=phone.raw_text
                )
                for column in range(item.columnCount()):
                    item.setForeground(column, QBrush(_WARNING))
                    item.setToolTip(column, tip)
                item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, tip)
            elif phone.raw_text:
                item.setToolTip(0, self.tr("As billing had it: {text}").format(text=phone.raw_text))
            tree.addTopLevelItem(item)
        italic = QFont(tree.font())
        italic.setItalic(True)
        for answer in card.reconciliation.answers:
            text = self.tr("{answer} (answered on {date}{by})").format(
                answer=vocabulary.name(vocabulary.PHONE_KIND_ANSWERS, answer.answer),
                date=format_date(answer.answered_at),
                by=f", {answer.answered_by}" if answer.answered_by else "",
            )
            item = _item(["—", vocabulary.name(vocabulary.PHONE_KINDS, answer.kind), text])
            for column in range(3):
                item.setFont(column, italic)
            tree.addTopLevelItem(item)
        for kind in card.reconciliation.missing_kinds:
            item = _item(
                [
                    "?",
                    vocabulary.name(vocabulary.PHONE_KINDS, kind),
                    self.tr("Ask for it: no number and no answer yet"),
                ]
            )
            for column in range(3):
                item.setForeground(column, QBrush(_DEBT))
            tree.addTopLevelItem(item)
        if card.retired_phones:
            history = QTreeWidgetItem(
                [self.tr("Retired numbers ({count})").format(count=len(card.retired_phones))]
            )
            history.setFirstColumnSpanned(True)
            history.setData(0, ID_ROLE, "retired")
            for phone in card.retired_phones:
                texts = self._phone_texts(phone)
                retired = self.tr("retired on {date}").format(
                    date=format_date(phone.retired_at or phone.added_at)
                )
                if phone.retired_by:
                    retired += f", {phone.retired_by}"
                if phone.retire_reason:
                    retired += f": {phone.retire_reason}"
                texts[2] = "; ".join(t for t in (phone.note, retired) if t)
                child = _item(texts, phone.id)
                child.setDisabled(True)
                history.addChild(child)
            tree.addTopLevelItem(history)
            history.setExpanded(False)
            history.setFirstColumnSpanned(True)
        self._fit(tree, (170, 95, 0, 200, 220))
        self._refit_phones()

    def _timeline_what(self, entry: TimelineEntry) -> str:
        kind = entry.kind
        if kind is TimelineKind.CONTACT:
            return self.tr("Contact {channel}").format(
                channel=vocabulary.name(vocabulary.CHANNELS, entry.channel)
            )
        if kind is TimelineKind.COMPLAINT:
            return self.tr("Complaint {number}").format(number=entry.reference)
        if kind is TimelineKind.TECHNICIAN_REQUEST:
            return self.tr("Technician request: {kind}").format(
                kind=vocabulary.name(vocabulary.REQUEST_KINDS, entry.sub_kind)
            )
        if kind is TimelineKind.PACKAGE_CHANGE:
            return self.tr("Package change {codes}").format(codes=entry.reference)
        return self.tr("Director's reception: {director}").format(director=entry.reference)

    def _timeline_status(self, entry: TimelineEntry) -> str:
        tables = {
            TimelineKind.CONTACT: vocabulary.CONTACT_OUTCOMES,
            TimelineKind.COMPLAINT: vocabulary.COMPLAINT_STATUSES,
            TimelineKind.TECHNICIAN_REQUEST: vocabulary.REQUEST_STATUSES,
            TimelineKind.PACKAGE_CHANGE: vocabulary.PACKAGE_CHANGE_STATUSES,
            TimelineKind.APPOINTMENT: vocabulary.APPOINTMENT_STATUSES,
        }
        return vocabulary.name(tables[entry.kind], entry.status) if entry.status else ""

    def _fill_timeline(self, card: SubscriberCard) -> None:
        tree = self.timeline_tree
        tree.clear()
        for entry in card.timeline:
            details = entry.text
            if entry.kind is TimelineKind.PACKAGE_CHANGE and entry.amount:
                details += "; " + self.tr("connection fees {amount}").format(
                    amount=format_money(entry.amount)
                )
            if entry.due is not None:
                details += "; " + self.tr("due {date}").format(date=format_date(entry.due))
            when = (
                format_date(entry.at)
                if entry.kind is TimelineKind.PACKAGE_CHANGE
                else format_when(entry.at)
            )
            item = _item(
                [
                    when,
                    self._timeline_what(entry),
                    entry.account_number,
                    details,
                    self._timeline_status(entry),
                    entry.who,
                ],
                entry.entity_id,
            )
            item.setData(1, ID_ROLE, entry.kind.value)
            tree.addTopLevelItem(item)
        if not card.timeline:
            empty = QTreeWidgetItem(["", self.tr("Nothing yet")])
            empty.setDisabled(True)
            tree.addTopLevelItem(empty)
        self._fit(tree, (115, 200, 100, 0, 130, 140))

    def _refit_phones(self, *_item: object) -> None:
        tree = self.phones_tree
        rows = tree.topLevelItemCount()
        last = tree.topLevelItem(rows - 1) if rows else None
        if last is not None and last.isExpanded():
            rows += last.childCount()
        self._fit_height(tree, rows, 3, 10)

    @staticmethod
    def _fit_height(tree: QTreeWidget, rows: int, least: int, most: int) -> None:
        # Tall enough for its rows (within bounds), so the history below gets the rest.
        row = max(tree.sizeHintForRow(0), tree.fontMetrics().height() + 4)
        shown = min(max(rows, least), most)
        frame = tree.frameWidth() * 2 + tree.header().sizeHint().height()
        scroll = tree.horizontalScrollBar().sizeHint().height()
        tree.setFixedHeight(frame + shown * row + scroll)

    @staticmethod
    def _fit(tree: QTreeWidget, widths: tuple[int, ...]) -> None:
        # Fixed starting widths: sizing to contents measures every row, and the clerk can
        # drag the columns anyway. They leave the stretched column (package, details) at
        # least ~140 px in the default 1200 px window, so it is read, not guessed from "Ка…".
        for column, width in enumerate(widths):
            if width:
                tree.setColumnWidth(column, width)

    # --- language -------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.back_action.setText(self.tr("Back to the search"))
        self.back_action.setToolTip(self.tr("Back to the search (Esc)"))
        self.reload_action.setText(self.tr("Refresh"))
        self.reload_action.setToolTip(self.tr("Read the card again (F5)"))
        self._focus_actions["accounts"].setText(self.tr("Go to the personal accounts"))
        self._focus_actions["phones"].setText(self.tr("Go to the phone numbers"))
        self._focus_actions["timeline"].setText(self.tr("Go to the history"))
        if self.current is not None:
            focus_account = self.current_account()
            self.show_card(self.current, focus_account.id if focus_account else None)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._form.retranslate()
            self._retranslate()
        super().changeEvent(event)
