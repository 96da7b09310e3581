"""Offices against the real head-office process on loopback (SQLite): flows and faults."""

from __future__ import annotations

import itertools
import json
import random
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import peewee as pw
import pytest

from receptionapp.core.ids import new_id
from receptionapp.db import models as m
from receptionapp.sync import headoffice as ho
from receptionapp.sync.client import SyncFailed, sync_once
from receptionapp.sync.server import CRASH_ENV
from tests.sync.harness import (
    Service,
    add_subscriber,
    assert_same,
    ho_dump,
    new_office_db,
    office_dump,
    on,
    outbox,
    run_cli,
    start_service,
    wait_until,
)


class Faulty(httpx.BaseTransport):
    """A link that loses requests or answers, duplicates requests, or says 503."""

    def __init__(self, plan: Callable[[httpx.Request], str | None]) -> None:
        self.inner = httpx.HTTPTransport()
        self.plan = plan

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        action = self.plan(request)
        if action == "drop_request":
            raise httpx.ConnectError("link down")
        if action == "503":
            return httpx.Response(503, json={"error": "busy", "message": "try later"})
        response = self.inner.handle_request(request)
        response.read()
        if action == "duplicate":
            again = self.inner.handle_request(request)
            again.read()
        if action == "drop_response":
            raise httpx.ReadError("connection reset after the server answered")
        return response

    def close(self) -> None:
        self.inner.close()


def enrol(db: pw.Database, service_url: str, ho_url: str, prefix: str, dirs: list[str]) -> str:
    """Register a new office (a fresh code from ``prefix``) and enrol ``db`` as it."""
    office = code(prefix)
    hdb = ho.open_headoffice(ho_url)
    token = ho.add_office(hdb, office, dirs)
    hdb.close()
    sync_once(db, server=service_url, token=token)
    return office


def applied_ops(ho_url: str, office: str) -> list[tuple[int, str]]:
    hdb = ho.open_headoffice(ho_url)
    with ho.bound(hdb):
        rows = list(
            ho.HoAppliedOp.select(ho.HoAppliedOp.client_seq, ho.HoAppliedOp.status)
            .where(ho.HoAppliedOp.office == office)
            .order_by(ho.HoAppliedOp.client_seq)
            .tuples()
        )
    hdb.close()
    return rows


def assert_converged(ho_url: str, dbs_and_scopes: list[tuple[pw.Database, list[str]]]) -> None:
    for db, _scopes in dbs_and_scopes:
        sync_once(db)  # quiesce: every office pulls what the others pushed last
    hdb = ho.open_headoffice(ho_url)
    try:
        for db, scopes in dbs_and_scopes:
            assert_same(office_dump(db, scopes), ho_dump(hdb, scopes))
            assert outbox(db, "pending") == []
    finally:
        hdb.close()


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Service, str]]:
    """One head-office process for the module (each test uses its own office codes)."""
    folder = tmp_path_factory.mktemp("ho")
    url = f"sqlite:///{folder / 'ho.db'}"
    hdb = ho.open_headoffice(url)
    ho.ensure_schema(hdb)
    hdb.close()
    service = start_service(url, folder / "service.log")
    yield service, url
    service.kill()


@pytest.fixture
def service(shared: tuple[Service, str]) -> Service:
    return shared[0]


@pytest.fixture
def ho_url(shared: tuple[Service, str]) -> str:
    return shared[1]


_CODES = itertools.count(1)


def code(prefix: str = "kh") -> str:
    """An office code no other test of the module uses."""
    return f"{prefix}{next(_CODES)}"


def test_two_offices_converge_through_the_service(service, ho_url, offices) -> None:
    a, b = offices("a"), offices("b")
    enrol(a, service.url, ho_url, "kh-a", ["kharkiv"])
    enrol(b, service.url, ho_url, "kh-b", ["kharkiv"])
    sub_id = add_subscriber(a)
    report = sync_once(a)
    assert report.outcomes == {"applied": 2}
    sync_once(b)
    with on(b):
        assert m.Subscriber.get_by_id(sub_id).last_name == "Петренко"
        m.Subscriber.update(notes="VIP").where(m.Subscriber.id == sub_id).execute()
    with on(a):
        m.Subscriber.update(first_name="Іванна").where(m.Subscriber.id == sub_id).execute()
    sync_once(b)
    sync_once(a)
    sync_once(b)
    for db in (a, b):
        with on(db):
            sub = m.Subscriber.get_by_id(sub_id)
            assert (sub.first_name, sub.notes) == ("Іванна", "VIP")  # per field, both kept
    assert_converged(ho_url, [(a, ["kharkiv"]), (b, ["kharkiv"])])


