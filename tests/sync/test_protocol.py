"""Protocol and schema versions between offices and the real head-office process (SQLite)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
import peewee as pw
import pytest

from receptionapp.db import migrations
from receptionapp.sync import headoffice as ho
from receptionapp.sync import inprocess
from receptionapp.sync.client import SyncFailed, status, sync_once
from receptionapp.sync.server import MIN_SCHEMA_ENV, MIN_SCHEMA_VERSION, PROTOCOLS
from tests.sync.harness import Service, add_subscriber, assert_same, ho_dump, office_dump, outbox

Offices = Callable[[str], pw.SqliteDatabase]
Services = Callable[..., Service]


def _register(ho_url: str, code: str) -> str:
    hdb = ho.open_headoffice(ho_url)
    try:
        return ho.add_office(hdb, code, ["kharkiv"])
    finally:
        hdb.close()


def _outbox_rows(db: pw.Database) -> list[tuple[object, ...]]:
    return [
        tuple(r)
        for r in db.execute_sql(
            "SELECT client_seq, op_id, payload, status, result, acked_at FROM sync_outbox "
            "ORDER BY client_seq"
        )
    ]


def test_an_office_too_old_is_refused_with_426_and_keeps_its_outbox(
    services: Services, ho_url: str, offices: Offices
) -> None:
    a = offices("a")
    strict = services(ho_url, env={MIN_SCHEMA_ENV: str(migrations.CURRENT_VERSION + 1)})
    # not even enrollment: the office must be updated first
    token = _register(ho_url, "kh-old")
    with pytest.raises(SyncFailed) as info:
        sync_once(a, server=strict.url, token=token)
    assert info.value.code == "sync.upgrade_required"
    assert "newer ReceptionApp" in info.value.message
    assert info.value.params["min_schema_version"] == migrations.CURRENT_VERSION + 1

    normal = services(ho_url)
    sync_once(a, server=normal.url, token=token)
    add_subscriber(a)
    add_subscriber(a, name="Коваль")
    before = _outbox_rows(a)
    assert [r[3] for r in before] == ["pending"] * 4

    with pytest.raises(SyncFailed) as info:
        sync_once(a, server=strict.url)
    assert info.value.code == "sync.upgrade_required"
    assert _outbox_rows(a) == before  # untouched: nothing sent, nothing marked
    st = status(a)
    assert st.pending == 4 and st.last_error_code == "sync.upgrade_required"
    hdb = ho.open_headoffice(ho_url)
    with ho.bound(hdb):
        assert ho.HoAppliedOp.select().where(ho.HoAppliedOp.office == "kh-old").count() == 0
    hdb.close()

    report = sync_once(a, server=normal.url)  # a head office that accepts it drains it
    assert report.outcomes == {"applied": 4}
    assert outbox(a, "pending") == []
    assert status(a).last_error_code is None
    hdb = ho.open_headoffice(ho_url)
    try:
        assert_same(office_dump(a, ["kharkiv"]), ho_dump(hdb, ["kharkiv"]))
    finally:
        hdb.close()


def test_the_version_headers_on_the_wire(services: Services, ho_url: str, offices: Offices) -> None:
    service = services(ho_url)
    a = offices("a")
    seen: list[httpx.Headers] = []

    class Recording(httpx.HTTPTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            seen.append(request.headers)
            return super().handle_request(request)

    token = _register(ho_url, "kh-wire")
    with httpx.Client(base_url=service.url, transport=Recording()) as http:
        sync_once(a, server=service.url, token=token, http=http)
    assert len(seen) >= 2  # enroll and pull
    for headers in seen:
        assert headers["x-sync-protocol"] == "1"
        assert headers["x-schema-version"] == str(migrations.CURRENT_VERSION)

    credential = a.execute_sql(
        "SELECT value FROM local_setting WHERE key = 'sync.credential'"
    ).fetchone()[0]
    auth = {"Authorization": f"Bearer {credential}"}

    def pull(headers: dict[str, str]) -> httpx.Response:
        return httpx.get(f"{service.url}/v1/pull?cursor=0&limit=1", headers={**auth, **headers})

    # without the headers: protocol 1, current schema (curl, schemathesis, older tests)
    plain = pull({})
    assert plain.status_code == 200
    assert {"epoch", "high_water", "acked_through"} <= set(plain.json())
    assert pull({"X-Sync-Protocol": "1", "X-Schema-Version": str(MIN_SCHEMA_VERSION)}).is_success
    for headers in (
        {"X-Sync-Protocol": str(max(PROTOCOLS) + 1)},
        {"X-Sync-Protocol": "0"},
        {"X-Schema-Version": str(MIN_SCHEMA_VERSION - 1)},
    ):
        refused = pull(headers)
        assert refused.status_code == 426, headers
        assert refused.json() == {
            "error": "upgrade_required",
            "message": refused.json()["message"],
            "min_schema_version": MIN_SCHEMA_VERSION,
            "outbox_retained": True,
        }
        assert "update ReceptionApp" in refused.json()["message"]
    # checked before the credential: an old office hears why, not "unauthorized"
    old_push = httpx.post(
        f"{service.url}/v1/push", json={"ops": []}, headers={"X-Sync-Protocol": "2"}
    )
    assert old_push.status_code == 426
    garbage = pull({"X-Schema-Version": "seven"})
    assert garbage.status_code == 422 and garbage.json()["error"] == "invalid_request"

    schema = httpx.get(service.url + "/openapi.json").json()
    for path, method in (("/v1/push", "post"), ("/v1/pull", "get"), ("/v1/enroll", "post")):
        operation = schema["paths"][path][method]
        assert "426" in operation["responses"], path
        names = {p["name"].lower() for p in operation["parameters"] if p["in"] == "header"}
        assert {"x-sync-protocol", "x-schema-version"} <= names, path


def test_the_in_process_head_office_checks_the_same(ho_db: pw.Database, offices: Offices) -> None:
    a = offices("a")
    token = ho.add_office(ho_db, "kh-inproc", ["kharkiv"])
    too_new = migrations.CURRENT_VERSION + 1
    with (
        inprocess.client(ho_db, min_schema_version=too_new) as http,
        pytest.raises(SyncFailed) as info,
    ):
        sync_once(a, token=token, http=http)
    assert info.value.code == "sync.upgrade_required"
    with inprocess.client(ho_db) as http:
        sync_once(a, token=token, http=http)
        add_subscriber(a)
        assert sync_once(a, http=http).outcomes == {"applied": 2}


def test_new_epoch_command(ho_url: str, tmp_path: Path) -> None:
    from tests.sync.harness import run_cli

    hdb = ho.open_headoffice(ho_url)
    with ho.bound(hdb):
        before = ho.HoMeta.get(ho.HoMeta.key == "epoch").value
    hdb.close()
    done = run_cli("headoffice", "new-epoch", "--db", ho_url)
    assert done.returncode == 0, done.stderr
    hdb = ho.open_headoffice(ho_url)
    with ho.bound(hdb):
        after = ho.HoMeta.get(ho.HoMeta.key == "epoch").value
    hdb.close()
    assert after != before and after in done.stdout
    assert run_cli("headoffice", "new-epoch", "--help").returncode == 0
