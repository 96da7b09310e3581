"""A local head office for the demo office (``receptionapp --demo``, ``make run``).

On first use the head office (``headoffice.db`` beside the demo office database, SQLite) is
made from the demo office's own synced rows, so both start identical, and the demo office is
enrolled as a call centre (every directorate) with its cursor at head office's high-water
mark (nothing to pull). Every start runs it in a child process
(``python -m receptionapp.sync.demo OFFICE.db``); the window stops it when it closes.
The Sync page then shows sync working: edits reach head office within seconds of being
saved.

How a start stays quick and safe (:func:`start_in_background`):

* **The address is known before the window opens.** The window's process binds a free
  loopback port itself, listens on it, stores ``http://127.0.0.1:PORT`` as the office's
  ``sync.server`` and hands the listening socket to the child. The window's first sync
  therefore goes to this run's service, never to the port of an earlier run (which something
  else may hold by now); if it comes before the child serves, the connection waits in the
  socket's backlog and is answered as soon as the child is up. Each start gets its own port,
  so demo windows on different databases never meet.
* **The office is enrolled before the window opens** (the first start only): the window's
  process waits until the child reports that head office exists and the office holds its
  credential, so the Sync page's first look already sees an enrolled office.
* **The service dies with its window**, even a killed one: the child reads a pipe whose
  other end only the window's process holds; end of file (the process is gone, however it
  ended) makes the child stop. A normal close stops it directly (:func:`stop_demo_headoffice`).
* **No stale service answers for a new run**: a demo head office still running for the same
  office database (left by an older version, which had no pipe) is stopped at start, and
  the new address is stored before anything syncs.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import select
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import peewee as pw

from receptionapp.core.errors import StorageUnavailable
from receptionapp.db.database import storage_error
from receptionapp.sync import headoffice as ho
from receptionapp.sync.entities import ENTITIES

log = logging.getLogger(__name__)

DEMO_OFFICE = "demo"

#: Seconds to wait for the service: for the first start to enrol the office, for scripts to
#: get an answer.
START_TIMEOUT = 30.0

#: Seconds the child gives itself to stop cleanly once its window is gone.
ORPHAN_GRACE = 5.0

#: What the child writes on its ready pipe once the office is enrolled.
READY = b"ready\n"

_MODULE = "receptionapp.sync.demo"


@dataclass
class DemoHeadOffice:
    """A running demo head office.

    Attributes:
        url: the service's base URL (already stored as the office's ``sync.server``).
        db_url: head office's database URL.
        process: the child process.
        lifeline: the window's end of the pipe the child watches (-1 once closed).
    """

    url: str
    db_url: str
    process: subprocess.Popen[bytes]
    lifeline: int = field(default=-1, repr=False)

    def stop(self) -> None:
        """Stop the service (SIGTERM, then SIGKILL if it lingers) and wait for it."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self._close_lifeline()

    def _close_lifeline(self) -> None:
        if self.lifeline >= 0:
            with contextlib.suppress(OSError):
                os.close(self.lifeline)
            self.lifeline = -1


