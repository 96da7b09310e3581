"""What the clerk must read fits the default window without scrolling sideways.

The main window opens 1200 px wide; the navigation takes ~240 px of it, so a page gets about
960 px. Found by driving the real window under Xvfb: the lookup's status column, the card's
package column and the lookup's hint were hidden, cut or squeezed at that size.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget
from pytestqt.qtbot import QtBot

from receptionapp.core.clock import utcnow
from receptionapp.db.database import open_database
from receptionapp.db.reference import load_reference_data
from receptionapp.db.users import add_user
from receptionapp.gui.card import SubscriberCardWidget
from receptionapp.gui.language import Translations
from receptionapp.gui.lookup import LookupPage
from receptionapp.gui.lookup_model import Column
from tests.db.test_card import CardRows, add_card_subscriber

#: The width a page gets in the main window at its default size.
PAGE_WIDTH = 960


@pytest.fixture
def office(tmp_path: Path) -> Iterator[CardRows]:
    """An office database with the card test subscriber, open for the test."""
    db = open_database(tmp_path / "office.db", create=True)
    load_reference_data(db)
    clerk = add_user("olena", "Олена Петренко", "clerk", "secret1")
    yield add_card_subscriber(clerk, now=utcnow())
    db.close()


def _right_edge(view: QAbstractItemView | QTreeWidget, column: int) -> int:
    header = view.horizontalHeader() if hasattr(view, "horizontalHeader") else view.header()
    return header.sectionPosition(column) + header.sectionSize(column)


def test_lookup_shows_the_status_and_a_full_width_hint(
    qtbot: QtBot, tmp_path: Path, translations: Translations
) -> None:
    db = open_database(tmp_path / "lookup.db", create=True)
    page = LookupPage(db)
    qtbot.addWidget(page)
    page.resize(PAGE_WIDTH, 700)
    page.show()
    qtbot.waitExposed(page)
    try:
        view = page.results_view
        assert _right_edge(view, Column.STATUS) <= view.viewport().width()
        # The welcome hint uses the row, not half of it beside the (empty) count.
        assert page.hint_label.isVisible()
        assert page.hint_label.width() >= 0.8 * page.lookup_edit.width()
    finally:
        page.shutdown()
        db.close()


def test_card_shows_package_and_balance_without_scrolling(
    qtbot: QtBot, office: CardRows, translations: Translations
) -> None:
    card = SubscriberCardWidget()
    qtbot.addWidget(card)
    card.resize(PAGE_WIDTH, 760)
    card.show()
    with qtbot.waitSignal(card.card_loaded, timeout=10_000):
        card.load(office.subscriber_id, None)
    tree = card.accounts_tree
    viewport = tree.viewport().width()
    assert _right_edge(tree, 5) <= viewport  # the status, so the balance too
    assert tree.header().sectionSize(3) >= 140  # the package is read, not guessed
    history = card.timeline_tree
    assert _right_edge(history, 5) <= history.viewport().width()
    assert history.header().sectionSize(3) >= 140  # the details
