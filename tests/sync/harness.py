"""Helpers of the sync tests: office databases, a head-office process, PostgreSQL, polling.

Everything started here is stopped by the fixture that started it (conftest.py).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import peewee as pw

from receptionapp.core.ids import new_id
from receptionapp.db import models as m
from receptionapp.db.database import open_database
from receptionapp.db.reference import load_reference_data
from receptionapp.sync import headoffice as ho
from receptionapp.sync.entities import ENTITIES, OFFICE_WRITABLE


def _pg_bin() -> Path:
    """The newest installed PostgreSQL server's binaries (Debian's layout)."""
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    return found[-1].parent if found else Path("/usr/lib/postgresql/15/bin")


PG_BIN = _pg_bin()


def wait_until(condition: Callable[[], Any], timeout: float = 20.0, what: str = "condition") -> Any:
    """Poll ``condition`` until it returns something truthy, or fail after ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)  # polling interval, not a synchronisation


def free_port() -> int:
    """A TCP port free on the loopback interface right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


_TEMPLATE: dict[str, Path] = {}


def new_office_db(path: Path) -> pw.SqliteDatabase:
    """An initialised office database (reference data loaded) at ``path``, opened."""
    if "office" not in _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="office-template-"))
        template = folder / "office.db"
        db = open_database(template, create=True)
        load_reference_data(db)
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        _TEMPLATE["office"] = template
    shutil.copy(_TEMPLATE["office"], path)
    return open_database(path)


@contextlib.contextmanager
def on(db: pw.Database) -> Iterator[None]:
    """Bind the models to one office database (several offices live in one test)."""
    with db.bind_ctx(m.ALL_MODELS, bind_refs=False, bind_backrefs=False):
        yield


def add_subscriber(db: pw.Database, scope: str = "kharkiv", name: str = "Петренко") -> str:
    """A clerk creates a subscriber with one account; returns the subscriber id."""
    with on(db), db.atomic():
        sub = m.Subscriber.create(id=new_id(), scope=scope, last_name=name, first_name="Іван")
        m.Account.create(
            id=new_id(),
            scope=scope,
            number=new_id()[-12:],
            subscriber=sub.id,
            city="Харків",
            street="Сумська",
            house="10",
            directorate=m.Directorate.get(m.Directorate.code == scope).id,
            status="active",
        )
    return str(sub.id)


def office_dump(db: pw.Database, scopes: list[str] | None) -> dict[str, list[tuple[Any, ...]]]:
    """Synced rows of an office, in the form head office's dump uses (sorted by id)."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    for entity, model in ENTITIES.items():
        cols = [f.column_name for f in model._meta.sorted_fields]
        where = ""
        params: list[str] = []
        if scopes is not None and entity in OFFICE_WRITABLE:
            where = f"WHERE scope IN ({', '.join('?' * (len(scopes) + 1))})"
            params = [*scopes, m.COMPANY_SCOPE]
        rows = db.execute_sql(
            f'SELECT {", ".join(chr(34) + c + chr(34) for c in cols)} FROM "{entity}" {where} '
            "ORDER BY id",
            params,
        ).fetchall()
        out[entity] = [tuple(r) for r in rows]
    return out


