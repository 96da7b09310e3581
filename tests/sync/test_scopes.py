"""Directorate scopes follow the data (issue 5, must-have 5).

A subscriber belongs to the directorate of their first account, but billing puts their other
accounts wherever those are: an office seeing one of the accounts sees the subscriber whole
(name, phones, the kinds' answers) and may edit their phones. Rows whose directorate changes
reach the offices that now see them and leave, without a trace in the outbox, the offices
that no longer do. Head office on SQLite and on PostgreSQL, in-process; the import is the real
``headoffice import`` command.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import peewee as pw
import pytest

from receptionapp.core.ids import new_id
from receptionapp.db import models as m
from receptionapp.db.card import load_card
from receptionapp.db.phones import add_phone, retire_phone
from receptionapp.db.search import lookup
from receptionapp.sync import headoffice as ho
from receptionapp.sync import inprocess
from receptionapp.sync.client import sync_once
from tests.sync.harness import on, outbox, run_cli

HEADER = (
    "subscriber_ref,account_number,last_name,first_name,patronymic,city,street,house,flat,"
    "phones,package,balance,status\n"
)
KYIV = (
    'S-9001,4409001,Мельник,Оксана,Петрівна,Київ,вул. Хрещатик,1,12,"044 234 56 78",TRIO,0,active\n'
)
KHARKIV = (
    'S-9001,5709001,Мельник,Оксана,Петрівна,Харків,вул. Сумська,10,5,"050 123 45 67",NET-100,'
    "0,active\n"
)
# The Kharkiv account's address moved to Kyiv in a newer export.
KHARKIV_MOVED = (
    'S-9001,5709001,Мельник,Оксана,Петрівна,Київ,вул. Хрещатик,7,3,"050 123 45 67",NET-100,'
    "0,active\n"
)

_NAMES = itertools.count(1)


@pytest.fixture(params=["sqlite", "postgres"])
def ho_where(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, pw.Database]]:
    """A head office (URL and open database) on SQLite or on PostgreSQL."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'ho.db'}"
    else:
        url = request.getfixturevalue("postgres").create(f"scopes{next(_NAMES)}")
    db = ho.open_headoffice(url)
    ho.ensure_schema(db)
    yield url, db
    db.close()


def _csv(tmp_path: Path, name: str, *rows: str) -> Path:
    path = tmp_path / name
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def _import(url: str, file: Path) -> None:
    done = run_cli("headoffice", "import", "--db", url, str(file))
    assert done.returncode == 0, done.stderr


def _enrol(hdb: pw.Database, db: pw.Database, code: str, dirs: list[str]) -> None:
    token = ho.add_office(hdb, code, dirs)
    with inprocess.client(hdb) as http:
        sync_once(db, token=token, http=http)


def _sync(hdb: pw.Database, *dbs: pw.Database) -> None:
    for db in dbs:
        with inprocess.client(hdb) as http:
            sync_once(db, http=http)


def _subscriber(db: pw.Database) -> str | None:
    row = db.execute_sql("SELECT id FROM subscriber WHERE subscriber_ref = 'S-9001'").fetchone()
    return None if row is None else str(row[0])


def _phones(db: pw.Database, subscriber_id: str) -> set[str]:
    return {
        r[0]
        for r in db.execute_sql(
            "SELECT e164 FROM phone WHERE subscriber_id = ? AND retired_at IS NULL",
            (subscriber_id,),
        )
    }


def _count(db: pw.Database, table: str) -> int:
    return int(db.execute_sql(f'SELECT count(*) FROM "{table}"').fetchone()[0])


def _ho_phones(hdb: pw.Database, subscriber_id: str) -> set[str]:
    with ho.bound(hdb):
        return {
            p.e164
            for p in m.Phone.select().where(
                (m.Phone.subscriber == subscriber_id) & m.Phone.retired_at.is_null()
            )
        }


