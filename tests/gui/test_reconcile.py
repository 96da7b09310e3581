"""The reconciliation panel, driven by the keyboard against a real office database.

The subscriber has three accounts; billing attached a home number to one, a mobile to
another, and a text that is not a number to the third. Another subscriber has a number of
their own (the duplicate across subscribers). Only the message boxes are stubbed
(tests/gui/support.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from receptionapp.core.clock import utcnow
from receptionapp.core.ids import natural_id, new_id
from receptionapp.db.models import (
    Account,
    Directorate,
    Phone,
    PhoneAccount,
    PhoneKindAnswer,
    Subscriber,
    User,
)
from receptionapp.gui.language import Translations
from receptionapp.gui.reconcile import (
    CurrentColumn,
    ReconcileDialog,
    open_reconciliation,
)
from receptionapp.gui.session import Session
from receptionapp.gui.settings import Settings
from tests.gui.support import RecordingPresenter
from tests.helpers import type_text

HOME = "+380577001234"
VODAFONE = "+380501234567"
KYIVSTAR = "+380677654321"
NEIGHBOUR = "+380631112233"
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@dataclass
class Family:
    """The subscriber to reconcile and a neighbour who shares a number."""

    session: Session
    subscriber: str
    accounts: list[str]
    leftover: str
    neighbour: str


def _phone(subscriber: str, account: str, e164: str | None, raw: str, kind: str) -> str:
    phone = Phone.create(
        id=new_id(), scope="kharkiv", subscriber=subscriber, e164=e164, raw_text=raw, kind=kind
    )
    PhoneAccount.create(id=new_id(), scope="kharkiv", phone=phone.id, account=account)
    return str(phone.id)


@pytest.fixture
def family(open_office: Path) -> Family:
    kharkiv = Directorate.create(
        id=natural_id("directorate", "kharkiv"), scope="kharkiv", code="kharkiv",
        name="Харківська дирекція", city="Харків", area_code="57",
    )  # fmt: skip

    def subscriber(last: str, first: str) -> str:
        return str(
            Subscriber.create(id=new_id(), scope="kharkiv", last_name=last, first_name=first).id
        )

    def account(owner: str, number: str, flat: str) -> str:
        return str(
            Account.create(
                id=new_id(), scope="kharkiv", number=number, subscriber=owner, city="Харків",
                street="вул. Сумська", house="10", flat=flat, directorate=kharkiv,
                status="active",
            ).id
        )  # fmt: skip

    main = subscriber("Ковальчук", "Ірина")
    accounts = [account(main, "5700100", "5"), account(main, "5700200", "17")]
    accounts.append(account(main, "5700300", ""))
    _phone(main, accounts[0], HOME, "дом. 700-12-34", "home")
    _phone(main, accounts[1], VODAFONE, "050 123 45 67", "mobile")
    leftover = _phone(main, accounts[2], None, "звонить после 18", "other")
    neighbour = subscriber("Бондар", "Микола")
    _phone(neighbour, account(neighbour, "5700900", "3"), NEIGHBOUR, "063 111 22 33", "mobile")
    user = User.get(User.login == "olena")
    return Family(Session(open_office, user), main, accounts, leftover, neighbour)


@pytest.fixture
def dialog(
    qtbot: QtBot, family: Family, translations: Translations, settings: Settings
) -> Iterator[ReconcileDialog]:
    panel = ReconcileDialog(family.session, family.subscriber, settings)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.view_loaded, timeout=10_000):
        panel.show()
    panel.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel, timeout=5_000)
    yield panel
    panel._finished = True  # let the teardown close it without asking


def _numbers(account: str) -> set[str]:
    rows = (
        Phone.select(Phone.e164)
        .join(PhoneAccount, on=(PhoneAccount.phone == Phone.id))
        .where(
            (PhoneAccount.account == account)
            & Phone.retired_at.is_null()
            & Phone.e164.is_null(False)
        )
    )
    return {str(p.e164) for p in rows}


def _row(dialog: ReconcileDialog, e164: str | None) -> int:
    for row in range(dialog.phones_model.rowCount()):
        entry = dialog.phones_model.entry(row)
        if entry is not None and entry.e164 == e164:
            return row
    raise AssertionError(f"{e164} is not in the list")


def _select(dialog: ReconcileDialog, e164: str | None) -> None:
    row = _row(dialog, e164)
    dialog.phones_view.setFocus()
    dialog.phones_view.setCurrentIndex(dialog.phones_model.index(row, 0))


def _press(qtbot: QtBot, dialog: ReconcileDialog, widget: QWidget, key: Qt.Key, mod=None) -> None:  # type: ignore[no-untyped-def]
    """A key that makes the panel write: wait until the fresh view is on screen."""
    with qtbot.waitSignal(dialog.view_loaded, timeout=10_000):
        if mod is None:
            QTest.keyClick(widget, key)
        else:
            QTest.keyClick(widget, key, mod)


def _phone_row(subscriber: str, e164: str) -> Phone:
    return Phone.get((Phone.subscriber == subscriber) & (Phone.e164 == e164))


# --- the whole reconciliation ------------------------------------------------------------


def test_the_whole_reconciliation_through_the_panel(
    qtbot: QtBot, dialog: ReconcileDialog, family: Family, presenter: RecordingPresenter
) -> None:
    # One list of the numbers of all three accounts, the billing text flagged.
    assert [e.e164 for e in dialog.view.current] == [HOME, VODAFONE, None]  # type: ignore[union-attr]
    assert "Ковальчук Ірина" in dialog.title_label.text()
    assert dialog.badge_label.isVisible()

    # Add a number: live validation names the operator and suggests the kind.
    dialog.new_phone_edit.setFocus()
    qtbot.keyClicks(dialog.new_phone_edit, "067 765 43 21")
    assert "Київстар" in dialog.validation_label.text()
    assert dialog.new_kind_combo.currentData() == "mobile"
    _press(qtbot, dialog, dialog.new_phone_edit, Qt.Key.Key_Return)
    for account in family.accounts:
        assert KYIVSTAR in _numbers(account)
    assert dialog.new_phone_edit.text() == ""

    # Change its kind: K, then 4 = work (a bare digit would start a new number).
    _select(dialog, KYIVSTAR)
    QTest.keyClick(dialog.phones_view, Qt.Key.Key_K)
    menu = dialog.findChild(QWidget, "kind_menu")
    assert menu is not None
    qtbot.waitUntil(menu.isVisible, timeout=5_000)
    _press(qtbot, dialog, menu, Qt.Key.Key_4)
    dialog.activateWindow()  # the offscreen platform does not give it back after a popup
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5_000)
    assert _phone_row(family.subscriber, KYIVSTAR).kind == "work"
    assert dialog.phones_model.index(_row(dialog, KYIVSTAR), CurrentColumn.KIND).data() == (
        "Робочий"
    )

    # Confirm the mobile with Space.
    _select(dialog, VODAFONE)
    _press(qtbot, dialog, dialog.phones_view, Qt.Key.Key_Space)
    assert _phone_row(family.subscriber, VODAFONE).confirmed_at is not None

    # Retire the home number: Delete, then 2 = disconnected.
    _select(dialog, HOME)
    QTest.keyClick(dialog.phones_view, Qt.Key.Key_Delete)
    assert dialog.retire_frame.isVisible()
    _press(qtbot, dialog, dialog.reason_list, Qt.Key.Key_2)
    home = _phone_row(family.subscriber, HOME)
    assert home.retired_at is not None and home.retire_reason == "disconnected"
    assert not dialog.retire_frame.isVisible()
    assert [e.e164 for e in dialog.view.history] == [HOME]  # type: ignore[union-attr]

    # Home now has no number: "has none" (Ctrl+1); CDMA: later (Alt+2).
    _press(qtbot, dialog, dialog, Qt.Key.Key_1, CTRL)
    _press(qtbot, dialog, dialog, Qt.Key.Key_2, ALT)
    answers = {a.kind: a.answer for a in PhoneKindAnswer.select()}
    assert answers == {"home": "none", "cdma": "postponed"}
    assert dialog.none_buttons["home"].isChecked()
    assert dialog.later_buttons["cdma"].isChecked()

    # The neighbour's number: shown with their name before saving, then confirmed.
    dialog.new_phone_edit.setFocus()
    with qtbot.waitSignal(dialog.check_done, timeout=10_000):
        qtbot.keyClicks(dialog.new_phone_edit, "0631112233")
    assert "Бондар Микола (5700900)" in dialog.validation_label.text()
    presenter.answers.append(True)
    with qtbot.waitSignal(dialog.view_loaded, timeout=10_000):
        QTest.keyClick(dialog.new_phone_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: len(presenter.questions) == 1, timeout=10_000)
    assert "Бондар Микола" in presenter.questions[0]
    assert Phone.select().where(Phone.e164 == NEIGHBOUR).count() == 2

    # Restore the home number from the history (R); "has none" no longer applies.
    dialog.history_view.setFocus()
    dialog.history_view.setCurrentIndex(dialog.history_model.index(0, 0))
    _press(qtbot, dialog, dialog.history_view, Qt.Key.Key_R)
    assert _phone_row(family.subscriber, HOME).retired_at is None
    assert dialog.view.history == ()  # type: ignore[union-attr]
    assert not dialog.none_buttons["home"].isEnabled()

    # Resolve the billing text: Enter on it, type the number it means, Enter.
    _select(dialog, None)
    QTest.keyClick(dialog.phones_view, Qt.Key.Key_Return)
    assert dialog.new_phone_edit.hasFocus()
    assert dialog.new_phone_edit.text() == "звонить после 18"
    dialog.new_phone_edit.clear()
    qtbot.keyClicks(dialog.new_phone_edit, "7005566")
    _press(qtbot, dialog, dialog.new_phone_edit, Qt.Key.Key_Return)
    resolved = Phone.get_by_id(family.leftover)
    assert (resolved.e164, resolved.raw_text) == ("+380577005566", "звонить после 18")

    # Finish: Ctrl+Enter; every account shows the same verified set.
    with qtbot.waitSignal(dialog.reconciled, timeout=10_000):
        QTest.keyClick(dialog, Qt.Key.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted
    subscriber = Subscriber.get_by_id(family.subscriber)
    assert subscriber.phones_reconciled_by.login == "olena"
    expected = {HOME, VODAFONE, KYIVSTAR, NEIGHBOUR, "+380577005566"}
    for account in family.accounts:
        assert _numbers(account) == expected
    assert presenter.texts() == []  # no error on the way


def test_finish_is_refused_until_every_required_kind_is_answered(
    qtbot: QtBot, dialog: ReconcileDialog, family: Family, presenter: RecordingPresenter
) -> None:
    with qtbot.waitSignal(dialog.action_failed, timeout=10_000):
        QTest.keyClick(dialog, Qt.Key.Key_Return, CTRL)
    (warning,) = presenter.texts()
    assert "CDMA" in warning
    assert dialog.isVisible()
    assert Subscriber.get_by_id(family.subscriber).phones_reconciled_at is None
    assert dialog.none_buttons["cdma"].hasFocus()  # where the answer is given

    _press(qtbot, dialog, dialog, Qt.Key.Key_2, CTRL)  # CDMA: has none
    # The billing text is still there: resolve or retire it first.
    with qtbot.waitSignal(dialog.action_failed, timeout=10_000):
        QTest.keyClick(dialog, Qt.Key.Key_Return, CTRL)
    assert "звонить после 18" in presenter.texts()[-1]
    _select(dialog, None)
    QTest.keyClick(dialog.phones_view, Qt.Key.Key_Delete)
    QTest.keyClick(dialog.reason_list, Qt.Key.Key_4)  # other: a comment is needed
    assert dialog.comment_edit.hasFocus()
    type_text(dialog.comment_edit, "не номер")
    _press(qtbot, dialog, dialog.comment_edit, Qt.Key.Key_Return)
    assert Phone.get_by_id(family.leftover).retire_reason == "other: не номер"

    with qtbot.waitSignal(dialog.reconciled, timeout=10_000):
        dialog.finish_button.click()
    assert Subscriber.get_by_id(family.subscriber).phones_reconciled_at is not None


def test_has_none_toggles_back_and_later_replaces_it(
    qtbot: QtBot, dialog: ReconcileDialog, family: Family
) -> None:
    _press(qtbot, dialog, dialog, Qt.Key.Key_2, CTRL)
    assert dialog.none_buttons["cdma"].isChecked()
    _press(qtbot, dialog, dialog, Qt.Key.Key_2, ALT)
    assert not dialog.none_buttons["cdma"].isChecked()
    assert dialog.later_buttons["cdma"].isChecked()
    assert PhoneKindAnswer.get().answer == "postponed"
    _press(qtbot, dialog, dialog, Qt.Key.Key_2, ALT)  # pressed again: withdrawn
    assert not dialog.later_buttons["cdma"].isChecked()
    assert PhoneKindAnswer.get().deleted_at is not None
    assert "CDMA" in dialog.badge_label.text()


# --- typing a number ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("абв", "«абв» — не номер телефону"),
        ("12", "замало цифр"),
        ("050 123 45 678", "забагато цифр"),
        ("+380 10 123 4567", "немає такого оператора чи коду міста"),
    ],
)
def test_invalid_input_is_explained_inline_and_nothing_is_saved(
    qtbot: QtBot, dialog: ReconcileDialog, text: str, message: str
) -> None:
    phones = Phone.select().count()
    dialog.new_phone_edit.setFocus()
    type_text(dialog.new_phone_edit, text)
    assert message in dialog.validation_label.text()
    QTest.keyClick(dialog.new_phone_edit, Qt.Key.Key_Return)
    assert message in dialog.validation_label.text()
    qtbot.wait(50)  # a write, if one were started, would need the event loop
    assert Phone.select().count() == phones


def test_pasted_text_with_several_numbers_is_split_and_added_together(
    qtbot: QtBot, dialog: ReconcileDialog, family: Family
) -> None:
    dialog.new_phone_edit.setFocus()
    type_text(dialog.new_phone_edit, "моб. 067 765 43 21, роб. 057 700 99 88")
    text = dialog.validation_label.text()
    assert text.startswith("Номерів: 2")
    assert "067 765 4321" in text and "057 700 9988" in text
    assert not dialog.new_kind_combo.isEnabled()
    _press(qtbot, dialog, dialog.new_phone_edit, Qt.Key.Key_Return)
    assert _phone_row(family.subscriber, KYIVSTAR).kind == "mobile"
    assert _phone_row(family.subscriber, "+380577009988").kind == "work"


def test_a_declined_duplicate_is_not_saved(
    qtbot: QtBot, dialog: ReconcileDialog, presenter: RecordingPresenter
) -> None:
    dialog.new_phone_edit.setFocus()
    qtbot.keyClicks(dialog.new_phone_edit, "063 111 22 33")
    with qtbot.waitSignal(dialog.action_failed, timeout=10_000):
        QTest.keyClick(dialog.new_phone_edit, Qt.Key.Key_Return)
    assert len(presenter.questions) == 1
    assert Phone.select().where(Phone.e164 == NEIGHBOUR).count() == 1
    assert "063 111 2233" in dialog.validation_label.text()


def test_a_number_already_attached_is_confirmed_not_duplicated(
    qtbot: QtBot, dialog: ReconcileDialog, family: Family
) -> None:
    dialog.new_phone_edit.setFocus()
    with qtbot.waitSignal(dialog.check_done, timeout=10_000):
        qtbot.keyClicks(dialog.new_phone_edit, "+38 (050) 123-45-67")
    assert "050 123 4567" in dialog.validation_label.text()
    _press(qtbot, dialog, dialog.new_phone_edit, Qt.Key.Key_Return)
    assert Phone.select().where(Phone.e164 == VODAFONE).count() == 1
    assert _phone_row(family.subscriber, VODAFONE).confirmed_at is not None
    assert dialog.phones_model.rowCount() == 3


def test_a_chosen_kind_wins_over_the_suggestion(
    qtbot: QtBot, dialog: ReconcileDialog, family: Family
) -> None:
    dialog.new_phone_edit.setFocus()
    qtbot.keyClicks(dialog.new_phone_edit, "7009988")
    assert dialog.new_kind_combo.currentData() == "home"
    dialog.new_kind_combo.setCurrentIndex(dialog.new_kind_combo.findData("work"))
    dialog.new_kind_combo.activated.emit(dialog.new_kind_combo.currentIndex())
    type_text(dialog.new_note_edit, "бухгалтерія")
    _press(qtbot, dialog, dialog.new_note_edit, Qt.Key.Key_Return)
    phone = _phone_row(family.subscriber, "+380577009988")
    assert (phone.kind, phone.note) == ("work", "бухгалтерія")


def test_the_note_is_edited_in_place(qtbot: QtBot, dialog: ReconcileDialog, family: Family) -> None:
    _select(dialog, VODAFONE)
    dialog.phones_view.setCurrentIndex(
        dialog.phones_model.index(_row(dialog, VODAFONE), CurrentColumn.NOTE)
    )
    QTest.keyClick(dialog.phones_view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not dialog.phones_view
    type_text(editor, "дочка")
    _press(qtbot, dialog, editor, Qt.Key.Key_Return)
    assert _phone_row(family.subscriber, VODAFONE).note == "дочка"


def test_the_kind_menu_opens_on_k(qtbot: QtBot, dialog: ReconcileDialog, family: Family) -> None:
    _select(dialog, VODAFONE)
    QTest.keyClick(dialog.phones_view, Qt.Key.Key_K)
    menu = dialog.findChild(QWidget, "kind_menu")
    assert menu is not None
    qtbot.waitUntil(menu.isVisible, timeout=5_000)
    with qtbot.waitSignal(dialog.view_loaded, timeout=10_000):
        QTest.keyClick(menu, Qt.Key.Key_2)
    assert _phone_row(family.subscriber, VODAFONE).kind == "cdma"


# --- the models, closing, settings --------------------------------------------------------


def test_the_tables_pass_the_model_tester(
    qtbot: QtBot, dialog: ReconcileDialog, qtmodeltester: object
) -> None:
    _select(dialog, HOME)
    QTest.keyClick(dialog.phones_view, Qt.Key.Key_Delete)
    _press(qtbot, dialog, dialog.reason_list, Qt.Key.Key_1)
    assert dialog.history_model.rowCount() == 1
    qtmodeltester.check(dialog.phones_model)  # type: ignore[attr-defined]
    qtmodeltester.check(dialog.history_model)  # type: ignore[attr-defined]


def test_escape_asks_before_closing_an_unfinished_reconciliation(
    qtbot: QtBot, dialog: ReconcileDialog, presenter: RecordingPresenter
) -> None:
    dialog._finished = False
    dialog.phones_view.setFocus()
    QTest.keyClick(dialog.phones_view, Qt.Key.Key_Escape)
    assert len(presenter.questions) == 1 and "CDMA" in presenter.questions[0]
    assert dialog.isVisible()
    presenter.answers.append(True)
    QTest.keyClick(dialog.phones_view, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_escape_leaves_the_retire_step_first(qtbot: QtBot, dialog: ReconcileDialog) -> None:
    _select(dialog, HOME)
    QTest.keyClick(dialog.phones_view, Qt.Key.Key_Delete)
    assert dialog.retire_frame.isVisible()
    QTest.keyClick(dialog.reason_list, Qt.Key.Key_Escape)
    assert not dialog.retire_frame.isVisible()
    assert dialog.isVisible()
    assert Phone.select().where(Phone.retired_at.is_null(False)).count() == 0


def test_overdue_badge_follows_the_setting(
    qtbot: QtBot, family: Family, translations: Translations, settings: Settings
) -> None:
    for kind in ("cdma",):
        PhoneKindAnswer.create(
            id=new_id(), scope="kharkiv", subscriber=family.subscriber, kind=kind, answer="none"
        )
    Subscriber.update(
        phones_reconciled_at=utcnow() - dt.timedelta(days=60),
        phones_reconciled_by=family.session.user.id,
    ).where(Subscriber.id == family.subscriber).execute()
    shown = {}
    for days in (90, 30):
        settings.reconciliation_overdue_days = days
        panel = ReconcileDialog(family.session, family.subscriber, settings)
        qtbot.addWidget(panel)
        with qtbot.waitSignal(panel.view_loaded, timeout=10_000):
            panel.show()
        shown[days] = (panel.badge_label.isVisible(), panel.badge_label.text())
        assert "Олена Петренко" in panel.status_label.text()
        panel._finished = True
    assert shown[90][0] is False
    assert shown[30][0] is True and "прострочен" in shown[30][1]


def test_open_reconciliation_is_window_modal_over_its_parent(
    qtbot: QtBot, family: Family, translations: Translations
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    panel = open_reconciliation(parent, family.session, family.subscriber)
    with qtbot.waitSignal(panel.view_loaded, timeout=10_000):
        pass
    assert panel.isVisible()
    assert panel.windowModality() == Qt.WindowModality.WindowModal
    assert panel.parent() is parent
    panel._finished = True
    panel.close()


def test_the_overdue_setting_is_typed_with_a_default(tmp_path: Path) -> None:
    settings = Settings.from_file(tmp_path / "settings.ini")
    assert settings.reconciliation_overdue_days == 90
    settings.reconciliation_overdue_days = 45
    settings.sync()
    assert Settings.from_file(tmp_path / "settings.ini").reconciliation_overdue_days == 45
    settings.qsettings.setValue("phones/reconciliation_overdue_days", "soon")
    assert settings.reconciliation_overdue_days == 90
    with pytest.raises(ValueError):
        settings.reconciliation_overdue_days = 0


# --- the card ------------------------------------------------------------------------------


def test_reconcile_phones_from_the_card_with_f6(
    qtbot: QtBot, family: Family, translations: Translations, settings: Settings
) -> None:
    card_module = pytest.importorskip("receptionapp.gui.card")
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QVBoxLayout

    from receptionapp.gui.reconcile import reconcile_card_action

    host = QWidget()  # stands in for the main window: the card finds the session there
    host.session = family.session  # type: ignore[attr-defined]
    host.settings = settings  # type: ignore[attr-defined]
    qtbot.addWidget(host)
    card_module.register_card_action(reconcile_card_action)
    try:
        card = card_module.SubscriberCardWidget(host)
        QVBoxLayout(host).addWidget(card)
        host.resize(1100, 700)
        host.show()
        host.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is host, timeout=5_000)
        action = card.findChild(QAction, "reconcile_phones_action")
        assert action is not None and not action.isEnabled()
        with qtbot.waitSignal(card.card_loaded, timeout=10_000):
            card.load(family.subscriber)
        assert action.isEnabled()
        assert action.text() == "Звірити &телефони"

        card.phones_tree.setFocus()
        QTest.keyClick(card.phones_tree, Qt.Key.Key_F6)
        panel = host.findChild(ReconcileDialog)
        assert panel is not None
        qtbot.waitUntil(lambda: panel.view is not None, timeout=10_000)
        panel.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is panel, timeout=5_000)

        # Every write reloads the card; finishing leaves it with the new stamp.
        with qtbot.waitSignal(card.card_loaded, timeout=10_000):
            _press(qtbot, panel, panel, Qt.Key.Key_2, CTRL)  # CDMA: has none
        _select(panel, None)
        QTest.keyClick(panel.phones_view, Qt.Key.Key_Delete)
        _press(qtbot, panel, panel.reason_list, Qt.Key.Key_1)
        with qtbot.waitSignal(panel.reconciled, timeout=10_000):
            QTest.keyClick(panel, Qt.Key.Key_Return, CTRL)
        qtbot.waitUntil(
            lambda: (
                card.current is not None and card.current.reconciliation.reconciled_at is not None
            ),
            timeout=10_000,
        )
        assert not card.current.reconciliation.needs_attention
    finally:
        card_module.unregister_card_action(reconcile_card_action)
