"""The subscriber's history follows the subscriber across directorates (issue 5, scopes).

Contacts, complaints, technician requests (and their status histories) bound to a subscriber
are seen wherever the subscriber is: a Kharkiv office serving a Kyiv subscriber's Kharkiv
account sees what was registered about them in Kyiv (the card's timeline), may register more
there, and drops it all when the subscriber leaves Kharkiv. Head office on SQLite and on
PostgreSQL, in-process; the import is the real ``headoffice import`` command.
"""

from __future__ import annotations

from pathlib import Path

import peewee as pw

from receptionapp.core.ids import new_id
from receptionapp.db import models as m
from receptionapp.db.card import load_card
from receptionapp.sync import headoffice as ho
from tests.sync.harness import on, outbox
from tests.sync.test_scopes import (
    KHARKIV,
    KHARKIV_MOVED,
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

HISTORY = (
    "contact",
    "complaint",
    "complaint_status",
    "technician_request",
    "technician_request_status",
)


def _register(sub: str, scope: str, tag: str) -> dict[str, str]:
    """A contact, a complaint and a technician request (each with a status step)."""
    ids = {t: new_id() for t in HISTORY}
    m.Contact.create(
        id=ids["contact"], scope=scope, channel="call", subscriber=sub, purpose=f"дзвінок {tag}"
    )
    m.Complaint.create(
        id=ids["complaint"],
        scope=scope,
        number=f"{tag}-2026-1",
        channel="visit",
        text=f"скарга {tag}",
        subscriber=sub,
    )
    m.ComplaintStatus.create(
        id=ids["complaint_status"], scope=scope, complaint=ids["complaint"], status="registered"
    )
    m.TechnicianRequest.create(
        id=ids["technician_request"], scope=scope, kind="repair", subscriber=sub
    )
    m.TechnicianRequestStatus.create(
        id=ids["technician_request_status"],
        scope=scope,
        request=ids["technician_request"],
        status="new",
    )
    return ids


def _ids(db: pw.Database, table: str) -> set[str]:
    return {str(r[0]) for r in db.execute_sql(f'SELECT id FROM "{table}"')}


def test_the_history_follows_the_subscriber(
    ho_where: tuple[str, pw.Database], offices, tmp_path: Path
) -> None:
    url, hdb = ho_where
    _import(url, _csv(tmp_path, "billing.csv", KYIV, KHARKIV))
    kh, ky = offices("kh"), offices("ky")
    _enrol(hdb, kh, "kh", ["kharkiv"])
    _enrol(hdb, ky, "ky", ["kyiv"])
    sub = _subscriber(ky)
    assert sub is not None

    # Registered in Kyiv: the Kharkiv office sees it (the rows and the card's timeline).
    with on(ky), ky.atomic():
        kyiv = _register(sub, "kyiv", "KY")
    _sync(hdb, ky, kh)
    assert {r[3] for r in outbox(ky)} == {"applied"}
    for table in HISTORY:
        assert _ids(kh, table) == {kyiv[table]}, f"Kharkiv misses the Kyiv {table}"
    with on(kh):
        card = load_card(sub)
    assert {kyiv["contact"], kyiv["complaint"], kyiv["technician_request"]} <= {
        e.entity_id for e in card.timeline
    }

    # A Kharkiv clerk registers more on the Kyiv subscriber (in the subscriber's directorate
    # and in their own): head office takes it, Kyiv gets it.
    with on(kh), kh.atomic():
        there = _register(sub, "kyiv", "KH1")
        here = _register(sub, "kharkiv", "KH2")
    _sync(hdb, kh, ky)
    assert {r[3] for r in outbox(kh)} == {"applied"}
    assert kh.execute_sql("SELECT count(*) FROM sync_issue").fetchone() == (0,)
    for table in HISTORY:
        expected = {kyiv[table], there[table], here[table]}
        with ho.bound(hdb):
            assert {str(r[0]) for r in hdb.execute_sql(f'SELECT id FROM "{table}"')} == expected
        assert _ids(ky, table) == _ids(kh, table) == expected, table

    written = outbox(kh)
    # The Kharkiv account moves to Kyiv: the subscriber leaves Kharkiv with their history,
    # but for what Kharkiv registered in its own directorate (its own record).
    _import(url, _csv(tmp_path, "moved.csv", KYIV, KHARKIV_MOVED))
    _sync(hdb, kh, ky)
    assert _subscriber(kh) is None
    for table in HISTORY:
        assert _ids(kh, table) == {here[table]}, f"Kharkiv still holds other {table} rows"
        assert len(_ids(ky, table)) == 3, table
    assert outbox(kh) == written  # an eviction is not a delete: nothing goes back

    # And back: the Kharkiv office receives the history again.
    _import(url, _csv(tmp_path, "back.csv", KYIV, KHARKIV))
    _sync(hdb, kh, ky)
    for table in HISTORY:
        assert _ids(kh, table) == _ids(ky, table), table
    assert outbox(kh) == written


def test_history_of_a_subscriber_seen_nowhere_else_stays_home(
    ho_where: tuple[str, pw.Database], offices, tmp_path: Path
) -> None:
    url, hdb = ho_where
    _import(url, _csv(tmp_path, "billing.csv", KYIV))
    kh, ky = offices("kh"), offices("ky")
    _enrol(hdb, kh, "kh", ["kharkiv"])
    _enrol(hdb, ky, "ky", ["kyiv"])
    sub = _subscriber(ky)
    assert sub is not None
    with on(ky), ky.atomic():
        _register(sub, "kyiv", "KY")
    _sync(hdb, ky, kh)
    for table in HISTORY:
        assert _count(kh, table) == 0, table
    with ho.bound(hdb):
        assert hdb.execute_sql("SELECT count(*) FROM ho_row_scope").fetchone() == (0,)


def test_a_head_office_from_before_learns_who_sees_the_history(
    ho_where: tuple[str, pw.Database], offices, tmp_path: Path
) -> None:
    """A head office whose entries cover phones but not the history (ensure_schema)."""
    url, hdb = ho_where
    _import(url, _csv(tmp_path, "billing.csv", KYIV, KHARKIV))
    ky = offices("ky")
    _enrol(hdb, ky, "ky", ["kyiv"])
    sub = _subscriber(ky)
    assert sub is not None
    with on(ky), ky.atomic():
        kyiv = _register(sub, "kyiv", "KY")
    _sync(hdb, ky)
    with ho.bound(hdb), hdb.atomic():
        hdb.execute_sql(
            "DELETE FROM ho_row_scope WHERE entity NOT IN ('subscriber', 'phone', "
            "'phone_kind_answer', 'account', 'account_service', 'phone_account')"
        )
        hdb.execute_sql("DELETE FROM ho_meta WHERE key = 'row_scope'")
    ho.ensure_schema(hdb)
    kh = offices("kh")
    _enrol(hdb, kh, "kh", ["kharkiv"])
    for table in HISTORY:
        assert _ids(kh, table) == {kyiv[table]}, table
