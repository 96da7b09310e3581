"""A local head office for the demo office (``receptionapp --demo``, ``make run``).

On first use the head office (``headoffice.db`` beside the demo office database, SQLite) is
made from the demo office's own synced rows, so both start identical, and the demo office is
enrolled as a call centre (every directorate) with its cursor at head office's high-water
mark (nothing to pull). Every start runs it in a child process
(``python -m receptionapp.sync.demo OFFICE.db``) on a free loopback port and points the
office at it; the window stops it when it closes. The Sync page then shows sync working:
edits reach head office within seconds of being saved.
"""

from __future__ import annotations

import contextlib
import json
import logging
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import peewee as pw

from receptionapp.core.errors import StorageUnavailable
from receptionapp.sync import headoffice as ho
from receptionapp.sync.entities import ENTITIES

log = logging.getLogger(__name__)

DEMO_OFFICE = "demo"

#: Seconds to wait for the service to answer.
START_TIMEOUT = 30.0


@dataclass
class DemoHeadOffice:
    """A running demo head office."""

    url: str
    db_url: str
    process: subprocess.Popen[bytes]

    def stop(self) -> None:
        """Stop the service (SIGTERM, then SIGKILL if it lingers)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _create(office_path: Path, ho_path: Path) -> None:
    """Head office made from the office's synced rows, with the demo office registered."""
    tmp = ho_path.with_name(ho_path.name + ".partial")
    tmp.unlink(missing_ok=True)
    db = ho.open_headoffice(f"sqlite:///{tmp}")
    try:
        ho.ensure_schema(db)
        db.execute_sql("ATTACH DATABASE ? AS office", (str(office_path),))
        with db.atomic():
            for entity in ENTITIES:
                columns = [r[1] for r in db.execute_sql(f'PRAGMA office.table_info("{entity}")')]
                names = ", ".join(f'"{c}"' for c in columns)
                db.execute_sql(
                    f'INSERT OR IGNORE INTO main."{entity}" ({names}) '
                    f'SELECT {names} FROM office."{entity}"'
                )
        db.execute_sql("DETACH DATABASE office")
        ho.index_rows(db)
        ho.add_office(db, DEMO_OFFICE, [ho.ALL_DIRECTORATES])
    finally:
        db.close()
    tmp.rename(ho_path)


def prepare(office_path: str | Path) -> str:
    """Create the demo head office (first time) and enrol the office; its database URL."""
    office = Path(office_path)
    ho_path = office.with_name("headoffice.db")
    if not ho_path.exists():
        _create(office, ho_path)
    db_url = f"sqlite:///{ho_path}"
    db = pw.SqliteDatabase(str(office), pragmas={"busy_timeout": 10_000})
    try:
        with db.atomic():
            if db.execute_sql(
                "SELECT 1 FROM local_setting WHERE key = 'sync.credential'"
            ).fetchone():
                return db_url
            hdb = ho.open_headoffice(db_url)
            try:
                answer = ho.enroll(hdb, ho.new_token(hdb, DEMO_OFFICE))
                with ho.bound(hdb):
                    high = ho.HoCounter.get_by_id(1).seq
            finally:
                hdb.close()
            _settings(
                db,
                {
                    "sync.credential": answer["credential"],
                    "sync.office": answer["office"],
                    "office_directorates": json.dumps(answer["directorates"]),
                    # the office holds what head office was made from: nothing to pull
                    "sync.cursor": str(high),
                },
            )
    finally:
        db.close()
    return db_url


def _settings(db: pw.Database, values: dict[str, str]) -> None:
    for key, value in values.items():
        db.execute_sql(
            "INSERT OR REPLACE INTO local_setting (key, value) VALUES (?, ?)", (key, value)
        )


def main(argv: list[str] | None = None) -> int:
    """Child process: prepare, point the office at a free port, serve until stopped.

    Head office runs in a process of its own: its code binds the models to its database,
    which must never happen beside a window using them.
    """
    office = Path((argv if argv is not None else sys.argv[1:])[0])
    db_url = prepare(office)
    port = _free_port()
    db = pw.SqliteDatabase(str(office), pragmas={"busy_timeout": 10_000})
    try:
        with db.atomic():
            _settings(db, {"sync.server": f"http://127.0.0.1:{port}"})
    finally:
        db.close()
    from receptionapp.sync.server import serve

    return serve(db_url, port=port)


_RUNNING: list[DemoHeadOffice] = []


def start_in_background(office_path: str | Path) -> DemoHeadOffice:
    """Start the demo head office process and return at once (the window does not wait).

    The office's ``sync.server`` is set by the process when it is about to serve; the Sync
    page notices the enrollment on its next look at the state.
    """
    office = Path(office_path)
    with open(office.with_name("headoffice.log"), "ab") as log_file:
        process = subprocess.Popen(
            [sys.executable, "-m", "receptionapp.sync.demo", str(office)],
            stdout=log_file,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    service = DemoHeadOffice("", f"sqlite:///{office.with_name('headoffice.db')}", process)
    _RUNNING.append(service)
    return service


def start_demo_headoffice(office_path: str | Path) -> DemoHeadOffice:
    """:func:`start_in_background`, then wait until the service answers (scripts, tests).

    Raises:
        StorageUnavailable: the service did not start.
    """
    office = Path(office_path)
    service = start_in_background(office)
    deadline = time.monotonic() + START_TIMEOUT
    db = pw.SqliteDatabase(str(office), pragmas={"busy_timeout": 10_000})
    try:
        while True:
            if service.process.poll() is not None:
                log_path = office.with_name("headoffice.log")
                raise StorageUnavailable(
                    f"the demo head office did not start (see {log_path})",
                    code="sync.demo_failed",
                )
            row = db.execute_sql(
                "SELECT value FROM local_setting WHERE key = 'sync.server'"
            ).fetchone()
            if row is not None:
                with contextlib.suppress(httpx.HTTPError):
                    if httpx.get(row[0] + "/openapi.json", timeout=1.0).status_code == 200:
                        service.url = str(row[0])
                        return service
            if time.monotonic() > deadline:
                service.stop()
                raise StorageUnavailable(
                    "the demo head office did not answer", code="sync.demo_failed"
                )
            time.sleep(0.1)  # waiting for a child process to listen
    finally:
        db.close()


def stop_demo_headoffice() -> None:
    """Stop the demo head offices this process started (the window closed)."""
    while _RUNNING:
        _RUNNING.pop().stop()


if __name__ == "__main__":
    sys.exit(main())