def test_offices_receive_only_their_directorates(service, ho_url, offices) -> None:
    kh, ky, cc = offices("kh"), offices("ky"), offices("cc")
    enrol(kh, service.url, ho_url, "kh", ["kharkiv"])
    enrol(ky, service.url, ho_url, "ky", ["kyiv"])
    enrol(cc, service.url, ho_url, "cc", ["all"])
    kh_sub = add_subscriber(kh, "kharkiv")
    ky_sub = add_subscriber(ky, "kyiv")
    for db in (kh, ky, cc):
        sync_once(db)
    with on(kh):
        assert m.Subscriber.get_or_none(m.Subscriber.id == ky_sub) is None
    with on(ky):
        assert m.Subscriber.get_or_none(m.Subscriber.id == kh_sub) is None
    with on(cc):
        assert m.Subscriber.select().where(m.Subscriber.id.in_([kh_sub, ky_sub])).count() == 2
    # a forged write into another directorate is refused, visibly, and blocks nothing
    with on(kh):
        m.Subscriber.create(id=new_id(), scope="kyiv", last_name="Чужий")
        m.Subscriber.update(notes="ok").where(m.Subscriber.id == kh_sub).execute()
    report = sync_once(kh)
    assert report.outcomes == {"rejected": 1, "applied": 1}
    issue = kh.execute_sql("SELECT kind, detail FROM sync_issue").fetchone()
    assert issue[0] == "rejected" and json.loads(issue[1])["reason"] == "forbidden_scope"
    assert_converged(ho_url, [(ky, ["kyiv"])])


def test_command_line_contract(service, ho_url, tmp_path: Path) -> None:
    office = code("cli")
    added = run_cli("headoffice", "add-office", "--db", ho_url, "--code", office,
                    "--directorate", "kharkiv", "kyiv")  # fmt: skip
    assert added.returncode == 0, added.stderr
    token = added.stdout.strip().splitlines()[-1]
    assert token.startswith("enr-") and " " not in token
    office_db = tmp_path / "office.db"
    new_office_db(office_db).close()
    not_enrolled = run_cli("sync", "--db", str(office_db), "--server", service.url)
    assert not_enrolled.returncode != 0
    assert len(not_enrolled.stderr.strip().splitlines()) == 1
    assert "--token" in not_enrolled.stderr
    first = run_cli("sync", "--db", str(office_db), "--server", service.url, "--token", token)
    assert first.returncode == 0, first.stderr
    assert (office_db.stat().st_mode & 0o777) == 0o600  # the credential is in the file
    again = run_cli("sync", "--db", str(office_db))
    assert again.returncode == 0, again.stderr
    # the token died with the first successful sync
    other = tmp_path / "other.db"
    new_office_db(other).close()
    reused = run_cli("sync", "--db", str(other), "--server", service.url, "--token", token)
    assert reused.returncode != 0 and "token" in reused.stderr
    unreachable = run_cli("sync", "--db", str(office_db), "--server", "http://127.0.0.1:9")
    assert unreachable.returncode != 0 and "unreachable" in unreachable.stderr
    assert len(unreachable.stderr.strip().splitlines()) == 1
    bad_url = run_cli("headoffice", "add-office", "--db", "mysql://x/y", "--code", "z",
                      "--directorate", "all")  # fmt: skip
    assert bad_url.returncode == 1 and "unsupported database URL" in bad_url.stderr
    dup = run_cli("headoffice", "add-office", "--db", ho_url, "--code", office,
                  "--directorate", "kharkiv")  # fmt: skip
    assert dup.returncode == 1 and "exists" in dup.stderr
    unknown = run_cli("headoffice", "add-office", "--db", ho_url, "--code", "x",
                      "--directorate", "atlantis")  # fmt: skip
    assert unknown.returncode == 1 and "atlantis" in unknown.stderr


def test_revoked_office_keeps_its_data_and_can_be_enrolled_again(service, ho_url, offices) -> None:
    """T16: after revocation nothing is accepted; local data and outbox stay."""
    a = offices("a")
    office = enrol(a, service.url, ho_url, "kh", ["kharkiv"])
    add_subscriber(a)
    assert run_cli("headoffice", "revoke-office", "--db", ho_url, "--code", office).returncode == 0
    with pytest.raises(SyncFailed) as info:
        sync_once(a)
    assert info.value.code == "sync.revoked"
    assert len(outbox(a, "pending")) == 2
    assert applied_ops(ho_url, office) == []
    fresh = run_cli("headoffice", "new-token", "--db", ho_url, "--code", office)
    token = fresh.stdout.strip().splitlines()[-1]
    report = sync_once(a, token=token)
    assert report.outcomes == {"applied": 2}