def test_an_account_in_another_directorate_brings_its_subscriber_whole(
    ho_where: tuple[str, pw.Database], offices, tmp_path: Path
) -> None:
    url, hdb = ho_where
    _import(url, _csv(tmp_path, "billing.csv", KYIV, KHARKIV))
    kh, ky = offices("kh"), offices("ky")
    _enrol(hdb, kh, "kh", ["kharkiv"])
    _enrol(hdb, ky, "ky", ["kyiv"])

    sub = _subscriber(kh)
    assert sub is not None, "the Kharkiv office has the account but not its subscriber"
    found = lookup("5709001", db=kh)
    assert [(r.subscriber_id, r.account_number) for r in found] == [(sub, "5709001")]
    with on(kh):
        card = load_card(sub)
    assert card.last_name == "Мельник"
    assert _phones(kh, sub) == _ho_phones(hdb, sub) == {"+380442345678", "+380501234567"}
    # The Kyiv account stays in Kyiv: the Kharkiv office holds only what it may see.
    assert kh.execute_sql("SELECT number FROM account").fetchall() == [("5709001",)]

    # A Kyiv clerk renames the subscriber: the Kharkiv office follows.
    with on(ky):
        m.Subscriber.update(first_name="Ксенія").where(m.Subscriber.id == sub).execute()
    _sync(hdb, ky, kh)
    assert kh.execute_sql("SELECT first_name FROM subscriber").fetchall() == [("Ксенія",)]
    # A newer billing export renames her at head office: the Kharkiv office follows too.
    renamed = [row.replace("Мельник", "Мельничук") for row in (KYIV, KHARKIV)]
    _import(url, _csv(tmp_path, "newer.csv", *renamed))
    _sync(hdb, kh)
    assert [r.account_number for r in lookup("Мельничук", db=kh)] == ["5709001"]

    # A Kharkiv clerk adds a number to the Kyiv subscriber: head office takes it, Kyiv gets it.
    with on(kh):
        add_phone(sub, "067 765 43 21", None, kind="mobile")
    _sync(hdb, kh)
    assert {r[3] for r in outbox(kh)} == {"applied"}
    assert kh.execute_sql("SELECT count(*) FROM sync_issue").fetchone() == (0,)
    _sync(hdb, ky)
    expected = {"+380442345678", "+380501234567", "+380677654321"}
    assert _ho_phones(hdb, sub) == _phones(ky, sub) == _phones(kh, sub) == expected
    assert {r.account_number for r in lookup("0677654321", db=ky)} == {"4409001"}

    # ... and retires one of the Kyiv numbers (an edit of a row of Kyiv's scope).
    (landline,) = kh.execute_sql("SELECT id FROM phone WHERE e164 = '+380442345678'").fetchone()
    with on(kh):
        retire_phone(landline, "disconnected", None)
    _sync(hdb, kh, ky)
    assert {r[3] for r in outbox(kh)} == {"applied"}
    expected.discard("+380442345678")
    assert _ho_phones(hdb, sub) == _phones(ky, sub) == _phones(kh, sub) == expected