def _listen() -> socket.socket:
    """A listening socket on a free loopback port (the kernel picks it: never a taken one)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.bind(("127.0.0.1", 0))
        sock.listen(64)
    except OSError:
        sock.close()
        raise
    return sock


def _url(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://{host}:{port}"


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
    db = _office_db(office)
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


def _office_db(office: Path) -> pw.SqliteDatabase:
    return pw.SqliteDatabase(str(office), pragmas={"busy_timeout": 10_000})


def _settings(db: pw.Database, values: dict[str, str]) -> None:
    for key, value in values.items():
        db.execute_sql(
            "INSERT OR REPLACE INTO local_setting (key, value) VALUES (?, ?)", (key, value)
        )


def _point_office_at(office: Path, url: str) -> bool:
    """Store ``url`` as the office's head office; whether the office is enrolled already.

    Raises:
        StorageUnavailable: the office database cannot be written (busy, full, read-only).
    """
    db = _office_db(office)
    try:
        with db.atomic():
            _settings(db, {"sync.server": url})
            return (
                db.execute_sql(
                    "SELECT 1 FROM local_setting WHERE key = 'sync.credential'"
                ).fetchone()
                is not None
            )
    except pw.DatabaseError as exc:
        raise storage_error(exc, office) from exc
    finally:
        db.close()


# --- the child process ------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """Child process: prepare, then serve until stopped or until the window is gone.

    Head office runs in a process of its own: its code binds the models to its database,
    which must never happen beside a window using them. Started by
    :func:`start_in_background` with ``--listen-fd`` (the socket to serve on), ``--watch-fd``
    (end of file there: the window is gone) and, the first time, ``--ready-fd`` (written once
    the office is enrolled). Run by hand without them, it picks a free port itself and
    stores it as the office's ``sync.server``.
    """
    parser = argparse.ArgumentParser(prog=f"python -m {_MODULE}")
    parser.add_argument("office", type=Path)
    parser.add_argument("--listen-fd", type=int)
    parser.add_argument("--watch-fd", type=int)
    parser.add_argument("--ready-fd", type=int)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    if args.watch_fd is not None:
        # Before anything slow: a window killed while head office is being made ends us too.
        _exit_with_parent(args.watch_fd)
    db_url = prepare(args.office)
    if args.listen_fd is not None:
        sock = socket.socket(fileno=args.listen_fd)
    else:
        sock = _listen()
        _point_office_at(args.office, _url(sock))
    if args.ready_fd is not None:
        with contextlib.suppress(OSError):  # the window stopped waiting: nothing to tell
            os.write(args.ready_fd, READY)
        os.close(args.ready_fd)
    return _serve(db_url, sock)


def _serve(db_url: str, sock: socket.socket) -> int:
    """``headoffice serve`` on an already listening socket."""
    from receptionapp.sync.server import serve

    log.info("demo head office serving %s on %s (pid %d)", db_url, _url(sock), os.getpid())
    return serve(db_url, sock=sock)


def _exit_with_parent(fd: int) -> None:
    """Stop this process when the pipe ``fd`` reaches end of file (its writer is gone).

    Only the window's process holds the other end, so end of file means the window ended,
    however it ended (closed, crashed, SIGKILL). Portable, unlike ``PR_SET_PDEATHSIG``,
    which would also fire when the thread that started us (a pool worker) ends.
    """

    def watch() -> None:
        while True:
            try:
                chunk = os.read(fd, 64)
            except OSError:
                chunk = b""
            if not chunk:
                break
        log.info("the window is gone: the demo head office stops")
        # SIGTERM lets uvicorn finish cleanly; before it runs, SIGTERM simply ends us.
        os.kill(os.getpid(), signal.SIGTERM)
        threading.Event().wait(ORPHAN_GRACE)
        os._exit(1)

    threading.Thread(target=watch, name="demo-parent-watch", daemon=True).start()


# --- the window's side ------------------------------------------------------------------

_RUNNING: list[DemoHeadOffice] = []


def start_in_background(office_path: str | Path) -> DemoHeadOffice:
    """Start the demo head office process and point the office at it.

    Returns as soon as the office's ``sync.server`` names the new service and the office is
    enrolled; the service itself may still be starting, but a sync sent now waits for it
    (the listening socket exists already) instead of failing.

    Raises:
        StorageUnavailable: the office database cannot be written, or the first start could
            not enrol the office (the child failed; its log is ``headoffice.log`` beside the
            office database).
        OSError: no socket, pipe or process could be made.
    """
    office = Path(office_path).resolve()
    _stop_stale(office)
    sock = _listen()
    url = _url(sock)
    keep: list[int] = []  # the window's ends of the pipes
    give: list[int] = [sock.fileno()]  # what the child inherits
    try:
        enrolled = _point_office_at(office, url)
        watch_r, lifeline = os.pipe()
        keep.append(lifeline)
        give.append(watch_r)
        argv = [sys.executable, "-m", _MODULE, str(office)]
        argv += ["--listen-fd", str(sock.fileno()), "--watch-fd", str(watch_r)]
        ready_r = -1
        if not enrolled:
            ready_r, ready_w = os.pipe()
            keep.append(ready_r)
            give.append(ready_w)
            argv += ["--ready-fd", str(ready_w)]
        with open(office.with_name("headoffice.log"), "ab") as log_file:
            process = subprocess.Popen(
                argv,
                stdout=log_file,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                pass_fds=give,
            )
    except BaseException:
        for fd in keep:
            os.close(fd)
        raise
    finally:
        # The child has its copies now; ours must go, or the child's end of file (and a
        # dead child's refused connections) would never come.
        sock.close()
        for fd in give[1:]:
            os.close(fd)
    service = DemoHeadOffice(url, f"sqlite:///{office.with_name('headoffice.db')}", process)
    service.lifeline = lifeline
    _RUNNING.append(service)
    log.info("demo head office starting at %s (pid %d)", url, process.pid)
    if ready_r >= 0:
        try:
            _wait_ready(service, ready_r, office)
        finally:
            os.close(ready_r)
    return service


def _wait_ready(service: DemoHeadOffice, ready_r: int, office: Path) -> None:
    """Wait until the child says the office is enrolled (or dies, or takes too long)."""
    deadline = time.monotonic() + START_TIMEOUT
    answer = b""
    while READY not in answer:
        left = deadline - time.monotonic()
        if left <= 0:
            service.stop()
            _RUNNING.remove(service)
            raise StorageUnavailable("the demo head office did not answer", code="sync.demo_failed")
        readable, _, _ = select.select([ready_r], [], [], left)
        if not readable:
            continue
        chunk = os.read(ready_r, 64)
        if not chunk:  # the child ended without enrolling the office
            service.stop()
            _RUNNING.remove(service)
            raise StorageUnavailable(
                f"the demo head office did not start (see {office.with_name('headoffice.log')})",
                code="sync.demo_failed",
            )
        answer += chunk


def _stop_stale(office: Path) -> None:
    """Stop demo head offices still running for ``office`` (left by an earlier run)."""
    for pid in stale_services(office):
        log.warning("stopping a demo head office left running (pid %d)", pid)
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGTERM)


def stale_services(office: str | Path) -> list[int]:
    """Process ids of demo head offices serving ``office`` (Linux: read from ``/proc``).

    Only processes started as ``python -m receptionapp.sync.demo OFFICE`` for exactly this
    (resolved) office path match; elsewhere the list is empty.
    """
    proc = Path("/proc")
    if not proc.is_dir():
        return []
    wanted = os.fsencode(Path(office).resolve())
    module = _MODULE.encode()
    found = []
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            args = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:  # gone meanwhile, or not ours to read
            continue
        if module in args and wanted in args:
            found.append(int(entry.name))
    return found


def start_demo_headoffice(office_path: str | Path) -> DemoHeadOffice:
    """:func:`start_in_background`, then wait until the service answers (scripts, tests).

    Raises:
        StorageUnavailable: the service did not start.
    """
    office = Path(office_path)
    service = start_in_background(office)
    try:
        # One request: it waits in the listening socket's backlog until the child serves,
        # and fails at once if the child dies (the socket closes with it).
        answered = httpx.get(service.url + "/openapi.json", timeout=START_TIMEOUT)
        answered.raise_for_status()
    except httpx.HTTPError as exc:
        service.stop()
        _RUNNING.remove(service)
        raise StorageUnavailable(
            f"the demo head office did not answer (see {office.with_name('headoffice.log')})",
            code="sync.demo_failed",
        ) from exc
    return service


def stop_demo_headoffice() -> None:
    """Stop the demo head offices this process started (the window closed)."""
    while _RUNNING:
        _RUNNING.pop().stop()


if __name__ == "__main__":
    sys.exit(main())