def test_enrollment_can_be_retried_until_the_first_sync(service, ho_url, offices) -> None:
    a = offices("a")
    hdb = ho.open_headoffice(ho_url)
    office = code()
    token = ho.add_office(hdb, office, ["kharkiv"])
    hdb.close()
    lost = Faulty(lambda r: "drop_response" if r.url.path == "/v1/enroll" else None)
    with httpx.Client(base_url=service.url, transport=lost) as http, pytest.raises(SyncFailed):
        sync_once(a, server=service.url, token=token, http=http)
    report = sync_once(a, server=service.url, token=token)  # the same token again
    assert report.office == office


@pytest.mark.parametrize("fault", ["drop_response", "drop_request", "duplicate", "503"])
def test_lost_or_repeated_push_is_applied_exactly_once(
    service, ho_url, offices, fault: str
) -> None:
    """T1/T2/T3: whatever the link does to a push, each operation takes effect once."""
    a = offices("a")
    office = enrol(a, service.url, ho_url, "kh", ["kharkiv"])
    for i in range(5):
        add_subscriber(a, name=f"S{i}")
    hits = {"n": 0}

    def plan(request: httpx.Request) -> str | None:
        if request.url.path == "/v1/push":
            hits["n"] += 1
            return fault if hits["n"] == 1 else None
        return None

    with httpx.Client(base_url=service.url, transport=Faulty(plan)) as http:
        if fault == "duplicate":
            sync_once(a, http=http)
        else:
            with pytest.raises(SyncFailed) as info:
                sync_once(a, http=http)
            assert info.value.code == "sync.offline"
            assert len(outbox(a, "pending")) == 10  # nothing lost, nothing marked
            sync_once(a, http=http)
    assert applied_ops(ho_url, office) == [(seq, "applied") for seq in range(1, 11)]
    assert_converged(ho_url, [(a, ["kharkiv"])])