def test_rows_that_leave_a_directorate_are_evicted_and_arrive_where_they_go(
    ho_where: tuple[str, pw.Database], offices, tmp_path: Path
) -> None:
    url, hdb = ho_where
    _import(url, _csv(tmp_path, "first.csv", KYIV, KHARKIV))
    kh, ky, cc = offices("kh"), offices("ky"), offices("cc")
    _enrol(hdb, kh, "kh", ["kharkiv"])
    _enrol(hdb, ky, "ky", ["kyiv"])
    _enrol(hdb, cc, "cc", ["all"])
    sub = _subscriber(kh)
    assert sub is not None
    assert _count(kh, "account_service") > 0 and _count(kh, "phone_account") > 0

    # The Kharkiv account moves to Kyiv: nothing of the subscriber is left in Kharkiv.
    _import(url, _csv(tmp_path, "moved.csv", KYIV, KHARKIV_MOVED))
    _sync(hdb, kh, ky, cc)
    for table in ("subscriber", "account", "account_service", "phone", "phone_account"):
        assert _count(kh, table) == 0, f"Kharkiv still holds {table} rows"
    assert lookup("5709001", db=kh) == [] and lookup("Мельник", db=kh) == []
    assert outbox(kh) == []  # an eviction is not a delete: nothing goes back
    for db in (ky, cc):  # the Kyiv office and the call centre hold it whole
        assert {r.account_number for r in lookup("Мельник", db=db)} == {"4409001", "5709001"}
    with ho.bound(hdb):
        assert m.Account.select().where(m.Account.deleted_at.is_null()).count() == 2
    # An office enrolled after the move is told to drop rows it never had: nothing happens.
    late = offices("late")
    _enrol(hdb, late, "late", ["kharkiv"])
    assert _count(late, "subscriber") == _count(late, "account") == 0

    # And back: the Kharkiv office receives it whole again.
    _import(url, _csv(tmp_path, "back.csv", KYIV, KHARKIV))
    _sync(hdb, kh, ky, cc)
    assert _subscriber(kh) == sub
    assert [r.account_number for r in lookup("Мельник", db=kh)] == ["5709001"]
    assert _phones(kh, sub) == _ho_phones(hdb, sub)
    assert _count(kh, "account_service") > 0 and _count(kh, "phone_account") > 0
    assert outbox(kh) == []


def test_the_subscriber_moves_with_its_only_account(
    ho_where: tuple[str, pw.Database], offices, tmp_path: Path
) -> None:
    url, hdb = ho_where
    only_kharkiv = KHARKIV
    _import(url, _csv(tmp_path, "first.csv", only_kharkiv))
    kh, ky = offices("kh"), offices("ky")
    _enrol(hdb, kh, "kh", ["kharkiv"])
    _enrol(hdb, ky, "ky", ["kyiv"])
    assert _subscriber(kh) is not None and _subscriber(ky) is None

    _import(url, _csv(tmp_path, "moved.csv", KHARKIV_MOVED))
    _sync(hdb, kh, ky)
    assert _subscriber(kh) is None and _count(kh, "phone") == 0
    sub = _subscriber(ky)
    assert sub is not None
    assert [r.account_number for r in lookup("Мельник", db=ky)] == ["5709001"]
    assert _phones(ky, sub) == {"+380501234567"}


def test_an_existing_head_office_learns_who_sees_what(
    ho_where: tuple[str, pw.Database], offices, tmp_path: Path
) -> None:
    """A head office whose rows predate the visibility table (ensure_schema builds it)."""
    url, hdb = ho_where
    _import(url, _csv(tmp_path, "billing.csv", KYIV, KHARKIV))
    with ho.bound(hdb):
        hdb.execute_sql("DROP TABLE ho_row_scope")
    ho.ensure_schema(hdb)
    kh = offices("kh")
    _enrol(hdb, kh, "kh", ["kharkiv"])
    sub = _subscriber(kh)
    assert sub is not None and _phones(kh, sub) == {"+380442345678", "+380501234567"}


def test_the_last_account_in_a_directorate_deleted_takes_the_subscriber_away(
    ho_where: tuple[str, pw.Database], offices, tmp_path: Path
) -> None:
    url, hdb = ho_where
    _import(url, _csv(tmp_path, "billing.csv", KYIV, KHARKIV))
    kh, kh2, ky = offices("kh"), offices("kh2"), offices("ky")
    _enrol(hdb, kh, "kh", ["kharkiv"])
    _enrol(hdb, kh2, "kh2", ["kharkiv"])
    _enrol(hdb, ky, "ky", ["kyiv"])
    sub = _subscriber(kh2)
    assert sub is not None

    # A Kharkiv clerk deletes the Kharkiv account (its links and services first).
    with on(kh), kh.atomic():
        account = m.Account.get(m.Account.number == "5709001")
        m.PhoneAccount.delete().where(m.PhoneAccount.account == account.id).execute()
        m.AccountService.delete().where(m.AccountService.account == account.id).execute()
        m.Account.delete().where(m.Account.id == account.id).execute()
    _sync(hdb, kh, kh2, ky)
    assert {r[3] for r in outbox(kh)} == {"applied"}
    for db in (kh, kh2):
        assert _subscriber(db) is None and _count(db, "phone") == 0
        assert lookup("Мельник", db=db) == []
    assert [r.account_number for r in lookup("Мельник", db=ky)] == ["4409001"]
    assert _phones(ky, sub) == {"+380442345678", "+380501234567"}


