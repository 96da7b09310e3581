"""Property-based: random edits at three offices, random syncs over a faulty link, then quiet.

Whatever happened, once every office has synced without faults:

* I1 no loss: no operation is pending and every one has head office's outcome;
* I2 no double apply: head office recorded each operation once, under its own op_id;
* I3 convergence: each office holds exactly head office's rows of its directorates;
* I4 booking safety: no slot has two confirmed bookings, anywhere.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path
from typing import Any

import httpx
import peewee as pw
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, precondition, rule

from receptionapp.core.ids import new_id
from receptionapp.db import models as m
from receptionapp.db.database import open_database
from receptionapp.sync import headoffice as ho
from receptionapp.sync.client import SyncFailed, sync_once
from receptionapp.sync.inprocess import DirectTransport
from tests.sync.harness import assert_same, ho_dump, new_office_db, office_dump, on

OFFICES = (("o0", ["kharkiv"]), ("o1", ["kharkiv"]), ("o2", ["all"]))
SCOPES = ("kharkiv", "kyiv")
NUMBERS = ("+380501110001", "+380501110002", "+380671110003")
SLOTS = tuple(
    dt.datetime.combine(dt.date.today() + dt.timedelta(days=9), dt.time(10, 20 * i))
    for i in range(2)
)
FAULTS = (None, None, None, "drop_request", "drop_response", "duplicate")

_TEMPLATE: dict[str, Path] = {}


def _template() -> Path:
    """Head office with three enrolled offices, made once and copied for every example."""
    if "dir" in _TEMPLATE:
        return _TEMPLATE["dir"]
    folder = Path(tempfile.mkdtemp(prefix="sync-prop-"))
    hdb = ho.open_headoffice(f"sqlite:///{folder / 'ho.db'}")
    ho.ensure_schema(hdb)
    for code, dirs in OFFICES:
        token = ho.add_office(hdb, code, dirs)
        db = new_office_db(folder / f"{code}.db")
        with httpx.Client(base_url="http://ho", transport=DirectTransport(hdb)) as http:
            sync_once(db, token=token, http=http)
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
    hdb.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    hdb.close()
    _TEMPLATE["dir"] = folder
    return folder


class Faulty(httpx.BaseTransport):
    """Loses a request, loses an answer, or delivers a request twice, as told."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.fault: str | None = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        fault, self.fault = self.fault, None  # one fault per sync attempt
        if fault == "drop_request":
            raise httpx.ConnectError("link down")
        response = self.inner.handle_request(request)
        if fault == "duplicate":
            self.inner.handle_request(request)
        if fault == "drop_response":
            raise httpx.ReadError("answer lost")
        return response


