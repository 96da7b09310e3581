#!/usr/bin/env python3
"""Screenshot of the phone reconciliation panel for the README.

Builds a small office in a temporary folder (the bundled reference data, a clerk, a
subscriber with three personal accounts whose numbers billing scattered over them, a
neighbour sharing a number), goes half-way through a reconciliation with the real
operations of :mod:`receptionapp.db.phones` (a number retired, "has none" answered), opens
the real panel offscreen, types a number the neighbour also has, and saves
``widget.grab()`` as ``resources/screenshots/reconcile.png``.

    .venv/bin/python tools/screenshot_reconcile.py              # Ukrainian, the README picture
    .venv/bin/python tools/screenshot_reconcile.py --lang en --out /tmp/reconcile_en.png

No display is needed: the offscreen platform renders the same pixels.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from receptionapp.core.ids import natural_id, new_id
from receptionapp.db import phones
from receptionapp.db.database import open_database
from receptionapp.db.models import Account, Directorate, Phone, PhoneAccount, Subscriber
from receptionapp.db.reference import load_reference_data
from receptionapp.db.users import add_user
from receptionapp.gui.icons import icon
from receptionapp.gui.language import LANGUAGES, Translations
from receptionapp.gui.reconcile import ReconcileDialog
from receptionapp.gui.session import Session
from receptionapp.gui.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "screenshots" / "reconcile.png"
SIZE = (1040, 720)


def settle(ms: int = 300) -> None:
    """Let layouts, timers and background reads finish before grabbing."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def build_office(path: Path) -> tuple[Session, str]:
    """The office and the subscriber to reconcile (see the module docstring)."""
    open_database(path, create=True)
    load_reference_data(Phone._meta.database)
    clerk = add_user("olena", "Олена Петренко", "clerk", "secret1", office="KH-1")
    kharkiv = Directorate.get(Directorate.code == "kharkiv")

    def person(last: str, first: str, patronymic: str) -> str:
        return str(
            Subscriber.create(
                id=new_id(), scope="kharkiv", last_name=last, first_name=first,
                patronymic=patronymic,
            ).id
        )  # fmt: skip

    def account(owner: str, number: str, street: str, house: str, flat: str) -> str:
        return str(
            Account.create(
                id=natural_id("account", number), scope="kharkiv", number=number,
                subscriber=owner, city="Харків", street=street, house=house, flat=flat,
                directorate=kharkiv, status="active",
            ).id
        )  # fmt: skip

    def billing_phone(owner: str, on: str, e164: str | None, raw: str, kind: str) -> str:
        phone = Phone.create(
            id=new_id(), scope="kharkiv", subscriber=owner, e164=e164, raw_text=raw, kind=kind
        )
        PhoneAccount.create(id=new_id(), scope="kharkiv", phone=phone.id, account=on)
        return str(phone.id)

    main = person("Ковальчук", "Ірина", "Петрівна")
    flat = account(main, "5700100", "вул. Сумська", "10", "5")
    office = account(main, "5700200", "просп. Науки", "14", "")
    dacha = account(main, "5700300", "вул. Садова", "3", "")
    billing_phone(main, flat, "+380577001234", "дом. 700-12-34", "home")
    billing_phone(main, office, "+380577004567", "р.т. 700-45-67", "work")
    old = billing_phone(main, dacha, "+380577009999", "700-99-99", "home")
    billing_phone(main, dacha, None, "звонить после 18", "other")
    neighbour = person("Бондар", "Микола", "Іванович")
    billing_phone(
        neighbour, account(neighbour, "5700900", "вул. Сумська", "10", "7"), "+380631112233",
        "063 111 22 33", "mobile",
    )  # fmt: skip

    phones.add_phone(main, "050 123 45 67", clerk, note="дочка")
    phones.retire_phone(old, "disconnected", clerk)
    phones.answer_required_kind(main, "cdma", "none", clerk)
    return Session(path, clerk), main


def main(argv: list[str] | None = None) -> int:
    """Command line of this script (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=LANGUAGES, default="uk", help="interface language")
    parser.add_argument("--out", type=Path, default=OUT, help=f"the PNG (default {OUT})")
    args = parser.parse_args(argv)

    app = QApplication(sys.argv[:1])
    app.setWindowIcon(icon("app"))
    translations = Translations()
    translations.apply(args.lang)
    with tempfile.TemporaryDirectory(prefix="receptionapp-reconcile-") as tmp:
        session, subscriber = build_office(Path(tmp) / "office.db")
        settings = Settings.from_file(Path(tmp) / "settings.ini")
        dialog = ReconcileDialog(session, subscriber, settings)
        dialog.resize(*SIZE)
        dialog.show()
        settle(800)
        dialog.new_phone_edit.setFocus()
        for ch in "063 111 22 33":
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                dialog.new_phone_edit,
                Qt.Key.Key_unknown,
                ch,
                Qt.KeyboardModifier.NoModifier,
            )
        settle(800)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        if not dialog.grab().save(str(args.out)):
            raise SystemExit(f"could not write {args.out}")
        print(f"wrote {args.out}")
        dialog._finished = True  # a picture, not a reconciliation: close without asking
        dialog.close()
        Phone._meta.database.close()
    translations.remove()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
