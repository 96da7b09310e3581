"""A deleted row's tombstone does not reach offices that no longer see its subscriber.

The last Kharkiv account of a Kyiv subscriber deleted: the Kharkiv offices evict the
subscriber, and the account's tombstone (its own scope is Kharkiv) must not bring back a
row of a subscriber they no longer hold. Head office on SQLite and on PostgreSQL, in-process.
"""

from __future__ import annotations

from pathlib import Path

import peewee as pw

from receptionapp.db import models as m
from tests.sync.harness import on, outbox
from tests.sync.test_scopes import (
    KHARKIV,
    KYIV,
    _count,
    _csv,
    _enrol,
    _import,
    _subscriber,
    _sync,
    ho_where,
)

__all__ = ["ho_where"]  # the fixture, shared with test_scopes

ACCOUNT_TABLES = ("account", "account_service", "phone_account")


def test_no_tombstone_of_an_evicted_subscriber_comes_back(
    ho_where: tuple[str, pw.Database], offices, tmp_path: Path
) -> None:
    url, hdb = ho_where
    _import(url, _csv(tmp_path, "billing.csv", KYIV, KHARKIV))
    kh, kh2, ky = offices("kh"), offices("kh2"), offices("ky")
    _enrol(hdb, kh, "kh", ["kharkiv"])
    _enrol(hdb, kh2, "kh2", ["kharkiv"])
    _enrol(hdb, ky, "ky", ["kyiv"])
    assert _subscriber(kh2) is not None

    with on(kh), kh.atomic():
        account = m.Account.get(m.Account.number == "5709001")
        m.PhoneAccount.delete().where(m.PhoneAccount.account == account.id).execute()
        m.AccountService.delete().where(m.AccountService.account == account.id).execute()
        m.Account.delete().where(m.Account.id == account.id).execute()
    _sync(hdb, kh, kh2, ky, kh, kh2)
    assert {r[3] for r in outbox(kh)} == {"applied"}
    for db in (kh, kh2):
        assert _subscriber(db) is None
        for table in ACCOUNT_TABLES:
            assert _count(db, table) == 0, f"{table} rows of an evicted subscriber came back"
