"""A feature's action on the subscriber card follows a live language switch like the card."""

from __future__ import annotations

from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from receptionapp.gui import card as card_module
from receptionapp.gui.language import Translations
from receptionapp.gui.reconcile import reconcile_card_action


def test_reconcile_action_is_renamed_when_the_language_changes(
    qtbot: QtBot, translations: Translations
) -> None:
    card_module.register_card_action(reconcile_card_action)
    try:
        card = card_module.SubscriberCardWidget()
        qtbot.addWidget(card)
        action = card.findChild(QAction, "reconcile_phones_action")
        assert action is not None and action.text() == "Звірити &телефони"
        translations.apply("ru")
        qtbot.waitUntil(lambda: action.text() == "Сверить &телефоны")
        assert "F6" in action.toolTip()
        translations.apply("en")
        qtbot.waitUntil(lambda: action.text() == "Reconcile &phones")
    finally:
        card_module.unregister_card_action(reconcile_card_action)