def ho_dump(db: pw.Database, scopes: list[str] | None) -> dict[str, list[tuple[Any, ...]]]:
    """Head office's rows in the scopes (reference data whole), as SQLite would store them."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    for entity in ENTITIES:
        rows = ho.entity_rows(db, entity, scopes)
        out[entity] = [tuple(r.values()) for r in rows]
    return out


def assert_same(
    office: dict[str, list[tuple[Any, ...]]], head: dict[str, list[tuple[Any, ...]]]
) -> None:
    """Dumps equal, or an error naming the first differing row of each table."""
    problems = []
    for entity, rows in head.items():
        mine = office.get(entity, [])
        if mine != rows:
            only_here = sorted(set(mine) - set(rows))[:2]
            only_there = sorted(set(rows) - set(mine))[:2]
            problems.append(f"{entity}: office has {only_here}, head office has {only_there}")
    assert not problems, "\n".join(problems)


def outbox(db: pw.Database, status: str | None = None) -> list[tuple[Any, ...]]:
    """``(client_seq, kind, entity, status)`` of the outbox."""
    sql = "SELECT client_seq, kind, entity, status FROM sync_outbox"
    params: tuple[Any, ...] = ()
    if status is not None:
        sql += " WHERE status = ?"
        params = (status,)
    return [tuple(r) for r in db.execute_sql(sql + " ORDER BY client_seq", params)]


# --- processes --------------------------------------------------------------------------


@dataclass
class Service:
    """A head-office process on loopback."""

    url: str
    db_url: str
    process: subprocess.Popen[str]
    log: Path
    env: dict[str, str] = field(default_factory=dict)

    def kill(self) -> None:
        """SIGKILL, then reap."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self) -> None:
        """SIGTERM (uvicorn shuts down cleanly), SIGKILL if it lingers."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()


def start_service(db_url: str, log: Path, env: dict[str, str] | None = None) -> Service:
    """``receptionapp headoffice serve`` as a subprocess, once it answers."""
    port = free_port()
    full_env = {**os.environ, **(env or {})}
    handle = log.open("a", encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "receptionapp.cli", "headoffice", "serve", "--db", db_url,
         "--port", str(port)],
        stdout=handle,
        stderr=subprocess.STDOUT,
        text=True,
        env=full_env,
    )  # fmt: skip
    handle.close()
    service = Service(f"http://127.0.0.1:{port}", db_url, process, log, env or {})

    def ready() -> bool:
        if process.poll() is not None:
            raise AssertionError(f"head office exited: {log.read_text(encoding='utf-8')}")
        try:
            return httpx.get(service.url + "/openapi.json", timeout=1.0).status_code == 200
        except httpx.HTTPError:
            return False

    try:
        wait_until(ready, timeout=30, what="head office to answer")
    except BaseException:
        service.kill()
        raise
    return service


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """``receptionapp ARGS`` in a subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "receptionapp.cli", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


@dataclass
class Postgres:
    """A throw-away PostgreSQL cluster owned by the ``postgres`` user."""

    root: Path
    port: int

    def url(self, name: str) -> str:
        """URL of database ``name`` (created on demand)."""
        return f"postgresql://postgres@127.0.0.1:{self.port}/{name}"

    def create(self, name: str) -> str:
        """Create an empty database and return its URL."""
        _pg("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", name)
        return self.url(name)


def _pg(tool: str, *args: str) -> None:
    subprocess.run(
        ["runuser", "-u", "postgres", "--", str(PG_BIN / tool), *args],
        check=True,
        capture_output=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def postgres_available() -> str | None:
    """Why PostgreSQL tests cannot run here, or None when they can."""
    if not (PG_BIN / "initdb").exists():
        return f"PostgreSQL server binaries not found in {PG_BIN}"
    if os.geteuid() != 0:
        return "starting a PostgreSQL cluster as the postgres user needs root"
    return None


@contextlib.contextmanager
def postgres_cluster(*, durable: bool = False) -> Iterator[Postgres]:
    """initdb into a temporary folder, start on a free loopback port, stop at the end.

    Tests run without ``fsync`` (a lost cluster is thrown away anyway); ``durable`` keeps
    PostgreSQL's production setting, so a benchmark pays for every commit's flush.
    """
    root = Path(tempfile.mkdtemp(prefix="receptionapp-pg-"))
    shutil.chown(root, "postgres", "postgres")
    data = root / "data"
    port = free_port()
    _pg("initdb", "-D", str(data), "-A", "trust", "-U", "postgres", "--no-sync")
    _pg(
        "pg_ctl", "-D", str(data), "-w", "-l", str(root / "log"),
        "-o", f"-c listen_addresses=127.0.0.1 -p {port} -k {root} "
        f"-c fsync={'on' if durable else 'off'} -c max_connections=200",
        "start",
    )  # fmt: skip
    try:
        yield Postgres(root, port)
    finally:
        with contextlib.suppress(subprocess.SubprocessError):
            _pg("pg_ctl", "-D", str(data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(root, ignore_errors=True)


def days_ahead(n: int, hour: int = 10) -> dt.datetime:
    """A slot start ``n`` days from today at ``hour``:00."""
    return dt.datetime.combine(dt.date.today() + dt.timedelta(days=n), dt.time(hour))