class SyncMachine(RuleBasedStateMachine):
    """Three offices and head office; rules are clerks' edits and syncs."""

    def __init__(self) -> None:
        super().__init__()
        self.dir = Path(tempfile.mkdtemp(prefix="sync-example-"))
        for f in _template().iterdir():
            shutil.copy(f, self.dir / f.name)
        self.hdb = ho.open_headoffice(f"sqlite:///{self.dir / 'ho.db'}")
        self.link = Faulty(DirectTransport(self.hdb))
        self.http = httpx.Client(base_url="http://ho", transport=self.link)
        self.dbs: list[pw.SqliteDatabase] = [
            open_database(self.dir / f"{code}.db") for code, _ in OFFICES
        ]
        with on(self.dbs[0]):
            self.director = m.Director.get(m.Director.scope == "kharkiv").id
        self.subscribers: list[str] = []

    def teardown(self) -> None:
        try:
            self.check_quiesced()
        finally:
            for db in self.dbs:
                db.close()
            self.http.close()
            self.hdb.close()
            shutil.rmtree(self.dir, ignore_errors=True)

    # --- clerks ---------------------------------------------------------------------

    @rule(office=st.integers(0, 2), scope=st.sampled_from(SCOPES), name=st.sampled_from("АБВ"))
    def create_subscriber(self, office: int, scope: str, name: str) -> None:
        with on(self.dbs[office]):
            sub = m.Subscriber.create(id=new_id(), scope=scope, last_name=name)
        self.subscribers.append(sub.id)

    def _local(self, office: int, index: int) -> Any:
        sub_id = self.subscribers[index % len(self.subscribers)]
        with on(self.dbs[office]):
            return m.Subscriber.get_or_none(m.Subscriber.id == sub_id)

    @precondition(lambda self: self.subscribers)
    @rule(
        office=st.integers(0, 2),
        index=st.integers(0, 50),
        field=st.sampled_from(["notes", "first_name", "patronymic"]),
        value=st.sampled_from(["x", "y", "z"]),
    )
    def edit(self, office: int, index: int, field: str, value: str) -> None:
        sub = self._local(office, index)
        if sub is None:
            return  # this office has not pulled it (or may not see it)
        with on(self.dbs[office]):
            m.Subscriber.update({field: value}).where(m.Subscriber.id == sub.id).execute()

    @precondition(lambda self: self.subscribers)
    @rule(office=st.integers(0, 2), index=st.integers(0, 50), number=st.sampled_from(NUMBERS))
    def add_phone(self, office: int, index: int, number: str) -> None:
        sub = self._local(office, index)
        if sub is None:
            return
        with on(self.dbs[office]):
            mine = m.Phone.get_or_none((m.Phone.subscriber == sub.id) & (m.Phone.e164 == number))
            if mine is None:
                m.Phone.create(id=new_id(), scope=sub.scope, subscriber=sub.id, e164=number)
            elif mine.retired_at is not None:
                m.Phone.update(retired_at=None).where(m.Phone.id == mine.id).execute()

    @precondition(lambda self: self.subscribers)
    @rule(office=st.integers(0, 2), index=st.integers(0, 50), number=st.sampled_from(NUMBERS))
    def retire_phone(self, office: int, index: int, number: str) -> None:
        sub = self._local(office, index)
        if sub is None:
            return
        with on(self.dbs[office]):
            m.Phone.update(retired_at=m.utcnow()).where(
                (m.Phone.subscriber == sub.id) & (m.Phone.e164 == number)
                & m.Phone.retired_at.is_null()
            ).execute()  # fmt: skip

    @precondition(lambda self: self.subscribers)
    @rule(office=st.integers(0, 2), index=st.integers(0, 50), slot=st.sampled_from(SLOTS))
    def book(self, office: int, index: int, slot: dt.datetime) -> None:
        sub = self._local(office, index)
        if sub is None:
            return
        with on(self.dbs[office]):
            m.Appointment.create(
                id=new_id(), scope=sub.scope, director=self.director, slot_start=slot,
                slot_end=slot + dt.timedelta(minutes=20), subscriber=sub.id,
            )  # fmt: skip

    @precondition(lambda self: self.subscribers)
    @rule(office=st.integers(0, 2), index=st.integers(0, 50))
    def delete_subscriber_contacts(self, office: int, index: int) -> None:
        sub = self._local(office, index)
        if sub is None:
            return
        with on(self.dbs[office]):
            m.Contact.create(id=new_id(), scope=sub.scope, channel="phone", subscriber=sub.id)
            m.Contact.delete().where(
                (m.Contact.subscriber == sub.id) & (m.Contact.channel == "phone")
            ).execute()

    # --- the network ----------------------------------------------------------------

    @rule(office=st.integers(0, 2), fault=st.sampled_from(FAULTS))
    def sync(self, office: int, fault: str | None) -> None:
        self.link.fault = fault
        try:
            sync_once(self.dbs[office], http=self.http, push_batch=3, pull_page=50)
        except SyncFailed as exc:
            assert fault is not None, exc  # only an injected fault may fail a cycle
        finally:
            self.link.fault = None

    # --- the end --------------------------------------------------------------------

    def check_quiesced(self) -> None:
        for _ in range(2):  # quiesce: two clean rounds (the second pulls the first's results)
            for db in self.dbs:
                sync_once(db, http=self.http)
        with ho.bound(self.hdb):
            applied = {
                (r.office, r.client_seq): (r.op_id, r.status) for r in ho.HoAppliedOp.select()
            }
        for (code, dirs), db in zip(OFFICES, self.dbs, strict=True):
            ops = db.execute_sql(
                "SELECT client_seq, op_id, status FROM sync_outbox ORDER BY client_seq"
            ).fetchall()
            assert all(status != "pending" for _s, _o, status in ops), "I1: op left pending"
            for seq, op_id, status in ops:
                assert applied.get((code, seq)) == (op_id, status), f"I1/I2: {code} op {seq}"
            assert len([k for k in applied if k[0] == code]) == len(ops), "I2: extra ops"
            scopes = None if dirs == ["all"] else dirs
            assert_same(office_dump(db, scopes), ho_dump(self.hdb, scopes))  # I3
            confirmed = db.execute_sql(
                "SELECT director_id, slot_start, count(*) FROM appointment "
                "WHERE status = 'confirmed' AND deleted_at IS NULL "
                "GROUP BY 1, 2 HAVING count(*) > 1"
            ).fetchall()
            assert confirmed == [], "I4: double booking"


TestSyncProperties = SyncMachine.TestCase
TestSyncProperties.settings = settings(
    max_examples=100,
    stateful_step_count=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    derandomize=True,
)
