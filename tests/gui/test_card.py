"""The subscriber card widget against a real office database, in Ukrainian by default."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from receptionapp.core.clock import utcnow
from receptionapp.core.ids import new_id
from receptionapp.db.card import SubscriberCard
from receptionapp.db.database import open_database
from receptionapp.db.models import Director, Directorate, Package, Subscriber, User
from receptionapp.db.reference import load_reference_data
from receptionapp.db.users import add_user
from receptionapp.gui.card import (
    SubscriberCardWidget,
    format_money,
    register_card_action,
    unregister_card_action,
)
from receptionapp.gui.language import Translations
from tests.db.test_card import CardRows, add_card_subscriber
from tests.gui.support import RecordingPresenter


@pytest.fixture
def office(tmp_path: Path) -> Iterator[CardRows]:
    """An office database with the card test subscriber, open for the test."""
    db = open_database(tmp_path / "office.db", create=True)
    load_reference_data(db)
    clerk = add_user("olena", "Олена Петренко", "clerk", "secret1")
    # Reconciled 200 days before now: overdue, whatever day the test runs.
    rows = add_card_subscriber(clerk, now=utcnow())
    yield rows
    db.close()


@pytest.fixture
def card(qtbot: QtBot, office: CardRows, translations: Translations) -> SubscriberCardWidget:
    widget = SubscriberCardWidget()
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    return widget


def _load(
    qtbot: QtBot, card: SubscriberCardWidget, subscriber_id: str, account: str | None = None
) -> SubscriberCard:
    with qtbot.waitSignal(card.card_loaded, timeout=10_000) as blocker:
        card.load(subscriber_id, account)
    loaded = blocker.args[0]
    assert isinstance(loaded, SubscriberCard)
    return loaded


def _rows(tree: QTreeWidget) -> list[list[str]]:
    return [
        [tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
        for i in range(tree.topLevelItemCount())
    ]


def test_card_shows_the_person_and_every_account(
    qtbot: QtBot, card: SubscriberCardWidget, office: CardRows
) -> None:
    _load(qtbot, card, office.subscriber_id)
    assert card.name_label.text() == "Іваненко Олександр Петрович"
    assert card.kind_label.text() == "фізична особа"
    assert card.notes_label.isVisible() and "Дзвонити після 18:00" in card.notes_label.text()
    kharkiv = Directorate.get(Directorate.code == "kharkiv").name
    trio = Package.get(Package.code == "TRIO").name
    first, second = _rows(card.accounts_tree)
    assert first[:3] == ["5700000017", "Харків, вул. Сумська 10, кв. 5", kharkiv]
    assert first[3].startswith(f"{trio} (") and first[3].count(",") == 2  # three services
    assert first[4] == "-125,50 грн"
    assert first[5] == "діючий"
    assert second[0] == "5700000025" and second[4] == "300,00 грн"
    assert second[5] == "призупинений"
    # The debt is shown in its own colour, with a tooltip that says so.
    debt = card.accounts_tree.topLevelItem(0)
    assert debt.foreground(4).color() != card.accounts_tree.topLevelItem(1).foreground(4).color()
    assert "125,50 грн" in debt.toolTip(4)


def test_card_opens_on_the_account_the_clerk_chose(
    qtbot: QtBot, card: SubscriberCardWidget, office: CardRows
) -> None:
    _load(qtbot, card, office.subscriber_id, office.second_account_id)
    account = card.current_account()
    assert account is not None and account.number == "5700000025"


def test_phones_with_kinds_confirmation_unparsed_and_retired_history(
    qtbot: QtBot, card: SubscriberCardWidget, office: CardRows
) -> None:
    loaded = _load(qtbot, card, office.subscriber_id)
    tree = card.phones_tree
    rows = _rows(tree)
    home, mobile, text, cdma, retired = rows
    assert home[:4] == ["057 700 1234", "домашній", "стаціонарний", "5700000017"]
    assert home[4] == "не підтверджено"
    confirmed_on = QLocale().toString(
        loaded.phones[1].confirmed_at.date(), QLocale.FormatType.ShortFormat
    )
    assert mobile[:2] == ["050 123 4567", "мобільний"]
    assert mobile[3] == "5700000017, 5700000025"
    assert mobile[4] == f"{confirmed_on}, Олена Петренко"
    # Text that is not a number is flagged for the clerk.
    assert text[0] == "«дзвонити сусідам»"
    assert "не номер" in text[2].lower()
    flagged = tree.topLevelItem(2)
    assert not flagged.icon(0).isNull()
    assert "дзвонити сусідам" in flagged.toolTip(1)
    # CDMA was answered "none".
    assert cdma[:2] == ["—", "CDMA"] and cdma[2].startswith("немає")
    # Retired numbers: one collapsed group at the end.
    assert retired[0] == "Вилучені номери (1)"
    group = tree.topLevelItem(4)
    assert not group.isExpanded()
    child = group.child(0)
    assert child.text(0) == "067 111 2233"
    assert "номер не обслуговується" in child.text(2)
    assert "Олена Петренко" in child.text(2)
    # Keyboard: Alt+2 goes to the numbers, the arrow keys open the history.
    card.activateWindow()
    qtbot.waitUntil(card.isActiveWindow)
    QTest.keyClick(card, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert tree.hasFocus()
    tree.setCurrentItem(group)
    QTest.keyClick(tree, Qt.Key.Key_Right)
    assert group.isExpanded()


def test_reconciliation_status_and_badge(
    qtbot: QtBot, card: SubscriberCardWidget, office: CardRows
) -> None:
    loaded = _load(qtbot, card, office.subscriber_id)
    when = QLocale().toString(
        loaded.reconciliation.reconciled_at.date(), QLocale.FormatType.ShortFormat
    )
    assert card.reconciliation_label.text() == f"Номери звірено {when} (Олена Петренко)."
    assert card.badge_label.isVisible()
    assert card.badge_label.property("attention") is True
    badge = card.badge_label.text()
    assert badge.startswith("Звірте номери")
    assert "90" in badge  # overdue
    assert "не номер" in badge  # the unparsed text

    # Reconciled yesterday, nothing missing, the text resolved: the badge says all is well.
    Subscriber.update(phones_reconciled_at=utcnow() - dt.timedelta(days=1)).where(
        Subscriber.id == office.subscriber_id
    ).execute()
    from receptionapp.db.models import Phone

    Phone.update(deleted_at=utcnow()).where(Phone.e164.is_null()).execute()
    with qtbot.waitSignal(card.card_loaded, timeout=10_000):
        card.reload()
    assert card.badge_label.property("attention") is False
    assert card.badge_label.text() == "Номери актуальні"


def test_a_subscriber_with_no_numbers_is_asked_for_every_required_kind(
    qtbot: QtBot, card: SubscriberCardWidget, office: CardRows
) -> None:
    nobody = Subscriber.create(id=new_id(), last_name="ТОВ «Світанок»", kind="organisation")
    _load(qtbot, card, nobody.id)
    assert card.kind_label.text() == "організація"
    assert card.reconciliation_label.text() == "Номери ще жодного разу не звіряли."
    assert "домашній, CDMA, мобільний" in card.badge_label.text()
    asked = _rows(card.phones_tree)
    assert [r[:2] for r in asked] == [["?", "домашній"], ["?", "CDMA"], ["?", "мобільний"]]
    assert card.accounts_tree.topLevelItemCount() == 0
    assert _rows(card.timeline_tree)[0][1] == "Поки нічого"


def test_timeline_of_contacts_complaints_requests_changes_and_appointments(
    qtbot: QtBot, card: SubscriberCardWidget, office: CardRows
) -> None:
    _load(qtbot, card, office.subscriber_id)
    director = Director.get(Director.directorate == Directorate.get(Directorate.code == "kharkiv"))
    rows = _rows(card.timeline_tree)
    whats = [r[1] for r in rows]
    assert whats == [
        f"Прийом директора: {director.name}",
        "Заявка майстру: ремонт",
        "Звернення телефоном",
        "Скарга KH-2026-000042",
        "Зміна пакета NET-100 → TRIO",
    ]
    appointment, request, contact, complaint, change = rows
    assert appointment[2] == "5700000025" and appointment[4] == "підтверджено"
    assert request[4] == "нова" and "050 123 45 67" in request[3]
    assert contact[3] == "Не працює інтернет"
    assert contact[4] == "заявка майстру" and contact[5] == "Олена Петренко"
    assert complaint[4] == "у роботі" and "строк" in complaint[3]
    assert "150,00 грн" in change[3] and change[4] == "підтверджено"
    # Ids behind the rows, for the features that will open them.
    item: QTreeWidgetItem = card.timeline_tree.topLevelItem(3)
    assert item.data(1, Qt.ItemDataRole.UserRole + 1) == "complaint"
    assert item.data(0, Qt.ItemDataRole.UserRole + 1)


def test_esc_asks_to_go_back_and_alt_keys_move_between_sections(
    qtbot: QtBot, card: SubscriberCardWidget, office: CardRows
) -> None:
    _load(qtbot, card, office.subscriber_id)
    card.activateWindow()
    qtbot.waitUntil(card.isActiveWindow)
    QTest.keyClick(card, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert card.timeline_tree.hasFocus()
    QTest.keyClick(card.timeline_tree, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert card.accounts_tree.hasFocus()
    QTest.keyClick(card.accounts_tree, Qt.Key.Key_Tab)
    assert card.phones_tree.hasFocus()
    with qtbot.waitSignal(card.back_requested, timeout=1000):
        QTest.keyClick(card.phones_tree, Qt.Key.Key_Escape)
    # The hints are on screen, and the shortcuts are real actions (listed in Help).
    assert "Esc" in card.back_action.toolTip()
    keys = {a.shortcut().toString() for a in card.actions()}
    assert {"Esc", "Alt+1", "Alt+2", "Alt+3", "F5"} <= keys


def test_later_features_add_their_actions_to_the_card(
    qtbot: QtBot, card: SubscriberCardWidget, office: CardRows
) -> None:
    opened: list[tuple[str, str | None]] = []

    def new_contact(widget: SubscriberCardWidget) -> QAction:
        action = QAction("Нове звернення", widget)
        action.setObjectName("new_contact_action")
        action.setShortcut(QKeySequence("Ctrl+N"))
        action.setEnabled(False)

        def start() -> None:
            account = widget.current_account()
            assert widget.current is not None
            opened.append((widget.current.id, account.number if account else None))

        action.triggered.connect(start)
        widget.card_changed.connect(lambda shown: action.setEnabled(shown is not None))
        return action

    register_card_action(new_contact)
    try:
        later = SubscriberCardWidget()
        qtbot.addWidget(later)
        for widget in (card, later):  # the card made before and the one made after
            action = widget.findChild(QAction, "new_contact_action")
            assert action is not None and action in widget.tool_bar.actions()
            assert not action.isEnabled()
    finally:
        unregister_card_action(new_contact)

    _load(qtbot, card, office.subscriber_id, office.second_account_id)
    card.activateWindow()
    qtbot.waitUntil(card.isActiveWindow)
    card.accounts_tree.setFocus()
    QTest.keyClick(card.accounts_tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == [(office.subscriber_id, "5700000025")]
    assert SubscriberCardWidget().findChild(QAction, "new_contact_action") is None


def test_a_subscriber_that_is_gone_is_said_on_the_card_not_in_a_dialog(
    qtbot: QtBot, card: SubscriberCardWidget, office: CardRows, presenter: RecordingPresenter
) -> None:
    with qtbot.waitSignal(card.load_failed, timeout=10_000):
        card.load(new_id())
    assert card.status_label.isVisible()
    assert card.status_label.text() == "Цього абонента вже немає в базі."
    assert card.current is None
    assert presenter.shown == []


def test_money_and_texts_follow_the_language(
    qtbot: QtBot, card: SubscriberCardWidget, office: CardRows, translations: Translations
) -> None:
    _load(qtbot, card, office.subscriber_id)
    assert format_money(123456) == "1\u00a0234,56 грн"
    translations.apply("en")
    assert format_money(123456) == "1,234.56 UAH"
    # Qt posts LanguageChange to every widget; the card refills itself when it arrives.
    qtbot.waitUntil(lambda: card.kind_label.text() == "private person")
    assert _rows(card.accounts_tree)[0][4] == "-125.50 UAH"
    assert card.back_action.text() == "Back to the search"
    translations.apply("ru")
    qtbot.waitUntil(lambda: card.kind_label.text() == "физическое лицо")
    assert _rows(card.accounts_tree)[0][5] == "действующий"
    assert _rows(card.phones_tree)[1][1] == "мобильный"


def test_clerk_names_come_from_the_users_table(
    qtbot: QtBot, card: SubscriberCardWidget, office: CardRows
) -> None:
    User.update(name="Олена Петренко-Коваль").where(User.login == "olena").execute()
    _load(qtbot, card, office.subscriber_id)
    assert "Олена Петренко-Коваль" in card.reconciliation_label.text()


def test_the_overdue_badge_follows_the_users_setting(
    qtbot: QtBot, office: CardRows, translations: Translations, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from receptionapp.gui.settings import Settings

    Subscriber.update(phones_reconciled_at=utcnow() - dt.timedelta(days=40)).where(
        Subscriber.id == office.subscriber_id
    ).execute()
    host = QWidget()  # stands in for the main window, which carries the settings
    qtbot.addWidget(host)
    settings = Settings.from_file(tmp_path / "settings.ini")
    host.settings = settings  # type: ignore[attr-defined]
    card = SubscriberCardWidget(host)
    QVBoxLayout(host).addWidget(card)

    assert not _load(qtbot, card, office.subscriber_id).reconciliation.overdue  # 90 days
    settings.reconciliation_overdue_days = 30
    loaded = _load(qtbot, card, office.subscriber_id)
    assert loaded.reconciliation.overdue
    assert "30" in card.badge_label.text()


def test_a_postponed_kind_keeps_the_badge_up(
    qtbot: QtBot, card: SubscriberCardWidget, office: CardRows
) -> None:
    from receptionapp.db.models import PhoneKindAnswer

    Subscriber.update(phones_reconciled_at=utcnow() - dt.timedelta(days=2)).where(
        Subscriber.id == office.subscriber_id
    ).execute()
    PhoneKindAnswer.update(answer="postponed", updated_at=utcnow()).where(
        (PhoneKindAnswer.subscriber == office.subscriber_id) & (PhoneKindAnswer.kind == "cdma")
    ).execute()
    loaded = _load(qtbot, card, office.subscriber_id)
    assert loaded.reconciliation.postponed_kinds == ("cdma",)
    assert card.badge_label.property("attention") is True
    assert "відкладено: CDMA" in card.badge_label.text()
