#!/usr/bin/env python3
"""Screenshots of the real main window for the README (``make screenshots``).

Builds a demo office in a temporary folder (``receptionapp.db.demo.ensure_demo_database``,
about 20,000 subscribers, a few seconds), signs in as the demo clerk, opens the main window
offscreen with every page that exists, types a search into the lookup (when the lookup page
exists), and saves ``widget.grab()`` as ``resources/screenshots/main_window.png``; with the
lookup page, also ``lookup.png`` (a name typed in the Russian spelling) and ``card.png`` (the
card of a subscriber with several accounts and some history, opened with Enter).

    .venv/bin/python tools/screenshots.py                  # the README picture
    .venv/bin/python tools/screenshots.py --lang ru        # in another language
    .venv/bin/python tools/screenshots.py --extra /tmp/s   # also dialogs and other areas
    .venv/bin/python tools/screenshots.py --db demo.db     # reuse (or create) this demo file

No display is needed: the offscreen platform renders the same pixels.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from receptionapp.db.database import open_database
from receptionapp.db.users import authenticate
from receptionapp.gui.app import DEMO_CLERK
from receptionapp.gui.busy_dialog import BusyDialog
from receptionapp.gui.icons import icon
from receptionapp.gui.language import LANGUAGES, Translations
from receptionapp.gui.main_window import MainWindow
from receptionapp.gui.pages import Area, PageContext, SearchablePage, install_pages
from receptionapp.gui.session import Session
from receptionapp.gui.settings import Settings
from receptionapp.gui.sign_in_dialog import SignInDialog

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "screenshots" / "main_window.png"
SIZE = (1440, 860)
QUERY = "Сумська 1"


def settle(ms: int = 300) -> None:
    """Let layouts, timers and background searches finish before grabbing."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, path: Path) -> None:
    """Grab ``widget`` into ``path`` and say where it went."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path}")


def type_into_focus(text: str) -> None:
    """Type like a clerk, one character at a time, into the focused widget."""
    for ch in text:
        target = QApplication.focusWidget()
        if target is None:
            return
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, target, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )
        settle(40)


def main(argv: list[str] | None = None) -> int:
    """Command line of this script (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=LANGUAGES, default="uk", help="interface language")
    parser.add_argument("--db", type=Path, help="demo database to use (created if missing)")
    parser.add_argument("--out", type=Path, default=OUT, help=f"the PNG (default {OUT})")
    parser.add_argument("--query", default=QUERY, help="text typed into the lookup")
    parser.add_argument("--extra", type=Path, help="folder for more screenshots (not for git)")
    args = parser.parse_args(argv)

    app = QApplication(sys.argv[:1])
    app.setWindowIcon(icon("app"))
    translations = Translations()
    translations.apply(args.lang)

    with tempfile.TemporaryDirectory(prefix="receptionapp-shots-") as tmp:
        path = args.db or Path(tmp) / "office.db"
        from receptionapp.db.demo import ensure_demo_database

        started = time.perf_counter()
        ensure_demo_database(path)
        print(f"demo database ready in {time.perf_counter() - started:.1f} s: {path}")
        db = open_database(path)
        try:
            user = authenticate(*DEMO_CLERK)
            settings = Settings.from_file(Path(tmp) / "settings.ini")
            session = Session(path, user, demo=True)
            window = MainWindow(session, settings, translations)
            install_pages(PageContext(session, window, settings))
            window.resize(*SIZE)
            window.show()
            settle()
            lookup = window.page(Area.LOOKUP)
            if isinstance(lookup, SearchablePage) and args.query:
                window.focus_search()
                type_into_focus(args.query)
                settle(1500)
            save(window, args.out)
            if isinstance(lookup, SearchablePage):
                shoot_lookup_and_card(window, args.out.parent)

            if args.extra:
                shoot_extras(window, path, args.extra)
            window.close()
        finally:
            db.close()
    translations.remove()
    return 0


LOOKUP_QUERY = "Ковалев Але"


def _subscriber_worth_a_card() -> str:
    """Name of a subscriber with several accounts, retired numbers and a varied history."""
    from receptionapp.db.models import database_proxy

    row = database_proxy.execute_sql(
        "SELECT s.last_name || ' ' || s.first_name || ' ' || s.patronymic,"
        " (SELECT count(*) FROM account a WHERE a.subscriber_id = s.id) AS accounts,"
        " (SELECT count(DISTINCT kind) FROM ("
        "   SELECT 'c' AS kind FROM contact WHERE subscriber_id = s.id UNION ALL"
        "   SELECT 'q' FROM complaint WHERE subscriber_id = s.id UNION ALL"
        "   SELECT 'r' FROM technician_request WHERE subscriber_id = s.id UNION ALL"
        "   SELECT 'p' FROM package_change pc JOIN account a ON a.id = pc.account_id"
        "    WHERE a.subscriber_id = s.id UNION ALL"
        "   SELECT 'a' FROM appointment WHERE subscriber_id = s.id)) AS kinds,"
        " (SELECT count(*) FROM phone p WHERE p.subscriber_id = s.id"
        "   AND p.retired_at IS NOT NULL) AS retired"
        " FROM subscriber s WHERE s.kind = 'person' AND s.first_name != ''"
        " AND s.id IN (SELECT subscriber_id FROM contact UNION SELECT subscriber_id FROM complaint)"
        " ORDER BY kinds DESC, accounts BETWEEN 2 AND 3 DESC, retired > 0 DESC, 1 LIMIT 1"
    ).fetchone()
    return str(row[0]) if row else "Коваленко"


def shoot_lookup_and_card(window: MainWindow, folder: Path) -> None:
    """``lookup.png``: results of a typed name; ``card.png``: a card opened with Enter."""
    window.focus_search()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    type_into_focus(LOOKUP_QUERY)
    settle(1500)
    save(window, folder / "lookup.png")

    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    name = " ".join(_subscriber_worth_a_card().split()[:2])
    type_into_focus(name)
    settle(1000)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    settle(1500)
    save(window, folder / "card.png")
    window.focus_search()


def shoot_extras(window: MainWindow, path: Path, folder: Path) -> None:
    """Other areas and the dialogs, for looking at (not committed)."""
    for area in Area:
        window.go_to(area)
        settle()
        save(window, folder / f"area_{area.name.lower()}.png")
    shortcuts = window.show_shortcuts()
    settle()
    save(shortcuts, folder / "shortcuts_dialog.png")
    shortcuts.close()

    sign_in = SignInDialog(path)
    sign_in.login_edit.setText("clerk")
    from receptionapp.core.errors import PermissionDenied
    from receptionapp.gui.errors import error_message

    sign_in.show_error(error_message(PermissionDenied("x", code="auth.failed")))
    sign_in.show()
    settle()
    save(sign_in, folder / "sign_in_dialog.png")
    sign_in.close()

    busy = BusyDialog(
        QApplication.translate(
            "GuiApp",
            "Creating the demo office: reference data, about 20,000 subscribers and the "
            "demo users. This takes a few seconds the first time…",
        )
    )
    busy.show()
    settle()
    save(busy, folder / "busy_dialog.png")
    busy.hide()


if __name__ == "__main__":
    sys.exit(main())