def _company(moved: bool) -> list[str]:
    """Subscribers of Kyiv with and without a Kharkiv account, and of Kharkiv alone."""
    rows = []
    for i in range(12):
        ref, phone = f"S-7{i:03d}", f'"050 700 {i:02d} {i:02d}"'
        name = f"Кравець{i},Іван,"
        if i % 3 != 2:
            rows.append(
                f"{ref},44070{i:02d},{name},Київ,вул. Хрещатик,{i + 1},,{phone},TRIO,0,active\n"
            )
        city, street = ("Київ", "вул. Хрещатик") if moved and i % 2 else ("Харків", "вул. Сумська")
        if i % 3 != 0:
            rows.append(
                f"{ref},57070{i:02d},{name},{city},{street},{i + 1},,{phone},TRIO,0,active\n"
            )
    return rows


def _dump(db: pw.Database) -> dict[str, list[tuple[object, ...]]]:
    tables = ("subscriber", "account", "account_service", "phone", "phone_account")
    return {t: db.execute_sql(f'SELECT * FROM "{t}" ORDER BY id').fetchall() for t in tables}


def test_small_pull_pages_bring_the_same_rows_as_one_big_page(
    ho_where: tuple[str, pw.Database], offices, tmp_path: Path
) -> None:
    url, hdb = ho_where
    _import(url, _csv(tmp_path, "first.csv", *_company(moved=False)))
    small, big = offices("small"), offices("big")
    _enrol(hdb, big, "big", ["kharkiv"])
    token = ho.add_office(hdb, "small", ["kharkiv"])
    with inprocess.client(hdb) as http:
        sync_once(small, token=token, http=http, pull_page=3)
    assert _dump(small) == _dump(big)
    assert _count(big, "subscriber") == 8  # four of Kharkiv alone, four of Kyiv with both

    _import(url, _csv(tmp_path, "moved.csv", *_company(moved=True)))
    with inprocess.client(hdb) as http:
        sync_once(small, http=http, pull_page=3)
    _sync(hdb, big)
    assert _dump(small) == _dump(big)
    assert _count(big, "subscriber") == 4  # the others' Kharkiv accounts moved to Kyiv


def test_a_new_subscriber_with_an_account_elsewhere_reaches_both_directorates(
    ho_where: tuple[str, pw.Database], offices
) -> None:
    """A call centre creates a Kyiv subscriber with a Kharkiv account in one push."""
    _url, hdb = ho_where
    cc, kh = offices("cc"), offices("kh")
    _enrol(hdb, cc, "cc", ["all"])
    _enrol(hdb, kh, "kh", ["kharkiv"])
    with on(cc), cc.atomic():
        sub = m.Subscriber.create(id=new_id(), scope="kyiv", last_name="Гнатюк", first_name="Ян")
        m.Account.create(
            id=new_id(),
            scope="kharkiv",
            number="5700777",
            subscriber=sub.id,
            city="Харків",
            street="Сумська",
            house="10",
            directorate=m.Directorate.get(m.Directorate.code == "kharkiv").id,
            status="active",
        )
    _sync(hdb, cc, kh)
    assert [(r.subscriber_id, r.account_number) for r in lookup("Гнатюк", db=kh)] == [
        (sub.id, "5700777")
    ]
