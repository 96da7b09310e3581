"""Change capture in the office database: triggers, one transaction, HLC, bulk loads, crashes."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import peewee as pw
import pytest

from receptionapp.core.ids import new_id
from receptionapp.db import capture
from receptionapp.db import models as m
from tests.sync.harness import add_subscriber, on, outbox, wait_until


def ops(db: pw.Database) -> list[dict[str, object]]:
    rows = db.execute_sql(
        "SELECT client_seq, entity, pk, kind, hlc, payload, base FROM sync_outbox ORDER BY 1"
    ).fetchall()
    return [
        {
            "seq": r[0],
            "entity": r[1],
            "pk": r[2],
            "kind": r[3],
            "hlc": r[4],
            "payload": json.loads(r[5]),
            "base": json.loads(r[6]) if r[6] else None,
        }
        for r in rows
    ]


def test_init_captures_nothing_and_clerk_writes_are_captured(offices) -> None:
    db = offices("a")
    assert outbox(db) == []  # reference data is head office's, not pushed back
    sub_id = add_subscriber(db)
    with on(db):
        sub = m.Subscriber.get_by_id(sub_id)
        sub.notes = "дзвонив"
        sub.save()
        m.Subscriber.update(first_name="Іван").where(m.Subscriber.id == sub_id).execute()
        m.Account.update(balance=999).where(m.Account.subscriber == sub_id).execute()
    got = ops(db)
    assert [(o["entity"], o["kind"]) for o in got] == [
        ("subscriber", "insert"),
        ("account", "insert"),
        ("subscriber", "update"),
    ]
    # only the changed columns travel; an unchanged first_name makes no operation at all
    assert set(got[2]["payload"]) == {"notes", "updated_at"}
    assert got[0]["payload"]["last_name"] == "Петренко"
    assert "balance" not in got[1]["payload"]  # balance is billing's, never an office's
    hlcs = [o["hlc"] for o in got]
    assert hlcs == sorted(set(hlcs))
    clocks = db.execute_sql("SELECT field FROM sync_clock WHERE pk = ?", (sub_id,)).fetchall()
    assert {c[0] for c in clocks} == {"notes", "updated_at"}


def test_rolled_back_change_leaves_no_operation(offices) -> None:
    db = offices("a")
    with pytest.raises(RuntimeError), on(db), db.atomic():
        m.Subscriber.create(id=new_id(), scope="kharkiv", last_name="X")
        raise RuntimeError("clerk pressed cancel")
    assert outbox(db) == []
    assert m.Subscriber.select().bind(db).count() == 0


def test_bulk_load_bypasses_capture_and_restores_it(offices) -> None:
    db = offices("a")
    with capture.capture_suspended(db):
        add_subscriber(db, name="Bulk")
    with pytest.raises(ValueError), capture.capture_suspended(db):
        add_subscriber(db, name="Rolled back")
        raise ValueError
    assert outbox(db) == []
    assert db.execute_sql("SELECT capture FROM sync_control").fetchone()[0] == 1
    add_subscriber(db, name="Clerk")
    assert len(outbox(db)) == 2


def test_hlc_is_monotonic_when_the_wall_clock_goes_back(offices) -> None:
    """T21: a stamp far ahead (clock set back since) is never reused or undercut."""
    db = offices("a")
    future = (1 << 62) + 5
    db.execute_sql("UPDATE sync_control SET hlc = ?", (future,))
    add_subscriber(db)
    got = [o["hlc"] for o in ops(db)]
    assert got == [future + 1, future + 2]


def test_phone_removal_carries_the_clock_it_observed(offices) -> None:
    db = offices("a")
    sub_id = add_subscriber(db)
    with on(db):
        phone = m.Phone.create(
            id=new_id(), scope="kharkiv", subscriber=sub_id, e164="+380501112233"
        )
        m.Phone.update(note="мама").where(m.Phone.id == phone.id).execute()
        m.Phone.update(retired_at=m.utcnow()).where(m.Phone.id == phone.id).execute()
    added, _note, removal = ops(db)[-3:]
    assert set(removal["payload"]) >= {"retired_at"}
    assert removal["base"] == {"retired_at": [added["hlc"], ""]}  # it saw its own add


def test_external_connection_writes_are_captured_too(offices, tmp_path: Path) -> None:
    db = offices("a")
    add_subscriber(db)
    conn = sqlite3.connect(db.database)
    conn.execute("UPDATE subscriber SET notes = 'from a tool'")
    conn.commit()
    conn.close()
    assert [o["kind"] for o in ops(db)][-1] == "update"


WRITER = """
import sys
from receptionapp.db.database import open_database
from tests.sync.harness import add_subscriber
db = open_database(sys.argv[1])
print("ready", flush=True)
n = 0
while True:
    add_subscriber(db, name=f"N{n}")
    n += 1
    if n == 20:
        print("written", flush=True)
"""


def test_sigkill_mid_write_keeps_rows_and_outbox_together(offices) -> None:
    """T4: a killed office has, for every committed row, its operation, and nothing else."""
    db = offices("a")
    path = db.database
    db.close()
    proc = subprocess.Popen([sys.executable, "-c", WRITER, path], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        wait_until(lambda: proc.stdout.readline().strip() == "written", what="writer")
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)
        if proc.stdout is not None:
            proc.stdout.close()
    db.connect()
    subs = {r[0] for r in db.execute_sql("SELECT id FROM subscriber")}
    accounts = {r[0] for r in db.execute_sql("SELECT id FROM account")}
    captured = {(r[0], r[1]) for r in db.execute_sql("SELECT entity, pk FROM sync_outbox")}
    assert len(subs) >= 20
    assert captured == {("subscriber", s) for s in subs} | {("account", a) for a in accounts}
    assert len(subs) == len(accounts)  # each subscriber and its account in one transaction
    assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize(
    "words",
    [
        ["sync"],
        ["headoffice"],
        ["headoffice", "serve"],
        ["headoffice", "import"],
        ["headoffice", "add-office"],
        ["headoffice", "new-token"],
        ["headoffice", "revoke-office"],
    ],
    ids=" ".join,
)
def test_every_sync_subcommand_has_help(words: list[str]) -> None:
    from receptionapp.cli import build_parser

    with pytest.raises(SystemExit) as info:
        build_parser().parse_args([*words, "--help"])
    assert info.value.code == 0


def test_a_big_pulled_page_leaves_capture_in_place(offices) -> None:
    """Pulled rows are not captured (the insert trigger is off for the page) but a clerk's
    next insert is."""
    from receptionapp.sync.client import apply_changes

    db = offices("a")
    now = "2026-11-01 00:00:00"
    changes = [
        {
            "seq": i + 1,
            "entity": "subscriber",
            "pk": f"00000000-0000-5000-8000-{i:012d}",
            "row": {"id": f"00000000-0000-5000-8000-{i:012d}", "scope": "kharkiv",
                    "created_at": now, "updated_at": now, "deleted_at": None,
                    "subscriber_ref": f"R{i}", "last_name": "Б", "first_name": "", "patronymic": "",
                    "kind": "person", "notes": "", "phones_reconciled_at": None,
                    "phones_reconciled_by_id": None},
            "clocks": {},
        }
        for i in range(300)
    ]  # fmt: skip
    apply_changes(db, changes, 300, 0)
    assert db.execute_sql("SELECT count(*) FROM subscriber").fetchone() == (300,)
    assert outbox(db) == []
    triggers = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert "sync_ai_subscriber" in triggers
    add_subscriber(db)
    assert [r[2] for r in outbox(db)] == ["subscriber", "account"]