def test_concurrent_pushes_of_the_same_batch(service, ho_url, offices) -> None:
    """T3: the timer and "Sync now" send the same operations at once."""
    a = offices("a")
    office = enrol(a, service.url, ho_url, "kh", ["kharkiv"])
    for i in range(20):
        add_subscriber(a, name=f"S{i}")
    credential = a.execute_sql(
        "SELECT value FROM local_setting WHERE key = 'sync.credential'"
    ).fetchone()[0]
    from receptionapp.sync.client import _pending

    body = {"ops": _pending(a, 500)}
    barrier = threading.Barrier(3)
    answers: list[httpx.Response] = []

    def send() -> None:
        barrier.wait()
        answers.append(
            httpx.post(
                service.url + "/v1/push",
                json=body,
                timeout=60,
                headers={"Authorization": f"Bearer {credential}"},
            )
        )

    threads = [threading.Thread(target=send) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert [r.status_code for r in answers] == [200, 200, 200]
    results = [r.json()["results"] for r in answers]
    assert results[0] == results[1] == results[2]
    assert len(applied_ops(ho_url, office)) == 40
    sync_once(a)
    assert_converged(ho_url, [(a, ["kharkiv"])])


def test_head_office_killed_mid_push_applies_nothing_then_everything_once(
    services, ho_url, offices
) -> None:  # a second and a third process over the module's head-office database
    """T7: SIGKILL of the service after applying a push, before its commit."""
    crashing = services(ho_url, env={CRASH_ENV: "push.before_commit"})
    a = offices("a")
    office = enrol(a, crashing.url, ho_url, "kh", ["kharkiv"])
    sub_id = add_subscriber(a)
    with pytest.raises(SyncFailed):
        sync_once(a)
    crashing.process.wait(timeout=30)
    assert crashing.process.returncode == -signal.SIGKILL
    assert applied_ops(ho_url, office) == []
    hdb = ho.open_headoffice(ho_url)
    with ho.bound(hdb):
        assert m.Subscriber.get_or_none(m.Subscriber.id == sub_id) is None  # no partial apply
    hdb.close()
    healthy = services(ho_url)
    sync_once(a, server=healthy.url)
    assert len(applied_ops(ho_url, office)) == 2
    assert_converged(ho_url, [(a, ["kharkiv"])])


def test_a_poison_operation_does_not_block_the_ones_behind_it(service, ho_url, offices) -> None:
    """T18: a refused operation is recorded as such and the queue moves on."""
    a = offices("a")
    enrol(a, service.url, ho_url, "kh", ["kharkiv"])
    sub_id = add_subscriber(a)
    sync_once(a)
    with on(a):
        m.Account.update(status="closed").where(m.Account.subscriber == sub_id).execute()
    sync_once(a)
    with on(a):
        # a stale screen tries to reopen the closed account: an invalid transition
        m.Account.update(status="active").where(m.Account.subscriber == sub_id).execute()
        m.Subscriber.update(notes="after the poison").where(m.Subscriber.id == sub_id).execute()
    report = sync_once(a)
    assert report.outcomes == {"rejected": 1, "applied": 1}
    with on(a):
        assert m.Account.get(m.Account.subscriber == sub_id).status == "closed"  # HO's truth
        assert m.Subscriber.get_by_id(sub_id).notes == "after the poison"
    kinds = [r[0] for r in a.execute_sql("SELECT kind FROM sync_issue")]
    assert kinds == ["rejected"]
    assert_converged(ho_url, [(a, ["kharkiv"])])


def test_bad_input_is_refused_with_a_clear_4xx(service, ho_url, offices) -> None:
    a = offices("a")
    office = enrol(a, service.url, ho_url, "kh", ["kharkiv"])
    add_subscriber(a)
    credential = a.execute_sql(
        "SELECT value FROM local_setting WHERE key = 'sync.credential'"
    ).fetchone()[0]
    auth = {"Authorization": f"Bearer {credential}"}
    from receptionapp.sync.client import _pending

    good = _pending(a, 10)

    def push(body: object, headers: dict[str, str] | None = None, raw: bytes | None = None):
        kwargs = {"content": raw} if raw is not None else {"json": body}
        return httpx.post(
            service.url + "/v1/push",
            headers=auth if headers is None else headers,
            timeout=30,
            **kwargs,
        )

    cases = {
        "malformed json": push(None, {**auth, "content-type": "application/json"}, b"{ops: ["),
        "wrong type": push({"ops": [{**good[0], "client_seq": "one"}]}),
        "unknown field": push({"ops": [{**good[0], "payload": {"nonsense": 1}}]}),
        "unknown entity": push({"ops": [{**good[0], "entity": "salary"}]}),
        "reference table": push({"ops": [{**good[0], "entity": "package"}]}),
        "bad value": push({"ops": [{**good[0], "payload": {**good[0]["payload"],
                                                          "created_at": "yesterday"}}]}),
        "balance": push({"ops": [{**good[1], "payload": {**good[1]["payload"], "balance": 1}}]}),
        "too many": push({"ops": [good[0]] * 501}),
        "holes": push({"ops": [good[0], {**good[1], "client_seq": 5}]}),
        "gap": push({"ops": [{**good[0], "client_seq": 7}]}),
        "no credential": push({"ops": good}, {}),
        "forged credential": push({"ops": good}, {"Authorization": "Bearer cred-forged"}),
        "huge body": push(None, auth, b'{"ops": [' + b" " * 3_000_000 + b"]}"),
        "bad cursor": httpx.get(service.url + "/v1/pull?cursor=-1", headers=auth),
        "bad token": httpx.post(service.url + "/v1/enroll", json={"token": "enr-nope"}),
    }  # fmt: skip
    for name, response in cases.items():
        assert 400 <= response.status_code < 500, (name, response.status_code, response.text)
        body = response.json()
        assert body.get("error") and body.get("message"), (name, body)
    assert cases["gap"].json()["expected_client_seq"] == 1
    assert cases["no credential"].status_code == 401
    assert applied_ops(ho_url, office) == []  # nothing applied by any of them
    # replaying a good push answers the same, applies once
    first, second = push({"ops": good}), push({"ops": good})
    assert first.json()["results"] == second.json()["results"]
    assert len(applied_ops(ho_url, office)) == 2
    forked = push({"ops": [{**good[0], "op_id": "another"}]})
    assert forked.status_code == 409 and forked.json()["error"] == "node_fork"
    schema = httpx.get(service.url + "/openapi.json").json()
    assert {"/v1/push", "/v1/pull", "/v1/enroll"} <= set(schema["paths"])


def test_a_cloned_office_database_is_stopped_with_a_clear_message(
    service, ho_url, offices, tmp_path: Path
) -> None:
    """T20: two PCs with copies of one office database both write."""
    a = offices("a")
    enrol(a, service.url, ho_url, "kh", ["kharkiv"])
    a.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    clone_path = tmp_path / "clone.db"
    src = sqlite3.connect(a.database)
    dst = sqlite3.connect(clone_path)
    src.backup(dst)
    src.close()
    dst.close()
    clone = new_office_db(tmp_path / "unused.db")
    clone.close()
    clone = pw.SqliteDatabase(str(clone_path))
    clone.connect()
    add_subscriber(a, name="Original")
    add_subscriber(clone, name="Clone")
    sync_once(a)
    with pytest.raises(SyncFailed) as info:
        sync_once(clone)
    assert info.value.code == "sync.node_fork"
    assert "copy" in info.value.message
    clone.close()


def test_long_backlog_drains_over_a_flaky_link_without_new_writes(service, ho_url, offices) -> None:
    """T12: 1,000 operations, a link that fails a third of the time, no further edits."""
    a, b = offices("a"), offices("b")
    office = enrol(a, service.url, ho_url, "kh", ["kharkiv"])
    enrol(b, service.url, ho_url, "kh", ["kharkiv"])
    ids = [add_subscriber(a, name=f"S{i}") for i in range(300)]
    with on(a):
        for i, sub_id in enumerate(ids[:400]):
            m.Subscriber.update(notes=f"n{i}").where(m.Subscriber.id == sub_id).execute()
    total = len(outbox(a))
    rng = random.Random(7)
    actions = [None] * 10 + ["drop_request", "drop_response", "duplicate", "503", "drop_response"]

    def plan(_request: httpx.Request) -> str | None:
        return rng.choice(actions)

    attempts = 0
    with httpx.Client(base_url=service.url, transport=Faulty(plan)) as http:
        while outbox(a, "pending") or attempts == 0:
            attempts += 1
            assert attempts < 200, "the outbox does not drain"
            try:
                sync_once(a, http=http, push_batch=50, pull_page=100)
            except SyncFailed:
                continue
    assert len(applied_ops(ho_url, office)) == total  # each exactly once
    sync_once(b)
    assert_converged(ho_url, [(a, ["kharkiv"]), (b, ["kharkiv"])])


PULLER = """
import sys
from receptionapp.db.database import open_database
from receptionapp.sync.client import sync_once
db = open_database(sys.argv[1])
sync_once(db, pull_page=50)
print("finished", flush=True)
"""


def test_office_killed_mid_initial_sync_resumes_where_it_stopped(
    service, ho_url, ho_db, offices
) -> None:
    """T5/T17: SIGKILL during the first pull; the next sync finishes it, nothing twice."""
    source = offices("source")
    enrol(source, service.url, ho_url, "src", ["kharkiv"])
    for i in range(400):
        add_subscriber(source, name=f"S{i}")
    sync_once(source)
    target = offices("target")
    enrol_token_db = ho.open_headoffice(ho_url)
    token = ho.add_office(enrol_token_db, code("dst"), ["kharkiv"])
    enrol_token_db.close()
    # enrol with an answer-less pull, so the initial sync is left for the process below
    blocked = Faulty(lambda r: "drop_request" if r.url.path == "/v1/pull" else None)
    with httpx.Client(base_url=service.url, transport=blocked) as http, pytest.raises(SyncFailed):
        sync_once(target, server=service.url, token=token, http=http)
    path = target.database
    target.close()
    cursor_sql = "SELECT value FROM local_setting WHERE key = 'sync.cursor'"
    with subprocess.Popen([sys.executable, "-c", PULLER, path]) as proc:
        try:
            watcher = sqlite3.connect(path, timeout=30)

            def midway() -> bool:
                row = watcher.execute(cursor_sql).fetchone()
                return row is not None and int(row[0]) > 300

            wait_until(midway, what="the pull to get going")
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
            stopped_at = int(watcher.execute(cursor_sql).fetchone()[0])
            watcher.close()
        finally:
            if proc.poll() is None:
                proc.kill()
    assert proc.returncode == -signal.SIGKILL
    target.connect()
    report = sync_once(target)
    assert int(target.execute_sql(cursor_sql).fetchone()[0]) > stopped_at
    hdb = ho.open_headoffice(ho_url)
    with ho.bound(hdb):
        after_kill = (
            ho.HoRow.select()
            .where((ho.HoRow.seq > stopped_at) & ho.HoRow.scope.in_(["kharkiv", m.COMPANY_SCOPE]))
            .count()
        )
    hdb.close()
    assert report.pulled == after_kill  # resumed from the last committed page, not restarted
    assert_converged(ho_url, [(target, ["kharkiv"]), (source, ["kharkiv"])])
