"""Conflict rules, offices and head office in one process (head office's real functions)."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import peewee as pw
import pytest

from receptionapp.core.ids import new_id
from receptionapp.db import models as m
from receptionapp.sync import headoffice as ho
from receptionapp.sync import inprocess
from receptionapp.sync.client import sync_once
from tests.sync.harness import (
    add_subscriber,
    assert_same,
    days_ahead,
    ho_dump,
    office_dump,
    on,
    outbox,
    run_cli,
)

DATA = Path(__file__).parent.parent / "data"


class Net:
    """Offices enrolled with an in-process head office."""

    def __init__(self, hdb: pw.Database) -> None:
        self.hdb = hdb

    def enrol(self, db: pw.Database, code: str, dirs: list[str]) -> None:
        token = ho.add_office(self.hdb, code, dirs)
        with inprocess.client(self.hdb) as http:
            sync_once(db, token=token, http=http)

    def sync(self, db: pw.Database):
        with inprocess.client(self.hdb) as http:
            return sync_once(db, http=http)

    def converged(self, *dbs: pw.Database, scopes: list[str]) -> None:
        for db in dbs:
            self.sync(db)
        for db in dbs:
            assert_same(office_dump(db, scopes), ho_dump(self.hdb, scopes))
            assert outbox(db, "pending") == []


@pytest.fixture
def net(ho_db) -> Net:
    return Net(ho_db)


def issues(db: pw.Database) -> list[tuple[str, dict[str, object]]]:
    return [
        (r[0], json.loads(r[1]))
        for r in db.execute_sql("SELECT kind, detail FROM sync_issue ORDER BY id")
    ]


def test_double_booking_first_to_reach_head_office_wins(net: Net, offices) -> None:
    """T10: three offices book one director slot offline; one confirmed, two conflicts."""
    dbs = [offices(f"o{i}") for i in range(3)]
    for i, db in enumerate(dbs):
        net.enrol(db, f"o{i}", ["kharkiv"])
    sub_id = add_subscriber(dbs[0])
    net.sync(dbs[0])
    for db in dbs[1:]:
        net.sync(db)
    with on(dbs[0]):
        director = m.Director.get(m.Director.scope == "kharkiv")
    # a Monday or so within the director's schedule does not matter: the slot is the key
    slot = days_ahead(7)
    booked: list[str] = []
    for db in dbs:
        with on(db):
            booked.append(
                m.Appointment.create(
                    id=new_id(),
                    scope="kharkiv",
                    director=director.id,
                    slot_start=slot,
                    slot_end=slot + dt.timedelta(minutes=20),
                    subscriber=sub_id,
                    question="тариф",
                ).id
            )
    order = [2, 0, 1]
    for i in order:
        net.sync(dbs[i])
    for db in dbs:
        net.sync(db)
    for db in dbs:
        with on(db):
            statuses = {a.id: (a.status, a.conflict_with) for a in m.Appointment.select()}
        assert statuses[booked[2]] == ("confirmed", None)
        assert statuses[booked[0]] == ("conflict", booked[2])
        assert statuses[booked[1]] == ("conflict", booked[2])
    for i in (0, 1):
        kind, detail = issues(dbs[i])[-1]
        assert kind == "conflict" and detail["conflict_with"] == booked[2]
        assert "alternatives" in detail
    assert issues(dbs[2]) == []
    # the winner's office resending its booking (a lost answer) never flips it
    dbs[2].execute_sql("UPDATE sync_outbox SET status = 'pending'")
    net.sync(dbs[2])
    with on(dbs[2]):
        assert m.Appointment.get_by_id(booked[2]).status == "confirmed"
    net.converged(*dbs, scopes=["kharkiv"])


def test_concurrent_field_edits_with_skewed_clocks_converge(net: Net, offices) -> None:
    """T8: ±262 s skew decides by corrected time; a clock a year ahead cannot win forever."""
    a, b, c = offices("a"), offices("b"), offices("c")
    for db, code in ((a, "a"), (b, "b"), (c, "c")):
        net.enrol(db, code, ["kharkiv"])
    sub_id = add_subscriber(a)
    net.sync(a)
    net.sync(b)
    net.sync(c)
    ms = 1 << 16
    # a's clock runs 262 s fast, b's 262 s slow: b edits "later" in wall time but loses
    a.execute_sql(
        "UPDATE sync_control SET hlc = max(hlc, ?)", ((ho.hlcs.wall_ms() + 262_000) * ms,)
    )
    with on(a):
        m.Subscriber.update(notes="from a").where(m.Subscriber.id == sub_id).execute()
    with on(b):
        m.Subscriber.update(notes="from b").where(m.Subscriber.id == sub_id).execute()
    net.sync(b)
    net.sync(a)
    net.converged(a, b, c, scopes=["kharkiv"])
    with on(b):
        assert m.Subscriber.get_by_id(sub_id).notes == "from a"
    assert [k for k, _ in issues(b)] == []  # b's edit was applied, then overwritten: no loss
    # c's clock is a year ahead: its edit is re-stamped by head office and flagged
    year = 365 * 24 * 3600 * 1000
    c.execute_sql("UPDATE sync_control SET hlc = ?", ((ho.hlcs.wall_ms() + year) * ms,))
    with on(c):
        m.Subscriber.update(first_name="Рік").where(m.Subscriber.id == sub_id).execute()
    net.sync(c)
    assert [k for k, _ in issues(c)] == ["clock_skew"]
    with ho.bound(net.hdb):
        server_hlc = ho.HoCounter.get_by_id(1).hlc
    assert ho.hlcs.physical_ms(server_hlc) < ho.hlcs.wall_ms() + ho.hlcs.MAX_SKEW_MS  # no poison
    # an honest edit made after seeing c's still wins over it
    net.sync(b)
    with on(b):
        m.Subscriber.update(first_name="Чесний").where(m.Subscriber.id == sub_id).execute()
    net.sync(b)
    net.converged(a, b, c, scopes=["kharkiv"])
    with on(c):
        assert m.Subscriber.get_by_id(sub_id).first_name == "Чесний"


def test_phone_add_wins_over_a_concurrent_removal(net: Net, offices) -> None:
    """T9: a number added at one office and removed at another stays attached."""
    a, b = offices("a"), offices("b")
    net.enrol(a, "a", ["kharkiv"])
    net.enrol(b, "b", ["kharkiv"])
    sub_id = add_subscriber(a)
    net.sync(a)
    net.sync(b)
    number = "+380501234567"
    with on(a):
        first = m.Phone.create(id=new_id(), scope="kharkiv", subscriber=sub_id, e164=number)
    net.sync(a)
    # b adds the same number on its own (it has not pulled a's), offline
    with on(b):
        second = m.Phone.create(
            id=new_id(), scope="kharkiv", subscriber=sub_id, e164=number, note="мобільний"
        )
    # meanwhile a removes the number it knows
    with on(a):
        m.Phone.update(retired_at=m.utcnow(), retire_reason="не діє").where(
            m.Phone.id == first.id
        ).execute()
    net.sync(a)
    net.sync(b)  # b's add reaches head office after a's removal: add wins
    net.converged(a, b, scopes=["kharkiv"])
    for db in (a, b):
        with on(db):
            phones = list(m.Phone.select().where(m.Phone.subscriber == sub_id))
        assert [(p.id, p.e164, p.retired_at, p.note) for p in phones] == [
            (first.id, number, None, "мобільний")
        ]
    assert second.id != first.id
    # a removal that saw the re-add does remove it
    with on(b):
        m.Phone.update(retired_at=m.utcnow()).where(m.Phone.id == first.id).execute()
    net.sync(b)
    net.converged(a, b, scopes=["kharkiv"])
    with on(a):
        assert m.Phone.get_by_id(first.id).retired_at is not None


def test_delete_wins_over_edits(net: Net, offices) -> None:
    """T13: a deleted row stays deleted whatever order the edits arrive in."""
    a, b = offices("a"), offices("b")
    net.enrol(a, "a", ["kharkiv"])
    net.enrol(b, "b", ["kharkiv"])
    sub_id = add_subscriber(a)
    with on(a):
        contact = m.Contact.create(id=new_id(), scope="kharkiv", channel="phone", subscriber=sub_id)
    net.sync(a)
    net.sync(b)
    with on(a):
        m.Contact.delete().where(m.Contact.id == contact.id).execute()
    with on(b):
        m.Contact.update(purpose="edited offline").where(m.Contact.id == contact.id).execute()
    net.sync(a)
    net.sync(b)
    assert [k for k, _ in issues(b)] == ["rejected"]
    assert issues(b)[0][1]["reason"] == "deleted"
    net.converged(a, b, scopes=["kharkiv"])
    with on(b):
        assert m.Contact.get_by_id(contact.id).deleted_at is not None


def test_package_change_is_validated_by_head_office(net: Net, offices) -> None:
    a = offices("a")
    net.enrol(a, "a", ["kharkiv"])
    sub_id = add_subscriber(a)
    net.sync(a)
    with on(a):
        account = m.Account.get(m.Account.subscriber == sub_id)
        trio = m.Package.get(m.Package.code == "TRIO")
        net_100 = m.Package.get(m.Package.code == "NET-100")
        good = m.PackageChange.create(
            id=new_id(), scope="kharkiv", account=account.id, from_package=None,
            to_package=trio.id, effective_date=dt.date.today(),
        )  # fmt: skip
        stale = m.PackageChange.create(
            id=new_id(), scope="kharkiv", account=account.id, from_package=net_100.id,
            to_package=net_100.id, effective_date=dt.date.today(),
        )  # fmt: skip
    net.sync(a)
    net.converged(a, scopes=["kharkiv"])
    with on(a):
        assert m.PackageChange.get_by_id(good.id).status == "confirmed"
        assert m.PackageChange.get_by_id(stale.id).status == "rejected"
        assert m.Account.get_by_id(account.id).package_id == trio.id


def test_head_office_import_reaches_offices_of_its_directorates(
    ho_url: str, ho_db, net: Net, offices
) -> None:
    imported = run_cli("headoffice", "import", "--db", ho_url, str(DATA / "billing_good.csv"))
    assert imported.returncode == 0, imported.stderr
    again = run_cli("headoffice", "import", "--db", ho_url, str(DATA / "billing_good.csv"))
    assert again.returncode == 0, again.stderr
    # head office on SQLite never fills an outbox of its own, imports or not
    assert ho_db.execute_sql("SELECT capture FROM sync_control").fetchone() == (0,)
    assert ho_db.execute_sql("SELECT count(*) FROM sync_outbox").fetchone() == (0,)
    with ho.bound(ho_db):
        by_scope = {
            scope: n
            for scope, n in m.Account.select(m.Account.scope, pw.fn.count(m.Account.id))
            .group_by(m.Account.scope)
            .tuples()
        }
    assert len(by_scope) >= 2
    kh = offices("kh")
    net.enrol(kh, "kh", ["kharkiv"])
    with on(kh):
        scopes = {a.scope for a in m.Account.select()}
        assert scopes == {"kharkiv"}
        assert m.Account.select().count() == by_scope["kharkiv"]
    assert outbox(kh) == []
    net.converged(kh, scopes=["kharkiv"])
    # pulled subscribers are in the office's lookup index, by name and by phone
    from receptionapp.db.search import lookup

    assert {r.account_number for r in lookup("Петренко Олена", db=kh)} >= {"1200001", "1200002"}
    assert "1200001" in {r.account_number for r in lookup("0501234567", db=kh)}


def test_random_push_orders_give_the_same_result(ho_url: str, offices, tmp_path) -> None:
    """LWW and add-wins are order-independent: any interleaving of offices converges."""
    finals = []
    for seed in range(3):
        url = f"sqlite:///{tmp_path / f'ho{seed}.db'}"
        hdb = ho.open_headoffice(url)
        ho.ensure_schema(hdb)
        net = Net(hdb)
        dbs = [offices(f"r{seed}{i}") for i in range(3)]
        for i, db in enumerate(dbs):
            net.enrol(db, f"r{i}", ["kharkiv"])
        # the same subscriber everywhere (as if from billing), then offline edits
        sub_id = add_subscriber(dbs[0])
        net.sync(dbs[0])
        for db in dbs[1:]:
            net.sync(db)
        for i, db in enumerate(dbs):
            with on(db):
                m.Subscriber.update(notes=f"n{i}", first_name=f"f{2 - i}").where(
                    m.Subscriber.id == sub_id
                ).execute()
        rng = random.Random(seed)
        order = rng.sample(range(3), 3)
        for i in order:
            net.sync(dbs[i])
        net.converged(*dbs, scopes=["kharkiv"])
        with on(dbs[0]):
            sub = m.Subscriber.get_by_id(sub_id)
            finals.append((sub.notes, sub.first_name))
        hdb.close()
    assert finals == [("n2", "f0")] * 3  # the latest stamp of each field, whatever the order


def test_a_database_error_refuses_one_operation_and_applies_the_rest(net: Net, offices) -> None:
    """A unique key broken by one operation (the same account number opened at two offices)
    refuses that operation alone: the push is redone with a savepoint per operation."""
    a, b = offices("a"), offices("b")
    net.enrol(a, "a", ["kharkiv"])
    net.enrol(b, "b", ["kharkiv"])
    first = add_subscriber(a)
    net.sync(a)
    with on(a):
        number = m.Account.get(m.Account.subscriber == first).number
    second = add_subscriber(b)
    with on(b):
        m.Account.update(number=number).where(m.Account.subscriber == second).execute()
        m.Subscriber.update(notes="after").where(m.Subscriber.id == second).execute()
    report = net.sync(b)
    assert report.outcomes == {"applied": 3, "rejected": 1}
    [(kind, detail)] = issues(b)
    assert kind == "rejected" and detail["reason"] == "integrity"
    with ho.bound(net.hdb):
        assert m.Subscriber.get_by_id(second).notes == "after"
